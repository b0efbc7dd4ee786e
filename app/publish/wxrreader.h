#pragma once

#include "publish/blogapi.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

class QIODevice;

namespace Postwright {

// One post or page of a WordPress export, in the shape a hosted blog's post has (RemotePost), so
// that it is written like a pulled post (BlogPull::postText).
struct WxrItem
{
    enum class Type { Post, Page };

    Type type = Type::Post;
    // id: wp:post_id; url: <link>; slug: wp:post_name as exported (may be percent-encoded); title and
    // categories with HTML entities decoded; html: content:encoded as WordPress stores it (classic
    // posts have no <p>); status: wp:status; date: wp:post_date_gmt in UTC (wp:post_date when a
    // draft has none); excerpt: excerpt:encoded. coverUrl stays empty: see thumbnailId.
    RemotePost post;
    QString thumbnailId; // the featured image: the wp:post_id of an attachment (_thumbnail_id)
    int line = 0;        // where the <item> starts in the export, for messages
};

// An uploaded file (wp:post_type attachment).
struct WxrAttachment
{
    QString id;
    QUrl url; // wp:attachment_url
    QString parentId;
};

// What a WordPress export (WXR 1.0 to 1.2) holds that a blog can use.
struct WxrExport
{
    QString title;
    QString link;
    QString description;
    QString language;
    QString author;       // the first wp:author's display name (else login)
    QStringList siteUrls; // channel link, wp:base_site_url, wp:base_blog_url: the site's own addresses
    QList<WxrItem> items; // posts and pages, in the export's order
    QHash<QString, WxrAttachment> attachments; // by id
    QMap<QString, int> otherTypes;             // items of other types (nav_menu_item, revision ...) by type
};

// Reads a WordPress eXtended RSS export with QXmlStreamReader. Elements are matched by local name and
// namespace family rather than exact URI: the wp and excerpt namespaces carry the WXR version
// (http://wordpress.org/export/1.2/), which differs between exports. Malformed XML is an error at
// its line and column; a well-formed file that is not an export (a plain RSS feed) is refused too.
class WxrReader
{
public:
    static Result<WxrExport> read(QIODevice &device, const QString &fileName);
    static Result<WxrExport> readFile(const QString &path);

    // "Fish &amp; Chips &#8211; &lt;3" -> "Fish & Chips – <3": WordPress keeps titles and term names
    // HTML-escaped inside the XML's own escaping. Unknown entities stay as written.
    static QString decodeHtmlEntities(const QString &text);
};

} // namespace Postwright
