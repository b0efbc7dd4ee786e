#include "site/sitebuilder.h"
#include "testblog.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace Postwright;
using Postwright::Test::TestBlog;

// The builder end to end on small blogs: what it publishes, and above all what an incremental
// build rewrites after each kind of edit (the build graph).
class TestSiteBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void publishesPostsListsFeedsAndExtras();
    void draftsAndFuturePosts_data();
    void draftsAndFuturePosts();
    void secondBuildTouchesNothing();
    void incrementalRebuildSets_data();
    void incrementalRebuildSets();
    void deletedPostIsRemovedEverywhere();
    void brokenFrontMatterIsReportedAndSkipped();
    void duplicateAddressNamesBothFiles();
    void templateErrorNamesTemplateAndLine();
    void outputInsideBlogIsRefused();
    void bundleImagesAndStaticFilesAreCopied();
    void aliasesRedirect();
    void navigationMarksCurrentCategoryAndLinksIcon();
    void mathPagesLoadKatex();
    void mathWithoutKatexIsAWarning();
    void rawHtmlIsPublishedAsWritten_data();
    void rawHtmlIsPublishedAsWritten();

private:
    BuildReport build(bool drafts = false, bool future = false);
    QString out(const QString &relative) const { return m_out + u'/' + relative; }
    QByteArray readOut(const QString &relative) const;

    std::unique_ptr<TestBlog> m_blog;
    QString m_out;
    QDateTime m_now;
    QString m_katexPath; // null: BuildOptions' default
};

namespace {

QByteArray post(const QString &title, const QString &date, const QString &category, const QString &extra = {},
                const QString &body = QStringLiteral("First paragraph of the post.\n\n## Section\n\nMore text.\n"))
{
    return QStringLiteral("---\ntitle: \"%1\"\ndate: %2\ncategories: [%3]\ntags: [shared]\n%4---\n%5")
        .arg(title, date, category, extra, body)
        .toUtf8();
}

} // namespace

void TestSiteBuilder::init()
{
    m_blog = std::make_unique<TestBlog>("title: Test Site\ndescription: A *test* blog.\nbaseURL: https://example.org/\n"
                                        "permalink: \"/:year/:slug/\"\nauthor: Ada\n");
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Design"));
    m_blog->write("posts/design/beta.md", post("Beta", "2026-02-10", "Design"));
    m_blog->write("posts/devops/gamma.md", post("Gamma", "2026-03-10", "DevOps"));
    m_blog->write("pages/about.md", "---\ntitle: About\n---\nHello.\n");
    m_out = m_blog->path("public");
    m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

void TestSiteBuilder::cleanup()
{
    m_blog.reset();
    m_katexPath = QString();
}

BuildReport TestSiteBuilder::build(bool drafts, bool future)
{
    BuildOptions options;
    options.outputPath = m_out;
    options.includeDrafts = drafts;
    options.includeFuture = future;
    options.now = m_now;
    if (!m_katexPath.isNull())
        options.katexPath = m_katexPath;
    SiteBuilder builder(Blog::open(m_blog->root()).value(), options);
    return builder.build();
}

QByteArray TestSiteBuilder::readOut(const QString &relative) const
{
    QFile file(out(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSiteBuilder::publishesPostsListsFeedsAndExtras()
{
    const BuildReport report = build();
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.posts, 3);
    for (const char *file : {"index.html", "2026/alpha/index.html", "2026/beta/index.html", "2026/gamma/index.html",
                             "about/index.html", "categories/design/index.html", "categories/devops/index.html",
                             "tags/shared/index.html", "2026/index.html", "archive/index.html", "404.html",
                             "index.xml", "atom.xml", "feed.json", "categories/design/index.xml", "sitemap.xml",
                             "robots.txt", "assets/style.css"})
        QVERIFY2(QFileInfo::exists(out(QString::fromLatin1(file))), file);

    const QByteArray home = readOut("index.html");
    // Newest first, with summaries from the first paragraph.
    QVERIFY(home.indexOf("Gamma") < home.indexOf("Beta"));
    QVERIFY(home.indexOf("Beta") < home.indexOf("Alpha"));
    QVERIFY(home.contains("First paragraph of the post."));
    QVERIFY(home.contains("A <em>test</em> blog."));

    const QByteArray beta = readOut("2026/beta/index.html");
    QVERIFY(beta.contains("<link rel=\"canonical\" href=\"https://example.org/2026/beta/\" />"));
    QVERIFY(beta.contains("id=\"section\""));        // heading ids for anchors
    QVERIFY(beta.contains("href=\"/2026/alpha/\"")); // older neighbour
    QVERIFY(beta.contains("href=\"/2026/gamma/\"")); // newer neighbour
    QVERIFY(readOut("robots.txt").contains("Sitemap: https://example.org/sitemap.xml"));
    QVERIFY(QFileInfo::exists(m_blog->path(".postwright/build-cache")));
}

void TestSiteBuilder::draftsAndFuturePosts_data()
{
    QTest::addColumn<bool>("drafts");
    QTest::addColumn<bool>("future");
    QTest::addColumn<bool>("draftPublished");
    QTest::addColumn<bool>("futurePublished");

    QTest::newRow("default") << false << false << false << false;
    QTest::newRow("--drafts") << true << false << true << false;
    QTest::newRow("--future") << false << true << false << true;
    QTest::newRow("both") << true << true << true << true;
}

void TestSiteBuilder::draftsAndFuturePosts()
{
    QFETCH(bool, drafts);
    QFETCH(bool, future);
    m_blog->write("posts/design/draft.md", post("Draft", "2026-04-01", "Design", "draft: true\n"));
    m_blog->write("posts/design/later.md", post("Later", "2027-01-01", "Design"));
    const BuildReport report = build(drafts, future);
    QVERIFY(report.errors.isEmpty());
    QTEST(QFileInfo::exists(out("2026/draft/index.html")), "draftPublished");
    QTEST(QFileInfo::exists(out("2027/later/index.html")), "futurePublished");
    QTEST(readOut("index.xml").contains("/2026/draft/"), "draftPublished");
    QTEST(readOut("sitemap.xml").contains("/2027/later/"), "futurePublished");
}

void TestSiteBuilder::secondBuildTouchesNothing()
{
    build();
    const QDateTime before = QFileInfo(out("2026/alpha/index.html")).lastModified();
    QThread::msleep(20);
    const BuildReport second = build();
    QVERIFY(second.errors.isEmpty());
    QCOMPARE(second.written, QStringList());
    QVERIFY(second.unchanged > 20);
    QCOMPARE(QFileInfo(out("2026/alpha/index.html")).lastModified(), before);
}

void TestSiteBuilder::incrementalRebuildSets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");

    // A later paragraph changes the page and the feeds that carry full content, nothing else.
    QTest::newRow("body edit below the summary")
        << "posts/design/alpha.md"
        << post("Alpha", "2026-01-10", "Design", {}, "First paragraph of the post.\n\n## Section\n\nEdited text.\n")
        << QStringList{"2026/alpha/index.html", "atom.xml", "categories/design/atom.xml", "categories/design/feed.json",
                       "categories/design/index.xml", "feed.json", "index.xml"};
    // The summary shows on every list the post is on.
    QTest::newRow("summary edit")
        << "posts/design/alpha.md"
        << post("Alpha", "2026-01-10", "Design", {}, "A new first paragraph.\n\n## Section\n\nMore text.\n")
        << QStringList{"2026/alpha/index.html", "2026/index.html", "atom.xml", "categories/design/atom.xml",
                       "categories/design/feed.json", "categories/design/index.html", "categories/design/index.xml",
                       "feed.json", "index.html", "index.xml", "tags/shared/index.html"};
    // A title shows on lists, the archive, feeds and the neighbours' previous/next links.
    QTest::newRow("title edit")
        << "posts/design/beta.md" << post("Beta Two", "2026-02-10", "Design")
        << QStringList{"2026/alpha/index.html", "2026/beta/index.html", "2026/gamma/index.html", "2026/index.html",
                       "archive/index.html", "atom.xml", "categories/design/atom.xml", "categories/design/feed.json",
                       "categories/design/index.html", "categories/design/index.xml", "feed.json", "index.html",
                       "index.xml", "tags/shared/index.html"};
    // A new page shows in every page's navigation; the sitemap lists it.
    QTest::newRow("new page") << "pages/now.md" << QByteArray("---\ntitle: Now\n---\nBusy.\n") << QStringList{};
    // A template edit re-renders every page that uses it (here: posts only).
    QTest::newRow("theme override")
        << "theme/templates/partials/post-nav.mustache" << QByteArray("<nav class=\"post-nav\"></nav>\n")
        << QStringList{};
}

void TestSiteBuilder::incrementalRebuildSets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);

    QVERIFY(build().errors.isEmpty());
    QThread::msleep(10); // a new mtime for the edited file
    m_blog->write(file, content);
    const BuildReport report = build();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    if (QTest::currentDataTag() == QByteArray("new page")) {
        // Navigation is on every page: all HTML is rewritten, feeds and assets are not.
        QVERIFY(report.written.contains("now/index.html"));
        QVERIFY(report.written.contains("sitemap.xml"));
        QVERIFY(report.written.contains("2026/alpha/index.html"));
        QVERIFY(!report.written.contains("index.xml"));
        QVERIFY(!report.written.contains("assets/style.css"));
        return;
    }
    if (QTest::currentDataTag() == QByteArray("theme override")) {
        QCOMPARE(report.written, (QStringList{"2026/alpha/index.html", "2026/beta/index.html", "2026/gamma/index.html"}));
        return;
    }
    QCOMPARE(report.written, expected);
}

void TestSiteBuilder::deletedPostIsRemovedEverywhere()
{
    build();
    QVERIFY(m_blog->remove("posts/devops/gamma.md"));
    const BuildReport report = build();
    QVERIFY(report.removed.contains("2026/gamma/index.html"));
    QVERIFY(report.removed.contains("categories/devops/index.html"));
    QVERIFY(!QFileInfo::exists(out("2026/gamma")));
    QVERIFY(!QFileInfo::exists(out("categories/devops")));
    QVERIFY(!readOut("index.html").contains("Gamma"));
    QVERIFY(!readOut("sitemap.xml").contains("/2026/gamma/"));
}

void TestSiteBuilder::brokenFrontMatterIsReportedAndSkipped()
{
    m_blog->write("posts/design/broken.md", "---\ntitle: Broken\ndate: [2026\n---\nBody\n");
    const BuildReport report = build();
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().file, QStringLiteral("posts/design/broken.md"));
    QCOMPARE(report.errors.first().line, 3);
    QCOMPARE(report.posts, 3); // the rest of the site is built
    QVERIFY(QFileInfo::exists(out("2026/alpha/index.html")));
    QVERIFY(!report.failed(false));
    QVERIFY(report.failed(true)); // --strict
}

void TestSiteBuilder::duplicateAddressNamesBothFiles()
{
    m_blog->write("posts/devops/alpha-again.md", post("Alpha again", "2026-05-01", "DevOps", "slug: alpha\n"));
    const BuildReport report = build();
    QCOMPARE(report.errors.size(), 1);
    const SourceError &error = report.errors.first();
    // The newer post keeps the address; the error names the other file and the shared address.
    QCOMPARE(error.file, QStringLiteral("posts/design/alpha.md"));
    QVERIFY2(error.message.contains("posts/devops/alpha-again.md"), qPrintable(error.message));
    QVERIFY(error.message.contains("/2026/alpha/"));
}

void TestSiteBuilder::templateErrorNamesTemplateAndLine()
{
    m_blog->write("theme/templates/404.mustache", "<html>\n<body>\n{{#open}}\n</body>\n</html>\n");
    const BuildReport report = build();
    QVERIFY(report.fatal);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().file.contains("404.mustache"), qPrintable(report.errors.first().toString()));
    QCOMPARE(report.errors.first().line, 3);
}

void TestSiteBuilder::outputInsideBlogIsRefused()
{
    m_out = m_blog->root();
    const BuildReport report = build();
    QVERIFY(report.fatal);
    QVERIFY(!report.errors.isEmpty());
    QVERIFY(QFileInfo::exists(m_blog->path("posts/design/alpha.md")));
}

void TestSiteBuilder::bundleImagesAndStaticFilesAreCopied()
{
    m_blog->write("posts/design/bundle/index.md",
                  post("Bundle", "2026-06-01", "Design", "cover: cover.png\n", "![A diagram](diagram.png)\n"));
    m_blog->write("posts/design/bundle/diagram.png", "png-bytes");
    m_blog->write("posts/design/bundle/cover.png", "cover-bytes");
    m_blog->write("static/CNAME", "example.org\n");
    m_blog->write("static/robots.txt", "User-agent: *\nDisallow: /private/\n");
    QVERIFY(build().errors.isEmpty());
    QCOMPARE(readOut("2026/bundle/diagram.png"), QByteArray("png-bytes"));
    QVERIFY(readOut("2026/bundle/index.html").contains("<img src=\"diagram.png\" alt=\"A diagram\""));
    QVERIFY(readOut("2026/bundle/index.html").contains("og:image\" content=\"https://example.org/2026/bundle/cover.png\""));
    QCOMPARE(readOut("CNAME"), QByteArray("example.org\n"));
    // static/ wins over a generated file of the same name.
    QCOMPARE(readOut("robots.txt"), QByteArray("User-agent: *\nDisallow: /private/\n"));
}

void TestSiteBuilder::aliasesRedirect()
{
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Design", "aliases: [/old/alpha/]\n"));
    QVERIFY(build().errors.isEmpty());
    const QByteArray redirect = readOut("old/alpha/index.html");
    QVERIFY(redirect.contains("http-equiv=\"refresh\" content=\"0; url=https://example.org/2026/alpha/\""));
    QVERIFY(redirect.contains("rel=\"canonical\""));
}

void TestSiteBuilder::navigationMarksCurrentCategoryAndLinksIcon()
{
    QVERIFY(build().errors.isEmpty());
    QVERIFY(!readOut("index.html").contains("rel=\"icon\""));
    QVERIFY(readOut("categories/design/index.html").contains("<a href=\"/categories/design/\" aria-current=\"page\">Design</a>"));
    QVERIFY(readOut("categories/design/index.html").contains("<a href=\"/categories/devops/\">DevOps</a>"));
    QVERIFY(!readOut("index.html").contains("/categories/design/\" aria-current"));

    // An icon in static/ is linked from every page, which are rebuilt for it.
    m_blog->write("static/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    const BuildReport report = build();
    QVERIFY(report.written.contains("2026/alpha/index.html"));
    QVERIFY(readOut("2026/alpha/index.html").contains("<link rel=\"icon\" href=\"/favicon.svg\" />"));
    QVERIFY(QFileInfo::exists(out("favicon.svg")));
}

void TestSiteBuilder::mathPagesLoadKatex()
{
    // A KaTeX folder laid out like Debian's libjs-katex.
    m_katexPath = m_blog->path("katex-dist");
    m_blog->write("katex-dist/katex.min.js", "/* katex */");
    m_blog->write("katex-dist/katex.min.css", "/* css */");
    m_blog->write("katex-dist/fonts/KaTeX_Main-Regular.woff2", "font");
    m_blog->write("katex-dist/contrib/auto-render.js", "/* not needed */");
    m_blog->write("blog.yaml", "title: Test Site\nbaseURL: https://example.org/\npermalink: \"/:year/:slug/\"\n"
                               "markdown:\n  math: true\n");
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Design", {}, "Area: $\\pi r^2$.\n"));
    m_blog->write("pages/about.md", "---\ntitle: About\n---\n$$\nE = mc^2\n$$\n");

    BuildReport report = build();
    QVERIFY(report.errors.isEmpty());
    QVERIFY(report.warnings.isEmpty());
    for (const char *file : {"assets/katex/katex.min.js", "assets/katex/katex.min.css",
                             "assets/katex/fonts/KaTeX_Main-Regular.woff2", "assets/katex-init.js"})
        QVERIFY2(QFileInfo::exists(out(QString::fromLatin1(file))), file);
    QVERIFY(!QFileInfo::exists(out("assets/katex/contrib/auto-render.js")));

    const QByteArray alpha = readOut("2026/alpha/index.html");
    QVERIFY(alpha.contains("<span class=\"math math-inline\">\\pi r^2</span>"));
    QVERIFY(alpha.contains("<link rel=\"stylesheet\" href=\"/assets/katex/katex.min.css\" />"));
    QVERIFY(alpha.contains("<script src=\"/assets/katex/katex.min.js\" defer=\"defer\"></script>"));
    QVERIFY(alpha.contains("<script src=\"/assets/katex-init.js\" defer=\"defer\"></script>"));
    QVERIFY(readOut("about/index.html").contains("<div class=\"math math-display\">E = mc^2</div>"));
    QVERIFY(readOut("about/index.html").contains("/assets/katex/katex.min.js"));
    // Lists whose summaries have math load it too; pages without math do not.
    QVERIFY(readOut("index.html").contains("<span class=\"math math-inline\">\\pi r^2</span>"));
    QVERIFY(readOut("index.html").contains("/assets/katex/katex.min.js"));
    for (const char *file : {"2026/beta/index.html", "categories/devops/index.html", "archive/index.html", "404.html"})
        QVERIFY2(!readOut(QString::fromLatin1(file)).contains("katex"), file);

    // Math off again: the pages are rebuilt without it, and KaTeX leaves the site.
    m_blog->write("blog.yaml", "title: Test Site\nbaseURL: https://example.org/\npermalink: \"/:year/:slug/\"\n");
    report = build();
    QVERIFY(report.errors.isEmpty());
    QVERIFY(report.removed.contains("assets/katex/katex.min.js"));
    QVERIFY(readOut("2026/alpha/index.html").contains("Area: $\\pi r^2$."));
    QVERIFY(!readOut("2026/alpha/index.html").contains("katex"));
}

void TestSiteBuilder::mathWithoutKatexIsAWarning()
{
    m_katexPath = m_blog->path("no-katex-here");
    m_blog->write("blog.yaml", "title: Test Site\nbaseURL: https://example.org/\nmath: true\n");
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Design", {}, "Area: $\\pi r^2$.\n"));
    const BuildReport report = build();
    QVERIFY(report.errors.isEmpty());
    QVERIFY(!report.failed(true));
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().message.contains("libjs-katex"), qPrintable(report.warnings.first().message));
    const QByteArray alpha = readOut("posts/alpha/index.html");
    QVERIFY(alpha.contains("<span class=\"math math-inline\">\\pi r^2</span>")); // the TeX, readable
    QVERIFY(!alpha.contains("katex"));
    QVERIFY(!QFileInfo::exists(out("assets/katex")));
}

void TestSiteBuilder::rawHtmlIsPublishedAsWritten_data()
{
    QTest::addColumn<bool>("rawHtml");
    QTest::newRow("raw_html on") << true;
    QTest::newRow("raw_html off") << false;
}

void TestSiteBuilder::rawHtmlIsPublishedAsWritten()
{
    QFETCH(bool, rawHtml);
    m_blog->write("blog.yaml", QByteArray("title: Test Site\nbaseURL: https://example.org/\nmarkdown:\n  raw_html: ")
                                   + (rawHtml ? "true" : "false") + "\n");
    m_blog->write("posts/design/alpha.md",
                  post("Alpha", "2026-01-10", "Design", {},
                       "<div class=\"callout\" data-kind=\"tip\">Use <kbd>Ctrl</kbd>.</div>\n\n"
                       "<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n"));
    QVERIFY(build().errors.isEmpty());
    const QByteArray alpha = readOut("posts/alpha/index.html");
    // The writer's own site: not sanitised (the tag filter still escapes <iframe>, as on GitHub).
    QCOMPARE(alpha.contains("<div class=\"callout\" data-kind=\"tip\">Use <kbd>Ctrl</kbd>.</div>"), rawHtml);
    QCOMPARE(alpha.contains("&lt;iframe"), rawHtml);
    QCOMPARE(alpha.contains("<!-- raw HTML omitted -->"), !rawHtml);
}

QTEST_GUILESS_MAIN(TestSiteBuilder)
#include "tst_sitebuilder.moc"
