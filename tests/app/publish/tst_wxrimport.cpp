#include "blog/blog.h"
#include "blog/post.h"
#include "publish/wordpresshtml.h"
#include "publish/wxrimport.h"
#include "publish/wxrreader.h"
#include "site/sitebuilder.h"
#include "testblog.h"
#include "testimages.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

const QString fixturePath = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/wxr/export.xml");

QByteArray fixture()
{
    QFile file(fixturePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<WxrExport> parse(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return WxrReader::read(buffer, u"export.xml"_s);
}

// Every file below root, relative to it, sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString reportText(const WxrImportReport &report)
{
    QStringList lines;
    if (report.error)
        lines.append(report.error->toString());
    for (const SourceError &problem : report.problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

// Raw HTML bodies: the same output whether or not pandoc is installed.
HtmlToMarkdown rawConverter()
{
    HtmlToMarkdown::Options options;
    options.forceRawHtml = true;
    return HtmlToMarkdown(options);
}

} // namespace

// WxrReader, WordPressHtml and WxrImport: a WordPress export read and imported into a native blog
// that the site builder then builds.
class TestWxrImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsChannelItemsAndAttachments();
    void readsEveryWxrVersion_data();
    void readsEveryWxrVersion();
    void decodesHtmlEntities_data();
    void decodesHtmlEntities();
    void autoParagraphs_data();
    void autoParagraphs();
    void captionsBecomeFigures();
    void malformedExportIsAnErrorAndWritesNothing_data();
    void malformedExportIsAnErrorAndWritesNothing();
    void importWritesPostsAndPages();
    void importedFrontMatter_data();
    void importedFrontMatter();
    void imagesAreCopiedAndLinksRewritten();
    void scriptIsDropped();
    void importedBlogBuilds();
    void rerunSkipsExistingFiles();
    void dryRunWritesNothing();
    void untrustedPathsStayInside_data();
    void untrustedPathsStayInside();
    void refusesFolderThatIsNeitherBlogNorEmpty();
    void importIntoExistingBlogFollowsItsLayout();
    void pandocTurnsBodiesIntoMarkdown();

private:
    // A folder holding the export and, in uploads/, the one image the export's folder has.
    QString makeExportFolder(QTemporaryDir &dir) const;

    QTemporaryDir m_exportDir;
    QTemporaryDir m_work;
    QString m_exportPath;
    QString m_blog; // imported once, by importWritesPostsAndPages
    WxrImportReport m_report;
};

QString TestWxrImport::makeExportFolder(QTemporaryDir &dir) const
{
    const QString path = dir.filePath(u"harbour.WordPress.2024-04-01.xml"_s);
    if (!writeFile(path, fixture()) ||
        !writeFile(dir.filePath(u"uploads/2024/03/harbour.png"_s), onePixelPng))
        return {};
    return path;
}

void TestWxrImport::initTestCase()
{
    QVERIFY(!fixture().isEmpty());
    QVERIFY(m_exportDir.isValid() && m_work.isValid());
    m_exportPath = makeExportFolder(m_exportDir);
    QVERIFY(!m_exportPath.isEmpty());
    m_blog = m_work.filePath(u"harbour"_s);
}

void TestWxrImport::readsChannelItemsAndAttachments()
{
    const Result<WxrExport> wxr = parse(fixture());
    QVERIFY2(wxr, qPrintable(wxr ? QString() : wxr.error().toString()));
    const WxrExport &w = wxr.value();
    QCOMPARE(w.title, u"Harbour Notes & Tides"_s);
    QCOMPARE(w.link, u"https://harbour.example.com"_s);
    QCOMPARE(w.description, u"Notes from a small harbour"_s);
    QCOMPARE(w.language, u"en-GB"_s);
    QCOMPARE(w.author, u"Maya Lindqvist"_s);
    QCOMPARE(w.siteUrls, QStringList{u"https://harbour.example.com"_s});
    QCOMPARE(w.items.size(), 9); // 8 posts (one of them trashed) and 1 page
    QCOMPARE(w.attachments.size(), 2);
    QCOMPARE(w.attachments.value(u"10"_s).url,
             QUrl(u"https://harbour.example.com/wp-content/uploads/2024/03/harbour.png"_s));
    QCOMPARE(w.attachments.value(u"10"_s).parentId, u"11"_s);
    QCOMPARE(w.otherTypes.value(u"nav_menu_item"_s), 1);

    const WxrItem &fish = w.items.at(0);
    QCOMPARE(fish.type, WxrItem::Type::Post);
    QCOMPARE(fish.post.id, u"11"_s);
    QCOMPARE(fish.post.title, u"Fish & Chips \u2013 a <Harbour> \"guide\""_s);
    QCOMPARE(fish.post.slug, u"fish-and-chips"_s);
    QCOMPARE(fish.post.status, u"publish"_s);
    QCOMPARE(fish.post.date, QDateTime(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC));
    QCOMPARE(fish.post.categories, QStringList{u"Food"_s}); // post_format is not a category
    QCOMPARE(fish.post.tags, (QStringList{u"Harbour"_s, u"Recipes & Tips"_s}));
    QCOMPARE(fish.thumbnailId, u"10"_s);
    QVERIFY(fish.post.html.contains(u"<script>"_s)); // read as stored; the import drops it
    QVERIFY(!fish.post.html.contains(u"Squawk"_s));  // comments are not content
    QVERIFY(fish.line > 1);

    // A draft has no GMT date: its local date stands in.
    const WxrItem &draft = w.items.at(2);
    QCOMPARE(draft.post.title, u"Half-written thoughts"_s);
    QCOMPARE(draft.post.date, QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(w.items.last().type, WxrItem::Type::Page);
}

void TestWxrImport::readsEveryWxrVersion_data()
{
    QTest::addColumn<QString>("wpNamespace");
    QTest::addColumn<QString>("excerptNamespace");
    QTest::newRow("1.0") << u"http://wordpress.org/export/1.0/"_s
                         << u"http://wordpress.org/export/1.0/excerpt/"_s;
    QTest::newRow("1.1") << u"http://wordpress.org/export/1.1/"_s
                         << u"http://wordpress.org/export/1.1/excerpt/"_s;
    QTest::newRow("1.2") << u"http://wordpress.org/export/1.2/"_s
                         << u"http://wordpress.org/export/1.2/excerpt/"_s;
    QTest::newRow("https") << u"https://wordpress.org/export/1.2/"_s
                           << u"https://wordpress.org/export/1.2/excerpt/"_s;
}

void TestWxrImport::readsEveryWxrVersion()
{
    QFETCH(QString, wpNamespace);
    QFETCH(QString, excerptNamespace);
    // Other prefixes than wp: and excerpt: too: only the namespace URI counts.
    const QString xml =
        u"<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:x=\"%1\" xmlns:ex=\"%2\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel><title>T</title>"
        "<item><title>One</title><x:post_type>post</x:post_type><x:status>publish</x:status>"
        "<x:post_name>one</x:post_name><ex:encoded>Short.</ex:encoded>"
        "<content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item></channel></rss>\n"_s.arg(
            wpNamespace, excerptNamespace);
    const Result<WxrExport> wxr = parse(xml.toUtf8());
    QVERIFY2(wxr, qPrintable(wxr ? QString() : wxr.error().toString()));
    QCOMPARE(wxr.value().items.size(), 1);
    QCOMPARE(wxr.value().items.at(0).post.slug, u"one"_s);
    QCOMPARE(wxr.value().items.at(0).post.excerpt, u"Short."_s);
    QCOMPARE(wxr.value().items.at(0).post.html, u"<p>Body</p>"_s);
}

void TestWxrImport::decodesHtmlEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << u"Fish and chips"_s << u"Fish and chips"_s;
    QTest::newRow("named") << u"Fish &amp; Chips &lt;3 &quot;x&quot;"_s << u"Fish & Chips <3 \"x\""_s;
    QTest::newRow("decimal") << u"a &#8211; b &#038; c"_s << u"a \u2013 b & c"_s;
    QTest::newRow("hex") << u"&#x2019;tis"_s << u"\u2019tis"_s;
    QTest::newRow("typographic") << u"&ldquo;Hi&rdquo;&hellip;"_s << u"\u201cHi\u201d\u2026"_s;
    QTest::newRow("unknown stays") << u"&bogus; &"_s << u"&bogus; &"_s;
    QTest::newRow("decoded once") << u"&amp;amp;"_s << u"&amp;"_s;
    QTest::newRow("surrogate refused") << u"&#xD800;"_s << u"&#xD800;"_s;
}

void TestWxrImport::decodesHtmlEntities()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    QCOMPARE(WxrReader::decodeHtmlEntities(text), decoded);
}

void TestWxrImport::autoParagraphs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << u"One\nline two\n\nThree"_s
                                << u"<p>One<br />\nline two</p>\n\n<p>Three</p>"_s;
    QTest::newRow("crlf") << u"One\r\n\r\nTwo"_s << u"<p>One</p>\n\n<p>Two</p>"_s;
    QTest::newRow("block kept") << u"<h2>Head</h2>\n\nText"_s << u"<h2>Head</h2>\n\n<p>Text</p>"_s;
    QTest::newRow("pre kept") << u"A\n\n<pre>x\n\ny</pre>\n\nB"_s
                              << u"<p>A</p>\n\n<pre>x\n\ny</pre>\n\n<p>B</p>"_s;
    QTest::newRow("has paragraphs") << u"<p>A</p>\n\nB"_s << u"<p>A</p>\n\nB"_s;
    QTest::newRow("block editor") << u"<!-- wp:heading -->\n<h2>A</h2>\n<!-- /wp:heading -->"_s
                                  << u"<!-- wp:heading -->\n<h2>A</h2>\n<!-- /wp:heading -->"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWxrImport::autoParagraphs()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(WordPressHtml::autoParagraphs(html), expected);
}

void TestWxrImport::captionsBecomeFigures()
{
    QCOMPARE(
        WordPressHtml::captions(u"a [caption id=\"x\" width=\"3\"]<img src=\"p.png\" /> Dawn[/caption] b"_s),
        u"a <figure><img src=\"p.png\" /><figcaption>Dawn</figcaption></figure> b"_s);
    QCOMPARE(WordPressHtml::captions(u"[caption]no image[/caption]"_s), u"no image"_s);
}

void TestWxrImport::malformedExportIsAnErrorAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head =
        "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n";
    QTest::newRow("mismatched tag") << head + "<item><title>A</item>\n</channel></rss>\n"
                                    << 4 << 21 << u"not well-formed"_s;
    QTest::newRow("undefined entity") << head + "<title>A &nbsp; B</title>\n</channel></rss>\n"
                                      << 4 << 15 << u"not well-formed"_s;
    QTest::newRow("undeclared prefix") << head + "<item><dc:creator>x</dc:creator></item></channel></rss>"
                                       << 4 << 18 << u"not well-formed"_s;
    QTest::newRow("truncated") << head + "<item><title>A</title>\n<wp:post_type>po" << 5 << 16
                               << u"not well-formed"_s;
    QTest::newRow("empty file") << QByteArray() << 1 << 1 << u"not well-formed"_s;
    QTest::newRow("not rss") << QByteArray("<?xml version=\"1.0\"?>\n<feed>\n</feed>\n") << 2 << 6
                             << u"<feed>"_s;
    QTest::newRow("rss feed, no wp") << QByteArray(
                                            "<rss><channel><title>T</title><item><title>A</title></item>"
                                            "</channel></rss>")
                                     << 0 << 0 << u"RSS feed"_s;
}

void TestWxrImport::malformedExportIsAnErrorAndWritesNothing()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<WxrExport> wxr = parse(xml);
    QVERIFY(!wxr);
    QCOMPARE(wxr.error().file, u"export.xml"_s);
    QVERIFY2(wxr.error().message.contains(message), qPrintable(wxr.error().message));
    QCOMPARE(wxr.error().line, line);
    QCOMPARE(wxr.error().column, column);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.xml"_s);
    QVERIFY(writeFile(path, xml));
    const WxrImportReport report = WxrImport(rawConverter()).importFile(path, dir.filePath(u"blog"_s));
    QVERIFY(report.error);
    QCOMPARE(report.error->line, line);
    QCOMPARE(report.created, 0);
    QVERIFY(report.files.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"blog"_s)));
}

void TestWxrImport::importWritesPostsAndPages()
{
    m_report = WxrImport(rawConverter()).importFile(m_exportPath, m_blog);
    QVERIFY2(!m_report.error && m_report.problems.isEmpty(), qPrintable(reportText(m_report)));
    QVERIFY(m_report.createdBlog);
    QCOMPARE(m_report.created, 8);
    QCOMPARE(m_report.images, 2);  // the post's bundle copy and the page's static copy
    QCOMPARE(m_report.skipped, 1); // the trashed post
    QVERIFY(m_report.skippedReasons.join(u'\n').contains(u"nav_menu_item"_s));

    QCOMPARE(
        filesBelow(m_blog),
        (QStringList{u".gitignore"_s, u"blog.yaml"_s, u"pages/about.md"_s, u"posts/cafe-notes.md"_s,
                     u"posts/fish-and-chips/harbour.png"_s, u"posts/fish-and-chips/index.md"_s,
                     u"posts/half-written-thoughts.md"_s, u"posts/only-for-me.md"_s,
                     u"posts/the-lighthouse.md"_s, u"posts/tide-tables.md"_s,
                     u"posts/waiting-for-review.md"_s, u"static/wp-content/uploads/2024/03/harbour.png"_s}));
    QStringList reported = m_report.files;
    reported.append(u".gitignore"_s); // made with the blog, not listed
    reported.sort();
    QCOMPARE(reported, filesBelow(m_blog));

    // The new blog's settings come from the channel.
    const Result<Blog> blog = Blog::open(m_blog);
    QVERIFY2(blog, qPrintable(blog ? QString() : blog.error().toString()));
    QCOMPARE(blog.value().settings().title, u"Harbour Notes & Tides"_s);
    QCOMPARE(blog.value().settings().description, u"Notes from a small harbour"_s);
    QCOMPARE(blog.value().settings().author, u"Maya Lindqvist"_s);
    QCOMPARE(blog.value().settings().baseUrl, u"https://harbour.example.com/"_s);
    QCOMPARE(blog.value().settings().language, u"en-GB"_s);

    // Every post and page reads back without an error.
    for (const Post &post : blog.value().scanPosts() + blog.value().scanPages())
        QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
    QCOMPARE(blog.value().scanPosts().size(), 7);
    QCOMPARE(blog.value().scanPages().size(), 1);
}

void TestWxrImport::importedFrontMatter_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("cover");
    QTest::addColumn<QStringList>("aliases");
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };

    QTest::newRow("entities, bundle, cover")
        << u"posts/fish-and-chips/index.md"_s << u"Fish & Chips \u2013 a <Harbour> \"guide\""_s
        << utc(2024, 3, 5, 9, 30) << false << QStringList{u"Food"_s}
        << QStringList{u"Harbour"_s, u"Recipes & Tips"_s} << u"Where to eat fish & chips by the water."_s
        << u"fish-and-chips"_s << u"harbour.png"_s << QStringList{u"/2024/03/05/fish-and-chips/"_s};
    QTest::newRow("uncategorized, missing image")
        << u"posts/the-lighthouse.md"_s << u"The lighthouse"_s << utc(2024, 3, 6, 9, 0) << false
        << QStringList() << QStringList() << QString() << u"the-lighthouse"_s << QString()
        << QStringList{u"/2024/03/06/the-lighthouse/"_s};
    QTest::newRow("draft without slug")
        << u"posts/half-written-thoughts.md"_s << u"Half-written thoughts"_s << utc(2024, 4, 1, 10, 0) << true
        << QStringList{u"Food"_s} << QStringList() << QString() << QString() << QString() << QStringList();
    QTest::newRow("scheduled") << u"posts/tide-tables.md"_s << u"Tide tables for next year"_s
                               << utc(2099, 1, 1, 6, 0) << false << QStringList() << QStringList()
                               << QString() << u"tide-tables"_s << QString() << QStringList();
    QTest::newRow("private") << u"posts/only-for-me.md"_s << u"Only for me"_s << utc(2024, 2, 1, 12, 0)
                             << true << QStringList() << QStringList() << QString() << u"only-for-me"_s
                             << QString() << QStringList();
    QTest::newRow("pending") << u"posts/waiting-for-review.md"_s << u"Waiting for review"_s
                             << utc(2024, 2, 2, 12, 0) << true << QStringList() << QStringList() << QString()
                             << u"waiting-for-review"_s << QString() << QStringList();
    QTest::newRow("percent-encoded slug")
        << u"posts/cafe-notes.md"_s << u"Caf\u00e9 notes"_s << utc(2024, 1, 20, 8, 15) << false
        << QStringList{u"Design"_s} << QStringList{u"Coffee"_s} << QString() << u"caf\u00e9-notes"_s
        << QString() << QStringList{u"/2024/01/20/caf\u00e9-notes/"_s};
    QTest::newRow("page") << u"pages/about.md"_s << u"About"_s << utc(2023, 12, 1, 12, 0) << false
                          << QStringList() << QStringList() << QString() << u"about"_s << QString()
                          << QStringList();
}

void TestWxrImport::importedFrontMatter()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QDateTime, date);
    QFETCH(bool, draft);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, tags);
    QFETCH(QString, summary);
    QFETCH(QString, slug);
    QFETCH(QString, cover);
    QFETCH(QStringList, aliases);
    const Post post = Post::load(QDir(m_blog).filePath(file), m_blog,
                                 file.startsWith(u"pages/"_s) ? Post::Kind::Page : Post::Kind::Post);
    QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
    QCOMPARE(post.metadata.title, title);
    QCOMPARE(post.metadata.date, date);
    QCOMPARE(post.metadata.date.offsetFromUtc(), 0);
    QCOMPARE(post.metadata.draft, draft);
    QCOMPARE(post.metadata.categories, categories);
    QCOMPARE(post.metadata.tags, tags);
    QCOMPARE(post.metadata.summary, summary);
    QCOMPARE(post.metadata.slug, slug);
    QCOMPARE(post.metadata.cover, cover);
    QCOMPARE(post.metadata.aliases, aliases);
}

void TestWxrImport::imagesAreCopiedAndLinksRewritten()
{
    const QDir blog(m_blog);
    QFile copied(blog.filePath(u"posts/fish-and-chips/harbour.png"_s));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), onePixelPng);

    // The resized copy the post showed is not in the export: the original stands in; srcset is gone.
    const QString fish = readText(blog.filePath(u"posts/fish-and-chips/index.md"_s));
    QVERIFY2(fish.contains(u"src=\"harbour.png\""_s), qPrintable(fish));
    QVERIFY(fish.contains(u"<figcaption>The harbour at dawn</figcaption>"_s));
    QVERIFY(!fish.contains(u"srcset"_s));
    QVERIFY(!fish.contains(u"wp-content/uploads"_s));

    // The missing image keeps its remote address, and the warning names it.
    const QString lighthouse = readText(blog.filePath(u"posts/the-lighthouse.md"_s));
    QVERIFY(lighthouse.contains(u"https://harbour.example.com/wp-content/uploads/2024/03/lighthouse.jpg"_s));
    QCOMPARE(m_report.warnings.filter(u"lighthouse.jpg"_s).size(), 1);
    QVERIFY(m_report.warnings.filter(u"lighthouse.jpg"_s).constFirst().contains(u"The lighthouse"_s));

    // A page's image keeps its old address, below static/.
    const QString about = readText(blog.filePath(u"pages/about.md"_s));
    QVERIFY2(about.contains(u"src=\"/wp-content/uploads/2024/03/harbour.png\""_s), qPrintable(about));
    QVERIFY(about.contains(u"<p>I write about the harbour.</p>"_s)); // classic paragraphs
}

void TestWxrImport::scriptIsDropped()
{
    const QString fish = readText(QDir(m_blog).filePath(u"posts/fish-and-chips/index.md"_s));
    QVERIFY(!fish.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!fish.contains(u"stolen cookies"_s));
    QVERIFY(fish.contains(u"Vinegar, always."_s));
}

void TestWxrImport::importedBlogBuilds()
{
    QTemporaryDir out;
    BuildOptions options;
    options.outputPath = out.path();
    options.now = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
    const Result<Blog> blog = Blog::open(m_blog);
    QVERIFY(blog);
    SiteBuilder builder(blog.value(), options);
    const BuildReport report = builder.build();
    QStringList errors;
    for (const SourceError &error : report.errors)
        errors.append(error.toString());
    QVERIFY2(report.errors.isEmpty() && !report.fatal, qPrintable(errors.join(u'\n')));
    QCOMPARE(report.posts, 3); // drafts and the scheduled post are not published

    const QDir site(out.path());
    for (const QString &file :
         {u"posts/fish-and-chips/index.html"_s, u"posts/fish-and-chips/harbour.png"_s,
          u"posts/the-lighthouse/index.html"_s, u"posts/cafe-notes/index.html"_s, u"about/index.html"_s,
          u"wp-content/uploads/2024/03/harbour.png"_s, u"categories/food/index.html"_s,
          u"tags/recipes-tips/index.html"_s, u"2024/03/05/fish-and-chips/index.html"_s})
        QVERIFY2(QFileInfo::exists(site.filePath(file)), qPrintable(file));
    for (const QString &file : {u"posts/tide-tables/index.html"_s, u"posts/only-for-me/index.html"_s,
                                u"posts/half-written-thoughts/index.html"_s})
        QVERIFY2(!QFileInfo::exists(site.filePath(file)), qPrintable(file));
    const QString page = readText(site.filePath(u"posts/fish-and-chips/index.html"_s));
    QVERIFY(page.contains(u"Fish &amp; Chips \u2013 a &lt;Harbour&gt;"_s));
    QVERIFY(!page.contains(u"stolen cookies"_s));
}

void TestWxrImport::rerunSkipsExistingFiles()
{
    QHash<QString, QByteArray> before;
    QHash<QString, QDateTime> modified;
    for (const QString &file : filesBelow(m_blog)) {
        QFile f(QDir(m_blog).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        before.insert(file, f.readAll());
        modified.insert(file, QFileInfo(f).lastModified());
    }
    const WxrImportReport again = WxrImport(rawConverter()).importFile(m_exportPath, m_blog);
    QVERIFY2(!again.error && again.problems.isEmpty(), qPrintable(reportText(again)));
    QVERIFY(!again.createdBlog);
    QCOMPARE(again.created, 0);
    QCOMPARE(again.images, 0);
    QCOMPARE(again.skipped, 9);
    QVERIFY(again.files.isEmpty());
    QVERIFY(again.skippedReasons.join(u'\n').contains(u"posts/fish-and-chips/index.md already exists"_s));
    QStringList expected = before.keys();
    expected.sort();
    QCOMPARE(filesBelow(m_blog), expected);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QFile f(QDir(m_blog).filePath(it.key()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), it.value());
        QCOMPARE(QFileInfo(f).lastModified(), modified.value(it.key()));
    }
}

void TestWxrImport::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"new-blog"_s);
    WxrImportOptions options;
    options.dryRun = true;
    const WxrImportReport report = WxrImport(rawConverter()).importFile(m_exportPath, root, options);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(reportText(report)));
    QVERIFY(!QFileInfo::exists(root));
    QVERIFY(report.createdBlog);
    QCOMPARE(report.created, m_report.created);
    QCOMPARE(report.images, m_report.images);
    QCOMPARE(report.files, m_report.files);
}

void TestWxrImport::untrustedPathsStayInside_data()
{
    QTest::addColumn<QString>("src");
    QTest::newRow("dot-dot") << u"https://harbour.example.com/wp-content/uploads/../../outside/secret.png"_s;
    QTest::newRow("encoded dot-dot")
        << u"https://harbour.example.com/wp-content/uploads/%2e%2e/%2e%2e/outside/secret.png"_s;
    QTest::newRow("encoded slash")
        << u"https://harbour.example.com/wp-content/uploads/..%2f..%2foutside%2fsecret.png"_s;
    QTest::newRow("backslash")
        << u"https://harbour.example.com/wp-content/uploads/..\\..\\outside\\secret.png"_s;
    QTest::newRow("file url") << u"file:///wp-content/uploads/secret.png"_s;
    QTest::newRow("other host") << u"https://evil.example.net/wp-content/uploads/2024/03/secret.png"_s;
    QTest::newRow("symlink out") << u"https://harbour.example.com/wp-content/uploads/2024/03/link.png"_s;
}

void TestWxrImport::untrustedPathsStayInside()
{
    QFETCH(QString, src);
    QTemporaryDir dir;
    // work/export/ holds the export; work/outside/ is a folder the export must not reach.
    QVERIFY(writeFile(dir.filePath(u"outside/secret.png"_s), "SECRET"));
    QVERIFY(writeFile(dir.filePath(u"export/secret.png"_s), "SECRET")); // beside the .xml, from elsewhere
    QVERIFY(QDir().mkpath(dir.filePath(u"export/uploads/2024/03"_s)));
    QVERIFY(QFile::link(dir.filePath(u"outside/secret.png"_s),
                        dir.filePath(u"export/uploads/2024/03/link.png"_s)));
    const QString xml =
        u"<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" "
        u"xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        "<channel><title>T</title><link>https://harbour.example.com</link><item><title>Sneaky</title>"
        "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>sneaky</wp:post_name>"
        "<content:encoded><![CDATA[<p><img src=\"%1\" alt=\"x\" /></p>]]></content:encoded></item></channel></rss>"_s
            .arg(src);
    QVERIFY(writeFile(dir.filePath(u"export/export.xml"_s), xml.toUtf8()));
    const QString root = dir.filePath(u"blog"_s);
    const WxrImportReport report =
        WxrImport(rawConverter()).importFile(dir.filePath(u"export/export.xml"_s), root);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(reportText(report)));
    QCOMPARE(report.images, 0);
    QCOMPARE(filesBelow(root), (QStringList{u".gitignore"_s, u"blog.yaml"_s, u"posts/sneaky.md"_s}));
    QCOMPARE(filesBelow(dir.filePath(u"outside"_s)), QStringList{u"secret.png"_s});
    QVERIFY(!readText(QDir(root).filePath(u"posts/sneaky.md"_s)).contains(u"SECRET"_s));
}

void TestWxrImport::refusesFolderThatIsNeitherBlogNorEmpty()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "mine"));
    const WxrImportReport report = WxrImport(rawConverter()).importFile(m_exportPath, dir.path());
    QVERIFY(report.error);
    QVERIFY(report.error->message.contains(u"blog.yaml"_s));
    QCOMPARE(filesBelow(dir.path()), QStringList{u"notes.txt"_s});
}

void TestWxrImport::importIntoExistingBlogFollowsItsLayout()
{
    TestBlog blog;
    blog.writePost(u"posts/design/grids.md"_s, u"Grids"_s, u"2024-01-01"_s, u"Design"_s);
    blog.writePost(u"posts/food/bread.md"_s, u"Bread"_s, u"2024-01-02"_s, u"Food"_s);
    blog.writePost(u"posts/food/the-lighthouse.md"_s, u"My lighthouse"_s, u"2024-01-03"_s, u"Food"_s);
    const WxrImportReport report = WxrImport(rawConverter()).importFile(m_exportPath, blog.root());
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(reportText(report)));
    QVERIFY(!report.createdBlog);
    QVERIFY(report.files.contains(u"posts/food/fish-and-chips/index.md"_s));
    QVERIFY(report.files.contains(u"posts/design/cafe-notes.md"_s));
    QVERIFY(report.files.contains(u"posts/food/half-written-thoughts.md"_s));
    // The blog already has a post with this slug: left alone.
    QVERIFY(report.skippedReasons.join(u'\n').contains(u"posts/food/the-lighthouse.md already exists"_s));
    QCOMPARE(blog.read(u"posts/food/the-lighthouse.md"_s).contains("My lighthouse"), true);
    QVERIFY(!QFileInfo::exists(blog.path(u".gitignore"_s)));
}

void TestWxrImport::pandocTurnsBodiesIntoMarkdown()
{
    const HtmlToMarkdown pandoc;
    if (!pandoc.usesPandoc())
        QSKIP("pandoc is not installed");
    QTemporaryDir dir;
    const QString root = dir.filePath(u"blog"_s);
    const WxrImportReport report = WxrImport(pandoc).importFile(m_exportPath, root);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(reportText(report)));
    QVERIFY(report.warnings.filter(u"pandoc"_s).isEmpty());
    const QString cafe = readText(QDir(root).filePath(u"posts/cafe-notes.md"_s));
    QVERIFY2(cafe.contains(u"Block **editor** text."_s), qPrintable(cafe));
    QVERIFY(!cafe.contains(u"wp:paragraph"_s));
    const QString fish = readText(QDir(root).filePath(u"posts/fish-and-chips/index.md"_s));
    QVERIFY2(fish.contains(u"harbour.png"_s) && !fish.contains(u"wp-content"_s), qPrintable(fish));
    QVERIFY(!fish.contains(u"stolen cookies"_s));
    const QString about = readText(QDir(root).filePath(u"pages/about.md"_s));
    QVERIFY2(about.contains(u"![Our harbour](/wp-content/uploads/2024/03/harbour.png)"_s), qPrintable(about));
}

QTEST_GUILESS_MAIN(TestWxrImport)
#include "tst_wxrimport.moc"
