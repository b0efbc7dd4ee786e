#include "blog/blog.h"
#include "testblog.h"

#include <QSet>
#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

class TestBlogFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openErrors_data();
    void openErrors();
    void settings();
    void postFilesFindsPostsAndBundlesOnce();
    void postValues();
    void brokenPostStillListed();
    void encodingProblemIsAPostError();
    void status_data();
    void status();
    void sampleBlog();
};

void TestBlogFolder::openErrors_data()
{
    QTest::addColumn<QByteArray>("blogYaml"); // empty: no blog.yaml at all
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no blog.yaml") << QByteArray() << 0 << "no blog.yaml";
    QTest::newRow("invalid yaml") << QByteArray("title: A\nbaseURL: [x\n") << 3 << "Invalid YAML";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << "key: value";
    QTest::newRow("title not text") << QByteArray("title:\n  a: 1\n") << 2 << "should be text";
    QTest::newRow("markdown.math not true or false")
        << QByteArray("title: A\nmarkdown:\n  math: sometimes\n") << 3 << "true or false";
}

void TestBlogFolder::openErrors()
{
    QFETCH(QByteArray, blogYaml);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    TestBlog blog(blogYaml);
    if (blogYaml.isEmpty())
        QVERIFY(blog.remove(QStringLiteral("blog.yaml")));
    const Result<Blog> opened = Blog::open(blog.root());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(messagePart), qPrintable(opened.error().message));
    QCOMPARE(opened.error().line, line);
}

void TestBlogFolder::settings()
{
    TestBlog blog("title: Field Notes\ndescription: Hello *world*.\nauthor: Ada\nbaseURL: https://example.org/\n"
                  "language: de\npermalink: \"/:year/:slug/\"\nsomethingElse: kept\n");
    const Result<Blog> opened = Blog::open(blog.root());
    QVERIFY(opened.ok());
    const BlogSettings &s = opened.value().settings();
    QCOMPARE(s.title, QStringLiteral("Field Notes"));
    QCOMPARE(s.description, QStringLiteral("Hello *world*."));
    QCOMPARE(s.author, QStringLiteral("Ada"));
    QCOMPARE(s.baseUrl, QStringLiteral("https://example.org/"));
    QCOMPARE(s.language, QStringLiteral("de"));
    QCOMPARE(s.permalink, QStringLiteral("/:year/:slug/"));
    QVERIFY(!s.math);
    QVERIFY(!s.rawHtml);

    QVERIFY(!Blog::open(blog.path(QStringLiteral("missing"))).ok());
}

void TestBlogFolder::postFilesFindsPostsAndBundlesOnce()
{
    TestBlog blog;
    blog.writePost(QStringLiteral("posts/a.md"), QStringLiteral("A"), QStringLiteral("2026-01-01"));
    blog.writePost(QStringLiteral("posts/design/b.markdown"), QStringLiteral("B"), QStringLiteral("2026-01-02"));
    blog.writePost(QStringLiteral("posts/design/bundle/index.md"), QStringLiteral("C"), QStringLiteral("2026-01-03"));
    blog.write(QStringLiteral("posts/design/bundle/notes.md"), "resource, not a post\n");
    blog.write(QStringLiteral("posts/design/bundle/pic.png"), "png");
    blog.write(QStringLiteral("posts/.trash/old.md"), "hidden\n");
    blog.write(QStringLiteral("posts/readme.txt"), "not markdown\n");
    blog.writePost(QStringLiteral("pages/about.md"), QStringLiteral("About"), QStringLiteral("2026-01-01"));

    const Blog opened = Blog::open(blog.root()).value();
    const QStringList files = opened.postFiles();
    QCOMPARE(files, (QStringList{blog.path(QStringLiteral("posts/a.md")),
                                 blog.path(QStringLiteral("posts/design/b.markdown")),
                                 blog.path(QStringLiteral("posts/design/bundle/index.md"))}));
    QCOMPARE(opened.pageFiles(), QStringList{blog.path(QStringLiteral("pages/about.md"))});
    for (const QString &file : files)
        QVERIFY2(opened.isPostFile(file), qPrintable(file));
    QVERIFY(!opened.isPostFile(blog.path(QStringLiteral("posts/design/bundle/notes.md"))));
    QVERIFY(!opened.isPostFile(blog.path(QStringLiteral("posts/.trash/old.md"))));
    QVERIFY(!opened.isPostFile(blog.path(QStringLiteral("pages/about.md"))));
}

void TestBlogFolder::postValues()
{
    TestBlog blog;
    blog.write(QStringLiteral("posts/design/zero-downtime-deploys.md"),
               "---\ncategories: [Design]\ndate: 2026-02-01\n---\nBody\n");
    blog.write(QStringLiteral("posts/notes/my-bundle/index.md"), "---\ntitle: Bundled\nslug: custom\n---\n");
    blog.write(QStringLiteral("posts/notes/other-bundle/index.md"), "No front matter at all.\n");

    const QList<Post> posts = Blog::open(blog.root()).value().scanPosts();
    QCOMPARE(posts.size(), 3);
    const Post &plain = posts.at(0);
    QCOMPARE(plain.relativePath, QStringLiteral("posts/design/zero-downtime-deploys.md"));
    QCOMPARE(plain.displayTitle(), QStringLiteral("Zero downtime deploys"));
    QCOMPARE(plain.slug(), QStringLiteral("zero-downtime-deploys"));
    QCOMPARE(plain.category(), QStringLiteral("Design"));
    QVERIFY(!plain.isBundle);
    QVERIFY(plain.fileSize > 0);
    QVERIFY(plain.fileModified.isValid());

    const Post &bundle = posts.at(1);
    QVERIFY(bundle.isBundle);
    QCOMPARE(bundle.displayTitle(), QStringLiteral("Bundled"));
    QCOMPARE(bundle.slug(), QStringLiteral("custom"));
    QCOMPARE(posts.at(2).slug(), QStringLiteral("other-bundle"));
    QCOMPARE(posts.at(2).category(), QString());
}

void TestBlogFolder::brokenPostStillListed()
{
    TestBlog blog;
    blog.write(QStringLiteral("posts/broken.md"), "---\ntitle: A\ndate: [oops\n---\nBody\n");
    const QList<Post> posts = Blog::open(blog.root()).value().scanPosts();
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first().error.has_value());
    QCOMPARE(posts.first().error->file, QStringLiteral("posts/broken.md"));
    QVERIFY(posts.first().error->line >= 3);
    QCOMPARE(posts.first().displayTitle(), QStringLiteral("Broken"));
}

void TestBlogFolder::encodingProblemIsAPostError()
{
    TestBlog blog;
    blog.write(QStringLiteral("posts/latin1.md"), "---\ntitle: Caf\xE9\n---\n");
    const QList<Post> posts = Blog::open(blog.root()).value().scanPosts();
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first().error.has_value());
    QCOMPARE(posts.first().error->line, 2);
    QVERIFY(posts.first().error->message.contains(QStringLiteral("UTF-8")));
}

void TestBlogFolder::status_data()
{
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<int>("status");

    QTest::newRow("published") << "date: 2026-01-01" << int(Post::Status::Published);
    QTest::newRow("no date is published") << "title: x" << int(Post::Status::Published);
    QTest::newRow("future is scheduled") << "date: 2026-12-01" << int(Post::Status::Scheduled);
    QTest::newRow("draft wins over future") << "date: 2026-12-01\ndraft: true" << int(Post::Status::Draft);
    QTest::newRow("draft in the past") << "date: 2025-01-01\ndraft: true" << int(Post::Status::Draft);
    QTest::newRow("same minute, later offset") << "date: 2026-11-22T13:00:00+02:00" << int(Post::Status::Published);
}

void TestBlogFolder::status()
{
    QFETCH(QString, frontMatter);
    const QDateTime now(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC);
    const Post post = Post::fromText(QStringLiteral("---\n") + frontMatter + QStringLiteral("\n---\n"),
                                     QStringLiteral("/b/posts/p.md"), QStringLiteral("/b"));
    QVERIFY(!post.error);
    QTEST(int(post.status(now)), "status");
}

void TestBlogFolder::sampleBlog()
{
    const Result<Blog> opened = Blog::open(Test::sampleBlogSourcePath());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const QList<Post> posts = opened.value().scanPosts();
    QVERIFY(posts.size() >= 8);
    QSet<QString> categories;
    int drafts = 0;
    int scheduled = 0;
    bool bundle = false;
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC); // the sample's scheduled post is in 2027
    for (const Post &post : posts) {
        QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
        QVERIFY2(!post.metadata.title.isEmpty(), qPrintable(post.relativePath));
        QVERIFY2(!post.metadata.summary.isEmpty(), qPrintable(post.relativePath));
        QVERIFY2(post.metadata.date.isValid(), qPrintable(post.relativePath));
        categories.insert(post.category());
        drafts += post.status(now) == Post::Status::Draft;
        scheduled += post.status(now) == Post::Status::Scheduled;
        bundle = bundle || post.isBundle;
    }
    QVERIFY(categories.size() >= 3);
    QVERIFY(!categories.contains(QString()));
    QCOMPARE(drafts, 1);
    QCOMPARE(scheduled, 1);
    QVERIFY(bundle);
    const QList<Post> pages = opened.value().scanPages();
    QVERIFY(std::any_of(pages.cbegin(), pages.cend(), [](const Post &p) { return p.slug() == u"about"; }));
}

QTEST_GUILESS_MAIN(TestBlogFolder)
#include "tst_blog.moc"
