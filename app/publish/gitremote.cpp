#include "gitremote.h"

#include "publish/gitsupport.h"
#include "publish/sshknownhosts.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <git2.h>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::GitTransport", text);
}

// The user name sent with a token when the URL names none. GitHub takes any name with a token,
// GitLab and Codeberg take the token as the password of any (or their own) user.
const char defaultTokenUser[] = "x-access-token";
// OpenSSH convention for forges reached over SSH (git@github.com:…).
const char defaultSshUser[] = "git";

} // namespace

struct GitRemoteCallbacks
{
    static int credentials(git_credential **out, const char *, const char *userFromUrl, unsigned int allowed,
                           void *payload)
    {
        auto *self = static_cast<GitRemote *>(payload);
        const QByteArray urlUser = userFromUrl ? QByteArray(userFromUrl) : QByteArray();
        if (allowed == GIT_CREDENTIAL_USERNAME) // SSH asks for the name first when the URL has none
            return git_credential_username_new(out, defaultSshUser);
        self->m_requestedTypes = allowed;
        // libgit2 asks again after a refusal, forever over HTTP; the same answer would only fail again.
        if (++self->m_credentialRequests > 1) {
            self->m_problem = GitRemote::Problem::LoginRefused;
            return GIT_EUSER;
        }
        const GitOptions &options = self->m_options;
        if ((allowed & GIT_CREDENTIAL_SSH_KEY) && !options.privateKeyFile.isEmpty()) {
            const QByteArray privateKey = QFile::encodeName(options.privateKeyFile);
            // libssh2 can derive the public key, but the .pub file is the reliable source when it is there.
            const QString publicPath = options.privateKeyFile + QStringLiteral(".pub");
            const QByteArray publicKey =
                QFileInfo::exists(publicPath) ? QFile::encodeName(publicPath) : QByteArray();
            const QByteArray passphrase = options.keyPassphrase.toUtf8();
            return git_credential_ssh_key_new(out, urlUser.isEmpty() ? defaultSshUser : urlUser.constData(),
                                              publicKey.isEmpty() ? nullptr : publicKey.constData(),
                                              privateKey.constData(),
                                              passphrase.isEmpty() ? nullptr : passphrase.constData());
        }
        if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !self->m_secret.isEmpty()) {
            return git_credential_userpass_plaintext_new(
                out, urlUser.isEmpty() ? defaultTokenUser : urlUser.constData(),
                self->m_secret.toUtf8().constData());
        }
        self->m_problem = GitRemote::Problem::NoCredentials;
        return GIT_EUSER;
    }

    static int certificate(git_cert *cert, int, const char *, void *payload)
    {
        // TLS certificates keep libgit2's own verification against the system's authorities.
        if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
            return GIT_PASSTHROUGH;
        auto *self = static_cast<GitRemote *>(payload);
        const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
        if (!(hostKey->type & GIT_CERT_SSH_RAW) || !hostKey->hostkey || hostKey->hostkey_len == 0) {
            self->m_problem = GitRemote::Problem::HostKeyUnreadable;
            return GIT_ECERTIFICATE;
        }
        const QByteArray key(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
        if (!self->m_acceptedKey.isEmpty() && key == self->m_acceptedKey)
            return 0;
        const SshKnownHosts knownHosts(self->m_options.knownHostsFile);
        switch (knownHosts.check(self->m_host, self->m_port, key)) {
        case SshKnownHosts::Match::Known:
            return 0;
        case SshKnownHosts::Match::Changed:
            // Never offered for confirmation: a changed key is what an attacker in between looks like.
            self->m_problem = GitRemote::Problem::HostKeyChanged;
            return GIT_ECERTIFICATE;
        case SshKnownHosts::Match::Unknown:
            break;
        }
        const GitOptions &options = self->m_options;
        if (options.confirmUnknownHost &&
            options.confirmUnknownHost(SshKnownHosts::hostName(self->m_host, self->m_port),
                                       SshKnownHosts::fingerprint(key))) {
            self->m_acceptedKey = key;
            if (!knownHosts.add(self->m_host, self->m_port, key))
                qCWarning(lcPublish) << "cannot record the host key in" << options.knownHostsFile;
            return 0;
        }
        self->m_problem = GitRemote::Problem::HostKeyDeclined;
        return GIT_ECERTIFICATE;
    }

    static int pushStatus(const char *reference, const char *status, void *payload)
    {
        if (status) {
            auto *self = static_cast<GitRemote *>(payload);
            self->m_problem = GitRemote::Problem::PushRejected;
            self->m_rejection = QString::fromUtf8(status);
            qCInfo(lcPublish) << "push of" << reference << "refused:" << status;
        }
        return 0;
    }

    static git_remote_callbacks make(GitRemote *self)
    {
        git_remote_callbacks callbacks;
        git_remote_init_callbacks(&callbacks, GIT_REMOTE_CALLBACKS_VERSION);
        callbacks.credentials = &credentials;
        callbacks.certificate_check = &certificate;
        callbacks.push_update_reference = &pushStatus;
        callbacks.payload = self;
        return callbacks;
    }
};

GitRemote::GitRemote(const GitOptions &options)
    : m_options(options)
    , m_url(Git::withoutPassword(options.remoteUrl))
    , m_secret(options.secret.isEmpty() ? Git::passwordOf(options.remoteUrl) : options.secret)
{
    Git::initOnce();
    if (m_url.contains(QStringLiteral("://"))) {
        const QUrl url(m_url);
        const QString scheme = url.scheme().toLower();
        if (scheme == u"ssh" || scheme == u"ssh+git" || scheme == u"git+ssh") {
            m_host = url.host();
            m_port = url.port(22);
        }
    } else {
        // scp-like "user@host:path"; a local path has no ':' before its first '/'.
        static const QRegularExpression scpLike(QStringLiteral("^(?:[^@/]+@)?([^:/]+|\\[[^\\]]+\\]):"));
        const QRegularExpressionMatch match = scpLike.match(m_url);
        if (match.hasMatch()) {
            m_host = match.captured(1);
            if (m_host.startsWith(u'['))
                m_host = m_host.mid(1, m_host.size() - 2);
        }
    }
}

QString GitRemote::place() const
{
    return tr("branch \u201c%1\u201d of %2").arg(m_options.branch, m_url);
}

QStringList GitRemote::secrets() const
{
    return {m_secret, m_options.secret, m_options.keyPassphrase, Git::passwordOf(m_options.remoteUrl)};
}

QString GitRemote::loginName() const
{
    if (m_url.contains(QStringLiteral("://"))) {
        const QString user = QUrl(m_url).userName();
        if (!user.isEmpty())
            return user;
    } else if (const qsizetype at = m_url.indexOf(u'@'); at > 0 && !m_host.isEmpty()) {
        return m_url.left(at);
    }
    return QString::fromLatin1(m_host.isEmpty() ? defaultTokenUser : defaultSshUser);
}

void GitRemote::begin()
{
    m_problem = Problem::None;
    m_credentialRequests = 0;
    m_requestedTypes = 0;
    m_rejection.clear();
    git_error_clear();
}

std::optional<TransportError> GitRemote::createRemote(git_repository *repository, git_remote **remote,
                                                      const QString &what)
{
    const int code = git_remote_create_anonymous(remote, repository, m_url.toUtf8().constData());
    if (code < 0) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("%1 %2 failed: \u201c%3\u201d is not an address git can use (%4).")
                                  .arg(what, place(), m_url, Git::lastErrorText(secrets()))};
    }
    return std::nullopt;
}

std::optional<TransportError> GitRemote::fetch(git_repository *repository, std::optional<git_oid> &tip)
{
    tip.reset();
    begin();
    const QString what = tr("Fetching");
    git_remote *raw = nullptr;
    if (std::optional<TransportError> error = createRemote(repository, &raw, what))
        return error;
    const Git::Remote remote(raw);
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    options.callbacks = GitRemoteCallbacks::make(this);
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    options.update_fetchhead = 0;
    QByteArray refspec = "+refs/heads/" + m_options.branch.toUtf8() + ":refs/postwright/fetched";
    char *refspecs[] = {refspec.data()};
    const git_strarray specs{refspecs, 1};
    const int code = git_remote_fetch(remote.get(), &specs, &options, nullptr);
    qCDebug(lcPublish) << "git fetch" << place() << "->" << code;
    if (code < 0)
        return errorFor(code, what);
    // What the server advertised says whether the branch exists; its objects came with the fetch.
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (git_remote_ls(&heads, &count, remote.get()) < 0)
        return errorFor(-1, what);
    const QByteArray branchRef = "refs/heads/" + m_options.branch.toUtf8();
    for (size_t i = 0; i < count; ++i) {
        if (branchRef == heads[i]->name)
            tip = heads[i]->oid;
    }
    return std::nullopt;
}

std::optional<TransportError> GitRemote::push(git_repository *repository, const QByteArray &localRef)
{
    begin();
    const QString what = tr("Pushing to");
    git_remote *raw = nullptr;
    if (std::optional<TransportError> error = createRemote(repository, &raw, what))
        return error;
    const Git::Remote remote(raw);
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    options.callbacks = GitRemoteCallbacks::make(this);
    // No '+': libgit2 refuses to push unless the server's branch is an ancestor of ours.
    QByteArray refspec = localRef + ":refs/heads/" + m_options.branch.toUtf8();
    char *refspecs[] = {refspec.data()};
    const git_strarray specs{refspecs, 1};
    const int code = git_remote_push(remote.get(), &specs, &options);
    qCDebug(lcPublish) << "git push" << place() << "->" << code;
    if (code < 0 || m_problem != Problem::None)
        return errorFor(code, what);
    return std::nullopt;
}

TransportError GitRemote::errorFor(int code, const QString &what) const
{
    const auto error = [&](TransportError::Kind kind, const QString &reason) {
        return TransportError{kind, tr("%1 %2 failed: %3").arg(what, place(), reason)};
    };
    const QString branchChanged =
        tr("the branch changed on the server since Postwright read it (someone else published, or "
           "pushed to it). Nothing was published; publish again.");
    const bool usesKey = !m_host.isEmpty() && !m_options.privateKeyFile.isEmpty();
    const QString refusedLogin =
        usesKey ? tr("the server did not accept the key %1 for \u201c%2\u201d (or its passphrase is wrong).")
                      .arg(m_options.privateKeyFile, loginName())
                : tr("the server did not accept the token or password for \u201c%1\u201d. Check that it is "
                     "right, has not expired, and may write to the repository.")
                      .arg(loginName());
    switch (m_problem) {
    case Problem::HostKeyChanged:
        return error(TransportError::Kind::HostKey,
                     tr("the host key of %1 has changed since it was trusted. The server may have been "
                        "reinstalled, or someone may be intercepting the connection, so Postwright refused "
                        "to connect. If the change is expected, remove the old key for %1 from %2.")
                         .arg(SshKnownHosts::hostName(m_host, m_port), m_options.knownHostsFile));
    case Problem::HostKeyDeclined:
        return error(TransportError::Kind::HostKey, tr("%1 is not a known host and its key was not accepted.")
                                                        .arg(SshKnownHosts::hostName(m_host, m_port)));
    case Problem::HostKeyUnreadable:
        return error(TransportError::Kind::HostKey, tr("the server's host key could not be read."));
    case Problem::LoginRefused:
        return error(TransportError::Kind::Authentication, refusedLogin);
    case Problem::NoCredentials:
        if (m_requestedTypes & GIT_CREDENTIAL_SSH_KEY)
            return error(TransportError::Kind::Authentication,
                         tr("the server asks for an SSH key, and the target names no key_file."));
        return error(TransportError::Kind::Authentication,
                     tr("the server asks for a login, and no token or password was given."));
    case Problem::PushRejected:
        if (m_rejection.contains(QStringLiteral("fast-forward")) ||
            m_rejection.contains(QStringLiteral("fetch first")) ||
            m_rejection.contains(QStringLiteral("stale")) || m_rejection.contains(QStringLiteral("lock")))
            return error(TransportError::Kind::Permanent, branchChanged);
        return error(
            TransportError::Kind::Permanent,
            tr("the server refused to update the branch: %1").arg(Git::blanked(m_rejection, secrets())));
    case Problem::None:
        break;
    }
    const QString text = Git::lastErrorText(secrets());
    const int errorClass = Git::lastErrorClass();
    qCDebug(lcPublish) << "libgit2 error" << code << errorClass << text;
    if (code == GIT_ENONFASTFORWARD)
        return error(TransportError::Kind::Permanent, branchChanged);
    if (code == GIT_ECERTIFICATE)
        return error(TransportError::Kind::HostKey,
                     tr("the server's certificate could not be verified (%1).").arg(text));
    if (code == GIT_EAUTH ||
        (errorClass == GIT_ERROR_SSH && text.contains(QStringLiteral("authenticat"), Qt::CaseInsensitive)))
        return error(TransportError::Kind::Authentication, refusedLogin);
    static const QRegularExpression httpStatus(QStringLiteral("status code: (\\d{3})"));
    if (const QRegularExpressionMatch status = httpStatus.match(text); status.hasMatch()) {
        const int number = status.captured(1).toInt();
        if (number == 401 || number == 403)
            return error(TransportError::Kind::Authentication, refusedLogin);
        if (number == 404)
            return error(TransportError::Kind::Permanent, tr("the repository was not found (%1).").arg(text));
        if (number >= 500 || number == 408 || number == 429)
            return error(TransportError::Kind::Transient,
                         tr("the server is busy or failing (%1).").arg(text));
        return error(TransportError::Kind::Permanent, text);
    }
    if (text.contains(QStringLiteral("not found"), Qt::CaseInsensitive) ||
        text.contains(QStringLiteral("does not appear to be a git repository")) ||
        text.contains(QStringLiteral("does not exist")))
        return error(TransportError::Kind::Permanent, tr("the repository was not found (%1).").arg(text));
    if (errorClass == GIT_ERROR_NET || errorClass == GIT_ERROR_SSH || errorClass == GIT_ERROR_OS ||
        errorClass == GIT_ERROR_HTTP || errorClass == GIT_ERROR_SSL)
        return error(TransportError::Kind::Transient,
                     tr("the connection failed or was lost (%1).").arg(text));
    return error(TransportError::Kind::Permanent, text.isEmpty() ? tr("unknown error %1").arg(code) : text);
}

} // namespace Postwright
