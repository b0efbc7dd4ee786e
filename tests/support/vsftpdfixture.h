#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A real vsftpd (Debian's /usr/sbin/vsftpd) for one test: 127.0.0.1 on a free port, passive mode,
// local logins for SshdFixture's password account, and optionally explicit TLS with a self-signed
// certificate made for 127.0.0.1. Needs root (vsftpd switches to the logged-in account).
// Stopped in the destructor.
class VsftpdFixture
{
public:
    enum class Security { Plain, Tls };

    explicit VsftpdFixture(Security security = Security::Plain);
    ~VsftpdFixture();
    VsftpdFixture(const VsftpdFixture &) = delete;
    VsftpdFixture &operator=(const VsftpdFixture &) = delete;

    // False with `why` when this machine cannot run it (no vsftpd, not root); tests QSKIP with it.
    static bool available(QString *why);
    // Prepares the account, folders and certificate, then starts vsftpd; false with errorString().
    bool start();
    void stop();

    QString errorString() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const;
    QString password() const;
    // Where the login lands (vsftpd's local_root); the account may write anywhere below it.
    QString remoteRoot() const;
    // The server's self-signed certificate (PEM), for FtpOptions::caFile; empty without TLS.
    QString certificateFile() const;
    // vsftpd's own log, with the FTP conversation (passwords are logged as "<password>").
    QString logText() const;

private:
    bool prepareAccount();
    bool makeCertificate();
    bool writeConfig();
    bool waitUntilListening();

    Security m_security;
    QTemporaryDir m_dir;
    QProcess m_vsftpd;
    QString m_output;
    QString m_error;
    int m_port = 0;
};

} // namespace Postwright::Test
