#include "publish/publishtargets.h"
#include "publish/s3transport.h"
#include "s3rverfixture.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray errorText(const std::optional<TransportError> &error)
{
    return error ? error->message.toLocal8Bit() : QByteArray();
}

// What a browser gets: an unsigned GET straight from the server (s3rver serves anonymous reads).
struct RawObject
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

RawObject fetch(const QByteArray &url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawObject object;
    object.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    object.body = reply->readAll();
    object.contentType = reply->rawHeader("Content-Type");
    object.cacheControl = reply->rawHeader("Cache-Control");
    reply->deleteLater();
    return object;
}

// s3rver accepts any signature, so this small server checks them the way S3 does: it recomputes
// the AWS Signature Version 4 of each request from the secret and answers 200 or 403
// SignatureDoesNotMatch. One connection at a time, on its own thread (the transport blocks).
class SigV4Checker
{
public:
    explicit SigV4Checker(QByteArray secret)
        : m_secret(std::move(secret))
    {
        std::promise<int> listening;
        std::future<int> port = listening.get_future();
        m_thread = std::thread([this, &listening] { serve(listening); });
        m_port = port.get();
    }
    ~SigV4Checker()
    {
        m_stop = true;
        m_thread.join();
    }
    int port() const { return m_port; }
    int matched() const { return m_matched; }

private:
    void serve(std::promise<int> &listening)
    {
        QTcpServer server;
        listening.set_value(server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0);
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray data;
            while (!data.contains("\r\n\r\n") && socket->waitForReadyRead(2000))
                data += socket->readAll();
            const qsizetype end = data.indexOf("\r\n\r\n");
            QList<QByteArray> lines = data.left(end).split('\n');
            QByteArray body = data.mid(end + 4);
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                headers.insert(lines[i].left(colon).trimmed().toLower(),
                               lines[i].mid(colon + 1).simplified());
            }
            const qsizetype length = headers.value("content-length").toLongLong();
            if (body.size() < length && headers.value("expect") == "100-continue") {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                socket->waitForBytesWritten(2000);
            }
            while (body.size() < length && socket->waitForReadyRead(2000))
                body += socket->readAll();
            const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
            const bool ok = request.size() == 3 && signatureMatches(request[0], request[1], headers, body);
            m_matched += ok ? 1 : 0;
            const QByteArray answer = ok ? "OK"_ba : "<Error><Code>SignatureDoesNotMatch</Code></Error>"_ba;
            socket->write((ok ? "HTTP/1.1 200 OK\r\n"_ba : "HTTP/1.1 403 Forbidden\r\n"_ba) +
                          "Connection: close\r\nContent-Length: " + QByteArray::number(answer.size()) +
                          "\r\n\r\n" + answer);
            socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
        }
    }

    bool signatureMatches(const QByteArray &method, const QByteArray &path,
                          const QHash<QByteArray, QByteArray> &headers, const QByteArray &body) const
    {
        static const QRegularExpression authorization(
            u"^AWS4-HMAC-SHA256 Credential=[^/]+/(\\d{8})/([^/]+)/s3/aws4_request, *"
            "SignedHeaders=([^,]+), *Signature=([0-9a-f]{64})$"_s);
        const QRegularExpressionMatch match =
            authorization.match(QString::fromLatin1(headers.value("authorization")));
        const QByteArray payloadHash = headers.value("x-amz-content-sha256");
        if (!match.hasMatch() ||
            payloadHash != QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())
            return false;
        const QByteArray date = match.captured(1).toLatin1();
        const QByteArray region = match.captured(2).toLatin1();
        const QByteArray signedHeaders = match.captured(3).toLatin1();
        // S3 signs the key percent-encoded once, with its own unreserved set.
        QByteArray canonical =
            method + '\n' + QUrl::toPercentEncoding(QByteArray::fromPercentEncoding(path), "/") + "\n\n";
        for (const QByteArray &name : signedHeaders.split(';'))
            canonical += name + ':' + headers.value(name) + '\n';
        canonical += '\n' + signedHeaders + '\n' + payloadHash;
        const QByteArray toSign = "AWS4-HMAC-SHA256\n" + headers.value("x-amz-date") + '\n' + date + '/' +
                                  region + "/s3/aws4_request\n" +
                                  QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
        const auto hmac = [](const QByteArray &key, const QByteArray &message) {
            return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
        };
        const QByteArray key = hmac(hmac(hmac(hmac("AWS4" + m_secret, date), region), "s3"), "aws4_request");
        return hmac(key, toSign).toHex() == match.captured(4).toLatin1();
    }

    QByteArray m_secret;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_matched = 0;
    int m_port = 0;
};

} // namespace

// S3Transport against s3rver, a real S3-compatible server, on this machine.
class TestS3Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void objectUrls_data();
    void objectUrls();
    void contentTypes_data();
    void contentTypes();
    void errorKinds_data();
    void errorKinds();
    void fromTarget();
    void uploadAndRead();
    void explicitCacheControl();
    void replace();
    void removeObject();
    void missingRead();
    void specialKeys_data();
    void specialKeys();
    void virtualHostStyle();
    void wrongKeys();
    void signatures();
    void wrongSecret();
    void missingBucket();
    void serverDown();

private:
    S3Options options() const;
    QString writeLocal(const QString &name, const QByteArray &content);

    std::unique_ptr<S3rverFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_local;
};

void TestS3Transport::initTestCase()
{
    m_server = std::make_unique<S3rverFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/s3rver"));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestS3Transport::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
}

S3Options TestS3Transport::options() const
{
    S3Options options;
    options.endpoint = m_server->endpoint();
    options.region = u"eu-west-1"_s;
    options.bucket = S3rverFixture::bucket();
    options.prefix = u"blog"_s;
    options.pathStyle = true;
    options.accessKeyId = S3rverFixture::accessKeyId();
    options.secretAccessKey = S3rverFixture::secretAccessKey();
    return options;
}

QString TestS3Transport::writeLocal(const QString &name, const QByteArray &content)
{
    const QString path = m_local->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestS3Transport::objectUrls_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("pathStyle");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("remotePath");
    QTest::addColumn<QByteArray>("url");

    QTest::newRow("aws default, virtual host")
        << QString() << u"eu-west-1"_s << false << QString() << u"index.html"_s
        << "https://bkt.s3.eu-west-1.amazonaws.com/index.html"_ba;
    QTest::newRow("aws without region") << QString() << QString() << false << u"/www/"_s << u"/a/b.css"_s
                                        << "https://bkt.s3.us-east-1.amazonaws.com/www/a/b.css"_ba;
    QTest::newRow("path style with port")
        << u"http://127.0.0.1:9000/"_s << u"us-east-1"_s << true << u"site"_s << u"index.html"_s
        << "http://127.0.0.1:9000/bkt/site/index.html"_ba;
    QTest::newRow("endpoint without scheme") << u"minio.example.org"_s << u"x"_s << true << QString()
                                             << u"a.txt"_s << "https://minio.example.org/bkt/a.txt"_ba;
    QTest::newRow("space and unicode")
        << u"https://s3.example.org"_s << u"x"_s << true << QString() << u"my posts/grüße.html"_s
        << "https://s3.example.org/bkt/my%20posts/gr%C3%BC%C3%9Fe.html"_ba;
    QTest::newRow("reserved characters")
        << u"https://s3.example.org"_s << u"x"_s << false << QString() << u"a+b&c=d~e_f-g.h(1)"_s
        << "https://bkt.s3.example.org/a%2Bb%26c%3Dd~e_f-g.h%281%29"_ba;
}

void TestS3Transport::objectUrls()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    QFETCH(bool, pathStyle);
    QFETCH(QString, prefix);
    QFETCH(QString, remotePath);
    QFETCH(QByteArray, url);
    S3Options options;
    options.endpoint = endpoint;
    options.region = region;
    options.bucket = u"bkt"_s;
    options.pathStyle = pathStyle;
    options.prefix = prefix;
    QCOMPARE(S3Transport::objectUrl(options, S3Transport::objectKey(options, remotePath)), url);
}

void TestS3Transport::contentTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("cacheControl");

    QTest::newRow("html") << u"posts/a/index.html"_s << "text/html; charset=utf-8"_ba
                          << "public, max-age=300"_ba;
    QTest::newRow("upper case") << u"INDEX.HTM"_s << "text/html; charset=utf-8"_ba
                                << "public, max-age=300"_ba;
    QTest::newRow("feed") << u"feed.xml"_s << "application/xml"_ba
                          << "public, max-age=300"_ba;
    QTest::newRow("json") << u"search.json"_s << "application/json"_ba
                          << "public, max-age=300"_ba;
    QTest::newRow("css") << u"assets/style.css"_s << "text/css; charset=utf-8"_ba
                         << "public, max-age=86400"_ba;
    QTest::newRow("js") << u"assets/app.js"_s << "text/javascript; charset=utf-8"_ba
                        << "public, max-age=86400"_ba;
    QTest::newRow("svg") << u"logo.svg"_s << "image/svg+xml"_ba
                         << "public, max-age=86400"_ba;
    QTest::newRow("jpeg") << u"a.b/photo.jpg"_s << "image/jpeg"_ba
                          << "public, max-age=86400"_ba;
    QTest::newRow("webp") << u"photo.webp"_s << "image/webp"_ba
                          << "public, max-age=86400"_ba;
    QTest::newRow("woff2") << u"fonts/x.woff2"_s << "font/woff2"_ba
                           << "public, max-age=86400"_ba;
    QTest::newRow("txt") << u"robots.txt"_s << "text/plain; charset=utf-8"_ba
                         << "public, max-age=300"_ba;
    QTest::newRow("no extension") << u"dir.v2/CNAME"_s << "application/octet-stream"_ba
                                  << "public, max-age=300"_ba;
    QTest::newRow("unknown") << u"archive.xyz"_s << "application/octet-stream"_ba
                             << "public, max-age=86400"_ba;
}

void TestS3Transport::contentTypes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, cacheControl);
    QCOMPARE(S3Transport::contentTypeFor(path), contentType);
    QCOMPARE(S3Transport::defaultCacheControlFor(path), cacheControl);
}

void TestS3Transport::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<TransportError::Kind>("kind");

    using Kind = TransportError::Kind;
    QTest::newRow("unknown key id") << 403 << u"InvalidAccessKeyId"_s << Kind::Authentication;
    QTest::newRow("wrong secret") << 403 << u"SignatureDoesNotMatch"_s << Kind::Authentication;
    QTest::newRow("expired token") << 400 << u"ExpiredToken"_s << Kind::Authentication;
    QTest::newRow("access denied") << 403 << u"AccessDenied"_s << Kind::Permanent;
    QTest::newRow("no bucket") << 404 << u"NoSuchBucket"_s << Kind::Permanent;
    QTest::newRow("too large") << 400 << u"EntityTooLarge"_s << Kind::Permanent;
    QTest::newRow("slow down") << 503 << u"SlowDown"_s << Kind::Transient;
    QTest::newRow("request timeout") << 400 << u"RequestTimeout"_s << Kind::Transient;
    QTest::newRow("internal error") << 500 << u"InternalError"_s << Kind::Transient;
    QTest::newRow("bare 502") << 502 << QString() << Kind::Transient;
    QTest::newRow("too many requests") << 429 << QString() << Kind::Transient;
    QTest::newRow("wrong region") << 301 << u"PermanentRedirect"_s << Kind::Permanent;
}

void TestS3Transport::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(TransportError::Kind, kind);
    QCOMPARE(S3Transport::kindFor(status, code), kind);
}

void TestS3Transport::fromTarget()
{
    PublishTarget target;
    target.type = PublishTarget::Type::S3;
    target.endpoint = u"https://minio.example.org"_s;
    target.region = u"eu-central-1"_s;
    target.bucket = u"www"_s;
    target.path = u"blog/"_s;
    target.pathStyle = true;
    target.cacheControl = u"no-cache"_s;
    const S3Options options = S3Options::fromTarget(target);
    QCOMPARE(options.endpoint, target.endpoint);
    QCOMPARE(options.region, target.region);
    QCOMPARE(options.bucket, target.bucket);
    QCOMPARE(options.prefix, target.path);
    QCOMPARE(options.pathStyle, true);
    QCOMPARE(options.cacheControl, target.cacheControl);
    QVERIFY(options.secretAccessKey.isEmpty());
}

void TestS3Transport::uploadAndRead()
{
    S3Transport transport(options());
    QVERIFY2(!transport.open(), "open failed");
    const QByteArray page = "<!doctype html><title>Hello</title>\n";
    const QByteArray style = "body { color: red }\n";
    std::optional<TransportError> error =
        transport.upload(writeLocal(u"index.html"_s, page), u"index.html"_s);
    QVERIFY2(!error, errorText(error));
    error = transport.upload(writeLocal(u"style.css"_s, style), u"assets/style.css"_s);
    QVERIFY2(!error, errorText(error));

    std::optional<QByteArray> bytes;
    error = transport.read(u"index.html"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(bytes, std::optional<QByteArray>(page));

    const RawObject html = fetch(m_server->endpoint().toUtf8() + "/site/blog/index.html");
    QCOMPARE(html.status, 200);
    QCOMPARE(html.body, page);
    QCOMPARE(html.contentType, "text/html; charset=utf-8"_ba);
    QCOMPARE(html.cacheControl, "public, max-age=300"_ba);
    const RawObject css = fetch(m_server->endpoint().toUtf8() + "/site/blog/assets/style.css");
    QCOMPARE(css.status, 200);
    QCOMPARE(css.body, style);
    QCOMPARE(css.contentType, "text/css; charset=utf-8"_ba);
    QCOMPARE(css.cacheControl, "public, max-age=86400"_ba);
}

void TestS3Transport::explicitCacheControl()
{
    S3Options custom = options();
    custom.cacheControl = u"no-cache, no-transform"_s;
    S3Transport transport(custom);
    QVERIFY(!transport.open());
    const std::optional<TransportError> error =
        transport.upload(writeLocal(u"p.png"_s, "\x89PNG\r\n"_ba), u"cached/p.png"_s);
    QVERIFY2(!error, errorText(error));
    const RawObject png = fetch(m_server->endpoint().toUtf8() + "/site/blog/cached/p.png");
    QCOMPARE(png.status, 200);
    QCOMPARE(png.contentType, "image/png"_ba);
    QCOMPARE(png.cacheControl, "no-cache, no-transform"_ba);
}

void TestS3Transport::replace()
{
    S3Transport transport(options());
    QVERIFY(!transport.open());
    std::optional<TransportError> error =
        transport.upload(writeLocal(u"a"_s, "first version, longer"), u"r.txt"_s);
    QVERIFY2(!error, errorText(error));
    error = transport.upload(writeLocal(u"b"_s, "second"), u"r.txt"_s);
    QVERIFY2(!error, errorText(error));
    std::optional<QByteArray> bytes;
    error = transport.read(u"r.txt"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(bytes, std::optional<QByteArray>("second"_ba));
}

void TestS3Transport::removeObject()
{
    S3Transport transport(options());
    QVERIFY(!transport.open());
    std::optional<TransportError> error = transport.upload(writeLocal(u"gone"_s, "bye"), u"old/gone.html"_s);
    QVERIFY2(!error, errorText(error));
    error = transport.remove(u"old/gone.html"_s);
    QVERIFY2(!error, errorText(error));
    std::optional<QByteArray> bytes = "stale"_ba;
    error = transport.read(u"old/gone.html"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(!bytes);
    QCOMPARE(fetch(m_server->endpoint().toUtf8() + "/site/blog/old/gone.html").status, 404);
    // Removing what is not there is not an error: a deploy interrupted after a delete runs again.
    error = transport.remove(u"old/gone.html"_s);
    QVERIFY2(!error, errorText(error));
}

void TestS3Transport::missingRead()
{
    S3Transport transport(options());
    QVERIFY(!transport.open());
    std::optional<QByteArray> bytes = "stale"_ba;
    const std::optional<TransportError> error = transport.read(u".postwright-deploy.json"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(!bytes);
}

void TestS3Transport::specialKeys_data()
{
    QTest::addColumn<QString>("remotePath");
    QTest::addColumn<QByteArray>("rawPath");

    QTest::newRow("spaces") << u"my posts/a b.html"_s << "my%20posts/a%20b.html"_ba;
    QTest::newRow("unicode") << u"grüße/日本.html"_s << "gr%C3%BC%C3%9Fe/%E6%97%A5%E6%9C%AC.html"_ba;
    QTest::newRow("reserved") << u"a+b&c=d,e;f@g.txt"_s << "a%2Bb%26c%3Dd%2Ce%3Bf%40g.txt"_ba;
}

void TestS3Transport::specialKeys()
{
    QFETCH(QString, remotePath);
    QFETCH(QByteArray, rawPath);
    S3Transport transport(options());
    QVERIFY(!transport.open());
    const QByteArray content = remotePath.toUtf8();
    std::optional<TransportError> error = transport.upload(writeLocal(u"f"_s, content), remotePath);
    QVERIFY2(!error, errorText(error));
    std::optional<QByteArray> bytes;
    error = transport.read(remotePath, bytes);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(bytes, std::optional<QByteArray>(content));
    // The key on the server is the path itself, not some double-encoded form of it.
    const RawObject raw = fetch(m_server->endpoint().toUtf8() + "/site/blog/" + rawPath);
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.body, content);
    error = transport.remove(remotePath);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(fetch(m_server->endpoint().toUtf8() + "/site/blog/" + rawPath).status, 404);
}

void TestS3Transport::virtualHostStyle()
{
    S3Options virtualHost = options();
    virtualHost.endpoint = m_server->virtualHostEndpoint();
    virtualHost.pathStyle = false;
    QVERIFY(S3Transport::objectUrl(virtualHost, u"x"_s).startsWith("http://site.s3.localhost:"));
    S3Transport transport(virtualHost);
    QVERIFY(!transport.open());
    std::optional<TransportError> error = transport.upload(writeLocal(u"v"_s, "virtual"), u"vhost.txt"_s);
    QVERIFY2(!error, errorText(error));
    std::optional<QByteArray> bytes;
    error = transport.read(u"vhost.txt"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(bytes, std::optional<QByteArray>("virtual"_ba));
    // Same object as seen path-style: it went into the bucket, not into a key named after the host.
    QCOMPARE(fetch(m_server->endpoint().toUtf8() + "/site/blog/vhost.txt").body, "virtual"_ba);
}

void TestS3Transport::wrongKeys()
{
    // s3rver knows its own key ID only; a wrong secret is wrongSecret's business.
    S3Options wrong = options();
    wrong.accessKeyId = u"NOT-A-KEY"_s;
    wrong.secretAccessKey = u"very-secret-Value-42"_s;
    S3Transport transport(wrong);
    QVERIFY(!transport.open());
    std::optional<TransportError> error = transport.upload(writeLocal(u"w"_s, "x"), u"w.txt"_s);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(u"NOT-A-KEY"_s), errorText(error));
    QVERIFY2(!error->message.contains(wrong.secretAccessKey), errorText(error));
    std::optional<QByteArray> bytes;
    error = transport.read(u"index.html"_s, bytes);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(!error->message.contains(wrong.secretAccessKey), errorText(error));
    QCOMPARE(fetch(m_server->endpoint().toUtf8() + "/site/blog/w.txt").status, 404);
}

void TestS3Transport::signatures()
{
    SigV4Checker checker(S3rverFixture::secretAccessKey().toUtf8());
    QVERIFY(checker.port() > 0);
    S3Options checked = options();
    checked.endpoint = u"http://127.0.0.1:%1"_s.arg(checker.port());
    S3Transport transport(checked);
    QVERIFY(!transport.open());
    for (const QString &path : {u"index.html"_s, u"my posts/grüße (1).html"_s, u"a+b&c=d~e.txt"_s}) {
        std::optional<TransportError> error = transport.upload(writeLocal(u"s"_s, "signed body"), path);
        QVERIFY2(!error, errorText(error));
        std::optional<QByteArray> bytes;
        error = transport.read(path, bytes);
        QVERIFY2(!error, errorText(error));
        error = transport.remove(path);
        QVERIFY2(!error, errorText(error));
    }
    QCOMPARE(checker.matched(), 9);
}

void TestS3Transport::wrongSecret()
{
    SigV4Checker checker("the-right-secret");
    QVERIFY(checker.port() > 0);
    S3Options wrong = options();
    wrong.endpoint = u"http://127.0.0.1:%1"_s.arg(checker.port());
    wrong.secretAccessKey = u"not-the-Right-secret-42"_s;
    S3Transport transport(wrong);
    QVERIFY(!transport.open());
    std::optional<TransportError> error = transport.upload(writeLocal(u"w"_s, "x"), u"w.txt"_s);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(u"secret access key"_s), errorText(error));
    QVERIFY2(!error->message.contains(wrong.secretAccessKey), errorText(error));
    std::optional<QByteArray> bytes;
    error = transport.read(u".postwright-deploy.json"_s, bytes);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QCOMPARE(checker.matched(), 0);
}

void TestS3Transport::missingBucket()
{
    S3Options missing = options();
    missing.bucket = u"no-such-bucket"_s;
    S3Transport transport(missing);
    QVERIFY(!transport.open());
    std::optional<QByteArray> bytes;
    std::optional<TransportError> error = transport.read(u".postwright-deploy.json"_s, bytes);
    QVERIFY2(error, "a missing bucket must not read as a missing file");
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"\u201cno-such-bucket\u201d does not exist"_s), errorText(error));
    error = transport.upload(writeLocal(u"m"_s, "x"), u"m.txt"_s);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"no-such-bucket"_s), errorText(error));
    error = transport.remove(u"m.txt"_s);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
}

void TestS3Transport::serverDown()
{
    S3Options down = options();
    QTcpServer probe; // a port nobody listens on once the probe is gone
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    down.endpoint = u"http://127.0.0.1:%1"_s.arg(port);
    S3Transport transport(down);
    QVERIFY(!transport.open());
    const std::optional<TransportError> error = transport.upload(writeLocal(u"d"_s, "x"), u"d.txt"_s);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Transient);
    QVERIFY2(!error->message.contains(down.secretAccessKey), errorText(error));
}

QTEST_GUILESS_MAIN(TestS3Transport)
#include "tst_s3transport.moc"
