#include "publish/wxrreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::WxrReader", text);
}

// The namespaces of a WXR file by family. wp and excerpt embed the WXR version in their URI
// (http://wordpress.org/export/1.2/, .../1.2/excerpt/), so they are recognised by prefix.
enum class Namespace { None, Wp, Excerpt, Content, Dc, Other };

Namespace classify(QStringView uri)
{
    if (uri.isEmpty())
        return Namespace::None;
    for (QStringView scheme : {u"http://", u"https://"}) {
        if (uri.startsWith(scheme)) {
            uri = uri.sliced(scheme.size());
            break;
        }
    }
    if (uri.startsWith(u"wordpress.org/export/"))
        return uri.contains(u"/excerpt/") ? Namespace::Excerpt : Namespace::Wp;
    if (uri.startsWith(u"purl.org/rss/1.0/modules/content"))
        return Namespace::Content;
    if (uri.startsWith(u"purl.org/dc/elements/"))
        return Namespace::Dc;
    return Namespace::Other;
}

// WordPress writes "0000-00-00 00:00:00" for a draft's unset GMT date.
QDateTime wordPressDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!date.isValid() || date.date().year() < 1)
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

class Parser
{
public:
    Parser(QIODevice &device, QString fileName)
        : m_xml(&device)
        , m_fileName(std::move(fileName))
    {}

    Result<WxrExport> run()
    {
        if (!m_xml.readNextStartElement())
            return failure();
        if (m_xml.name() != u"rss"_s) {
            return SourceError{m_fileName, int(m_xml.lineNumber()), int(m_xml.columnNumber()),
                               tr("This is not a WordPress export: it starts with <%1>, not <rss>.")
                                   .arg(m_xml.name().toString())};
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"channel"_s && classify(m_xml.namespaceUri()) == Namespace::None)
                readChannel();
            else
                m_xml.skipCurrentElement();
        }
        // Anything after </rss> must still be well-formed (a truncated or doubled file is not).
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
        if (m_xml.hasError())
            return failure();
        if (!m_sawWordPress) {
            return SourceError{m_fileName, 0, 0,
                               tr("This is an RSS feed, not a WordPress export: it has no wp: elements. "
                                  "Export with Tools \u2192 Export in WordPress.")};
        }
        return std::move(m_export);
    }

private:
    SourceError failure() const
    {
        // Qt counts the characters read on the line, so the column is that of the last one read: the
        // end of the offending token. An empty file is "premature end of document" at line 1.
        return SourceError{m_fileName, int(std::max<qint64>(1, m_xml.lineNumber())),
                           int(std::max<qint64>(1, m_xml.columnNumber())),
                           tr("The export is not well-formed XML: %1").arg(m_xml.errorString())};
    }

    Namespace ns()
    {
        const Namespace found = classify(m_xml.namespaceUri());
        if (found == Namespace::Wp || found == Namespace::Excerpt)
            m_sawWordPress = true;
        return found;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    void readChannel()
    {
        while (m_xml.readNextStartElement()) {
            const Namespace space = ns();
            const QStringView name = m_xml.name();
            if (space == Namespace::None && name == u"item")
                readItem();
            else if (space == Namespace::None && name == u"title")
                m_export.title = WxrReader::decodeHtmlEntities(text().trimmed());
            else if (space == Namespace::None && name == u"link")
                addSiteUrl(m_export.link = text().trimmed());
            else if (space == Namespace::None && name == u"description")
                m_export.description = WxrReader::decodeHtmlEntities(text().trimmed());
            else if (space == Namespace::None && name == u"language")
                m_export.language = text().trimmed();
            else if (space == Namespace::Wp && (name == u"base_site_url" || name == u"base_blog_url"))
                addSiteUrl(text().trimmed());
            else if (space == Namespace::Wp && name == u"author")
                readAuthor();
            else
                m_xml.skipCurrentElement();
        }
    }

    void addSiteUrl(const QString &url)
    {
        if (!url.isEmpty() && !m_export.siteUrls.contains(url))
            m_export.siteUrls.append(url);
    }

    void readAuthor()
    {
        QString login;
        QString display;
        while (m_xml.readNextStartElement()) {
            const Namespace space = ns();
            if (space == Namespace::Wp && m_xml.name() == u"author_login")
                login = text().trimmed();
            else if (space == Namespace::Wp && m_xml.name() == u"author_display_name")
                display = WxrReader::decodeHtmlEntities(text().trimmed());
            else
                m_xml.skipCurrentElement();
        }
        if (m_export.author.isEmpty())
            m_export.author = display.isEmpty() ? login : display;
    }

    void readItem()
    {
        WxrItem item;
        item.line = int(m_xml.lineNumber());
        QString type;
        QString localDate;
        QString parentId;
        QString attachmentUrl;
        while (m_xml.readNextStartElement()) {
            const Namespace space = ns();
            const QString name = m_xml.name().toString();
            if (space == Namespace::None && name == u"title") {
                item.post.title = WxrReader::decodeHtmlEntities(text().trimmed());
            } else if (space == Namespace::None && name == u"link") {
                item.post.url = QUrl(text().trimmed());
            } else if (space == Namespace::None && name == u"category") {
                const QString domain = m_xml.attributes().value(u"domain"_s).toString();
                const QString term = WxrReader::decodeHtmlEntities(text().trimmed());
                if (term.isEmpty())
                    continue;
                if (domain == u"category" && !item.post.categories.contains(term))
                    item.post.categories.append(term);
                else if (domain == u"post_tag" && !item.post.tags.contains(term))
                    item.post.tags.append(term);
            } else if (space == Namespace::Content && name == u"encoded") {
                item.post.html = text();
            } else if (space == Namespace::Excerpt && name == u"encoded") {
                item.post.excerpt = text().trimmed();
            } else if (space == Namespace::Wp && name == u"post_id") {
                item.post.id = text().trimmed();
            } else if (space == Namespace::Wp && name == u"post_date_gmt") {
                item.post.date = wordPressDate(text());
            } else if (space == Namespace::Wp && name == u"post_date") {
                localDate = text();
            } else if (space == Namespace::Wp && name == u"post_name") {
                item.post.slug = text().trimmed();
            } else if (space == Namespace::Wp && name == u"status") {
                item.post.status = text().trimmed();
            } else if (space == Namespace::Wp && name == u"post_type") {
                type = text().trimmed();
            } else if (space == Namespace::Wp && name == u"post_parent") {
                parentId = text().trimmed();
            } else if (space == Namespace::Wp && name == u"attachment_url") {
                attachmentUrl = text().trimmed();
            } else if (space == Namespace::Wp && name == u"postmeta") {
                readMeta(item);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return;
        // A draft has no GMT date; its local date (the site's time zone, unknown here) is the best left.
        if (!item.post.date.isValid())
            item.post.date = wordPressDate(localDate);

        if (type == u"post" || type == u"page") {
            item.type = type == u"post" ? WxrItem::Type::Post : WxrItem::Type::Page;
            m_export.items.append(std::move(item));
        } else if (type == u"attachment") {
            m_export.attachments.insert(item.post.id,
                                        WxrAttachment{item.post.id, QUrl(attachmentUrl), parentId});
        } else {
            ++m_export.otherTypes[type.isEmpty() ? u"(none)"_s : type];
        }
    }

    void readMeta(WxrItem &item)
    {
        QString key;
        QString value;
        while (m_xml.readNextStartElement()) {
            const Namespace space = ns();
            if (space == Namespace::Wp && m_xml.name() == u"meta_key")
                key = text().trimmed();
            else if (space == Namespace::Wp && m_xml.name() == u"meta_value")
                value = text().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        if (key == u"_thumbnail_id")
            item.thumbnailId = value;
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    WxrExport m_export;
    bool m_sawWordPress = false;
};

} // namespace

Result<WxrExport> WxrReader::read(QIODevice &device, const QString &fileName)
{
    return Parser(device, fileName).run();
}

Result<WxrExport> WxrReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceError{path, 0, 0, tr("The export could not be read: %1").arg(file.errorString())};
    return read(file, path);
}

QString WxrReader::decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},         {u"lt"_s, u"<"_s},         {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},       {u"apos"_s, u"'"_s},       {u"nbsp"_s, u"\u00a0"_s},
        {u"hellip"_s, u"\u2026"_s}, {u"ndash"_s, u"\u2013"_s}, {u"mdash"_s, u"\u2014"_s},
        {u"lsquo"_s, u"\u2018"_s},  {u"rsquo"_s, u"\u2019"_s}, {u"ldquo"_s, u"\u201c"_s},
        {u"rdquo"_s, u"\u201d"_s},  {u"laquo"_s, u"\u00ab"_s}, {u"raquo"_s, u"\u00bb"_s},
        {u"copy"_s, u"\u00a9"_s},   {u"reg"_s, u"\u00ae"_s},   {u"trade"_s, u"\u2122"_s},
    };
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end = text.at(i) == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (end < 0 || end - i > 12) {
            result += text.at(i);
            continue;
        }
        const QString entity = text.mid(i + 1, end - i - 1);
        QString decoded;
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const bool hex = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X');
            const uint code = hex ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t character = code;
                decoded = QString::fromUcs4(&character, 1);
            }
        } else {
            decoded = named.value(entity);
        }
        if (decoded.isEmpty()) {
            result += text.at(i);
            continue;
        }
        result += decoded;
        i = end;
    }
    return result;
}

} // namespace Postwright
