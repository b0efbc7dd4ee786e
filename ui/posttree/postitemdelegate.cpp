#include "posttree/postitemdelegate.h"

#include "blog/post.h"
#include "blog/posttreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace Postwright {

namespace {

constexpr int kHorizontalPadding = 6;
constexpr int kVerticalPadding = 5;
constexpr int kMarkSize = 8;
constexpr int kMarkColumn = 18; // room for the status mark left of a post title

QColor statusColor(Post::Status status)
{
    switch (status) {
    case Post::Status::Published:
        return QColor(0x2d, 0xa4, 0x4e);
    case Post::Status::Scheduled:
        return QColor(0x54, 0x6f, 0xd6);
    case Post::Status::Draft:
        break;
    }
    return QColor(0xbf, 0x87, 0x00);
}

QFont secondaryFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(qMax(7.0, base.pointSizeF() * 0.88));
    return font;
}

QColor mutedColor(const QStyleOptionViewItem &option, bool selected)
{
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(selected ? 0.8f : 0.55f);
    return color;
}

} // namespace

PostItemDelegate::PostItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString PostItemDelegate::statusText(int status)
{
    switch (Post::Status(status)) {
    case Post::Status::Published:
        return tr("Published");
    case Post::Status::Scheduled:
        return tr("Scheduled");
    case Post::Status::Draft:
        break;
    }
    return tr("Draft");
}

void PostItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the selection and hover background; the row content is ours.
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(PostTreeModel::IsCategoryRole).toBool())
        paintCategory(painter, option, index);
    else
        paintPost(painter, option, index);
    painter->restore();
}

void PostItemDelegate::paintCategory(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect = option.rect.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    QString name = index.data(PostTreeModel::TitleRole).toString();
    if (name.isEmpty())
        name = index.data(Qt::DisplayRole).toString();
    const QString count = QStringLiteral(" (%1)").arg(index.data(PostTreeModel::CountRole).toInt());

    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF countMetrics(option.font);
    const QString elided =
        boldMetrics.elidedText(name, Qt::ElideRight, rect.width() - countMetrics.horizontalAdvance(count));
    const qreal nameWidth = boldMetrics.horizontalAdvance(elided);

    painter->setFont(bold);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRectF(rect.left(), rect.top(), nameWidth + 1, rect.height()),
                      Qt::AlignVCenter | Qt::AlignLeft, elided);
    painter->setFont(option.font);
    painter->setPen(mutedColor(option, selected));
    painter->drawText(QRectF(rect.left() + nameWidth, rect.top(), rect.width() - nameWidth, rect.height()),
                      Qt::AlignVCenter | Qt::AlignLeft, count);
}

void PostItemDelegate::paintPost(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect =
        option.rect.adjusted(kHorizontalPadding, kVerticalPadding, -kHorizontalPadding, -kVerticalPadding);
    const QFontMetrics titleMetrics(option.font);
    const QFont smallFont = secondaryFont(option.font);
    const QFontMetrics smallMetrics(smallFont);
    const QRect titleRect(rect.left() + kMarkColumn, rect.top(), rect.width() - kMarkColumn,
                          titleMetrics.height());
    const QRect detailRect(titleRect.left(), titleRect.bottom() + 2, titleRect.width(),
                           smallMetrics.height());

    const QString error = index.data(PostTreeModel::ErrorRole).toString();
    const auto status = Post::Status(index.data(PostTreeModel::StatusRole).toInt());

    // The mark sits on the title's line, so it reads as part of the title.
    const QRect markBox(rect.left(), titleRect.top(), kMarkColumn, titleRect.height());
    if (!error.isEmpty()) {
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const int size = qMin(16, titleRect.height());
        const QIcon warning = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        warning.paint(painter, QRect(markBox.left(), markBox.center().y() - size / 2 + 1, size, size));
    } else {
        const QColor color = statusColor(status);
        const QRectF dot(markBox.left() + 2, markBox.center().y() - kMarkSize / 2.0 + 1, kMarkSize,
                         kMarkSize);
        if (status == Post::Status::Draft) {
            // Hollow: not on the site yet.
            painter->setPen(QPen(color, 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(dot.adjusted(0.8, 0.8, -0.8, -0.8));
        } else {
            painter->setPen(selected ? QPen(option.palette.color(QPalette::HighlightedText), 1) : Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(dot);
        }
    }

    QString title = index.data(PostTreeModel::TitleRole).toString();
    if (title.isEmpty())
        title = index.data(Qt::DisplayRole).toString();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(option.font).elidedText(title, Qt::ElideRight, titleRect.width()));

    QStringList details;
    const QDateTime date = index.data(PostTreeModel::DateRole).toDateTime();
    if (date.isValid())
        details << QLocale().toString(date.date(), QStringLiteral("d MMM yyyy"));
    details << (error.isEmpty() ? statusText(int(status)) : tr("Front matter problem"));
    painter->setFont(smallFont);
    painter->setPen(mutedColor(option, selected));
    painter->drawText(
        detailRect, Qt::AlignVCenter | Qt::AlignLeft,
        smallMetrics.elidedText(details.join(QStringLiteral("  ·  ")), Qt::ElideRight, detailRect.width()));
}

QSize PostItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(PostTreeModel::IsCategoryRole).toBool())
        return {metrics.averageCharWidth() * 20, metrics.height() + 2 * kVerticalPadding + 4};
    const QFontMetrics small(secondaryFont(option.font));
    return {metrics.averageCharWidth() * 24, metrics.height() + small.height() + 2 + 2 * kVerticalPadding};
}

bool PostItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // A broken post explains itself; a healthy one shows its full (possibly elided) title.
    QString tip = index.data(PostTreeModel::ErrorRole).toString();
    if (tip.isEmpty())
        tip = index
                  .data(index.data(PostTreeModel::IsCategoryRole).toBool() ? Qt::DisplayRole
                                                                           : int(PostTreeModel::TitleRole))
                  .toString();
    // Escaped and marked as rich text, so a title like "<b>" shows as typed.
    QToolTip::showText(event->globalPos(), QStringLiteral("<qt>%1</qt>").arg(tip.toHtmlEscaped()), view);
    return true;
}

} // namespace Postwright
