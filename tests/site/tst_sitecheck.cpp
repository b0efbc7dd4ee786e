#include "blog/blog.h"
#include "site/sitebuilder.h"
#include "testblog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <map>
#include <memory>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

// The sample's draft and its scheduled post, by output folder.
const QString draftFolder = u"2026/queue-or-log"_s;
const QString scheduledFolder = u"2027/zero-downtime-deploys-migrations"_s;

// A page that is not well-formed is read only up to the error, so its other checks would mislead;
// they skip, and pageIsWellFormed fails for it.
constexpr char notCheckable[] = "not well-formed XML (pageIsWellFormed fails), so not checked";

// A fixed "now", so that the scheduled post (2027-03-01) stays in the future whatever the date.
const QDateTime buildTime = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);

// One build of a private copy of the sample blog (the builder writes BLOG/.postwright/).
struct BuiltSite
{
    QTemporaryDir blog;
    QTemporaryDir out;
    BuildReport report;
    QStringList files; // every generated file, relative to out, sorted
};

// What the checks need to know about one HTML page, read in one pass.
struct PageFacts
{
    QString xmlError; // empty when the page is well-formed XML
    QString rootElement;
    QString lang; // the root element's lang attribute
    int h1Count = 0;
    QStringList links;            // every href and src value, in document order
    QStringList imagesWithoutAlt; // their src
    QSet<QString> ids;
};

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        // Leftovers of someone building into the source tree must not leak into the copy.
        if (relative.startsWith(u".postwright/"_s) || relative.startsWith(u"public/"_s))
            continue;
        const QString target = to + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QStringList listFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PageFacts readPage(const QByteArray &html)
{
    PageFacts facts;
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        const QStringView name = reader.name();
        if (facts.rootElement.isEmpty()) {
            facts.rootElement = name.toString();
            facts.lang = attributes.value(u"lang"_s).toString();
        }
        if (name == u"h1")
            ++facts.h1Count;
        if (name == u"img" && !attributes.hasAttribute(u"alt"_s))
            facts.imagesWithoutAlt.append(attributes.value(u"src"_s).toString());
        for (const auto &attribute : attributes) {
            if (attribute.name() == u"href" || attribute.name() == u"src")
                facts.links.append(attribute.value().toString());
            else if (attribute.name() == u"id")
                facts.ids.insert(attribute.value().toString());
        }
    }
    if (reader.hasError()) {
        // The reader's column counts characters on the line; show what leads up to the error.
        const QString line = QString::fromUtf8(html.split('\n').value(reader.lineNumber() - 1));
        const qsizetype column = reader.columnNumber();
        facts.xmlError = u"line %1, column %2, after \"%3\": %4"_s.arg(reader.lineNumber())
                             .arg(column)
                             .arg(line.left(column).right(60), reader.errorString());
    }
    return facts;
}

} // namespace

class TestSiteCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void buildHasNoErrors_data();
    void buildHasNoErrors();
    void pageIsWellFormed_data() { pageRows(); }
    void pageIsWellFormed();
    void pageHasOneH1AndLanguage_data() { pageRows(); }
    void pageHasOneH1AndLanguage();
    void imagesHaveAlt_data() { pageRows(); }
    void imagesHaveAlt();
    void internalLinksResolve_data() { pageRows(); }
    void internalLinksResolve();
    void fragmentLinksResolve_data() { pageRows(); }
    void fragmentLinksResolve();
    void feedParses_data();
    void feedParses();
    void siteAndCategoriesHaveFeeds();
    void sitemapLocationsResolve_data();
    void sitemapLocationsResolve();
    void unpublishedPosts_data();
    void unpublishedPosts();
    void unpublishedPostsLeaveNoTrace();

private:
    void pageRows();
    const BuiltSite &site(const QString &build) const { return *m_sites.at(build); }
    PageFacts page(const QString &build, const QString &file) const;
    // The generated file an http(s) URL or site path points to, or an empty string when it
    // names a file the build did not write. Folders mean their index.html.
    QString targetFile(const QString &build, const QUrl &url) const;
    QStringList unresolved(const QString &build, const QString &pageFile, const QStringList &links) const;

    QUrl m_baseUrl;
    std::map<QString, std::unique_ptr<BuiltSite>> m_sites;
};

void TestSiteCheck::initTestCase()
{
    const QString sample = Test::sampleBlogSourcePath();
    QVERIFY2(QFileInfo::exists(sample + u"/blog.yaml"_s), qPrintable(sample));
    struct Variant
    {
        QString name;
        bool drafts;
        bool future;
    };
    const QList<Variant> variants = {
        {u"default"_s, false, false},
        {u"drafts"_s, true, false},
        {u"future"_s, false, true},
        {u"all"_s, true, true},
    };
    for (const Variant &variant : variants) {
        auto built = std::make_unique<BuiltSite>();
        QVERIFY(built->blog.isValid() && built->out.isValid());
        QVERIFY2(copyTree(sample, built->blog.path()), "could not copy the sample blog");
        Result<Blog> blog = Blog::open(built->blog.path());
        // QVERIFY2 evaluates its message even on success, and error() is only there on failure.
        QVERIFY2(blog.ok(), blog.ok() ? "" : qPrintable(blog.error().toString()));
        m_baseUrl = QUrl(blog.value().settings().baseUrl);

        BuildOptions options;
        options.outputPath = built->out.path();
        options.includeDrafts = variant.drafts;
        options.includeFuture = variant.future;
        options.now = buildTime;
        SiteBuilder builder(std::move(blog).value(), options);
        built->report = builder.build();
        QVERIFY2(!built->report.fatal, qPrintable(variant.name));
        built->files = listFiles(built->out.path());
        QVERIFY2(built->files.contains(u"index.html"_s), qPrintable(variant.name));
        m_sites[variant.name] = std::move(built);
    }
    QVERIFY2(m_baseUrl.isValid() && !m_baseUrl.host().isEmpty(), "the sample blog has no baseURL");
}

void TestSiteCheck::buildHasNoErrors_data()
{
    QTest::addColumn<QString>("build");
    for (const auto &[name, built] : m_sites)
        QTest::newRow(qPrintable(name)) << name;
}

void TestSiteCheck::buildHasNoErrors()
{
    QFETCH(QString, build);
    const BuildReport &report = site(build).report;
    QStringList errors;
    for (const SourceError &error : report.errors)
        errors.append(error.toString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(report.posts > 0);
}

// Every HTML page of the default build and of the build with drafts and scheduled posts.
void TestSiteCheck::pageRows()
{
    QTest::addColumn<QString>("build");
    QTest::addColumn<QString>("file");
    for (const QString &build : {u"default"_s, u"all"_s}) {
        for (const QString &file : site(build).files) {
            if (file.endsWith(u".html"_s))
                QTest::addRow("%s:%s", qPrintable(build), qPrintable(file)) << build << file;
        }
    }
}

PageFacts TestSiteCheck::page(const QString &build, const QString &file) const
{
    return readPage(readFile(site(build).out.filePath(file)));
}

QString TestSiteCheck::targetFile(const QString &build, const QUrl &url) const
{
    QString path = url.path(QUrl::FullyDecoded);
    if (!path.startsWith(u'/') || path.split(u'/').contains(u".."_s))
        return {};
    path.remove(0, 1);
    const QStringList &files = site(build).files;
    if (path.isEmpty() || path.endsWith(u'/'))
        path += u"index.html"_s;
    else if (!files.contains(path))
        path += u"/index.html"_s;
    return files.contains(path) ? path : QString();
}

QStringList TestSiteCheck::unresolved(const QString &build, const QString &pageFile,
                                      const QStringList &links) const
{
    const QUrl pageUrl = m_baseUrl.resolved(QUrl(pageFile));
    QStringList broken;
    for (const QString &link : links) {
        const QUrl url(link);
        const QString scheme = url.scheme();
        if (link.startsWith(u'#') || scheme == u"mailto" || scheme == u"tel")
            continue;
        if (!url.isValid() || (!scheme.isEmpty() && scheme != u"http" && scheme != u"https")) {
            broken.append(link + u" (not a valid web link)"_s);
            continue;
        }
        const QUrl absolute = pageUrl.resolved(url);
        if (absolute.host() != m_baseUrl.host())
            continue;
        if (targetFile(build, absolute).isEmpty())
            broken.append(link);
    }
    return broken;
}

void TestSiteCheck::pageIsWellFormed()
{
    QFETCH(QString, build);
    QFETCH(QString, file);
    const PageFacts facts = page(build, file);
    QVERIFY2(facts.xmlError.isEmpty(), qPrintable(facts.xmlError));
    QCOMPARE(facts.rootElement, u"html"_s);
}

void TestSiteCheck::pageHasOneH1AndLanguage()
{
    QFETCH(QString, build);
    QFETCH(QString, file);
    const PageFacts facts = page(build, file);
    if (!facts.xmlError.isEmpty())
        QSKIP(notCheckable);
    QCOMPARE(facts.h1Count, 1);
    QVERIFY2(!facts.lang.trimmed().isEmpty(), "<html> has no lang attribute");
}

void TestSiteCheck::imagesHaveAlt()
{
    QFETCH(QString, build);
    QFETCH(QString, file);
    const PageFacts facts = page(build, file);
    if (!facts.xmlError.isEmpty())
        QSKIP(notCheckable);
    QVERIFY2(facts.imagesWithoutAlt.isEmpty(),
             qPrintable(u"images without alt: "_s + facts.imagesWithoutAlt.join(u", "_s)));
}

void TestSiteCheck::internalLinksResolve()
{
    QFETCH(QString, build);
    QFETCH(QString, file);
    const PageFacts facts = page(build, file);
    if (!facts.xmlError.isEmpty())
        QSKIP(notCheckable);
    const QStringList broken = unresolved(build, file, facts.links);
    QVERIFY2(broken.isEmpty(),
             qPrintable(u"links to files the build did not write: "_s + broken.join(u", "_s)));
}

// Same-page links (the table of contents, footnotes, the skip link) need their target id.
void TestSiteCheck::fragmentLinksResolve()
{
    QFETCH(QString, build);
    QFETCH(QString, file);
    const PageFacts facts = page(build, file);
    if (!facts.xmlError.isEmpty())
        QSKIP(notCheckable);
    QStringList broken;
    for (const QString &link : facts.links) {
        if (link.startsWith(u'#') && link.size() > 1 &&
            !facts.ids.contains(QUrl::fromPercentEncoding(link.mid(1).toUtf8())))
            broken.append(link);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(u"fragments without a matching id: "_s + broken.join(u", "_s)));
}

void TestSiteCheck::feedParses_data()
{
    QTest::addColumn<QString>("file");
    const QSet<QString> feedNames = {u"index.xml"_s, u"atom.xml"_s, u"feed.json"_s};
    for (const QString &file : site(u"default"_s).files) {
        if (feedNames.contains(QFileInfo(file).fileName()))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestSiteCheck::feedParses()
{
    QFETCH(QString, file);
    const QString build = u"default"_s;
    const QByteArray bytes = readFile(site(build).out.filePath(file));
    QVERIFY(!bytes.isEmpty());
    QStringList itemLinks;

    if (file.endsWith(u".json"_s)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject feed = document.object();
        QVERIFY2(feed.value(u"version"_s).toString().startsWith(u"https://jsonfeed.org/version/1"_s),
                 "not a JSON Feed");
        QVERIFY(!feed.value(u"title"_s).toString().isEmpty());
        for (const QJsonValue &item : feed.value(u"items"_s).toArray())
            itemLinks.append(item.toObject().value(u"url"_s).toString());
    } else {
        QXmlStreamReader reader(bytes);
        QVERIFY(reader.readNextStartElement());
        const bool atom = reader.name() == u"feed";
        if (atom)
            QCOMPARE(reader.namespaceUri().toString(), u"http://www.w3.org/2005/Atom"_s);
        else
            QCOMPARE(reader.name().toString(), u"rss"_s);
        QString parent;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"item" || reader.name() == u"entry") {
                parent = reader.name().toString();
            } else if (!parent.isEmpty() && reader.name() == u"link") {
                itemLinks.append(atom ? reader.attributes().value(u"href"_s).toString()
                                      : reader.readElementText());
                parent.clear();
            }
        }
        QVERIFY2(!reader.hasError(),
                 qPrintable(u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString())));
    }

    QVERIFY2(!itemLinks.isEmpty(), "the feed has no items");
    for (const QString &link : std::as_const(itemLinks)) {
        const QUrl url(link);
        QVERIFY2(url.host() == m_baseUrl.host() && !targetFile(build, url).isEmpty(), qPrintable(link));
    }
}

// The site's feeds, and each category's beside its page.
void TestSiteCheck::siteAndCategoriesHaveFeeds()
{
    const BuiltSite &built = site(u"default"_s);
    QStringList folders = {QString()};
    for (const QString &file : built.files) {
        if (file.startsWith(u"categories/"_s) && file.endsWith(u"/index.html"_s))
            folders.append(QFileInfo(file).path() + u'/');
    }
    QVERIFY2(folders.size() >= 3, "the sample's categories have no pages");
    for (const QString &folder : std::as_const(folders)) {
        for (const QString &feed : {u"index.xml"_s, u"atom.xml"_s, u"feed.json"_s})
            QVERIFY2(built.files.contains(folder + feed), qPrintable(folder + feed));
    }
}

void TestSiteCheck::sitemapLocationsResolve_data()
{
    QTest::addColumn<QString>("build");
    for (const auto &[name, built] : m_sites)
        QTest::newRow(qPrintable(name)) << name;
}

void TestSiteCheck::sitemapLocationsResolve()
{
    QFETCH(QString, build);
    QXmlStreamReader reader(readFile(site(build).out.filePath(u"sitemap.xml"_s)));
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name().toString(), u"urlset"_s);
    QStringList broken;
    int locations = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"loc")
            continue;
        ++locations;
        const QUrl url(reader.readElementText());
        if (url.host() != m_baseUrl.host() || targetFile(build, url).isEmpty())
            broken.append(url.toString());
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY2(locations > 0, "the sitemap lists nothing");
    QVERIFY2(broken.isEmpty(), qPrintable(u"locations without a page: "_s + broken.join(u", "_s)));
}

void TestSiteCheck::unpublishedPosts_data()
{
    QTest::addColumn<QString>("build");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("present");
    QTest::newRow("default: no draft") << u"default"_s << draftFolder << false;
    QTest::newRow("default: no scheduled") << u"default"_s << scheduledFolder << false;
    QTest::newRow("drafts: draft") << u"drafts"_s << draftFolder << true;
    QTest::newRow("drafts: no scheduled") << u"drafts"_s << scheduledFolder << false;
    QTest::newRow("future: no draft") << u"future"_s << draftFolder << false;
    QTest::newRow("future: scheduled") << u"future"_s << scheduledFolder << true;
    QTest::newRow("all: draft") << u"all"_s << draftFolder << true;
    QTest::newRow("all: scheduled") << u"all"_s << scheduledFolder << true;
}

void TestSiteCheck::unpublishedPosts()
{
    QFETCH(QString, build);
    QFETCH(QString, folder);
    QFETCH(bool, present);
    QCOMPARE(site(build).files.contains(folder + u"/index.html"_s), present);
}

// A hidden post must not show up anywhere else either: lists, archive, feeds, sitemap.
void TestSiteCheck::unpublishedPostsLeaveNoTrace()
{
    const BuiltSite &built = site(u"default"_s);
    QStringList leaks;
    for (const QString &file : built.files) {
        const QByteArray bytes = readFile(built.out.filePath(file));
        for (const QString &folder : {draftFolder, scheduledFolder}) {
            if (bytes.contains(QString(u'/' + folder + u'/').toUtf8()))
                leaks.append(file + u" mentions "_s + folder);
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
