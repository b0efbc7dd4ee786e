#include "micropubmockserver.h"
#include "publish/micropubclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// QVERIFY2 evaluates its message even when the check passes.
#define QVERIFY_NO_ERROR(error) QVERIFY2(!(error), (error) ? qPrintable((error)->message) : "")

class TestMicropubClient : public QObject
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

    static MicropubPost samplePost()
    {
        MicropubPost post;
        post.name = u"Hello, Micropub"_s;
        post.html = u"<p>First <em>post</em>.</p>"_s;
        post.categories = {u"indieweb"_s, u"C++"_s};
        post.postStatus = u"draft"_s;
        post.published = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        post.slug = u"hello-micropub"_s;
        return post;
    }

private Q_SLOTS:
    void endpointsFromPage_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("linkHeader");
        QTest::addColumn<QString>("micropub");
        QTest::addColumn<QString>("token");

        QTest::newRow("link elements")
            << QByteArray("<html><head><link rel=\"micropub\" href=\"/mp\">\n            <link "
                          "rel=\"token_endpoint\" href=\"https://auth.example/token\"></head></html>")
            << QByteArray() << u"https://blog.example/mp"_s << u"https://auth.example/token"_s;
        QTest::newRow("several rel values, any case, no quotes")
            << QByteArray(
                   "<LINK REL='stylesheet Micropub' HREF=mp/endpoint><link rel=token_endpoint href=/t>")
            << QByteArray() << u"https://blog.example/dir/mp/endpoint"_s << u"https://blog.example/t"_s;
        QTest::newRow("first one wins")
            << QByteArray("<link rel=\"micropub\" href=\"/one\"><link rel=\"micropub\" href=\"/two\">")
            << QByteArray() << u"https://blog.example/one"_s << QString();
        QTest::newRow("comments, scripts and anchors do not count")
            << QByteArray("<!-- <link rel=\"micropub\" href=\"/commented\"> -->\n               <script>var "
                          "s = '<link rel=\"micropub\" href=\"/scripted\">';</script>\n               <a "
                          "rel=\"micropub\" href=\"/anchor\">x</a><link rel=\"micropub\" href=\"/real\">")
            << QByteArray() << u"https://blog.example/real"_s << QString();
        QTest::newRow("link in the body, entities in href")
            << QByteArray("<body><p>hi<link rel=\"micropub\" href=\"/mp?a=1&amp;b=2\"></p></body>")
            << QByteArray() << u"https://blog.example/mp?a=1&b=2"_s << QString();
        QTest::newRow("base element")
            << QByteArray("<base href=\"https://other.example/x/\"><link rel=\"micropub\" href=\"mp\">")
            << QByteArray() << u"https://other.example/x/mp"_s << QString();
        QTest::newRow("Link header wins")
            << QByteArray(
                   "<link rel=\"micropub\" href=\"/from-page\"><link rel=\"token_endpoint\" href=\"/tp\">")
            << QByteArray(
                   "<https://blog.example/from-header>; rel=\"micropub\", </th>; rel=\"token_endpoint\"")
            << u"https://blog.example/from-header"_s << u"https://blog.example/th"_s;
        QTest::newRow("nothing") << QByteArray("<p>no links <link rel=\"stylesheet\" href=\"/s.css\"></p>")
                                 << QByteArray() << QString() << QString();
        QTest::newRow("not HTML at all")
            << QByteArray("\x00\xff<<<link", 8) << QByteArray() << QString() << QString();
    }
    void endpointsFromPage()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, linkHeader);
        QFETCH(QString, micropub);
        QFETCH(QString, token);
        const QList<QByteArray> headers =
            linkHeader.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{linkHeader};
        const MicropubEndpoints endpoints =
            MicropubClient::endpointsFromPage(html, headers, QUrl(u"https://blog.example/dir/page"_s));
        QCOMPARE(endpoints.micropub.toString(), micropub);
        QCOMPARE(endpoints.tokenEndpoint.toString(), token);
    }

    void discoverFromHtmlAndConfig()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        const auto error = client.discover(QUrl(server.siteUrl()), endpoints);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(endpoints.micropub, QUrl(server.siteUrl() + u"micropub"_s));
        QCOMPARE(endpoints.tokenEndpoint, QUrl(server.siteUrl() + u"token"_s));
        QCOMPARE(endpoints.authorizationEndpoint, QUrl(server.siteUrl() + u"auth"_s));
        QCOMPARE(endpoints.mediaEndpoint, QUrl(server.siteUrl() + u"media"_s));

        const QList<MicropubMockServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].path, u"/"_s);
        QVERIFY(requests[0].authorization.isEmpty()); // the token only goes to the endpoints
        QCOMPARE(requests[1].path, u"/micropub"_s);
        QCOMPARE(requests[1].query, u"q=config"_s);
        QCOMPARE(requests[1].authorization, "Bearer " + server.token().toUtf8());
    }

    void discoverFollowsRedirectsAndLinkHeaders()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        server.setHomePage("<html><head><title>x</title></head></html>",
                           "<%BASE%/micropub>; rel=\"micropub\"");
        server.setMediaEndpoint(false);
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        const auto error = client.discover(QUrl(server.siteUrl() + u"moved"_s), endpoints);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(endpoints.micropub, QUrl(server.siteUrl() + u"micropub"_s));
        QVERIFY(endpoints.mediaEndpoint.isEmpty());

        QUrl location;
        const auto uploadError = client.uploadMedia(endpoints, u"a.png"_s, "png", "image/png", location);
        QVERIFY(uploadError);
        QCOMPARE(uploadError->kind, TransportError::Kind::Permanent);
        QVERIFY2(uploadError->message.contains(u"no media endpoint"_s), qPrintable(uploadError->message));
    }

    void discoverWithoutMicropubLink()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        server.setHomePage("<html><head><link rel=\"stylesheet\" href=\"/s.css\"></head></html>");
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        const auto error = client.discover(QUrl(server.siteUrl()), endpoints);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
        QVERIFY2(error->message.contains(u"no Micropub endpoint"_s), qPrintable(error->message));
    }

    void createUpdateAndUploadMedia()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        QVERIFY(!client.discover(QUrl(server.siteUrl()), endpoints));

        QUrl image;
        const QByteArray jpeg =
            QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(500, 'x') + QByteArray("\r\n--", 4);
        auto error = client.uploadMedia(endpoints, u"photo.jpg"_s, jpeg, "image/jpeg", image);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(image, QUrl(server.siteUrl() + u"media/1-photo.jpg"_s));
        QCOMPARE(server.media().value(image.toString()), jpeg);

        MicropubPost post = samplePost();
        post.html += u"<img src=\""_s + image.toString() + u"\">"_s;
        QUrl location;
        error = client.create(endpoints, post, location);
        QVERIFY_NO_ERROR(error);
        QCOMPARE(location, QUrl(server.siteUrl() + u"posts/hello-micropub"_s));
        const QJsonObject stored = server.posts().value(location.toString());
        QCOMPARE(stored[u"name"_s].toArray(), QJsonArray{u"Hello, Micropub"_s});
        QCOMPARE(stored[u"content"_s][0][u"html"_s].toString(), post.html);
        QCOMPARE(stored[u"category"_s].toArray(), (QJsonArray{u"indieweb"_s, u"C++"_s}));
        QCOMPARE(stored[u"post-status"_s].toArray(), QJsonArray{u"draft"_s});
        QCOMPARE(stored[u"published"_s][0].toString(), u"2026-03-01T09:30:00Z"_s);
        const MicropubMockServer::Request createRequest = server.requests().constLast();
        QVERIFY(createRequest.contentType.startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(createRequest.body)[u"type"_s].toArray(), QJsonArray{u"h-entry"_s});

        MicropubPost edit;
        edit.html = u"<p>Edited.</p>"_s;
        edit.postStatus = u"published"_s;
        error = client.update(endpoints, location, edit);
        QVERIFY_NO_ERROR(error);
        const QJsonObject updated = server.posts().value(location.toString());
        QCOMPARE(updated[u"content"_s][0][u"html"_s].toString(), u"<p>Edited.</p>"_s);
        QCOMPARE(updated[u"post-status"_s].toArray(), QJsonArray{u"published"_s});
        QCOMPARE(updated[u"name"_s].toArray(), QJsonArray{u"Hello, Micropub"_s}); // left alone
        const QJsonObject updateBody = QJsonDocument::fromJson(server.requests().constLast().body).object();
        QCOMPARE(updateBody[u"action"_s].toString(), u"update"_s);
        QCOMPARE(updateBody[u"url"_s].toString(), location.toString());

        error = client.update(endpoints, QUrl(server.siteUrl() + u"posts/missing"_s), edit);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
        QVERIFY2(error->message.contains(u"No post at this URL"_s), qPrintable(error->message));
    }

    void wrongTokenIsAnAuthenticationErrorWithoutTheToken()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        const QString wrong = u"s3cr3t-wrong-token"_s;
        MicropubClient client(wrong, fastOptions());
        MicropubEndpoints endpoints;
        const auto error = client.discover(QUrl(server.siteUrl()), endpoints);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Authentication);
        QVERIFY2(!error->message.contains(wrong), qPrintable(error->message));
        QVERIFY(!error->message.contains(server.token()));
    }

    void insufficientScopeIsAnAuthenticationError()
    {
        MicropubMockServer server(u"create-only"_s, {u"create"_s});
        QVERIFY(server.start());
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        QVERIFY(!client.discover(QUrl(server.siteUrl()), endpoints));
        QUrl location;
        auto error = client.uploadMedia(endpoints, u"a.png"_s, "png", "image/png", location);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Authentication);
        QVERIFY2(error->message.contains(u"insufficient_scope"_s), qPrintable(error->message));
        QVERIFY(!error->message.contains(u"create-only"_s));

        QVERIFY(!client.create(endpoints, samplePost(), location));
        error = client.update(endpoints, location, samplePost());
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Authentication);
    }

    void malformedConfigIsAClearPermanentError()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        server.answerMalformedNext();
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        const auto error = client.discover(QUrl(server.siteUrl()), endpoints);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Permanent);
        QVERIFY2(error->message.contains(u"malformed JSON"_s), qPrintable(error->message));
    }

    void serverErrorIsTransient()
    {
        MicropubMockServer server;
        QVERIFY(server.start());
        MicropubClient client(server.token(), fastOptions());
        MicropubEndpoints endpoints;
        QVERIFY(!client.discover(QUrl(server.siteUrl()), endpoints));
        const qsizetype before = server.requests().size();

        server.failNext(500, 10);
        QUrl location;
        auto error = client.create(endpoints, samplePost(), location);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Transient);
        QCOMPARE(server.requests().size(), before + 1); // a create is never repeated
        error = client.queryConfig(endpoints);
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Transient);
        QCOMPARE(server.requests().size(), before + 3); // retried once (maxTries 2)

        server.failNext(503, 1); // one failure: the retry succeeds
        QVERIFY(!client.queryConfig(endpoints));
        QVERIFY(server.posts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMicropubClient)
#include "tst_micropubclient.moc"
