#include "blog/sitetoolsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using Style = SiteToolSettings::PreviewStyle;

class TestSiteToolSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void fileForEachKind();
    void missingFileIsDefaults();
};

void TestSiteToolSettings::parse_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("useGenerator");
    QTest::addColumn<int>("style");
    QTest::addColumn<QStringList>("css");

    QTest::newRow("empty") << ""
                           << "" << true << int(Style::Auto) << QStringList();
    QTest::newRow("other keys only") << "title: Blog\npublish:\n  targets: []\n"
                                     << "" << true << int(Style::Auto) << QStringList();
    QTest::newRow("command") << "build:\n  command: hugo --minify\n"
                             << "hugo --minify" << true << int(Style::Auto) << QStringList();
    QTest::newRow("built-in theme") << "build:\n  generator: false\n"
                                    << "" << false << int(Style::Auto) << QStringList();
    QTest::newRow("site style, one css") << "preview:\n  style: site\n  css: assets/main.css\n"
                                         << "" << true << int(Style::Site) << QStringList{"assets/main.css"};
    QTest::newRow("builtin style") << "preview: {style: builtin}\n"
                                   << "" << true << int(Style::BuiltIn) << QStringList();
    QTest::newRow("css list") << "preview:\n  css:\n    - a.css\n    - css/b.css\n"
                              << "" << true << int(Style::Auto) << QStringList{"a.css", "css/b.css"};
}

void TestSiteToolSettings::parse()
{
    QFETCH(QString, yaml);
    const Result<SiteToolSettings> settings =
        SiteToolSettings::parse(yaml, QStringLiteral("postwright.yaml"));
    QVERIFY2(settings, settings ? "" : qPrintable(settings.error().toString()));
    QTEST(settings.value().buildCommand, "command");
    QTEST(settings.value().useGenerator, "useGenerator");
    QTEST(int(settings.value().previewStyle), "style");
    QTEST(settings.value().previewCss, "css");
}

void TestSiteToolSettings::errors_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("bad yaml") << "build:\n  command: [unclosed\n" << 3 << "Invalid YAML";
    QTest::newRow("build not a map") << "build: hugo\n" << 1 << "build";
    QTest::newRow("command list") << "build:\n  command: [hugo, x]\n" << 2 << "one line";
    QTest::newRow("generator not bool") << "build:\n  generator: maybe\n" << 2 << "true or false";
    QTest::newRow("unknown style") << "preview:\n  style: fancy\n" << 2 << "auto, site or builtin";
    QTest::newRow("css outside site") << "preview:\n  css: ../../etc/passwd\n" << 2 << "not inside the site";
    QTest::newRow("css absolute") << "preview:\n  css: [/etc/passwd]\n" << 2 << "not inside the site";
    QTest::newRow("css map") << "preview:\n  css: {a: b}\n" << 2 << "list of paths";
}

void TestSiteToolSettings::errors()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(QString, says);
    const Result<SiteToolSettings> settings =
        SiteToolSettings::parse(yaml, QStringLiteral("postwright.yaml"));
    QVERIFY(!settings);
    QCOMPARE(settings.error().file, QStringLiteral("postwright.yaml"));
    QCOMPARE(settings.error().line, line);
    QVERIFY2(settings.error().message.contains(says), qPrintable(settings.error().message));
}

void TestSiteToolSettings::fileForEachKind()
{
    SiteLayout layout;
    layout.root = QStringLiteral("/blog");
    layout.kind = SiteKind::Native;
    QCOMPARE(SiteToolSettings::filePath(layout), QStringLiteral("/blog/blog.yaml"));
    layout.kind = SiteKind::Hugo;
    QCOMPARE(SiteToolSettings::filePath(layout), QStringLiteral("/blog/postwright.yaml"));
    layout.kind = SiteKind::Jekyll;
    QCOMPARE(SiteToolSettings::filePath(layout), QStringLiteral("/blog/postwright.yaml"));
}

void TestSiteToolSettings::missingFileIsDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("hugo.toml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title = \"Site\"\n");
    config.close();
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("content/posts")));
    const SiteLayout layout = SiteLayout::detect(dir.path());
    QCOMPARE(layout.kind, SiteKind::Hugo);
    const Result<SiteToolSettings> none = SiteToolSettings::load(layout);
    QVERIFY(none);
    QVERIFY(none.value().buildCommand.isEmpty());

    QFile own(dir.filePath(QStringLiteral("postwright.yaml")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("build:\n  command: hugo --gc\n");
    own.close();
    const Result<SiteToolSettings> read = SiteToolSettings::load(layout);
    QVERIFY(read);
    QCOMPARE(read.value().buildCommand, QStringLiteral("hugo --gc"));
}

QTEST_GUILESS_MAIN(TestSiteToolSettings)
#include "tst_sitetoolsettings.moc"
