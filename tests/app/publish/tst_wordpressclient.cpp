#include "publish/wordpressclient.h"
#include "testimages.h"
#include "wordpressfixture.h"

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

namespace {

QString errorText(const std::optional<TransportError> &error)
{
    return error ? error->message : QString();
}

// modified_gmt has whole seconds: wait until the next one so that an edit shows.
void waitForNextSecond()
{
    QTest::qWait(1100);
}

} // namespace

// WordPressClient against a real WordPress (tests/support/wordpressfixture).
class TestWordPressClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discoversPrettyRoute();
    void createDraftAndReadBack();
    void publishWithCategoriesAndTagsByName();
    void updateChangesTitleAndModified();
    void futureWithDate();
    void findBySlug();
    void uploadMedia();
    void wrongApplicationPassword();
    void insecureUrl_data();
    void insecureUrl();
    void changedBehindOurBack();
    void queryRouteFallback();

private:
    WordPressOptions options() const;

    std::unique_ptr<WordPressFixture> m_wordpress;
    std::unique_ptr<WordPressClient> m_client;
};

WordPressOptions TestWordPressClient::options() const
{
    WordPressOptions options;
    options.siteUrl = m_wordpress->baseUrl();
    options.user = WordPressFixture::user();
    options.applicationPassword = m_wordpress->applicationPassword();
    return options;
}

void TestWordPressClient::initTestCase()
{
    QString why;
    if (!WordPressFixture::available(&why))
        QSKIP(qPrintable(why));
    m_wordpress =
        std::make_unique<WordPressFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
    m_client = std::make_unique<WordPressClient>(options());
}

void TestWordPressClient::cleanupTestCase()
{
    m_client.reset();
    if (m_wordpress)
        m_wordpress->stop();
}

void TestWordPressClient::discoversPrettyRoute()
{
    const auto error = m_client->discover();
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(!m_client->usesQueryRoute());
}

void TestWordPressClient::createDraftAndReadBack()
{
    WordPressPost post;
    post.title = u"A first draft"_s;
    post.content = u"<p>Hello <em>WordPress</em></p>"_s;
    post.excerpt = u"Hello"_s;
    WordPressPostInfo created;
    const auto error = m_client->createPost(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(created.id > 0);
    QCOMPARE(created.status, u"draft"_s);
    QVERIFY(created.modifiedGmt.isValid());
    QVERIFY(!created.link.isEmpty());

    std::optional<WordPressPostInfo> found;
    const auto findError = m_client->findPost(created.id, found);
    QVERIFY2(!findError, qPrintable(errorText(findError)));
    QVERIFY(found);
    QCOMPARE(found->title, post.title);
    QCOMPARE(found->status, u"draft"_s);
    QCOMPARE(found->modifiedGmt, created.modifiedGmt);

    std::optional<WordPressPostInfo> missing;
    QVERIFY(!m_client->findPost(987654, missing));
    QVERIFY(!missing);
}

void TestWordPressClient::publishWithCategoriesAndTagsByName()
{
    WordPressPost post;
    post.title = u"Published with terms"_s;
    post.content = u"<p>Terms</p>"_s;
    post.status = WordPressPost::Status::Publish;
    post.categories = {u"Uncategorized"_s, u"Travel Notes"_s};
    post.tags = {u"Qt & C++"_s};
    WordPressPostInfo created;
    const auto error = m_client->createPost(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(created.status, u"publish"_s);
    QCOMPARE(created.categories.size(), 2);
    QVERIFY(created.categories.contains(1)); // Uncategorized, not created again
    QCOMPARE(created.tags.size(), 1);

    // The second time the terms exist: the same ids, nothing new.
    QJsonArray categories;
    QVERIFY(!m_client->termIds(u"categories"_s, post.categories, categories));
    QJsonArray tags;
    QVERIFY(!m_client->termIds(u"tags"_s, post.tags, tags));
    // WordPress lists a post's categories in its own order.
    QList<qint64> expected{categories.at(0).toInteger(), categories.at(1).toInteger()};
    QList<qint64> actual = created.categories;
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
    QCOMPARE(tags.at(0).toInteger(), created.tags.at(0));
    QString count;
    QVERIFY2(m_wordpress->runPhp(u"echo wp_count_terms(['taxonomy' => 'category', 'hide_empty' => false]);"_s,
                                 &count),
             qPrintable(m_wordpress->errorString()));
    QCOMPARE(count.trimmed(), u"2"_s);
}

void TestWordPressClient::updateChangesTitleAndModified()
{
    WordPressPost post;
    post.title = u"Before"_s;
    post.content = u"<p>v1</p>"_s;
    WordPressPostInfo created;
    QVERIFY(!m_client->createPost(post, created));
    waitForNextSecond();
    post.title = u"After"_s;
    post.content = u"<p>v2</p>"_s;
    WordPressPostInfo updated;
    const auto error = m_client->updatePost(created.id, post, updated);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(updated.id, created.id);
    QCOMPARE(updated.title, u"After"_s);
    QVERIFY2(updated.modifiedGmt > created.modifiedGmt,
             qPrintable(updated.modifiedGmt.toString(Qt::ISODate) + u" <= "_s +
                        created.modifiedGmt.toString(Qt::ISODate)));
}

void TestWordPressClient::futureWithDate()
{
    WordPressPost post;
    post.title = u"Scheduled"_s;
    post.content = u"<p>Later</p>"_s;
    post.status = WordPressPost::Status::Future;
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(7);
    post.date = when.addMSecs(-when.time().msec());
    WordPressPostInfo created;
    const auto error = m_client->createPost(post, created);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QCOMPARE(created.status, u"future"_s);
    QCOMPARE(created.dateGmt, post.date);
}

void TestWordPressClient::findBySlug()
{
    WordPressPost post;
    post.title = u"Find me"_s;
    post.slug = u"find-me-later"_s;
    WordPressPostInfo created;
    QVERIFY(!m_client->createPost(post, created));

    std::optional<WordPressPostInfo> found;
    const auto error = m_client->findBySlug(u"find-me-later"_s, found);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(found);
    QCOMPARE(found->id, created.id);
    QCOMPARE(found->status, u"draft"_s);

    std::optional<WordPressPostInfo> none;
    QVERIFY(!m_client->findBySlug(u"no-such-slug"_s, none));
    QVERIFY(!none);
}

void TestWordPressClient::uploadMedia()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"pixel.png"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(onePixelPng);
    file.close();

    WordPressMedia media;
    const auto error = m_client->uploadMedia(file.fileName(), u"pixel.png"_s, u"image/png"_s, media);
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(media.id > 0);
    QVERIFY(media.sourceUrl.isValid());

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(media.sourceUrl)));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), onePixelPng);

    // Usable as the featured image.
    WordPressPost post;
    post.title = u"With a picture"_s;
    post.featuredMedia = media.id;
    WordPressPostInfo created;
    QVERIFY(!m_client->createPost(post, created));
    QCOMPARE(created.featuredMedia, media.id);
}

void TestWordPressClient::wrongApplicationPassword()
{
    WordPressOptions wrong = options();
    wrong.applicationPassword = u"abcd EFGH ijkl MNOP qrst UVWX"_s;
    WordPressClient client(wrong);
    WordPressPost post;
    post.title = u"Never"_s;
    WordPressPostInfo created;
    const auto error = client.createPost(post, created);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(WordPressFixture::user()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(wrong.applicationPassword), qPrintable(error->message));
    QVERIFY2(!error->message.contains(u"abcdEFGH"_s), qPrintable(error->message));
}

void TestWordPressClient::insecureUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("refused");
    QTest::newRow("http, remote") << u"http://example.com"_s << false << true;
    QTest::newRow("http, remote, allowed") << u"http://example.com"_s << true << false;
    QTest::newRow("https, remote") << u"https://example.com/blog/"_s << false << false;
    QTest::newRow("http, localhost") << u"http://localhost:8080"_s << false << false;
    QTest::newRow("http, 127.0.0.2") << u"http://127.0.0.2"_s << false << false;
    QTest::newRow("http, ::1") << u"http://[::1]:8080"_s << false << false;
    QTest::newRow("http, 10.0.0.1") << u"http://10.0.0.1"_s << false << true;
    QTest::newRow("ftp") << u"ftp://example.com"_s << true << true;
}

void TestWordPressClient::insecureUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, refused);
    WordPressOptions options;
    options.siteUrl = url;
    options.user = u"someone"_s;
    options.applicationPassword = u"secret secret secret"_s;
    options.allowInsecure = allowInsecure;
    WordPressClient client(options);
    const auto error = client.checkSiteUrl();
    QCOMPARE(bool(error), refused);
    if (!refused)
        return;
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY(!error->message.contains(u"secret"_s));
    // The refusal comes before any request.
    std::optional<WordPressPostInfo> post;
    const auto findError = client.findBySlug(u"x"_s, post);
    QVERIFY(findError);
    QCOMPARE(findError->message, error->message);
}

void TestWordPressClient::changedBehindOurBack()
{
    WordPressPost post;
    post.title = u"Mine"_s;
    WordPressPostInfo created;
    QVERIFY(!m_client->createPost(post, created));
    waitForNextSecond();
    QVERIFY2(m_wordpress->runPhp(
                 u"wp_update_post(['ID' => %1, 'post_title' => 'Edited in WordPress']);"_s.arg(created.id)),
             qPrintable(m_wordpress->errorString()));
    std::optional<WordPressPostInfo> found;
    QVERIFY(!m_client->findPost(created.id, found));
    QVERIFY(found);
    QCOMPARE(found->title, u"Edited in WordPress"_s);
    QVERIFY(found->modifiedGmt != created.modifiedGmt);
}

void TestWordPressClient::queryRouteFallback()
{
    QVERIFY2(m_wordpress->runPhp(u"global $wp_rewrite; $wp_rewrite->set_permalink_structure(''); "
                                 "flush_rewrite_rules();"_s),
             qPrintable(m_wordpress->errorString()));
    WordPressClient client(options());
    const auto error = client.discover();
    QVERIFY2(m_wordpress->runPhp(u"global $wp_rewrite; "
                                 "$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/'); "
                                 "flush_rewrite_rules();"_s),
             qPrintable(m_wordpress->errorString()));
    QVERIFY2(!error, qPrintable(errorText(error)));
    QVERIFY(client.usesQueryRoute());
    WordPressPost post;
    post.title = u"Through rest_route"_s;
    post.tags = {u"plain"_s};
    WordPressPostInfo created;
    const auto createError = client.createPost(post, created);
    QVERIFY2(!createError, qPrintable(errorText(createError)));
    std::optional<WordPressPostInfo> found;
    QVERIFY(!client.findBySlug(u"no-such-slug"_s, found));
}

QTEST_GUILESS_MAIN(TestWordPressClient)
#include "tst_wordpressclient.moc"
