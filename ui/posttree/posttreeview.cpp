#include "posttree/posttreeview.h"

#include "blog/posttreemodel.h"
#include "posttree/postitemdelegate.h"
#include "posttree/publishstatecache.h"

#include <QApplication>
#include <QDataStream>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

namespace Postwright {

namespace {

struct DraggedPost
{
    QString filePath;
    QString category;
};

std::optional<DraggedPost> draggedPost(const QMimeData *data)
{
    if (!data || !data->hasFormat(PostTreeView::postMimeType()))
        return std::nullopt;
    QDataStream stream(data->data(PostTreeView::postMimeType()));
    DraggedPost post;
    stream >> post.filePath >> post.category;
    if (stream.status() != QDataStream::Ok || post.filePath.isEmpty())
        return std::nullopt;
    return post;
}

} // namespace

PostTreeView::PostTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("postTreeView"));
    setHeaderHidden(true);
    setItemDelegate(new PostItemDelegate(this));
    setUniformRowHeights(false); // categories are one line, posts two
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setFrameShape(QFrame::NoFrame);
    setIndentation(14);
    setMouseTracking(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    // Drags are started and judged here (the model knows nothing about them); the drop target
    // is painted by paintEvent(), so Qt's between-rows indicator stays off.
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
}

void PostTreeView::setPublishStates(PublishStateCache *states)
{
    if (auto *delegate = qobject_cast<PostItemDelegate *>(itemDelegate()))
        delegate->setPublishStates(states);
    if (states)
        connect(states, &PublishStateCache::changed, viewport(), qOverload<>(&QWidget::update),
                Qt::UniqueConnection);
    viewport()->update();
}

void PostTreeView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTreeView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &PostTreeView::expandCategories);
    connect(newModel, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, &QTreeView::expandAll);
    expandAll();
}

void PostTreeView::expandCategories(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return; // a post, not a category
    for (int row = first; row <= last; ++row)
        expand(model()->index(row, 0));
}

QString PostTreeView::postMimeType()
{
    return QStringLiteral("application/x-postwright-post");
}

QMimeData *PostTreeView::createPostMimeData(const QString &filePath, const QString &category)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << filePath << category;
    auto *data = new QMimeData;
    data->setData(postMimeType(), bytes);
    return data;
}

QModelIndex PostTreeView::categoryIndexAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    const QModelIndex row = index.siblingAtColumn(0);
    return row.data(PostTreeModel::IsCategoryRole).toBool() ? row : row.parent();
}

QString PostTreeView::dropCategoryAt(const QMimeData *data, const QPoint &pos) const
{
    const std::optional<DraggedPost> post = draggedPost(data);
    if (!post)
        return {};
    const QString category = categoryIndexAt(pos).data(PostTreeModel::CategoryRole).toString();
    return category == post->category ? QString() : category;
}

QString PostTreeView::dropTargetCategory() const
{
    return m_dropTarget.data(PostTreeModel::CategoryRole).toString();
}

void PostTreeView::setDropTarget(const QModelIndex &category)
{
    if (QModelIndex(m_dropTarget) == category)
        return;
    m_dropTarget = category;
    viewport()->update();
}

void PostTreeView::mousePressEvent(QMouseEvent *event)
{
    m_pressedPost = QModelIndex();
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid() &&
        !index.data(PostTreeModel::IsCategoryRole).toBool()) {
        m_pressedPost = index.siblingAtColumn(0);
        m_pressPosition = event->position().toPoint();
    }
    QTreeView::mousePressEvent(event);
}

void PostTreeView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedPost.isValid() && (event->buttons() & Qt::LeftButton)) {
        // While the button is down on a post the pointer drags that post; it does not sweep
        // the selection (and so open posts) along the way.
        if ((event->position().toPoint() - m_pressPosition).manhattanLength() >=
            QApplication::startDragDistance()) {
            const QModelIndex post = m_pressedPost;
            m_pressedPost = QModelIndex();
            startPostDrag(post);
        }
        return;
    }
    QTreeView::mouseMoveEvent(event);
}

void PostTreeView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedPost = QModelIndex();
    QTreeView::mouseReleaseEvent(event);
}

void PostTreeView::startPostDrag(const QModelIndex &index)
{
    const QString path = index.data(PostTreeModel::FilePathRole).toString();
    if (path.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(createPostMimeData(path, index.data(PostTreeModel::CategoryRole).toString()));
    const QRect rect = visualRect(index);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(m_pressPosition - rect.topLeft());
    drag->exec(Qt::MoveAction);
}

void PostTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    // Files and text from other programs are not posts of this blog.
    if (!draggedPost(event->mimeData())) {
        event->ignore();
        return;
    }
    setState(DraggingState);
    event->acceptProposedAction();
}

void PostTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event); // auto-scrolls near the edges; the model would refuse the drop
    const QPoint pos = event->position().toPoint();
    if (dropCategoryAt(event->mimeData(), pos).isEmpty()) {
        setDropTarget({});
        event->ignore();
        return;
    }
    setDropTarget(categoryIndexAt(pos));
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void PostTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({});
    QTreeView::dragLeaveEvent(event);
}

void PostTreeView::dropEvent(QDropEvent *event)
{
    setDropTarget({});
    stopAutoScroll();
    setState(NoState);
    const QString category = dropCategoryAt(event->mimeData(), event->position().toPoint());
    if (category.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT postDropped(draggedPost(event->mimeData())->filePath, category);
}

void PostTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropTarget.isValid())
        return;
    // The whole group lights up: the category's row and its posts.
    QRect rect = visualRect(m_dropTarget);
    if (const int posts = model()->rowCount(m_dropTarget); posts > 0 && isExpanded(m_dropTarget))
        rect = rect.united(visualRect(model()->index(posts - 1, 0, m_dropTarget)));
    rect.setLeft(0);
    rect.setRight(viewport()->width() - 1);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.12f);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace Postwright
