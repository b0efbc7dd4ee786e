#pragma once

#include "blog/postfilter.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace Postwright {

// The post tree as the filter field narrows it: posts matching the PostFilter, inside the
// categories that have any (others are hidden). Compares the PostTreeModel's precomputed
// SearchKeyRole, so a keystroke costs a few substring searches per post. While filtering, a
// category row says how many of its posts match: MatchCountRole, CountTextRole ("3 of 12") and
// its DisplayRole ("Design (3 of 12)").
class PostFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PostFilterProxyModel(QObject *parent = nullptr);

    // Parses and applies the query; does nothing when it means the same as the current one
    // ("kube" and "kube " filter alike).
    void setFilterQuery(const QString &query);
    const PostFilter &filter() const { return m_filter; }
    bool isFiltering() const { return !m_filter.isEmpty(); }

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool postMatches(const QModelIndex &sourcePost) const;
    int matchCount(const QModelIndex &sourceCategory) const;
    void forgetCounts() { m_matchCounts.clear(); }

    PostFilter m_filter;
    // Matches per category (by source row) since the filter or the source last changed: the view
    // asks for a category's count on every paint.
    mutable QHash<int, int> m_matchCounts;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Postwright
