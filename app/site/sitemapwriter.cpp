#include "site/sitemapwriter.h"

#include "site/feedwriter.h"

#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Postwright {

QByteArray SitemapWriter::sitemap(const QList<SitemapEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"http://www.sitemaps.org/schemas/sitemap/0.9"_s);
    xml.writeStartElement(u"http://www.sitemaps.org/schemas/sitemap/0.9"_s, u"urlset"_s);

    // The protocol wants RFC 3986 URLs, each listed once; the first occurrence keeps its place so
    // the output follows the caller's order.
    QSet<QString> written;
    written.reserve(entries.size());
    for (const SitemapEntry &entry : entries) {
        const QString loc = FeedWriter::encodedUrl(entry.url);
        if (loc.isEmpty() || written.contains(loc))
            continue;
        written.insert(loc);
        xml.writeStartElement(u"url"_s);
        xml.writeTextElement(u"loc"_s, loc);
        if (entry.lastModified.isValid())
            xml.writeTextElement(u"lastmod"_s, FeedWriter::rfc3339(entry.lastModified));
        xml.writeEndElement();
    }

    xml.writeEndElement(); // urlset
    xml.writeEndDocument();
    return out;
}

QByteArray SitemapWriter::robots(const QString &sitemapUrl)
{
    QByteArray text = "User-agent: *\nAllow: /\n";
    if (!sitemapUrl.isEmpty())
        text += "\nSitemap: " + FeedWriter::encodedUrl(sitemapUrl).toUtf8() + '\n';
    return text;
}

} // namespace Postwright
