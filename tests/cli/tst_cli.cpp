#include "clirun.h"
#include "testblog.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

// A post whose front matter names `title` twice: an error on line 3, body heading on line 5.
constexpr QByteArrayView brokenPost = "---\ntitle: A\ntitle: B\n---\n## Body\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsNameAndVersion_data();
    void versionPrintsNameAndVersion();
    void helpListsEveryCommand_data();
    void helpListsEveryCommand();
    void helpForOneCommand_data();
    void helpForOneCommand();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void renderPrintsBodyHtml();
    void renderMissingFileExitsWith2();
    void renderBrokenFrontMatterExitsWith1();
    void renderInvalidUtf8ExitsWith1();
    void checkNamesBrokenPosts_data();
    void checkNamesBrokenPosts();
    void checkCleanBlogExitsWith0();
    void checkBrokenSettingsExitsWith1();
    void checkWithoutBlogExitsWith2_data();
    void checkWithoutBlogExitsWith2();
};

void TestCli::versionPrintsNameAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << u"--version"_s;
    QTest::newRow("short") << u"-v"_s;
}

void TestCli::versionPrintsNameAndVersion()
{
    QFETCH(QString, option);
    const CliRun run = runCli({option});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("postwright-cli " POSTWRIGHT_VERSION "\n"));
    QCOMPARE(run.err, QString());
}

void TestCli::helpListsEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("-h") << QStringList{u"-h"_s};
    QTest::newRow("help command") << QStringList{u"help"_s};
}

void TestCli::helpListsEveryCommand()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"--version"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"--quiet"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"--json"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Exit codes: 0 success, 1 "), qPrintable(run.out));
    for (const QString &command :
         {u"render"_s, u"build"_s, u"publish"_s, u"pull"_s, u"import-wxr"_s, u"check"_s, u"help"_s}) {
        // "  render   One line saying what it does." then "Example: postwright-cli render ..."
        const QRegularExpression summary(u"^  %1\\b.*\\s{2,}\\w.+$"_s.arg(command),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(summary.match(run.out).hasMatch(),
                 qPrintable(command + u" has no summary in:\n"_s + run.out));
        QVERIFY2(run.out.contains(u"Example: postwright-cli %1"_s.arg(command)), qPrintable(run.out));
    }
    // It fits an 80-column terminal: summaries are wrapped; examples and the usage line (with the
    // program's path) may run longer.
    for (const QString &line : run.out.split(u'\n')) {
        if (!line.trimmed().startsWith(u"Example:") && !line.startsWith(u"Usage:"))
            QVERIFY2(line.size() <= 80, qPrintable(u"too wide: "_s + line));
    }
}

void TestCli::helpForOneCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("mentions"); // options, exit codes and JSON fields the help must name
    QTest::newRow("help render") << QStringList{u"help"_s, u"render"_s} << u"Usage: postwright-cli render FILE\n"_s
                                 << QStringList{u"0 rendered"_s, u"2 wrong usage"_s};
    QTest::newRow("render --help") << QStringList{u"render"_s, u"--help"_s}
                                   << u"Usage: postwright-cli render FILE\n"_s << QStringList{u"1 the front matter"_s};
    QTest::newRow("check -h") << QStringList{u"check"_s, u"-h"_s}
                              << u"Usage: postwright-cli check [BLOG] [--quiet] [--json]\n"_s
                              << QStringList{u"-q, --quiet"_s, u"--json"_s, u"\"linksChecked\""_s,
                                             u"\"links\": [ERROR]"_s, u"1 a post or page"_s};
    QTest::newRow("help build") << QStringList{u"help"_s, u"build"_s} << u"Usage: postwright-cli build [BLOG]"_s
                                << QStringList{u"--out DIR"_s, u"--strict"_s, u"--watch"_s, u"-q, --quiet"_s,
                                               u"\"filesWritten\""_s, u"\"durationMs\""_s, u"\"warnings\""_s,
                                               u"2 wrong usage"_s};
    QTest::newRow("publish --help") << QStringList{u"publish"_s, u"--help"_s}
                                    << u"Usage: postwright-cli publish [BLOG]"_s
                                    << QStringList{u"--target NAME"_s, u"--dry-run"_s, u"--json"_s,
                                                   u"\"uploaded\""_s, u"\"failures\""_s, u"3 the target"_s,
                                                   u"Secrets"_s};
    QTest::newRow("help pull") << QStringList{u"help"_s, u"pull"_s} << u"Usage: postwright-cli pull [BLOG]"_s
                               << QStringList{u"--overwrite"_s, u"-q, --quiet"_s, u"3 the blog"_s};
    QTest::newRow("help import-wxr") << QStringList{u"help"_s, u"import-wxr"_s}
                                     << u"Usage: postwright-cli import-wxr EXPORT.xml"_s
                                     << QStringList{u"--dry-run"_s, u"0 imported"_s};
    QTest::newRow("help help") << QStringList{u"help"_s, u"help"_s} << u"Usage: postwright-cli help [COMMAND]"_s
                               << QStringList{u"2 there is no such command"_s};
}

void TestCli::helpForOneCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
    const QString command = arguments.first() == u"help" ? arguments.last() : arguments.first();
    QVERIFY2(run.out.contains(u"\nOptions:\n"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"-h, --help"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\nExit codes: 0 "), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Example: postwright-cli " + command) || command == u"help", qPrintable(run.out));
    // Wrapped to the terminal: a mention may be split over two lines.
    const QString flowing = run.out.simplified();
    for (const QString &mention : mentions)
        QVERIFY2(flowing.contains(mention), qPrintable(mention + u" is not in:\n"_s + run.out));
}

void TestCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    const QString hint = u"Run \"postwright-cli help\" to see the commands."_s;
    QTest::newRow("no command") << QStringList() << u"Commands:"_s;
    QTest::newRow("unknown command") << QStringList{u"publish-everything"_s} << u"publish-everything"_s;
    QTest::newRow("unknown command hint") << QStringList{u"publish-everything"_s} << hint;
    QTest::newRow("misspelt command") << QStringList{u"chek"_s} << u"Did you mean \"check\"?"_s;
    QTest::newRow("--json for render") << QStringList{u"--json"_s, u"render"_s, u"a.md"_s} << u"no --json"_s;
    QTest::newRow("build unknown option") << QStringList{u"build"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("build two folders") << QStringList{u"build"_s, u"a"_s, u"b"_s} << hint;
    QTest::newRow("publish unknown option") << QStringList{u"publish"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("publish keep both") << QStringList{u"publish"_s, u"--keep-mine"_s, u"--keep-web"_s}
                                       << u"contradict"_s;
    QTest::newRow("pull --json") << QStringList{u"pull"_s, u"--json"_s} << u"json"_s;
    QTest::newRow("import-wxr without export") << QStringList{u"import-wxr"_s} << hint;
    QTest::newRow("check unknown option") << QStringList{u"check"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("render without a file") << QStringList{u"render"_s} << hint;
    QTest::newRow("render with two files") << QStringList{u"render"_s, u"a.md"_s, u"b.md"_s} << hint;
    QTest::newRow("check with two folders") << QStringList{u"check"_s, u"a"_s, u"b"_s} << hint;
    QTest::newRow("help for an unknown command")
        << QStringList{u"help"_s, u"frobnicate"_s} << u"frobnicate"_s;
}

void TestCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(expectedError), qPrintable(run.err));
}

void TestCli::renderPrintsBodyHtml()
{
    TestBlog blog;
    const QString path = blog.writePost(u"posts/hello.md"_s, u"Hello"_s, u"2024-05-01"_s, {}, false,
                                        "## Section\n\nSome *text*.\n");
    const CliRun run = runCli({u"render"_s, path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    // Lines 1-4 are the front matter: it is not rendered, and positions are the file's lines.
    QCOMPARE(run.out, u"<h2 data-sourcepos=\"5:1-5:10\">Section</h2>\n"
                      "<p data-sourcepos=\"7:1-7:12\">Some <em>text</em>.</p>\n"_s);
}

void TestCli::renderMissingFileExitsWith2()
{
    TestBlog blog;
    const QString path = blog.path(u"posts/missing.md"_s);
    const CliRun run = runCli({u"render"_s, path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
}

void TestCli::renderBrokenFrontMatterExitsWith1()
{
    TestBlog blog;
    const QString path = blog.write(u"posts/broken.md"_s, brokenPost.toByteArray());
    const CliRun run = runCli({u"render"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(path + u":3:"), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(run.out, u"<h2 data-sourcepos=\"5:1-5:7\">Body</h2>\n"_s);
}

void TestCli::renderInvalidUtf8ExitsWith1()
{
    TestBlog blog;
    const QString path = blog.write(u"posts/latin1.md"_s, "---\ntitle: A\n---\ncaf\xe9 au lait\n");
    const CliRun run = runCli({u"render"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(path + u":4:"), qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"<p data-sourcepos=\"4:1-"), qPrintable(run.out));
    QVERIFY2(run.out.endsWith(u">caf\ufffd au lait</p>\n"), qPrintable(run.out));
}

void TestCli::checkNamesBrokenPosts_data()
{
    QTest::addColumn<bool>("fromBlogFolder");
    QTest::newRow("blog is the current folder") << true;
    QTest::newRow("blog given as argument") << false;
}

void TestCli::checkNamesBrokenPosts()
{
    QFETCH(bool, fromBlogFolder);
    TestBlog blog;
    blog.writePost(u"posts/good.md"_s, u"Good"_s, u"2024-05-01"_s);
    blog.write(u"posts/2024/broken.md"_s, brokenPost.toByteArray());

    const CliRun run = fromBlogFolder ? runCli({u"check"_s}, blog.root()) : runCli({u"check"_s, blog.root()});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // Paths the way the user can open them from where they ran the command.
    const QString expectedFile =
        fromBlogFolder ? u"posts/2024/broken.md"_s : blog.path(u"posts/2024/broken.md"_s);
    QVERIFY2(lines.first().startsWith(expectedFile + u":3:"), qPrintable(run.out));
    QCOMPARE(lines.last(), u"Posts: 2, pages: 0, with errors: 1; links: 0, broken: 0."_s);
    QCOMPARE(run.err, QString());
}

void TestCli::checkCleanBlogExitsWith0()
{
    TestBlog blog;
    blog.writePost(u"posts/one.md"_s, u"One"_s, u"2024-05-01"_s);
    blog.writePost(u"posts/two/index.md"_s, u"Two"_s, u"2024-05-02"_s, u"Design"_s);
    const CliRun run = runCli({u"check"_s, blog.root()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Posts: 2, pages: 0, with errors: 0; links: 0, broken: 0.\n"_s);
    QCOMPARE(run.err, QString());
}

void TestCli::checkBrokenSettingsExitsWith1()
{
    TestBlog blog("title: [unclosed\n");
    const CliRun run = runCli({u"check"_s, blog.root()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"blog.yaml"), qPrintable(run.err));
}

void TestCli::checkWithoutBlogExitsWith2_data()
{
    QTest::addColumn<bool>("folderExists");
    QTest::newRow("missing folder") << false;
    QTest::newRow("folder without blog.yaml") << true;
}

void TestCli::checkWithoutBlogExitsWith2()
{
    QFETCH(bool, folderExists);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = folderExists ? dir.path() : dir.filePath(u"nowhere"_s);
    const CliRun run = runCli({u"check"_s, folder});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(folder), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
