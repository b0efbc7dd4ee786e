#include "faultproxy.h"
#include "publish/blogpublisher.h"
#include "publish/postpublishstate.h"
#include "publish/publishsession.h"
#include "publish/wordpressclient.h"
#include "testblog.h"
#include "testimages.h"
#include "wordpressfixture.h"

#include <QTest>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray blogYaml(const QString &url)
{
    return "title: Test Blog\nbaseURL: https://example.org/\npublish:\n  targets:\n    - name: wp\n"
           "      type: wordpress\n      url: " +
           url.toUtf8() + "\n      user: " + WordPressFixture::user().toUtf8() + "\n";
}

PublishTarget targetOf(const TestBlog &blog)
{
    const Result<PublishTargets> targets = PublishSession::readTargets(blog.root());
    return targets && !targets.value().targets.empty() ? targets.value().targets.front() : PublishTarget{};
}

struct Published
{
    std::optional<DeployPlan> plan;
    DeployReport report;
    QList<BlogConflict> conflicts;
    QString planError;

    QString error() const
    {
        return !planError.isEmpty() ? planError : report.error ? report.error->message : QString();
    }
};

Published publish(const TestBlog &blog, const QString &secret,
                  const QHash<QString, BlogPublisher::Resolution> &resolutions = {}, int maxTries = 3)
{
    DeployOptions options;
    options.maxTries = maxTries;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    PublishSession session(blog.root(), targetOf(blog), {secret, {}, {}, {}}, options);
    Published out;
    if (session.build().fatal) {
        out.planError = u"build failed"_s;
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
    out.conflicts = publisher->conflicts();
    for (auto it = resolutions.cbegin(); it != resolutions.cend(); ++it)
        publisher->setResolution(it.key(), it.value());
    out.plan = plan.value();
    out.report = session.run(plan.value());
    return out;
}

PostRemoteRecord recordOf(const TestBlog &blog, const QString &path)
{
    const Result<PostPublishState> state = PostPublishState::load(blog.root(), targetOf(blog).id());
    return state ? state.value().post(path).value_or(PostRemoteRecord{}) : PostRemoteRecord{};
}

} // namespace

// Publishing posts to a real WordPress (tests/support/wordpressfixture) through PublishSession: statuses,
// terms, media and featured images, a web edit (conflict), a lost answer (no duplicate) and bad input.
class TestBlogPublishWordPress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishScheduleTermsAndMedia();
    void updateKeepsOnePost();
    void webEditIsAConflict();
    void lostAnswerMakesNoDuplicate();
    void killedRunMakesNoDuplicate();
    void wrongApplicationPassword();
    void serverErrorAndMalformedJson();

private:
    QString php(const QString &code);
    int postsWithSlug(const QString &slug);

    std::unique_ptr<WordPressFixture> m_wordpress;
};

QString TestBlogPublishWordPress::php(const QString &code)
{
    QString out;
    if (!m_wordpress->runPhp(u"wp_set_current_user(1); "_s + code, &out))
        return u"PHP FAILED: "_s + m_wordpress->errorString();
    return out.trimmed();
}

int TestBlogPublishWordPress::postsWithSlug(const QString &slug)
{
    return php(u"echo count(get_posts(['name' => '%1', 'post_status' => 'any', 'numberposts' => -1]));"_s.arg(
                   slug))
        .toInt();
}

void TestBlogPublishWordPress::initTestCase()
{
    QString why;
    if (!WordPressFixture::available(&why))
        QSKIP(qPrintable(why));
    m_wordpress =
        std::make_unique<WordPressFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
}

void TestBlogPublishWordPress::cleanupTestCase()
{
    if (m_wordpress)
        m_wordpress->stop();
}

void TestBlogPublishWordPress::publishScheduleTermsAndMedia()
{
    TestBlog blog(blogYaml(m_wordpress->baseUrl()));
    blog.write(u"posts/trip/index.md"_s,
               "---\ntitle: The Trip\ndate: 2024-05-01T08:00:00Z\ncategories: [Travel Notes]\ntags: [Qt & "
               "C++, trains]\n"
               "summary: Where we went.\ncover: cover.png\n---\nWe went **far**.\n\n![map](map.png)\n");
    blog.write(u"posts/trip/cover.png"_s, onePixelPng);
    blog.write(u"posts/trip/map.png"_s, onePixelPng + "map");
    blog.writePost(u"posts/soon.md"_s, u"Coming Soon"_s, u"2099-06-01T09:30:00Z"_s, {}, false, "Later.\n");

    const Published published = publish(blog, m_wordpress->applicationPassword());
    QVERIFY2(published.error().isEmpty(), qPrintable(published.error()));
    QCOMPARE(published.report.uploaded, 2);

    const PostRemoteRecord trip = recordOf(blog, u"posts/trip/index.md"_s);
    QVERIFY(!trip.id.isEmpty());
    QVERIFY2(trip.url.startsWith(m_wordpress->baseUrl()), qPrintable(trip.url));
    QCOMPARE(php(u"echo get_post_status(%1);"_s.arg(trip.id)), u"publish"_s);
    QCOMPARE(php(u"echo get_post(%1)->post_date_gmt;"_s.arg(trip.id)), u"2024-05-01 08:00:00"_s);
    QCOMPARE(php(u"echo get_post(%1)->post_excerpt;"_s.arg(trip.id)), u"Where we went."_s);
    QCOMPARE(php(u"echo implode('|', wp_get_post_categories(%1, ['fields' => 'names']));"_s.arg(trip.id)),
             u"Travel Notes"_s);
    QCOMPARE(php(u"echo html_entity_decode(implode('|', wp_get_post_tags(%1, ['fields' => 'names'])));"_s.arg(
                 trip.id)),
             u"Qt & C++|trains"_s);
    // The cover is the featured image; the map is in the media library and the post links to it there.
    const QString thumbnail = php(u"echo get_post_thumbnail_id(%1);"_s.arg(trip.id));
    QVERIFY2(thumbnail.toInt() > 0, qPrintable(thumbnail));
    const QString content = php(u"echo get_post(%1)->post_content;"_s.arg(trip.id));
    QVERIFY2(content.contains(u"<strong>far</strong>"_s), qPrintable(content));
    QVERIFY2(content.contains(m_wordpress->baseUrl() + u"/wp-content/uploads/"_s), qPrintable(content));
    QVERIFY2(!content.contains(u"src=\"map.png\""_s), qPrintable(content));
    QCOMPARE(
        php(u"echo count(get_posts(['post_type' => 'attachment', 'numberposts' => -1, 'post_status' => 'any']));"_s)
            .toInt(),
        2);

    const PostRemoteRecord soon = recordOf(blog, u"posts/soon.md"_s);
    QCOMPARE(php(u"echo get_post_status(%1);"_s.arg(soon.id)), u"future"_s);
    QCOMPARE(php(u"echo get_post(%1)->post_date_gmt;"_s.arg(soon.id)), u"2099-06-01 09:30:00"_s);
}

void TestBlogPublishWordPress::updateKeepsOnePost()
{
    TestBlog blog(blogYaml(m_wordpress->baseUrl()));
    blog.writePost(u"posts/update-me.md"_s, u"Update Me"_s, u"2024-01-02"_s, u"Notes"_s, false, "First.\n");
    QVERIFY2(publish(blog, m_wordpress->applicationPassword()).error().isEmpty(), "first publish");
    const PostRemoteRecord first = recordOf(blog, u"posts/update-me.md"_s);
    QTest::qWait(1100); // modified_gmt has whole seconds
    blog.writePost(u"posts/update-me.md"_s, u"Update Me"_s, u"2024-01-02"_s, u"Notes"_s, false, "Second.\n");
    const Published again = publish(blog, m_wordpress->applicationPassword());
    QVERIFY2(again.error().isEmpty(), qPrintable(again.error()));
    QCOMPARE(again.plan->count(DeployAction::Kind::Changed), 1);
    QCOMPARE(again.plan->count(DeployAction::Kind::New), 0);
    const PostRemoteRecord second = recordOf(blog, u"posts/update-me.md"_s);
    QCOMPARE(second.id, first.id);
    QVERIFY(second.version != first.version);
    QVERIFY(php(u"echo get_post(%1)->post_content;"_s.arg(first.id)).contains(u"Second."_s));
    QCOMPARE(postsWithSlug(u"update-me"_s), 1);
}

void TestBlogPublishWordPress::webEditIsAConflict()
{
    TestBlog blog(blogYaml(m_wordpress->baseUrl()));
    blog.writePost(u"posts/edited-on-web.md"_s, u"Edited On Web"_s, u"2024-01-02"_s, {}, false, "Mine.\n");
    QVERIFY(publish(blog, m_wordpress->applicationPassword()).error().isEmpty());
    const PostRemoteRecord record = recordOf(blog, u"posts/edited-on-web.md"_s);
    QTest::qWait(1100);
    // Someone edits the post through WordPress's REST API, behind our back (another client, say).
    WordPressOptions someoneElse;
    someoneElse.siteUrl = m_wordpress->baseUrl();
    someoneElse.user = WordPressFixture::user();
    someoneElse.applicationPassword = m_wordpress->applicationPassword();
    WordPressClient client(someoneElse);
    WordPressPost webEdit;
    webEdit.title = u"Edited On Web"_s;
    webEdit.content = u"<p>Fixed a typo on the web.</p>"_s;
    webEdit.status = WordPressPost::Status::Publish;
    webEdit.slug = u"edited-on-web"_s;
    WordPressPostInfo edited;
    const std::optional<TransportError> editError =
        client.updatePost(record.id.toLongLong(), webEdit, edited);
    QVERIFY2(!editError, qPrintable(editError ? editError->message : QString()));
    QVERIFY(edited.modifiedGmt.toString(Qt::ISODate) != record.version);
    blog.writePost(u"posts/edited-on-web.md"_s, u"Edited On Web"_s, u"2024-01-02"_s, {}, false,
                   "Mine, edited.\n");

    const Published asked = publish(blog, m_wordpress->applicationPassword());
    QCOMPARE(asked.conflicts.size(), 1);
    QVERIFY2(asked.conflicts.constFirst().remote.html.contains(u"Fixed a typo on the web."_s),
             qPrintable(asked.conflicts.constFirst().remote.html));
    QVERIFY(asked.conflicts.constFirst().localHtml.contains(u"Mine, edited."_s));
    QCOMPARE(asked.report.conflicts, QStringList{u"posts/edited-on-web.md"_s});
    QVERIFY(
        php(u"echo get_post(%1)->post_content;"_s.arg(record.id)).contains(u"Fixed a typo on the web."_s));

    const Published mine = publish(blog, m_wordpress->applicationPassword(),
                                   {{u"posts/edited-on-web.md"_s, BlogPublisher::Resolution::KeepMine}});
    QVERIFY2(mine.error().isEmpty() && mine.report.ok(), qPrintable(mine.error()));
    QVERIFY(php(u"echo get_post(%1)->post_content;"_s.arg(record.id)).contains(u"Mine, edited."_s));
    QCOMPARE(postsWithSlug(u"edited-on-web"_s), 1);
}

void TestBlogPublishWordPress::lostAnswerMakesNoDuplicate()
{
    FaultProxy proxy{QUrl(m_wordpress->baseUrl())};
    QVERIFY(proxy.start());
    TestBlog blog(blogYaml(proxy.baseUrl()));
    blog.writePost(u"posts/lost-answer.md"_s, u"Lost Answer"_s, u"2024-01-02"_s, {}, false, "Once.\n");
    // WordPress creates the post, then the connection drops before the answer arrives.
    proxy.dropAnswers("POST", u"/wp/v2/posts"_s);
    const Published published = publish(blog, m_wordpress->applicationPassword());
    QVERIFY2(published.error().isEmpty() && published.report.ok(), qPrintable(published.error()));
    // Looked up and adopted, not created again.
    QCOMPARE(proxy.count("POST", u"/wp/v2/posts"_s) - proxy.count("POST", u"/wp/v2/posts/"_s), 1);
    QCOMPARE(postsWithSlug(u"lost-answer"_s), 1);
    const PostRemoteRecord record = recordOf(blog, u"posts/lost-answer.md"_s);
    QVERIFY(!record.pending);
    QCOMPARE(php(u"echo get_post(%1)->post_name;"_s.arg(record.id)), u"lost-answer"_s);
}

void TestBlogPublishWordPress::killedRunMakesNoDuplicate()
{
    FaultProxy proxy{QUrl(m_wordpress->baseUrl())};
    QVERIFY(proxy.start());
    TestBlog blog(blogYaml(proxy.baseUrl()));
    blog.writePost(u"posts/cut-off.md"_s, u"Cut Off"_s, u"2024-01-02"_s, {}, false, "Once.\n");
    // The answer is lost and so is every lookup: the run ends with the post pending, as after a crash.
    proxy.dropAnswers("POST", u"/wp/v2/posts"_s);
    proxy.dropAnswers("GET", u"slug=cut-off"_s, 10);
    const Published cut = publish(blog, m_wordpress->applicationPassword(), {}, 1);
    QVERIFY2(cut.report.error, qPrintable(cut.error()));
    QCOMPARE(cut.report.error->kind, TransportError::Kind::Transient);
    QVERIFY(recordOf(blog, u"posts/cut-off.md"_s).pending);
    QCOMPARE(postsWithSlug(u"cut-off"_s), 1);

    // The next run looks the pending post up before anything else and adopts it.
    FaultProxy clean{QUrl(m_wordpress->baseUrl())};
    QVERIFY(clean.start());
    blog.write(u"blog.yaml"_s, blogYaml(clean.baseUrl()));
    const Published rerun = publish(blog, m_wordpress->applicationPassword());
    QVERIFY2(rerun.error().isEmpty() && rerun.report.ok(), qPrintable(rerun.error()));
    QCOMPARE(clean.count("POST", u"/wp/v2/posts"_s) - clean.count("POST", u"/wp/v2/posts/"_s), 0);
    QCOMPARE(postsWithSlug(u"cut-off"_s), 1);
    QVERIFY(!recordOf(blog, u"posts/cut-off.md"_s).pending);
}

void TestBlogPublishWordPress::wrongApplicationPassword()
{
    TestBlog blog(blogYaml(m_wordpress->baseUrl()));
    blog.writePost(u"posts/never.md"_s, u"Never"_s, u"2024-01-02"_s);
    const QByteArray before = blog.read(u"posts/never.md"_s);
    const QString wrong = u"abcd EFGH ijkl MNOP qrst UVWX"_s;
    const Published published = publish(blog, wrong);
    QVERIFY(!published.planError.isEmpty());
    QVERIFY2(published.planError.contains(u"application password"_s), qPrintable(published.planError));
    QVERIFY(!published.planError.contains(wrong));
    QVERIFY(!published.planError.contains(QString(wrong).remove(u' ')));
    QCOMPARE(blog.read(u"posts/never.md"_s), before);
    QCOMPARE(postsWithSlug(u"never"_s), 0);
}

void TestBlogPublishWordPress::serverErrorAndMalformedJson()
{
    FaultProxy proxy{QUrl(m_wordpress->baseUrl())};
    QVERIFY(proxy.start());
    TestBlog blog(blogYaml(proxy.baseUrl()));
    blog.writePost(u"posts/bad-days.md"_s, u"Bad Days"_s, u"2024-01-02"_s, {}, false, "Text.\n");
    const QByteArray before = blog.read(u"posts/bad-days.md"_s);

    // 500 on every create and lookup: a clear error naming the post, the file as it was, nothing created.
    proxy.answerInstead(
        "POST", u"/wp/v2/posts"_s,
        HttpMockResponse{500, "{\"code\":\"internal_server_error\",\"message\":\"Database gone\"}"}, 10);
    const Published failed = publish(blog, m_wordpress->applicationPassword(), {}, 2);
    QVERIFY(failed.report.error);
    QVERIFY2(failed.report.error->message.contains(u"Bad Days"_s), qPrintable(failed.report.error->message));
    QVERIFY2(failed.report.error->message.contains(u"500"_s), qPrintable(failed.report.error->message));
    QCOMPARE(blog.read(u"posts/bad-days.md"_s), before);
    QCOMPARE(postsWithSlug(u"bad-days"_s), 0);

    // A proxy's HTML page where JSON should be: a clear error, nothing recorded.
    FaultProxy html{QUrl(m_wordpress->baseUrl())};
    QVERIFY(html.start());
    blog.write(u"blog.yaml"_s, blogYaml(html.baseUrl()));
    html.answerInstead(
        "POST", u"/wp/v2/posts"_s,
        HttpMockResponse{201, "<html><body>Welcome to our captive portal</body></html>", "text/html"});
    const Published malformed = publish(blog, m_wordpress->applicationPassword(), {}, 1);
    QVERIFY(malformed.report.error);
    QVERIFY2(malformed.report.error->message.contains(u"does not understand"_s),
             qPrintable(malformed.report.error->message));
    QCOMPARE(blog.read(u"posts/bad-days.md"_s), before);
    QVERIFY(recordOf(blog, u"posts/bad-days.md"_s).id.isEmpty());

    // And once the server is well again, a rerun finishes the job with one post.
    blog.write(u"blog.yaml"_s, blogYaml(m_wordpress->baseUrl()));
    const Published rerun = publish(blog, m_wordpress->applicationPassword());
    QVERIFY2(rerun.error().isEmpty() && rerun.report.ok(), qPrintable(rerun.error()));
    QCOMPARE(postsWithSlug(u"bad-days"_s), 1);
}

QTEST_GUILESS_MAIN(TestBlogPublishWordPress)
#include "tst_blogpublishwordpress.moc"
