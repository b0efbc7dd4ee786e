#include "blog/blogindex.h"
#include "blog/indexcache.h"
#include "testblog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

class TestBlogIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialScan();
    void refreshFileReportsAddChangeRemove();
    void refreshUnchangedFileIsSilent();
    void watcherSeesEditInPlace();
    void watcherSeesAtomicReplaceRepeatedly();
    void watcherSeesNewFolderAndDeletion();
    void brokenThenFixed();
    void secondOpenComesFromCache();
    void changesWhileClosedAreSeen_data();
    void changesWhileClosedAreSeen();
    void fileSavedJustBeforeCacheIsReread();
    void unusableCacheIsRewritten_data();
    void unusableCacheIsRewritten();
    void manyFilesParseInParallel();

private:
    static Blog openBlog(const TestBlog &blog) { return Blog::open(blog.root()).value(); }
};

namespace {

// Moves a file's modification time, as a checkout or a copy tool does.
void setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
}

// Posts a.md, b.md, c.md saved an hour ago: old enough for the cache to trust them.
void writeOldPosts(const TestBlog &blog)
{
    for (const char *name : {"a", "b", "c"}) {
        const QString path = blog.writePost(QStringLiteral("posts/%1.md").arg(QLatin1StringView(name)),
                                            QStringLiteral("Title %1").arg(QLatin1StringView(name)),
                                            QStringLiteral("2026-01-01"));
        setModified(path, QDateTime::currentDateTime().addSecs(-3600));
    }
}

QStringList titles(const BlogIndex &index)
{
    QStringList result;
    for (const Post &post : index.posts())
        result << post.metadata.title;
    result.sort();
    return result;
}

} // namespace

void TestBlogIndex::initialScan()
{
    TestBlog blog;
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    blog.writePost(QStringLiteral("posts/x/b.md"), QStringLiteral("B"), QStringLiteral("2026-01-02"), QStringLiteral("X"));
    BlogIndex index(openBlog(blog));
    QCOMPARE(index.count(), 2);
    const std::optional<Post> b = index.post(blog.path(QStringLiteral("posts/x/b.md")));
    QVERIFY(b.has_value());
    QCOMPARE(b->metadata.title, QStringLiteral("B"));
    QCOMPARE(b->category(), QStringLiteral("X"));
    QVERIFY(!index.post(blog.path(QStringLiteral("posts/none.md"))).has_value());
}

void TestBlogIndex::refreshFileReportsAddChangeRemove()
{
    TestBlog blog;
    BlogIndex index(openBlog(blog));
    QSignalSpy added(&index, &BlogIndex::postAdded);
    QSignalSpy changed(&index, &BlogIndex::postChanged);
    QSignalSpy removed(&index, &BlogIndex::postRemoved);

    const QString path = blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    index.refreshFile(path);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<Post>().metadata.title, QStringLiteral("A"));

    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A, renamed"), QStringLiteral("2026-01-01"));
    index.refreshFile(path);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<Post>().metadata.title, QStringLiteral("A"));
    QCOMPARE(changed.first().at(1).value<Post>().metadata.title, QStringLiteral("A, renamed"));

    QVERIFY(blog.remove(QStringLiteral("posts/a.md")));
    index.refreshFile(path);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(index.count(), 0);

    // Files outside posts/ are never posts.
    index.refreshFile(blog.writePost(QStringLiteral("pages/p.md"), QStringLiteral("P"), QStringLiteral("2026-01-01")));
    QCOMPARE(added.size(), 1);
}

void TestBlogIndex::refreshUnchangedFileIsSilent()
{
    TestBlog blog;
    const QString path = blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    BlogIndex index(openBlog(blog));
    QSignalSpy changed(&index, &BlogIndex::postChanged);
    index.refreshFile(path);
    QCOMPARE(changed.size(), 0);
}

void TestBlogIndex::watcherSeesEditInPlace()
{
    TestBlog blog;
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    BlogIndex index(openBlog(blog));
    QSignalSpy changed(&index, &BlogIndex::postChanged);
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("Edited elsewhere"), QStringLiteral("2026-01-01"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(index.post(blog.path(QStringLiteral("posts/a.md")))->metadata.title, QStringLiteral("Edited elsewhere"));
}

// Editors and git replace files by renaming a new file over the old one, which ends an inotify
// watch on the old file; the index must keep following the path.
void TestBlogIndex::watcherSeesAtomicReplaceRepeatedly()
{
    TestBlog blog;
    const QString path = blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    BlogIndex index(openBlog(blog));
    QSignalSpy changed(&index, &BlogIndex::postChanged);

    for (int round = 1; round <= 3; ++round) {
        const QString title = QStringLiteral("Replaced %1").arg(round);
        const QString script = QStringLiteral("printf -- '---\\ntitle: %1\\n---\\nBody %2\\n' > '%3.tmp' && mv '%3.tmp' '%3'")
                                   .arg(title)
                                   .arg(round)
                                   .arg(path);
        QCOMPARE(QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), round, 5000);
        QCOMPARE(index.post(path)->metadata.title, title);
    }
}

void TestBlogIndex::watcherSeesNewFolderAndDeletion()
{
    TestBlog blog;
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    BlogIndex index(openBlog(blog));
    QSignalSpy added(&index, &BlogIndex::postAdded);
    QSignalSpy removed(&index, &BlogIndex::postRemoved);

    blog.writePost(QStringLiteral("posts/new-cat/b.md"), QStringLiteral("B"), QStringLiteral("2026-01-02"));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 5000);
    // The new folder is watched too: a second file there is seen.
    blog.writePost(QStringLiteral("posts/new-cat/c.md"), QStringLiteral("C"), QStringLiteral("2026-01-03"));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 5000);

    QVERIFY(blog.remove(QStringLiteral("posts/a.md")));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
    QCOMPARE(removed.first().first().value<Post>().metadata.title, QStringLiteral("A"));
    QCOMPARE(index.count(), 2);
}

void TestBlogIndex::brokenThenFixed()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/a.md"), "---\ntitle: [x\n---\n");
    BlogIndex index(openBlog(blog));
    QVERIFY(index.post(path)->error.has_value());
    blog.write(QStringLiteral("posts/a.md"), "---\ntitle: Fixed\n---\n");
    index.refreshFile(path);
    QVERIFY(!index.post(path)->error.has_value());
    QCOMPARE(index.post(path)->metadata.title, QStringLiteral("Fixed"));
}

void TestBlogIndex::secondOpenComesFromCache()
{
    TestBlog blog;
    writeOldPosts(blog);
    blog.write(QStringLiteral("posts/broken.md"), "---\ntitle: [x\nweight: 3\n---\n");
    setModified(blog.path(QStringLiteral("posts/broken.md")), QDateTime::currentDateTime().addSecs(-3600));
    QList<Post> first;
    {
        BlogIndex index(openBlog(blog));
        QCOMPARE(index.lastLoad().parsed, 4);
        QCOMPARE(index.lastLoad().fromCache, 0);
        QVERIFY(index.lastLoad().cacheWritten);
        first = index.posts();
    } // the destructor waits for the cache write
    QVERIFY(QFile::exists(blog.path(QStringLiteral(".postwright/index.cache"))));

    BlogIndex index(openBlog(blog));
    QCOMPARE(index.lastLoad().fromCache, 4);
    QCOMPARE(index.lastLoad().parsed, 0);
    QVERIFY(!index.lastLoad().cacheWritten); // nothing changed, nothing to write
    QCOMPARE(index.count(), 4);
    for (const Post &before : std::as_const(first)) {
        const std::optional<Post> after = index.post(before.filePath);
        QVERIFY(after.has_value());
        QCOMPARE(after->relativePath, before.relativePath);
        QVERIFY(after->metadata == before.metadata);
        QCOMPARE(after->error, before.error);
        QCOMPARE(after->fileSize, before.fileSize);
        QCOMPARE(after->fileModified, before.fileModified);
    }
    QVERIFY(index.post(blog.path(QStringLiteral("posts/broken.md")))->error.has_value());
}

void TestBlogIndex::changesWhileClosedAreSeen_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("parsed");

    const QStringList untouched = {QStringLiteral("Title b"), QStringLiteral("Title c")};
    QTest::newRow("edited, other size") << QStringLiteral("longer") << QStringList{QStringLiteral("Longer title a")} + untouched << 1;
    QTest::newRow("same size, other time") << QStringLiteral("same size") << QStringList{QStringLiteral("Title A")} + untouched << 1;
    QTest::newRow("deleted") << QStringLiteral("delete") << untouched << 0;
    QTest::newRow("added") << QStringLiteral("add") << QStringList{QStringLiteral("New"), QStringLiteral("Title a")} + untouched << 1;
}

// The app was closed while another program (git, another editor) changed the folder.
void TestBlogIndex::changesWhileClosedAreSeen()
{
    QFETCH(QString, change);
    TestBlog blog;
    writeOldPosts(blog);
    BlogIndex(openBlog(blog)).waitForCacheWrite();

    const QString a = blog.path(QStringLiteral("posts/a.md"));
    const QDateTime before = QFileInfo(a).lastModified();
    if (change == u"longer") {
        blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("Longer title a"), QStringLiteral("2026-01-01"));
        setModified(a, before); // only the size tells
    } else if (change == u"same size") {
        const qint64 size = QFileInfo(a).size();
        blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("Title A"), QStringLiteral("2026-01-01"));
        QCOMPARE(QFileInfo(a).size(), size);
        setModified(a, before.addSecs(60)); // only the time tells
    } else if (change == u"delete") {
        QVERIFY(blog.remove(QStringLiteral("posts/a.md")));
    } else {
        blog.writePost(QStringLiteral("posts/new.md"), QStringLiteral("New"), QStringLiteral("2026-01-02"));
    }

    {
        BlogIndex index(openBlog(blog));
        QTEST(titles(index), "titles");
        QTEST(index.lastLoad().parsed, "parsed");
        QVERIFY(index.lastLoad().cacheWritten);
    }
    // The rewritten cache holds the change: a third open parses nothing and sees the same.
    BlogIndex index(openBlog(blog));
    QTEST(titles(index), "titles");
    if (change == u"add")
        QCOMPARE(index.lastLoad().parsed, 1); // the new file is seconds old: re-read until it ages
    else
        QCOMPARE(index.lastLoad().parsed, 0);
}

void TestBlogIndex::fileSavedJustBeforeCacheIsReread()
{
    TestBlog blog;
    const QString path = blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("Title a"), QStringLiteral("2026-01-01"));
    const QDateTime saved = QFileInfo(path).lastModified();
    BlogIndex(openBlog(blog)).waitForCacheWrite();
    // Changed again with the same size within the file system's clock resolution.
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("Title b"), QStringLiteral("2026-01-01"));
    setModified(path, saved);
    BlogIndex index(openBlog(blog));
    QCOMPARE(index.post(path)->metadata.title, QStringLiteral("Title b"));
}

void TestBlogIndex::unusableCacheIsRewritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n not a cache at all \xff\xfe");
    QTest::newRow("truncated") << QByteArray(); // filled in from a real cache below
}

void TestBlogIndex::unusableCacheIsRewritten()
{
    QFETCH(QByteArray, content);
    TestBlog blog;
    writeOldPosts(blog);
    const QString cacheFile = blog.path(QStringLiteral(".postwright/index.cache"));
    if (QByteArrayView(QTest::currentDataTag()) == "truncated") {
        BlogIndex(openBlog(blog)).waitForCacheWrite();
        content = blog.read(QStringLiteral(".postwright/index.cache"));
        QVERIFY(content.size() > 100);
        content.truncate(content.size() * 2 / 3);
    }
    blog.write(QStringLiteral(".postwright/index.cache"), content);

    {
        BlogIndex index(openBlog(blog));
        QCOMPARE(titles(index), (QStringList{QStringLiteral("Title a"), QStringLiteral("Title b"), QStringLiteral("Title c")}));
        QCOMPARE(index.lastLoad().parsed, 3);
        QVERIFY(index.lastLoad().cacheWritten);
    }
    QVERIFY(blog.read(QStringLiteral(".postwright/index.cache")) != content);
    BlogIndex index(openBlog(blog));
    QCOMPARE(index.lastLoad().fromCache, 3);
}

void TestBlogIndex::manyFilesParseInParallel()
{
    // Enough files for the thread pool: every post lands in its own place.
    TestBlog blog;
    for (int i = 0; i < 200; ++i)
        blog.writePost(QStringLiteral("posts/p%1.md").arg(i), QStringLiteral("Post %1").arg(i), QStringLiteral("2026-01-01"));
    BlogIndex index(openBlog(blog));
    QCOMPARE(index.lastLoad().parsed, 200);
    QCOMPARE(index.count(), 200);
    for (int i = 0; i < 200; i += 37) {
        const std::optional<Post> post = index.post(blog.path(QStringLiteral("posts/p%1.md").arg(i)));
        QVERIFY(post.has_value());
        QCOMPARE(post->metadata.title, QStringLiteral("Post %1").arg(i));
    }
}

QTEST_GUILESS_MAIN(TestBlogIndex)
#include "tst_blogindex.moc"
