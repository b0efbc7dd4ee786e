#include "publish/sftptransport.h"
#include "sshdfixture.h"

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

// SftpTransport against a real OpenSSH server on this machine.
class TestSftpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keyRoundTrip();
    void unknownHostAskedOnce();
    void unknownHostDeclined();
    void passwordLogin();
    void wrongPassword();
    void changedHostKeyRefused();

private:
    SftpOptions keyOptions();
    QString writeLocal(const QString &name, const QByteArray &content);
    QByteArray remoteFile(const QString &relative) const;

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<QTemporaryDir> m_local;
    int m_asked = 0;
    QString m_askedHost;
    QString m_askedFingerprint;
};

void TestSftpTransport::initTestCase()
{
    m_sshd = std::make_unique<SshdFixture>();
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        QSKIP("openssh-server is not installed; scripts/dev installs it");
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
}

void TestSftpTransport::init()
{
    // A fresh known_hosts and local folder per test, so each starts with an unknown host.
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
    m_asked = 0;
    m_askedHost.clear();
    m_askedFingerprint.clear();
}

SftpOptions TestSftpTransport::keyOptions()
{
    SftpOptions options;
    options.host = m_sshd->host();
    options.port = m_sshd->port();
    options.user = m_sshd->keyUser();
    options.rootPath = m_sshd->remoteRoot() + u"/site"_s;
    options.privateKeyFile = m_sshd->clientKeyFile();
    options.knownHostsFile = m_local->filePath(u"config/known_hosts"_s);
    options.confirmUnknownHost = [this](const QString &host, const QString &fingerprint) {
        ++m_asked;
        m_askedHost = host;
        m_askedFingerprint = fingerprint;
        return true;
    };
    return options;
}

QString TestSftpTransport::writeLocal(const QString &name, const QByteArray &content)
{
    const QString path = m_local->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray TestSftpTransport::remoteFile(const QString &relative) const
{
    QFile file(m_sshd->remoteRoot() + u"/site/"_s + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void TestSftpTransport::keyRoundTrip()
{
    SftpTransport transport(keyOptions());
    std::optional<TransportError> error = transport.open();
    QVERIFY2(!error, errorText(error));

    // Big enough to take several SFTP packets; random so a truncated or shuffled copy shows.
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    const QString first = writeLocal(u"first"_s, big);
    const QString second = writeLocal(u"second"_s, "<p>second version</p>\n");
    const QString remote = u"posts/2026/a \"quoted\" name.html"_s;

    error = transport.upload(first, remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(remote), big);
    std::optional<QByteArray> bytes;
    error = transport.read(remote, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(bytes);
    QCOMPARE(bytes->size(), big.size());
    QCOMPARE(*bytes, big);

    // A second upload replaces the file, and no temporary file is left beside it.
    error = transport.upload(second, remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(remote), QByteArray("<p>second version</p>\n"));
    const QDir folder(m_sshd->remoteRoot() + u"/site/posts/2026"_s);
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList{u"a \"quoted\" name.html"_s});

    error = transport.remove(remote);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(remoteFile(remote), QByteArray("<missing>"));
    // Missing files are not errors, for remove and read alike.
    error = transport.remove(remote);
    QVERIFY2(!error, errorText(error));
    error = transport.read(u"never/there.json"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QVERIFY(!bytes);
    transport.close();
}

void TestSftpTransport::unknownHostAskedOnce()
{
    const SftpOptions options = keyOptions();
    SftpTransport first(options);
    std::optional<TransportError> error = first.open();
    QVERIFY2(!error, errorText(error));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_askedHost, u"127.0.0.1:%1"_s.arg(m_sshd->port()));
    QCOMPARE(m_askedFingerprint, m_sshd->hostKeyFingerprint());
    QVERIFY(QFile::exists(options.knownHostsFile));
    // The connection is reused within a transport...
    std::optional<QByteArray> bytes;
    error = first.read(u"missing.json"_s, bytes);
    QVERIFY2(!error, errorText(error));
    QCOMPARE(m_asked, 1);
    first.close();

    // ...and a new connection finds the key in known_hosts.
    SftpTransport second(options);
    error = second.open();
    QVERIFY2(!error, errorText(error));
    QCOMPARE(m_asked, 1);
}

void TestSftpTransport::unknownHostDeclined()
{
    SftpOptions options = keyOptions();
    options.confirmUnknownHost = [this](const QString &, const QString &) {
        ++m_asked;
        return false;
    };
    SftpTransport transport(options);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::HostKey);
    QVERIFY2(error->message.contains(u"127.0.0.1"_s), qPrintable(error->message));
    QCOMPARE(m_asked, 1);

    // Without a callback an unknown host is refused too.
    options.confirmUnknownHost = nullptr;
    SftpTransport silent(options);
    const std::optional<TransportError> silentError = silent.open();
    QVERIFY(silentError);
    QCOMPARE(silentError->kind, TransportError::Kind::HostKey);
}

void TestSftpTransport::passwordLogin()
{
    QString why;
    if (!SshdFixture::ensurePasswordUser(&why))
        QSKIP(qPrintable(why));
    SftpOptions options = keyOptions();
    options.privateKeyFile.clear();
    options.user = SshdFixture::passwordUser();
    options.password = SshdFixture::password();
    // Its own folder: the key tests' folders belong to the key user.
    options.rootPath = m_sshd->remoteRoot() + u"/by-password"_s;
    SftpTransport transport(options);
    std::optional<TransportError> error = transport.open();
    QVERIFY2(!error, errorText(error));
    error = transport.upload(writeLocal(u"page"_s, "by password\n"), u"password/index.html"_s);
    QVERIFY2(!error, errorText(error));
    QFile uploaded(m_sshd->remoteRoot() + u"/by-password/password/index.html"_s);
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    QCOMPARE(uploaded.readAll(), QByteArray("by password\n"));
}

void TestSftpTransport::wrongPassword()
{
    QString why;
    if (!SshdFixture::ensurePasswordUser(&why))
        QSKIP(qPrintable(why));
    SftpOptions options = keyOptions();
    options.privateKeyFile.clear();
    options.user = SshdFixture::passwordUser();
    options.password = u"wrong-Secret-8812"_s;
    SftpTransport transport(options);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(u"password"_s), qPrintable(error->message));
    QVERIFY2(error->message.contains(SshdFixture::passwordUser()), qPrintable(error->message));
    QVERIFY2(!error->message.contains(u"wrong-Secret-8812"_s), qPrintable(error->message));
    QVERIFY2(!error->message.contains(SshdFixture::password()), qPrintable(error->message));
}

void TestSftpTransport::changedHostKeyRefused()
{
    const SftpOptions options = keyOptions();
    {
        SftpTransport trusting(options);
        const std::optional<TransportError> error = trusting.open();
        QVERIFY2(!error, errorText(error));
        QCOMPARE(m_asked, 1);
    }
    const int port = m_sshd->port();
    QVERIFY2(m_sshd->restartWithNewHostKey(), qPrintable(m_sshd->errorString()));
    QCOMPARE(m_sshd->port(), port);

    SftpTransport transport(options);
    const std::optional<TransportError> error = transport.open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::HostKey);
    QVERIFY2(error->message.contains(u"127.0.0.1"_s), qPrintable(error->message));
    QVERIFY2(error->message.contains(u"changed"_s), qPrintable(error->message));
    // A changed key is never offered for confirmation, and the upload does not happen.
    QCOMPARE(m_asked, 1);
    const std::optional<TransportError> upload =
        transport.upload(writeLocal(u"p"_s, "x"), u"after-change.html"_s);
    QVERIFY(upload);
    QCOMPARE(upload->kind, TransportError::Kind::HostKey);
    QCOMPARE(remoteFile(u"after-change.html"_s), QByteArray("<missing>"));
}

QTEST_GUILESS_MAIN(TestSftpTransport)
#include "tst_sftptransport.moc"
