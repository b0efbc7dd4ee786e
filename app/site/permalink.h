#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Postwright {

// Site paths of posts and list pages, and where they land in the output folder.
namespace Permalink {

// Expands a permalink pattern for a post: ":year", ":month", ":day" (from the date, in the date's
// own offset), ":slug", ":category" (slugified first category, "uncategorized" when none),
// ":categories" (every category slugified, one folder each, as Jekyll's; nothing when there is
// none: "/:categories/:slug/" is "/my-post/" then, never "//" nor "uncategorized"),
// ":title" (slugified title). The result starts and ends with '/' ("/2026/my-post/").
// An explicit slug is kept as written (only made one safe path segment); an empty one falls back to
// the slugified title, then "untitled". Without a date the date segments are dropped. A pattern
// with no :slug/:title gets the slug appended; one naming a file ("/:year/:slug.html") keeps it
// and gets no trailing '/'. Unknown tokens stay literal.
QString expand(const QString &pattern, const QDateTime &date, const QString &slug, const QString &category,
               const QString &title);
QString expand(const QString &pattern, const QDateTime &date, const QString &slug,
               const QStringList &categories, const QString &title);

// "/2026/my-post/" -> "2026/my-post/index.html"; "/feed.xml" -> "feed.xml"; "/" -> "index.html".
// "." and ".." segments are dropped, so the result never leaves the output folder.
QString outputFile(const QString &sitePath);

// Lower-case ASCII words joined by '-', for URLs: "Über Caches: Part 2!" -> "uber-caches-part-2".
// Latin letters lose their accents (NFKD; "ß" -> "ss", "ø" -> "o"); letters of other scripts are
// kept as they are, lower-cased ("日本語", "привет"): percent-encoding is the URL writer's job.
QString slugify(const QString &text);

// Page n (1-based) of a paginated list at base ("/", "/categories/design/"): n == 1 is base itself,
// then base + "page/2/".
QString pagePath(const QString &base, int page);

// Each run of '/' as one: "/blog//2026///x/" -> "/blog/2026/x/".
QString collapseSlashes(const QString &path);

// baseUrl ("https://example.org/blog/") + site path ("/2026/x/") -> absolute URL, not
// percent-encoded (FeedWriter::encodedUrl does that where a format requires it).
QString absoluteUrl(const QString &baseUrl, const QString &sitePath);

} // namespace Permalink
} // namespace Postwright
