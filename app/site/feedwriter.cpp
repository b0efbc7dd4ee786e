#include "site/feedwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

const QString atomNamespace = u"http://www.w3.org/2005/Atom"_s;
const QString contentNamespace = u"http://purl.org/rss/1.0/modules/content/"_s;
const QString dcNamespace = u"http://purl.org/dc/elements/1.1/"_s;

// Text goes to QXmlStreamWriter as it is: the writer escapes markup and drops the characters XML
// 1.0 forbids, so a control character pasted into a post cannot make readers reject the feed.
// tst_feedwriter checks that, in case a Qt update changes it.

QString offsetSuffix(int offsetSeconds, bool withColon)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QString(offsetSeconds < 0 ? u'-' : u'+') + u"%1"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')) +
           (withColon ? u":"_s : QString()) + u"%1"_s.arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime entryUpdated(const FeedEntry &entry)
{
    return entry.updated.isValid() ? entry.updated : entry.published;
}

// The feed's date: the caller's, else the newest entry's. Never the clock, so rebuilding an
// unchanged blog gives byte-identical feeds and readers see nothing new.
QDateTime feedUpdated(const FeedInfo &info, const QList<FeedEntry> &entries)
{
    if (info.updated.isValid())
        return info.updated;
    QDateTime newest;
    for (const FeedEntry &entry : entries) {
        const QDateTime date = entryUpdated(entry);
        if (date.isValid() && (!newest.isValid() || date > newest))
            newest = date;
    }
    return newest;
}

// Atom requires a date on the feed and every entry; the epoch is a stable stand-in.
QString atomDate(const QDateTime &date)
{
    return FeedWriter::rfc3339(date.isValid() ? date : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

void writeOptional(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeTextElement(name, value);
}

void writeOptional(QXmlStreamWriter &xml, const QString &namespaceUri, const QString &name,
                   const QString &value)
{
    if (!value.isEmpty())
        xml.writeTextElement(namespaceUri, name, value);
}

void writeAtomAuthor(QXmlStreamWriter &xml, const QString &name)
{
    xml.writeStartElement(u"author"_s);
    xml.writeTextElement(u"name"_s, name);
    xml.writeEndElement();
}

void writeAtomLink(QXmlStreamWriter &xml, const QString &rel, const QString &type, const QString &href)
{
    if (href.isEmpty())
        return;
    xml.writeEmptyElement(u"link"_s);
    xml.writeAttribute(u"rel"_s, rel);
    xml.writeAttribute(u"type"_s, type);
    xml.writeAttribute(u"href"_s, FeedWriter::encodedUrl(href));
}

} // namespace

QString FeedWriter::rfc822(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    // The C locale gives the English day and month names RFC 822 requires, whatever the UI language.
    return QLocale::c().toString(dateTime, u"ddd, dd MMM yyyy HH:mm:ss"_s) + u' ' +
           offsetSuffix(dateTime.offsetFromUtc(), false);
}

QString FeedWriter::rfc3339(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const int offset = dateTime.offsetFromUtc();
    return QLocale::c().toString(dateTime, u"yyyy-MM-ddTHH:mm:ss"_s) +
           (offset == 0 ? u"Z"_s : offsetSuffix(offset, true));
}

QString FeedWriter::encodedUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return url;
    return parsed.toString(QUrl::FullyEncoded);
}

QByteArray FeedWriter::rss(const FeedInfo &info, const QList<FeedEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(atomNamespace, u"atom"_s);
    xml.writeNamespace(contentNamespace, u"content"_s);
    xml.writeNamespace(dcNamespace, u"dc"_s);
    xml.writeStartElement(u"rss"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"channel"_s);

    // title, link and description are required, even when empty.
    xml.writeTextElement(u"title"_s, info.title);
    xml.writeTextElement(u"link"_s, encodedUrl(info.siteUrl));
    xml.writeTextElement(u"description"_s, info.description);
    writeOptional(xml, u"language"_s, info.language);
    writeOptional(xml, u"lastBuildDate"_s, rfc822(feedUpdated(info, entries)));
    xml.writeTextElement(u"generator"_s, u"Postwright"_s);
    if (!info.feedUrl.isEmpty()) {
        xml.writeEmptyElement(atomNamespace, u"link"_s);
        xml.writeAttribute(u"href"_s, encodedUrl(info.feedUrl));
        xml.writeAttribute(u"rel"_s, u"self"_s);
        xml.writeAttribute(u"type"_s, u"application/rss+xml"_s);
    }

    for (const FeedEntry &entry : entries) {
        xml.writeStartElement(u"item"_s);
        xml.writeTextElement(u"title"_s, entry.title);
        writeOptional(xml, u"link"_s, encodedUrl(entry.url));
        const bool idIsUrl = entry.id.isEmpty() || entry.id == entry.url;
        const QString guid = idIsUrl ? encodedUrl(entry.url) : entry.id;
        if (!guid.isEmpty()) {
            xml.writeStartElement(u"guid"_s);
            xml.writeAttribute(u"isPermaLink"_s, idIsUrl ? u"true"_s : u"false"_s);
            xml.writeCharacters(guid);
            xml.writeEndElement();
        }
        writeOptional(xml, u"pubDate"_s, rfc822(entry.published.isValid() ? entry.published : entry.updated));
        writeOptional(xml, u"description"_s, entry.summary);
        // RSS <author> must be an e-mail address; a plain name goes into dc:creator.
        writeOptional(xml, dcNamespace, u"creator"_s, entry.author.isEmpty() ? info.author : entry.author);
        for (const QString &category : entry.categories)
            writeOptional(xml, u"category"_s, category);
        writeOptional(xml, contentNamespace, u"encoded"_s, entry.contentHtml);
        xml.writeEndElement(); // item
    }

    xml.writeEndElement(); // channel
    xml.writeEndElement(); // rss
    xml.writeEndDocument();
    return out;
}

QByteArray FeedWriter::atom(const FeedInfo &info, const QList<FeedEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(atomNamespace);
    xml.writeStartElement(atomNamespace, u"feed"_s);
    if (!info.language.isEmpty())
        xml.writeAttribute(u"xml:lang"_s, info.language);

    xml.writeTextElement(u"id"_s, info.feedUrl.isEmpty() ? info.siteUrl : info.feedUrl);
    xml.writeTextElement(u"title"_s, info.title);
    writeOptional(xml, u"subtitle"_s, info.description);
    xml.writeTextElement(u"updated"_s, atomDate(feedUpdated(info, entries)));
    writeAtomLink(xml, u"self"_s, u"application/atom+xml"_s, info.feedUrl);
    writeAtomLink(xml, u"alternate"_s, u"text/html"_s, info.siteUrl);
    // RFC 4287 wants an author on the feed or on every entry; the feed title stands in so an
    // authorless blog still validates.
    const bool everyEntryHasAuthor = std::all_of(
        entries.cbegin(), entries.cend(), [](const FeedEntry &entry) { return !entry.author.isEmpty(); });
    if (!info.author.isEmpty())
        writeAtomAuthor(xml, info.author);
    else if (!everyEntryHasAuthor || entries.isEmpty())
        writeAtomAuthor(xml, info.title);
    xml.writeTextElement(u"generator"_s, u"Postwright"_s);

    for (const FeedEntry &entry : entries) {
        xml.writeStartElement(u"entry"_s);
        xml.writeTextElement(u"id"_s, entry.id.isEmpty() ? entry.url : entry.id);
        xml.writeTextElement(u"title"_s, entry.title);
        writeAtomLink(xml, u"alternate"_s, u"text/html"_s, entry.url);
        writeOptional(xml, u"published"_s, rfc3339(entry.published));
        xml.writeTextElement(u"updated"_s, atomDate(entryUpdated(entry)));
        if (!entry.author.isEmpty() && entry.author != info.author)
            writeAtomAuthor(xml, entry.author);
        for (const QString &category : entry.categories) {
            if (category.isEmpty())
                continue;
            xml.writeEmptyElement(u"category"_s);
            xml.writeAttribute(u"term"_s, category);
        }
        writeOptional(xml, u"summary"_s, entry.summary);
        if (!entry.contentHtml.isEmpty()) {
            xml.writeStartElement(u"content"_s);
            xml.writeAttribute(u"type"_s, u"html"_s);
            xml.writeCharacters(entry.contentHtml);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // entry
    }

    xml.writeEndElement(); // feed
    xml.writeEndDocument();
    return out;
}

QByteArray FeedWriter::jsonFeed(const FeedInfo &info, const QList<FeedEntry> &entries)
{
    const auto authors = [](const QString &name) {
        return QJsonArray{QJsonObject{{u"name"_s, name}}};
    };
    const auto insertOptional = [](QJsonObject &object, const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };

    QJsonObject feed;
    feed.insert(u"version"_s, u"https://jsonfeed.org/version/1.1"_s);
    feed.insert(u"title"_s, info.title);
    insertOptional(feed, u"home_page_url"_s, encodedUrl(info.siteUrl));
    insertOptional(feed, u"feed_url"_s, encodedUrl(info.feedUrl));
    insertOptional(feed, u"description"_s, info.description);
    insertOptional(feed, u"language"_s, info.language);
    if (!info.author.isEmpty())
        feed.insert(u"authors"_s, authors(info.author));

    QJsonArray items;
    for (const FeedEntry &entry : entries) {
        QJsonObject item;
        item.insert(u"id"_s, entry.id.isEmpty() ? entry.url : entry.id);
        insertOptional(item, u"url"_s, encodedUrl(entry.url));
        insertOptional(item, u"title"_s, entry.title);
        // An item needs content_html or content_text; the summary stands in for empty content.
        if (!entry.contentHtml.isEmpty())
            item.insert(u"content_html"_s, entry.contentHtml);
        else
            item.insert(u"content_text"_s, entry.summary);
        insertOptional(item, u"summary"_s, entry.summary);
        insertOptional(item, u"date_published"_s, rfc3339(entry.published));
        insertOptional(item, u"date_modified"_s, rfc3339(entryUpdated(entry)));
        if (!entry.categories.isEmpty())
            item.insert(u"tags"_s, QJsonArray::fromStringList(entry.categories));
        if (!entry.author.isEmpty() && entry.author != info.author)
            item.insert(u"authors"_s, authors(entry.author));
        items.append(item);
    }
    feed.insert(u"items"_s, items);
    // QJsonObject keeps keys sorted, so the bytes depend on the input only.
    return QJsonDocument(feed).toJson(QJsonDocument::Indented);
}

} // namespace Postwright
