#include "blog/blog.h"
#include "blog/jekyllfiles.h"
#include "blog/sitelayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

Q_DECLARE_METATYPE(Postwright::SiteKind)

// Which conventions a folder follows, from the files at its root.
class TestSiteLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void unknownIsExplained_data();
    void unknownIsExplained();
    void blogOpenExplainsUnknown();
    void conventionsFor_data();
    void conventionsFor();
    void conventionsOf_data();
    void conventionsOf();
    void configFiles_data();
    void configFiles();
    void configuredOutputFolder_data();
    void configuredOutputFolder();
    void readFolders_data();
    void readFolders();
    void jekyllSkips_data();
    void jekyllSkips();
    void fnmatch_data();
    void fnmatch();
};

namespace {

// "name" writes a small config (or a folder, with a trailing '/'); "name|text" writes that text.
void touch(const QString &root, const QString &entry)
{
    const QString relative = entry.section(u'|', 0, 0);
    const QString path = QDir(root).filePath(relative);
    if (relative.endsWith(u'/')) {
        QVERIFY(QDir().mkpath(path));
        return;
    }
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (entry.contains(u'|'))
        file.write(entry.section(u'|', 1).toUtf8());
    else if (relative.endsWith(u".toml"))
        file.write("title = \"x\"\n");
    else if (relative.endsWith(u".json"))
        file.write("{\"title\": \"x\"}\n");
    else
        file.write("title: x\n");
}

} // namespace

void TestSiteLayout::detect_data()
{
    QTest::addColumn<QStringList>("files"); // a trailing '/' makes a folder
    QTest::addColumn<SiteKind>("kind");
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<QString>("postsFolder");
    QTest::addColumn<QString>("draftsFolder");
    QTest::addColumn<QString>("pagesFolder");
    QTest::addColumn<QString>("staticFolder");
    QTest::addColumn<QString>("outputFolder");

    const auto native = [](const QStringList &files) {
        QTest::newRow(qPrintable(QStringLiteral("native: ") + files.join(u", ")))
            << files << SiteKind::Native << "blog.yaml"
            << "posts"
            << ""
            << "pages"
            << "static"
            << "public";
    };
    native({"blog.yaml"});
    native({"blog.yaml", "posts/"});
    native({"blog.yaml", "hugo.toml", "content/"}); // a native blog that also keeps a Hugo config
    native({"blog.yaml", "_config.yml", "_posts/"});

    for (const char *config : {"hugo.toml", "hugo.yaml", "hugo.json"}) {
        QTest::newRow(qPrintable(QStringLiteral("hugo: %1 alone").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config)} << SiteKind::Hugo << config << "content"
            << ""
            << "content"
            << "static"
            << "public";
        QTest::newRow(qPrintable(QStringLiteral("hugo: %1 + content/").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config), "content/"} << SiteKind::Hugo << config << "content"
            << ""
            << "content"
            << "static"
            << "public";
    }
    for (const char *config : {"config.toml", "config.yaml", "config.json"}) {
        QTest::newRow(qPrintable(QStringLiteral("hugo: %1 + content/").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config), "content/"} << SiteKind::Hugo << config << "content"
            << ""
            << "content"
            << "static"
            << "public";
    }
    QTest::newRow("hugo: hugo.toml wins over config.toml")
        << QStringList{"config.toml", "hugo.toml", "content/"} << SiteKind::Hugo << "hugo.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";

    for (const char *config : {"_config.yml", "_config.yaml"}) {
        QTest::newRow(qPrintable(QStringLiteral("jekyll: %1 + _posts/").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config), "_posts/"} << SiteKind::Jekyll << config << "_posts"
            << "_drafts"
            << ""
            << ""
            << "_site";
        QTest::newRow(qPrintable(QStringLiteral("jekyll: %1 alone (a new site)").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config)} << SiteKind::Jekyll << config << "_posts"
            << "_drafts"
            << ""
            << ""
            << "_site";
    }
    QTest::newRow("jekyll: _config.yml with _posts/ beats config.toml with content/")
        << QStringList{"_config.yml", "_posts/", "config.toml", "content/"} << SiteKind::Jekyll
        << "_config.yml"
        << "_posts"
        << "_drafts"
        << ""
        << ""
        << "_site";
    // Config folders (config/_default/) and folders named in the config.
    QTest::newRow("hugo: config/_default/hugo.toml alone")
        << QStringList{"config/_default/hugo.toml"} << SiteKind::Hugo << "config/_default/hugo.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";
    QTest::newRow("hugo: config/_default/config.yaml + content/")
        << QStringList{"config/_default/config.yaml", "content/"} << SiteKind::Hugo
        << "config/_default/config.yaml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";
    QTest::newRow("hugo: config/_default/ with params.toml only")
        << QStringList{"config/_default/params.toml", "config/_default/menus.toml"} << SiteKind::Hugo
        << "config/_default/menus.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";
    QTest::newRow("hugo: the root's hugo.toml is the one to edit")
        << QStringList{"hugo.toml", "config/_default/params.toml"} << SiteKind::Hugo << "hugo.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";
    QTest::newRow("hugo: config.toml + its contentDir")
        << QStringList{"config.toml|contentDir = \"src\"\n", "src/"} << SiteKind::Hugo << "config.toml"
        << "src"
        << ""
        << "src"
        << "static"
        << "public";
    QTest::newRow("hugo: contentDir, publishDir, staticDir in config/_default/")
        << QStringList{"config/_default/hugo.yaml|contentDir: site/content\npublishDir: docs\nstaticDir: "
                       "[files, more]\n"}
        << SiteKind::Hugo << "config/_default/hugo.yaml"
        << "site/content"
        << ""
        << "site/content"
        << "files"
        << "docs";
    QTest::newRow("hugo: config/production/ wins over config/_default/")
        << QStringList{"config/_default/hugo.toml|publishDir = \"a\"\n",
                       "config/production/hugo.toml|publishDir = \"b\"\n"}
        << SiteKind::Hugo << "config/_default/hugo.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "b";
    QTest::newRow("hugo: hugo.yml") << QStringList{"hugo.yml"} << SiteKind::Hugo << "hugo.yml"
                                    << "content"
                                    << ""
                                    << "content"
                                    << "static"
                                    << "public";
    QTest::newRow("jekyll: destination") << QStringList{"_config.yml|destination: build/site\n", "_posts/"}
                                         << SiteKind::Jekyll << "_config.yml"
                                         << "_posts"
                                         << "_drafts"
                                         << ""
                                         << ""
                                         << "build/site";
    QTest::newRow("hugo: hugo.toml and content/ beat _config.yml without _posts/")
        << QStringList{"_config.yml", "hugo.toml", "content/"} << SiteKind::Hugo << "hugo.toml"
        << "content"
        << ""
        << "content"
        << "static"
        << "public";
}

void TestSiteLayout::detect()
{
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file : files)
        touch(dir.path(), file);

    const SiteLayout layout = SiteLayout::detect(dir.path());
    QTEST(layout.kind, "kind");
    QVERIFY(layout.isValid());
    QVERIFY(layout.explanation.isEmpty());
    QCOMPARE(layout.root, QDir(dir.path()).absolutePath());
    QTEST(layout.configFile, "configFile");
    QTEST(layout.postsFolder, "postsFolder");
    QTEST(layout.draftsFolder, "draftsFolder");
    QTEST(layout.pagesFolder, "pagesFolder");
    QTEST(layout.staticFolder, "staticFolder");
    QTEST(layout.outputFolder, "outputFolder");
    QCOMPARE(layout.path(layout.configFile), QDir(dir.path()).filePath(layout.configFile));
    QCOMPARE(layout.path(QString()), layout.root);
}

void TestSiteLayout::unknownIsExplained_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("explanationParts");

    const QStringList lookedFor{"no blog.yaml", "hugo.toml", "config.toml", "_config.yml"};
    QTest::newRow("empty folder") << QStringList{} << lookedFor;
    QTest::newRow("only posts") << QStringList{"posts/", "README.md"} << lookedFor;
    QTest::newRow("blog.yml is not blog.yaml") << QStringList{"blog.yml"} << lookedFor;
    QTest::newRow("config.toml without content/")
        << QStringList{"config.toml"}
        << QStringList{"config.toml", "no content/ folder", "blog.yaml", "_config.yml"};
    QTest::newRow("config.yaml without content/")
        << QStringList{"config.yaml", "static/"} << QStringList{"config.yaml", "no content/ folder"};
    QTest::newRow("config.toml whose contentDir is missing")
        << QStringList{"config.toml|contentDir = \"src\"\n", "content/"}
        << QStringList{"config.toml", "no src/ folder"};
    QTest::newRow("a config/ folder that is not Hugo's")
        << QStringList{"config/settings.toml", "config/app.yaml"} << lookedFor;
}

void TestSiteLayout::unknownIsExplained()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, explanationParts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file : files)
        touch(dir.path(), file);

    const SiteLayout layout = SiteLayout::detect(dir.path());
    QCOMPARE(layout.kind, SiteKind::Unknown);
    QVERIFY(!layout.isValid());
    QVERIFY(layout.configFile.isEmpty());
    QVERIFY2(layout.explanation.contains(QDir::toNativeSeparators(QDir(dir.path()).absolutePath())),
             qPrintable(layout.explanation));
    for (const QString &part : explanationParts)
        QVERIFY2(layout.explanation.contains(part), qPrintable(layout.explanation + u" lacks " + part));
}

void TestSiteLayout::blogOpenExplainsUnknown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    touch(dir.path(), QStringLiteral("posts/a.md"));
    const Result<Blog> opened = Blog::open(dir.path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().line, 0);
    QCOMPARE(opened.error().file, QDir(dir.path()).absolutePath());
    QCOMPARE(opened.error().message, SiteLayout::detect(dir.path()).explanation);
    QVERIFY(opened.error().message.contains(u"hugo.toml"));

    touch(dir.path(), QStringLiteral("hugo.toml"));
    const Result<Blog> hugo = Blog::open(dir.path());
    QVERIFY2(hugo.ok(), hugo.ok() ? "" : qPrintable(hugo.error().toString()));
    QCOMPARE(hugo.value().kind(), SiteKind::Hugo);
    QCOMPARE(hugo.value().layout().configFile, QStringLiteral("hugo.toml"));
    QCOMPARE(hugo.value().statePath(), QDir(dir.path()).filePath(QStringLiteral(".postwright")));
}

void TestSiteLayout::conventionsFor_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<SiteKind>("kind");

    QTest::newRow("native post") << "posts/a.md" << SiteKind::Native;
    QTest::newRow("native page") << "pages/about.md" << SiteKind::Native;
    QTest::newRow("native category folder named content") << "posts/content/a.md" << SiteKind::Native;
    QTest::newRow("hugo post") << "content/posts/a.md" << SiteKind::Hugo;
    QTest::newRow("hugo page") << "content/about.md" << SiteKind::Hugo;
    QTest::newRow("jekyll post") << "_posts/2024-01-01-a.md" << SiteKind::Jekyll;
    QTest::newRow("jekyll draft") << "_drafts/a.md" << SiteKind::Jekyll;
    QTest::newRow("jekyll top-level page") << "about.md" << SiteKind::Native;
    QTest::newRow("absolute path (no blog)") << "/tmp/content/a.md" << SiteKind::Native;
}

void TestSiteLayout::conventionsFor()
{
    QFETCH(QString, relativePath);
    QTEST(SiteLayout::conventionsFor(relativePath), "kind");
}

void TestSiteLayout::conventionsOf_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<SiteKind>("kind");

    const QStringList srcSite{"hugo.toml|contentDir = \"src\"\n", "src/"};
    QTest::newRow("hugo contentDir: post") << srcSite << "src/posts/a.md" << SiteKind::Hugo;
    QTest::newRow("hugo contentDir: content/ is not its content")
        << srcSite << "content/posts/a.md" << SiteKind::Native;
    QTest::newRow("hugo: content/") << QStringList{"hugo.toml", "content/"} << "content/posts/a.md"
                                    << SiteKind::Hugo;
    QTest::newRow("jekyll: post") << QStringList{"_config.yml", "_posts/"} << "_posts/2024-01-01-a.md"
                                  << SiteKind::Jekyll;
    QTest::newRow("jekyll: page in a folder")
        << QStringList{"_config.yml", "_posts/"} << "docs/guide.md" << SiteKind::Native;
    QTest::newRow("native") << QStringList{"blog.yaml"} << "posts/a.md" << SiteKind::Native;
}

void TestSiteLayout::conventionsOf()
{
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    for (const QString &file : files)
        touch(dir.path(), file);
    QFETCH(QString, relativePath);
    QTEST(SiteLayout::detect(dir.path()).conventionsOf(relativePath), "kind");
}

void TestSiteLayout::configFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("configFiles"); // lowest precedence first

    QTest::newRow("native") << QStringList{"blog.yaml"} << QStringList{"blog.yaml"};
    QTest::newRow("jekyll") << QStringList{"_config.yml", "_posts/"} << QStringList{"_config.yml"};
    QTest::newRow("hugo: one file") << QStringList{"hugo.toml"} << QStringList{"hugo.toml"};
    // Hugo reads one main file per folder: hugo.* before config.*.
    QTest::newRow("hugo: hugo.toml hides config.toml")
        << QStringList{"hugo.toml", "config.toml", "content/"} << QStringList{"hugo.toml"};
    QTest::newRow("hugo: config folders")
        << QStringList{"hugo.toml",
                       "config/_default/hugo.toml",
                       "config/_default/params.yaml",
                       "config/_default/menus.en.toml",
                       "config/_default/README.md",
                       "config/production/params.toml",
                       "config/staging/hugo.toml"}
        << QStringList{"hugo.toml", "config/_default/hugo.toml", "config/_default/menus.en.toml",
                       "config/_default/params.yaml", "config/production/params.toml"};
}

void TestSiteLayout::configFiles()
{
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    for (const QString &file : files)
        touch(dir.path(), file);
    QTEST(SiteLayout::detect(dir.path()).configFiles, "configFiles");
}

void TestSiteLayout::configuredOutputFolder_data()
{
    QTest::addColumn<SiteKind>("kind");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("output");

    QTest::newRow("hugo default") << SiteKind::Hugo << QStringList{"hugo.toml"} << "public";
    QTest::newRow("hugo publishDir") << SiteKind::Hugo << QStringList{"hugo.toml|publishDir = \"docs\"\n"}
                                     << "docs";
    QTest::newRow("hugo publishDir in config/_default/")
        << SiteKind::Hugo << QStringList{"config/_default/hugo.yaml|publishDir: out\n"} << "out";
    QTest::newRow("hugo: config/_default/ wins over the root file")
        << SiteKind::Hugo
        << QStringList{"hugo.toml|publishDir = \"root\"\n",
                       "config/_default/config.toml|publishDir = \"dir\"\n"}
        << "dir";
    QTest::newRow("hugo: key in any case")
        << SiteKind::Hugo << QStringList{"hugo.json|{\"PublishDir\": \"x\"}"} << "x";
    QTest::newRow("hugo: outside the site")
        << SiteKind::Hugo << QStringList{"hugo.toml|publishDir = \"../www\"\n"} << "../www";
    QTest::newRow("hugo: broken config")
        << SiteKind::Hugo << QStringList{"hugo.toml|publishDir = [\n"} << "public";
    QTest::newRow("jekyll default") << SiteKind::Jekyll << QStringList{"_config.yml"} << "_site";
    QTest::newRow("jekyll destination")
        << SiteKind::Jekyll << QStringList{"_config.yml|destination: ./public\n"} << "public";
    QTest::newRow("jekyll without config") << SiteKind::Jekyll << QStringList{} << "_site";
    QTest::newRow("jekyll: cleaned") << SiteKind::Jekyll
                                     << QStringList{"_config.yml|destination: ./build/../www\n"} << "www";
    QTest::newRow("jekyll: absolute")
        << SiteKind::Jekyll << QStringList{"_config.yml|destination: /srv/www\n"} << "/srv/www";
    QTest::newRow("hugo: absolute") << SiteKind::Hugo
                                    << QStringList{"hugo.toml|publishDir = \"/var/www/site\"\n"}
                                    << "/var/www/site";
    QTest::newRow("hugo: only a nested publishDir")
        << SiteKind::Hugo << QStringList{"hugo.toml|[params]\npublishDir = \"no\"\n"} << "public";
}

void TestSiteLayout::configuredOutputFolder()
{
    QFETCH(SiteKind, kind);
    QFETCH(QStringList, files);
    QFETCH(QString, output);
    QTemporaryDir dir;
    for (const QString &file : files)
        touch(dir.path(), file);
    const QString folder = SiteLayout::configuredOutputFolder(kind, dir.path());
    // Relative to the site, so an absolute one comes back as a path that leads there.
    if (QDir::isAbsolutePath(output))
        QCOMPARE(QDir::cleanPath(QDir(dir.path()).absoluteFilePath(folder)), output);
    else
        QCOMPARE(folder, output);
}

void TestSiteLayout::readFolders_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("readFolders");

    QTest::newRow("native") << QStringList{"blog.yaml"} << QStringList{"posts", "pages", "static"};
    QTest::newRow("hugo") << QStringList{"hugo.toml|contentDir = \"src\"\nstaticDir = \"files\"\n", "src/"}
                          << QStringList{"src", "files"};
    QTest::newRow("jekyll") << QStringList{"_config.yml|exclude: [private]\ndestination: public\n",
                                           "_posts/",
                                           "_layouts/",
                                           "assets/",
                                           "docs/",
                                           "private/",
                                           "public/",
                                           ".git/",
                                           "node_modules/",
                                           "vendor/"}
                            // vendor/ holds vendor/bundle/, excluded: not watched
                            << QStringList{"_posts", "_drafts", "assets", "docs"};
}

void TestSiteLayout::readFolders()
{
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    for (const QString &file : files)
        touch(dir.path(), file);
    QTEST(SiteLayout::detect(dir.path()).readFolders, "readFolders");
}

void TestSiteLayout::jekyllSkips_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isDir");
    QTest::addColumn<bool>("skipped");

    QTest::newRow("page") << "about.md" << false << false;
    QTest::newRow("assets") << "assets/css/site.css" << false << false;
    QTest::newRow("underscore folder") << "_layouts" << true << true;
    QTest::newRow("underscore file in a folder") << "docs/_partial.md" << false << true;
    QTest::newRow("dotfile") << ".env" << false << true;
    QTest::newRow("included dotfile") << ".htaccess" << false << false;
    QTest::newRow("included dotfile in a folder") << "docs/.htaccess" << false << false;
    QTest::newRow("hash") << "#notes.md" << false << true;
    QTest::newRow("tilde") << "~old.md" << false << true;
    QTest::newRow("backup") << "about.md~" << false << true;
    QTest::newRow("default exclude Gemfile") << "Gemfile" << false << true;
    QTest::newRow("default exclude is a prefix: Gemfile.lock") << "Gemfile.lock" << false << true;
    QTest::newRow("default exclude vendor/bundle/") << "vendor/bundle/x.rb" << false << true;
    QTest::newRow("vendor itself is read") << "vendor" << true << false;
    QTest::newRow("default exclude node_modules") << "node_modules" << true << true;
    QTest::newRow("excluded folder with slash") << "private" << true << true;
    QTest::newRow("excluded glob") << "logs/debug.log" << false << true;
    QTest::newRow("excluded glob crosses folders") << "a/b/c.log" << false << true;
    QTest::newRow("excluded by name") << "notes.txt" << false << true;
    QTest::newRow("same name in a folder is not excluded") << "docs/notes.txt" << false << false;
    QTest::newRow("include wins over exclude") << "drafts-public/x.md" << false << false;
}

void TestSiteLayout::jekyllSkips()
{
    const JekyllFiles files(QStringLiteral("/site"),
                            {"private/", "*.log", "notes.txt", "drafts-public", "Gemfile", "Gemfile.lock",
                             "node_modules", "vendor/bundle/"},
                            {".htaccess", "drafts-public"}, QStringLiteral("/site/_site"));
    QFETCH(QString, path);
    QFETCH(bool, isDir);
    QTEST(files.skips(path, isDir), "skipped");
}

void TestSiteLayout::fnmatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("literal") << "Gemfile"
                             << "Gemfile" << true;
    QTest::newRow("star") << "*.log"
                          << "debug.log" << true;
    QTest::newRow("star crosses slashes") << "*.log"
                                          << "a/b.log" << true;
    QTest::newRow("star needs the suffix") << "*.log"
                                           << "debug.logs" << false;
    QTest::newRow("question mark") << "file?.txt"
                                   << "file1.txt" << true;
    QTest::newRow("class") << "[abc].md"
                           << "b.md" << true;
    QTest::newRow("class miss") << "[abc].md"
                                << "d.md" << false;
    QTest::newRow("range") << "v[0-9]/x"
                           << "v7/x" << true;
    QTest::newRow("negated class") << "[!a]x"
                                   << "bx" << true;
    QTest::newRow("escaped star") << "a\\*b"
                                  << "a*b" << true;
    QTest::newRow("escaped star is literal") << "a\\*b"
                                             << "axb" << false;
    QTest::newRow("prefix is not a glob match") << "docs"
                                                << "docs/a.md" << false;
}

void TestSiteLayout::fnmatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QTEST(JekyllFiles::fnmatch(pattern, path), "matches");
}

QTEST_GUILESS_MAIN(TestSiteLayout)
#include "tst_sitelayout.moc"
