#include "blog/blogindex.h"
#include "testblog.h"

#include <QDir>
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

private:
    static Blog openBlog(const TestBlog &blog) { return Blog::open(blog.root()).value(); }
};

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

QTEST_GUILESS_MAIN(TestBlogIndex)
#include "tst_blogindex.moc"
