#pragma once

#include <QStyledItemDelegate>

namespace Postwright {

// Paints the post tree's rows: categories as a bold name with a muted count; posts as a status
// mark (published, scheduled, draft, or a warning for a broken file), the title, and a muted
// second line with the date and status, so a glance tells what is live and what is not.
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

private:
    void paintCategory(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintPost(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Postwright
