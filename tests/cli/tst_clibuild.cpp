#include "clirun.h"
#include "testblog.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright::Test;

// `postwright-cli build` as a script or a terminal uses it: the summary line, exit codes, and
// --watch rebuilding after an edit and stopping cleanly on SIGTERM.
class TestCliBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildWritesSiteAndSummary();
    void brokenPostIsReportedAndStrictFails_data();
    void brokenPostIsReportedAndStrictFails();
    void watchRebuildsAfterAnEditAndStopsOnSigterm();
    void hugoAndJekyllSitesUseTheirGenerator_data();
    void hugoAndJekyllSitesUseTheirGenerator();
    void postwrightYamlSetsTheBuild_data();
    void postwrightYamlSetsTheBuild();

private:
    static bool waitForLine(QProcess &process, QString &seen, const QRegularExpression &pattern, int count = 1);
};

bool TestCliBuild::waitForLine(QProcess &process, QString &seen, const QRegularExpression &pattern, int count)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        seen += QString::fromUtf8(process.readAllStandardOutput());
        if (seen.count(pattern) >= count)
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(200);
    }
    return false;
}

void TestCliBuild::buildWritesSiteAndSummary()
{
    TestBlog blog;
    blog.writePost("posts/a.md", "A", "2026-01-01", "Design");
    const CliRun first = runCli({"build", blog.root()});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QRegularExpression("Built 1 posts into .*/public: \\d+ files written, 0 unchanged")),
             qPrintable(first.out));
    QVERIFY(QFileInfo::exists(blog.path("public/posts/a/index.html")));
    QVERIFY(QFileInfo::exists(blog.path(".postwright/build-cache")));
    const CliRun second = runCli({"build", blog.root()});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(" 0 files written"), qPrintable(second.out));
}

void TestCliBuild::brokenPostIsReportedAndStrictFails_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("default") << QStringList{} << 0;
    QTest::newRow("--strict") << QStringList{"--strict"} << 1;
}

void TestCliBuild::brokenPostIsReportedAndStrictFails()
{
    QFETCH(QStringList, options);
    TestBlog blog;
    blog.writePost("posts/good.md", "Good", "2026-01-01");
    blog.write("posts/broken.md", "---\ntitle: A\ntitle: B\n---\nBody\n");
    const CliRun run = runCli(QStringList{"build", blog.root()} + options);
    QTEST(run.exitCode, "exitCode");
    QVERIFY2(run.err.contains("posts/broken.md:3:"), qPrintable(run.err));
    QVERIFY(QFileInfo::exists(blog.path("public/posts/good/index.html")));
}

void TestCliBuild::watchRebuildsAfterAnEditAndStopsOnSigterm()
{
    TestBlog blog;
    const QString post = blog.writePost("posts/a.md", "A", "2026-01-01", "Design");
    blog.writePost("posts/b.md", "B", "2026-01-02", "Design");
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_CLI_PATH), {"build", blog.root(), "--watch"});
    QString seen;
    QVERIFY2(waitForLine(process, seen, QRegularExpression("Watching .* for changes")), qPrintable(seen));
    QVERIFY(QFileInfo::exists(blog.path("public/posts/a/index.html")));

    QFile file(post);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\nAn added sentence.\n");
    file.close();
    QVERIFY2(waitForLine(process, seen, QRegularExpression("Built 2 posts"), 2), qPrintable(seen));
    QVERIFY(seen.contains("Changed: " + QDir::toNativeSeparators(post)));
    QFile page(blog.path("public/posts/a/index.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("An added sentence."));

    // A broken edit is reported, and the watch goes on.
    blog.write("posts/b.md", "---\ntitle: [unclosed\n---\n");
    QVERIFY2(waitForLine(process, seen, QRegularExpression("Built 1 posts"), 1), qPrintable(seen));

    QFile::remove(blog.path(".postwright/build-cache"));
    process.terminate(); // SIGTERM, like Ctrl+C
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    seen += QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(seen.contains("Stopped watching."));
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("posts/b.md:2:"));
    QVERIFY(QFileInfo::exists(blog.path(".postwright/build-cache"))); // saved on the way out
}

void TestCliBuild::hugoAndJekyllSitesUseTheirGenerator_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QStringList>("files"); // path, content, path, content…
    QTest::addColumn<QString>("output");    // an output file, relative to the site
    QTest::addColumn<QString>("error");     // empty: the build succeeds

    const QStringList hugo{"hugo.toml",
                           "baseURL = \"https://example.org/\"\ntitle = \"T\"\n",
                           "layouts/_default/single.html",
                           "<html><body>{{ .Content }}</body></html>\n",
                           "layouts/_default/list.html",
                           "<ul></ul>\n",
                           "content/posts/a.md",
                           "+++\ntitle = \"A\"\ndate = 2024-01-01\n+++\nHello\n"};
    QTest::newRow("hugo") << "hugo" << hugo << "public/posts/a/index.html" << QString();
    QTest::newRow("hugo, broken front matter")
        << "hugo"
        << hugo + QStringList{"content/posts/b.md", "---\ntitle: \"B\ndate: 2024-01-02\nfoo: [\n---\nB\n"}
        << QString() << "content/posts/b.md:4:1: failed to unmarshal YAML";
    const QStringList jekyll{"_config.yml",
                             "title: T\n",
                             "_layouts/default.html",
                             "<html>{{ content }}</html>\n",
                             "_posts/2024-01-02-hello.md",
                             "---\nlayout: default\ntitle: Hello\n---\nHello\n"};
    QTest::newRow("jekyll") << "jekyll" << jekyll << "_site/2024/01/02/hello.html" << QString();
    QTest::newRow("jekyll, broken layout")
        << "jekyll"
        << jekyll + QStringList{"_layouts/default.html", "---\n---\n<html>\n{% nosuchtag %}\n</html>\n"}
        << QString() << "_layouts/default.html:4: Liquid syntax error: Unknown tag 'nosuchtag'";
}

// A Hugo or Jekyll site goes to its own generator when it is installed: its output streamed, its
// errors as file:line:col lines.
void TestCliBuild::hugoAndJekyllSitesUseTheirGenerator()
{
    QFETCH(QString, generator);
    QFETCH(QStringList, files);
    QFETCH(QString, output);
    QFETCH(QString, error);
    if (QStandardPaths::findExecutable(generator).isEmpty())
        QSKIP(qPrintable(generator + " is not installed (Debian package " + generator + ")"));

    QTemporaryDir site;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
        const QString path = site.filePath(files.at(i));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(files.at(i + 1).toUtf8());
    }
    const CliRun run = runCli({"build", site.path()});
    if (error.isEmpty()) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QRegularExpression("Built with (Hugo|Jekyll) into .*: \\d+ files written")),
                 qPrintable(run.out));
        QVERIFY(QFileInfo::exists(site.filePath(output)));
    } else {
        QVERIFY2(run.exitCode != 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(site.filePath(error)), qPrintable(run.err));
        QVERIFY2(run.err.contains("could not build the site"), qPrintable(run.err)); // a failure: on stderr
    }
}

void TestCliBuild::postwrightYamlSetsTheBuild_data()
{
    QTest::addColumn<QByteArray>("settings"); // postwright.yaml
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // a part of stdout; %1 is the site's folder
    QTest::addColumn<QString>("err"); // a part of stderr; %1 is the site's folder

    QTest::newRow("build.command")
        << QByteArray("build:\n  command: ./build.sh --fast  # a wrapper\n") << 0
        << "custom build --fast --destination %1/public\nBuilt with Hugo into %1/public: "
           "1 files written"
        << QString();
    QTest::newRow("build.generator: false")
        << QByteArray("build:\n  generator: false\n") << 0 << "Built 1 posts into %1/public"
        << "note: building the Hugo site with Postwright's own builder: postwright.yaml sets "
           "\u201cgenerator: "
           "false\u201d under \u201cbuild:\u201d.";
    QTest::newRow("postwright.yaml does not parse")
        << QByteArray("build:\n  command: [hugo\n") << 1 << QString() << "%1/postwright.yaml:3:";
}

// postwright.yaml's build: block says how `build` builds a Hugo or Jekyll site; a script stands in
// for the generator, so these rows need neither.
void TestCliBuild::postwrightYamlSetsTheBuild()
{
    QFETCH(QByteArray, settings);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    QTemporaryDir site;
    const auto write = [&site](const QString &relative, const QByteArray &content) {
        QDir().mkpath(QFileInfo(site.filePath(relative)).absolutePath());
        QFile file(site.filePath(relative));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    QVERIFY(write("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"T\"\n"));
    QVERIFY(write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello\n"));
    QVERIFY(write("postwright.yaml", settings));
    // The generator's options follow the command: --fast --destination DIR.
    QVERIFY(write("build.sh",
                  "#!/bin/sh\necho \"custom build $*\"\nmkdir -p \"$3\"\necho hi > \"$3/index.html\"\n"));
    QVERIFY(QFile::setPermissions(site.filePath("build.sh"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const CliRun run = runCli({"build", site.path()});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(out.arg(site.path())), qPrintable(run.out));
    QVERIFY2(run.err.contains(err.arg(site.path())), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliBuild)
#include "tst_clibuild.moc"
