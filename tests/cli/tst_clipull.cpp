#include "clirun.h"
#include "ghostmockserver.h"
#include "publish/ghostclient.h"
#include "testblog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList postFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(QDir(root).filePath(u"posts"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

// `postwright-cli pull` against the Ghost Admin API stand-in (tests/support/ghostmockserver), the
// Admin API key in POSTWRIGHT_SECRET.
class TestCliPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pullWritesOnePostPerLine();
    void secondPullSkipsAndDryRunWritesNothing();
    void wrongKeyExitsWith3AndWritesNothing();
    void serverErrorExitsWith3AndWritesNothing();
    void staticTargetIsAUsageError();
    void unknownTargetIsAUsageError();

private:
    QByteArray blogYaml() const;
    void addPost(const QString &title, const QString &status);

    std::unique_ptr<GhostMockServer> m_server;
};

void TestCliPull::init()
{
    m_server = std::make_unique<GhostMockServer>();
    QVERIFY(m_server->start());
    qputenv("POSTWRIGHT_SECRET", m_server->adminKey().toUtf8());
}

void TestCliPull::cleanup()
{
    qunsetenv("POSTWRIGHT_SECRET");
    m_server.reset();
}

QByteArray TestCliPull::blogYaml() const
{
    return "title: Pulled\n"
           "baseURL: https://example.org/\n"
           "publish:\n"
           "  default: site\n"
           "  targets:\n"
           "    - name: site\n"
           "      type: folder\n"
           "      path: public-copy\n"
           "    - name: ghost\n"
           "      type: ghost\n"
           "      url: " +
           m_server->siteUrl().toUtf8() + "\n";
}

void TestCliPull::addPost(const QString &title, const QString &status)
{
    GhostClient client(QUrl(m_server->siteUrl()), m_server->adminKey());
    GhostPost post;
    post.title = title;
    post.html = u"<p>Text of %1</p>"_s.arg(title);
    post.status = status;
    GhostPost created;
    QVERIFY(!client.createPost(post, created));
}

void TestCliPull::pullWritesOnePostPerLine()
{
    addPost(u"First: post"_s, u"published"_s);
    addPost(u"Second draft"_s, u"draft"_s);
    TestBlog blog(blogYaml());
    // The default target is a folder: pull takes the only blog it can pull from.
    const CliRun run = runCli({u"pull"_s, blog.root()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(u"wrote %1/posts/first-post.md"_s.arg(blog.root())), qPrintable(run.out));
    QVERIFY2(lines.contains(u"wrote %1/posts/second-draft.md"_s.arg(blog.root())), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 posts written, 0 skipped"_s), qPrintable(run.out));
    QCOMPARE(postFiles(blog.root()), (QStringList{u"posts/first-post.md"_s, u"posts/second-draft.md"_s}));
    QVERIFY(QString::fromUtf8(blog.read(u"posts/second-draft.md"_s)).contains(u"draft: true"_s));
    QVERIFY(QString::fromUtf8(blog.read(u"posts/first-post.md"_s)).contains(u"Text of First: post"_s));
    QVERIFY(QDir(blog.path(u".postwright/publish"_s)).entryList(QDir::Files).size() >= 1);
    QVERIFY(!run.out.contains(m_server->adminKey()) && !run.err.contains(m_server->adminKey()));

    // The check command reads every pulled post without error.
    const CliRun check = runCli({u"check"_s, blog.root()});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestCliPull::secondPullSkipsAndDryRunWritesNothing()
{
    addPost(u"Only"_s, u"published"_s);
    TestBlog blog(blogYaml());
    QCOMPARE(runCli({u"pull"_s, blog.root(), u"--target"_s, u"ghost"_s}).exitCode, 0);
    const QByteArray before = blog.read(u"posts/only.md"_s);

    const CliRun again = runCli({u"pull"_s, blog.root(), u"--target"_s, u"ghost"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"posts/only.md already exists"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(u"0 posts written, 1 skipped"_s), qPrintable(again.out));
    QVERIFY(again.out.contains(u"--overwrite"_s));

    addPost(u"Newer"_s, u"published"_s);
    const CliRun dry =
        runCli({u"pull"_s, blog.root(), u"--target"_s, u"ghost"_s, u"--dry-run"_s, u"--overwrite"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.out.contains(u"would write %1/posts/newer.md"_s.arg(blog.root())), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"would write %1/posts/only.md"_s.arg(blog.root())), qPrintable(dry.out));
    QCOMPARE(postFiles(blog.root()), QStringList{u"posts/only.md"_s});
    QCOMPARE(blog.read(u"posts/only.md"_s), before);
}

void TestCliPull::wrongKeyExitsWith3AndWritesNothing()
{
    addPost(u"Secret"_s, u"published"_s);
    TestBlog blog(blogYaml());
    const QString wrongSecret = u"ffeeddccbbaa99887766554433221100"_s;
    qputenv("POSTWRIGHT_SECRET_GHOST",
            (m_server->adminKey().section(u':', 0, 0) + u':' + wrongSecret).toUtf8());
    const CliRun run = runCli({u"pull"_s, blog.root(), u"--target"_s, u"ghost"_s});
    qunsetenv("POSTWRIGHT_SECRET_GHOST");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"Admin API key"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Nothing was written."_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(wrongSecret) && !run.out.contains(wrongSecret));
    QVERIFY(postFiles(blog.root()).isEmpty());
}

void TestCliPull::serverErrorExitsWith3AndWritesNothing()
{
    addPost(u"Unlucky"_s, u"published"_s);
    TestBlog blog(blogYaml());
    m_server->failNext(500, 10);
    const CliRun run = runCli({u"pull"_s, blog.root(), u"--target"_s, u"ghost"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"500"_s), qPrintable(run.err));
    QVERIFY(postFiles(blog.root()).isEmpty());
}

void TestCliPull::staticTargetIsAUsageError()
{
    TestBlog blog(blogYaml());
    const CliRun run = runCli({u"pull"_s, blog.root(), u"--target"_s, u"site"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"WordPress and Ghost"_s), qPrintable(run.err));
}

void TestCliPull::unknownTargetIsAUsageError()
{
    TestBlog blog(blogYaml());
    const CliRun run = runCli({u"pull"_s, blog.root(), u"--target"_s, u"nope"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"nope"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_clipull.moc"
