#include "blog/blog.h"
#include "site/externalbuild.h"
#include "site/sitebuilder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

using namespace Postwright;
using namespace Qt::StringLiterals;

// The built-in build of a Hugo or Jekyll site (its generator not installed) publishes each post,
// page and static file at the address the site's own generator gives it, so links keep working:
// fixture sites in tests/app/site/data, in several configurations, built with SiteBuilder; where
// hugo or jekyll is installed, the same sites built by them must give the same addresses.
class TestSiteFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data();
    void addresses();
    void notPublished_data();
    void notPublished();
    void staticFiles_data();
    void staticFiles();
    void configFolderSettings();
    void frontMatterAddressFollowsEdits();
    void matchesGenerator_data();
    void matchesGenerator();

private:
    // A fixture copied to a temporary folder, changed as the configuration asks, and built once.
    struct BuiltSite
    {
        QTemporaryDir source;
        QTemporaryDir output;
        BuildReport report;
        SiteContent content;
        QMap<QString, QString> staticFiles;
    };
    struct Configuration
    {
        QString fixture;
        std::function<void(const QString &root)> change; // none: the fixture as it is
        bool generatorCanBuild = true;
    };
    static const std::map<QString, Configuration> &configurations();
    static void copyFixture(const QString &fixture, const QString &to);
    static void edit(const QString &file, const std::function<QByteArray(QByteArray)> &change);
    BuiltSite *site(const QString &configuration);

    std::map<QString, std::unique_ptr<BuiltSite>> m_sites;
};

namespace {

QDateTime buildTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
}

QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

const SitePost *findSource(const SiteContent &content, const QString &relativePath)
{
    for (const QList<SitePost> *list : {&content.posts, &content.pages}) {
        for (const SitePost &post : *list) {
            if (post.relativePath == relativePath)
                return &post;
        }
    }
    return nullptr;
}

QString errorsText(const QList<SourceError> &errors)
{
    QStringList lines;
    for (const SourceError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

const std::map<QString, TestSiteFidelity::Configuration> &TestSiteFidelity::configurations()
{
    const auto appendTo = [](const char *file, const char *text) {
        return [file, text](const QString &root) {
            edit(QDir(root).filePath(QString::fromLatin1(file)),
                 [text](QByteArray bytes) -> QByteArray { return bytes + text; });
        };
    };
    const auto prependTo = [](const char *file, const char *text) {
        return [file, text](const QString &root) {
            edit(QDir(root).filePath(QString::fromLatin1(file)),
                 [text](QByteArray bytes) -> QByteArray { return text + bytes; });
        };
    };
    static const std::map<QString, Configuration> all{
        {u"jekyll"_s, {u"jekyll-layout"_s, {}}},
        {u"jekyll pretty"_s, {u"jekyll-layout"_s, appendTo("_config.yml", "permalink: pretty\n")}},
        {u"jekyll pattern with slash"_s,
         {u"jekyll-layout"_s, appendTo("_config.yml", "permalink: /blog/:categories/:title/\n")}},
        {u"jekyll pattern without extension"_s,
         {u"jekyll-layout"_s, appendTo("_config.yml", "permalink: /:year/:title\n")}},
        {u"hugo"_s, {u"hugo-sections"_s, {}}},
        {u"hugo ugly"_s, {u"hugo-sections"_s, prependTo("hugo.toml", "uglyURLs = true\n")}},
        // Hugo 0.115's form; Debian's 0.111 stops on it, so only the built-in build is checked.
        {u"hugo permalinks.page"_s,
         {u"hugo-sections"_s,
          [](const QString &root) {
              edit(QDir(root).filePath(u"hugo.toml"_s),
                   [](QByteArray bytes) { return bytes.replace("[permalinks]", "[permalinks.page]"); });
          },
          false}},
        {u"hugo config folder"_s, {u"hugo-configdir"_s, {}}},
    };
    return all;
}

void TestSiteFidelity::copyFixture(const QString &fixture, const QString &to)
{
    const QString from = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/site/data/") + fixture;
    QVERIFY2(QFileInfo(from).isDir(), qPrintable(from));
    for (const QString &relative : filesBelow(from)) {
        const QString target = QDir(to).filePath(relative);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY2(QFile::copy(QDir(from).filePath(relative), target), qPrintable(target));
    }
}

void TestSiteFidelity::edit(const QString &file, const std::function<QByteArray(QByteArray)> &change)
{
    QFile in(file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray changed = change(in.readAll());
    in.close();
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(changed), changed.size());
}

TestSiteFidelity::BuiltSite *TestSiteFidelity::site(const QString &configuration)
{
    if (const auto known = m_sites.find(configuration); known != m_sites.end())
        return known->second.get();
    const auto found = configurations().find(configuration);
    if (found == configurations().end())
        qFatal("no configuration %s", qPrintable(configuration));
    auto built = std::make_unique<BuiltSite>();
    copyFixture(found->second.fixture, built->source.path());
    if (found->second.change)
        found->second.change(built->source.path());
    const Result<Blog> blog = Blog::open(built->source.path());
    if (!blog)
        qFatal("%s does not open: %s", qPrintable(configuration), qPrintable(blog.error().toString()));
    built->staticFiles = blog.value().staticFiles();
    BuildOptions options;
    options.outputPath = built->output.path();
    options.now = buildTime();
    options.highlightJsPath.clear();
    SiteBuilder builder(blog.value(), options);
    built->report = builder.build();
    built->content = builder.content();
    return m_sites.emplace(configuration, std::move(built)).first->second.get();
}

void TestSiteFidelity::addresses_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("outputFile");

    const auto row = [](const QString &configuration, const QString &source, const QString &url,
                        const QString &outputFile) {
        QTest::newRow(qPrintable(configuration + u": "_s + source))
            << configuration << source << url << outputFile;
    };

    // Jekyll's default style, date: /:categories/:year/:month/:day/:title:output_ext.
    QString c = u"jekyll"_s;
    row(c, u"_posts/2024-01-02-no-category.md"_s, u"/2024/01/02/no-category.html"_s,
        u"2024/01/02/no-category.html"_s);
    row(c, u"_posts/2024-01-03-one-category.md"_s, u"/design/2024/01/03/one-category.html"_s,
        u"design/2024/01/03/one-category.html"_s);
    row(c, u"_posts/2024-01-04-two-categories.md"_s, u"/devops/linux/2024/01/04/two-categories.html"_s,
        u"devops/linux/2024/01/04/two-categories.html"_s);
    // Jekyll 4 lower-cases :categories but does not slugify them (that is :slugified_categories).
    row(c, u"_posts/2024-01-05-spaced-category.md"_s, u"/web dev/2024/01/05/spaced-category.html"_s,
        u"web dev/2024/01/05/spaced-category.html"_s);
    row(c, u"_posts/2024-01-06-own-permalink.md"_s, u"/notes/own/"_s, u"notes/own/index.html"_s);
    row(c, u"_posts/2024-01-07-permalink-tokens.md"_s, u"/tips/permalink-tokens.html"_s,
        u"tips/permalink-tokens.html"_s);
    row(c, u"_posts/2024/2024-02-01-nested.md"_s, u"/2024/02/01/nested.html"_s, u"2024/02/01/nested.html"_s);
    row(c, u"about.md"_s, u"/about.html"_s, u"about.html"_s);
    row(c, u"docs/guide.md"_s, u"/docs/guide.html"_s, u"docs/guide.html"_s);
    row(c, u"docs/index.md"_s, u"/docs/"_s, u"docs/index.html"_s);
    row(c, u"docs/moved.md"_s, u"/handbook/"_s, u"handbook/index.html"_s);
    row(c, u"about/team.markdown"_s, u"/about/team.html"_s, u"about/team.html"_s);

    c = u"jekyll pretty"_s;
    row(c, u"_posts/2024-01-02-no-category.md"_s, u"/2024/01/02/no-category/"_s,
        u"2024/01/02/no-category/index.html"_s);
    row(c, u"_posts/2024-01-04-two-categories.md"_s, u"/devops/linux/2024/01/04/two-categories/"_s,
        u"devops/linux/2024/01/04/two-categories/index.html"_s);
    row(c, u"_posts/2024-01-06-own-permalink.md"_s, u"/notes/own/"_s, u"notes/own/index.html"_s);
    row(c, u"_posts/2024-01-07-permalink-tokens.md"_s, u"/tips/permalink-tokens.html"_s,
        u"tips/permalink-tokens.html"_s);
    row(c, u"about.md"_s, u"/about/"_s, u"about/index.html"_s);
    row(c, u"docs/guide.md"_s, u"/docs/guide/"_s, u"docs/guide/index.html"_s);
    row(c, u"docs/index.md"_s, u"/docs/"_s, u"docs/index.html"_s);
    row(c, u"about/team.markdown"_s, u"/about/team/"_s, u"about/team/index.html"_s);

    c = u"jekyll pattern with slash"_s; // /blog/:categories/:title/
    row(c, u"_posts/2024-01-02-no-category.md"_s, u"/blog/no-category/"_s, u"blog/no-category/index.html"_s);
    row(c, u"_posts/2024-01-04-two-categories.md"_s, u"/blog/devops/linux/two-categories/"_s,
        u"blog/devops/linux/two-categories/index.html"_s);
    row(c, u"about.md"_s, u"/about/"_s, u"about/index.html"_s); // pages end like the pattern
    row(c, u"docs/guide.md"_s, u"/docs/guide/"_s, u"docs/guide/index.html"_s);

    c = u"jekyll pattern without extension"_s; // /:year/:title: a file, served without .html
    row(c, u"_posts/2024-01-02-no-category.md"_s, u"/2024/no-category"_s, u"2024/no-category.html"_s);
    row(c, u"_posts/2024-01-03-one-category.md"_s, u"/2024/one-category"_s, u"2024/one-category.html"_s);
    row(c, u"about.md"_s, u"/about"_s, u"about.html"_s);
    row(c, u"docs/index.md"_s, u"/docs/"_s, u"docs/index.html"_s);

    for (const QString &hugo : {u"hugo"_s, u"hugo permalinks.page"_s}) {
        row(hugo, u"content/posts/hello-world.md"_s, u"/2024/01/hello-world-again/"_s,
            u"2024/01/hello-world-again/index.html"_s);
        row(hugo, u"content/posts/with-slug.md"_s, u"/2024/01/custom-slug/"_s,
            u"2024/01/custom-slug/index.html"_s);
        row(hugo, u"content/posts/bundle-post/index.md"_s, u"/2024/01/bundle-post/"_s,
            u"2024/01/bundle-post/index.html"_s);
        row(hugo, u"content/blog/first.md"_s, u"/blog/first-entry/"_s, u"blog/first-entry/index.html"_s);
        row(hugo, u"content/blog/2024/nested.md"_s, u"/blog/nested-entry/"_s,
            u"blog/nested-entry/index.html"_s);
        row(hugo, u"content/links/a-link.md"_s, u"/l/links/a-link/"_s, u"l/links/a-link/index.html"_s);
    }
    // Sections without a pattern: the file's path in content/, lower-cased, the slug for its name.
    c = u"hugo"_s;
    row(c, u"content/notes/quick-note.md"_s, u"/notes/quick-note/"_s, u"notes/quick-note/index.html"_s);
    row(c, u"content/notes/Mixed_Case.md"_s, u"/notes/mixed_case/"_s, u"notes/mixed_case/index.html"_s);
    row(c, u"content/notes/slugged.md"_s, u"/notes/other-slug/"_s, u"notes/other-slug/index.html"_s);
    row(c, u"content/notes/deeper/deep.md"_s, u"/notes/deeper/deep/"_s, u"notes/deeper/deep/index.html"_s);
    row(c, u"content/misc/moved.md"_s, u"/custom/place/"_s, u"custom/place/index.html"_s);
    row(c, u"content/misc/file-url.md"_s, u"/custom/page.html"_s, u"custom/page.html"_s);
    row(c, u"content/about.md"_s, u"/about/"_s, u"about/index.html"_s);
    row(c, u"content/now/index.md"_s, u"/now/"_s, u"now/index.html"_s);

    c = u"hugo ugly"_s;
    row(c, u"content/posts/hello-world.md"_s, u"/2024/01/hello-world-again.html"_s,
        u"2024/01/hello-world-again.html"_s);
    row(c, u"content/posts/bundle-post/index.md"_s, u"/2024/01/bundle-post.html"_s,
        u"2024/01/bundle-post.html"_s);
    row(c, u"content/notes/quick-note.md"_s, u"/notes/quick-note.html"_s, u"notes/quick-note.html"_s);
    row(c, u"content/misc/moved.md"_s, u"/custom/place/"_s, u"custom/place/index.html"_s); // url: as written
    row(c, u"content/about.md"_s, u"/about.html"_s, u"about.html"_s);
    row(c, u"content/now/index.md"_s, u"/now.html"_s, u"now.html"_s);

    c = u"hugo config folder"_s; // contentDir = "src", permalinks.toml
    row(c, u"src/posts/first-post.md"_s, u"/2024/first-post/"_s, u"2024/first-post/index.html"_s);
    row(c, u"src/posts/second-post.md"_s, u"/2024/second/"_s, u"2024/second/index.html"_s);
    row(c, u"src/articles/an-article.md"_s, u"/articles/an-article/"_s, u"articles/an-article/index.html"_s);
    row(c, u"src/about.md"_s, u"/about/"_s, u"about/index.html"_s);
}

void TestSiteFidelity::addresses()
{
    QFETCH(QString, configuration);
    QFETCH(QString, source);
    const BuiltSite *built = site(configuration);
    QVERIFY(built);
    QVERIFY2(built->report.errors.isEmpty(), qPrintable(errorsText(built->report.errors)));
    const SitePost *post = findSource(built->content, source);
    QVERIFY2(post, qPrintable(source + u" was not published"_s));
    QTEST(post->url, "url");
    QTEST(post->outputFile, "outputFile");
    QVERIFY2(QFileInfo(QDir(built->output.path()).filePath(post->outputFile)).isFile(),
             qPrintable(post->outputFile));
}

void TestSiteFidelity::notPublished_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("source");

    QTest::newRow("jekyll: published: false") << u"jekyll"_s << u"_posts/2024-02-02-unpublished.md"_s;
    QTest::newRow("jekyll: draft") << u"jekyll"_s << u"_drafts/a-draft.md"_s;
    QTest::newRow("jekyll: the home page is the build's") << u"jekyll"_s << u"index.md"_s;
    QTest::newRow("jekyll: #file") << u"jekyll"_s << u"#scratch.md"_s;
    QTest::newRow("jekyll: not Markdown") << u"jekyll"_s << u"postwright-urls.txt"_s;
    QTest::newRow("hugo: draft") << u"hugo"_s << u"content/posts/draft-post.md"_s;
    QTest::newRow("hugo: list page") << u"hugo"_s << u"content/posts/_index.md"_s;
    QTest::newRow("hugo: home list page") << u"hugo"_s << u"content/_index.md"_s;
}

void TestSiteFidelity::notPublished()
{
    QFETCH(QString, configuration);
    QFETCH(QString, source);
    const BuiltSite *built = site(configuration);
    QVERIFY(built);
    QVERIFY(QFileInfo::exists(QDir(built->source.path()).filePath(source)));
    QVERIFY2(!findSource(built->content, source), qPrintable(source));
}

void TestSiteFidelity::staticFiles_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("copied");

    const auto row = [](const QString &configuration, const QString &output, bool copied) {
        QTest::newRow(qPrintable(configuration + u": "_s + output)) << configuration << output << copied;
    };
    // Jekyll: every file without front matter at its own path, assets/ included.
    for (const QString &file :
         {u"assets/css/site.css"_s, u"assets/js/app.js"_s, u"images/photo.png"_s, u"favicon.ico"_s,
          u"CNAME"_s, u"README.md"_s, u".htaccess"_s, u".well-known/security.txt"_s})
        row(u"jekyll"_s, file, true);
    for (const QString &file :
         {u"css/site.css"_s, u"js/app.js"_s, // assets/ is not the site's root
          u"Gemfile"_s, u"Gemfile.lock"_s, u"node_modules/left-pad/index.js"_s, u"vendor/bundle/gem.rb"_s,
          u"private/secret.txt"_s, u"debug.log"_s, u"notes.txt"_s, u"#scratch.md"_s, u"about.md~"_s,
          u"_config.yml"_s, u"_layouts/default.html"_s, u"_includes/nav.html"_s, u"_data/nav.yml"_s,
          u".git-like/config"_s, u"postwright-urls.txt"_s, u"about.md"_s,
          u"_posts/2024-01-02-no-category.md"_s})
        row(u"jekyll"_s, file, false);
    // Hugo: static/ at the root, its dotfiles too; assets/ is Hugo Pipes' input, never copied.
    for (const QString &file : {u"favicon.ico"_s, u"img/logo.png"_s, u".well-known/security.txt"_s})
        row(u"hugo"_s, file, true);
    for (const QString &file : {u"css/main.css"_s, u"assets/css/main.css"_s, u"static/favicon.ico"_s,
                                u"2024/01/bundle-post/index.md"_s})
        row(u"hugo"_s, file, false);
    row(u"hugo"_s, u"2024/01/bundle-post/photo.png"_s, true); // beside its page
    // staticDir = "files" in config/_default/hugo.toml.
    row(u"hugo config folder"_s, u"robots.txt"_s, true);
    row(u"hugo config folder"_s, u"ignored.txt"_s, false);
}

void TestSiteFidelity::staticFiles()
{
    QFETCH(QString, configuration);
    QFETCH(QString, output);
    QFETCH(bool, copied);
    const BuiltSite *built = site(configuration);
    QVERIFY(built);
    QCOMPARE(QFileInfo(QDir(built->output.path()).filePath(output)).isFile(), copied);
    if (copied && !output.contains(u"bundle-post"))
        QVERIFY2(built->staticFiles.contains(output), qPrintable(built->staticFiles.keys().join(u' ')));
}

void TestSiteFidelity::configFolderSettings()
{
    BuiltSite *built = site(u"hugo config folder"_s);
    QVERIFY(built);
    const Result<Blog> opened = Blog::open(built->source.path());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const Blog &blog = opened.value();
    QCOMPARE(blog.kind(), SiteKind::Hugo);
    QCOMPARE(blog.layout().configFile, u"config/_default/hugo.toml"_s);
    QCOMPARE(blog.layout().configFiles,
             QStringList({u"config/_default/hugo.toml"_s, u"config/_default/menus.en.toml"_s,
                          u"config/_default/params.toml"_s, u"config/_default/permalinks.toml"_s}));
    QCOMPARE(blog.postsPath(), QDir(built->source.path()).filePath(u"src"_s));
    QCOMPARE(blog.staticPath(), QDir(built->source.path()).filePath(u"files"_s));
    QCOMPARE(blog.outputPath(), QDir(built->source.path()).filePath(u"out"_s));
    QCOMPARE(SiteLayout::configuredOutputFolder(SiteKind::Hugo, built->source.path()), u"out"_s);
    // Each file's keys under its name, merged with the main file's.
    QCOMPARE(blog.settings().title, u"Config Folder"_s);
    QCOMPARE(blog.settings().author, u"Ada Lovelace"_s);
    QCOMPARE(blog.settings().description, u"Settings spread over several files."_s);
    QCOMPARE(blog.settings().sectionPermalinks, (QMap<QString, QString>{{u"posts"_s, u"/:year/:slug/"_s}}));
    QCOMPARE(blog.settings().permalink, u"/:year/:slug/"_s);
    QCOMPARE(blog.postFiles().size(), 3);
    QCOMPARE(blog.pageFiles(), QStringList{QDir(built->source.path()).filePath(u"src/about.md"_s)});
}

// A post's own address is cached with the post: an edit to it must move the post.
void TestSiteFidelity::frontMatterAddressFollowsEdits()
{
    QTemporaryDir source;
    QTemporaryDir output;
    copyFixture(u"jekyll-layout"_s, source.path());
    const QString post = QDir(source.path()).filePath(u"_posts/2024-01-06-own-permalink.md"_s);
    BuildCache cache;
    BuildOptions options;
    options.outputPath = output.path();
    options.now = buildTime();
    options.highlightJsPath.clear();
    const auto urlOf = [&]() -> QString {
        SiteBuilder builder(Blog::open(source.path()).value(), options, &cache);
        const BuildReport report = builder.build();
        if (!report.errors.isEmpty())
            return errorsText(report.errors);
        const SitePost *found = findSource(builder.content(), u"_posts/2024-01-06-own-permalink.md"_s);
        return found ? found->url : QString();
    };
    QCOMPARE(urlOf(), u"/notes/own/"_s);
    edit(post, [](QByteArray bytes) {
        return bytes.replace("permalink: /notes/own/", "permalink: /notes/moved/");
    });
    QFile file(post);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(urlOf(), u"/notes/moved/"_s);
    QVERIFY(QFileInfo(QDir(output.path()).filePath(u"notes/moved/index.html"_s)).isFile());
    QVERIFY(!QFileInfo::exists(QDir(output.path()).filePath(u"notes/own/index.html"_s)));
}

void TestSiteFidelity::matchesGenerator_data()
{
    QTest::addColumn<QString>("configuration");
    for (const auto &[name, configuration] : configurations()) {
        if (configuration.generatorCanBuild)
            QTest::newRow(qPrintable(name)) << name;
    }
}

// Each post and page of the fixture at the same address as its generator gives it, in the same
// output file, and the same static files copied.
void TestSiteFidelity::matchesGenerator()
{
    QFETCH(QString, configuration);
    const bool jekyll = configuration.startsWith(u"jekyll");
    const QString program = jekyll ? u"jekyll"_s : u"hugo"_s;
    if (QStandardPaths::findExecutable(program).isEmpty())
        QSKIP(qPrintable(program + u" is not installed (Debian package "_s + program + u')'));

    const BuiltSite *built = site(configuration);
    QVERIFY(built);
    QVERIFY2(built->report.errors.isEmpty(), qPrintable(errorsText(built->report.errors)));
    QTemporaryDir generated;
    ExternalBuild build;
    ExternalBuildOptions options;
    options.generator =
        jekyll ? ExternalBuildOptions::Generator::Jekyll : ExternalBuildOptions::Generator::Hugo;
    options.siteRoot = built->source.path();
    options.extraArguments = {u"--destination"_s, generated.path()};
    const BuildReport report = build.run(options);
    QVERIFY2(!report.fatal && report.errors.isEmpty(), qPrintable(errorsText(report.errors)));

    // What the generator made of each source, from the fixture's own listing template.
    QMap<QString, QString> generatorUrls; // source (relative to the site) -> decoded URL
    QStringList generatorStatics;
    const QString listing =
        QDir(generated.path()).filePath(jekyll ? u"postwright-urls.txt"_s : u"index.html"_s);
    QFile file(listing);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(listing));
    int posts = 0;
    const QString contentDir = Blog::open(built->source.path()).value().layout().postsFolder;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u' ');
        const QString url = QUrl::fromPercentEncoding(fields.value(1).toUtf8());
        if (fields.first() == u"post") {
            ++posts; // Jekyll's listing has no path for posts: matched by URL below
            generatorUrls.insert(u"post:"_s + url, url);
        } else if (fields.first() == u"page") {
            const QString path = fields.value(2);
            // Only Markdown pages are Postwright's; the home page is the build's own.
            if (!jekyll)
                generatorUrls.insert(contentDir + u'/' + path, url);
            else if ((path.endsWith(u".md") || path.endsWith(u".markdown")) && path != u"index.md")
                generatorUrls.insert(path, url);
        } else if (fields.first() == u"static") {
            generatorStatics.append(fields.value(1).mid(1));
        }
    }

    QMap<QString, QString> builtUrls;
    for (const SitePost &post : built->content.posts)
        builtUrls.insert(jekyll ? u"post:"_s + post.url : post.relativePath, post.url);
    for (const SitePost &page : built->content.pages)
        builtUrls.insert(page.relativePath, page.url);
    QCOMPARE(builtUrls, generatorUrls);
    if (jekyll)
        QCOMPARE(int(built->content.posts.size()), posts);

    // The same output files, where the generator wrote them.
    const QStringList generatorFiles = filesBelow(generated.path());
    for (const QList<SitePost> *list : {&built->content.posts, &built->content.pages}) {
        for (const SitePost &post : *list)
            QVERIFY2(generatorFiles.contains(post.outputFile), qPrintable(post.outputFile));
    }
    QStringList builtStatics = built->staticFiles.keys();
    if (jekyll) {
        generatorStatics.sort();
        QCOMPARE(builtStatics, generatorStatics);
    } else {
        for (const QString &file : std::as_const(builtStatics))
            QVERIFY2(generatorFiles.contains(file), qPrintable(file));
        QVERIFY(!builtStatics.isEmpty());
    }
    for (const QString &file : std::as_const(builtStatics))
        QVERIFY2(QFileInfo(QDir(built->output.path()).filePath(file)).isFile(), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestSiteFidelity)
#include "tst_sitefidelity.moc"
