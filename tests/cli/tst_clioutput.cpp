#include "clirun.h"
#include "testblog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView brokenPost = "---\ntitle: A\ntitle: B\n---\nBody\n";
const QString secret = u"S3cret-Passw0rd-xyz"_s;

} // namespace

// What scripts and CI rely on: the exit codes of every command (0 ok, 1 content, 2 usage,
// 3 network or credentials), --quiet, and the --json documents of build, check and publish.
class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exitCodes_data();
    void exitCodes();
    void quietIsQuiet_data();
    void quietIsQuiet();
    void quietStillTellsErrors();
    void buildJson();
    void publishJsonToAFolder();
    void publishJsonNeverHoldsTheSecret();
    void usageErrorsComeAsJson_data();
    void usageErrorsComeAsJson();

private:
    // A blog with one good post, and blog.yaml's publish: a folder target "site" (default),
    // an SFTP target "box" on a closed port.
    std::unique_ptr<TestBlog> makeBlog(const QByteArray &extraYaml = {});
    QString substitute(QStringList &arguments, const TestBlog &blog) const;

    std::unique_ptr<QTemporaryDir> m_served;
};

void TestCliOutput::init()
{
    m_served = std::make_unique<QTemporaryDir>();
    QVERIFY(m_served->isValid());
}

std::unique_ptr<TestBlog> TestCliOutput::makeBlog(const QByteArray &extraYaml)
{
    const QByteArray yaml = "title: Test Blog\nbaseURL: https://example.org/\n" + extraYaml +
                            "publish:\n"
                            "  default: site\n"
                            "  targets:\n"
                            "    - name: site\n"
                            "      type: folder\n"
                            "      path: " +
                            m_served->filePath(u"site"_s).toUtf8() +
                            "\n"
                            "    - name: box\n"
                            "      type: sftp\n"
                            "      host: 127.0.0.1\n"
                            "      port: 9\n"
                            "      user: me\n";
    auto blog = std::make_unique<TestBlog>(yaml);
    blog->writePost(u"posts/good.md"_s, u"Good"_s, u"2026-01-01"_s, u"Design"_s);
    return blog;
}

QString TestCliOutput::substitute(QStringList &arguments, const TestBlog &blog) const
{
    for (QString &argument : arguments)
        argument.replace(u"{blog}"_s, blog.root());
    return blog.root();
}

void TestCliOutput::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {blog}: the test's blog
    QTest::addColumn<QByteArray>("setup");      // "broken-post", "broken-link", "broken-yaml", "no-blog", ""
    QTest::addColumn<bool>("withSecret");       // POSTWRIGHT_SECRET set
    QTest::addColumn<int>("exitCode");

    const QByteArray none;
    QTest::newRow("build ok") << QStringList{u"build"_s, u"{blog}"_s} << none << false << 0;
    QTest::newRow("build broken post")
        << QStringList{u"build"_s, u"{blog}"_s} << QByteArray("broken-post") << false << 0;
    QTest::newRow("build --strict broken post")
        << QStringList{u"build"_s, u"--strict"_s, u"{blog}"_s} << QByteArray("broken-post") << false << 1;
    QTest::newRow("build broken blog.yaml")
        << QStringList{u"build"_s, u"{blog}"_s} << QByteArray("broken-yaml") << false << 1;
    QTest::newRow("build no blog") << QStringList{u"build"_s, u"{blog}"_s} << QByteArray("no-blog") << false
                                   << 2;
    QTest::newRow("build missing folder")
        << QStringList{u"build"_s, u"{blog}/nowhere"_s} << none << false << 2;
    QTest::newRow("check ok") << QStringList{u"check"_s, u"{blog}"_s} << none << false << 0;
    QTest::newRow("check broken post")
        << QStringList{u"check"_s, u"{blog}"_s} << QByteArray("broken-post") << false << 1;
    QTest::newRow("check broken link")
        << QStringList{u"check"_s, u"{blog}"_s} << QByteArray("broken-link") << false << 1;
    QTest::newRow("check broken blog.yaml")
        << QStringList{u"check"_s, u"{blog}"_s} << QByteArray("broken-yaml") << false << 1;
    QTest::newRow("check no blog") << QStringList{u"check"_s, u"{blog}"_s} << QByteArray("no-blog") << false
                                   << 2;
    QTest::newRow("render missing file")
        << QStringList{u"render"_s, u"{blog}/posts/none.md"_s} << none << false << 2;
    QTest::newRow("render broken post")
        << QStringList{u"render"_s, u"{blog}/posts/broken.md"_s} << QByteArray("broken-post") << false << 1;
    QTest::newRow("publish to a folder") << QStringList{u"publish"_s, u"{blog}"_s} << none << false << 0;
    QTest::newRow("publish --dry-run")
        << QStringList{u"publish"_s, u"--dry-run"_s, u"{blog}"_s} << none << false << 0;
    QTest::newRow("publish unknown target")
        << QStringList{u"publish"_s, u"--target"_s, u"nope"_s, u"{blog}"_s} << none << false << 2;
    QTest::newRow("publish no blog") << QStringList{u"publish"_s, u"{blog}"_s} << QByteArray("no-blog")
                                     << false << 2;
    QTest::newRow("publish broken blog.yaml")
        << QStringList{u"publish"_s, u"{blog}"_s} << QByteArray("broken-yaml") << false << 1;
    QTest::newRow("publish server not reachable")
        << QStringList{u"publish"_s, u"--target"_s, u"box"_s, u"{blog}"_s} << none << true << 3;
    QTest::newRow("pull from a folder target")
        << QStringList{u"pull"_s, u"--target"_s, u"site"_s, u"{blog}"_s} << none << false << 2;
    QTest::newRow("pull no blog") << QStringList{u"pull"_s, u"{blog}"_s} << QByteArray("no-blog") << false
                                  << 2;
    QTest::newRow("import-wxr missing export")
        << QStringList{u"import-wxr"_s, u"{blog}/none.xml"_s, u"{blog}"_s} << none << false << 2;
    QTest::newRow("help unknown command") << QStringList{u"help"_s, u"nope"_s} << none << false << 2;
}

void TestCliOutput::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, setup);
    QFETCH(bool, withSecret);
    const std::unique_ptr<TestBlog> blog = makeBlog();
    if (setup == "broken-post")
        blog->write(u"posts/broken.md"_s, brokenPost.toByteArray());
    else if (setup == "broken-link")
        blog->writePost(u"posts/linking.md"_s, u"L"_s, u"2026-01-02"_s, {}, false, "[gone](/posts/gone/)\n");
    else if (setup == "broken-yaml")
        blog->write(u"blog.yaml"_s, "title: [unclosed\n");
    else if (setup == "no-blog")
        QVERIFY(blog->remove(u"blog.yaml"_s));
    substitute(arguments, *blog);
    QList<std::pair<QString, QString>> environment;
    if (withSecret)
        environment.append({u"POSTWRIGHT_SECRET"_s, secret});
    const CliRun run = runCli(arguments, {}, environment);
    QVERIFY2(run.exitCode >= 0, "crashed or hung");
    QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), "the secret was printed");
    QTEST(run.exitCode, "exitCode");
    // A failure says why on stderr; check's findings are its output, on stdout.
    if (run.exitCode != 0)
        QVERIFY2(!run.err.isEmpty() || (arguments.first() == u"check" && !run.out.isEmpty()),
                 "no reason given");
}

void TestCliOutput::quietIsQuiet_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("build -q") << QStringList{u"build"_s, u"-q"_s, u"{blog}"_s};
    QTest::newRow("--quiet build") << QStringList{u"--quiet"_s, u"build"_s, u"{blog}"_s};
    QTest::newRow("check --quiet") << QStringList{u"check"_s, u"--quiet"_s, u"{blog}"_s};
    QTest::newRow("publish -q") << QStringList{u"publish"_s, u"-q"_s, u"{blog}"_s};
    QTest::newRow("publish --dry-run -q") << QStringList{u"publish"_s, u"--dry-run"_s, u"-q"_s, u"{blog}"_s};
    QTest::newRow("-q import-wxr --dry-run")
        << QStringList{u"-q"_s, u"import-wxr"_s,
                       QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/wxr/export.xml"),
                       u"{blog}/imported"_s, u"--dry-run"_s};
}

void TestCliOutput::quietIsQuiet()
{
    QFETCH(QStringList, arguments);
    const std::unique_ptr<TestBlog> blog = makeBlog();
    substitute(arguments, *blog);
    const CliRun quiet = runCli(arguments);
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, QString());

    // The same command without --quiet does speak, and what it says is not on stderr instead
    // (warnings, such as the import's about images, stay on stderr).
    QStringList loud = arguments;
    loud.removeAll(u"-q"_s);
    loud.removeAll(u"--quiet"_s);
    const CliRun run = runCli(loud);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.isEmpty());
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"Built ") && !line.startsWith(u"Posts: ")) // timings and paths differ
            QVERIFY2(!quiet.err.contains(line), qPrintable(line));
    }
    QVERIFY2(!quiet.err.contains(u"Built ") && !quiet.err.contains(u"Posts: "), qPrintable(quiet.err));
    if (arguments.contains(u"import-wxr"))
        return;
    QCOMPARE(quiet.err, QString());
}

void TestCliOutput::quietStillTellsErrors()
{
    const std::unique_ptr<TestBlog> blog = makeBlog();
    blog->write(u"posts/broken.md"_s, brokenPost.toByteArray());
    const CliRun run = runCli({u"build"_s, u"--strict"_s, u"--quiet"_s, blog->root()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"posts/broken.md:3:"), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"Built "), qPrintable(run.err));
}

void TestCliOutput::buildJson()
{
    const std::unique_ptr<TestBlog> blog = makeBlog();
    blog->write(u"posts/broken.md"_s, brokenPost.toByteArray());
    const CliRun run =
        runCli({u"build"_s, u"--json"_s, u"--out"_s, m_served->filePath(u"out"_s), blog->root()});
    QCOMPARE(run.exitCode, 0);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(json.value(u"command").toString(), u"build"_s);
    QCOMPARE(json.value(u"ok").toBool(), true);
    QCOMPARE(json.value(u"exitCode").toInt(-1), 0);
    QCOMPARE(json.value(u"blog").toString(), blog->root());
    QCOMPARE(json.value(u"generator").toString(), u"postwright"_s);
    QCOMPARE(json.value(u"output").toString(), m_served->filePath(u"out"_s));
    QCOMPARE(json.value(u"fatal").toBool(true), false);
    QCOMPARE(json.value(u"posts").toInt(), 1);
    QVERIFY(json.value(u"filesWritten").toInt() > json.value(u"pagesWritten").toInt());
    QVERIFY(json.value(u"pagesWritten").toInt() >= 3); // the post, the home page, its category
    QCOMPARE(json.value(u"filesUnchanged").toInt(-1), 0);
    QCOMPARE(json.value(u"filesRemoved").toInt(-1), 0);
    QVERIFY(json.value(u"durationMs").isDouble());
    QVERIFY(json.value(u"warnings").isArray());
    const QJsonArray errors = json.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(u"file").toString(), blog->path(u"posts/broken.md"_s));
    QCOMPARE(errors.first().toObject().value(u"line").toInt(), 3);
    // The summary went to stderr.
    QVERIFY2(run.err.contains(u"Built 1 posts"), qPrintable(run.err));

    const CliRun again =
        runCli({u"build"_s, u"--json"_s, u"-q"_s, u"--out"_s, m_served->filePath(u"out"_s), blog->root()});
    const QJsonObject second = parseJson(again.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(second.value(u"filesWritten").toInt(-1), 0);
    QCOMPARE(second.value(u"filesUnchanged").toInt(), json.value(u"filesWritten").toInt());
    QVERIFY2(!again.err.contains(u"Built "), qPrintable(again.err));
}

void TestCliOutput::publishJsonToAFolder()
{
    const std::unique_ptr<TestBlog> blog = makeBlog();
    const CliRun run = runCli({u"publish"_s, u"--json"_s, blog->root()});
    QCOMPARE(run.exitCode, 0);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(json.value(u"command").toString(), u"publish"_s);
    QCOMPARE(json.value(u"ok").toBool(), true);
    QCOMPARE(json.value(u"dryRun").toBool(true), false);
    QCOMPARE(json.value(u"target").toObject().value(u"name").toString(), u"site"_s);
    QVERIFY(!json.value(u"target").toObject().value(u"type").toString().isEmpty());
    QCOMPARE(json.value(u"unit").toString(), u"files"_s);
    QVERIFY(json.value(u"build").toObject().value(u"filesWritten").toInt() > 0);
    const QJsonObject plan = json.value(u"plan").toObject();
    QVERIFY(plan.value(u"new").toInt() > 3);
    QCOMPARE(plan.value(u"changed").toInt(-1), 0);
    QCOMPARE(plan.value(u"actions").toArray().size(), plan.value(u"new").toInt());
    QCOMPARE(plan.value(u"actions").toArray().first().toObject().value(u"action").toString(), u"new"_s);
    QCOMPARE(json.value(u"uploaded").toInt(), plan.value(u"new").toInt());
    QCOMPARE(json.value(u"deleted").toInt(-1), 0);
    QVERIFY(json.value(u"bytesUploaded").toInteger() > 0);
    QCOMPARE(json.value(u"failures").toArray().size(), 0);
    QCOMPARE(json.value(u"conflicts").toArray().size(), 0);
    QVERIFY2(run.err.contains(u"Published to site"), qPrintable(run.err)); // progress on stderr

    const CliRun again = runCli({u"publish"_s, u"--json"_s, u"--dry-run"_s, blog->root()});
    const QJsonObject second = parseJson(again.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(second.value(u"dryRun").toBool(), true);
    QCOMPARE(second.value(u"plan").toObject().value(u"new").toInt(-1), 0);
    QCOMPARE(second.value(u"plan").toObject().value(u"unchanged").toInt(), plan.value(u"new").toInt());
    QCOMPARE(second.value(u"uploaded").toInt(-1), 0);
}

void TestCliOutput::publishJsonNeverHoldsTheSecret()
{
    const std::unique_ptr<TestBlog> blog = makeBlog();
    const CliRun run = runCli({u"publish"_s, u"--json"_s, u"--target"_s, u"box"_s, blog->root()}, {},
                              {{u"POSTWRIGHT_SECRET"_s, secret}});
    QCOMPARE(run.exitCode, 3);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(json.value(u"ok").toBool(true), false);
    QCOMPARE(json.value(u"exitCode").toInt(), 3);
    QCOMPARE(json.value(u"target").toObject().value(u"name").toString(), u"box"_s);
    const QJsonArray errors = json.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toObject().value(u"message").toString().contains(u"box"), qPrintable(run.out));
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
}

void TestCliOutput::usageErrorsComeAsJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("build --watch --json")
        << QStringList{u"build"_s, u"--watch"_s, u"--json"_s} << 2 << u"--watch"_s;
    QTest::newRow("check --json no blog")
        << QStringList{u"check"_s, u"--json"_s, u"{blog}/nowhere"_s} << 2 << u"nowhere"_s;
    QTest::newRow("publish --json bad option")
        << QStringList{u"publish"_s, u"--json"_s, u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("--json publish unknown target")
        << QStringList{u"--json"_s, u"publish"_s, u"--target"_s, u"nope"_s, u"{blog}"_s} << 2 << u"nope"_s;
}

void TestCliOutput::usageErrorsComeAsJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const std::unique_ptr<TestBlog> blog = makeBlog();
    substitute(arguments, *blog);
    const CliRun run = runCli(arguments);
    QTEST(run.exitCode, "exitCode");
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(json.value(u"ok").toBool(true), false);
    QTEST(json.value(u"exitCode").toInt(), "exitCode");
    const QJsonArray errors = json.value(u"errors").toArray();
    QVERIFY2(!errors.isEmpty(), qPrintable(run.out));
    const QJsonObject error = errors.first().toObject();
    QVERIFY2(QString(error.value(u"file").toString() + error.value(u"message").toString()).contains(message),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliOutput)

#include "tst_clioutput.moc"
