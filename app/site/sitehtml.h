#pragma once

#include <QString>

namespace Postwright {

// Small pieces of HTML the site builder writes itself, outside the theme's templates.
namespace SiteHtml {

// Makes cmark-gfm's HTML fit for a published page: task list checkboxes get a label (screen
// readers otherwise announce a bare "checkbox"), code blocks and tables that scroll sideways can
// be reached by keyboard (WCAG "scrollable region focusable"), and footnote attributes get a
// value, so every page stays well-formed XML as well as HTML.
void finishBody(QString &html, const QString &taskDoneLabel, const QString &taskOpenLabel);

// A page at an old address (front matter `aliases`) that sends readers and search engines on to
// the post's current absolute URL.
QString redirectPage(const QString &title, const QString &targetUrl, const QString &language);

} // namespace SiteHtml
} // namespace Postwright
