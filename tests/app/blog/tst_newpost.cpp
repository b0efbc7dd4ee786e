#include "blog/archetype.h"
#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/newpost.h"
#include "blog/postdocument.h"
#include "sitefixture.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using Postwright::Test::SiteFixture;

using Files = QMap<QString, QString>;
Q_DECLARE_METATYPE(Files)

// New posts in Hugo and Jekyll sites follow the site's own conventions: Jekyll's file names and
// _drafts/, the layout its posts use; Hugo's sections, bundles, archetypes (through the real hugo
// and without it) and front matter format.
class TestNewPost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jekyll_data();
    void jekyll();
    void hugo_data();
    void hugo();
    void hugoArchetypeThroughRealHugo_data();
    void hugoArchetypeThroughRealHugo();
    void archetypeLookup_data();
    void archetypeLookup();
    void archetypeExpansion_data();
    void archetypeExpansion();
    void nativeUnchanged();
    void neverOverwrites();
};

namespace {

// In UTC, as the test sets TZ: hugo writes {{ .Date }} in its own time zone.
const QDateTime kNow(QDate(2024, 7, 1), QTime(10, 20, 30), Qt::UTC);
const QString kTitle = QStringLiteral("Séance notes: on-call");

void write(const QString &root, const QString &relative, const QString &content)
{
    const QString path = QDir(root).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.toUtf8());
}

QString read(const QString &path)
{
    const Result<QByteArray> bytes = AtomicFile::read(path);
    return bytes ? QString::fromUtf8(bytes.value()) : QStringLiteral("<unreadable>");
}

// A site: a fixture copied to a temporary folder, or the given files alone.
struct Site
{
    std::unique_ptr<SiteFixture> fixture;
    QTemporaryDir dir;

    Site(const QString &fixtureName, const Files &files)
    {
        if (!fixtureName.isEmpty())
            fixture = std::make_unique<SiteFixture>(fixtureName);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.value().isNull())
                QFile::remove(QDir(root()).filePath(it.key()));
            else
                write(root(), it.key(), it.value());
        }
    }
    QString root() const { return fixture ? fixture->root() : dir.path(); }
};

const QString kHugoArchetype =
    QStringLiteral("+++\n"
                   "title = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n"
                   "date = {{ .Date }}\n"
                   "draft = true\n"
                   "# The theme reads these.\n"
                   "series = ''\n"
                   "author = '{{ .Site.Params.author }}'\n"
                   "+++\n"
                   "\n");

} // namespace

void TestNewPost::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestNewPost::jekyll_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");

    const QDateTime plus2(QDate(2024, 7, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, 7200);
    QTest::newRow("post: Jekyll's name, the posts' layout, Jekyll's date")
        << "jekyll-site" << Files{} << kTitle << "" << false << plus2
        << "_posts/2024-07-01-seance-notes-on-call.md"
        << "---\nlayout: post\ntitle: \"Séance notes: on-call\"\ndate: 2024-07-01 10:20:30 +0200\n---\n\n";
    QTest::newRow("UTC date") << "jekyll-site" << Files{} << "In UTC"
                              << "" << false << kNow << "_posts/2024-07-01-in-utc.md"
                              << "---\nlayout: post\ntitle: In UTC\ndate: 2024-07-01 10:20:30 +0000\n---\n\n";
    QTest::newRow("draft: _drafts/, no date until it is published")
        << "jekyll-site" << Files{} << kTitle << "" << true << plus2 << "_drafts/seance-notes-on-call.md"
        << "---\nlayout: post\ntitle: \"Séance notes: on-call\"\n---\n\n";
    QTest::newRow("draft name taken") << "jekyll-site" << Files{} << "Work in progress"
                                      << "" << true << kNow << "_drafts/work-in-progress-2.md"
                                      << "---\nlayout: post\ntitle: Work in progress\n---\n\n";
    QTest::newRow("category") << "jekyll-site" << Files{} << "A"
                              << "Design" << false << kNow << "_posts/2024-07-01-a.md"
                              << "---\nlayout: post\ntitle: A\ndate: 2024-07-01 10:20:30 +0000\n"
                                 "categories: [Design]\n---\n\n";
    QTest::newRow("config defaults give posts their layout: left out")
        << "jekyll-site"
        << Files{{"_config.yml", "title: T\ndefaults:\n  - scope:\n      path: \"\"\n      type: \"posts\"\n"
                                 "    values:\n      layout: \"post\"\n"}}
        << "A"
        << "" << false << kNow << "_posts/2024-07-01-a.md"
        << "---\ntitle: A\ndate: 2024-07-01 10:20:30 +0000\n---\n\n";
    QTest::newRow("defaults for pages only do not count")
        << "jekyll-site"
        << Files{{"_config.yml",
                  "title: T\ndefaults:\n  - scope:\n      type: pages\n    values:\n      layout: page\n"}}
        << "A"
        << "" << false << kNow << "_posts/2024-07-01-a.md"
        << "---\nlayout: post\ntitle: A\ndate: 2024-07-01 10:20:30 +0000\n---\n\n";
    QTest::newRow("posts without a layout: none")
        << ""
        << Files{{"_config.yml", "title: T\n"},
                 {"_posts/2024-01-01-a.md", "---\ntitle: A\n---\n"},
                 {"_posts/2024-01-02-b.md", "---\ntitle: B\nlayout: single\n---\n"},
                 {"_posts/2024-01-03-c.md", "---\ntitle: C\n---\n"}}
        << "New"
        << "" << false << kNow << "_posts/2024-07-01-new.md"
        << "---\ntitle: New\ndate: 2024-07-01 10:20:30 +0000\n---\n\n";
    QTest::newRow("the layout most posts use")
        << ""
        << Files{{"_config.yml", "title: T\n"},
                 {"_posts/2024-01-01-a.md", "---\nlayout: article\n---\n"},
                 {"_posts/2024-01-02-b.md", "---\nlayout: single\n---\n"},
                 {"_posts/2024-01-03-c.md", "---\nlayout: article\n---\n"}}
        << "New"
        << "" << false << kNow << "_posts/2024-07-01-new.md"
        << "---\nlayout: article\ntitle: New\ndate: 2024-07-01 10:20:30 +0000\n---\n\n";
    QTest::newRow("an empty site") << "" << Files{{"_config.yml", "title: T\n"}} << "First"
                                   << "" << true << kNow << "_drafts/first.md"
                                   << "---\ntitle: First\n---\n\n";
}

void TestNewPost::jekyll()
{
    QFETCH(QString, fixture);
    QFETCH(Files, files);
    QFETCH(QString, title);
    QFETCH(QString, category);
    QFETCH(bool, draft);
    QFETCH(QDateTime, now);
    QFETCH(QString, path);
    QFETCH(QString, text);

    Site site(fixture, files);
    const Blog blog = Blog::open(site.root()).value();
    QCOMPARE(blog.kind(), SiteKind::Jekyll);
    const NewPost newPost(blog);
    const QString expectedPath = QDir(site.root()).filePath(path);
    QCOMPARE(newPost.path(title, category, draft, now.date()), expectedPath);
    const Result<QString> created = newPost.create(title, category, draft, now);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    QCOMPARE(created.value(), expectedPath);
    QCOMPARE(read(expectedPath), text);

    // Jekyll's conventions read it back: a draft by its place, the date by its name and front matter.
    const Post post = Post::load(expectedPath, site.root());
    QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");
    QCOMPARE(post.metadata.title, title);
    QCOMPARE(post.status(kNow.addYears(1)), draft ? Post::Status::Draft : Post::Status::Published);
    if (!draft)
        QCOMPARE(post.metadata.date, now);
    QVERIFY(blog.postFiles().contains(expectedPath));
}

void TestNewPost::hugo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Files>("files");
    QTest::addColumn<bool>("runHugo");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");

    const Files tomlSite{{"hugo.toml", "title = 'T'\n"},
                         {"content/posts/a.md", "+++\ntitle = 'A'\n+++\n"},
                         {"content/posts/b.md", "+++\ntitle = 'B'\n+++\n"},
                         {"content/notes/c.md", "---\ntitle: C\n---\n"}};
    const Files yamlSite{{"hugo.yaml", "title: T\n"},
                         {"content/posts/a.md", "---\ntitle: A\n---\n"},
                         {"content/posts/b.md", "+++\ntitle = 'B'\n+++\n"},
                         {"content/posts/c.md", "---\ntitle: C\n---\n"}};
    const QString tomlDraft =
        "+++\ntitle = \"Séance notes: on-call\"\ndate = 2024-07-01T10:20:30Z\ndraft = true\n+++\n\n";

    QTest::newRow("no archetype: TOML like most posts, title, RFC 3339 date, draft")
        << "" << tomlSite << false << "" << true << "content/posts/seance-notes-on-call.md" << tomlDraft;
    QTest::newRow("no archetype: hugo is not asked")
        << "" << tomlSite << true << "" << true << "content/posts/seance-notes-on-call.md" << tomlDraft;
    QTest::newRow("no archetype: YAML like most posts, not a draft")
        << "" << yamlSite << false << "" << false << "content/posts/seance-notes-on-call.md"
        << "---\ntitle: \"Séance notes: on-call\"\ndate: 2024-07-01T10:20:30Z\ndraft: false\n---\n\n";
    QTest::newRow("a category naming a section puts the post there")
        << "" << tomlSite << false << "Notes" << true << "content/notes/seance-notes-on-call.md" << tomlDraft;
    QTest::newRow("another category is written")
        << "" << tomlSite << false << "Design" << true << "content/posts/seance-notes-on-call.md"
        << "+++\ntitle = \"Séance notes: on-call\"\ndate = 2024-07-01T10:20:30Z\ndraft = true\n"
           "categories = [\"Design\"]\n+++\n\n";
    QTest::newRow("a site of bundles gets a bundle")
        << ""
        << Files{{"hugo.toml", "title = 'T'\n"},
                 {"content/posts/a/index.md", "+++\n+++\n"},
                 {"content/posts/b/index.md", "+++\n+++\n"}}
        << false << "" << true << "content/posts/seance-notes-on-call/index.md" << tomlDraft;
    QTest::newRow("params.mainSections names the main section")
        << ""
        << Files{{"hugo.toml", "title = 'T'\n[params]\nmainSections = ['blog']\n"},
                 {"content/posts/a.md", "+++\n+++\n"},
                 {"content/posts/b.md", "+++\n+++\n"}}
        << false << "" << true << "content/blog/seance-notes-on-call.md" << tomlDraft;
    QTest::newRow("an empty site: TOML in content/posts")
        << "" << Files{{"hugo.toml", "title = 'T'\n"}} << false << "" << true
        << "content/posts/seance-notes-on-call.md" << tomlDraft;

    const QString filledIn =
        "+++\ntitle = 'Séance notes: on-call'\ndate = 2024-07-01T10:20:30Z\ndraft = true\n"
        "# The theme reads these.\nseries = ''\nauthor = ''\n+++\n\n";
    QTest::newRow("the fixture's archetype, filled in here")
        << "hugo-site" << Files{} << false << "" << true << "content/posts/seance-notes-on-call.md"
        << filledIn;
    QTest::newRow("hugo fails (the theme is not checked out): filled in here")
        << "hugo-site" << Files{} << true << "" << true << "content/posts/seance-notes-on-call.md"
        << filledIn;
    QTest::newRow("archetype, not a draft, with a category")
        << "hugo-site" << Files{} << false << "Backend" << false << "content/posts/seance-notes-on-call.md"
        << "+++\ntitle = 'Séance notes: on-call'\ndate = 2024-07-01T10:20:30Z\ndraft = false\n"
           "categories = ['Backend']\n# The theme reads these.\nseries = ''\nauthor = ''\n+++\n\n";
    QTest::newRow("default archetype for another section, YAML kept")
        << "hugo-site"
        << Files{{"archetypes/default.md",
                  "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n"
                  "weight: {{ .Site.Params.weight }}\ntags: []\n---\n\nStart here.\n"}}
        << false << "notes" << true << "content/notes/seance-notes-on-call.md"
        << "---\ntitle: \"Séance notes: on-call\"\ndate: 2024-07-01T10:20:30Z\ndraft: true\ntags: []\n---\n\n"
           "Start here.\n";
    QTest::newRow("a theme's archetype")
        << ""
        << Files{{"hugo.toml", "title = 'T'\ntheme = 'quiet'\n"},
                 {"themes/quiet/archetypes/default.md",
                  "+++\ntitle = \"\"\ndate = {{ .Date }}\nslug = \"{{ .Name }}\"\n+++\n"}}
        << false << "" << false << "content/posts/seance-notes-on-call.md"
        << "+++\ntitle = \"Séance notes: on-call\"\ndate = 2024-07-01T10:20:30Z\nslug = "
           "\"seance-notes-on-call\"\n+++\n";
    QTest::newRow("an archetype that does not parse without hugo gives the plain front matter")
        << ""
        << Files{{"hugo.toml", "title = 'T'\n"},
                 {"archetypes/default.md",
                  "+++\ntitle = \"x\"\n{{ range .Site.Params.keys }}{{ . }} = 1\n{{ end }}\n+++\n"}}
        << false << "" << true << "content/posts/seance-notes-on-call.md" << tomlDraft;
}

void TestNewPost::hugo()
{
    QFETCH(QString, fixture);
    QFETCH(Files, files);
    QFETCH(bool, runHugo);
    QFETCH(QString, category);
    QFETCH(bool, draft);
    QFETCH(QString, path);
    QFETCH(QString, text);

    Site site(fixture, files);
    const Blog blog = Blog::open(site.root()).value();
    QCOMPARE(blog.kind(), SiteKind::Hugo);
    NewPost::Options options;
    options.runHugo = runHugo;
    const NewPost newPost(blog, options);
    const QString expectedPath = QDir(site.root()).filePath(path);
    QCOMPARE(newPost.path(kTitle, category, draft, kNow.date()), expectedPath);
    const Result<QString> created = newPost.create(kTitle, category, draft, kNow);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    QCOMPARE(created.value(), expectedPath);
    QCOMPARE(read(expectedPath), text);

    const Post post = Post::load(expectedPath, site.root());
    QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");
    QCOMPARE(post.metadata.title, kTitle);
    QCOMPARE(post.metadata.date, kNow);
    QCOMPARE(post.metadata.draft, draft);
    QVERIFY(Blog::open(site.root()).value().postFiles().contains(expectedPath));
}

void TestNewPost::hugoArchetypeThroughRealHugo_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");

    const Files site{{"hugo.toml", "title = 'T'\n[params]\nauthor = 'Ada Hugo'\n"},
                     {"archetypes/posts.md", kHugoArchetype},
                     {"content/posts/a.md", "+++\ntitle = 'A'\n+++\n"}};
    // hugo fills in what only it can: the site's params.
    QTest::newRow("site archetype")
        << site << ""
        << "content/posts/seance-notes-on-call.md"
        << "+++\ntitle = 'Séance notes: on-call'\ndate = 2024-07-01T10:20:30Z\n"
           "draft = true\n# The theme reads these.\nseries = ''\nauthor = 'Ada Hugo'\n"
           "+++\n\n";
    Files bundles = site;
    bundles.insert("content/posts/a.md", QString());
    bundles.insert("content/posts/b/index.md", "+++\n+++\n");
    bundles.insert("content/posts/c/index.md", "+++\n+++\n");
    bundles.insert("archetypes/posts.md", QString());
    bundles.insert("archetypes/default.md", "---\ntitle: \"{{ .Name }}\"\ndate: {{ .Date }}\n"
                                            "{{ with .Site.Params.author }}author: {{ . }}{{ end }}\n---\n");
    QTest::newRow("a bundle, YAML default archetype, the writer's category")
        << bundles << "Design"
        << "content/posts/seance-notes-on-call/index.md"
        << "---\ntitle: \"Séance notes: on-call\"\ndate: 2024-07-01T10:20:30Z\ndraft: true\n"
           "categories: [Design]\nauthor: Ada Hugo\n---\n";
}

void TestNewPost::hugoArchetypeThroughRealHugo()
{
    if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
        QSKIP("hugo is not installed");
    QFETCH(Files, files);
    QFETCH(QString, category);
    QFETCH(QString, path);
    QFETCH(QString, text);

    Site site({}, files);
    const Blog blog = Blog::open(site.root()).value();
    const NewPost newPost(blog);
    const Result<QString> created = newPost.create(kTitle, category, true, kNow);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    QCOMPARE(created.value(), QDir(site.root()).filePath(path));
    QCOMPARE(read(created.value()), text);
    const Post post = Post::load(created.value(), site.root());
    QVERIFY(!post.error);
    QCOMPARE(post.metadata.date, kNow);
    QVERIFY(post.metadata.draft);
}

void TestNewPost::archetypeLookup_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("found");

    const Files base{{"hugo.toml", "title = 'T'\ntheme = ['quiet', 'extra']\n"}};
    QTest::newRow("none") << base << "posts"
                          << "";
    Files all = base;
    all.insert("archetypes/posts.md", "+++\n+++\n");
    all.insert("archetypes/default.md", "+++\n+++\n");
    all.insert("themes/quiet/archetypes/notes.md", "+++\n+++\n");
    all.insert("themes/extra/archetypes/default.md", "+++\n+++\n");
    QTest::newRow("the section's") << all << "posts"
                                   << "archetypes/posts.md";
    QTest::newRow("the site's default before a theme's section") << all << "notes"
                                                                 << "archetypes/default.md";
    Files themes = base;
    themes.insert("themes/quiet/archetypes/notes.md", "+++\n+++\n");
    themes.insert("themes/extra/archetypes/default.md", "+++\n+++\n");
    QTest::newRow("a theme's section") << themes << "notes"
                                       << "themes/quiet/archetypes/notes.md";
    QTest::newRow("the next theme's default") << themes << "posts"
                                              << "themes/extra/archetypes/default.md";
    Files directory = base;
    directory.insert("archetypes/posts/index.md", "+++\n+++\n");
    QTest::newRow("directory archetypes are hugo's") << directory << "posts"
                                                     << "";
}

void TestNewPost::archetypeLookup()
{
    QFETCH(Files, files);
    QFETCH(QString, section);
    QFETCH(QString, found);
    Site site({}, files);
    const Blog blog = Blog::open(site.root()).value();
    QCOMPARE(Archetype::find(blog, section), found.isEmpty() ? QString() : QDir(site.root()).filePath(found));
}

void TestNewPost::archetypeExpansion_data()
{
    QTest::addColumn<QString>("archetype");
    QTest::addColumn<QString>("expanded");

    QTest::newRow("hugo new site's default")
        << "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\n"
           "draft = true\n+++\n"
        << "+++\ntitle = 'My First Post'\ndate = 2024-07-01T10:20:30Z\ndraft = true\n+++\n";
    QTest::newRow("older default, YAML")
        << "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n---\n"
        << "---\ntitle: \"My First Post\"\ndate: 2024-07-01T10:20:30Z\n---\n";
    QTest::newRow("names") << "+++\nslug = '{{ .Name }}'\nfile = '{{.File.ContentBaseName}}'\n+++\n"
                           << "+++\nslug = 'my-first-post'\nfile = 'my-first-post'\n+++\n";
    QTest::newRow("other expressions are left out")
        << "+++\nauthor = \"{{ .Site.Params.author }}\"\ntype = \"{{ .Type }}\"\n+++\n"
        << "+++\nauthor = \"\"\ntype = \"\"\n+++\n";
    QTest::newRow("a key left without a value goes")
        << "+++\ntitle = 'x'\nweight = {{ .Site.Params.weight }}\ndraft = true\n+++\n"
        << "+++\ntitle = 'x'\ndraft = true\n+++\n";
    QTest::newRow("actions alone on a line go, with trim markers")
        << "---\ntitle: x\n{{- if .Site.Params.toc }}\ntoc: true\n{{- end }}\n---\nBody {{/* a comment */}}\n"
        << "---\ntitle: x\ntoc: true\n---\nBody \n";
    QTest::newRow("no actions") << "+++\ntitle = 'x'\n+++\nText.\n"
                                << "+++\ntitle = 'x'\n+++\nText.\n";
}

void TestNewPost::archetypeExpansion()
{
    QFETCH(QString, archetype);
    QTEST(Archetype::expand(archetype, QStringLiteral("my-first-post"), kNow), "expanded");
}

void TestNewPost::nativeUnchanged()
{
    // A Postwright blog's new post is what it always was.
    QTemporaryDir dir;
    write(dir.path(), QStringLiteral("blog.yaml"), QStringLiteral("title: T\n"));
    write(dir.path(), QStringLiteral("posts/design/a.md"), QStringLiteral("---\ntitle: A\n---\n"));
    const Blog blog = Blog::open(dir.path()).value();
    QCOMPARE(blog.kind(), SiteKind::Native);
    const QDateTime plus1(QDate(2026, 3, 5), QTime(10, 20), Qt::OffsetFromUTC, 3600);
    const Result<QString> draft =
        NewPost(blog).create(QStringLiteral("Hello"), QStringLiteral("Design"), true, plus1);
    QVERIFY(draft.ok());
    QCOMPARE(draft.value(), QDir(dir.path()).filePath(QStringLiteral("posts/design/hello.md")));
    QCOMPARE(read(draft.value()),
             QStringLiteral(
                 "---\ntitle: Hello\ndate: 2026-03-05T10:20:00+01:00\ndraft: true\ncategories: [Design]\n"
                 "---\n\n"));
    const Result<QString> published = NewPost(blog).create(QStringLiteral("World"), {}, false, plus1);
    QVERIFY(published.ok());
    QCOMPARE(read(published.value()),
             QStringLiteral("---\ntitle: World\ndate: 2026-03-05T10:20:00+01:00\n---\n\n"));
}

void TestNewPost::neverOverwrites()
{
    SiteFixture site(QStringLiteral("jekyll-site"));
    const Blog blog = Blog::open(site.root()).value();
    const QMap<QString, QByteArray> before = SiteFixture::fingerprint(site.root());
    // The same title twice: the second gets its own name, the first stays as it was.
    const Result<QString> first = NewPost(blog).create(QStringLiteral("Hello world"), {}, false,
                                                       QDateTime(QDate(2024, 3, 5), QTime(8, 0), Qt::UTC));
    QVERIFY(first.ok());
    QCOMPARE(first.value(), site.path(QStringLiteral("_posts/2024-03-05-hello-world-2.md")));
    QMap<QString, QByteArray> after = SiteFixture::fingerprint(site.root());
    after.remove(QStringLiteral("_posts/2024-03-05-hello-world-2.md"));
    QCOMPARE(after, before);
    QVERIFY(!NewPost(blog).create(QStringLiteral("  "), {}, true, kNow).ok());
}

QTEST_GUILESS_MAIN(TestNewPost)
#include "tst_newpost.moc"
