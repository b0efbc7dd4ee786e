#include "sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace Postwright::Test {

namespace {

const QString sshdPath = QStringLiteral("/usr/sbin/sshd");
const QString keygenPath = QStringLiteral("/usr/bin/ssh-keygen");

// Runs a helper tool; false with a readable reason when it fails.
bool run(const QString &program, const QStringList &arguments, QString *error, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("%1 does not start: %2").arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

int freePort()
{
    // Binding port 0 lets the kernel pick a free one; sshd takes it over right after.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SshdFixture::SshdFixture()
{
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_sshd, &QProcess::readyRead, &m_sshd,
                     [this] { m_log += QString::fromLocal8Bit(m_sshd.readAll()); });
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::remoteRoot() const
{
    return m_dir.filePath(QStringLiteral("remote"));
}

QString SshdFixture::clientKeyFile() const
{
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}

QString SshdFixture::keyUser() const
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString SshdFixture::hostKeyFingerprint() const
{
    QProcess keygen;
    keygen.start(keygenPath, {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                              QStringLiteral("-f"), m_dir.filePath(QStringLiteral("host_ed25519"))});
    keygen.waitForFinished();
    // "256 SHA256:abc… comment (ED25519)"
    return QString::fromLocal8Bit(keygen.readAllStandardOutput()).section(u' ', 1, 1);
}

bool SshdFixture::generateKey(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    return run(keygenPath,
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-C"), QStringLiteral("postwright-test"), QStringLiteral("-f"),
                file},
               &m_error);
}

bool SshdFixture::writeConfig()
{
    const QString config = QStringLiteral("Port %1\n"
                                          "ListenAddress 127.0.0.1\n"
                                          "HostKey %2\n"
                                          "PidFile none\n"
                                          "AuthorizedKeysFile %3\n"
                                          // The temp dir's permissions are the test's business.
                                          "StrictModes no\n"
                                          "PermitRootLogin yes\n"
                                          "PubkeyAuthentication yes\n"
                                          "PasswordAuthentication yes\n"
                                          "KbdInteractiveAuthentication no\n"
                                          // Without PAM, sshd checks passwords against /etc/shadow itself.
                                          "UsePAM no\n"
                                          "Subsystem sftp internal-sftp\n"
                                          "LogLevel VERBOSE\n")
                               .arg(m_port)
                               .arg(m_dir.filePath(QStringLiteral("host_ed25519")),
                                    m_dir.filePath(QStringLiteral("authorized_keys")));
    QFile file(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write sshd_config: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool SshdFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!QFileInfo(sshdPath).isExecutable() || !QFileInfo(keygenPath).isExecutable()) {
        m_error =
            QStringLiteral("openssh-server and openssh-client are not installed (scripts/dev installs them)");
        return false;
    }
    if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("host_ed25519")))) {
        // Others (the password account) must reach the remote folder through the temp dir.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                QFile::ExeOther);
        QDir().mkpath(remoteRoot());
        QFile::setPermissions(remoteRoot(), QFileDevice::Permissions(0x7777));
        if (!generateKey(m_dir.filePath(QStringLiteral("host_ed25519"))) || !generateKey(clientKeyFile()))
            return false;
        if (!QFile::copy(clientKeyFile() + QStringLiteral(".pub"),
                         m_dir.filePath(QStringLiteral("authorized_keys")))) {
            m_error = QStringLiteral("cannot write authorized_keys");
            return false;
        }
    }
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0 || !writeConfig())
        return false;
    // sshd refuses to start without its privilege separation folder, which only the init
    // script would create.
    if (geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd"));

    m_log.clear();
    m_sshd.start(sshdPath, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            m_dir.filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted()) {
        m_error = QStringLiteral("sshd does not start: %1").arg(m_sshd.errorString());
        return false;
    }
    return waitUntilListening();
}

bool SshdFixture::waitUntilListening()
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_sshd.state() != QProcess::Running) {
            m_sshd.waitForReadyRead(100);
            m_error = QStringLiteral("sshd exited: %1").arg(m_log + QString::fromLocal8Bit(m_sshd.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(host(), quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        m_sshd.waitForReadyRead(100);
    }
    m_error = QStringLiteral("sshd does not listen on port %1: %2").arg(m_port).arg(m_log);
    return false;
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

bool SshdFixture::restartWithNewHostKey()
{
    stop();
    if (!generateKey(m_dir.filePath(QStringLiteral("host_ed25519"))))
        return false;
    return start();
}

bool SshdFixture::ensurePasswordUser(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("password logins need the account %1, and creating it needs root "
                              "(CI runs the tests as root)")
                   .arg(passwordUser());
        return false;
    }
    if (!getpwnam(passwordUser().toLocal8Bit().constData())) {
        if (!run(QStringLiteral("/usr/sbin/useradd"),
                 {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                  QStringLiteral("/usr/sbin/nologin"), passwordUser()},
                 why))
            return false;
    }
    // Set every time, so an account left behind with another password still works.
    return run(QStringLiteral("/usr/sbin/chpasswd"), {}, why,
               QStringLiteral("%1:%2\n").arg(passwordUser(), password()).toUtf8());
}

} // namespace Postwright::Test
