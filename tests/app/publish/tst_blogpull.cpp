#include "blog/frontmatter.h"
#include "blog/post.h"
#include "ghostmockserver.h"
#include "publish/blogapis.h"
#include "publish/blogpull.h"
#include "publish/ghostclient.h"
#include "publish/postpublishstate.h"
#include "publish/wordpressclient.h"
#include "testblog.h"
#include "wordpressfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QString errorText(const std::optional<TransportError> &error)
{
    return error ? error->message : QString();
}

QString problemsText(const PullReport &report)
{
    QStringList lines;
    if (report.error)
        lines.append(report.error->message);
    for (const SourceError &problem : report.problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

// Blog-relative paths of every file below posts/.
QStringList postFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(QDir(root).filePath(u"posts"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

HtmlToMarkdown rawHtmlConverter()
{
    HtmlToMarkdown::Options options;
    options.forceRawHtml = true;
    return HtmlToMarkdown(options);
}

// Wraps a real BlogApi and runs a hook after each page it lists (a server that fails mid-listing).
class ListHookApi final : public BlogApi
{
public:
    ListHookApi(BlogApi &inner, std::function<void(int page)> afterPage)
        : m_inner(inner)
        , m_afterPage(std::move(afterPage))
    {}

    QString displayName() const override { return m_inner.displayName(); }
    std::optional<TransportError> connect() override { return m_inner.connect(); }
    std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) override
    {
        return m_inner.create(post, created);
    }
    std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                         RemotePost &updated) override
    {
        return m_inner.update(known, post, updated);
    }
    std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) override
    {
        return m_inner.find(id, post);
    }
    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, RemoteMedia &media) override
    {
        return m_inner.uploadMedia(localFile, fileName, mimeType, media);
    }
    bool canList() const override { return m_inner.canList(); }
    std::optional<TransportError> list(int page, bool withContent, QList<RemotePost> &posts,
                                       bool &more) override
    {
        std::optional<TransportError> error = m_inner.list(page, withContent, posts, more);
        m_afterPage(page);
        return error;
    }

private:
    BlogApi &m_inner;
    std::function<void(int page)> m_afterPage;
};

} // namespace

// BlogPull: a hosted blog's posts into local Markdown posts, against the Ghost stand-in
// (tests/support/ghostmockserver) and a real WordPress (tests/support/wordpressfixture; those tests skip
// when it cannot run here).
class TestBlogPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void frontMatterRoundTrips_data();
    void frontMatterRoundTrips();
    void postTextBody();

    void ghostPullsEveryPage();
    void ghostRerunSkipsAndOverwriteReplaces();
    void ghostDryRunWritesNothing();
    void ghostFollowsTheBlogsLayout();
    void ghostServerErrorMidListingWritesNothing();
    void ghostMalformedAnswerWritesNothing();
    void ghostWrongKeyWritesNothing();

    void wordpressListsWithNames();
    void wordpressPull();
    void wordpressWrongPasswordWritesNothing();

private:
    PublishTarget ghostTarget(const GhostMockServer &server) const;
    PublishTarget wordpressTarget() const;
    std::unique_ptr<WordPressClient> wordpressClient() const;
    static QString createGhostPost(GhostClient &client, const GhostPost &post);

    std::unique_ptr<WordPressFixture> m_wordpress;
    QString m_wordpressSkip;
    QList<qint64> m_wordpressIds; // published, draft, tricky title
};

void TestBlogPull::initTestCase()
{
    if (!WordPressFixture::available(&m_wordpressSkip))
        return;
    m_wordpress =
        std::make_unique<WordPressFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
}

void TestBlogPull::cleanupTestCase()
{
    if (m_wordpress)
        m_wordpress->stop();
}

PublishTarget TestBlogPull::ghostTarget(const GhostMockServer &server) const
{
    PublishTarget target;
    target.name = u"ghost"_s;
    target.type = PublishTarget::Type::Ghost;
    target.url = server.siteUrl();
    return target;
}

PublishTarget TestBlogPull::wordpressTarget() const
{
    PublishTarget target;
    target.name = u"wp"_s;
    target.type = PublishTarget::Type::WordPress;
    target.url = m_wordpress->baseUrl();
    target.user = WordPressFixture::user();
    return target;
}

std::unique_ptr<WordPressClient> TestBlogPull::wordpressClient() const
{
    WordPressOptions options;
    options.siteUrl = m_wordpress->baseUrl();
    options.user = WordPressFixture::user();
    options.applicationPassword = m_wordpress->applicationPassword();
    return std::make_unique<WordPressClient>(options);
}

QString TestBlogPull::createGhostPost(GhostClient &client, const GhostPost &post)
{
    GhostPost created;
    if (client.createPost(post, created))
        return {};
    return created.id;
}

void TestBlogPull::frontMatterRoundTrips_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("slug");

    QTest::newRow("plain") << u"Hello world"_s << u"A summary."_s << QStringList{u"qt"_s} << u"hello-world"_s;
    QTest::newRow("colon space") << u"Part 1: the beginning"_s << u"Note: read this"_s
                                 << QStringList{u"a: b"_s} << u"part-1"_s;
    QTest::newRow("hash") << u"C# and F# #tips"_s << u"x #not a comment"_s << QStringList{u"#hashtag"_s}
                          << u"c-sharp"_s;
    QTest::newRow("quotes") << u"\"Quoted\" and 'single' it's"_s << u"He said \"hi\""_s
                            << QStringList{u"it's"_s, u"\"q\""_s} << u"quotes"_s;
    QTest::newRow("yaml look-alikes")
        << u"yes"_s << u"null"_s << QStringList{u"true"_s, u"2024-05-01"_s, u"1.5"_s} << u"no"_s;
    QTest::newRow("leading indicators") << u"- dash, [brackets] {braces} & *star* !bang %pct @at `tick`"_s
                                        << u"> quote | pipe"_s << QStringList{u"[x]"_s, u"a, b"_s} << u"x"_s;
    QTest::newRow("backslash and unicode") << u"Back\\slash \u00e9\u00e8 \u4f60\u597d \U0001F600"_s
                                           << u"Tab\there"_s << QStringList{u"caf\u00e9"_s} << u"caf%c3%a9"_s;
    QTest::newRow("multi-line excerpt")
        << u"Lines"_s << u"first line\nsecond <em>line</em>"_s << QStringList{} << QString();
}

void TestBlogPull::frontMatterRoundTrips()
{
    QFETCH(QString, title);
    QFETCH(QString, excerpt);
    QFETCH(QStringList, tags);
    QFETCH(QString, slug);

    RemotePost post;
    post.id = u"7"_s;
    post.title = title;
    post.excerpt = excerpt;
    post.tags = tags;
    post.categories = {u"Uncategorized"_s, u"Notes: misc"_s};
    post.slug = slug;
    post.status = u"draft"_s;
    post.date = QDateTime(QDate(2024, 5, 1), QTime(10, 30, 5), Qt::UTC);
    post.coverUrl = QUrl(u"https://example.com/image one.png"_s);
    post.html = u"<p>Body</p>"_s;

    const Result<QString> text = BlogPull::postText(post, rawHtmlConverter());
    QVERIFY2(text, qPrintable(text ? QString() : text.error().toString()));
    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(text.value(), u"pulled.md"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString() + u"\n"_s + text.value()));
    const PostMetadata &metadata = parsed.value().metadata;
    QCOMPARE(metadata.title, title);
    QCOMPARE(metadata.summary,
             QString(excerpt).replace(u"<em>"_s, QString()).replace(u"</em>"_s, QString()).simplified());
    QCOMPARE(metadata.tags, tags);
    QCOMPARE(metadata.categories, QStringList{u"Notes: misc"_s}); // WordPress's default category is none here
    QCOMPARE(metadata.slug, QUrl::fromPercentEncoding(slug.toUtf8()));
    QVERIFY(metadata.draft);
    QCOMPARE(metadata.date, post.date);
    QCOMPARE(metadata.date.timeSpec(), Qt::UTC);
    QCOMPARE(metadata.cover, u"https://example.com/image%20one.png"_s);
    QVERIFY(metadata.unknownKeys.isEmpty());
    QVERIFY2(text.value().contains(u"date: 2024-05-01T10:30:05Z"_s), qPrintable(text.value()));
}

void TestBlogPull::postTextBody()
{
    RemotePost post;
    post.title = u"Published"_s;
    post.status = u"publish"_s;
    post.html = u"<h2>Head</h2>\n\n<p>Text</p>"_s;
    const Result<QString> text = BlogPull::postText(post, rawHtmlConverter());
    QVERIFY(text);
    QCOMPARE(text.value(),
             u"---\ntitle: Published\n---\n\n<div>\n<h2>Head</h2>\n<!-- -->\n<p>Text</p>\n</div>\n"_s);
    const Post parsed = Post::fromText(text.value(), u"/blog/posts/published.md"_s, u"/blog"_s);
    QVERIFY(!parsed.error);
    QVERIFY(!parsed.metadata.draft);
    QVERIFY(!parsed.metadata.date.isValid());
}

void TestBlogPull::ghostPullsEveryPage()
{
    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    // 205 posts: three pages of 100.
    for (int i = 1; i <= 202; ++i) {
        GhostPost post;
        post.title = u"Post number %1"_s.arg(i);
        post.html = u"<p>Body %1</p>"_s.arg(i);
        post.status = u"published"_s;
        post.publishedAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).addDays(i);
        QVERIFY(!createGhostPost(client, post).isEmpty());
    }
    GhostPost tricky;
    tricky.title = u"Ghost: \"tricky\" # title"_s;
    tricky.html = u"<h2>Section</h2><p>A <a href=\"https://example.com/\">link</a> &amp; more.</p>"
                  "<script>alert(1)</script>"_s;
    tricky.status = u"published"_s;
    tricky.publishedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    tricky.tags = {u"News"_s, u"C++: tips"_s};
    tricky.customExcerpt = u"The excerpt: short"_s;
    tricky.featureImage = server.siteUrl() + u"content/images/cover.png"_s;
    const QString trickyId = createGhostPost(client, tricky);
    QVERIFY(!trickyId.isEmpty());
    GhostPost draft;
    draft.title = u"Unfinished"_s;
    draft.html = u"<p>Draft body</p>"_s;
    draft.slug = u"unfinished-draft"_s;
    const QString draftId = createGhostPost(client, draft);
    QVERIFY(!draftId.isEmpty());
    GhostPost scheduled;
    scheduled.title = u"Coming soon"_s;
    scheduled.html = u"<p>Later</p>"_s;
    scheduled.status = u"scheduled"_s;
    scheduled.publishedAt = QDateTime::currentDateTimeUtc().addDays(30);
    QVERIFY(!createGhostPost(client, scheduled).isEmpty());

    // The client on its own: pages of 100, more until the last.
    QList<GhostPost> page;
    bool more = false;
    QVERIFY(!client.listPosts(1, page, more));
    QCOMPARE(page.size(), 100);
    QVERIFY(more);
    QCOMPARE(page.first().title, scheduled.title); // newest first
    QVERIFY(!client.listPosts(3, page, more));
    QCOMPARE(page.size(), 5);
    QVERIFY(!more);

    TestBlog blog;
    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, server.adminKey());
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(problemsText(report)));
    QCOMPARE(report.created, 205);
    QCOMPARE(report.skipped, 0);
    QCOMPARE(report.files.size(), 205);
    QCOMPARE(postFiles(blog.root()).size(), 205);
    QVERIFY(!report.warnings.isEmpty()); // the HTML was kept: the blog does not allow raw HTML
    int listings = 0;
    for (const GhostMockServer::Request &request : server.requests()) {
        if (request.method == "GET" && request.path == u"posts/"_s) {
            ++listings;
            QVERIFY2(request.query.contains(u"formats=html"_s) && request.query.contains(u"include=tags"_s),
                     qPrintable(request.query));
        }
    }
    QCOMPARE(listings, 2 + 3); // the client's own two listings, then the pull's three pages

    // Every file reads back without error; the state maps each to its remote id.
    const Result<PostPublishState> state = PostPublishState::load(blog.root(), target.id());
    QVERIFY(state);
    QCOMPARE(state.value().posts().size(), 205);
    for (const QString &file : report.files) {
        const Post post = Post::load(blog.path(file), blog.root());
        QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
        const std::optional<PostRemoteRecord> record = state.value().post(file);
        QVERIFY2(record, qPrintable(file));
        QVERIFY(!record->id.isEmpty());
        QVERIFY(!record->hash.isEmpty());
        QCOMPARE(record->seenVersion, record->version);
        QCOMPARE(record->sourceSize, QFileInfo(blog.path(file)).size());
        QCOMPARE(server.post(record->id).value(u"updated_at"_s).toString(), record->version);
    }

    const QString trickyFile = u"posts/ghost-tricky-title.md"_s;
    QVERIFY2(report.files.contains(trickyFile), qPrintable(report.files.join(u", "_s)));
    const Post pulled = Post::load(blog.path(trickyFile), blog.root());
    QCOMPARE(pulled.metadata.title, tricky.title);
    QCOMPARE(pulled.metadata.date, tricky.publishedAt);
    QCOMPARE(pulled.metadata.tags, tricky.tags);
    QCOMPARE(pulled.metadata.summary, tricky.customExcerpt);
    QCOMPARE(pulled.metadata.slug, u"ghost-tricky-title"_s);
    QCOMPARE(pulled.metadata.cover, tricky.featureImage);
    QVERIFY(!pulled.metadata.draft);
    QCOMPARE(state.value().post(trickyFile)->id, trickyId);
    const QString trickyText = QString::fromUtf8(blog.read(trickyFile));
    QVERIFY2(trickyText.contains(u"<h2>Section</h2>"_s), qPrintable(trickyText));
    QVERIFY2(!trickyText.contains(u"script"_s), qPrintable(trickyText));

    const Post pulledDraft = Post::load(blog.path(u"posts/unfinished-draft.md"_s), blog.root());
    QVERIFY(!pulledDraft.error);
    QVERIFY(pulledDraft.metadata.draft);
    QCOMPARE(state.value().post(u"posts/unfinished-draft.md"_s)->id, draftId);
    const Post pulledScheduled = Post::load(blog.path(u"posts/coming-soon.md"_s), blog.root());
    QVERIFY(!pulledScheduled.metadata.draft);
    QCOMPARE(pulledScheduled.status(), Post::Status::Scheduled);
}

void TestBlogPull::ghostRerunSkipsAndOverwriteReplaces()
{
    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    GhostPost post;
    post.title = u"Kept"_s;
    post.html = u"<p>First version</p>"_s;
    post.status = u"published"_s;
    const QString id = createGhostPost(client, post);
    QVERIFY(!id.isEmpty());

    TestBlog blog;
    // A local post with the slug of the second remote post: the same post, never overwritten.
    blog.writePost(u"posts/local-one.md"_s, u"Local one"_s, u"2024-01-01"_s);
    GhostPost same;
    same.title = u"Local one"_s;
    same.html = u"<p>Web copy</p>"_s;
    QVERIFY(!createGhostPost(client, same).isEmpty());
    const QByteArray localBefore = blog.read(u"posts/local-one.md"_s);

    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, server.adminKey());
    const BlogPull pull(rawHtmlConverter());
    const PullReport first = pull.pull(*api, blog.root(), target);
    QVERIFY2(!first.error && first.problems.isEmpty(), qPrintable(problemsText(first)));
    QCOMPARE(first.files, QStringList{u"posts/kept.md"_s});
    QCOMPARE(first.skipped, 1);
    QVERIFY2(first.skippedReasons.value(0).contains(u"posts/local-one.md"_s),
             qPrintable(first.skippedReasons.join(u'\n')));
    QCOMPARE(blog.read(u"posts/local-one.md"_s), localBefore);
    const QByteArray pulledBefore = blog.read(u"posts/kept.md"_s);

    // Again: both exist now, nothing is written.
    const PullReport second = pull.pull(*api, blog.root(), target);
    QVERIFY2(!second.error && second.problems.isEmpty(), qPrintable(problemsText(second)));
    QCOMPARE(second.created, 0);
    QCOMPARE(second.skipped, 2);
    QVERIFY(second.skippedReasons.join(u'\n').contains(u"posts/kept.md"_s));
    QCOMPARE(blog.read(u"posts/kept.md"_s), pulledBefore);
    QCOMPARE(postFiles(blog.root()).size(), 2);

    // Edited on the web, then pulled with overwrite: the same files, the new text, the new version.
    GhostPost edited = GhostPost::fromJson(server.post(id));
    edited.html = u"<p>Second version</p>"_s;
    GhostPost updated;
    QVERIFY(!client.updatePost(edited, updated));
    PullOptions overwrite;
    overwrite.overwrite = true;
    const PullReport third = pull.pull(*api, blog.root(), target, overwrite);
    QVERIFY2(!third.error && third.problems.isEmpty(), qPrintable(problemsText(third)));
    QCOMPARE(third.created, 2);
    QCOMPARE(postFiles(blog.root()), (QStringList{u"posts/kept.md"_s, u"posts/local-one.md"_s}));
    QVERIFY(QString::fromUtf8(blog.read(u"posts/kept.md"_s)).contains(u"Second version"_s));
    QVERIFY(QString::fromUtf8(blog.read(u"posts/local-one.md"_s)).contains(u"Web copy"_s));
    const Result<PostPublishState> state = PostPublishState::load(blog.root(), target.id());
    QVERIFY(state);
    QCOMPARE(state.value().post(u"posts/kept.md"_s)->version, updated.updatedAt);
    QCOMPARE(state.value().posts().size(), 2);
}

void TestBlogPull::ghostDryRunWritesNothing()
{
    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    for (const QString &title : {u"One"_s, u"Two"_s}) {
        GhostPost post;
        post.title = title;
        post.html = u"<p>x</p>"_s;
        QVERIFY(!createGhostPost(client, post).isEmpty());
    }
    TestBlog blog;
    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, server.adminKey());
    PullOptions options;
    options.dryRun = true;
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target, options);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(problemsText(report)));
    QCOMPARE(report.created, 2);
    QCOMPARE(report.files, (QStringList{u"posts/one.md"_s, u"posts/two.md"_s}));
    QVERIFY(postFiles(blog.root()).isEmpty());
    QVERIFY(!QFileInfo::exists(PostPublishState::path(blog.root(), target.id())));
}

void TestBlogPull::ghostFollowsTheBlogsLayout()
{
    // The sample blog files its posts in category folders; Ghost has tags only, so a pulled post has
    // no category and lands beside them in posts/.
    TestBlog blog;
    const QString source = sampleBlogSourcePath();
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        blog.write(QDir(source).relativeFilePath(file), in.readAll());
    }
    const QStringList before = postFiles(blog.root());

    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    GhostPost post;
    post.title = u"From Ghost"_s;
    post.html = u"<p>x</p>"_s;
    post.status = u"published"_s;
    post.tags = {u"Design"_s};
    QVERIFY(!createGhostPost(client, post).isEmpty());
    GhostPost clash; // the sample blog's own post: skipped by slug
    clash.title = u"Queue or log"_s;
    clash.slug = u"queue-or-log"_s;
    clash.html = u"<p>y</p>"_s;
    QVERIFY(!createGhostPost(client, clash).isEmpty());

    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, server.adminKey());
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(problemsText(report)));
    QCOMPARE(report.files, QStringList{u"posts/from-ghost.md"_s});
    QCOMPARE(report.skipped, 1);
    QVERIFY(report.skippedReasons.first().contains(u"posts/architecture/queue-or-log.md"_s));
    QCOMPARE(postFiles(blog.root()).size(), before.size() + 1);
}

void TestBlogPull::ghostServerErrorMidListingWritesNothing()
{
    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    for (int i = 1; i <= 101; ++i) {
        GhostPost post;
        post.title = u"Post %1"_s.arg(i);
        post.html = u"<p>x</p>"_s;
        QVERIFY(!createGhostPost(client, post).isEmpty());
    }
    TestBlog blog;
    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> inner = makeBlogApi(target, server.adminKey());
    // The second page fails for longer than the client retries.
    ListHookApi api(*inner, [&server](int page) {
        if (page == 1)
            server.failNext(500, 10);
    });
    const PullReport report = BlogPull(rawHtmlConverter()).pull(api, blog.root(), target);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Transient);
    QVERIFY2(report.error->message.contains(u"500"_s), qPrintable(report.error->message));
    QVERIFY(!report.error->message.contains(server.adminKey().section(u':', 1)));
    QCOMPARE(report.created, 0);
    QVERIFY(postFiles(blog.root()).isEmpty());
    QVERIFY(!QFileInfo::exists(PostPublishState::path(blog.root(), target.id())));
}

void TestBlogPull::ghostMalformedAnswerWritesNothing()
{
    GhostMockServer server;
    QVERIFY(server.start());
    GhostClient client(QUrl(server.siteUrl()), server.adminKey());
    GhostPost post;
    post.title = u"Post"_s;
    post.html = u"<p>x</p>"_s;
    QVERIFY(!createGhostPost(client, post).isEmpty());
    server.answerMalformedNext();

    TestBlog blog;
    const PublishTarget target = ghostTarget(server);
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, server.adminKey());
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QVERIFY2(report.error->message.contains(u"malformed JSON"_s), qPrintable(report.error->message));
    QVERIFY(postFiles(blog.root()).isEmpty());
    QVERIFY(!QFileInfo::exists(PostPublishState::path(blog.root(), target.id())));
}

void TestBlogPull::ghostWrongKeyWritesNothing()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog;
    const PublishTarget target = ghostTarget(server);
    const QString wrongKey = server.adminKey().section(u':', 0, 0) + u":00112233445566778899aabbccddeeff"_s;
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, wrongKey);
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Authentication);
    QVERIFY(!report.error->message.contains(u"00112233445566778899aabbccddeeff"_s));
    QVERIFY(postFiles(blog.root()).isEmpty());
}

void TestBlogPull::wordpressListsWithNames()
{
    if (!m_wordpress)
        QSKIP(qPrintable(m_wordpressSkip));
    const std::unique_ptr<WordPressClient> client = wordpressClient();
    WordPressMedia media;
    {
        QTemporaryDir dir;
        QFile image(dir.filePath(u"cover.png"_s));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfD"
                                           "wAChwGA60e6kgAAAABJRU5ErkJggg=="));
        image.close();
        QVERIFY(!client->uploadMedia(image.fileName(), u"cover.png"_s, u"image/png"_s, media));
    }
    WordPressPost post;
    post.title = u"Listed with names"_s;
    post.content = u"<p>Listed</p>"_s;
    post.excerpt = u"Listed excerpt"_s;
    post.status = WordPressPost::Status::Publish;
    post.categories = {u"Pull & Push"_s};
    post.tags = {u"listing"_s, u"names"_s};
    post.featuredMedia = media.id;
    WordPressPostInfo created;
    const auto error = client->createPost(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));

    QList<WordPressPostInfo> posts;
    bool more = true;
    const auto listError = client->listPosts(1, true, posts, more);
    QVERIFY2(!listError, qPrintable(errorText(listError)));
    QVERIFY(!more);
    const auto found = std::find_if(posts.cbegin(), posts.cend(),
                                    [&](const WordPressPostInfo &info) { return info.id == created.id; });
    QVERIFY(found != posts.cend());
    QCOMPARE(found->content, post.content);
    QVERIFY(found->renderedContent.contains(u"Listed"_s));
    QCOMPARE(found->excerpt, post.excerpt);
    QCOMPARE(found->categoryNames, post.categories);
    QStringList tags = found->tagNames;
    tags.sort();
    QCOMPARE(tags, post.tags);
    QCOMPARE(QUrl(found->featuredMediaUrl), media.sourceUrl);

    // Without content: the cheap listing, same ids and versions.
    QList<WordPressPostInfo> cheap;
    QVERIFY(!client->listPosts(1, false, cheap, more));
    QCOMPARE(cheap.size(), posts.size());
    QCOMPARE(cheap.first().id, posts.first().id);
    QCOMPARE(cheap.first().modifiedGmt, posts.first().modifiedGmt);
    QVERIFY(cheap.first().content.isEmpty());

    std::optional<WordPressPostInfo> byId;
    QVERIFY(!client->findPost(created.id, byId));
    QVERIFY(byId);
    QCOMPARE(byId->content, post.content);
    QCOMPARE(byId->categoryNames, post.categories);

    // Past the last page: nothing, and no error.
    QVERIFY(!client->listPosts(50, true, posts, more));
    QVERIFY(posts.isEmpty());
    QVERIFY(!more);
}

void TestBlogPull::wordpressPull()
{
    if (!m_wordpress)
        QSKIP(qPrintable(m_wordpressSkip));
    const std::unique_ptr<WordPressClient> client = wordpressClient();
    WordPressPost published;
    published.title = u"WordPress: \"quoted\" # not a comment"_s;
    published.content =
        u"<!-- wp:heading --><h2>Intro</h2><!-- /wp:heading -->"
        "<!-- wp:paragraph --><p>Hello <strong>there</strong> &amp; welcome.</p><!-- /wp:paragraph -->"_s;
    published.excerpt = u"An excerpt: with a colon"_s;
    published.status = WordPressPost::Status::Publish;
    published.date = QDateTime(QDate(2024, 3, 4), QTime(5, 6, 7), Qt::UTC);
    published.slug = u"wordpress-quoted"_s;
    published.categories = {u"Travel Notes"_s};
    published.tags = {u"Qt & C++"_s};
    WordPressPostInfo publishedInfo;
    auto error = client->createPost(published, publishedInfo);
    QVERIFY2(!error, qPrintable(errorText(error)));
    WordPressPost draft;
    draft.title = u"A draft from WordPress"_s;
    draft.content = u"<p>Not yet</p>"_s;
    WordPressPostInfo draftInfo;
    error = client->createPost(draft, draftInfo);
    QVERIFY2(!error, qPrintable(errorText(error)));

    TestBlog blog;
    const PublishTarget target = wordpressTarget();
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, m_wordpress->applicationPassword());
    const BlogPull pull; // pandoc when installed, else the raw HTML block
    const PullReport report = pull.pull(*api, blog.root(), target);
    QVERIFY2(!report.error && report.problems.isEmpty(), qPrintable(problemsText(report)));
    QVERIFY(report.created >= 2); // and whatever the other tests made
    const Result<PostPublishState> state = PostPublishState::load(blog.root(), target.id());
    QVERIFY(state);
    QCOMPARE(state.value().posts().size(), qsizetype(report.created));

    QString publishedFile;
    QString draftFile;
    for (const QString &file : report.files) {
        const Post post = Post::load(blog.path(file), blog.root());
        QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
        const QString id = state.value().post(file)->id;
        if (id == QString::number(publishedInfo.id))
            publishedFile = file;
        if (id == QString::number(draftInfo.id))
            draftFile = file;
    }
    // An empty blog is flat: the file is named by the slug.
    QCOMPARE(publishedFile, u"posts/wordpress-quoted.md"_s);
    QVERIFY(!draftFile.isEmpty());

    const Post post = Post::load(blog.path(publishedFile), blog.root());
    QCOMPARE(post.metadata.title, published.title);
    QCOMPARE(post.metadata.date, published.date);
    QCOMPARE(post.metadata.categories, published.categories);
    QCOMPARE(post.metadata.tags, published.tags);
    QCOMPARE(post.metadata.summary, published.excerpt);
    QCOMPARE(post.metadata.slug, published.slug);
    QVERIFY(!post.metadata.draft);
    const QString text = QString::fromUtf8(blog.read(publishedFile));
    QVERIFY2(text.contains(u"Intro"_s) && text.contains(u"welcome."_s), qPrintable(text));
    QVERIFY2(!text.contains(u"wp:paragraph"_s), qPrintable(text));
    if (HtmlToMarkdown().usesPandoc())
        QVERIFY2(text.contains(u"## Intro"_s) && text.contains(u"Hello **there** & welcome."_s),
                 qPrintable(text));
    const std::optional<PostRemoteRecord> record = state.value().post(publishedFile);
    QCOMPARE(record->url, publishedInfo.link);
    QCOMPARE(record->slug, published.slug);
    QVERIFY(!record->hash.isEmpty());

    const Post pulledDraft = Post::load(blog.path(draftFile), blog.root());
    QVERIFY(pulledDraft.metadata.draft);
    QCOMPARE(pulledDraft.metadata.title, draft.title);

    // Again: every file is skipped and stays as it was.
    const QByteArray before = blog.read(publishedFile);
    const PullReport again = pull.pull(*api, blog.root(), target);
    QVERIFY2(!again.error && again.problems.isEmpty(), qPrintable(problemsText(again)));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.skipped, report.created);
    QCOMPARE(blog.read(publishedFile), before);
}

void TestBlogPull::wordpressWrongPasswordWritesNothing()
{
    if (!m_wordpress)
        QSKIP(qPrintable(m_wordpressSkip));
    TestBlog blog;
    const PublishTarget target = wordpressTarget();
    const QString wrong = u"abcd efgh ijkl mnop qrst uvwx"_s;
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, wrong);
    const PullReport report = BlogPull(rawHtmlConverter()).pull(*api, blog.root(), target);
    QVERIFY(report.error);
    QVERIFY2(report.error->kind == TransportError::Kind::Authentication, qPrintable(report.error->message));
    QVERIFY(!report.error->message.contains(wrong));
    QVERIFY(postFiles(blog.root()).isEmpty());
    QVERIFY(!QFileInfo::exists(PostPublishState::path(blog.root(), target.id())));
}

QTEST_GUILESS_MAIN(TestBlogPull)
#include "tst_blogpull.moc"
