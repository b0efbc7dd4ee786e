#include "themelabels.h"

#include <QCoreApplication>

namespace Postwright::ThemeLabels {

QVariantMap labels()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Postwright::ThemeLabels", text); };
    return {
        {QStringLiteral("skip_to_content"), tr("Skip to content")},
        {QStringLiteral("home"), tr("Home")},
        {QStringLiteral("archive"), tr("Archive")},
        {QStringLiteral("categories"), tr("Categories")},
        {QStringLiteral("tags"), tr("Tags")},
        {QStringLiteral("feeds"), tr("Feeds")},
        {QStringLiteral("read_more"), tr("Read more")},
        {QStringLiteral("min_read"), tr("min read")},
        {QStringLiteral("published"), tr("Published")},
        {QStringLiteral("updated"), tr("Updated")},
        {QStringLiteral("contents"), tr("Contents")},
        {QStringLiteral("previous_post"), tr("Previous post")},
        {QStringLiteral("next_post"), tr("Next post")},
        {QStringLiteral("newer_posts"), tr("Newer posts")},
        {QStringLiteral("older_posts"), tr("Older posts")},
        {QStringLiteral("page_of"), tr("Page")},
        {QStringLiteral("of"), tr("of")},
        {QStringLiteral("posts_in"), tr("Posts in")},
        {QStringLiteral("tagged"), tr("Tagged")},
        {QStringLiteral("posts_from"), tr("Posts from")},
        {QStringLiteral("not_found_title"), tr("Page not found")},
        {QStringLiteral("not_found_text"), tr("There is nothing at this address. It may have moved, or the link may be mistyped.")},
        {QStringLiteral("back_home"), tr("Back to the home page")},
        {QStringLiteral("draft"), tr("Draft")},
        {QStringLiteral("scheduled"), tr("Scheduled")},
        {QStringLiteral("navigation"), tr("Main")},
        {QStringLiteral("pagination"), tr("Pages")},
        {QStringLiteral("post_navigation"), tr("More posts")},
        {QStringLiteral("task_done"), tr("Done")},
        {QStringLiteral("task_open"), tr("Not done")},
    };
}

QString displayDate(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    // The date as the writer wrote it (its own offset), not converted to the build machine's zone.
    return locale.toString(dateTime.date(), QStringLiteral("d MMMM yyyy"));
}

} // namespace Postwright::ThemeLabels
