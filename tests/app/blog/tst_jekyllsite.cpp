#include "blog/blog.h"
#include "blog/blogindex.h"
#include "blog/blogsettings.h"
#include "blog/blogwatcher.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "blog/postdocument.h"
#include "blog/postfiles.h"
#include "blog/postlayout.h"
#include "sitefixture.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using Postwright::Test::SiteFixture;

// A Jekyll site opened in place (tests/app/blog/data/jekyll-site): _config.yml as settings,
// _posts/ with dates and slugs from file names, _drafts/, top-level pages, and nothing written.
class TestJekyllSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsFromConfig();
    void baseUrlFromUrlAndBaseurl_data();
    void baseUrlFromUrlAndBaseurl();
    void permalinkStyles_data();
    void permalinkStyles();
    void configErrors_data();
    void configErrors();
    void postAndPageFiles();
    void postValues();
    void pageValues();
    void jekyllKeys_data();
    void jekyllKeys();
    void yamlErrorsNameFileAndLine_data();
    void yamlErrorsNameFileAndLine();
    void isPostFile_data();
    void isPostFile();
    void newPostGetsTheDatePrefix();
    void publishDraft_data();
    void publishDraft();
    void indexSeesDrafts();
    void watcherFollowsConfigPagesAndDrafts();
    void fixtureLeftByteIdentical();
};

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QMap<QString, Post> byPath(const QList<Post> &posts)
{
    QMap<QString, Post> map;
    for (const Post &post : posts)
        map.insert(post.relativePath, post);
    return map;
}

void write(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = QDir(root).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

void TestJekyllSite::settingsFromConfig()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    QVERIFY(site.isValid());
    const Result<Blog> opened = Blog::open(site.root());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const Blog &blog = opened.value();
    QCOMPARE(blog.kind(), SiteKind::Jekyll);
    QCOMPARE(blog.configPath(), site.path(QStringLiteral("_config.yml")));
    QCOMPARE(blog.postsPath(), site.path(QStringLiteral("_posts")));
    QCOMPARE(blog.draftsPath(), site.path(QStringLiteral("_drafts")));
    QCOMPARE(blog.pagesPath(), QDir(site.root()).absolutePath());
    // Jekyll copies the root's files without front matter where they are (Blog::staticFiles()).
    QCOMPARE(blog.staticPath(), QDir(site.root()).absolutePath());
    QCOMPARE(blog.outputPath(), site.path(QStringLiteral("_site")));
    QCOMPARE(blog.statePath(), site.path(QStringLiteral(".postwright")));

    const BlogSettings &s = blog.settings();
    QCOMPARE(s.title, QStringLiteral("Jekyll Field Notes"));
    QCOMPARE(s.description, QStringLiteral("Notes, the Jekyll way."));
    QCOMPARE(s.author, QStringLiteral("Jay Kyll"));
    QCOMPARE(s.baseUrl, QStringLiteral("https://jekyll.example.org/blog/"));
    QCOMPARE(s.language, QStringLiteral("fr"));
    QCOMPARE(s.permalink, QStringLiteral("/:categories/:year/:month/:day/:slug/"));
    QCOMPARE(s.theme, QStringLiteral("default"));
}

void TestJekyllSite::baseUrlFromUrlAndBaseurl_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("url only") << "url: https://x.example\n"
                              << "https://x.example/";
    QTest::newRow("url with slash") << "url: https://x.example/\n"
                                    << "https://x.example/";
    QTest::newRow("url and baseurl") << "url: https://x.example\nbaseurl: /blog\n"
                                     << "https://x.example/blog/";
    QTest::newRow("baseurl without slashes") << "url: https://x.example/\nbaseurl: blog/\n"
                                             << "https://x.example/blog/";
    QTest::newRow("empty baseurl") << "url: https://x.example\nbaseurl: \"\"\n"
                                   << "https://x.example/";
    QTest::newRow("no url") << "baseurl: /blog\n"
                            << "";
}

void TestJekyllSite::baseUrlFromUrlAndBaseurl()
{
    QFETCH(QString, config);
    const Result<BlogSettings> settings = BlogSettings::parseJekyll(config, QStringLiteral("_config.yml"));
    QVERIFY2(settings.ok(), settings.ok() ? "" : qPrintable(settings.error().toString()));
    QTEST(settings.value().baseUrl, "baseUrl");
}

void TestJekyllSite::permalinkStyles_data()
{
    QTest::addColumn<QString>("jekyll");
    QTest::addColumn<QString>("postwright");

    QTest::newRow("unset is date") << ""
                                   << "/:categories/:year/:month/:day/:slug.html";
    QTest::newRow("date") << "date"
                          << "/:categories/:year/:month/:day/:slug.html";
    QTest::newRow("pretty") << "pretty"
                            << "/:categories/:year/:month/:day/:slug/";
    QTest::newRow("none") << "none"
                          << "/:categories/:slug.html";
    QTest::newRow("pattern") << "/:year/:title/"
                             << "/:year/:slug/";
    QTest::newRow("pattern with output_ext") << "/blog/:i_month/:title:output_ext"
                                             << "/blog/:month/:slug.html";
}

void TestJekyllSite::permalinkStyles()
{
    QFETCH(QString, jekyll);
    QTEST(BlogSettings::fromJekyllPermalink(jekyll), "postwright");
}

void TestJekyllSite::configErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("invalid yaml") << QByteArray("title: A\nurl: [x\n") << 3 << 1 << "Invalid YAML";
    QTest::newRow("bad indentation") << QByteArray("title: A\n  url: x\n") << 2 << 6 << "Invalid YAML";
    QTest::newRow("title is a list") << QByteArray("title: A\ndescription: [a, b]\n") << 2 << 14
                                     << "should be text";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1 << "key: value";
}

void TestJekyllSite::configErrors()
{
    QFETCH(QByteArray, config);
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("_config.yml"), config);
    const Result<Blog> opened = Blog::open(dir.path());
    QVERIFY(!opened.ok());
    const SourceError &error = opened.error();
    QFETCH(QString, messagePart);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QCOMPARE(error.file, QDir(dir.path()).filePath(QStringLiteral("_config.yml")));
    QTEST(error.line, "line");
    QTEST(error.column, "column");
}

void TestJekyllSite::postAndPageFiles()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const Blog blog = Blog::open(site.root()).value();
    const auto paths = [&site](const QStringList &relative) {
        QStringList out;
        for (const QString &r : relative)
            out.append(site.path(r));
        return out;
    };
    // _posts/notes.md has no date in its name: Jekyll skips it.
    QCOMPARE(blog.postFiles(), paths({"_drafts/work-in-progress.md", "_posts/2024-03-05-hello-world.md",
                                      "_posts/2024-04-01-lists.md", "_posts/2024-06-01-unpublished.md",
                                      "_posts/2024-07-01-comments.md", "_posts/2024/2024-05-01-nested.md"}));
    // index.md is the home page, README.md has no front matter.
    QCOMPARE(blog.pageFiles(), paths({"about.md"}));
}

void TestJekyllSite::postValues()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const QMap<QString, Post> posts = byPath(Blog::open(site.root()).value().scanPosts());
    QCOMPARE(posts.size(), 6);
    for (const Post &post : posts)
        QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");
    const QDateTime now = utc(2025, 1, 1);

    const Post hello = posts.value(QStringLiteral("_posts/2024-03-05-hello-world.md"));
    QCOMPARE(hello.displayTitle(), QStringLiteral("Hello, world"));
    QCOMPARE(hello.metadata.date, utc(2024, 3, 5)); // from the file name
    QCOMPARE(hello.slug(), QStringLiteral("hello-world"));
    QCOMPARE(hello.metadata.categories, (QStringList{"design", "backend"})); // space-separated
    QCOMPARE(hello.metadata.tags, (QStringList{"go", "linux"}));
    QCOMPARE(hello.metadata.unknownKeys, QStringList{"layout"});
    QCOMPARE(hello.status(now), Post::Status::Published);

    const Post lists = posts.value(QStringLiteral("_posts/2024-04-01-lists.md"));
    QCOMPARE(lists.metadata.date, QDateTime(QDate(2024, 4, 2), QTime(10, 0), Qt::OffsetFromUTC, 7200));
    QCOMPARE(lists.slug(), QStringLiteral("custom-slug"));
    QCOMPARE(lists.metadata.categories, QStringList{"Design"});
    QCOMPARE(lists.metadata.tags, (QStringList{"a", "b"}));
    QCOMPARE(lists.metadata.updated, utc(2024, 4, 10)); // last_modified_at
    QCOMPARE(lists.metadata.summary, QStringLiteral("The excerpt stands in for a summary."));
    QCOMPARE(lists.metadata.cover, QStringLiteral("/assets/cover.png")); // image
    QCOMPARE(lists.metadata.aliases, QStringList{"/old/lists/"});        // redirect_from
    QCOMPARE(lists.metadata.unknownKeys, QStringList{"layout"});

    const Post nested = posts.value(QStringLiteral("_posts/2024/2024-05-01-nested.md"));
    QCOMPARE(nested.metadata.date, utc(2024, 5, 1));
    QCOMPARE(nested.slug(), QStringLiteral("nested"));
    QCOMPARE(nested.category(), QStringLiteral("Tutorials")); // category, singular

    const Post unpublished = posts.value(QStringLiteral("_posts/2024-06-01-unpublished.md"));
    QVERIFY(unpublished.metadata.draft);
    QCOMPARE(unpublished.status(now), Post::Status::Draft);

    const Post draft = posts.value(QStringLiteral("_drafts/work-in-progress.md"));
    QCOMPARE(draft.status(now), Post::Status::Draft);
    QVERIFY(!draft.metadata.date.isValid());
    QCOMPARE(draft.slug(), QStringLiteral("work-in-progress"));
    QCOMPARE(draft.metadata.tags, QStringList{"wip"});

    const Post comments = posts.value(QStringLiteral("_posts/2024-07-01-comments.md"));
    QCOMPARE(comments.displayTitle(), QStringLiteral("Comments, quotes and spaces"));
    QCOMPARE(comments.metadata.date, QDateTime(QDate(2024, 7, 1), QTime(9, 0), Qt::OffsetFromUTC, 7200));
    QCOMPARE(comments.metadata.tags, (QStringList{"jekyll", "yaml"}));
    QCOMPARE(comments.category(), QStringLiteral("Notes"));
    QCOMPARE(comments.status(now), Post::Status::Published);
}

void TestJekyllSite::pageValues()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const QList<Post> pages = Blog::open(site.root()).value().scanPages();
    QCOMPARE(pages.size(), 1);
    const Post &about = pages.constFirst();
    QCOMPARE(about.relativePath, QStringLiteral("about.md"));
    QCOMPARE(about.kind, Post::Kind::Page);
    QCOMPARE(about.displayTitle(), QStringLiteral("About"));
    QVERIFY(!about.error);
}

void TestJekyllSite::jekyllKeys_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("cover");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QStringList>("unknownKeys");

    const QStringList none;
    QTest::newRow("space-separated lists")
        << "categories: design  backend\ntags: go\n"
        << QStringList{"design", "backend"} << QStringList{"go"} << false << ""
        << "" << none << none;
    QTest::newRow("lists") << "categories: [Design, Backend]\ntags:\n  - a b\n"
                           << QStringList{"Design", "Backend"} << QStringList{"a b"} << false << ""
                           << "" << none << none;
    QTest::newRow("category keeps its spaces") << "category: Site Reliability\n"
                                               << QStringList{"Site Reliability"} << none << false << ""
                                               << "" << none << none;
    QTest::newRow("categories win over category") << "category: A\ncategories: B C\n"
                                                  << QStringList{"B", "C"} << none << false << ""
                                                  << "" << none << none;
    QTest::newRow("published: false is a draft") << "published: false\n"
                                                 << none << none << true << ""
                                                 << "" << none << none;
    QTest::newRow("published: true") << "published: true\n"
                                     << none << none << false << ""
                                     << "" << none << none;
    QTest::newRow("draft: true is no Jekyll key") << "draft: true\n"
                                                  << none << none << false << ""
                                                  << "" << none << QStringList{"draft"};
    QTest::newRow("summary, then description, then excerpt") << "excerpt: E\ndescription: D\n"
                                                             << none << none << false << "D"
                                                             << "" << none << none;
    QTest::newRow("excerpt") << "excerpt: E\n"
                             << none << none << false << "E"
                             << "" << none << none;
    QTest::newRow("image as a mapping (jekyll-seo-tag)") << "image:\n  path: /i.png\n  height: 100\n"
                                                         << none << none << false << ""
                                                         << "/i.png" << none << none;
    QTest::newRow("cover wins over image") << "image: i.png\ncover: c.png\n"
                                           << none << none << false << ""
                                           << "c.png" << none << none;
    QTest::newRow("redirect_from as text") << "redirect_from: /old/\n"
                                           << none << none << false << ""
                                           << "" << QStringList{"/old/"} << none;
    QTest::newRow("hugo keys are unknown here") << "lastmod: 2024-01-01\npublishDate: 2024-01-01\n"
                                                << none << none << false << ""
                                                << "" << none << QStringList{"lastmod", "publishDate"};
}

void TestJekyllSite::jekyllKeys()
{
    QFETCH(QString, yaml);
    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(
        u"---\n" + yaml + u"---\n", QStringLiteral("_posts/2024-01-01-a.md"), SiteKind::Jekyll);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const PostMetadata &meta = parsed.value().metadata;
    QTEST(meta.categories, "categories");
    QTEST(meta.tags, "tags");
    QTEST(meta.draft, "draft");
    QTEST(meta.summary, "summary");
    QTEST(meta.cover, "cover");
    QTEST(meta.aliases, "aliases");
    QTEST(meta.unknownKeys, "unknownKeys");

    // A native post reads none of the Jekyll keys: they stay unknown, as before.
    const Result<ParsedFrontMatter> native = FrontMatter::parse(u"---\n" + yaml + u"---\n");
    QVERIFY(native.ok());
    QVERIFY(!native.value().metadata.unknownKeys.contains(u"categories"));
    for (const char *key : {"published", "excerpt", "image", "redirect_from"}) {
        if (yaml.startsWith(QLatin1String(key)) || yaml.contains(u'\n' + QLatin1String(key) + u':'))
            QVERIFY(native.value().metadata.unknownKeys.contains(QLatin1String(key)));
    }
}

void TestJekyllSite::yamlErrorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("invalid yaml") << "_posts/2024-01-01-broken.md"
                                  << QByteArray("---\ntitle: A\ntags: [a, b\n---\n") << 3 << 12
                                  << "Invalid YAML";
    QTest::newRow("jekyll key of the wrong type")
        << "_posts/2024-01-01-broken.md" << QByteArray("---\ntitle: A\nlast_modified_at: soon\n---\n") << 3
        << 19 << "not a date";
    QTest::newRow("published not boolean")
        << "_drafts/broken.md" << QByteArray("---\npublished: maybe\n---\n") << 2 << 12 << "true or false";
    QTest::newRow("unclosed") << "_drafts/broken.md" << QByteArray("---\ntitle: A\n") << 1 << 1
                              << "never closed";
}

void TestJekyllSite::yamlErrorsNameFileAndLine()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("_config.yml"), "title: T\n");
    write(dir.path(), relative, content);
    const QList<Post> posts = Blog::open(dir.path()).value().scanPosts();
    QCOMPARE(posts.size(), 1);
    const Post &post = posts.constFirst();
    QVERIFY(post.error);
    QCOMPARE(post.error->file, relative);
    QTEST(post.error->line, "line");
    QTEST(post.error->column, "column");
    QFETCH(QString, messagePart);
    QVERIFY2(post.error->message.contains(messagePart), qPrintable(post.error->toString()));
    QCOMPARE(post.displayTitle(), QStringLiteral("Broken")); // the name without its date
}

void TestJekyllSite::isPostFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("isPost");

    QTest::newRow("post") << "_posts/2024-03-05-hello-world.md" << true;
    QTest::newRow("nested post") << "_posts/2024/2024-05-01-nested.md" << true;
    QTest::newRow("markdown extension") << "_posts/2024-03-05-other.markdown" << true;
    QTest::newRow("draft") << "_drafts/work-in-progress.md" << true;
    QTest::newRow("no date in the name") << "_posts/notes.md" << false;
    QTest::newRow("page") << "about.md" << false;
    QTest::newRow("layout") << "_layouts/default.html" << false;
    QTest::newRow("hidden") << "_posts/.2024-01-01-x.md" << false;
}

void TestJekyllSite::isPostFile()
{
    QFETCH(QString, relative);
    SiteFixture site(QStringLiteral("jekyll-site"));
    QTEST(Blog::open(site.root()).value().isPostFile(site.path(relative)), "isPost");
}

void TestJekyllSite::newPostGetsTheDatePrefix()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const PostLayout layout = PostLayout::detect(Blog::open(site.root()).value());
    QVERIFY(layout.usesDatePrefix());
    QVERIFY(!layout.usesBundles());
    QCOMPARE(layout.newPostPath(QStringLiteral("new-post"), QString(), QDate(2024, 7, 1)),
             site.path(QStringLiteral("_posts/2024-07-01-new-post.md")));

    // Even in a site without any post yet.
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("_config.yml"), "title: T\n");
    QCOMPARE(PostLayout::detect(Blog::open(dir.path()).value())
                 .newPostPath(QStringLiteral("first"), QString(), QDate(2024, 7, 1)),
             QDir(dir.path()).filePath(QStringLiteral("_posts/2024-07-01-first.md")));
}

void TestJekyllSite::publishDraft_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("content"); // empty: the fixture's file
    QTest::addColumn<QString>("published");  // empty: refused
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no date: today") << "_drafts/work-in-progress.md" << QByteArray()
                                    << "_posts/2024-07-10-work-in-progress.md" << "";
    QTest::newRow("the front matter's date names it")
        << "_drafts/dated.md" << QByteArray("---\ntitle: Dated\ndate: 2024-05-06 23:30:00 -0100\n---\n")
        << "_posts/2024-05-06-dated.md" << "";
    QTest::newRow("a date prefix is not doubled") << "_drafts/2023-01-01-old.md" << QByteArray("---\ntitle: Old\n---\n")
                                                  << "_posts/2024-07-10-old.md" << "";
    QTest::newRow("a taken name gets a suffix")
        << "_drafts/hello-world.md" << QByteArray("---\ntitle: Again\ndate: 2024-03-05\n---\n")
        << "_posts/2024-03-05-hello-world-2.md" << "";
    QTest::newRow("not a draft") << "_posts/2024-03-05-hello-world.md" << QByteArray() << ""
                                 << "Only a Jekyll draft";
    QTest::newRow("broken front matter") << "_drafts/broken.md" << QByteArray("---\ntitle: [a\n---\n") << ""
                                         << "Invalid YAML";
}

// Publishing a Jekyll draft moves it to _posts/ with Jekyll's dated name; its bytes do not change.
void TestJekyllSite::publishDraft()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, content);
    QFETCH(QString, published);
    SiteFixture site(QStringLiteral("jekyll-site"));
    if (!content.isEmpty())
        write(site.root(), relative, content);
    const QByteArray bytes = AtomicFile::read(site.path(relative)).value();
    const QMap<QString, QByteArray> before = SiteFixture::fingerprint(site.root());
    const Blog blog = Blog::open(site.root()).value();
    QCOMPARE(PostFiles::isJekyllDraft(blog, site.path(relative)), relative.startsWith(u"_drafts/"));

    const Result<QString> moved = PostFiles::publishJekyllDraft(blog, site.path(relative), QDate(2024, 7, 10));
    if (published.isEmpty()) {
        QVERIFY(!moved.ok());
        QFETCH(QString, messagePart);
        QVERIFY2(moved.error().message.contains(messagePart), qPrintable(moved.error().toString()));
        QCOMPARE(SiteFixture::fingerprint(site.root()), before);
        return;
    }
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().toString()));
    QCOMPARE(moved.value(), site.path(published));
    QVERIFY(!QFileInfo::exists(site.path(relative)));
    QCOMPARE(AtomicFile::read(moved.value()).value(), bytes);
    QMap<QString, QByteArray> after = SiteFixture::fingerprint(site.root());
    QCOMPARE(after.take(published), before.value(relative));
    QMap<QString, QByteArray> rest = before;
    rest.remove(relative);
    QCOMPARE(after, rest);
    QVERIFY(blog.postFiles().contains(moved.value()));
}

void TestJekyllSite::indexSeesDrafts()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    BlogIndex index(Blog::open(site.root()).value());
    QCOMPARE(index.count(), 6);
    write(site.root(), QStringLiteral("_drafts/another.md"), "---\ntitle: Another\n---\n");
    index.refreshFile(site.path(QStringLiteral("_drafts/another.md")));
    write(site.root(), QStringLiteral("_posts/undated.md"), "---\ntitle: Undated\n---\n");
    index.refreshFile(site.path(QStringLiteral("_posts/undated.md")));
    QCOMPARE(index.count(), 7);
    const std::optional<Post> added = index.post(site.path(QStringLiteral("_drafts/another.md")));
    QVERIFY(added);
    QCOMPARE(added->status(), Post::Status::Draft);
    index.waitForCacheWrite();
}

void TestJekyllSite::watcherFollowsConfigPagesAndDrafts()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    BlogWatcher watcher(site.root(), site.path(QStringLiteral("_site")));
    watcher.setSettleTime(10);
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    const auto expectChange = [&](const QString &relative, const QByteArray &content) {
        changed.clear();
        write(site.root(), relative, content);
        QTRY_VERIFY2_WITH_TIMEOUT(!changed.isEmpty(), qPrintable(relative), 5000);
        QVERIFY2(changed.constLast().constFirst().toStringList().join(u' ').contains(site.path(relative)) ||
                     changed.constLast().constFirst().toStringList().contains(
                         QFileInfo(site.path(relative)).absolutePath()),
                 qPrintable(changed.constLast().constFirst().toStringList().join(u' ')));
    };
    expectChange(QStringLiteral("_config.yml"), "title: Changed\n");
    expectChange(QStringLiteral("about.md"), "---\ntitle: About again\n---\n");
    expectChange(QStringLiteral("_drafts/work-in-progress.md"), "---\ntitle: Still going\n---\n");
    expectChange(QStringLiteral("_posts/2024-03-05-hello-world.md"), "---\ntitle: Edited\n---\n");
    expectChange(QStringLiteral("assets/css/site.css"), "body { margin: 1px; }\n");

    // The build's own output is not watched.
    changed.clear();
    write(site.root(), QStringLiteral("_site/index.html"), "<html></html>\n");
    QTest::qWait(200);
    for (const QList<QVariant> &signal : std::as_const(changed))
        QVERIFY(!signal.constFirst().toStringList().join(u' ').contains(u"_site/"));
}

void TestJekyllSite::fixtureLeftByteIdentical()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const QMap<QString, QByteArray> source = SiteFixture::fingerprint(site.sourceRoot());
    {
        const Blog blog = Blog::open(site.sourceRoot()).value();
        QCOMPARE(blog.scanPosts().size(), 6);
        QCOMPARE(blog.scanPages().size(), 1);
    }
    QCOMPARE(SiteFixture::fingerprint(site.sourceRoot()), source);
    QVERIFY(!QFileInfo::exists(site.sourceRoot() + QStringLiteral("/.postwright")));

    QCOMPARE(SiteFixture::fingerprint(site.root()), source);
    const Blog blog = Blog::open(site.root()).value();
    {
        BlogIndex index(blog);
        index.waitForCacheWrite();
    }
    PostLayout::detect(blog);
    for (const QString &file : blog.postFiles() + blog.pageFiles()) {
        const PostDocument doc = PostDocument::fromBytes(AtomicFile::read(file).value());
        const FrontMatterEdit edit(doc.text());
        QVERIFY(edit.isValid());
        QVERIFY(AtomicFile::write(file, doc.toBytes(edit.text())).ok());
    }
    QCOMPARE(SiteFixture::fingerprint(site.root()), source);
    QVERIFY(QFileInfo(site.path(QStringLiteral(".postwright"))).isDir());
}

QTEST_GUILESS_MAIN(TestJekyllSite)
#include "tst_jekyllsite.moc"
