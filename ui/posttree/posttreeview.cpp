#include "posttree/posttreeview.h"

#include "posttree/postitemdelegate.h"

namespace Postwright {

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

} // namespace Postwright
