#include "site/buildsession.h"
#include "testblog.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace Postwright;
using Postwright::Test::TestBlog;

// Builds that follow one another in one process (the window's Build action, `build --watch`):
// the cache stays in memory, the output folder's record is trusted while the folder is the same
// one, and a watcher's reports replace checking every source. Each test compares with what a cold
// build would have done.
class TestBuildSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rebuildUsesTheCacheInMemory();
    void replacedOutputFolderIsRebuilt();
    void watchedSessionRereadsOnlyReportedFiles();
    void watchedSessionSeesNewAndDeletedFiles();
    void watchedSessionSeesBundleFiles();
    void saveCacheLetsAColdBuildSkipEverything();
    void sessionOutputMatchesColdBuild();

private:
    BuildReport build(BuildSession &session) const;
    QByteArray readOut(const QString &relative) const;
    static QByteArray post(const QString &title, const QString &date, const QString &body = QStringLiteral("Text.\n"));

    std::unique_ptr<TestBlog> m_blog;
    QString m_out;
};

QByteArray TestBuildSession::post(const QString &title, const QString &date, const QString &body)
{
    return QStringLiteral("---\ntitle: \"%1\"\ndate: %2\ncategories: [Design]\n---\n%3").arg(title, date, body).toUtf8();
}

void TestBuildSession::init()
{
    m_blog = std::make_unique<TestBlog>("title: Test Site\nbaseURL: https://example.org/\npermalink: \"/:year/:slug/\"\n");
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10"));
    m_blog->write("posts/design/beta.md", post("Beta", "2026-02-10"));
    m_blog->write("posts/devops/gamma.md", post("Gamma", "2026-03-10"));
    m_out = m_blog->path("public");
}

void TestBuildSession::cleanup()
{
    m_blog.reset();
}

BuildReport TestBuildSession::build(BuildSession &session) const
{
    BuildOptions options;
    options.outputPath = m_out;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    return session.build(options);
}

QByteArray TestBuildSession::readOut(const QString &relative) const
{
    QFile file(m_out + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBuildSession::rebuildUsesTheCacheInMemory()
{
    BuildSession session(m_blog->root());
    QVERIFY(build(session).errors.isEmpty());
    QVERIFY(session.saveCache());
    // Garbage on disk: a session that read it again would rebuild everything.
    m_blog->write(".postwright/build-cache", "not a cache");
    QThread::msleep(10);
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Edited text.\n"));

    const BuildReport report = build(session);
    QVERIFY(report.errors.isEmpty());
    QVERIFY(report.written.contains("2026/alpha/index.html"));
    QVERIFY(!report.written.contains("2026/gamma/index.html"));
    QVERIFY(report.written.size() < 12);
    QVERIFY(readOut("2026/alpha/index.html").contains("Edited text."));
    QVERIFY(session.hasUnsavedCache());
}

void TestBuildSession::replacedOutputFolderIsRebuilt()
{
    BuildSession session(m_blog->root());
    const BuildReport first = build(session);
    QVERIFY(QDir(m_out).removeRecursively());
    const BuildReport second = build(session);
    QCOMPARE(second.written.size(), first.written.size());
    QVERIFY(QFileInfo::exists(m_out + "/2026/alpha/index.html"));
}

void TestBuildSession::watchedSessionRereadsOnlyReportedFiles()
{
    BuildSession session(m_blog->root());
    session.setWatched(true);
    build(session);
    build(session); // from here on the session has a listing to go by
    QThread::msleep(10);
    m_blog->write("posts/design/alpha.md", post("Alpha", "2026-01-10", "Unreported edit.\n"));
    const QString beta = m_blog->write("posts/design/beta.md", post("Beta", "2026-02-10", "Reported edit.\n"));
    session.noteChanged({beta});

    BuildReport report = build(session);
    QVERIFY(report.written.contains("2026/beta/index.html"));
    QVERIFY(!report.written.contains("2026/alpha/index.html")); // the watcher did not mention it
    QVERIFY(readOut("2026/beta/index.html").contains("Reported edit."));

    session.noteChanged({m_blog->path("posts/design/alpha.md")});
    report = build(session);
    QCOMPARE(report.written.contains("2026/alpha/index.html"), true);
    QVERIFY(!report.written.contains("2026/beta/index.html"));
    QVERIFY(readOut("2026/alpha/index.html").contains("Unreported edit."));
}

void TestBuildSession::watchedSessionSeesNewAndDeletedFiles()
{
    BuildSession session(m_blog->root());
    session.setWatched(true);
    build(session);
    m_blog->write("posts/design/delta.md", post("Delta", "2026-04-10"));
    session.noteChanged({m_blog->path("posts/design")});
    BuildReport report = build(session);
    QVERIFY(report.written.contains("2026/delta/index.html"));
    QCOMPARE(report.posts, 4);

    QVERIFY(m_blog->remove("posts/devops/gamma.md"));
    session.noteChanged({m_blog->path("posts/devops/gamma.md")});
    report = build(session);
    QCOMPARE(report.posts, 3);
    QVERIFY(report.removed.contains("2026/gamma/index.html"));
    QVERIFY(!QFileInfo::exists(m_out + "/2026/gamma/index.html"));
}

void TestBuildSession::watchedSessionSeesBundleFiles()
{
    m_blog->write("posts/bundle/index.md", post("Bundle", "2026-05-10", "![Plot](plot.svg)\n"));
    m_blog->write("posts/bundle/plot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    BuildSession session(m_blog->root());
    session.setWatched(true);
    build(session);
    QCOMPARE(readOut("2026/bundle/plot.svg"), QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

    QThread::msleep(10);
    const QString plot = m_blog->write("posts/bundle/plot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
    session.noteChanged({plot});
    const BuildReport report = build(session);
    QCOMPARE(report.written, QStringList{"2026/bundle/plot.svg"});
    QVERIFY(readOut("2026/bundle/plot.svg").contains("<g/>"));

    // Unreported bundles keep their files published (they are not removed as stale).
    QVERIFY(build(session).removed.isEmpty());
    QVERIFY(QFileInfo::exists(m_out + "/2026/bundle/plot.svg"));
}

void TestBuildSession::saveCacheLetsAColdBuildSkipEverything()
{
    {
        BuildSession session(m_blog->root());
        build(session);
        QVERIFY(session.hasUnsavedCache());
        QVERIFY(session.saveCache());
        QVERIFY(!session.hasUnsavedCache());
    }
    BuildSession cold(m_blog->root());
    const BuildReport report = build(cold);
    QCOMPARE(report.written, QStringList());
    QVERIFY(report.unchanged > 10);
}

void TestBuildSession::sessionOutputMatchesColdBuild()
{
    BuildSession session(m_blog->root());
    session.setWatched(true);
    build(session);
    QThread::msleep(10);
    const QString beta = m_blog->write("posts/design/beta.md", post("Beta Renamed", "2026-02-10", "New words.\n"));
    m_blog->write("posts/design/epsilon.md", post("Epsilon", "2026-06-10"));
    session.noteChanged({beta, m_blog->path("posts/design")});
    QVERIFY(build(session).errors.isEmpty());

    // The same blog built from nothing into another folder gives the same bytes, file for file.
    BuildOptions options;
    options.outputPath = m_blog->path("cold");
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    options.clean = true;
    BuildSession fresh(m_blog->root());
    QVERIFY(fresh.build(options).errors.isEmpty());
    QStringList files;
    QDirIterator it(m_out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(m_out).relativeFilePath(it.next()));
    QVERIFY(files.size() > 10);
    for (const QString &file : std::as_const(files)) {
        QFile cold(m_blog->path("cold/" + file));
        QVERIFY2(cold.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(cold.readAll() == readOut(file), qPrintable(file));
    }
    QDirIterator coldFiles(m_blog->path("cold"), QDir::Files, QDirIterator::Subdirectories);
    int coldCount = 0;
    for (; coldFiles.hasNext(); coldFiles.next())
        ++coldCount;
    QCOMPARE(coldCount, files.size());
}

QTEST_GUILESS_MAIN(TestBuildSession)
#include "tst_buildsession.moc"
