#include "ghostmockserver.h"
#include "micropubmockserver.h"
#include "publish/blogpublisher.h"
#include "publish/postpublishstate.h"
#include "publish/publishsession.h"
#include "testblog.h"
#include "testimages.h"

#include <QJsonArray>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray blogYaml(const QByteArray &type, const QString &url, const QByteArray &extra = {})
{
    return "title: Test Blog\nbaseURL: https://example.org/\npublish:\n  targets:\n    - name: blog\n      "
           "type: " +
           type + "\n      url: " + url.toUtf8() + "\n" + extra;
}

PublishTarget targetOf(const TestBlog &blog)
{
    const Result<PublishTargets> targets = PublishSession::readTargets(blog.root());
    if (!targets || targets.value().targets.empty())
        return {};
    return targets.value().targets.front();
}

DeployOptions fastOptions()
{
    DeployOptions options;
    options.maxTries = 2;
    options.firstRetryDelay = std::chrono::milliseconds(20);
    return options;
}

struct Published
{
    std::optional<DeployPlan> plan;
    DeployReport report;
    QString planError;
};

// One publish through PublishSession, the way the CLI and the window do it; resolutions apply to
// conflicts found by the plan.
Published publish(const TestBlog &blog, const QString &secret,
                  const QHash<QString, BlogPublisher::Resolution> &resolutions = {},
                  PublishSession::Connection connection = {})
{
    connection.secret = secret;
    PublishSession session(blog.root(), targetOf(blog), connection, fastOptions());
    Published out;
    const BuildReport build = session.build();
    if (build.fatal) {
        out.planError = build.errors.value(0).toString();
        return out;
    }
    if (const std::optional<TransportError> error = session.checkConnection()) {
        out.planError = error->message;
        return out;
    }
    Result<DeployPlan> plan = session.plan();
    if (!plan) {
        out.planError = plan.error().toString();
        return out;
    }
    auto *publisher = qobject_cast<BlogPublisher *>(session.engine());
    for (auto it = resolutions.cbegin(); it != resolutions.cend(); ++it)
        publisher->setResolution(it.key(), it.value());
    out.plan = plan.value();
    out.report = session.run(plan.value());
    return out;
}

QList<BlogConflict> planConflicts(const TestBlog &blog, const QString &secret)
{
    PublishSession session(blog.root(), targetOf(blog), {secret, {}, {}, {}}, fastOptions());
    session.build();
    if (!session.plan())
        return {};
    return qobject_cast<BlogPublisher *>(session.engine())->conflicts();
}

PostRemoteRecord recordOf(const TestBlog &blog, const QString &path)
{
    const Result<PostPublishState> state = PostPublishState::load(blog.root(), targetOf(blog).id());
    return state ? state.value().post(path).value_or(PostRemoteRecord{}) : PostRemoteRecord{};
}

} // namespace

// BlogPublisher through PublishSession against the Ghost and Micropub stand-ins: what is sent, images,
// conflicts, lost answers and refused credentials. The WordPress side is tst_blogpublishwordpress.
class TestBlogPublisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsParse();
    void ghostPublishesNewAndChangedPostsOnly();
    void ghostImagesUploadedOnceAndLinksRewritten();
    void ghostConflictIsShownNotOverwritten();
    void ghostKeepWebReplacesTheLocalFile();
    void ghostStaleEditBetweenPlanAndRun();
    void ghostServerErrorsLoseNothing();
    void ghostWrongKey();
    void hostileImagePathsAreNotUploaded();
    void draftsOnlyWhenAskedOrAlreadyThere();
    void micropubPublishesAndUpdates();
    void micropubLostAnswerNeverCreatesTwice();
    void micropubExpiredToken();
    void insecureTargetRefused();
};

void TestBlogPublisher::targetsParse()
{
    const Result<PublishTargets> parsed = PublishTargets::parse(
        u"publish:\n  targets:\n    - name: wp\n      type: wordpress\n      url: https://example.com/blog\n"
        "      user: me\n      drafts: true\n    - name: xr\n      type: metaweblog\n      url: "
        "http://10.0.0.2/xmlrpc.php\n"
        "      user: me\n      blog_id: 7\n      allow_insecure: yes\n    - name: g\n      type: ghost\n"
        "      url: https://ghost.example\n    - name: m\n      type: micropub\n      url: https://me.example\n"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    const auto &targets = parsed.value().targets;
    QCOMPARE(targets.size(), size_t(4));
    QCOMPARE(targets[0].type, PublishTarget::Type::WordPress);
    QVERIFY(targets[0].sendDrafts);
    QVERIFY(targets[0].isBlogApi());
    QCOMPARE(targets[1].blogId, u"7"_s);
    QVERIFY(targets[1].allowInsecure);
    QCOMPARE(targets[2].id(), u"ghost:g"_s);
    QCOMPARE(targets[3].type, PublishTarget::Type::Micropub);

    // A password in the URL, a missing user, a URL that is not one.
    for (
        const QString &yaml :
        {u"publish:\n  targets:\n    - name: wp\n      type: wordpress\n      url: https://me:pw@example.com\n      user: me\n"_s,
         u"publish:\n  targets:\n    - name: wp\n      type: wordpress\n      url: https://example.com\n"_s,
         u"publish:\n  targets:\n    - name: g\n      type: ghost\n      url: example.com\n"_s}) {
        const Result<PublishTargets> refused = PublishTargets::parse(yaml, u"blog.yaml"_s);
        QVERIFY2(!refused, qPrintable(yaml));
        QVERIFY(refused.error().line > 0);
    }
}

void TestBlogPublisher::ghostPublishesNewAndChangedPostsOnly()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/first.md"_s, u"First"_s, u"2024-01-02"_s, u"Travel"_s, false, "Hello *there*.\n");
    blog.writePost(u"posts/second.md"_s, u"Second"_s, u"2024-02-03"_s, u"Food"_s, false, "Second text.\n");
    blog.writePost(u"posts/later.md"_s, u"Later"_s, u"2099-01-01T10:00:00Z"_s, {}, false, "Not yet.\n");

    Published first = publish(blog, server.adminKey());
    QVERIFY2(first.planError.isEmpty(), qPrintable(first.planError));
    QCOMPARE(first.plan->count(DeployAction::Kind::New), 3);
    QVERIFY2(first.report.ok(), qPrintable(first.report.error ? first.report.error->message : QString()));
    QCOMPARE(first.report.uploaded, 3);
    QCOMPARE(server.posts().size(), 3);
    QString scheduledStatus;
    for (const QJsonObject &post : server.posts()) {
        if (post.value(u"title"_s).toString() == u"Later"_s)
            scheduledStatus = post.value(u"status"_s).toString();
        if (post.value(u"title"_s).toString() == u"First"_s) {
            QVERIFY(post.value(u"html"_s).toString().contains(u"<em>there</em>"_s));
            QCOMPARE(post.value(u"slug"_s).toString(), u"first"_s);
        }
    }
    QCOMPARE(scheduledStatus, u"scheduled"_s);
    const PostRemoteRecord record = recordOf(blog, u"posts/first.md"_s);
    QVERIFY(!record.id.isEmpty());
    QVERIFY(!record.version.isEmpty());
    QVERIFY(!record.pending);

    // Nothing changed: nothing to do.
    Published again = publish(blog, server.adminKey());
    QVERIFY2(again.planError.isEmpty(), qPrintable(again.planError));
    QVERIFY(again.plan->isEmpty());

    // One edit: one update of that post, no new post.
    QTest::qWait(5); // a new file time
    blog.writePost(u"posts/second.md"_s, u"Second"_s, u"2024-02-03"_s, u"Food"_s, false, "Edited text.\n");
    const int requestsBefore = int(server.requests().size());
    Published edited = publish(blog, server.adminKey());
    QVERIFY2(edited.planError.isEmpty(), qPrintable(edited.planError));
    QCOMPARE(edited.plan->actions().size(), 1);
    QCOMPARE(edited.plan->actions().constFirst().kind, DeployAction::Kind::Changed);
    QVERIFY(edited.report.ok());
    QCOMPARE(server.posts().size(), 3);
    QCOMPARE(server.post(recordOf(blog, u"posts/second.md"_s).id).value(u"html"_s).toString(),
             u"<p>Edited text.</p>\n"_s);
    int puts = 0, creates = 0;
    for (const auto &request : server.requests().mid(requestsBefore)) {
        puts += request.method == "PUT" ? 1 : 0;
        creates += request.method == "POST" ? 1 : 0;
    }
    QCOMPARE(puts, 1);
    QCOMPARE(creates, 0);
}

void TestBlogPublisher::ghostImagesUploadedOnceAndLinksRewritten()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.write(u"posts/pic.png"_s, onePixelPng);
    blog.write(u"static/images/cover.png"_s, onePixelPng + "cover");
    blog.write(u"posts/pictures.md"_s,
               "---\ntitle: Pictures\ndate: 2024-03-01\ncover: /images/cover.png\n---\n"
               "![a pixel](pic.png) and again ![same](pic.png)\n\n"
               "![remote](https://cdn.example/x.png)\n");
    Published published = publish(blog, server.adminKey());
    QVERIFY2(published.planError.isEmpty(), qPrintable(published.planError));
    QVERIFY2(published.report.ok(),
             qPrintable(published.report.error ? published.report.error->message : QString()));
    QCOMPARE(server.images().size(), 2); // the picture once, the cover once
    const QJsonObject post = server.post(recordOf(blog, u"posts/pictures.md"_s).id);
    const QString html = post.value(u"html"_s).toString();
    QVERIFY2(!html.contains(u"src=\"pic.png\""_s), qPrintable(html));
    QVERIFY2(html.contains(server.siteUrl() + u"content/images/"_s), qPrintable(html));
    QVERIFY(html.contains(u"https://cdn.example/x.png"_s));
    QVERIFY2(post.value(u"feature_image"_s).toString().startsWith(server.siteUrl()),
             qPrintable(post.value(u"feature_image"_s).toString()));

    // A second post with the same picture does not upload it again.
    blog.write(u"posts/more.md"_s, "---\ntitle: More\ndate: 2024-03-02\n---\n![again](pic.png)\n");
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    QCOMPARE(server.images().size(), 2);
}

void TestBlogPublisher::ghostConflictIsShownNotOverwritten()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Mine.\n");
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    const QString id = recordOf(blog, u"posts/post.md"_s).id;

    server.touchPost(id); // edited in Ghost Admin
    const QString webHtml = server.post(id).value(u"html"_s).toString();
    QTest::qWait(5);
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Mine, edited.\n");

    const QList<BlogConflict> conflicts = planConflicts(blog, server.adminKey());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().path, u"posts/post.md"_s);
    QVERIFY(conflicts.constFirst().localHtml.contains(u"Mine, edited."_s));
    QCOMPARE(conflicts.constFirst().remote.html, webHtml);

    // Without a choice the web copy stays as it is, and the publish says so.
    Published asked = publish(blog, server.adminKey());
    QCOMPARE(asked.report.conflicts, QStringList{u"posts/post.md"_s});
    QVERIFY(!asked.report.ok());
    QCOMPARE(server.post(id).value(u"html"_s).toString(), webHtml);
    QVERIFY(blog.read(u"posts/post.md"_s).contains("Mine, edited."));

    // "Publish mine" replaces it.
    Published mine =
        publish(blog, server.adminKey(), {{u"posts/post.md"_s, BlogPublisher::Resolution::KeepMine}});
    QVERIFY2(mine.report.ok(), qPrintable(mine.report.error ? mine.report.error->message : QString()));
    QCOMPARE(server.post(id).value(u"html"_s).toString(), u"<p>Mine, edited.</p>\n"_s);
    QCOMPARE(server.posts().size(), 1);
    QVERIFY(planConflicts(blog, server.adminKey()).isEmpty());
}

void TestBlogPublisher::ghostKeepWebReplacesTheLocalFile()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.write(u"posts/post.md"_s, "---\ntitle: Post\ndate: 2024-01-02\naliases: [/old/]\n---\nMine.\n");
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    const QString id = recordOf(blog, u"posts/post.md"_s).id;
    server.touchPost(id, u"<p>Fixed on the <strong>web</strong>.</p>"_s, u"Post (fixed)"_s);
    QTest::qWait(5);
    blog.write(u"posts/post.md"_s,
               "---\ntitle: Post\ndate: 2024-01-02\naliases: [/old/]\n---\nMine, edited.\n");

    const int putsBefore = int(std::count_if(server.requests().cbegin(), server.requests().cend(),
                                             [](const auto &r) { return r.method == "PUT"; }));
    Published web =
        publish(blog, server.adminKey(), {{u"posts/post.md"_s, BlogPublisher::Resolution::KeepWeb}});
    QVERIFY2(web.report.ok(), qPrintable(web.report.error ? web.report.error->message : QString()));
    // The web's title and body, converted to Markdown; the rest of the front matter as it was.
    const QString text = QString::fromUtf8(blog.read(u"posts/post.md"_s));
    QVERIFY2(text.startsWith(u"---\ntitle: Post (fixed)\ndate: 2024-01-02\naliases: [/old/]\n---\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Fixed on the"_s) && text.contains(u"web"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Mine"_s));
    const int putsAfter = int(std::count_if(server.requests().cbegin(), server.requests().cend(),
                                            [](const auto &r) { return r.method == "PUT"; }));
    QCOMPARE(putsAfter, putsBefore); // the web copy was not touched
    // The post is in step now: nothing to publish, no conflict.
    Published after = publish(blog, server.adminKey());
    QVERIFY(after.plan && after.plan->isEmpty());
}

void TestBlogPublisher::ghostStaleEditBetweenPlanAndRun()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Mine.\n");
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    const QString id = recordOf(blog, u"posts/post.md"_s).id;
    QTest::qWait(5);
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Mine, edited.\n");

    PublishSession session(blog.root(), targetOf(blog), {server.adminKey(), {}, {}, {}}, fastOptions());
    session.build();
    const Result<DeployPlan> plan = session.plan();
    QVERIFY(plan);
    QVERIFY(qobject_cast<BlogPublisher *>(session.engine())->conflicts().isEmpty());
    server.touchPost(id); // edited on the web while the review sheet was open
    const QString webHtml = server.post(id).value(u"html"_s).toString();
    const DeployReport report = session.run(plan.value());
    QCOMPARE(report.conflicts, QStringList{u"posts/post.md"_s});
    QCOMPARE(server.post(id).value(u"html"_s).toString(), webHtml);
    QCOMPARE(qobject_cast<BlogPublisher *>(session.engine())->conflicts().size(), 1);
}

void TestBlogPublisher::ghostServerErrorsLoseNothing()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Mine.\n");
    const QByteArray before = blog.read(u"posts/post.md"_s);

    // A 500 on the create: the post may or may not exist; the engine looks before creating again.
    server.failNext(500, 1);
    Published failed = publish(blog, server.adminKey());
    QVERIFY2(failed.planError.isEmpty(), qPrintable(failed.planError));
    QVERIFY2(failed.report.ok(), qPrintable(failed.report.error ? failed.report.error->message : QString()));
    QCOMPARE(server.posts().size(), 1);
    QCOMPARE(blog.read(u"posts/post.md"_s), before);

    // Malformed JSON in the answer to the update: a clear error, the file untouched, nothing recorded as
    // sent.
    QTest::qWait(5);
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s, {}, false, "Changed.\n");
    const QByteArray changed = blog.read(u"posts/post.md"_s);
    const PostRemoteRecord recorded = recordOf(blog, u"posts/post.md"_s);
    server.answerMalformedNext(5);
    Published malformed = publish(blog, server.adminKey());
    const QString message = malformed.planError.isEmpty() && malformed.report.error
                                ? malformed.report.error->message
                                : malformed.planError;
    QVERIFY2(message.contains(u"malformed"_s, Qt::CaseInsensitive) || message.contains(u"JSON"_s),
             qPrintable(message));
    QCOMPARE(blog.read(u"posts/post.md"_s), changed);
    QCOMPARE(recordOf(blog, u"posts/post.md"_s).hash, recorded.hash);
    // And a rerun finishes the job.
    Published rerun = publish(blog, server.adminKey());
    QVERIFY2(rerun.report.ok(),
             qPrintable(rerun.report.error ? rerun.report.error->message : rerun.planError));
    QCOMPARE(server.post(recorded.id).value(u"html"_s).toString(), u"<p>Changed.</p>\n"_s);
    QCOMPARE(server.posts().size(), 1);
}

void TestBlogPublisher::ghostWrongKey()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s);
    const QString wrongKey = server.adminKey().section(u':', 0, 0) +
                             u":00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
    Published published = publish(blog, wrongKey);
    QVERIFY(!published.planError.isEmpty());
    QVERIFY2(published.planError.contains(u"Admin API key"_s), qPrintable(published.planError));
    QVERIFY(!published.planError.contains(wrongKey.section(u':', 1)));
    QVERIFY(server.posts().isEmpty());
    QVERIFY(recordOf(blog, u"posts/post.md"_s).id.isEmpty());
}

void TestBlogPublisher::hostileImagePathsAreNotUploaded()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog outside;
    outside.write(u"secret.png"_s, onePixelPng);
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.write(u".postwright/private.png"_s, onePixelPng);
    const QString escape = QDir(blog.path(u"posts"_s)).relativeFilePath(outside.path(u"secret.png"_s));
    blog.write(u"posts/hostile.md"_s,
               "---\ntitle: Hostile\ndate: 2024-01-01\ncover: " + escape.toUtf8() + "\n---\n![a](" +
                   escape.toUtf8() +
                   ")\n\n![b](/../../../../etc/hostname)\n\n"
                   "<img src=\"file:///etc/passwd\">\n\n![c](../.postwright/private.png)\n");
    Published published = publish(blog, server.adminKey());
    QVERIFY2(published.report.ok(),
             qPrintable(published.report.error ? published.report.error->message : QString()));
    QVERIFY(server.images().isEmpty());
    const QJsonObject post = server.post(recordOf(blog, u"posts/hostile.md"_s).id);
    QVERIFY(post.value(u"feature_image"_s).toString().isEmpty());
}

void TestBlogPublisher::draftsOnlyWhenAskedOrAlreadyThere()
{
    GhostMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("ghost", server.siteUrl()));
    blog.writePost(u"posts/draft.md"_s, u"Draft"_s, u"2024-01-02"_s, {}, true);
    blog.writePost(u"posts/live.md"_s, u"Live"_s, u"2024-01-02"_s);
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    QCOMPARE(server.posts().size(), 1);

    // A published post turned back into a draft becomes a draft on the blog.
    QTest::qWait(5);
    blog.writePost(u"posts/live.md"_s, u"Live"_s, u"2024-01-02"_s, {}, true);
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    QCOMPARE(server.post(recordOf(blog, u"posts/live.md"_s).id).value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(server.posts().size(), 1);

    // drafts: true sends the others as drafts.
    blog.write(u"blog.yaml"_s, blogYaml("ghost", server.siteUrl(), "      drafts: true\n"));
    QVERIFY(publish(blog, server.adminKey()).report.ok());
    QCOMPARE(server.posts().size(), 2);
}

void TestBlogPublisher::micropubPublishesAndUpdates()
{
    MicropubMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("micropub", server.siteUrl()));
    blog.write(u"posts/pic.png"_s, onePixelPng);
    blog.write(u"posts/note.md"_s, "---\ntitle: Note\ndate: 2024-01-02\ncategories: [Life]\ntags: [qt]\n---\n"
                                   "A note ![p](pic.png)\n");
    Published published = publish(blog, server.token());
    QVERIFY2(published.planError.isEmpty(), qPrintable(published.planError));
    QVERIFY2(published.report.ok(),
             qPrintable(published.report.error ? published.report.error->message : QString()));
    QCOMPARE(server.posts().size(), 1);
    QCOMPARE(server.media().size(), 1);
    const QString url = server.posts().firstKey();
    QCOMPARE(recordOf(blog, u"posts/note.md"_s).id, url);
    const QJsonObject properties = server.posts().first();
    QCOMPARE(properties.value(u"category"_s).toArray(), QJsonArray({u"Life"_s, u"qt"_s}));
    const QString html =
        properties.value(u"content"_s).toArray().at(0).toObject().value(u"html"_s).toString();
    QVERIFY2(html.contains(server.media().firstKey()), qPrintable(html));

    QTest::qWait(5);
    blog.write(u"posts/note.md"_s, "---\ntitle: Note\ndate: 2024-01-02\n---\nEdited note.\n");
    QVERIFY(publish(blog, server.token()).report.ok());
    QCOMPARE(server.posts().size(), 1);
    QCOMPARE(
        server.posts().first().value(u"content"_s).toArray().at(0).toObject().value(u"html"_s).toString(),
        u"<p>Edited note.</p>\n"_s);
}

void TestBlogPublisher::micropubLostAnswerNeverCreatesTwice()
{
    MicropubMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("micropub", server.siteUrl()));
    blog.writePost(u"posts/note.md"_s, u"Note"_s, u"2024-01-02"_s);
    // The create fails without a usable answer: Micropub cannot look the post up, so the engine stops and
    // keeps the post pending instead of risking a second copy.
    server.failNextCreate(503, 1);
    Published failed = publish(blog, server.token());
    QVERIFY(failed.report.error);
    QVERIFY2(failed.report.error->message.contains(u"look at it"_s),
             qPrintable(failed.report.error->message));
    QVERIFY(recordOf(blog, u"posts/note.md"_s).pending);

    // The next publish does not create it on its own: it asks.
    Published asked = publish(blog, server.token());
    QCOMPARE(asked.report.conflicts, QStringList{u"posts/note.md"_s});
    QCOMPARE(server.posts().size(), 0);
    // "Publish mine" creates it, once.
    Published mine =
        publish(blog, server.token(), {{u"posts/note.md"_s, BlogPublisher::Resolution::KeepMine}});
    QVERIFY2(mine.report.ok(), qPrintable(mine.report.error ? mine.report.error->message : QString()));
    QCOMPARE(server.posts().size(), 1);
    QVERIFY(!recordOf(blog, u"posts/note.md"_s).pending);
}

void TestBlogPublisher::micropubExpiredToken()
{
    MicropubMockServer server;
    QVERIFY(server.start());
    TestBlog blog(blogYaml("micropub", server.siteUrl()));
    blog.writePost(u"posts/note.md"_s, u"Note"_s, u"2024-01-02"_s);
    const QByteArray before = blog.read(u"posts/note.md"_s);
    const QString expired = u"expired-token-4711"_s;
    Published published = publish(blog, expired);
    QVERIFY(!published.planError.isEmpty());
    QVERIFY2(!published.planError.contains(expired), qPrintable(published.planError));
    QVERIFY2(published.planError.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(published.planError));
    QCOMPARE(blog.read(u"posts/note.md"_s), before);
    QVERIFY(server.posts().isEmpty());
}

void TestBlogPublisher::insecureTargetRefused()
{
    // Plain http to another computer: refused before anything is sent, for every blog API.
    for (const QByteArray &type : {QByteArray("ghost"), QByteArray("micropub")}) {
        TestBlog blog(blogYaml(type, u"http://10.255.255.1/"_s));
        blog.writePost(u"posts/post.md"_s, u"Post"_s, u"2024-01-02"_s);
        PublishSession session(blog.root(), targetOf(blog), {u"key:00"_s, {}, {}, {}}, fastOptions());
        const std::optional<TransportError> error = session.checkConnection();
        QVERIFY2(error, type.constData());
        QVERIFY2(error->message.contains(u"http"_s), qPrintable(error->message));
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
    }
}

QTEST_GUILESS_MAIN(TestBlogPublisher)
#include "tst_blogpublisher.moc"
