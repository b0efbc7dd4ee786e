#pragma once

#include <QPersistentModelIndex>
#include <QTreeView>

class QMimeData;

namespace Postwright {

class PublishStateCache;

// The tree of categories and posts: no header, categories always expanded (they are few and
// the writer wants to see posts, not folders), rows painted by PostItemDelegate. A post can be
// dragged onto another category (its row or any of its posts); the view only reports the drop,
// the model stays a mirror of the files.
class PostTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit PostTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The posts' publish badges (blog API targets); repainted when the cache changes.
    void setPublishStates(PublishStateCache *states);

    // What a drag carries: the post's file and its category (so that dropping it back on its own
    // category is refused while dragging, without a lookup). Only this format is accepted.
    static QString postMimeType();
    static QMimeData *createPostMimeData(const QString &filePath, const QString &category);
    // The category a post dragged with this data would move to when dropped at pos (viewport
    // coordinates); empty when there is nothing to do there.
    QString dropCategoryAt(const QMimeData *data, const QPoint &pos) const;
    // The category highlighted while a post is dragged over the tree, for tests.
    QString dropTargetCategory() const;

Q_SIGNALS:
    void postDropped(const QString &filePath, const QString &category);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void expandCategories(const QModelIndex &parent, int first, int last);
    void startPostDrag(const QModelIndex &index);
    QModelIndex categoryIndexAt(const QPoint &pos) const;
    void setDropTarget(const QModelIndex &category);

    QPersistentModelIndex m_pressedPost; // a left press on a post that may become a drag
    QPoint m_pressPosition;
    QPersistentModelIndex m_dropTarget; // the category row under a drag
};

} // namespace Postwright
