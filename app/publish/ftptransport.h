#pragma once

#include "publish/deploytransport.h"

#include <QString>

typedef void CURL;

namespace Postwright {

struct PublishTarget;

// Where and how to log in; the password comes from the keychain, never from blog.yaml.
struct FtpOptions
{
    QString host;
    int port = 21;
    QString user;
    QString rootPath; // remote folder the site goes into; relative paths start where the login lands
    QString password;
    // Explicit FTPS: the plain connection is upgraded with AUTH TLS before the password is sent,
    // and the transfer refuses to go on when the server cannot do TLS.
    bool tls = false;
    // A CA or self-signed server certificate (PEM) to trust besides the system's. The certificate
    // is always verified; there is no switch to turn that off.
    QString caFile;
    int connectTimeoutSeconds = 20;

    // host, port, user and path from a target; tls for `ftps`. The caller adds the password.
    static FtpOptions fromTarget(const PublishTarget &target);
};

// Publishes over FTP or FTPS (explicit TLS) with libcurl in passive mode: one control connection,
// reused for every file. Uploads go to a temporary name that is then renamed over the old file.
class FtpTransport final : public DeployTransport
{
public:
    explicit FtpTransport(FtpOptions options);
    ~FtpTransport() override;
    FtpTransport(const FtpTransport &) = delete;
    FtpTransport &operator=(const FtpTransport &) = delete;

    std::optional<TransportError> open() override;
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override;
    std::optional<TransportError> remove(const QString &remotePath) override;
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override;
    void close() override;

private:
    void prepare();
    QByteArray urlFor(const QString &serverPath) const;
    QString serverPath(const QString &remotePath) const;
    std::optional<TransportError> checkedPath(const QString &remotePath, const QString &what) const;
    std::optional<TransportError> perform(const QString &what, const QString &file);
    bool lastWasMissing() const;
    TransportError errorFor(int code, const QString &what, const QString &file) const;
    QString place() const;

    FtpOptions m_options;
    CURL *m_curl = nullptr;
    char m_errorBuffer[256] = {};
    int m_lastCode = 0;      // the CURLcode of the last request
    long m_lastResponse = 0; // the server's last reply code (550, 530, …)
};

} // namespace Postwright
