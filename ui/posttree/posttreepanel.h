#pragma once

#include "blog/postfilterproxymodel.h" // complete: callers use proxyModel() as a QSortFilterProxyModel

#include <QWidget>

class QAction;
class QItemSelection;
class QLabel;
class QLineEdit;

namespace Postwright {

class PostTreeModel;
class PostTreeView;
class PublishStateCache;

// The left side of the window: the blog's name, a filter field and the post tree. Tells the
// window which post the writer picked; the window may refuse (a save failed), and then puts the
// selection back with selectPath(). The field filters as the writer types (PostFilter syntax:
// words, "phrases", tag:, category:, status:); Esc clears it (action "postTree.clearFilter").
class PostTreePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PostTreePanel(QWidget *parent = nullptr);

    void setSourceModel(PostTreeModel *model);
    void setBlogTitle(const QString &title);
    void setPublishStates(PublishStateCache *states);

    // Selects a post without reporting it (the window already knows); empty clears.
    void selectPath(const QString &filePath);
    QString selectedPath() const { return m_selectedPath; }

    PostTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    PostFilterProxyModel *proxyModel() const { return m_proxy; }
    QAction *clearFilterAction() const { return m_clearFilter; }

Q_SIGNALS:
    void postSelected(const QString &filePath);

private:
    void applyFilter(const QString &text);
    void onSelectionChanged(const QItemSelection &selected);
    void restoreSelectionLater();
    void restoreSelection();

    PostTreeModel *m_model = nullptr;
    QLabel *m_title;
    QLineEdit *m_filter;
    PostTreeView *m_view;
    PostFilterProxyModel *m_proxy;
    QAction *m_clearFilter;
    QString m_selectedPath;
    bool m_selecting = false;
    bool m_reporting = false;
    bool m_restoreQueued = false;
};

} // namespace Postwright
