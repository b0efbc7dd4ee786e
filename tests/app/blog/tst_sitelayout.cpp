#include "blog/blog.h"
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
};

namespace {

void touch(const QString &root, const QString &relative)
{
    const QString path = QDir(root).filePath(relative);
    if (relative.endsWith(u'/')) {
        QVERIFY(QDir().mkpath(path));
        return;
    }
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (relative.endsWith(u".toml"))
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
            << "assets"
            << "_site";
        QTest::newRow(qPrintable(QStringLiteral("jekyll: %1 alone (a new site)").arg(QLatin1String(config))))
            << QStringList{QString::fromLatin1(config)} << SiteKind::Jekyll << config << "_posts"
            << "_drafts"
            << ""
            << "assets"
            << "_site";
    }
    QTest::newRow("jekyll: _config.yml with _posts/ beats config.toml with content/")
        << QStringList{"_config.yml", "_posts/", "config.toml", "content/"} << SiteKind::Jekyll
        << "_config.yml"
        << "_posts"
        << "_drafts"
        << ""
        << "assets"
        << "_site";
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

QTEST_GUILESS_MAIN(TestSiteLayout)
#include "tst_sitelayout.moc"
