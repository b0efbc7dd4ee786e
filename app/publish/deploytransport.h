#pragma once
#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
namespace Postwright {
// Why a transfer failed. The message names the file and the reason in words a writer understands, and never
// contains a secret (passwords, tokens, key passphrases; URLs are shown without credentials).
struct TransportError
{
    enum class Kind {
        Transient,      // connection lost, timeout, server busy: the engine retries with backoff
        Authentication, // wrong password/key/token: stop, say so
        HostKey,        // unknown or changed host key: stop, say so (changed = refused, never auto-accepted)
        DiskFull,       // the server has no space: stop, nothing deleted
        Permanent,      // anything else that a retry will not fix (permission denied, bad path)
        Conflict,       // a blog API refused a stale edit: the post changed on the blog since it was read
    };
    Kind kind = Kind::Permanent;
    QString message;
};
// One connection to a publish target. Paths are relative to the target's root, '/'-separated.
// Not thread-safe: the engine uses one instance per parallel connection (see TransportFactory).
class DeployTransport
{
public:
    virtual ~DeployTransport() = default;
    virtual std::optional<TransportError> open() = 0; // connect and log in (host key checked here)
    // Writes the whole file so that readers never see half of it: to a temporary name beside it, then renamed
    // over the old one; missing parent folders are created.
    virtual std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) = 0;
    virtual std::optional<TransportError> remove(const QString &remotePath) = 0; // a missing file is not an error
    // Reads a small file (the remote copy of the deploy manifest); bytes stays nullopt when it does not exist.
    virtual std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) = 0;
    virtual void close() = 0;

    // Transactional targets (git) make nothing visible until commit(): the engine calls it once, on one
    // connection, after every phase and the remote manifest succeeded, and records the deploy locally only
    // when it returns no error. Transient errors are retried like uploads. Others have nothing to do.
    virtual std::optional<TransportError> commit() { return std::nullopt; }
    // Drops what a transactional target staged when a deploy ends without a successful commit() (an
    // error, a cancel); its next open() starts afresh from what the server holds.
    virtual void rollback() {}
    // See commit(). The engine treats a deploy as transactional when DeployOptions::transactional says
    // so (which also makes plan() read the target's own manifest) or any of its transports does.
    virtual bool isTransactional() const { return false; }
};
using TransportFactory = std::function<std::unique_ptr<DeployTransport>()>;
} // namespace Postwright
