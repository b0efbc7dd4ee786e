#pragma once

#include "publish/deploytransport.h"
#include "publish/gittransport.h"

#include <QByteArray>
#include <QString>

#include <git2/oid.h>
#include <git2/types.h>

#include <optional>

namespace Postwright {

// The network half of a git target: fetches the target branch into a local repository and pushes a
// commit to it, with libgit2. Logs in with a token/password (HTTPS) or a key file (SSH), checks SSH
// host keys against Postwright's known_hosts, and turns libgit2's failures into TransportErrors that
// never contain a secret. Not thread-safe; GitStage serialises the calls.
class GitRemote
{
public:
    explicit GitRemote(const GitOptions &options);

    // tip: the branch's commit on the server, nullopt when the branch does not exist there yet. Its
    // objects are in repository afterwards.
    std::optional<TransportError> fetch(git_repository *repository, std::optional<git_oid> &tip);
    // Fast-forwards the branch on the server to localRef (a reference in repository). Refused with a
    // Permanent error saying "publish again" when the branch moved on the server since the fetch.
    std::optional<TransportError> push(git_repository *repository, const QByteArray &localRef);

    // "branch “gh-pages” of https://host/repo.git", without any password, for messages.
    QString place() const;
    // The URL as given, password removed (libgit2 gets it this way; the password is the secret).
    QString url() const { return m_url; }

private:
    enum class Problem {
        None,
        HostKeyChanged,
        HostKeyDeclined,
        HostKeyUnreadable,
        LoginRefused,  // the credentials were sent and not accepted
        NoCredentials, // the server asked for a kind of login we have nothing for
        PushRejected,  // the server refused to update the branch (m_rejection says why)
    };

    friend struct GitRemoteCallbacks; // libgit2's C callbacks, defined beside the implementation
    void begin();
    std::optional<TransportError> createRemote(git_repository *repository, git_remote **remote,
                                               const QString &what);
    TransportError errorFor(int code, const QString &what) const;
    QString loginName() const;
    QStringList secrets() const;

    GitOptions m_options;
    QString m_url;
    QString m_secret; // the token/password: GitOptions::secret, else the one the URL carried
    QString m_host;   // for the host key check; empty for local and HTTP(S) remotes
    int m_port = 22;
    QByteArray m_acceptedKey; // a host key confirmed in this session, in case known_hosts cannot be written
    Problem m_problem = Problem::None;
    int m_credentialRequests = 0;
    unsigned int m_requestedTypes = 0;
    QString m_rejection;
};

} // namespace Postwright
