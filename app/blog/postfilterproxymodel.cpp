#include "blog/postfilterproxymodel.h"

#include "blog/posttreemodel.h"

namespace Postwright {

PostFilterProxyModel::PostFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A category is shown while any of its posts is, and Qt re-checks it when posts change.
    setRecursiveFilteringEnabled(true);
}

void PostFilterProxyModel::setFilterQuery(const QString &query)
{
    PostFilter filter = PostFilter::parse(query);
    if (filter == m_filter)
        return;
    m_filter = std::move(filter);
    forgetCounts();
    invalidateFilter();
}

void PostFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel() == model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    forgetCounts();
    if (!model)
        return;
    // Any change in the source may change a count; counting again is cheap, and rare.
    const auto forget = [this] { forgetCounts(); };
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this] {
                    forgetCounts();
                    // Qt re-checks the changed post but not always its category (the clock
                    // making the last scheduled post of a category published left the category
                    // empty but shown): filter again. Posts change one at a time; this is cheap.
                    if (isFiltering())
                        invalidateFilter();
                }),
        connect(model, &QAbstractItemModel::rowsInserted, this, forget),
        connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
        connect(model, &QAbstractItemModel::rowsMoved, this, forget),
        connect(model, &QAbstractItemModel::modelReset, this, forget),
        connect(model, &QAbstractItemModel::layoutChanged, this, forget),
    };
}

QVariant PostFilterProxyModel::data(const QModelIndex &index, int role) const
{
    const bool countRole = role == Qt::DisplayRole || role == PostTreeModel::MatchCountRole
                           || role == PostTreeModel::CountTextRole;
    if (!countRole || !isFiltering() || !index.isValid() || index.parent().isValid())
        return QSortFilterProxyModel::data(index, role);

    const QModelIndex source = mapToSource(index);
    const int matches = matchCount(source);
    const int all = source.data(PostTreeModel::CountRole).toInt();
    switch (role) {
    case PostTreeModel::MatchCountRole:
        return matches;
    case PostTreeModel::CountTextRole:
        return tr("%1 of %2", "matching posts of a category's posts").arg(matches).arg(all);
    default:
        return tr("%1 (%2 of %3)", "category (matching posts of its posts)")
            .arg(source.data(PostTreeModel::TitleRole).toString())
            .arg(matches)
            .arg(all);
    }
}

bool PostFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a category: recursive filtering shows it when one of its posts matches
    return postMatches(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool PostFilterProxyModel::postMatches(const QModelIndex &sourcePost) const
{
    const QVariant key = sourcePost.data(PostTreeModel::SearchKeyRole);
    if (key.metaType() != QMetaType::fromType<PostSearchKey>())
        return false;
    // The status depends on the clock; only a status: query needs it.
    const auto status = m_filter.statuses().isEmpty()
                            ? Post::Status::Published
                            : Post::Status(sourcePost.data(PostTreeModel::StatusRole).toInt());
    return m_filter.matches(*static_cast<const PostSearchKey *>(key.constData()), status);
}

int PostFilterProxyModel::matchCount(const QModelIndex &sourceCategory) const
{
    const auto known = m_matchCounts.constFind(sourceCategory.row());
    if (known != m_matchCounts.cend())
        return *known;
    int count = 0;
    const int rows = sourceModel()->rowCount(sourceCategory);
    for (int row = 0; row < rows; ++row) {
        if (postMatches(sourceModel()->index(row, 0, sourceCategory)))
            ++count;
    }
    m_matchCounts.insert(sourceCategory.row(), count);
    return count;
}

} // namespace Postwright
