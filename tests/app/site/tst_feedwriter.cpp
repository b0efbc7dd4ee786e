#include "site/feedwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

const QString atomNs = u"http://www.w3.org/2005/Atom"_s;
const QString contentNs = u"http://purl.org/rss/1.0/modules/content/"_s;
const QString dcNs = u"http://purl.org/dc/elements/1.1/"_s;

const QRegularExpression rfc822Pattern(
    u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
    "\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}$"_s);
const QRegularExpression
    rfc3339Pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"_s);

// Just enough of a DOM to check a feed by reading it back as a feed reader would.
struct XmlNode
{
    QString namespaceUri;
    QString name;
    QString text;
    QXmlStreamAttributes attributes;
    QList<XmlNode> children;

    QList<const XmlNode *> all(const QString &childName, const QString &ns = QString()) const
    {
        QList<const XmlNode *> found;
        for (const XmlNode &child : children) {
            if (child.name == childName && (ns.isNull() || child.namespaceUri == ns))
                found.append(&child);
        }
        return found;
    }
    bool has(const QString &childName, const QString &ns = QString()) const
    {
        return !all(childName, ns).isEmpty();
    }
    // The first such child, or a "<missing>" node, so a broken feed fails a comparison, not the run.
    const XmlNode &child(const QString &childName, const QString &ns = QString()) const
    {
        static const XmlNode missing{{}, u"<missing>"_s, u"<missing>"_s, {}, {}};
        const QList<const XmlNode *> found = all(childName, ns);
        return found.isEmpty() ? missing : *found.first();
    }
    QString childText(const QString &childName, const QString &ns = QString()) const
    {
        return child(childName, ns).text;
    }
    QString attribute(const QString &name) const
    {
        return attributes.hasAttribute(name) ? attributes.value(name).toString() : u"<missing>"_s;
    }
};

XmlNode readNode(QXmlStreamReader &reader)
{
    XmlNode node{reader.namespaceUri().toString(), reader.name().toString(), {}, reader.attributes(), {}};
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            node.children.append(readNode(reader));
        else if (reader.isCharacters())
            node.text += reader.text();
        else if (reader.isEndElement())
            break;
    }
    if (!node.children.isEmpty())
        node.text = node.text.trimmed(); // indentation between child elements
    return node;
}

// Parses the whole document (so trailing garbage fails too) and returns its root element.
XmlNode parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            root = readNode(reader);
    }
    *error = reader.hasError() ? reader.errorString() : QString();
    return root;
}

QDateTime plusOne(int day, int hour)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 30), Qt::OffsetFromUTC, 3600);
}

FeedInfo sampleInfo()
{
    FeedInfo info;
    info.title = u"Ada's Notes"_s;
    info.description = u"Writing about Qt"_s;
    info.siteUrl = u"https://example.org/blog/"_s;
    info.feedUrl = u"https://example.org/blog/feed.xml"_s;
    info.language = u"en"_s;
    info.author = u"Ada Lovelace"_s;
    info.updated = plusOne(12, 18);
    return info;
}

QList<FeedEntry> sampleEntries()
{
    FeedEntry second;
    second.title = u"Second post"_s;
    second.url = u"https://example.org/blog/2026/second/"_s;
    second.id = second.url;
    second.published = plusOne(12, 9);
    second.updated = plusOne(12, 18);
    second.summary = u"The second one."_s;
    second.contentHtml = u"<p>The <em>second</em> one.</p>"_s;
    second.categories = {u"Qt"_s, u"C++"_s};
    second.author = u"Ada Lovelace"_s;

    FeedEntry first;
    first.title = u"First post"_s;
    first.url = u"https://example.org/blog/2026/first/"_s;
    first.id = u"tag:example.org,2026:first"_s;
    first.published = QDateTime(QDate(2026, 2, 10), QTime(8, 30), Qt::UTC); // no updated
    first.summary = u"The first one."_s;
    first.contentHtml = u"<p>The first one.</p>"_s;
    first.author = u"Guest Writer"_s;
    return {second, first};
}

} // namespace

class TestFeedWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc822_data();
    void rfc822();
    void rfc822IgnoresTheLocale();
    void rfc3339_data();
    void rfc3339();
    void encodedUrl_data();
    void encodedUrl();
    void rss();
    void atom();
    void jsonFeed();
    void urlsEncodedIdsVerbatim();
    void escaping_data();
    void escaping();
    void emptyFeeds();
    void feedDateFallsBackToNewestEntry();
    void deterministic();
};

void TestFeedWriter::rfc822_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");

    QTest::newRow("+01:00") << plusOne(10, 9) << u"Tue, 10 Feb 2026 09:30:00 +0100"_s;
    QTest::newRow("UTC") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC)
                         << u"Thu, 31 Dec 2026 23:59:59 +0000"_s;
    QTest::newRow("negative half-hour offset")
        << QDateTime(QDate(2026, 7, 4), QTime(6, 5, 7), Qt::OffsetFromUTC, -(3 * 3600 + 1800))
        << u"Sat, 04 Jul 2026 06:05:07 -0330"_s;
    QTest::newRow("+05:45") << QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::OffsetFromUTC,
                                         5 * 3600 + 45 * 60)
                            << u"Fri, 01 May 2026 00:00:00 +0545"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestFeedWriter::rfc822()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    const QString formatted = FeedWriter::rfc822(dateTime);
    QCOMPARE(formatted, expected);
    if (!expected.isEmpty())
        QVERIFY2(rfc822Pattern.match(formatted).hasMatch(), qPrintable(formatted));
}

void TestFeedWriter::rfc822IgnoresTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString formatted = FeedWriter::rfc822(plusOne(10, 9));
    QLocale::setDefault(previous);
    QCOMPARE(formatted, u"Tue, 10 Feb 2026 09:30:00 +0100"_s);
}

void TestFeedWriter::rfc3339_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");

    QTest::newRow("+01:00 kept") << plusOne(10, 9) << u"2026-02-10T09:30:00+01:00"_s;
    QTest::newRow("UTC is Z") << QDateTime(QDate(2026, 2, 10), QTime(8, 30), Qt::UTC)
                              << u"2026-02-10T08:30:00Z"_s;
    QTest::newRow("negative offset") << QDateTime(QDate(2026, 7, 4), QTime(6, 5, 7), Qt::OffsetFromUTC,
                                                  -4 * 3600)
                                     << u"2026-07-04T06:05:07-04:00"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC) << u"2026-01-02T03:04:05Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestFeedWriter::rfc3339()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    const QString formatted = FeedWriter::rfc3339(dateTime);
    QCOMPARE(formatted, expected);
    if (!expected.isEmpty()) {
        QVERIFY2(rfc3339Pattern.match(formatted).hasMatch(), qPrintable(formatted));
        // Same instant when read back.
        QCOMPARE(QDateTime::fromString(formatted, Qt::ISODate).toMSecsSinceEpoch() / 1000,
                 dateTime.toMSecsSinceEpoch() / 1000);
    }
}

void TestFeedWriter::encodedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii unchanged") << u"https://example.org/blog/2026/x/"_s
                                     << u"https://example.org/blog/2026/x/"_s;
    QTest::newRow("unicode path encoded")
        << u"https://example.org/2026/日本/"_s << u"https://example.org/2026/%E6%97%A5%E6%9C%AC/"_s;
    QTest::newRow("already encoded kept")
        << u"https://example.org/caf%C3%A9/"_s << u"https://example.org/caf%C3%A9/"_s;
    QTest::newRow("query kept") << u"https://example.org/?a=1&b=2"_s << u"https://example.org/?a=1&b=2"_s;
    QTest::newRow("not a URL") << u"tag-without-scheme"_s << u"tag-without-scheme"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFeedWriter::encodedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(FeedWriter::encodedUrl(url), expected);
}

void TestFeedWriter::rss()
{
    const QByteArray xml = FeedWriter::rss(sampleInfo(), sampleEntries());
    QString error;
    const XmlNode root = parse(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QCOMPARE(root.name, u"rss"_s);
    QCOMPARE(root.attribute(u"version"_s), u"2.0"_s);

    QVERIFY(root.has(u"channel"_s));
    const XmlNode &channel = root.child(u"channel"_s);
    QCOMPARE(channel.childText(u"title"_s), u"Ada's Notes"_s);
    QCOMPARE(channel.childText(u"link"_s), u"https://example.org/blog/"_s);
    QCOMPARE(channel.childText(u"description"_s), u"Writing about Qt"_s);
    QCOMPARE(channel.childText(u"language"_s), u"en"_s);
    QCOMPARE(channel.childText(u"lastBuildDate"_s), u"Thu, 12 Feb 2026 18:30:00 +0100"_s);
    QVERIFY(channel.has(u"link"_s, atomNs));
    const XmlNode &self = channel.child(u"link"_s, atomNs);
    QCOMPARE(self.attribute(u"rel"_s), u"self"_s);
    QCOMPARE(self.attribute(u"href"_s), u"https://example.org/blog/feed.xml"_s);
    QCOMPARE(self.attribute(u"type"_s), u"application/rss+xml"_s);

    const QList<const XmlNode *> items = channel.all(u"item"_s);
    QCOMPARE(items.size(), 2);
    for (const XmlNode *item : items) {
        for (const QString &required : {u"title"_s, u"link"_s, u"guid"_s, u"pubDate"_s})
            QVERIFY2(item->has(required), qPrintable(required));
        QVERIFY2(rfc822Pattern.match(item->childText(u"pubDate"_s)).hasMatch(),
                 qPrintable(item->childText(u"pubDate"_s)));
    }
    const XmlNode &second = *items.at(0);
    QCOMPARE(second.childText(u"title"_s), u"Second post"_s);
    QCOMPARE(second.childText(u"link"_s), u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.childText(u"guid"_s), u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.child(u"guid"_s).attribute(u"isPermaLink"_s), u"true"_s);
    QCOMPARE(second.childText(u"pubDate"_s), u"Thu, 12 Feb 2026 09:30:00 +0100"_s);
    QCOMPARE(second.childText(u"description"_s), u"The second one."_s);
    QCOMPARE(second.childText(u"encoded"_s, contentNs), u"<p>The <em>second</em> one.</p>"_s);
    QCOMPARE(second.childText(u"creator"_s, dcNs), u"Ada Lovelace"_s);
    QCOMPARE(second.all(u"category"_s).size(), 2);
    QCOMPARE(second.all(u"category"_s).at(1)->text, u"C++"_s);

    const XmlNode &first = *items.at(1);
    QCOMPARE(first.childText(u"guid"_s), u"tag:example.org,2026:first"_s);
    QCOMPARE(first.child(u"guid"_s).attribute(u"isPermaLink"_s), u"false"_s);
    QCOMPARE(first.childText(u"pubDate"_s), u"Tue, 10 Feb 2026 08:30:00 +0000"_s);
    QCOMPARE(first.childText(u"creator"_s, dcNs), u"Guest Writer"_s);
    // A name is not an e-mail address, so RSS's own <author> is not used.
    QVERIFY(!first.has(u"author"_s));
}

void TestFeedWriter::atom()
{
    const QByteArray xml = FeedWriter::atom(sampleInfo(), sampleEntries());
    QString error;
    const XmlNode feed = parse(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(feed.name, u"feed"_s);
    QCOMPARE(feed.namespaceUri, atomNs);
    QCOMPARE(feed.attribute(u"xml:lang"_s), u"en"_s);
    QCOMPARE(feed.childText(u"id"_s, atomNs), u"https://example.org/blog/feed.xml"_s);
    QCOMPARE(feed.childText(u"title"_s, atomNs), u"Ada's Notes"_s);
    QCOMPARE(feed.childText(u"subtitle"_s, atomNs), u"Writing about Qt"_s);
    QCOMPARE(feed.childText(u"updated"_s, atomNs), u"2026-02-12T18:30:00+01:00"_s);
    QVERIFY(feed.has(u"author"_s, atomNs));
    QCOMPARE(feed.child(u"author"_s, atomNs).childText(u"name"_s, atomNs), u"Ada Lovelace"_s);

    QHash<QString, QString> links;
    for (const XmlNode *link : feed.all(u"link"_s, atomNs))
        links.insert(link->attribute(u"rel"_s), link->attribute(u"href"_s));
    QCOMPARE(links.value(u"self"_s), u"https://example.org/blog/feed.xml"_s);
    QCOMPARE(links.value(u"alternate"_s), u"https://example.org/blog/"_s);

    const QList<const XmlNode *> entries = feed.all(u"entry"_s, atomNs);
    QCOMPARE(entries.size(), 2);
    for (const XmlNode *entry : entries) {
        for (const QString &required : {u"id"_s, u"title"_s, u"updated"_s, u"link"_s})
            QVERIFY2(entry->has(required, atomNs), qPrintable(required));
        for (const QString &date : {u"updated"_s, u"published"_s})
            QVERIFY2(rfc3339Pattern.match(entry->childText(date, atomNs)).hasMatch(), qPrintable(date));
    }
    const XmlNode &second = *entries.at(0);
    QCOMPARE(second.childText(u"id"_s, atomNs), u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.childText(u"title"_s, atomNs), u"Second post"_s);
    QCOMPARE(second.child(u"link"_s, atomNs).attribute(u"href"_s),
             u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.child(u"link"_s, atomNs).attribute(u"rel"_s), u"alternate"_s);
    QCOMPARE(second.childText(u"published"_s, atomNs), u"2026-02-12T09:30:00+01:00"_s);
    QCOMPARE(second.childText(u"updated"_s, atomNs), u"2026-02-12T18:30:00+01:00"_s);
    QCOMPARE(second.childText(u"summary"_s, atomNs), u"The second one."_s);
    QCOMPARE(second.child(u"content"_s, atomNs).attribute(u"type"_s), u"html"_s);
    QCOMPARE(second.childText(u"content"_s, atomNs), u"<p>The <em>second</em> one.</p>"_s);
    QCOMPARE(second.all(u"category"_s, atomNs).size(), 2);
    QCOMPARE(second.all(u"category"_s, atomNs).at(0)->attribute(u"term"_s), u"Qt"_s);
    QVERIFY2(!second.has(u"author"_s, atomNs), "the feed's author is not repeated");

    const XmlNode &first = *entries.at(1);
    QCOMPARE(first.childText(u"id"_s, atomNs), u"tag:example.org,2026:first"_s);
    QCOMPARE(first.childText(u"updated"_s, atomNs), u"2026-02-10T08:30:00Z"_s); // falls back to published
    QCOMPARE(first.child(u"author"_s, atomNs).childText(u"name"_s, atomNs), u"Guest Writer"_s);
}

void TestFeedWriter::jsonFeed()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(FeedWriter::jsonFeed(sampleInfo(), sampleEntries()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject feed = document.object();
    QCOMPARE(feed.value(u"version"_s).toString(), u"https://jsonfeed.org/version/1.1"_s);
    QCOMPARE(feed.value(u"title"_s).toString(), u"Ada's Notes"_s);
    QCOMPARE(feed.value(u"home_page_url"_s).toString(), u"https://example.org/blog/"_s);
    QCOMPARE(feed.value(u"feed_url"_s).toString(), u"https://example.org/blog/feed.xml"_s);
    QCOMPARE(feed.value(u"description"_s).toString(), u"Writing about Qt"_s);
    QCOMPARE(feed.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(feed.value(u"authors"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Ada Lovelace"_s);

    const QJsonArray items = feed.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject second = items.at(0).toObject();
    QCOMPARE(second.value(u"id"_s).toString(), u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.value(u"url"_s).toString(), u"https://example.org/blog/2026/second/"_s);
    QCOMPARE(second.value(u"title"_s).toString(), u"Second post"_s);
    QCOMPARE(second.value(u"content_html"_s).toString(), u"<p>The <em>second</em> one.</p>"_s);
    QCOMPARE(second.value(u"summary"_s).toString(), u"The second one."_s);
    QCOMPARE(second.value(u"date_published"_s).toString(), u"2026-02-12T09:30:00+01:00"_s);
    QCOMPARE(second.value(u"date_modified"_s).toString(), u"2026-02-12T18:30:00+01:00"_s);
    QCOMPARE(second.value(u"tags"_s).toArray(), (QJsonArray{u"Qt"_s, u"C++"_s}));
    QVERIFY(!second.contains(u"authors"_s));

    const QJsonObject first = items.at(1).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"tag:example.org,2026:first"_s);
    QCOMPARE(first.value(u"date_published"_s).toString(), u"2026-02-10T08:30:00Z"_s);
    QCOMPARE(first.value(u"date_modified"_s).toString(), u"2026-02-10T08:30:00Z"_s);
    QVERIFY(!first.contains(u"tags"_s));
    QCOMPARE(first.value(u"authors"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Guest Writer"_s);
}

// Links must be RFC 3986 URLs for readers; ids must never change, so they are written as given.
void TestFeedWriter::urlsEncodedIdsVerbatim()
{
    const QString iri = u"https://example.org/blog/2026/日本/"_s;
    const QString encoded = u"https://example.org/blog/2026/%E6%97%A5%E6%9C%AC/"_s;
    QList<FeedEntry> entries = sampleEntries();
    entries[0].url = iri;
    entries[0].id = iri;
    entries[1].url = iri + u"2/"_s;
    entries[1].id = u"urn:uuid:日本"_s;
    QString error;

    const XmlNode rss = parse(FeedWriter::rss(sampleInfo(), entries), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<const XmlNode *> items = rss.child(u"channel"_s).all(u"item"_s);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)->childText(u"link"_s), encoded);
    QCOMPARE(items.at(0)->childText(u"guid"_s), encoded); // a permalink guid is the link
    QCOMPARE(items.at(1)->childText(u"link"_s), encoded + u"2/"_s);
    QCOMPARE(items.at(1)->childText(u"guid"_s), u"urn:uuid:日本"_s);

    const XmlNode atom = parse(FeedWriter::atom(sampleInfo(), entries), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const XmlNode &entry = atom.child(u"entry"_s, atomNs);
    QCOMPARE(entry.childText(u"id"_s, atomNs), iri);
    QCOMPARE(entry.child(u"link"_s, atomNs).attribute(u"href"_s), encoded);

    const QJsonObject item = QJsonDocument::fromJson(FeedWriter::jsonFeed(sampleInfo(), entries))
                                 .object()
                                 .value(u"items"_s)[0]
                                 .toObject();
    QCOMPARE(item.value(u"id"_s).toString(), iri);
    QCOMPARE(item.value(u"url"_s).toString(), encoded);
}

void TestFeedWriter::escaping_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expectedTitle"); // what a reader gets back

    QTest::newRow("markup characters")
        << u"Tom & Jerry <3 \"quotes\" 'too'"_s << u"<p>a &amp; b &lt;tag&gt;</p><script>x()</script>"_s
        << u"Tom & Jerry <3 \"quotes\" 'too'"_s;
    QTest::newRow("CDATA terminator") << u"a ]]> b"_s << u"<pre><code>x ]]> y</code></pre>"_s << u"a ]]> b"_s;
    QTest::newRow("unicode") << u"Über 日本語 🎉"_s << u"<p>Über 日本語 🎉</p>"_s << u"Über 日本語 🎉"_s;
    // QXmlStreamWriter drops what XML 1.0 forbids; the feed writer relies on that.
    QTest::newRow("control characters dropped")
        << u"bell\u0007 form\u000cfeed"_s << u"<p>x\u0001y</p>"_s << u"bell formfeed"_s;
}

void TestFeedWriter::escaping()
{
    QFETCH(QString, title);
    QFETCH(QString, html);
    QFETCH(QString, expectedTitle);

    FeedInfo info = sampleInfo();
    info.title = title;
    QList<FeedEntry> entries = sampleEntries();
    entries[0].title = title;
    entries[0].contentHtml = html;
    QString expectedHtml = html;
    expectedHtml.remove(QRegularExpression(u"[\\x{0}-\\x{8}\\x{b}\\x{c}\\x{e}-\\x{1f}]"_s));

    QString error;
    const XmlNode rss = parse(FeedWriter::rss(info, entries), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rss.has(u"channel"_s));
    const XmlNode &channel = rss.child(u"channel"_s);
    QCOMPARE(channel.childText(u"title"_s), expectedTitle);
    QCOMPARE(channel.child(u"item"_s).childText(u"title"_s), expectedTitle);
    QCOMPARE(channel.child(u"item"_s).childText(u"encoded"_s, contentNs), expectedHtml);

    const XmlNode atom = parse(FeedWriter::atom(info, entries), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(atom.childText(u"title"_s, atomNs), expectedTitle);
    QCOMPARE(atom.child(u"entry"_s, atomNs).childText(u"title"_s, atomNs), expectedTitle);
    QCOMPARE(atom.child(u"entry"_s, atomNs).childText(u"content"_s, atomNs), expectedHtml);

    // JSON escapes everything itself, control characters included, so the text survives unchanged.
    const QJsonObject json = QJsonDocument::fromJson(FeedWriter::jsonFeed(info, entries)).object();
    QCOMPARE(json.value(u"title"_s).toString(), title);
    QCOMPARE(json.value(u"items"_s).toArray().at(0).toObject().value(u"content_html"_s).toString(), html);
}

void TestFeedWriter::emptyFeeds()
{
    FeedInfo info = sampleInfo();
    info.author.clear();
    info.updated = QDateTime();
    QString error;

    const QByteArray rssXml = FeedWriter::rss(info, {});
    const XmlNode rss = parse(rssXml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rss.has(u"channel"_s));
    QCOMPARE(rss.child(u"channel"_s).childText(u"title"_s), u"Ada's Notes"_s);
    QVERIFY(rss.child(u"channel"_s).all(u"item"_s).isEmpty());
    QVERIFY2(!rss.child(u"channel"_s).has(u"lastBuildDate"_s), "no date to give, and never the clock");

    const XmlNode atom = parse(FeedWriter::atom(info, {}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(atom.all(u"entry"_s, atomNs).isEmpty());
    QCOMPARE(atom.childText(u"updated"_s, atomNs), u"1970-01-01T00:00:00Z"_s);
    // RFC 4287 requires an author; the blog's title stands in.
    QVERIFY(atom.has(u"author"_s, atomNs));
    QCOMPARE(atom.child(u"author"_s, atomNs).childText(u"name"_s, atomNs), u"Ada's Notes"_s);

    const QJsonObject json = QJsonDocument::fromJson(FeedWriter::jsonFeed(info, {})).object();
    QVERIFY(json.value(u"items"_s).isArray());
    QCOMPARE(json.value(u"items"_s).toArray().size(), 0);
    QVERIFY(!json.contains(u"authors"_s));
}

void TestFeedWriter::feedDateFallsBackToNewestEntry()
{
    FeedInfo info = sampleInfo();
    info.updated = QDateTime();
    QString error;
    const XmlNode rss = parse(FeedWriter::rss(info, sampleEntries()), &error);
    QCOMPARE(rss.child(u"channel"_s).childText(u"lastBuildDate"_s), u"Thu, 12 Feb 2026 18:30:00 +0100"_s);
    const XmlNode atom = parse(FeedWriter::atom(info, sampleEntries()), &error);
    QCOMPARE(atom.childText(u"updated"_s, atomNs), u"2026-02-12T18:30:00+01:00"_s);
}

void TestFeedWriter::deterministic()
{
    const QList<QByteArray> first = {FeedWriter::rss(sampleInfo(), sampleEntries()),
                                     FeedWriter::atom(sampleInfo(), sampleEntries()),
                                     FeedWriter::jsonFeed(sampleInfo(), sampleEntries())};
    const QList<QByteArray> second = {FeedWriter::rss(sampleInfo(), sampleEntries()),
                                      FeedWriter::atom(sampleInfo(), sampleEntries()),
                                      FeedWriter::jsonFeed(sampleInfo(), sampleEntries())};
    QCOMPARE(first, second);
    // No build time: today's date appears nowhere (the sample's dates are in February 2026).
    const QDateTime now = QDateTime::currentDateTime();
    if (now.date() >= QDate(2026, 2, 10) && now.date() <= QDate(2026, 2, 12))
        QSKIP("today is one of the sample dates");
    for (const QByteArray &feed : first) {
        QVERIFY(!feed.contains(now.toString(u"yyyy-MM-dd"_s).toUtf8()));
        QVERIFY(!feed.contains(QLocale::c().toString(now, u"dd MMM yyyy"_s).toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestFeedWriter)
#include "tst_feedwriter.moc"
