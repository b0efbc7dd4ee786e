#include "blog/blog.h"
#include "blog/blogindex.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "blog/postdocument.h"
#include "blog/postlayout.h"
#include "site/sitebuilder.h"
#include "sitefixture.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using Postwright::Test::SiteFixture;

// A Hugo site opened in place (tests/app/blog/data/hugo-site): its config as settings, content/'s
// sections as posts, TOML and YAML front matter, bundles, list pages left out, and nothing written.
class TestHugoSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsFromHugoToml();
    void settingsFromOtherFormats_data();
    void settingsFromOtherFormats();
    void configErrors_data();
    void configErrors();
    void postAndPageFiles();
    void postValues();
    void pageValues();
    void isPostFile_data();
    void isPostFile();
    void split_data();
    void split();
    void tomlFrontMatter_data();
    void tomlFrontMatter();
    void tomlErrors_data();
    void tomlErrors();
    void postErrorsNameFileAndLine_data();
    void postErrorsNameFileAndLine();
    void frontMatterEditsToml();
    void newPostGoesToMainSection();
    void newPostIsABundleWhenTheSiteUsesThem();
    void indexAndBuild();
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

void TestHugoSite::settingsFromHugoToml()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    QVERIFY(site.isValid());
    const Result<Blog> opened = Blog::open(site.root());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const Blog &blog = opened.value();
    QCOMPARE(blog.kind(), SiteKind::Hugo);
    QCOMPARE(blog.configPath(), site.path(QStringLiteral("hugo.toml")));
    QCOMPARE(blog.postsPath(), site.path(QStringLiteral("content")));
    QCOMPARE(blog.pagesPath(), site.path(QStringLiteral("content")));
    QCOMPARE(blog.staticPath(), site.path(QStringLiteral("static")));
    QCOMPARE(blog.outputPath(), site.path(QStringLiteral("public")));
    QCOMPARE(blog.statePath(), site.path(QStringLiteral(".postwright")));
    QVERIFY(blog.draftsPath().isEmpty());

    const BlogSettings &s = blog.settings();
    QCOMPARE(s.title, QStringLiteral("Hugo Field Notes"));
    QCOMPARE(s.baseUrl, QStringLiteral("https://hugo.example.org/"));
    QCOMPARE(s.language, QStringLiteral("en-gb"));
    QCOMPARE(s.description, QStringLiteral("Notes from the field, built with Hugo."));
    QCOMPARE(s.author, QStringLiteral("Ada Hugo"));
    QCOMPARE(s.permalink, QStringLiteral("/:year/:month/:slug/"));
    QCOMPARE(s.theme, QStringLiteral("default")); // a Hugo theme is not a Postwright theme
}

void TestHugoSite::settingsFromOtherFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("config");

    QTest::newRow("hugo.yaml") << "hugo.yaml"
                               << QByteArray("title: Y\nbaseURL: https://y.example/\nlanguageCode: de\n"
                                             "params:\n  description: D\n  author:\n    name: A\n");
    QTest::newRow("config.yaml, keys in other case")
        << "config.yaml"
        << QByteArray("Title: Y\nbaseurl: https://y.example/\nLanguageCode: de\nParams:\n  Description: D\n"
                      "  Author: A\n");
    QTest::newRow("hugo.json") << "hugo.json"
                               << QByteArray("{\"title\": \"Y\", \"baseURL\": \"https://y.example/\", "
                                             "\"languageCode\": \"de\", \"params\": {\"description\": \"D\", "
                                             "\"author\": \"A\"}}");
    QTest::newRow("config.toml, author table at the top")
        << "config.toml"
        << QByteArray("title = 'Y'\nbaseURL = 'https://y.example/'\nlanguageCode = 'de'\n"
                      "[params]\ndescription = 'D'\n[author]\nname = 'A'\n");
}

void TestHugoSite::settingsFromOtherFormats()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, config);
    QTemporaryDir dir;
    write(dir.path(), fileName, config);
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("content")));
    const Result<Blog> opened = Blog::open(dir.path());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(opened.value().kind(), SiteKind::Hugo);
    const BlogSettings &s = opened.value().settings();
    QCOMPARE(s.title, QStringLiteral("Y"));
    QCOMPARE(s.baseUrl, QStringLiteral("https://y.example/"));
    QCOMPARE(s.language, QStringLiteral("de"));
    QCOMPARE(s.description, QStringLiteral("D"));
    QCOMPARE(s.author, QStringLiteral("A"));
    QCOMPARE(s.permalink, BlogSettings().permalink);
}

void TestHugoSite::configErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("toml: unclosed string")
        << "hugo.toml" << QByteArray("baseURL = 'x'\ntitle = \"Open\n") << 2 << 14 << "Invalid TOML";
    QTest::newRow("toml: duplicate key")
        << "hugo.toml" << QByteArray("title = 'a'\n\ntitle = 'b'\n") << 3 << 9 << "Invalid TOML";
    QTest::newRow("toml: title is a table")
        << "config.toml" << QByteArray("baseURL = 'x'\n[title]\na = 1\n") << 2 << 1 << "should be text";
    QTest::newRow("yaml: bad indentation")
        << "hugo.yaml" << QByteArray("title: A\n  baseURL: x\n") << 2 << 10 << "Invalid YAML";
    QTest::newRow("yaml: title is a list")
        << "hugo.yaml" << QByteArray("title: [a, b]\n") << 1 << 8 << "should be text";
    QTest::newRow("json: missing comma")
        << "hugo.json" << QByteArray("{\n  \"title\": \"A\"\n  \"x\": 1\n}\n") << 3 << 4 << "Invalid JSON";
}

void TestHugoSite::configErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, config);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    write(dir.path(), fileName, config);
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("content")));
    const Result<Blog> opened = Blog::open(dir.path());
    QVERIFY(!opened.ok());
    const SourceError &error = opened.error();
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QCOMPARE(error.file, QDir(dir.path()).filePath(fileName));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestHugoSite::postAndPageFiles()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    const Blog blog = Blog::open(site.root()).value();
    const auto paths = [&site](const QStringList &relative) {
        QStringList out;
        for (const QString &r : relative)
            out.append(site.path(r));
        return out;
    };
    // No _index.md list pages, the bundle once, its notes.md not at all.
    QCOMPARE(blog.postFiles(),
             paths({"content/blog/2024/nested.md", "content/notes/quick-note.md", "content/notes/quoted-date.md",
                    "content/posts/bundle-post/index.md", "content/posts/draft-post.md",
                    "content/posts/toml-post.md", "content/posts/toml-styles.md", "content/posts/yaml-post.md"}));
    QCOMPARE(blog.pageFiles(), paths({"content/about.md", "content/now/index.md"}));
}

void TestHugoSite::postValues()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    const Blog blog = Blog::open(site.root()).value();
    const QMap<QString, Post> posts = byPath(blog.scanPosts());
    QCOMPARE(posts.size(), 8);
    const QDateTime now = utc(2025, 1, 1);
    for (const Post &post : posts)
        QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");

    const Post toml = posts.value(QStringLiteral("content/posts/toml-post.md"));
    QCOMPARE(toml.kind, Post::Kind::Post);
    QCOMPARE(toml.displayTitle(), QStringLiteral("Rate limits: a field guide"));
    QCOMPARE(toml.metadata.date, QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::OffsetFromUTC, 7200));
    QCOMPARE(toml.metadata.date.offsetFromUtc(), 7200);
    QCOMPARE(toml.metadata.updated, utc(2024, 4, 2));
    QVERIFY(!toml.metadata.draft);
    QCOMPARE(toml.metadata.categories, (QStringList{"Design", "Backend"}));
    QCOMPARE(toml.category(), QStringLiteral("Design"));
    QCOMPARE(toml.metadata.tags, (QStringList{"go", "redis"}));
    QCOMPARE(toml.metadata.summary,
             QStringLiteral("Token buckets, leaky buckets and what to tell the client."));
    QCOMPARE(toml.slug(), QStringLiteral("rate-limits"));
    QCOMPARE(toml.metadata.aliases, QStringList{"/old/rate-limits/"});
    QCOMPARE(toml.metadata.cover, QStringLiteral("cover.png"));
    QCOMPARE(toml.metadata.unknownKeys, (QStringList{"series", "weight", "params"}));
    QCOMPARE(toml.status(now), Post::Status::Published);

    const Post yaml = posts.value(QStringLiteral("content/posts/yaml-post.md"));
    QCOMPARE(yaml.metadata.date, utc(2024, 5, 1));
    QCOMPARE(yaml.metadata.publishDate, utc(2099, 1, 1));
    QCOMPARE(yaml.metadata.updated, utc(2024, 5, 3, 10));
    QCOMPARE(yaml.status(now), Post::Status::Scheduled); // a future publishDate
    QCOMPARE(yaml.metadata.summary, QStringLiteral("A YAML post in a Hugo site."));
    QCOMPARE(yaml.metadata.cover, QStringLiteral("diagram.png")); // cover.image, as PaperMod writes it
    QCOMPARE(yaml.metadata.categories, QStringList{"posts"});     // the section
    QCOMPARE(yaml.metadata.tags, QStringList{"kubernetes"});
    QCOMPARE(yaml.metadata.unknownKeys, QStringList{"ShowToc"});

    const Post draft = posts.value(QStringLiteral("content/posts/draft-post.md"));
    QCOMPARE(draft.status(now), Post::Status::Draft);
    QCOMPARE(draft.category(), QStringLiteral("posts"));

    const Post bundle = posts.value(QStringLiteral("content/posts/bundle-post/index.md"));
    QVERIFY(bundle.isBundle);
    QCOMPARE(bundle.slug(), QStringLiteral("bundle-post"));
    QCOMPARE(bundle.metadata.cover, QStringLiteral("photo.png"));
    QCOMPARE(bundle.category(), QStringLiteral("posts"));

    const Post note = posts.value(QStringLiteral("content/notes/quick-note.md"));
    QCOMPARE(note.category(), QStringLiteral("notes"));
    QCOMPARE(note.metadata.date, utc(2023, 12, 24)); // Hugo's date falls back to publishDate
    QCOMPARE(note.status(now), Post::Status::Published);

    const Post nested = posts.value(QStringLiteral("content/blog/2024/nested.md"));
    QCOMPARE(nested.category(), QStringLiteral("blog")); // the first folder, not the nearest
    QCOMPARE(nested.slug(), QStringLiteral("nested"));

    // Comments, both quotes, each kind of TOML date, arrays over lines, nested tables.
    const Post styles = posts.value(QStringLiteral("content/posts/toml-styles.md"));
    QCOMPARE(styles.displayTitle(), QStringLiteral("Styles of TOML"));
    QCOMPARE(styles.metadata.date, QDateTime(QDate(2024, 4, 5), QTime(8, 15), Qt::OffsetFromUTC, 7200));
    QCOMPARE(styles.metadata.publishDate, utc(2024, 4, 6));
    QCOMPARE(styles.metadata.updated, utc(2024, 4, 7, 9)); // a local date-time reads as UTC
    QCOMPARE(styles.metadata.categories, QStringList{"Notes"});
    QCOMPARE(styles.metadata.tags, (QStringList{"toml", "hugo"}));
    QCOMPARE(styles.metadata.summary, QStringLiteral("A summary\nover two lines."));
    QCOMPARE(styles.metadata.aliases, QStringList{"/old/styles/"});
    QCOMPARE(styles.metadata.unknownKeys, (QStringList{"weight", "params", "cascade"}));
    QCOMPARE(styles.status(now), Post::Status::Published);

    const Post quoted = posts.value(QStringLiteral("content/notes/quoted-date.md"));
    QCOMPARE(quoted.metadata.date, utc(2024, 2, 3, 4, 5).addSecs(6));
    QCOMPARE(quoted.metadata.tags, (QStringList{"a", "b"}));
    QCOMPARE(quoted.category(), QStringLiteral("notes"));
}

void TestHugoSite::pageValues()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    const QMap<QString, Post> pages = byPath(Blog::open(site.root()).value().scanPages());
    QCOMPARE(pages.keys(), (QStringList{"content/about.md", "content/now/index.md"}));
    const Post about = pages.value(QStringLiteral("content/about.md"));
    QVERIFY(!about.error);
    QCOMPARE(about.kind, Post::Kind::Page);
    QCOMPARE(about.displayTitle(), QStringLiteral("About"));
    QCOMPARE(about.metadata.summary, QStringLiteral("Who writes here."));
    QVERIFY(about.metadata.categories.isEmpty()); // pages are in no section
    const Post now = pages.value(QStringLiteral("content/now/index.md"));
    QVERIFY(now.isBundle);
    QCOMPARE(now.slug(), QStringLiteral("now"));
    QVERIFY(now.metadata.categories.isEmpty());
}

void TestHugoSite::isPostFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("isPost");

    QTest::newRow("toml post") << "content/posts/toml-post.md" << true;
    QTest::newRow("bundle index") << "content/posts/bundle-post/index.md" << true;
    QTest::newRow("nested post") << "content/blog/2024/nested.md" << true;
    QTest::newRow("new file in a section") << "content/posts/not-yet.md" << true;
    QTest::newRow("bundle resource") << "content/posts/bundle-post/notes.md" << false;
    QTest::newRow("section list page") << "content/posts/_index.md" << false;
    QTest::newRow("home list page") << "content/_index.md" << false;
    QTest::newRow("top-level page") << "content/about.md" << false;
    QTest::newRow("top-level bundle page") << "content/now/index.md" << false;
    QTest::newRow("not markdown") << "content/posts/bundle-post/photo.png" << false;
    QTest::newRow("outside content") << "static/favicon.md" << false;
    QTest::newRow("hidden") << "content/posts/.draft.md" << false;
}

void TestHugoSite::isPostFile()
{
    QFETCH(QString, relative);
    SiteFixture site(QStringLiteral("hugo-site"));
    const Blog blog = Blog::open(site.root()).value();
    QTEST(blog.isPostFile(site.path(relative)), "isPost");
}

void TestHugoSite::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasFrontMatter");
    QTest::addColumn<bool>("unclosed");
    QTest::addColumn<bool>("toml");
    QTest::addColumn<QString>("block");
    QTest::addColumn<int>("bodyFirstLine");
    QTest::addColumn<QString>("body");

    QTest::newRow("toml") << "+++\ntitle = 'A'\n+++\nBody\n"
                          << true << false << true << "title = 'A'\n"
                          << 4 << "Body\n";
    QTest::newRow("toml, trailing spaces") << "+++  \na = 1\n+++ \nB" << true << false << true << "a = 1\n"
                                           << 4 << "B";
    QTest::newRow("toml, empty block") << "+++\n+++\nBody" << true << false << true << "" << 3 << "Body";
    QTest::newRow("toml, no body") << "+++\na = 1\n+++" << true << false << true << "a = 1\n" << 4 << "";
    QTest::newRow("toml is not closed by ---")
        << "+++\na = 1\n---\nBody\n"
        << true << true << true << "" << 1 << "+++\na = 1\n---\nBody\n";
    QTest::newRow("yaml is not closed by +++")
        << "---\na: 1\n+++\nBody\n"
        << true << true << false << "" << 1 << "---\na: 1\n+++\nBody\n";
    QTest::newRow("toml, dashes inside") << "+++\na = '---'\n+++\nB" << true << false << true << "a = '---'\n"
                                         << 4 << "B";
    QTest::newRow("four pluses is not a delimiter")
        << "++++\na = 1\n+++\n"
        << false << false << false << "" << 1 << "++++\na = 1\n+++\n";
    QTest::newRow("pluses later are body")
        << "Intro\n+++\nmore" << false << false << false << "" << 1 << "Intro\n+++\nmore";
}

void TestHugoSite::split()
{
    QFETCH(QString, text);
    QFETCH(bool, toml);
    QFETCH(QString, body);
    const FrontMatterSplit s = FrontMatter::split(text);
    QTEST(s.hasFrontMatter, "hasFrontMatter");
    QTEST(s.unclosed, "unclosed");
    if (s.hasFrontMatter)
        QCOMPARE(s.format == FrontMatterSplit::Format::Toml, toml);
    QTEST(s.yaml, "block");
    QTEST(s.bodyFirstLine, "bodyFirstLine");
    QCOMPARE(text.mid(s.bodyOffset), body);
}

void TestHugoSite::tomlFrontMatter_data()
{
    QTest::addColumn<QString>("toml"); // the block's lines, without the +++ delimiters
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QDateTime>("updated");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("cover");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QStringList>("unknownKeys");

    const QStringList none;
    QTest::newRow("empty block") << ""
                                 << "" << QDateTime() << QDateTime() << false << none << none << ""
                                 << "" << none << none;
    QTest::newRow("only a comment") << "# nothing yet\n"
                                    << "" << QDateTime() << QDateTime() << false << none << none << ""
                                    << "" << none << none;
    QTest::newRow("basic and literal strings")
        << "title = 'C:\\path \"q\"'\nsummary = \"Tab\\there\"\n"
        << "C:\\path \"q\"" << QDateTime() << QDateTime() << false << none << none << "Tab\there"
        << "" << none << none;
    QTest::newRow("offset date-time")
        << "date = 2024-03-01T09:30:00-05:00\n"
        << "" << QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::OffsetFromUTC, -5 * 3600) << QDateTime()
        << false << none << none << ""
        << "" << none << none;
    QTest::newRow("local date-time is UTC")
        << "date = 2024-03-01T09:30:00\n"
        << "" << utc(2024, 3, 1, 9, 30) << QDateTime() << false << none << none << ""
        << "" << none << none;
    QTest::newRow("Z date-time, space separator")
        << "date = 2024-03-01 09:30:00Z\n"
        << "" << utc(2024, 3, 1, 9, 30) << QDateTime() << false << none << none << ""
        << "" << none << none;
    QTest::newRow("local date") << "date = 2024-03-01\n"
                                << "" << utc(2024, 3, 1) << QDateTime() << false << none << none << ""
                                << "" << none << none;
    QTest::newRow("date as a string")
        << "date = \"2024-03-01T09:30:00Z\"\n"
        << "" << utc(2024, 3, 1, 9, 30) << QDateTime() << false << none << none << ""
        << "" << none << none;
    QTest::newRow("lastmod is updated")
        << "lastmod = 2024-04-02\n"
        << "" << utc(2024, 4, 2) << utc(2024, 4, 2) << false << none << none << ""
        << "" << none << none;
    QTest::newRow("updated wins over lastmod")
        << "date = 2024-01-01\nlastmod = 2024-04-02\nupdated = 2024-05-05\n"
        << "" << utc(2024, 1, 1) << utc(2024, 5, 5) << false << none << none << ""
        << "" << none << none;
    QTest::newRow("publishDate stands in for date")
        << "publishDate = 2024-02-02\n"
        << "" << utc(2024, 2, 2) << QDateTime() << false << none << none << ""
        << "" << none << none;
    QTest::newRow("keys in any case, as Hugo reads them")
        << "Title = 'T'\nPublishDate = 2024-02-02\nLastMod = 2024-03-03\nDraft = true\n"
        << "T" << utc(2024, 2, 2) << utc(2024, 3, 3) << true << none << none << ""
        << "" << none << none;
    QTest::newRow("draft") << "draft = true\n"
                           << "" << QDateTime() << QDateTime() << true << none << none << ""
                           << "" << none << none;
    QTest::newRow("lists") << "categories = ['Design', \"Backend\"]\ntags = [ 'go' ,\n  'redis', ]\n"
                           << "" << QDateTime() << QDateTime() << false << QStringList{"Design", "Backend"}
                           << QStringList{"go", "redis"} << ""
                           << "" << none << none;
    QTest::newRow("one category as text")
        << "categories = 'Design'\ntags = 'go linux'\n"
        << "" << QDateTime() << QDateTime() << false << QStringList{"Design"} << QStringList{"go linux"} << ""
        << "" << none << none;
    QTest::newRow("empty lists") << "categories = []\ntags = []\n"
                                 << "" << QDateTime() << QDateTime() << false << none << none << ""
                                 << "" << none << none;
    QTest::newRow("description stands in for summary")
        << "description = 'D'\n"
        << "" << QDateTime() << QDateTime() << false << none << none << "D"
        << "" << none << none;
    QTest::newRow("summary wins over description")
        << "description = 'D'\nsummary = 'S'\n"
        << "" << QDateTime() << QDateTime() << false << none << none << "S"
        << "" << none << none;
    QTest::newRow("multi-line string")
        << "summary = \"\"\"\nTwo\nlines\"\"\"\n"
        << "" << QDateTime() << QDateTime() << false << none << none << "Two\nlines"
        << "" << none << none;
    QTest::newRow("cover as text") << "cover = 'c.png'\nimages = ['i.png']\n"
                                   << "" << QDateTime() << QDateTime() << false << none << none << ""
                                   << "c.png" << none << none;
    QTest::newRow("cover table") << "[cover]\nimage = 'c.png'\nalt = 'A'\n"
                                 << "" << QDateTime() << QDateTime() << false << none << none << ""
                                 << "c.png" << none << none;
    QTest::newRow("first of images") << "images = ['i.png', 'j.png']\n"
                                     << "" << QDateTime() << QDateTime() << false << none << none << ""
                                     << "i.png" << none << none;
    QTest::newRow("aliases") << "aliases = ['/a/', '/b/']\n"
                             << "" << QDateTime() << QDateTime() << false << none << none << ""
                             << "" << QStringList{"/a/", "/b/"} << none;
    QTest::newRow("number as title") << "title = 2024\n"
                                     << "2024" << QDateTime() << QDateTime() << false << none << none << ""
                                     << "" << none << none;
    QTest::newRow("unknown keys in file order, tables too")
        << "weight = 3\ntitle = 'T'\nseries = ['S']\n[params]\ntoc = true\n[[resources]]\nsrc = 'x'\n"
        << "T" << QDateTime() << QDateTime() << false << none << none << ""
        << "" << none << QStringList{"weight", "series", "params", "resources"};
    QTest::newRow("dotted keys") << "params.toc = true\ntitle = 'T'\n"
                                 << "T" << QDateTime() << QDateTime() << false << none << none << ""
                                 << "" << none << QStringList{"params"};
    QTest::newRow("unicode") << "title = \"\u00dcber Caches \u2014 na\u00efve \u2260 fast\"\n"
                             << QString::fromUtf8("\u00dcber Caches \u2014 na\u00efve \u2260 fast")
                             << QDateTime() << QDateTime() << false << none << none << ""
                             << "" << none << none;
}

void TestHugoSite::tomlFrontMatter()
{
    QFETCH(QString, toml);
    const QString text = u"+++\n" + toml + u"+++\nBody\n";
    const Result<ParsedFrontMatter> parsed =
        FrontMatter::parse(text, QStringLiteral("content/posts/a.md"), SiteKind::Hugo);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QVERIFY(parsed.value().split.format == FrontMatterSplit::Format::Toml);
    const PostMetadata &meta = parsed.value().metadata;
    QTEST(meta.title, "title");
    QFETCH(QDateTime, date);
    QCOMPARE(meta.date, date);
    if (date.isValid())
        QCOMPARE(meta.date.offsetFromUtc(), date.offsetFromUtc());
    QTEST(meta.updated, "updated");
    QTEST(meta.draft, "draft");
    QTEST(meta.categories, "categories");
    QTEST(meta.tags, "tags");
    QTEST(meta.summary, "summary");
    QTEST(meta.cover, "cover");
    QTEST(meta.aliases, "aliases");
    QTEST(meta.unknownKeys, "unknownKeys");
    QCOMPARE(text.mid(parsed.value().split.bodyOffset), QStringLiteral("Body\n"));
}

void TestHugoSite::tomlErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed block") << "+++\ntitle = 'A'\n\nBody\n" << 1 << 1 << "add a line with +++";
    QTest::newRow("yaml syntax in toml") << "+++\ntitle = 'A'\ndate: 2024-01-01\n+++\n"
                                         << 3 << 5 << "Invalid TOML";
    QTest::newRow("unclosed string") << "+++\n\ntitle = \"Open\n+++\n" << 3 << 14 << "Invalid TOML";
    QTest::newRow("unclosed array") << "+++\ntags = ['a',\n+++\n" << 2 << 14 << "Invalid TOML";
    QTest::newRow("duplicate key") << "+++\ntitle = 'A'\ndraft = true\ntitle = 'B'\n+++\n"
                                   << 4 << 9 << "Invalid TOML";
    QTest::newRow("bare word value") << "+++\ndraft = yes\n+++\n" << 2 << 9 << "Invalid TOML";
    QTest::newRow("impossible date") << "+++\ndate = 2024-02-30\n+++\n" << 2 << 18 << "Invalid TOML";
    QTest::newRow("date not a date") << "+++\ntitle = 'A'\ndate = 'yesterday'\n+++\n"
                                     << 3 << 8 << "not a date";
    QTest::newRow("draft not boolean") << "+++\ndraft = 'maybe'\n+++\n" << 2 << 9 << "true or false";
    QTest::newRow("title is an array") << "+++\ntitle = ['a', 'b']\n+++\n" << 2 << 9 << "should be text";
    QTest::newRow("tags is a table") << "+++\n[tags]\na = 1\n+++\n" << 2 << 1 << "should be a list";
    QTest::newRow("nested array in categories") << "+++\ncategories = [['a']]\n+++\n"
                                                << 2 << 15 << "should be text";
}

void TestHugoSite::tomlErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const Result<ParsedFrontMatter> parsed =
        FrontMatter::parse(text, QStringLiteral("content/posts/a.md"), SiteKind::Hugo);
    QVERIFY(!parsed.ok());
    const SourceError &error = parsed.error();
    QCOMPARE(error.file, QStringLiteral("content/posts/a.md"));
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.toString().startsWith(QStringLiteral("content/posts/a.md:%1:%2: ").arg(line).arg(column)));
}

void TestHugoSite::postErrorsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("toml") << QByteArray("+++\ntitle = 'A'\ndate = soon\n+++\nBody\n") << 3 << "Invalid TOML";
    QTest::newRow("yaml") << QByteArray("---\ntitle: A\ntags: [a, b\n---\nBody\n") << 3 << "Invalid YAML";
    QTest::newRow("yaml, hugo key of the wrong type")
        << QByteArray("---\ntitle: A\nlastmod: soon\n---\n") << 3 << "not a date";
}

void TestHugoSite::postErrorsNameFileAndLine()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("hugo.toml"), "title = 'T'\n");
    write(dir.path(), QStringLiteral("content/posts/broken.md"), content);
    const QList<Post> posts = Blog::open(dir.path()).value().scanPosts();
    QCOMPARE(posts.size(), 1);
    const Post &post = posts.constFirst();
    QVERIFY(post.error);
    QCOMPARE(post.error->file, QStringLiteral("content/posts/broken.md"));
    QTEST(post.error->line, "line");
    QFETCH(QString, messagePart);
    QVERIFY2(post.error->message.contains(messagePart), qPrintable(post.error->toString()));
    // Still in the tree, where the writer can open and fix it: its section, its file name as title.
    QCOMPARE(post.category(), QStringLiteral("posts"));
    QCOMPARE(post.displayTitle(), QStringLiteral("Broken"));
}

void TestHugoSite::frontMatterEditsToml()
{
    // Every post of the fixture can be edited, TOML ones included; an edit changes its key's line only.
    SiteFixture site(QStringLiteral("hugo-site"));
    const QString path = site.path(QStringLiteral("content/posts/toml-styles.md"));
    const PostDocument doc = PostDocument::fromBytes(AtomicFile::read(path).value());
    FrontMatterEdit edit(doc.text());
    QVERIFY2(edit.isValid(), edit.error() ? qPrintable(edit.error()->toString()) : "");
    QCOMPARE(edit.keys(), (QStringList{"title", "date", "publishDate", "lastmod", "draft", "categories", "tags",
                                       "summary", "aliases", "weight", "params", "cascade"}));
    edit.setBool(QStringLiteral("draft"), true);
    QCOMPARE(edit.text(), QString(doc.text()).replace(u"\ndraft = false\n"_qs, u"\ndraft = true\n"_qs));

    // YAML in a Hugo site is edited as before.
    FrontMatterEdit yaml(QStringLiteral("---\ntitle: A\n---\nBody\n"));
    QVERIFY(yaml.isValid());
    yaml.setBool(QStringLiteral("draft"), false);
    QCOMPARE(yaml.text(), QStringLiteral("---\ntitle: A\ndraft: false\n---\nBody\n"));
}

void TestHugoSite::newPostGoesToMainSection()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    const Blog blog = Blog::open(site.root()).value();
    const PostLayout layout = PostLayout::detect(blog);
    QVERIFY(!layout.usesBundles()); // one bundle among five posts
    QVERIFY(!layout.usesDatePrefix());
    QCOMPARE(layout.newPostPath(QStringLiteral("new-post"), QString(), QDate(2024, 7, 1)),
             site.path(QStringLiteral("content/posts/new-post.md")));
    // The name of an existing post is not taken again.
    QCOMPARE(layout.newPostPath(QStringLiteral("toml-post"), QString(), QDate(2024, 7, 1)),
             site.path(QStringLiteral("content/posts/toml-post-2.md")));

    // Another section with more posts is the main one.
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("hugo.toml"), "title = 'T'\n");
    write(dir.path(), QStringLiteral("content/posts/a.md"), "+++\n+++\n");
    write(dir.path(), QStringLiteral("content/blog/b.md"), "+++\n+++\n");
    write(dir.path(), QStringLiteral("content/blog/c.md"), "+++\n+++\n");
    write(dir.path(), QStringLiteral("content/about.md"), "+++\n+++\n");
    const PostLayout other = PostLayout::detect(Blog::open(dir.path()).value());
    QCOMPARE(other.newPostPath(QStringLiteral("d"), QString(), QDate(2024, 7, 1)),
             QDir(dir.path()).filePath(QStringLiteral("content/blog/d.md")));

    // An empty site gets content/posts/.
    QTemporaryDir empty;
    write(empty.path(), QStringLiteral("hugo.toml"), "title = 'T'\n");
    QCOMPARE(PostLayout::detect(Blog::open(empty.path()).value())
                 .newPostPath(QStringLiteral("first"), QString(), {}),
             QDir(empty.path()).filePath(QStringLiteral("content/posts/first.md")));
}

void TestHugoSite::newPostIsABundleWhenTheSiteUsesThem()
{
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("hugo.yaml"), "title: T\n");
    write(dir.path(), QStringLiteral("content/posts/one/index.md"), "---\n---\n");
    write(dir.path(), QStringLiteral("content/posts/two/index.md"), "---\n---\n");
    write(dir.path(), QStringLiteral("content/posts/three.md"), "---\n---\n");
    const PostLayout layout = PostLayout::detect(Blog::open(dir.path()).value());
    QVERIFY(layout.usesBundles());
    QCOMPARE(layout.newPostPath(QStringLiteral("four"), QString(), QDate(2024, 7, 1)),
             QDir(dir.path()).filePath(QStringLiteral("content/posts/four/index.md")));
}

void TestHugoSite::indexAndBuild()
{
    SiteFixture site(QStringLiteral("hugo-site"));
    BlogIndex index(Blog::open(site.root()).value());
    QCOMPARE(index.count(), 8);
    index.waitForCacheWrite();
    // The second open reads the cache: publishDate must survive it.
    BlogIndex again(Blog::open(site.root()).value());
    QCOMPARE(again.lastLoad().fromCache, 8);
    const std::optional<Post> scheduled = again.post(site.path(QStringLiteral("content/posts/yaml-post.md")));
    QVERIFY(scheduled);
    QCOMPARE(scheduled->metadata.publishDate, utc(2099, 1, 1));
    QCOMPARE(scheduled->category(), QStringLiteral("posts"));

    // A new post written into a section shows up; one written as a list page does not.
    QSignalSpy added(&again, &BlogIndex::postAdded);
    write(site.root(), QStringLiteral("content/notes/another.md"), "+++\ntitle = 'Another'\n+++\n");
    again.refreshFile(site.path(QStringLiteral("content/notes/another.md")));
    write(site.root(), QStringLiteral("content/notes/_index.md"), "+++\ntitle = 'Notes'\n+++\n");
    again.refreshFile(site.path(QStringLiteral("content/notes/_index.md")));
    QCOMPARE(added.size(), 1);
    QCOMPARE(again.count(), 9);
    QVERIFY(QFile::remove(site.path(QStringLiteral("content/notes/another.md"))));
    QVERIFY(QFile::remove(site.path(QStringLiteral("content/notes/_index.md"))));

    // The built-in builder publishes what Hugo would: no drafts, nothing scheduled, the pages.
    QTemporaryDir output;
    BuildOptions options;
    options.outputPath = output.path();
    options.now = utc(2025, 1, 1);
    options.highlightJsPath.clear();
    const BuildReport report = SiteBuilder(Blog::open(site.root()).value(), options).build();
    QVERIFY2(!report.fatal, report.errors.isEmpty() ? "" : qPrintable(report.errors.constFirst().toString()));
    QVERIFY2(report.errors.isEmpty(),
             report.errors.isEmpty() ? "" : qPrintable(report.errors.constFirst().toString()));
    QCOMPARE(report.posts, 6); // toml, toml-styles, bundle, two notes, nested
    QVERIFY(
        QFileInfo::exists(QDir(output.path()).filePath(QStringLiteral("2024/03/rate-limits/index.html"))));
    QVERIFY(QFileInfo::exists(QDir(output.path()).filePath(QStringLiteral("favicon.ico"))));
}

void TestHugoSite::fixtureLeftByteIdentical()
{
    // Opened where it lies, read only.
    SiteFixture site(QStringLiteral("hugo-site"));
    const QMap<QString, QByteArray> source = SiteFixture::fingerprint(site.sourceRoot());
    {
        const Blog blog = Blog::open(site.sourceRoot()).value();
        QCOMPARE(blog.scanPosts().size(), 8);
        QCOMPARE(blog.scanPages().size(), 2);
    }
    QCOMPARE(SiteFixture::fingerprint(site.sourceRoot()), source);
    QVERIFY(!QFileInfo::exists(site.sourceRoot() + QStringLiteral("/.postwright")));

    // A copy goes through everything that opens, scans, indexes and saves unchanged posts.
    QCOMPARE(SiteFixture::fingerprint(site.root()), source);
    const Blog blog = Blog::open(site.root()).value();
    {
        BlogIndex index(blog);
        index.waitForCacheWrite();
    }
    PostLayout::detect(blog);
    for (const QString &file : blog.postFiles() + blog.pageFiles()) {
        const QByteArray bytes = AtomicFile::read(file).value();
        const PostDocument doc = PostDocument::fromBytes(bytes);
        const FrontMatterEdit edit(doc.text());
        QVERIFY(AtomicFile::write(file, doc.toBytes(edit.text())).ok());
    }
    QCOMPARE(SiteFixture::fingerprint(site.root()), source);
    QVERIFY(QFileInfo(site.path(QStringLiteral(".postwright"))).isDir()); // Postwright's state, at the root
}

QTEST_GUILESS_MAIN(TestHugoSite)
#include "tst_hugosite.moc"
