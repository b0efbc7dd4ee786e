#include "publish/metaweblogapi.h"
#include "testimages.h"
#include "wordpressfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString errorText(const std::optional<TransportError> &error)
{
    return error ? error->message : QString();
}

// date_modified_gmt has whole seconds: wait until the next one so that an edit shows.
void waitForNextSecond()
{
    QTest::qWait(1100);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Now, without the milliseconds XML-RPC cannot carry.
QDateTime wholeSeconds(const QDateTime &when)
{
    return when.addMSecs(-when.time().msec());
}

} // namespace

// MetaWeblogApi against a real WordPress's xmlrpc.php (tests/support/wordpressfixture).
class TestMetaWeblogApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectWithLoginPassword();
    void connectWithApplicationPassword();
    void wrongPassword();
    void createDraftWithCategoriesAndTags();
    void createPublished();
    void createFuture();
    void updateChangesTitleAndVersion();
    void findMissingIsNoPost();
    void findCreatedBySlugAndTitle();
    void uploadMediaAndUseAsCover();
    void listRecentPosts();
    void insecureRefusedBeforeAnyRequest();
    void refuseInsecure_data();
    void refuseInsecure();
    void malformedAnswer_data();
    void malformedAnswer();
    void stoppedServerIsTransient(); // last: stops the server

private:
    MetaWeblogOptions options() const;
    QString phpOutput(const QString &code);

    std::unique_ptr<WordPressFixture> m_wordpress;
    std::unique_ptr<MetaWeblogApi> m_api;
};

MetaWeblogOptions TestMetaWeblogApi::options() const
{
    MetaWeblogOptions options;
    options.endpoint = QUrl(m_wordpress->baseUrl() + u"/xmlrpc.php"_s);
    options.user = WordPressFixture::user();
    options.password = WordPressFixture::password();
    options.http.firstRetryDelay = 50ms;
    return options;
}

QString TestMetaWeblogApi::phpOutput(const QString &code)
{
    QString output;
    if (!m_wordpress->runPhp(code, &output))
        return u"PHP failed: "_s + m_wordpress->errorString();
    return output.trimmed();
}

void TestMetaWeblogApi::initTestCase()
{
    QString why;
    if (!WordPressFixture::available(&why))
        QSKIP(qPrintable(why));
    m_wordpress =
        std::make_unique<WordPressFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
    m_api = std::make_unique<MetaWeblogApi>(options());
}

void TestMetaWeblogApi::cleanupTestCase()
{
    m_api.reset();
    if (m_wordpress)
        m_wordpress->stop();
}

void TestMetaWeblogApi::connectWithLoginPassword()
{
    const auto error = m_api->connect();
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(m_api->displayName().contains(m_wordpress->baseUrl() + u"/xmlrpc.php"_s));
}

void TestMetaWeblogApi::connectWithApplicationPassword()
{
    MetaWeblogOptions withApplicationPassword = options();
    withApplicationPassword.password = m_wordpress->applicationPassword();
    MetaWeblogApi api(withApplicationPassword);
    const auto error = api.connect();
    QVERIFY2(!error, qPrintable(errorText(error)));
}

void TestMetaWeblogApi::wrongPassword()
{
    MetaWeblogOptions wrong = options();
    wrong.password = u"not-the-Password-9713"_s;
    MetaWeblogApi api(wrong);
    const auto error = api.connect();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(WordPressFixture::user()), qPrintable(error->message));
    QVERIFY2(error->message.contains(m_wordpress->baseUrl()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(wrong.password), qPrintable(error->message));

    // Any call, not only connect(): WordPress answers HTTP 200 with fault 403.
    BlogApiPost post;
    post.title = u"Never"_s;
    post.slug = u"never"_s;
    RemotePost created;
    const auto createError = api.create(post, created);
    QVERIFY(createError);
    QCOMPARE(createError->kind, TransportError::Kind::Authentication);
    QVERIFY2(!createError->message.contains(wrong.password), qPrintable(createError->message));
    QCOMPARE(phpOutput(u"echo wp_count_posts()->draft;"_s), u"0"_s);
}

void TestMetaWeblogApi::createDraftWithCategoriesAndTags()
{
    BlogApiPost post;
    post.title = u"A first draft & more"_s;
    post.html = u"<p>Hello <em>XML-RPC</em> \u2013 caf\u00e9</p>"_s;
    post.slug = u"a-first-draft"_s;
    post.excerpt = u"Hello"_s;
    post.categories = {u"Uncategorized"_s, u"Travel & Notes"_s};
    post.tags = {u"Qt & C++"_s, u"xmlrpc"_s};
    RemotePost created;
    const auto error = m_api->create(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(created.id.toInt() > 0);
    QCOMPARE(created.status, u"draft"_s);
    QCOMPARE(created.title, post.title);
    QCOMPARE(created.html, post.html);
    QCOMPARE(created.slug, post.slug);
    QCOMPARE(created.excerpt, post.excerpt);
    QCOMPARE(sorted(created.categories), sorted(post.categories));
    QCOMPARE(sorted(created.tags), sorted(post.tags));
    QVERIFY2(!created.version.isEmpty(), "date_modified_gmt read as the version");
    QVERIFY(created.url.isValid() && !created.url.isEmpty());
    QVERIFY(created.date.isValid());

    // Uncategorized (1) was not made again; the new category exists once, with its name unescaped.
    QCOMPARE(phpOutput(u"echo wp_count_terms(['taxonomy' => 'category', 'hide_empty' => false]);"_s), u"2"_s);
    QCOMPARE(
        phpOutput(u"echo implode(',', wp_get_post_categories(%1));"_s.arg(created.id)).split(u',').size(), 2);
    QVERIFY(phpOutput(u"echo implode(',', wp_get_post_categories(%1));"_s.arg(created.id))
                .split(u',')
                .contains(u"1"_s));

    // The second time the categories exist: nothing new.
    post.title = u"Second with the same terms"_s;
    post.slug = u"second-same-terms"_s;
    RemotePost second;
    const auto secondError = m_api->create(post, second);
    QVERIFY2(!secondError, qPrintable(errorText(secondError)));
    QCOMPARE(sorted(second.categories), sorted(post.categories));
    QCOMPARE(phpOutput(u"echo wp_count_terms(['taxonomy' => 'category', 'hide_empty' => false]);"_s), u"2"_s);

    std::optional<RemotePost> found;
    const auto findError = m_api->find(created.id, found);
    QVERIFY2(!findError, qPrintable(errorText(findError)));
    QVERIFY(found);
    QCOMPARE(found->id, created.id);
    QCOMPARE(found->title, created.title);
    QCOMPARE(found->version, created.version);
}

void TestMetaWeblogApi::createPublished()
{
    BlogApiPost post;
    post.title = u"Published"_s;
    post.html = u"<p>Out</p>"_s;
    post.slug = u"published-post"_s;
    post.status = BlogApiPost::Status::Publish;
    post.date = wholeSeconds(QDateTime::currentDateTimeUtc().addDays(-3));
    post.categories = {u"News"_s};
    RemotePost created;
    const auto error = m_api->create(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(created.status, u"publish"_s);
    QCOMPARE(created.date, post.date);
    QCOMPARE(created.slug, u"published-post"_s);
    QCOMPARE(created.categories, QStringList{u"News"_s});
    QVERIFY2(created.url.toString().contains(u"published-post"_s), qPrintable(created.url.toString()));
    QCOMPARE(phpOutput(u"echo get_post_status(%1);"_s.arg(created.id)), u"publish"_s);
}

void TestMetaWeblogApi::createFuture()
{
    BlogApiPost post;
    post.title = u"Scheduled"_s;
    post.html = u"<p>Later</p>"_s;
    post.slug = u"scheduled"_s;
    post.status = BlogApiPost::Status::Future;
    post.date = wholeSeconds(QDateTime::currentDateTimeUtc().addDays(7));
    RemotePost created;
    const auto error = m_api->create(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(created.status, u"future"_s);
    QCOMPARE(created.date, post.date);
    QCOMPARE(phpOutput(u"echo get_post_status(%1);"_s.arg(created.id)), u"future"_s);
    QCOMPARE(phpOutput(u"echo get_post(%1)->post_date_gmt;"_s.arg(created.id)),
             post.date.toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void TestMetaWeblogApi::updateChangesTitleAndVersion()
{
    BlogApiPost post;
    post.title = u"Before"_s;
    post.html = u"<p>v1</p>"_s;
    post.slug = u"before-after"_s;
    post.categories = {u"Travel & Notes"_s};
    post.tags = {u"old"_s};
    RemotePost created;
    QVERIFY(!m_api->create(post, created));
    waitForNextSecond();

    post.title = u"After"_s;
    post.html = u"<p>v2</p>"_s;
    post.status = BlogApiPost::Status::Publish;
    post.categories = {u"Brand New"_s};
    post.tags = {u"new"_s};
    RemotePost updated;
    const auto error = m_api->update(created, post, updated);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(updated.id, created.id);
    QCOMPARE(updated.title, u"After"_s);
    QCOMPARE(updated.html, u"<p>v2</p>"_s);
    QCOMPARE(updated.status, u"publish"_s);
    QCOMPARE(updated.categories, QStringList{u"Brand New"_s});
    QCOMPARE(updated.tags, QStringList{u"new"_s});
    QVERIFY2(!updated.version.isEmpty() && updated.version > created.version,
             qPrintable(updated.version + u" <= "_s + created.version));

    // An edit in WordPress changes the version too.
    waitForNextSecond();
    QCOMPARE(phpOutput(u"echo wp_update_post(['ID' => %1, 'post_title' => 'Edited in WordPress']);"_s.arg(
                 created.id)),
             created.id);
    std::optional<RemotePost> found;
    QVERIFY(!m_api->find(created.id, found));
    QVERIFY(found);
    QCOMPARE(found->title, u"Edited in WordPress"_s);
    QVERIFY(found->version > updated.version);
}

void TestMetaWeblogApi::findMissingIsNoPost()
{
    std::optional<RemotePost> missing;
    const auto error = m_api->find(u"987654"_s, missing);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(!missing);
}

void TestMetaWeblogApi::findCreatedBySlugAndTitle()
{
    BlogApiPost first;
    first.title = u"Twin one"_s;
    first.slug = u"twin"_s;
    first.status = BlogApiPost::Status::Publish;
    RemotePost firstCreated;
    QVERIFY(!m_api->create(first, firstCreated));
    QCOMPARE(firstCreated.slug, u"twin"_s);

    // The same slug, another title: WordPress makes it twin-2.
    BlogApiPost second = first;
    second.title = u"Twin two"_s;
    RemotePost secondCreated;
    QVERIFY(!m_api->create(second, secondCreated));
    QCOMPARE(secondCreated.slug, u"twin-2"_s);

    std::optional<RemotePost> found;
    auto error = m_api->findCreated(first, found);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(found);
    QCOMPARE(found->id, firstCreated.id);

    error = m_api->findCreated(second, found);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(found);
    QCOMPARE(found->id, secondCreated.id);
    QCOMPARE(found->title, u"Twin two"_s);

    // The slug alone is not enough; neither is the title.
    BlogApiPost other = first;
    other.title = u"Twin three"_s;
    QVERIFY(!m_api->findCreated(other, found));
    QVERIFY(!found);
    BlogApiPost elsewhere = first;
    elsewhere.slug = u"somewhere-else"_s;
    QVERIFY(!m_api->findCreated(elsewhere, found));
    QVERIFY(!found);
    // "twin-2" does not stand for "twin-two".
    BlogApiPost prefix = second;
    prefix.slug = u"tw"_s;
    QVERIFY(!m_api->findCreated(prefix, found));
    QVERIFY(!found);
}

void TestMetaWeblogApi::uploadMediaAndUseAsCover()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"pixel.png"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(onePixelPng);
    file.close();

    RemoteMedia media;
    const auto error = m_api->uploadMedia(file.fileName(), u"pixel.png"_s, u"image/png"_s, media);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(media.id.toInt() > 0);
    QVERIFY(media.url.isValid());

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(media.url)));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), onePixelPng);

    BlogApiPost post;
    post.title = u"With a picture"_s;
    post.slug = u"with-a-picture"_s;
    post.coverMediaId = media.id;
    post.coverUrl = media.url;
    RemotePost created;
    const auto createError = m_api->create(post, created);
    QVERIFY2(!createError, qPrintable(errorText(createError)));
    QCOMPARE(phpOutput(u"echo get_post_thumbnail_id(%1);"_s.arg(created.id)), media.id);

    // Without a cover the update takes the featured image away.
    post.coverMediaId.clear();
    post.coverUrl.clear();
    RemotePost updated;
    const auto updateError = m_api->update(created, post, updated);
    QVERIFY2(!updateError, qPrintable(errorText(updateError)));
    QCOMPARE(phpOutput(u"echo (int) get_post_thumbnail_id(%1);"_s.arg(created.id)), u"0"_s);
}

void TestMetaWeblogApi::listRecentPosts()
{
    QVERIFY(m_api->canList());
    QList<RemotePost> posts;
    bool more = true;
    const auto error = m_api->list(1, true, posts, more);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(!more);
    const QString count = phpOutput(u"$c = wp_count_posts(); echo $c->draft + $c->publish + $c->future;"_s);
    QCOMPARE(QString::number(posts.size()), count);
    for (const RemotePost &post : std::as_const(posts)) {
        QVERIFY(!post.id.isEmpty());
        QVERIFY(!post.version.isEmpty());
    }
    QVERIFY(!m_api->list(2, true, posts, more));
    QVERIFY(posts.isEmpty());
    QVERIFY(!more);
}

void TestMetaWeblogApi::insecureRefusedBeforeAnyRequest()
{
    MetaWeblogOptions insecure;
    insecure.endpoint = QUrl(u"http://10.0.0.1/xmlrpc.php"_s);
    insecure.user = u"someone"_s;
    insecure.password = u"secret-secret"_s;
    insecure.http.requestTimeout = 20s; // a request would take this long to fail
    MetaWeblogApi api(insecure);
    QElapsedTimer timer;
    timer.start();
    const auto error = api.connect();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"http://"_s), qPrintable(error->message));
    QVERIFY2(!error->message.contains(insecure.password), qPrintable(error->message));
    BlogApiPost post;
    post.title = u"Never"_s;
    post.slug = u"never"_s;
    RemotePost created;
    const auto createError = api.create(post, created);
    QVERIFY(createError);
    QCOMPARE(createError->message, error->message);
    QVERIFY2(timer.elapsed() < 2000, "refused without trying to connect");
}

void TestMetaWeblogApi::refuseInsecure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("refused");
    QTest::newRow("http, remote") << u"http://example.com/xmlrpc.php"_s << false << true;
    QTest::newRow("http, remote, allowed") << u"http://example.com/xmlrpc.php"_s << true << false;
    QTest::newRow("https, remote") << u"https://example.com/xmlrpc.php"_s << false << false;
    QTest::newRow("http, localhost") << u"http://localhost:8080/xmlrpc.php"_s << false << false;
    QTest::newRow("http, blog.localhost") << u"http://blog.localhost/xmlrpc.php"_s << false << false;
    QTest::newRow("http, 127.0.0.2") << u"http://127.0.0.2/xmlrpc.php"_s << false << false;
    QTest::newRow("http, ::1") << u"http://[::1]:8080/xmlrpc.php"_s << false << false;
    QTest::newRow("http, 10.0.0.1") << u"http://10.0.0.1/xmlrpc.php"_s << false << true;
    QTest::newRow("http, localhost.example.com")
        << u"http://localhost.example.com/xmlrpc.php"_s << false << true;
    QTest::newRow("ftp") << u"ftp://example.com/xmlrpc.php"_s << true << true;
    QTest::newRow("no host") << u"xmlrpc.php"_s << true << true;
}

void TestMetaWeblogApi::refuseInsecure()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, refused);
    const auto error = BlogApiHttp::refuseInsecure(QUrl(url), allowInsecure, u"XML-RPC"_s);
    QCOMPARE(bool(error), refused);
    if (error)
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
}

void TestMetaWeblogApi::malformedAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // a part of it
    QTest::newRow("the home page") << u"/"_s << u"not XML-RPC"_s;
    QTest::newRow("a page that does not exist") << u"/no-such-endpoint.php"_s << u"no XML-RPC endpoint"_s;
}

void TestMetaWeblogApi::malformedAnswer()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    MetaWeblogOptions wrongPlace = options();
    wrongPlace.endpoint = QUrl(m_wordpress->baseUrl() + path);
    MetaWeblogApi api(wrongPlace);
    const auto error = api.connect();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QVERIFY2(error->message.contains(m_wordpress->baseUrl()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(wrongPlace.password), qPrintable(error->message));
}

void TestMetaWeblogApi::stoppedServerIsTransient()
{
    MetaWeblogOptions stopped = options();
    stopped.http.maxTries = 2;
    stopped.http.firstRetryDelay = 10ms;
    m_wordpress->stop();
    MetaWeblogApi api(stopped);
    const auto error = api.connect();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Transient);
    QVERIFY2(error->message.contains(m_wordpress->baseUrl()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(stopped.password), qPrintable(error->message));

    std::optional<RemotePost> post;
    const auto findError = api.find(u"1"_s, post);
    QVERIFY(findError);
    QCOMPARE(findError->kind, TransportError::Kind::Transient);
    QVERIFY(!post);
}

QTEST_GUILESS_MAIN(TestMetaWeblogApi)
#include "tst_metaweblogapi.moc"
