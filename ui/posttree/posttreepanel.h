#pragma once

#include <QWidget>

class QItemSelection;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Postwright {

class PostTreeModel;
class PostTreeView;

// The left side of the window: the blog's name, a filter field and the post tree. Tells the
// window which post the writer picked; the window may refuse (a save failed), and then puts the
// selection back with selectPath().
class PostTreePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PostTreePanel(QWidget *parent = nullptr);

    void setSourceModel(PostTreeModel *model);
    void setBlogTitle(const QString &title);

    // Selects a post without reporting it (the window already knows); empty clears.
    void selectPath(const QString &filePath);
    QString selectedPath() const { return m_selectedPath; }

    PostTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

Q_SIGNALS:
    void postSelected(const QString &filePath);

private:
    void onSelectionChanged(const QItemSelection &selected);
    void restoreSelectionLater();
    void restoreSelection();

    PostTreeModel *m_model = nullptr;
    QLabel *m_title;
    QLineEdit *m_filter;
    PostTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    QString m_selectedPath;
    bool m_selecting = false;
    bool m_reporting = false;
    bool m_restoreQueued = false;
};

} // namespace Postwright
