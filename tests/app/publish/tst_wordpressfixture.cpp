#include "wordpressfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QString error;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray xmlRpcCall(const QString &method, const QStringList &stringParameters)
{
    QByteArray call =
        "<?xml version=\"1.0\"?><methodCall><methodName>" + method.toUtf8() + "</methodName><params>";
    for (const QString &parameter : stringParameters)
        call += "<param><value><string>" + parameter.toHtmlEscaped().toUtf8() + "</string></value></param>";
    return call + "</params></methodCall>";
}

} // namespace

// The WordPress fixture itself: a real WordPress answers REST and XML-RPC with the credentials it
// hands out, and runPhp() changes the site behind the API's back.
class TestWordPressFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usersMe_data();
    void usersMe();
    void createDraftAndReadBack();
    void wrongApplicationPassword();
    void xmlRpcListMethods();
    void xmlRpcLogin_data();
    void xmlRpcLogin();
    void runPhpEditsBehindTheApi();
    void parallelRequests();
    void restartGivesAFreshSite();

private:
    Response send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QString &user = {}, const QString &password = {},
                  const QByteArray &contentType = "application/json");
    Response rest(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QString php(const QString &code);

    std::unique_ptr<WordPressFixture> m_wordpress;
    QNetworkAccessManager m_network;
};

void TestWordPressFixture::initTestCase()
{
    QString why;
    if (!WordPressFixture::available(&why))
        QSKIP(qPrintable(why));
    m_wordpress =
        std::make_unique<WordPressFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
    qInfo("WordPress started in %lld ms at %s", timer.elapsed(), qPrintable(m_wordpress->baseUrl()));
}

void TestWordPressFixture::cleanupTestCase()
{
    if (!m_wordpress)
        return;
    const QString url = m_wordpress->baseUrl();
    m_wordpress->stop();
    QTcpSocket probe;
    probe.connectToHost(u"127.0.0.1"_s, quint16(QUrl(url).port()));
    QVERIFY2(!probe.waitForConnected(500), "the web server still listens after stop()");
}

Response TestWordPressFixture::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                    const QString &user, const QString &password,
                                    const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_wordpress->baseUrl() + path));
    request.setTransferTimeout(30000);
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    if (response.status == 0)
        response.error = reply->errorString();
    return response;
}

Response TestWordPressFixture::rest(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return send(verb, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                m_wordpress->user(), m_wordpress->applicationPassword());
}

QString TestWordPressFixture::php(const QString &code)
{
    QString output;
    if (!m_wordpress->runPhp(code, &output))
        qWarning("runPhp failed: %s", qPrintable(m_wordpress->errorString()));
    return output.trimmed();
}

void TestWordPressFixture::usersMe_data()
{
    QTest::addColumn<bool>("author");
    QTest::addColumn<QString>("role");
    QTest::newRow("administrator") << false << u"administrator"_s;
    QTest::newRow("author") << true << u"author"_s;
}

void TestWordPressFixture::usersMe()
{
    QFETCH(bool, author);
    QFETCH(QString, role);
    const QString user = author ? WordPressFixture::authorUser() : WordPressFixture::user();
    const QString password =
        author ? m_wordpress->authorApplicationPassword() : m_wordpress->applicationPassword();
    for (const QString &path :
         {u"/wp-json/wp/v2/users/me?context=edit"_s, u"/?rest_route=/wp/v2/users/me&context=edit"_s}) {
        const Response me = send("GET", path, {}, user, password);
        QVERIFY2(me.status == 200, qPrintable(path + u": "_s + me.error + QString::fromUtf8(me.body)));
        QCOMPARE(me.object().value("slug").toString(), user);
        QCOMPARE(me.object().value("roles").toArray(), QJsonArray{role});
    }
}

void TestWordPressFixture::createDraftAndReadBack()
{
    const Response created =
        rest("POST", u"/wp-json/wp/v2/posts"_s,
             {{"title", "Hello from Postwright"}, {"content", "<p>Body ä €</p>"}, {"status", "draft"}});
    QVERIFY2(created.status == 201, qPrintable(created.error + QString::fromUtf8(created.body)));
    const int id = created.object().value("id").toInt();
    QVERIFY(id > 0);
    QCOMPARE(created.object().value("status").toString(), u"draft"_s);

    for (const QString &path : {u"/wp-json/wp/v2/posts/%1?context=edit"_s.arg(id),
                                u"/?rest_route=/wp/v2/posts/%1&context=edit"_s.arg(id)}) {
        const Response read = rest("GET", path);
        QVERIFY2(read.status == 200, qPrintable(path + u": "_s + QString::fromUtf8(read.body)));
        const QJsonObject post = read.object();
        QCOMPARE(post.value("id").toInt(), id);
        QCOMPARE(post.value("title").toObject().value("raw").toString(), u"Hello from Postwright"_s);
        QCOMPARE(post.value("content").toObject().value("raw").toString(), u"<p>Body ä €</p>"_s);
    }
    // A draft is nobody else's business.
    QCOMPARE(send("GET", u"/wp-json/wp/v2/posts/%1"_s.arg(id)).status, 401);
}

void TestWordPressFixture::wrongApplicationPassword()
{
    const Response me = send("GET", u"/wp-json/wp/v2/users/me"_s, {}, WordPressFixture::user(),
                             u"abcd efgh ijkl mnop qrst uvwx"_s);
    QCOMPARE(me.status, 401);
    // WordPress 6.1 reports incorrect_password only when it has looked at the credentials before
    // the REST server checks authentication; for users/me it says rest_not_logged_in.
    const QString code = me.object().value("code").toString();
    QVERIFY2(code == u"incorrect_password"_s || code == u"rest_not_logged_in"_s, qPrintable(code));

    const Response create =
        send("POST", u"/wp-json/wp/v2/posts"_s, R"({"title":"x"})", WordPressFixture::user(), u"wrong"_s);
    QCOMPARE(create.status, 401);
}

void TestWordPressFixture::xmlRpcListMethods()
{
    const Response methods =
        send("POST", u"/xmlrpc.php"_s, xmlRpcCall(u"system.listMethods"_s, {}), {}, {}, "text/xml");
    QCOMPARE(methods.status, 200);
    QVERIFY2(methods.body.contains("<string>metaWeblog.newPost</string>"), methods.body.left(500));
    QVERIFY(methods.body.contains("<string>wp.newPost</string>"));
}

void TestWordPressFixture::xmlRpcLogin_data()
{
    QTest::addColumn<bool>("applicationPassword");
    QTest::newRow("login password") << false;
    QTest::newRow("application password") << true;
}

void TestWordPressFixture::xmlRpcLogin()
{
    QFETCH(bool, applicationPassword);
    const QString password =
        applicationPassword ? m_wordpress->applicationPassword() : WordPressFixture::password();
    const Response blogs =
        send("POST", u"/xmlrpc.php"_s,
             xmlRpcCall(u"wp.getUsersBlogs"_s, {WordPressFixture::user(), password}), {}, {}, "text/xml");
    QCOMPARE(blogs.status, 200);
    QVERIFY2(blogs.body.contains("<string>Postwright Test</string>"), blogs.body.left(500));

    const Response wrong =
        send("POST", u"/xmlrpc.php"_s,
             xmlRpcCall(u"wp.getUsersBlogs"_s, {WordPressFixture::user(), u"wrong"_s}), {}, {}, "text/xml");
    QCOMPARE(wrong.status, 200);
    QVERIFY2(wrong.body.contains("<name>faultCode</name>") && wrong.body.contains("<int>403</int>"),
             wrong.body.left(500));
}

void TestWordPressFixture::runPhpEditsBehindTheApi()
{
    const QString countDrafts = u"echo wp_count_posts('post')->draft;"_s;
    const int draftsBefore = php(countDrafts).toInt();
    const Response created =
        rest("POST", u"/wp-json/wp/v2/posts"_s, {{"title", "Original"}, {"status", "draft"}});
    QCOMPARE(created.status, 201);
    const int id = created.object().value("id").toInt();
    QCOMPARE(php(countDrafts).toInt(), draftsBefore + 1);

    // What someone editing in wp-admin does: a new title, and a modification date we choose.
    QString output;
    QVERIFY2(m_wordpress->runPhp(u"wp_update_post(['ID' => %1, 'post_title' => 'Edited remotely']);\n"
                                 "$wpdb->update($wpdb->posts, ['post_modified' => '2031-02-03 04:05:06',\n"
                                 "    'post_modified_gmt' => '2031-02-03 04:05:06'], ['ID' => %1]);\n"
                                 "clean_post_cache(%1);\n"
                                 "echo get_post(%1)->post_title;"_s.arg(id),
                                 &output),
             qPrintable(m_wordpress->errorString()));
    QCOMPARE(output, u"Edited remotely"_s);

    const QJsonObject post = rest("GET", u"/wp-json/wp/v2/posts/%1?context=edit"_s.arg(id)).object();
    QCOMPARE(post.value("title").toObject().value("raw").toString(), u"Edited remotely"_s);
    QCOMPARE(post.value("modified_gmt").toString(), u"2031-02-03T04:05:06"_s);
    QCOMPARE(php(u"echo implode(',', wp_get_post_categories(%1, ['fields' => 'names']));"_s.arg(id)),
             u"Uncategorized"_s);

    // A PHP error is a failure with PHP's message, not an empty output.
    QVERIFY(!m_wordpress->runPhp(u"no_such_function();"_s, &output));
    QVERIFY2(m_wordpress->errorString().contains(u"no_such_function"_s),
             qPrintable(m_wordpress->errorString()));
}

void TestWordPressFixture::parallelRequests()
{
    // PHP's built-in server runs workers, so requests do not queue behind each other.
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    QEventLoop loop;
    int open = 0;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(QUrl(m_wordpress->baseUrl() + u"/wp-json/wp/v2/users/me"_s));
        request.setTransferTimeout(30000);
        request.setRawHeader(
            "Authorization",
            "Basic " +
                (WordPressFixture::user() + u':' + m_wordpress->applicationPassword()).toUtf8().toBase64());
        replies.emplace_back(m_network.get(request));
        ++open;
        connect(replies.back().get(), &QNetworkReply::finished, &loop, [&] {
            if (--open == 0)
                loop.quit();
        });
    }
    loop.exec();
    for (const auto &reply : replies)
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestWordPressFixture::restartGivesAFreshSite()
{
    QVERIFY(php(u"echo wp_count_posts('post')->draft;"_s).toInt() > 0);
    m_wordpress->stop();
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_wordpress->start(), qPrintable(m_wordpress->errorString() + u"\n"_s + m_wordpress->logText()));
    qInfo("WordPress restarted in %lld ms", timer.elapsed());
    QCOMPARE(php(u"echo array_sum((array) wp_count_posts('post'));"_s), u"0"_s);
    QCOMPARE(rest("GET", u"/wp-json/wp/v2/users/me"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestWordPressFixture)
#include "tst_wordpressfixture.moc"
