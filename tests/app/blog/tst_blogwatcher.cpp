#include "blog/blogwatcher.h"
#include "testblog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

// The watcher behind `build --watch`, on real files: what it reports, what it follows, and what
// it must ignore (the build's own output), so a build does not trigger itself.
class TestBlogWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsAnEditInPlace();
    void followsAtomicReplacement();
    void followsNewFoldersAndTheirFiles();
    void reportsSettingsAndThemeChanges();
    void ignoresOutputAndHiddenFolders();
    void coalescesABurstIntoOneReport();

private:
    static void append(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(data);
    }
    static void replaceAtomically(const QString &path, const QByteArray &data)
    {
        QFile temp(path + ".tmp");
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write(data);
        temp.close();
        QVERIFY(::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) == 0);
    }
};

void TestBlogWatcher::reportsAnEditInPlace()
{
    TestBlog blog;
    const QString post = blog.writePost("posts/design/a.md", "A", "2026-01-01");
    BlogWatcher watcher(blog.root());
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    append(post, "More.\n");
    QVERIFY(changed.wait(5000));
    QVERIFY(changed.first().first().toStringList().contains(post));
}

void TestBlogWatcher::followsAtomicReplacement()
{
    TestBlog blog;
    const QString post = blog.writePost("posts/a.md", "A", "2026-01-01");
    BlogWatcher watcher(blog.root());
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    for (int round = 0; round < 3; ++round) {
        replaceAtomically(post, "---\ntitle: A" + QByteArray::number(round) + "\n---\n");
        QVERIFY2(changed.wait(5000), qPrintable(QString::number(round)));
        changed.clear();
    }
    // Still watched after the renames: an edit in place is seen too.
    append(post, "More.\n");
    QVERIFY(changed.wait(5000));
    QVERIFY(changed.first().first().toStringList().contains(post));
}

void TestBlogWatcher::followsNewFoldersAndTheirFiles()
{
    TestBlog blog;
    blog.writePost("posts/a.md", "A", "2026-01-01");
    BlogWatcher watcher(blog.root());
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    const QString bundle = blog.write("posts/new-bundle/index.md", "---\ntitle: New\n---\n");
    QVERIFY(changed.wait(5000));
    changed.clear();
    // The new bundle's files are watched now: an image edited in place is reported.
    const QString image = blog.write("posts/new-bundle/plot.svg", "<svg/>");
    QVERIFY(changed.wait(5000));
    changed.clear();
    append(image, "<!-- more -->");
    QVERIFY(changed.wait(5000));
    QVERIFY(changed.first().first().toStringList().contains(image));
    Q_UNUSED(bundle);
}

void TestBlogWatcher::reportsSettingsAndThemeChanges()
{
    TestBlog blog;
    blog.write("theme/templates/post.mustache", "{{title}}");
    BlogWatcher watcher(blog.root());
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    replaceAtomically(blog.path("blog.yaml"), "title: Renamed\nbaseURL: https://example.org/\n");
    QVERIFY(changed.wait(5000));
    QVERIFY(changed.first().first().toStringList().contains(blog.path("blog.yaml")));
    changed.clear();
    append(blog.path("theme/templates/post.mustache"), "!");
    QVERIFY(changed.wait(5000));
    changed.clear();
    // A folder the blog did not have when watching began.
    blog.write("static/robots.txt", "User-agent: *\n");
    QVERIFY(changed.wait(5000));
}

void TestBlogWatcher::ignoresOutputAndHiddenFolders()
{
    TestBlog blog;
    blog.writePost("posts/a.md", "A", "2026-01-01");
    blog.write("static/keep.txt", "x");
    BlogWatcher watcher(blog.root(), blog.path("public"));
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    // What a build does: its output folder, its cache, and a hidden temporary file.
    blog.write("public/index.html", "<html></html>");
    blog.write("public/2026/a/index.html", "<html></html>");
    blog.write(".postwright/build-cache", "cache");
    blog.write("posts/.a.md.swp", "editor swap");
    QVERIFY(!changed.wait(500));
}

void TestBlogWatcher::coalescesABurstIntoOneReport()
{
    TestBlog blog;
    QStringList posts;
    for (int i = 0; i < 5; ++i)
        posts.append(blog.writePost(QStringLiteral("posts/p%1.md").arg(i), "P", "2026-01-01"));
    BlogWatcher watcher(blog.root());
    watcher.setSettleTime(200);
    QSignalSpy changed(&watcher, &BlogWatcher::changed);
    for (const QString &post : std::as_const(posts))
        append(post, "x");
    QVERIFY(changed.wait(5000));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1);
    const QStringList reported = changed.first().first().toStringList();
    for (const QString &post : std::as_const(posts))
        QVERIFY2(reported.contains(post), qPrintable(post));
}

QTEST_GUILESS_MAIN(TestBlogWatcher)
#include "tst_blogwatcher.moc"
