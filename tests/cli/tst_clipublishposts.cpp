#include "clirun.h"
#include "ghostmockserver.h"
#include "testblog.h"

#include <QTest>

using namespace Postwright::Test;
using namespace Qt::StringLiterals;

// `postwright-cli publish` to a hosted blog (the Ghost Admin API stand-in on loopback), the key in
// POSTWRIGHT_SECRET_<TARGET>: posts sent once, a web edit left alone until --keep-mine or --keep-web,
// a wrong key.
class TestCliPublishPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishEditAndConflicts();
    void wrongKeyIsANetworkError();
};

namespace {

QByteArray blogYaml(const QString &url)
{
    return "title: Test Blog\nbaseURL: https://example.org/\npublish:\n  targets:\n    - name: ghost blog\n"
           "      type: ghost\n      url: " +
           url.toUtf8() + "\n";
}

} // namespace

void TestCliPublishPosts::publishEditAndConflicts()
{
    GhostMockServer server;
    QVERIFY(server.start());
    qputenv("POSTWRIGHT_SECRET_GHOST_BLOG", server.adminKey().toUtf8());
    TestBlog blog(blogYaml(server.siteUrl()));
    blog.writePost(u"posts/one.md"_s, u"One"_s, u"2024-01-01"_s, {}, false, "First.\n");
    blog.writePost(u"posts/two.md"_s, u"Two"_s, u"2024-01-02"_s, {}, false, "Second.\n");

    const CliRun first = runCli({u"publish"_s, blog.root()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(u"2 new posts, 0 changed, 0 unchanged"_s), qPrintable(first.out));
    QVERIFY2(first.out.contains(u"Published to ghost blog: 2 posts sent"_s), qPrintable(first.out));
    QCOMPARE(server.posts().size(), 2);

    const CliRun again = runCli({u"publish"_s, blog.root()});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"Nothing to publish"_s), qPrintable(again.out));

    // Edited here and on the blog: left alone, exit 1, the way out named.
    QString id;
    for (const QJsonObject &post : server.posts()) {
        if (post.value(u"title"_s).toString() == u"One"_s)
            id = post.value(u"id"_s).toString();
    }
    server.touchPost(id, u"<p>Web edit.</p>"_s);
    QTest::qWait(5);
    blog.writePost(u"posts/one.md"_s, u"One"_s, u"2024-01-01"_s, {}, false, "First, edited.\n");
    const CliRun conflict = runCli({u"publish"_s, blog.root()});
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY2(conflict.err.contains(u"--keep-mine"_s), qPrintable(conflict.err));
    QVERIFY2(conflict.out.contains(u"posts/one.md"_s), qPrintable(conflict.out));
    QCOMPARE(server.post(id).value(u"html"_s).toString(), u"<p>Web edit.</p>"_s);

    QCOMPARE(runCli({u"publish"_s, blog.root(), u"--keep-mine"_s, u"--keep-web"_s}).exitCode, 2);
    const CliRun mine = runCli({u"publish"_s, blog.root(), u"--keep-mine"_s});
    QVERIFY2(mine.exitCode == 0, qPrintable(mine.out + mine.err));
    QCOMPARE(server.post(id).value(u"html"_s).toString(), u"<p>First, edited.</p>\n"_s);
    QCOMPARE(server.posts().size(), 2);

    // --keep-web takes the blog's version into the file.
    server.touchPost(id, u"<p>Second web edit.</p>"_s);
    QTest::qWait(5);
    blog.writePost(u"posts/one.md"_s, u"One"_s, u"2024-01-01"_s, {}, false, "Mine again.\n");
    const CliRun web = runCli({u"publish"_s, blog.root(), u"--keep-web"_s});
    QVERIFY2(web.exitCode == 0, qPrintable(web.out + web.err));
    QVERIFY2(blog.read(u"posts/one.md"_s).contains("Second web edit."),
             blog.read(u"posts/one.md"_s).constData());
    QCOMPARE(server.post(id).value(u"html"_s).toString(), u"<p>Second web edit.</p>"_s);
    qunsetenv("POSTWRIGHT_SECRET_GHOST_BLOG");
}

void TestCliPublishPosts::wrongKeyIsANetworkError()
{
    GhostMockServer server;
    QVERIFY(server.start());
    const QString wrong = server.adminKey().section(u':', 0, 0) + u":"_s + QString(64, u'a');
    qputenv("POSTWRIGHT_SECRET_GHOST_BLOG", wrong.toUtf8());
    TestBlog blog(blogYaml(server.siteUrl()));
    blog.writePost(u"posts/one.md"_s, u"One"_s, u"2024-01-01"_s);
    const CliRun run = runCli({u"publish"_s, blog.root()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"Admin API key"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(QString(64, u'a')));
    QVERIFY(server.posts().isEmpty());
    qunsetenv("POSTWRIGHT_SECRET_GHOST_BLOG");
}

QTEST_GUILESS_MAIN(TestCliPublishPosts)
#include "tst_clipublishposts.moc"
