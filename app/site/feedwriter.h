#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postwright {

struct FeedEntry
{
    QString title;
    QString url; // absolute
    QString id;  // stable; the absolute URL is fine
    QDateTime published;
    QDateTime updated; // invalid -> published
    QString summary;   // plain text
    QString contentHtml;
    QStringList categories;
    QString author;
};

struct FeedInfo
{
    QString title;
    QString description;
    QString siteUrl; // absolute home page (or category page) URL
    QString feedUrl; // absolute URL of this feed file
    QString language;
    QString author;
    QDateTime updated; // newest entry's date; the build time is never used, so rebuilds are stable
};

// RSS 2.0 (with atom:link self and content:encoded), Atom 1.0 (RFC 4287) and JSON Feed 1.1, written
// with QXmlStreamWriter / QJsonDocument. Dates: RFC 822 in RSS, RFC 3339 in Atom and JSON Feed.
// Output is deterministic for the same input. Entries are written in the order given. Links are
// written through encodedUrl(); ids exactly as given, so readers never see a post twice. An invalid
// info.updated falls back to the newest entry; Atom, which requires dates, then uses the epoch.
// Authors are names, so RSS carries them as dc:creator (RSS's <author> must be an e-mail address).
namespace FeedWriter {
QByteArray rss(const FeedInfo &info, const QList<FeedEntry> &entries);
QByteArray atom(const FeedInfo &info, const QList<FeedEntry> &entries);
QByteArray jsonFeed(const FeedInfo &info, const QList<FeedEntry> &entries);
QString rfc822(const QDateTime &dateTime);
QString rfc3339(const QDateTime &dateTime);
// An absolute URL as feeds and sitemaps need it (RFC 3986): non-ASCII path segments and host
// percent-/punycode-encoded, already-encoded parts kept; anything that is not a URL comes back as is.
QString encodedUrl(const QString &url);
} // namespace FeedWriter

} // namespace Postwright
