#include "publish/ftptransport.h"
#include "publish/publishtargets.h"
#include "vsftpdfixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray errorText(const std::optional<TransportError> &error)
{
    return error ? error->message.toLocal8Bit() : QByteArray();
}

} // namespace

// FtpTransport against a real vsftpd on this machine, once in the clear and once with explicit TLS.
class TestFtpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fromTarget();
    void roundTrip_data();
    void roundTrip();
    void nestedRelativePath();
    void wrongPassword_data();
    void wrongPassword();
    void untrustedCertificateRefused();
    void tlsRequiredButNotOffered();

private:
    VsftpdFixture &server(bool tls) { return tls ? *m_tls : *m_plain; }
    FtpOptions options(bool tls);
    QString writeLocal(const QString &name, const QByteArray &content);
    QByteArray remoteFile(bool tls, const QString &relative);

    std::unique_ptr<VsftpdFixture> m_plain;
    std::unique_ptr<VsftpdFixture> m_tls;
    std::unique_ptr<QTemporaryDir> m_local;
};

void TestFtpTransport::initTestCase()
{
    m_plain = std::make_unique<VsftpdFixture>(VsftpdFixture::Security::Plain);
    m_tls = std::make_unique<VsftpdFixture>(VsftpdFixture::Security::Tls);
    QString why;
    if (!VsftpdFixture::available(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_plain->start(), qPrintable(m_plain->errorString()));
    QVERIFY2(m_tls->start(), qPrintable(m_tls->errorString()));
}

void TestFtpTransport::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
}

FtpOptions TestFtpTransport::options(bool tls)
{
    FtpOptions options;
    options.host = server(tls).host();
    options.port = server(tls).port();
    options.user = server(tls).user();
    options.password = server(tls).password();
    options.rootPath = server(tls).remoteRoot() + u"/site"_s;
    options.tls = tls;
    options.caFile = server(tls).certificateFile();
    options.connectTimeoutSeconds = 5;
    return options;
}

QString TestFtpTransport::writeLocal(const QString &name, const QByteArray &content)
{
    const QString path = m_local->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray TestFtpTransport::remoteFile(bool tls, const QString &relative)
{
    QFile file(server(tls).remoteRoot() + u"/site/"_s + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void TestFtpTransport::fromTarget()
{
    PublishTarget target;
    target.type = PublishTarget::Type::Ftps;
    target.host = u"ftp.example.org"_s;
    target.user = u"writer"_s;
    target.path = u"htdocs/blog"_s;
    FtpOptions options = FtpOptions::fromTarget(target);
    QCOMPARE(options.host, u"ftp.example.org"_s);
    QCOMPARE(options.port, 21);
    QCOMPARE(options.user, u"writer"_s);
    QCOMPARE(options.rootPath, u"htdocs/blog"_s);
    QVERIFY(options.tls);
    QVERIFY(options.password.isEmpty());

    target.type = PublishTarget::Type::Ftp;
    target.port = 2121;
    options = FtpOptions::fromTarget(target);
    QCOMPARE(options.port, 2121);
    QVERIFY(!options.tls);
}

void TestFtpTransport::roundTrip_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("explicit TLS") << true;
}

void TestFtpTransport::roundTrip()
{
    QFETCH(bool, tls);
    FtpTransport transport(options(tls));
    std::optional<TransportError> error = transport.open();
    QVERIFY2(!error, QByteArray(errorText(error) + server(tls).logText().toLocal8Bit()));

    // Big enough for many data packets; random so a truncated or shuffled copy shows.
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    const QString first = writeLocal(u"first"_s, big);
    const QString second = writeLocal(u"second"_s, "<p>second version</p>\n");
    const QString remote = u"posts/2026/a \"quoted\" name.html"_s;

    error = transport.upload(first, remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(tls, remote), big);
    std::optional<QByteArray> bytes;
    error = transport.read(remote, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(bytes);
    QCOMPARE(bytes->size(), big.size());
    QCOMPARE(*bytes, big);

    // A second upload replaces the file, and no temporary file is left beside it.
    error = transport.upload(second, remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(tls, remote), QByteArray("<p>second version</p>\n"));
    const QDir folder(server(tls).remoteRoot() + u"/site/posts/2026"_s);
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList{u"a \"quoted\" name.html"_s});

    error = transport.remove(remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(tls, remote), QByteArray("<missing>"));
    // Missing files are not errors, for remove and read alike, in a folder that exists or not.
    error = transport.remove(remote);
    QVERIFY2(!error, errorText(error));
    error = transport.remove(u"no/such/folder.html"_s);
    QVERIFY2(!error, errorText(error));
    error = transport.read(u"posts/2026/never.json"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(!bytes);
    error = transport.read(u"never/there.json"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(!bytes);
    // The connection is still good after those refusals.
    error = transport.upload(second, u"after.html"_s);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(tls, u"after.html"_s), QByteArray("<p>second version</p>\n"));
    transport.close();
}

void TestFtpTransport::nestedRelativePath()
{
    // A relative root starts where the login lands (the fixture's remote root); every missing
    // folder on the way is created.
    FtpOptions relative = options(false);
    relative.rootPath = u"relative/site"_s;
    FtpTransport transport(relative);
    std::optional<TransportError> error = transport.open();
    QVERIFY2(!error, errorText(error));
    error = transport.upload(writeLocal(u"page"_s, "deep\n"), u"/a/b/c/d/index.html"_s);
    QVERIFY2(!error, errorText(error));
    QFile uploaded(m_plain->remoteRoot() + u"/relative/site/a/b/c/d/index.html"_s);
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    QCOMPARE(uploaded.readAll(), QByteArray("deep\n"));
}

void TestFtpTransport::wrongPassword_data()
{
    roundTrip_data();
}

void TestFtpTransport::wrongPassword()
{
    QFETCH(bool, tls);
    FtpOptions wrong = options(tls);
    wrong.password = u"wrong-Secret-8812"_s;
    FtpTransport transport(wrong);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(u"password"_s), qPrintable(error->message));
    QVERIFY2(error->message.contains(server(tls).user()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(u"wrong-Secret-8812"_s), qPrintable(error->message));
    QVERIFY2(!error->message.contains(server(tls).password()), qPrintable(error->message));
}

void TestFtpTransport::untrustedCertificateRefused()
{
    // Without the self-signed certificate, only the system's authorities count, and none signed it.
    FtpOptions untrusting = options(true);
    untrusting.caFile.clear();
    FtpTransport transport(untrusting);
    const qsizetype loginsBefore = server(true).logText().count(u"USER "_s);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"certificate is not trusted"_s), qPrintable(error->message));
    QVERIFY2(!error->message.contains(untrusting.password), qPrintable(error->message));
    // The handshake failed before the login: neither the user name nor the password was sent.
    QCOMPARE(server(true).logText().count(u"USER "_s), loginsBefore);
    const std::optional<TransportError> upload =
        transport.upload(writeLocal(u"p"_s, "x"), u"untrusted.html"_s);
    QVERIFY(upload);
    QCOMPARE(upload->kind, TransportError::Kind::Permanent);
    QCOMPARE(remoteFile(true, u"untrusted.html"_s), QByteArray("<missing>"));
}

void TestFtpTransport::tlsRequiredButNotOffered()
{
    // A server without TLS: the transport stops before sending the password in the clear.
    FtpOptions options = this->options(false);
    options.tls = true;
    FtpTransport transport(options);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"TLS"_s), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestFtpTransport)
#include "tst_ftptransport.moc"
