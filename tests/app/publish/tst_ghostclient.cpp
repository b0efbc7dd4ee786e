#include "ghostmockserver.h"
#include "publish/ghostclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// QVERIFY2 evaluates its message even when the check passes.
#define QVERIFY_NO_ERROR(error) QVERIFY2(!(error), (error) ? qPrintable((error)->message) : "")

class TestGhostClient : public QObject
{
    Q_OBJECT

private:
    static BlogApiOptions fastOptions()
    {
        BlogApiOptions options;
        options.requestTimeout = 5s;
        options.maxTries = 2;
        options.firstRetryDelay = 10ms;
        return options;
    }

    static GhostPost samplePost()
    {
        GhostPost post;
        post.title = u"Hello, Ghost"_s;
        post.html = u"<p>First <em>post</em>.</p>"_s;
        post.tags = {u"C++"_s, u"Qt"_s};
        post.customExcerpt = u"A first post."_s;
        return post;
    }

private Q_SLOTS:
    void tokenIsSignedWithTheHexDecodedSecret()
    {
        const QString key = u"abc123:00ff10"_s;
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QByteArray token = GhostClient::makeToken(key, now);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
                .object();
        };
        const QJsonObject header = decode(parts[0]);
        QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
        QCOMPARE(header.value(u"kid"_s).toString(), u"abc123"_s);
        const QJsonObject payload = decode(parts[1]);
        QCOMPARE(payload.value(u"iat"_s).toInteger(), 1'700'000'000);
        QCOMPARE(payload.value(u"exp"_s).toInteger(), 1'700'000'300);
        QCOMPARE(payload.value(u"aud"_s).toString(), u"/admin/"_s);
        const QByteArray signature = QMessageAuthenticationCode::hash(
            parts[0] + '.' + parts[1], QByteArray::fromHex("00ff10"), QCryptographicHash::Sha256);
        QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding), signature);
        QVERIFY(!parts[2].contains('='));

        QVERIFY(GhostClient::makeToken(u"no-colon"_s, now).isEmpty());
        QVERIFY(GhostClient::makeToken(u"id:not-hex"_s, now).isEmpty());
        QVERIFY(GhostClient::makeToken(u"id:abc"_s, now).isEmpty()); // odd number of digits
    }

    // The stand-in must itself refuse what Ghost refuses, or the tests above prove little.
    void mockRefusesBadTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        GhostMockServer reference;
        const QString key = reference.adminKey();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("valid") << "Ghost " + GhostClient::makeToken(key, now);
        QTest::newRow("expired") << "Ghost " + GhostClient::makeToken(key, now.addSecs(-10 * 60));
        QTest::newRow("bearer scheme") << "Bearer " + GhostClient::makeToken(key, now);
        QByteArray tampered = GhostClient::makeToken(key, now);
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        QTest::newRow("bad signature") << "Ghost " + tampered;
        QTest::newRow("other kid") << "Ghost " + GhostClient::makeToken(
                                                     u"other"_s + key.mid(key.indexOf(u':')), now);
    }
    void mockRefusesBadTokens()
    {
        QFETCH(QByteArray, authorization);
        GhostMockServer server;
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(server.siteUrl() + u"ghost/api/admin/posts/1/"_s));
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept-Version", "v5.0");
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QTRY_VERIFY(reply->isFinished());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QCOMPARE(status, QByteArray(QTest::currentDataTag()) == "valid" ? 404 : 401);
    }

    void createFindAndUpdate()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());

        GhostPost created;
        auto error = client.createPost(samplePost(), created);
        QVERIFY_NO_ERROR(error);
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.slug, u"hello-ghost"_s);
        QCOMPARE(created.status, u"draft"_s);
        QCOMPARE(created.tags, QStringList({u"C++"_s, u"Qt"_s}));
        QCOMPARE(created.customExcerpt, u"A first post."_s);
        QVERIFY(!created.updatedAt.isEmpty());

        const GhostMockServer::Request first = server.requests().constFirst();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path, u"posts/"_s);
        QCOMPARE(first.query, u"source=html"_s);
        QCOMPARE(first.acceptVersion, QByteArray("v5.0"));
        QCOMPARE(first.jwtHeader.value(u"kid"_s).toString(), server.adminKey().section(u':', 0, 0));
        QCOMPARE(first.status, 201);
        const QJsonObject sent = QJsonDocument::fromJson(first.body).object()[u"posts"_s][0].toObject();
        QCOMPARE(sent[u"tags"_s][0][u"name"_s].toString(), u"C++"_s);
        QVERIFY(!sent.contains(u"updated_at"_s));

        std::optional<GhostPost> found;
        error = client.findPost(created.id, found);
        QVERIFY_NO_ERROR(error);
        QVERIFY(found);
        QCOMPARE(found->title, u"Hello, Ghost"_s);
        QCOMPARE(found->html, u"<p>First <em>post</em>.</p>"_s);
        error = client.findBySlug(u"hello-ghost"_s, found);
        QVERIFY_NO_ERROR(error);
        QVERIFY(found);
        QCOMPARE(found->id, created.id);
        error = client.findBySlug(u"no-such-post"_s, found);
        QVERIFY(!error);
        QVERIFY(!found);

        GhostPost edited = created;
        edited.html = u"<p>Edited.</p>"_s;
        edited.status = u"published"_s;
        GhostPost updated;
        error = client.updatePost(edited, updated);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(updated.id, created.id);
        QCOMPARE(updated.status, u"published"_s);
        QVERIFY(updated.publishedAt.isValid());
        QVERIFY(updated.updatedAt != created.updatedAt);
        QCOMPARE(server.post(created.id).value(u"html"_s).toString(), u"<p>Edited.</p>"_s);
        QCOMPARE(server.requests().constLast().method, QByteArray("PUT"));
        QCOMPARE(server.requests().constLast().query, u"source=html"_s);
    }

    void staleUpdateIsRefusedAsAConflict()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());
        GhostPost created;
        QVERIFY(!client.createPost(samplePost(), created));

        server.touchPost(created.id); // someone edits it in Ghost Admin
        GhostPost edited = created;
        edited.html = u"<p>Mine.</p>"_s;
        GhostPost updated;
        const auto error = client.updatePost(edited, updated);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Conflict);
        QVERIFY2(error->message.contains(u"changed in Ghost"_s), qPrintable(error->message));
        QCOMPARE(server.post(created.id).value(u"html"_s).toString(), u"<p>First <em>post</em>.</p>"_s);

        GhostPost withoutTimestamp = edited;
        withoutTimestamp.updatedAt.clear();
        QVERIFY(client.updatePost(withoutTimestamp, updated));
    }

    void scheduledPost()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());
        GhostPost post = samplePost();
        post.status = u"scheduled"_s;
        post.publishedAt = QDateTime::currentDateTimeUtc().addDays(2);
        GhostPost created;
        auto error = client.createPost(post, created);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(created.status, u"scheduled"_s);
        QCOMPARE(created.publishedAt.toSecsSinceEpoch(), post.publishedAt.toSecsSinceEpoch());

        post.publishedAt = QDateTime::currentDateTimeUtc().addDays(-1); // Ghost refuses a date in the past
        error = client.createPost(post, created);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
        QVERIFY2(error->message.contains(u"future"_s), qPrintable(error->message));
    }

    void uploadImageAndUseItAsFeatureImage()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\0') + "end";
        QString url;
        auto error = client.uploadImage(u"cover.png"_s, png, "image/png", url);
        QVERIFY_NO_ERROR(error);
        QVERIFY2(url.endsWith(u"/content/images/2026/01/cover.png"_s), qPrintable(url));
        QCOMPARE(server.images(), QList<QByteArray>{png});

        GhostPost post = samplePost();
        post.featureImage = url;
        GhostPost created;
        QVERIFY(!client.createPost(post, created));
        QCOMPARE(created.featureImage, url);
    }

    void wrongKeyIsAnAuthenticationErrorWithoutTheSecret_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong secret") << u"6748592f4b9b7700010f6564:00112233445566778899aabbccddeeff"_s;
        QTest::newRow("wrong id")
            << u"aaaaaaaaaaaaaaaaaaaaaaaa:b1b5b9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1"_s;
        QTest::newRow("malformed") << u"6748592f4b9b7700010f6564-deadbeefcafe"_s;
    }
    void wrongKeyIsAnAuthenticationErrorWithoutTheSecret()
    {
        QFETCH(QString, key);
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), key, fastOptions());
        GhostPost created;
        auto error = client.createPost(samplePost(), created);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Authentication);
        const QString secret = key.section(u':', 1);
        QVERIFY2(secret.isEmpty() || !error->message.contains(secret, Qt::CaseInsensitive),
                 qPrintable(error->message));
        QVERIFY(!error->message.contains(u"deadbeef"_s));
        QVERIFY(!error->message.contains(u"b1b5b9c1"_s));
        QVERIFY(server.posts().isEmpty());
    }

    void malformedAnswerIsAClearPermanentError()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());
        server.answerMalformedNext();
        GhostPost created;
        const auto error = client.createPost(samplePost(), created);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
        QVERIFY2(error->message.contains(u"malformed JSON"_s), qPrintable(error->message));
    }

    void serverErrorIsTransient()
    {
        GhostMockServer server;
        QVERIFY(server.start());
        GhostClient client(QUrl(server.siteUrl()), server.adminKey(), fastOptions());
        server.failNext(500, 10);
        std::optional<GhostPost> found;
        auto error = client.findPost(u"1"_s, found);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Transient);
        QCOMPARE(server.requests().size(), 2); // retried once (maxTries 2)

        GhostPost created;
        error = client.createPost(samplePost(), created);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Transient);
        QCOMPARE(server.requests().size(), 3); // a create is never repeated

        server.failNext(503, 1); // one failure: the retry succeeds
        error = client.findBySlug(u"x"_s, found);
        QVERIFY(!error);
    }

    void unreachableServerIsTransient()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        GhostClient client(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)),
                           u"6748592f4b9b7700010f6564:b1b5b9c1d4e5f6a7"_s, fastOptions());
        std::optional<GhostPost> found;
        const auto error = client.findPost(u"1"_s, found);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Transient);
        QVERIFY(!error->message.contains(u"b1b5b9c1d4e5f6a7"_s));
    }
};

QTEST_GUILESS_MAIN(TestGhostClient)
#include "tst_ghostclient.moc"
