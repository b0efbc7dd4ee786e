#pragma once

#include "publish/postpublishstate.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace Postwright {

class PublishStateCache;

// Paints the post tree's rows: categories as a bold name with a muted count; posts as a status
// mark (published, scheduled, draft, or a warning for a broken file), the title, and a muted
// second line with the date and status, so a glance tells what is live and what is not. When the
// blog has blog API targets, a small badge at the end of the title says how the post stands there
// (the state most in need of attention), and the tooltip lists every target.
class PostItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PostItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString statusText(int status);
    // Where the badges come from; nullptr (the default) draws none.
    void setPublishStates(const PublishStateCache *states) { m_publishStates = states; }

private:
    void paintCategory(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintPost(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::optional<PostPublishStatus> publishBadge(const QModelIndex &index) const;

    QPointer<const PublishStateCache> m_publishStates;
};

} // namespace Postwright
