#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A real OpenSSH server (Debian's /usr/sbin/sshd) for one test: 127.0.0.1 on a free high port, its
// own ed25519 host key, an ed25519 client key authorised for the user running the tests, and the
// chroot-free internal-sftp subsystem. Stopped in the destructor.
class SshdFixture
{
public:
    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Generates the keys (once) and starts sshd; false with errorString() when it cannot run here.
    bool start();
    void stop();
    // Same port, a freshly generated host key: what a client sees when a server was reinstalled
    // or an attacker sits in between.
    bool restartWithNewHostKey();

    QString errorString() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    // A folder every test account may write into; upload targets go below it.
    QString remoteRoot() const;
    // The private key (no passphrase) that keyUser() may log in with.
    QString clientKeyFile() const;
    QString keyUser() const;
    // "SHA256:…" of the current host key, as ssh-keygen -l prints it.
    QString hostKeyFingerprint() const;
    QString logText() const { return m_log; }

    // A dedicated system account with a known password for password logins. Creating it needs
    // root; elsewhere this returns false and sets `why` (tests QSKIP with it).
    static bool ensurePasswordUser(QString *why);
    static QString passwordUser() { return QStringLiteral("pwtest"); }
    static QString password() { return QStringLiteral("pw-Test-only-4711"); }

private:
    bool generateKey(const QString &file);
    bool writeConfig();
    bool waitUntilListening();

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_log;
    QString m_error;
    int m_port = 0;
};

} // namespace Postwright::Test
