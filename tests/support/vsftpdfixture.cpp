#include "vsftpdfixture.h"

#include "sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

#include <pwd.h>
#include <unistd.h>

namespace Postwright::Test {

namespace {

const QString vsftpdPath = QStringLiteral("/usr/sbin/vsftpd");
const QString opensslPath = QStringLiteral("/usr/bin/openssl");

int freePort()
{
    // Binding port 0 lets the kernel pick a free one; vsftpd takes it over right after.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

VsftpdFixture::VsftpdFixture(Security security)
    : m_security(security)
{
    m_vsftpd.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_vsftpd, &QProcess::readyRead, &m_vsftpd,
                     [this] { m_output += QString::fromLocal8Bit(m_vsftpd.readAll()); });
}

VsftpdFixture::~VsftpdFixture()
{
    stop();
}

bool VsftpdFixture::available(QString *why)
{
    if (!QFileInfo(vsftpdPath).isExecutable()) {
        *why = QStringLiteral("vsftpd is not installed (scripts/dev installs it)");
        return false;
    }
    if (!QFileInfo(opensslPath).isExecutable()) {
        *why = QStringLiteral("openssl is not installed");
        return false;
    }
    // vsftpd logs in as a real account with a password; creating that account needs root.
    return SshdFixture::ensurePasswordUser(why);
}

QString VsftpdFixture::user() const
{
    return SshdFixture::passwordUser();
}

QString VsftpdFixture::password() const
{
    return SshdFixture::password();
}

QString VsftpdFixture::remoteRoot() const
{
    return m_dir.filePath(QStringLiteral("remote"));
}

QString VsftpdFixture::certificateFile() const
{
    return m_security == Security::Tls ? m_dir.filePath(QStringLiteral("cert.pem")) : QString();
}

QString VsftpdFixture::logText() const
{
    QFile log(m_dir.filePath(QStringLiteral("vsftpd.log")));
    const QString conversation =
        log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
    return m_output + conversation;
}

bool VsftpdFixture::prepareAccount()
{
    if (!SshdFixture::ensurePasswordUser(&m_error))
        return false;
    // vsftpd changes into the account's home after login and refuses the login when that fails,
    // even though local_root moves it on right after; the account is created without a home.
    const passwd *entry = getpwnam(user().toLocal8Bit().constData());
    if (!entry) {
        m_error = QStringLiteral("no account %1").arg(user());
        return false;
    }
    const QByteArray home = entry->pw_dir;
    if (!QFileInfo::exists(QString::fromLocal8Bit(home))) {
        if (!QDir().mkpath(QString::fromLocal8Bit(home)) ||
            chown(home.constData(), entry->pw_uid, entry->pw_gid) != 0) {
            m_error = QStringLiteral("cannot create the home folder %1").arg(QString::fromLocal8Bit(home));
            return false;
        }
    }
    // The account reaches the upload folder through the temp dir, which is private by default.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    QDir().mkpath(remoteRoot());
    QFile::setPermissions(remoteRoot(), QFileDevice::Permissions(0x7777));
    // vsftpd confines its pre-login process to this folder (even without chroot_local_user) and
    // refuses every connection with "500 OOPS" when it is missing.
    QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
    return true;
}

bool VsftpdFixture::makeCertificate()
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    // Made for the address the tests connect to, so only its trust (not its name) is in question.
    openssl.start(opensslPath, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                                QStringLiteral("-out"), certificateFile()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool VsftpdFixture::writeConfig()
{
    QString config = QStringLiteral("listen=YES\n"
                                    "listen_ipv6=NO\n"
                                    "listen_address=127.0.0.1\n"
                                    "listen_port=%1\n"
                                    // Stays a child of the test, so the destructor can stop it.
                                    "background=NO\n"
                                    "anonymous_enable=NO\n"
                                    "local_enable=YES\n"
                                    "write_enable=YES\n"
                                    "local_umask=022\n"
                                    "chroot_local_user=NO\n"
                                    "local_root=%2\n"
                                    "secure_chroot_dir=%3\n"
                                    "pasv_enable=YES\n"
                                    // 0: any free port, so parallel tests never collide.
                                    "pasv_min_port=0\n"
                                    "pasv_max_port=0\n"
                                    // The sandbox kills the session on its first upload in containers
                                    // ("Connection reset by peer"), as their seccomp rules differ.
                                    "seccomp_sandbox=NO\n"
                                    // Debian's "vsftpd" PAM service requires a login shell
                                    // (pam_shells); the test account has /usr/sbin/nologin. "other"
                                    // checks the password and the account only.
                                    "pam_service_name=other\n"
                                    "xferlog_enable=YES\n"
                                    "log_ftp_protocol=YES\n"
                                    "vsftpd_log_file=%4\n")
                         .arg(m_port)
                         .arg(remoteRoot(), m_dir.filePath(QStringLiteral("empty")),
                              m_dir.filePath(QStringLiteral("vsftpd.log")));
    if (m_security == Security::Tls) {
        config += QStringLiteral("ssl_enable=YES\n"
                                 "force_local_logins_ssl=YES\n"
                                 "force_local_data_ssl=YES\n"
                                 "rsa_cert_file=%1\n"
                                 "rsa_private_key_file=%2\n")
                      .arg(certificateFile(), m_dir.filePath(QStringLiteral("key.pem")));
    }
    QFile file(m_dir.filePath(QStringLiteral("vsftpd.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write vsftpd.conf: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool VsftpdFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!available(&m_error) || !prepareAccount())
        return false;
    if (m_security == Security::Tls && !QFileInfo::exists(certificateFile()) && !makeCertificate())
        return false;
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0 || !writeConfig())
        return false;

    m_output.clear();
    m_vsftpd.start(vsftpdPath, {m_dir.filePath(QStringLiteral("vsftpd.conf"))});
    if (!m_vsftpd.waitForStarted()) {
        m_error = QStringLiteral("vsftpd does not start: %1").arg(m_vsftpd.errorString());
        return false;
    }
    return waitUntilListening();
}

bool VsftpdFixture::waitUntilListening()
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_vsftpd.state() != QProcess::Running) {
            m_vsftpd.waitForReadyRead(100);
            m_error = QStringLiteral("vsftpd exited: %1").arg(logText());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(host(), quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        m_vsftpd.waitForReadyRead(100);
    }
    m_error = QStringLiteral("vsftpd does not listen on port %1: %2").arg(m_port).arg(logText());
    return false;
}

void VsftpdFixture::stop()
{
    if (m_vsftpd.state() == QProcess::NotRunning)
        return;
    m_vsftpd.terminate();
    if (!m_vsftpd.waitForFinished(5000)) {
        m_vsftpd.kill();
        m_vsftpd.waitForFinished(5000);
    }
}

} // namespace Postwright::Test
