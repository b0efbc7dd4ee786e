#include "sftptransport.h"

#include "publish/curlsupport.h"
#include "publish/publishtargets.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

#include <curl/curl.h>

namespace Postwright {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Postwright::SftpTransport", text, comment);
}

// An argument of a libcurl SFTP quote command: double-quoted, with '\' and '"' escaped, so spaces
// and quotes in file names survive.
QByteArray quoted(const QString &path)
{
    QByteArray bytes = path.toUtf8();
    bytes.replace("\\", "\\\\").replace("\"", "\\\"");
    return '"' + bytes + '"';
}

} // namespace

struct SftpCallbacks
{
    static int hostKey(CURL *, const curl_khkey *, const curl_khkey *foundKey, curl_khmatch match, void *data)
    {
        auto *self = static_cast<SftpTransport *>(data);
        if (match == CURLKHMATCH_OK)
            return CURLKHSTAT_FINE;
        if (match == CURLKHMATCH_MISMATCH) {
            self->m_hostKeyProblem = SftpTransport::HostKeyProblem::Changed;
            return CURLKHSTAT_REJECT;
        }
        // len 0 means the key is given base64-encoded and NUL-terminated; libssh2 gives it raw.
        const QByteArray key = foundKey->len == 0 ? QByteArray::fromBase64(QByteArray(foundKey->key))
                                                  : QByteArray(foundKey->key, qsizetype(foundKey->len));
        // The same form OpenSSH shows ("SHA256:" and unpadded base64), so users can compare.
        const QString fingerprint =
            QStringLiteral("SHA256:") +
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::OmitTrailingEquals));
        const SftpOptions &options = self->m_options;
        const QString host =
            options.port == 22 ? options.host : QStringLiteral("%1:%2").arg(options.host).arg(options.port);
        if (options.confirmUnknownHost && options.confirmUnknownHost(host, fingerprint))
            return CURLKHSTAT_FINE_ADD_TO_FILE;
        self->m_hostKeyProblem = SftpTransport::HostKeyProblem::Declined;
        return CURLKHSTAT_REJECT;
    }

};

SftpOptions SftpOptions::fromTarget(const PublishTarget &target)
{
    SftpOptions options;
    options.host = target.host;
    options.port = target.port > 0 ? target.port : 22;
    options.user = target.user;
    options.rootPath = target.path;
    options.privateKeyFile = target.keyFile;
    return options;
}

SftpTransport::SftpTransport(SftpOptions options)
    : m_options(std::move(options))
{
    Curl::initOnce();
}

SftpTransport::~SftpTransport()
{
    close();
}

QString SftpTransport::place() const
{
    return QStringLiteral("%1@%2:%3").arg(m_options.user, m_options.host).arg(m_options.port);
}

QString SftpTransport::serverPath(const QString &remotePath) const
{
    return Curl::joinPath(m_options.rootPath, remotePath);
}

QByteArray SftpTransport::urlFor(const QString &serverPath) const
{
    // libcurl reads "/~/" as the user's home, matching where the server resolves relative paths
    // (the quote commands are sent unchanged, so both must agree).
    const QByteArray path = serverPath.startsWith(u'/') ? QUrl::toPercentEncoding(serverPath, "/")
                                                        : "/~/" + QUrl::toPercentEncoding(serverPath, "/");
    return "sftp://" + Curl::urlHost(m_options.host) + ':' + QByteArray::number(m_options.port) + path;
}

void SftpTransport::prepare()
{
    if (m_curl) {
        // Per-request options go back to their defaults; the login and the connection stay.
        curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 0L);
        curl_easy_setopt(m_curl, CURLOPT_NOBODY, 0L);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR_NONE));
        curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::discard);
        curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, nullptr);
        return;
    }
    m_curl = curl_easy_init();
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "sftp");
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(m_options.connectTimeoutSeconds));
    // A transfer that stalls for a minute is dead; the engine retries it.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, 60L);
    // Credentials go in their own options, never into the URL, so no URL ever carries them.
    curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_options.user.toUtf8().constData());
    if (!m_options.privateKeyFile.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_PUBLICKEY));
        curl_easy_setopt(m_curl, CURLOPT_SSH_PRIVATE_KEYFILE,
                         QFile::encodeName(m_options.privateKeyFile).constData());
        // libssh2 can derive the public key from the private one, but the .pub file is the
        // reliable source when it is there.
        const QString publicKey = m_options.privateKeyFile + QStringLiteral(".pub");
        if (QFileInfo::exists(publicKey))
            curl_easy_setopt(m_curl, CURLOPT_SSH_PUBLIC_KEYFILE, QFile::encodeName(publicKey).constData());
        if (!m_options.keyPassphrase.isEmpty())
            curl_easy_setopt(m_curl, CURLOPT_KEYPASSWD, m_options.keyPassphrase.toUtf8().constData());
    } else {
        curl_easy_setopt(m_curl, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_PASSWORD | CURLSSH_AUTH_KEYBOARD));
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_options.password.toUtf8().constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_SSH_KNOWNHOSTS, QFile::encodeName(m_options.knownHostsFile).constData());
    curl_easy_setopt(m_curl, CURLOPT_SSH_KEYFUNCTION, &SftpCallbacks::hostKey);
    curl_easy_setopt(m_curl, CURLOPT_SSH_KEYDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::discard);
}

std::optional<TransportError> SftpTransport::perform(const QString &what, const QString &file)
{
    m_errorBuffer[0] = '\0';
    m_hostKeyProblem = HostKeyProblem::None;
    const CURLcode code = curl_easy_perform(m_curl);
    m_lastCode = code;
    qCDebug(lcPublish) << "sftp" << what << file << "on" << place() << "->" << int(code);
    if (code == CURLE_OK)
        return std::nullopt;
    return errorFor(code, what, file);
}

TransportError SftpTransport::errorFor(int code, const QString &what, const QString &file) const
{
    const QString subject =
        file.isEmpty()
            ? place()
            : tr("\u201c%1\u201d on %2", "a file on a server, %2 in \"%1 %2 failed: %3\"").arg(file, place());
    const auto error = [&](TransportError::Kind kind, const QString &reason) {
        return TransportError{kind, tr("%1 %2 failed: %3").arg(what, subject, reason)};
    };
    if (m_hostKeyProblem == HostKeyProblem::Changed) {
        return error(TransportError::Kind::HostKey,
                     tr("the host key of %1 has changed since it was trusted. The server may have been "
                        "reinstalled, or someone may be intercepting the connection, so Postwright refused "
                        "to connect. If the change is expected, remove the old key for %1 from %2.")
                         .arg(m_options.host, m_options.knownHostsFile));
    }
    if (m_hostKeyProblem == HostKeyProblem::Declined) {
        return error(TransportError::Kind::HostKey,
                     tr("%1 is not a known host and its key was not accepted.").arg(m_options.host));
    }
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return error(
            TransportError::Kind::Authentication,
            m_options.privateKeyFile.isEmpty()
                ? tr("the server did not accept the password for \u201c%1\u201d.").arg(m_options.user)
                : tr("the server did not accept the key %1 for \u201c%2\u201d (or its passphrase "
                     "is wrong).")
                      .arg(m_options.privateKeyFile, m_options.user));
    case CURLE_PEER_FAILED_VERIFICATION:
        return error(TransportError::Kind::HostKey, tr("the server's host key could not be verified."));
    case CURLE_REMOTE_DISK_FULL:
        return error(TransportError::Kind::DiskFull, tr("the server has no space left."));
    case CURLE_FAILED_INIT:
        // What libcurl says when the SSH handshake breaks off ("Failure establishing ssh
        // session"), as when the server goes down while we connect; a new connection may work.
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    default:
        break;
    }
    if (Curl::isConnectionProblem(code))
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    // libcurl's own words help with permissions and paths. They never contain the password
    // (it is not in the URL), but are scrubbed anyway in case a server echoes it back.
    return error(TransportError::Kind::Permanent,
                 Curl::errorText(code, m_errorBuffer, {m_options.password, m_options.keyPassphrase}));
}

std::optional<TransportError> SftpTransport::open()
{
    if (!m_options.knownHostsFile.isEmpty()) {
        // libssh2 only writes to a known_hosts file whose folder exists.
        QDir().mkpath(QFileInfo(m_options.knownHostsFile).absolutePath());
    }
    prepare();
    // Listing nothing from "/" is the cheapest request that connects, checks the host key and logs in.
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(QStringLiteral("/")).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
    return perform(tr("Connecting to"), {});
}

std::optional<TransportError> SftpTransport::upload(const QString &localFile, const QString &remotePath)
{
    QFile input(localFile);
    if (!input.open(QIODevice::ReadOnly)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read \u201c%1\u201d: %2").arg(localFile, input.errorString())};
    }
    const QString target = serverPath(remotePath);
    const int slash = target.lastIndexOf(u'/');
    const QString folder = slash >= 0 ? target.left(slash + 1) : QString();
    const QString temporary = folder + u'.' + target.mid(slash + 1) + QStringLiteral(".tmp-") +
                              QString::number(QRandomGenerator::global()->generate64(), 36);

    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(temporary).constData());
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &Curl::readFromFile);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, &input);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(input.size()));
    curl_easy_setopt(m_curl, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR_RETRY));
    // OpenSSH's SFTP server (protocol version 3) refuses to rename onto an existing file, and
    // libssh2 does not use the posix-rename@openssh.com extension, so the old file is removed
    // first ("*": a missing one is fine). Readers may see no file for that instant, never half a file.
    Curl::StringList after;
    after.append("*rm " + quoted(target));
    after.append("rename " + quoted(temporary) + ' ' + quoted(target));
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, after.get());
    std::optional<TransportError> problem = perform(tr("Uploading"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    if (problem && problem->kind == TransportError::Kind::Permanent && m_hostKeyProblem == HostKeyProblem::None)
        problem = explainedUploadFailure(*problem, folder, m_lastCode == CURLE_SSH ? input.size() : -1, remotePath);
    if (problem && problem->kind != TransportError::Kind::Transient &&
        problem->kind != TransportError::Kind::Authentication &&
        problem->kind != TransportError::Kind::HostKey) {
        // Do not leave a half-written temporary file behind; the original error is what matters.
        prepare();
        Curl::StringList cleanup;
        cleanup.append("*rm " + quoted(temporary));
        curl_easy_setopt(m_curl, CURLOPT_URL,
                         urlFor(folder.isEmpty() ? QStringLiteral("/") : folder).constData());
        curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, cleanup.get());
        curl_easy_perform(m_curl);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    }
    return problem;
}

// libcurl reports a write the server refused and a connection that died mid-transfer alike: as
// CURLE_SSH, without words (and an open or a rename cut off by a dying server as a failed upload
// or quote command, which look permanent).
// OpenSSH answers a full disk with the generic SSH_FX_FAILURE (protocol version 3 has no "no
// space" status), so the free space of the folder, asked for right away (statvfs@openssh.com,
// before the temporary file is removed), tells them apart: no answer means the connection is gone,
// less room than the file needs (fileSize; -1 when the data went through) means the disk is full.
TransportError SftpTransport::explainedUploadFailure(const TransportError &original, const QString &folder,
                                                     qint64 fileSize, const QString &remotePath)
{
    prepare();
    QByteArray answer;
    Curl::StringList commands;
    commands.append("statvfs " + quoted(folder.isEmpty() ? QStringLiteral(".") : folder));
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(folder.isEmpty() ? QStringLiteral("/") : folder).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(m_curl, CURLOPT_QUOTE, commands.get());
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, &Curl::appendToBytes);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, &answer);
    const CURLcode code = curl_easy_perform(m_curl);
    curl_easy_setopt(m_curl, CURLOPT_QUOTE, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, nullptr);
    qCDebug(lcPublish) << "sftp statvfs after a failed upload ->" << int(code);
    const QString subject =
        tr("\u201c%1\u201d on %2", "a file on a server, %2 in \"%1 %2 failed: %3\"").arg(remotePath, place());
    // FAILED_INIT: the SSH handshake broke off (see errorFor()).
    if (Curl::isConnectionProblem(code) || code == CURLE_SSH || code == CURLE_FAILED_INIT) {
        return {TransportError::Kind::Transient,
                tr("%1 %2 failed: %3").arg(tr("Uploading"), subject, tr("the connection failed or was lost."))};
    }
    // "f_frsize: 4096\nf_bavail: 0\n…"
    const auto field = [&answer](const char *name) -> std::optional<qint64> {
        for (const QByteArray &line : answer.split('\n')) {
            if (line.startsWith(QByteArray(QByteArray(name) + ": "))) {
                bool ok = false;
                const qint64 value = line.mid(qsizetype(qstrlen(name)) + 2).trimmed().toLongLong(&ok);
                if (ok)
                    return value;
            }
        }
        return std::nullopt;
    };
    const std::optional<qint64> available = field("f_bavail");
    const std::optional<qint64> blockSize = field("f_frsize");
    if (code == CURLE_OK && fileSize >= 0 && available && blockSize && *available * *blockSize < fileSize) {
        return {TransportError::Kind::DiskFull,
                tr("%1 %2 failed: %3")
                    .arg(tr("Uploading"), subject,
                         tr("the server has no space left (%1 bytes free, the file needs %2).")
                             .arg(*available * *blockSize)
                             .arg(fileSize))};
    }
    return original;
}

std::optional<TransportError> SftpTransport::remove(const QString &remotePath)
{
    const QString target = serverPath(remotePath);
    prepare();
    // NOBODY opens the file first: a missing one fails with REMOTE_FILE_NOT_FOUND before the rm runs.
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(target).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
    Curl::StringList after;
    after.append("rm " + quoted(target));
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, after.get());
    std::optional<TransportError> problem = perform(tr("Removing"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    if (problem && m_hostKeyProblem == HostKeyProblem::None && m_lastCode == CURLE_REMOTE_FILE_NOT_FOUND)
        return std::nullopt;
    return problem;
}

std::optional<TransportError> SftpTransport::read(const QString &remotePath, std::optional<QByteArray> &bytes)
{
    bytes.reset();
    QByteArray data;
    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(serverPath(remotePath)).constData());
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::appendToBytes);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &data);
    std::optional<TransportError> problem = perform(tr("Reading"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, nullptr);
    if (problem && m_hostKeyProblem == HostKeyProblem::None && m_lastCode == CURLE_REMOTE_FILE_NOT_FOUND)
        return std::nullopt;
    if (!problem)
        bytes = std::move(data);
    return problem;
}

void SftpTransport::close()
{
    if (m_curl) {
        curl_easy_cleanup(m_curl);
        m_curl = nullptr;
    }
}

} // namespace Postwright
