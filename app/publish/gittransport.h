#pragma once

#include "publish/deploytransport.h"

#include <QString>

#include <functional>
#include <memory>

namespace Postwright {

struct PublishTarget;
class GitStage;

// Where and how to publish into a branch of a git repository. The secrets come from the caller
// (keychain, environment), never from blog.yaml.
struct GitOptions
{
    // https://host/owner/repo.git, ssh://user@host[:port]/path, user@host:path, or a local path.
    QString remoteUrl;
    QString branch = QStringLiteral("gh-pages");
    // The folder inside the branch the site goes into; empty for the branch's root. Whatever else the
    // branch holds is left as it is.
    QString pathInBranch;
    QString secret;         // https (and ssh without a key): the token or password
    QString privateKeyFile; // ssh: an OpenSSH private key (ed25519, ecdsa, rsa); no ssh-agent needed
    QString keyPassphrase;  // ssh: the key's passphrase, if it has one
    QString knownHostsFile; // ssh: Postwright's own known_hosts (OpenSSH format), created when missing
    // The local repository the branch is fetched into and commits are made in (cacheDirFor()); kept
    // between publishes so only new objects travel. A temporary one when empty.
    QString cacheDir;
    QString authorName; // of the commits; "Postwright" when empty
    QString authorEmail;
    // Asked once for an SSH host that knownHostsFile does not list; true trusts the key and records
    // it. Without it, unknown hosts are refused. Changed keys are always refused.
    std::function<bool(const QString &host, const QString &keyFingerprint)> confirmUnknownHost;

    // remote, branch (gh-pages when not given), path and key file from a target; the caller adds
    // secrets, known_hosts, the cache folder and the host key question.
    static GitOptions fromTarget(const PublishTarget &target);
    // <blogRoot>/.postwright/git/<targetId>
    static QString cacheDirFor(const QString &blogRoot, const QString &targetId);
};

// Publishes into a git branch with libgit2. Git is transactional: uploads and removals only stage
// changes in a local cache repository, and commit() makes them one commit on top of the branch as it
// was fetched by the first open() and pushes it (fast-forward only). Nothing is visible on the server
// before that, so a failed or cancelled deploy leaves the branch untouched.
//
// The transports made by one factory() share one stage (a mutex-protected GitStage), so the engine's
// parallel connections all build the same commit, and a connection that is closed and reopened after
// a transient error keeps what was staged. commit() or rollback() ends the transaction; the next
// open() then fetches again.
class GitTransport final : public DeployTransport
{
public:
    // One publish's transports. Use one factory for a plan() and the run() that carries it out: the
    // plan is made against the branch tip fetched then, and the push only succeeds if the branch has
    // not moved since.
    static TransportFactory factory(GitOptions options);

    explicit GitTransport(std::shared_ptr<GitStage> stage);
    ~GitTransport() override;

    std::optional<TransportError> open() override;
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override;
    std::optional<TransportError> remove(const QString &remotePath) override;
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override;
    void close() override {}
    std::optional<TransportError> commit() override;
    void rollback() override;
    bool isTransactional() const override { return true; }

private:
    std::shared_ptr<GitStage> m_stage;
};

} // namespace Postwright
