#include "site/sitemapwriter.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

const QString sitemapNs = u"http://www.sitemaps.org/schemas/sitemap/0.9"_s;

struct ParsedUrl
{
    QString loc;
    QString lastmod; // "<none>" when the element is absent
};

// Reads a sitemap back the way a crawler does; anything unexpected is reported in *error.
QList<ParsedUrl> parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<ParsedUrl> urls;
    if (!reader.readNextStartElement() || reader.name() != u"urlset" || reader.namespaceUri() != sitemapNs) {
        *error = u"no urlset in the sitemap namespace"_s;
        return urls;
    }
    while (reader.readNextStartElement()) {
        if (reader.name() != u"url" || reader.namespaceUri() != sitemapNs) {
            *error = u"unexpected element "_s + reader.name().toString();
            return urls;
        }
        ParsedUrl url{u"<none>"_s, u"<none>"_s};
        while (reader.readNextStartElement()) {
            const QString name = reader.name().toString();
            const QString text = reader.readElementText();
            if (name == u"loc")
                url.loc = text;
            else if (name == u"lastmod")
                url.lastmod = text;
            else
                *error = u"unexpected element "_s + name;
        }
        urls.append(url);
    }
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            *error = u"content after urlset"_s;
    }
    if (reader.hasError())
        *error = reader.errorString();
    return urls;
}

} // namespace

Q_DECLARE_METATYPE(Postwright::SitemapEntry)

class TestSitemapWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sitemap_data();
    void sitemap();
    void sitemapHeader();
    void deterministic();
    void robots_data();
    void robots();
};

void TestSitemapWriter::sitemap_data()
{
    QTest::addColumn<QList<SitemapEntry>>("entries");
    QTest::addColumn<QStringList>("expectedLocs");
    QTest::addColumn<QStringList>("expectedLastmods");

    const QDateTime berlin(QDate(2026, 2, 10), QTime(9, 30), Qt::OffsetFromUTC, 3600);
    const QDateTime utc(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);

    QTest::newRow("empty") << QList<SitemapEntry>{} << QStringList{} << QStringList{};
    QTest::newRow("dates in RFC 3339")
        << QList<SitemapEntry>{{u"https://example.org/"_s, berlin}, {u"https://example.org/2026/x/"_s, utc}}
        << QStringList{u"https://example.org/"_s, u"https://example.org/2026/x/"_s}
        << QStringList{u"2026-02-10T09:30:00+01:00"_s, u"2026-01-05T00:00:00Z"_s};
    QTest::newRow("lastmod is optional")
        << QList<SitemapEntry>{{u"https://example.org/about/"_s, QDateTime()}}
        << QStringList{u"https://example.org/about/"_s} << QStringList{u"<none>"_s};
    QTest::newRow("ampersand escaped and read back")
        << QList<SitemapEntry>{{u"https://example.org/search/?q=a&page=2"_s, utc}}
        << QStringList{u"https://example.org/search/?q=a&page=2"_s} << QStringList{u"2026-01-05T00:00:00Z"_s};
    QTest::newRow("unicode path percent-encoded")
        << QList<SitemapEntry>{{u"https://example.org/2026/日本/"_s, utc}}
        << QStringList{u"https://example.org/2026/%E6%97%A5%E6%9C%AC/"_s}
        << QStringList{u"2026-01-05T00:00:00Z"_s};
    QTest::newRow("duplicates listed once, first wins")
        << QList<SitemapEntry>{{u"https://example.org/b/"_s, utc},
                               {u"https://example.org/a/"_s, QDateTime()},
                               {u"https://example.org/b/"_s, berlin}}
        << QStringList{u"https://example.org/b/"_s, u"https://example.org/a/"_s}
        << QStringList{u"2026-01-05T00:00:00Z"_s, u"<none>"_s};
    QTest::newRow("empty URL skipped")
        << QList<SitemapEntry>{{QString(), utc}} << QStringList{} << QStringList{};
}

void TestSitemapWriter::sitemap()
{
    QFETCH(QList<SitemapEntry>, entries);
    QFETCH(QStringList, expectedLocs);
    QFETCH(QStringList, expectedLastmods);

    const QByteArray xml = SitemapWriter::sitemap(entries);
    QString error;
    const QList<ParsedUrl> urls = parse(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(xml)));
    QStringList locs;
    QStringList lastmods;
    for (const ParsedUrl &url : urls) {
        locs.append(url.loc);
        lastmods.append(url.lastmod);
    }
    QCOMPARE(locs, expectedLocs);
    QCOMPARE(lastmods, expectedLastmods);
    static const QRegularExpression w3cDate(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"_s);
    for (const QString &lastmod : std::as_const(lastmods)) {
        if (lastmod != u"<none>")
            QVERIFY2(w3cDate.match(lastmod).hasMatch(), qPrintable(lastmod));
    }
}

void TestSitemapWriter::sitemapHeader()
{
    const QByteArray xml = SitemapWriter::sitemap({{u"https://example.org/?a=1&b=2"_s, QDateTime()}});
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    QVERIFY(xml.contains("?a=1&amp;b=2"));
}

void TestSitemapWriter::deterministic()
{
    const QList<SitemapEntry> entries{
        {u"https://example.org/"_s, QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC)},
        {u"https://example.org/x/"_s, QDateTime()}};
    const QByteArray first = SitemapWriter::sitemap(entries);
    QCOMPARE(SitemapWriter::sitemap(entries), first);
    const QDate today = QDate::currentDate();
    if (today != QDate(2026, 2, 10))
        QVERIFY(!first.contains(today.toString(Qt::ISODate).toUtf8()));
}

void TestSitemapWriter::robots_data()
{
    QTest::addColumn<QString>("sitemapUrl");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("with sitemap")
        << u"https://example.org/blog/sitemap.xml"_s
        << QByteArray("User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n");
    QTest::newRow("unicode host and path")
        << u"https://bücher.example/日本/sitemap.xml"_s
        << QByteArray("User-agent: *\nAllow: /\n\nSitemap: "
                      "https://xn--bcher-kva.example/%E6%97%A5%E6%9C%AC/sitemap.xml\n");
    QTest::newRow("without sitemap") << QString() << QByteArray("User-agent: *\nAllow: /\n");
}

void TestSitemapWriter::robots()
{
    QFETCH(QString, sitemapUrl);
    QFETCH(QByteArray, expected);
    QCOMPARE(SitemapWriter::robots(sitemapUrl), expected);
}

QTEST_GUILESS_MAIN(TestSitemapWriter)
#include "tst_sitemapwriter.moc"
