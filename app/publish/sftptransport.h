#pragma once

#include "publish/deploytransport.h"

#include <QString>

#include <functional>

typedef void CURL;

namespace Postwright {

struct PublishTarget;

// Where and how to log in; the secrets come from the keychain, never from blog.yaml.
struct SftpOptions
{
    QString host;
    int port = 22;
    QString user;
    QString rootPath;       // remote folder the site goes into; relative paths start in the user's home
    QString password;       // for password logins; empty when a key is used
    QString privateKeyFile; // OpenSSH private key (ed25519, ecdsa, rsa); empty for password logins
    QString keyPassphrase;  // the key's passphrase, if it has one
    QString knownHostsFile; // Postwright's own known_hosts (OpenSSH format), created when missing
    // Asked once for a host that knownHostsFile does not list; true trusts the key and records it.
    // Without it, unknown hosts are refused.
    std::function<bool(const QString &host, const QString &keyFingerprint)> confirmUnknownHost;
    int connectTimeoutSeconds = 20;

    // host, port, user, path and key file from a target; the caller adds secrets and known_hosts.
    static SftpOptions fromTarget(const PublishTarget &target);
};

// Publishes over SFTP with libcurl (libssh2 backend): one SSH connection, reused for every file.
// Host keys are checked against our own known_hosts: a match passes, an unknown key is confirmed
// once through the callback, a changed key is always refused.
class SftpTransport final : public DeployTransport
{
public:
    explicit SftpTransport(SftpOptions options);
    ~SftpTransport() override;
    SftpTransport(const SftpTransport &) = delete;
    SftpTransport &operator=(const SftpTransport &) = delete;

    std::optional<TransportError> open() override;
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override;
    std::optional<TransportError> remove(const QString &remotePath) override;
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override;
    void close() override;

private:
    enum class HostKeyProblem { None, Declined, Changed };

    friend struct SftpCallbacks; // libcurl's C callbacks, defined beside the implementation
    void prepare();
    QByteArray urlFor(const QString &serverPath) const;
    QString serverPath(const QString &remotePath) const;
    std::optional<TransportError> perform(const QString &what, const QString &file);
    TransportError errorFor(int code, const QString &what, const QString &file) const;
    TransportError explainedUploadFailure(const TransportError &original, const QString &folder, qint64 fileSize,
                                          const QString &remotePath);
    QString place() const;

    SftpOptions m_options;
    CURL *m_curl = nullptr;
    char m_errorBuffer[256] = {};
    HostKeyProblem m_hostKeyProblem = HostKeyProblem::None;
    int m_lastCode = 0; // the CURLcode of the last request
};

} // namespace Postwright
