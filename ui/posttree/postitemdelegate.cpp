#include "posttree/postitemdelegate.h"

#include "blog/post.h"
#include "blog/posttreemodel.h"
#include "posttree/publishstatecache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Postwright {

namespace {

constexpr int kHorizontalPadding = 6;
constexpr int kVerticalPadding = 5;
constexpr int kMarkSize = 8;
constexpr int kMarkColumn = 18; // room for the status mark left of a post title
constexpr int kBadgeSize = 12;  // the blog API publish badge at the end of the title line
constexpr int kBadgeColumn = 18;

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

// A filled circle with a white glyph: a tick (published), an arrow up (changed here, to be sent),
// "!" (changed on the blog) or three dots (a publish was cut off).
void paintPublishBadge(QPainter *painter, const QRectF &box, PostPublishStatus status, bool selected,
                       const QPalette &palette)
{
    QColor fill;
    switch (status) {
    case PostPublishStatus::Published:
        fill = QColor(0x2d, 0xa4, 0x4e);
        break;
    case PostPublishStatus::ChangedLocally:
        fill = QColor(0x2f, 0x6f, 0xd6);
        break;
    case PostPublishStatus::ChangedRemotely:
        fill = QColor(0xd4, 0x52, 0x0f);
        break;
    case PostPublishStatus::Pending:
    case PostPublishStatus::NeverPublished:
        fill = QColor(0x8a, 0x8f, 0x98);
        break;
    }
    painter->setPen(selected ? QPen(palette.color(QPalette::HighlightedText), 1) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(box);
    const QPointF c = box.center();
    QPen glyph(Qt::white, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(glyph);
    painter->setBrush(Qt::NoBrush);
    QPainterPath path;
    switch (status) {
    case PostPublishStatus::Published:
        path.moveTo(c.x() - 2.8, c.y() + 0.1);
        path.lineTo(c.x() - 0.8, c.y() + 2.1);
        path.lineTo(c.x() + 2.9, c.y() - 2.0);
        painter->drawPath(path);
        break;
    case PostPublishStatus::ChangedLocally:
        path.moveTo(c.x(), c.y() + 3.0);
        path.lineTo(c.x(), c.y() - 2.8);
        path.moveTo(c.x() - 2.6, c.y() - 0.4);
        path.lineTo(c.x(), c.y() - 3.0);
        path.lineTo(c.x() + 2.6, c.y() - 0.4);
        painter->drawPath(path);
        break;
    case PostPublishStatus::ChangedRemotely:
        painter->drawLine(QPointF(c.x(), c.y() - 3.0), QPointF(c.x(), c.y() + 0.6));
        painter->drawPoint(QPointF(c.x(), c.y() + 2.9));
        break;
    case PostPublishStatus::Pending:
    case PostPublishStatus::NeverPublished:
        for (const qreal dx : {-2.8, 0.0, 2.8})
            painter->drawPoint(QPointF(c.x() + dx, c.y()));
        break;
    }
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
    const std::optional<PostPublishStatus> badge = publishBadge(index);
    const int badgeWidth = badge ? kBadgeColumn : 0;
    const QRect titleRect(rect.left() + kMarkColumn, rect.top(), rect.width() - kMarkColumn - badgeWidth,
                          titleMetrics.height());
    const QRect detailRect(titleRect.left(), titleRect.bottom() + 2, rect.width() - kMarkColumn,
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

    if (badge) {
        const QRectF box(rect.right() - kBadgeSize + 0.5, titleRect.center().y() - kBadgeSize / 2.0 + 1,
                         kBadgeSize, kBadgeSize);
        paintPublishBadge(painter, box, *badge, selected, option.palette);
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
    const bool isCategory = index.data(PostTreeModel::IsCategoryRole).toBool();
    QString tip = index.data(PostTreeModel::ErrorRole).toString();
    if (tip.isEmpty())
        tip = index.data(isCategory ? Qt::DisplayRole : int(PostTreeModel::TitleRole)).toString();
    // Escaped and marked as rich text, so a title like "<b>" shows as typed.
    QString html = tip.toHtmlEscaped();
    if (!isCategory && m_publishStates && m_publishStates->hasTargets()) {
        const QStringList lines =
            m_publishStates->describe(index.data(PostTreeModel::RelativePathRole).toString(),
                                      index.data(PostTreeModel::FileSizeRole).toLongLong(),
                                      index.data(PostTreeModel::FileModifiedRole).toDateTime());
        for (const QString &line : lines)
            html += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    QToolTip::showText(event->globalPos(), QStringLiteral("<qt>%1</qt>").arg(html), view);
    return true;
}

std::optional<PostPublishStatus> PostItemDelegate::publishBadge(const QModelIndex &index) const
{
    if (!m_publishStates || !m_publishStates->hasTargets())
        return std::nullopt;
    // From memory: the model has the file's size and time, the cache the records.
    return m_publishStates->worst(index.data(PostTreeModel::RelativePathRole).toString(),
                                  index.data(PostTreeModel::FileSizeRole).toLongLong(),
                                  index.data(PostTreeModel::FileModifiedRole).toDateTime());
}

} // namespace Postwright
