#include "ftptransport.h"

#include "publish/curlsupport.h"
#include "publish/publishtargets.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include <curl/curl.h>

namespace Postwright {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Postwright::FtpTransport", text, comment);
}

// The last part of a server path: the quote commands below run after libcurl has changed into the
// file's folder for the transfer, so the bare name is what they need.
QByteArray fileName(const QString &serverPath)
{
    return serverPath.mid(serverPath.lastIndexOf(u'/') + 1).toUtf8();
}

} // namespace

FtpOptions FtpOptions::fromTarget(const PublishTarget &target)
{
    FtpOptions options;
    options.host = target.host;
    options.port = target.port > 0 ? target.port : 21;
    options.user = target.user;
    options.rootPath = target.path;
    options.tls = target.type == PublishTarget::Type::Ftps;
    return options;
}

FtpTransport::FtpTransport(FtpOptions options)
    : m_options(std::move(options))
{
    Curl::initOnce();
}

FtpTransport::~FtpTransport()
{
    close();
}

QString FtpTransport::place() const
{
    return QStringLiteral("%1@%2:%3").arg(m_options.user, m_options.host).arg(m_options.port);
}

QString FtpTransport::serverPath(const QString &remotePath) const
{
    return Curl::joinPath(m_options.rootPath, remotePath);
}

QByteArray FtpTransport::urlFor(const QString &serverPath) const
{
    // In an ftp:// URL the path is relative to where the login lands; "%2F" as the first part
    // makes libcurl start at the server's root instead.
    const QByteArray path = serverPath.startsWith(u'/')
                                ? QByteArray("/%2F" + QUrl::toPercentEncoding(serverPath.mid(1), "/"))
                                : QByteArray("/" + QUrl::toPercentEncoding(serverPath, "/"));
    return "ftp://" + Curl::urlHost(m_options.host) + ':' + QByteArray::number(m_options.port) + path;
}

std::optional<TransportError> FtpTransport::checkedPath(const QString &remotePath, const QString &what) const
{
    // FTP commands end at a line break, so a name with one could smuggle in a command of its own.
    const QString path = serverPath(remotePath);
    if (!path.contains(u'\r') && !path.contains(u'\n'))
        return std::nullopt;
    return TransportError{TransportError::Kind::Permanent,
                          tr("%1 \u201c%2\u201d on %3 failed: FTP cannot handle line breaks in file names.")
                              .arg(what, remotePath, place())};
}

void FtpTransport::prepare()
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
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "ftp");
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(m_options.connectTimeoutSeconds));
    // A transfer that stalls for a minute is dead; the engine retries it.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, 60L);
    // Passive mode: the client opens the data connections, which is what works behind NAT and
    // firewalls. A server's PASV reply may name a private address; libcurl then uses the control
    // connection's address instead.
    curl_easy_setopt(m_curl, CURLOPT_FTPPORT, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_FTP_SKIP_PASV_IP, 1L);
    // Credentials go in their own options, never into the URL, so no URL ever carries them.
    curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_options.user.toUtf8().constData());
    curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_options.password.toUtf8().constData());
    if (m_options.tls) {
        // ALL: the login and every data connection are encrypted, or nothing happens at all;
        // the password is never sent in the clear.
        curl_easy_setopt(m_curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
        // TLS 1.2 only: servers such as vsftpd require every data connection to resume the control
        // connection's TLS session, and with TLS 1.3 libcurl's resumption breaks once the control
        // connection is reused for the next file ("522 SSL connection failed: session reuse
        // required", curl issue #4654). TLS 1.2 resumption works reliably.
        curl_easy_setopt(m_curl, CURLOPT_SSLVERSION,
                         long(CURL_SSLVERSION_TLSv1_2) | long(CURL_SSLVERSION_MAX_TLSv1_2));
        if (!m_options.caFile.isEmpty())
            curl_easy_setopt(m_curl, CURLOPT_CAINFO, QFile::encodeName(m_options.caFile).constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::discard);
}

std::optional<TransportError> FtpTransport::perform(const QString &what, const QString &file)
{
    m_errorBuffer[0] = '\0';
    const CURLcode code = curl_easy_perform(m_curl);
    m_lastCode = code;
    m_lastResponse = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &m_lastResponse);
    qCDebug(lcPublish) << (m_options.tls ? "ftps" : "ftp") << what << file << "on" << place() << "->"
                       << int(code) << m_lastResponse;
    if (code == CURLE_OK)
        return std::nullopt;
    return errorFor(code, what, file);
}

// FTP says 550 both for a missing file and for a missing folder on the way to it (the CWD fails).
bool FtpTransport::lastWasMissing() const
{
    return (m_lastCode == CURLE_REMOTE_FILE_NOT_FOUND || m_lastCode == CURLE_REMOTE_ACCESS_DENIED) &&
           m_lastResponse == 550;
}

TransportError FtpTransport::errorFor(int code, const QString &what, const QString &file) const
{
    const QString subject =
        file.isEmpty()
            ? place()
            : tr("\u201c%1\u201d on %2", "a file on a server, %2 in \"%1 %2 failed: %3\"").arg(file, place());
    const auto error = [&](TransportError::Kind kind, const QString &reason) {
        return TransportError{kind, tr("%1 %2 failed: %3").arg(what, subject, reason)};
    };
    // 452 and 552: "insufficient storage" and "exceeded storage allocation".
    if (code == CURLE_REMOTE_DISK_FULL || m_lastResponse == 452 || m_lastResponse == 552)
        return error(TransportError::Kind::DiskFull, tr("the server has no space left."));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return error(TransportError::Kind::Authentication,
                     tr("the server did not accept the password for \u201c%1\u201d.").arg(m_options.user));
    case CURLE_PEER_FAILED_VERIFICATION:
        // Not a retry matter, and not something to click away: the user has to decide to trust
        // the certificate (give its file) or fix the server.
        return error(TransportError::Kind::Permanent,
                     m_options.caFile.isEmpty()
                         ? tr("the server's TLS certificate is not trusted (it may be self-signed, "
                              "expired or made for another host name). If you trust this server, give "
                              "its certificate file to Postwright.")
                         : tr("the server's TLS certificate is not trusted: it is neither signed by a "
                              "known authority nor by %1, or it is expired or made for another host name.")
                               .arg(m_options.caFile));
    case CURLE_SSL_CACERT_BADFILE:
        return error(TransportError::Kind::Permanent,
                     tr("the certificate file %1 cannot be read.").arg(m_options.caFile));
    case CURLE_USE_SSL_FAILED:
        return error(TransportError::Kind::Permanent,
                     tr("the server does not offer TLS, so Postwright did not send the password. Use an "
                        "ftp target if an unencrypted connection is acceptable."));
    case CURLE_FTP_ACCEPT_TIMEOUT:
    case CURLE_FTP_CANT_GET_HOST:
    case CURLE_SSL_CONNECT_ERROR:
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    default:
        break;
    }
    if (Curl::isConnectionProblem(code))
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    // 421: the server is closing the connection (too many users, shutting down); later may work.
    if (m_lastResponse == 421)
        return error(TransportError::Kind::Transient, tr("the server is busy or shutting down."));
    // libcurl's own words help with permissions and paths. They never contain the password
    // (it is not in the URL), but are scrubbed anyway in case a server echoes it back.
    return error(TransportError::Kind::Permanent, Curl::errorText(code, m_errorBuffer, {m_options.password}));
}

std::optional<TransportError> FtpTransport::open()
{
    prepare();
    // Asking about the login folder itself transfers nothing, but connects, starts TLS and logs in.
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(QString()).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
    return perform(tr("Connecting to"), {});
}

std::optional<TransportError> FtpTransport::upload(const QString &localFile, const QString &remotePath)
{
    if (std::optional<TransportError> bad = checkedPath(remotePath, tr("Uploading")))
        return bad;
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
    // FTP's rename replaces an existing target on vsftpd, ProFTPD and Pure-FTPd (they call
    // rename(2)), so readers see the old file or the new one, never half of either.
    Curl::StringList after;
    after.append("RNFR " + fileName(temporary));
    after.append("RNTO " + fileName(target));
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, after.get());
    std::optional<TransportError> problem = perform(tr("Uploading"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    // vsftpd (and Pure-FTPd) answer a write that fails on their disk with 451 after the data,
    // which libcurl reports as a partial transfer; retrying a full disk only fills it again.
    if (problem && m_lastResponse == 451) {
        problem = TransportError{
            TransportError::Kind::DiskFull,
            tr("%1 %2 failed: %3")
                .arg(tr("Uploading"),
                     tr("\u201c%1\u201d on %2", "a file on a server, %2 in \"%1 %2 failed: %3\"")
                         .arg(remotePath, place()),
                     tr("the server could not write the file, most likely because it has "
                        "no space left (or the account is over its quota)."))};
    }
    if (problem && problem->kind != TransportError::Kind::Transient &&
        problem->kind != TransportError::Kind::Authentication) {
        // Do not leave a half-written temporary file behind; the original error is what matters.
        // Asking for it first changes into its folder and stops before DELE when it is not there.
        prepare();
        Curl::StringList cleanup;
        cleanup.append("DELE " + fileName(temporary));
        curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(temporary).constData());
        curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, cleanup.get());
        curl_easy_perform(m_curl);
        curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    }
    return problem;
}

std::optional<TransportError> FtpTransport::remove(const QString &remotePath)
{
    if (std::optional<TransportError> bad = checkedPath(remotePath, tr("Removing")))
        return bad;
    const QString target = serverPath(remotePath);
    prepare();
    // NOBODY asks for the file's size first: a missing one (or folder) fails with 550 before the
    // DELE runs, which tells "not there" apart from "not allowed", both 550 to DELE itself.
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(target).constData());
    curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
    Curl::StringList after;
    after.append("DELE " + fileName(target));
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, after.get());
    std::optional<TransportError> problem = perform(tr("Removing"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_POSTQUOTE, nullptr);
    if (problem && lastWasMissing())
        return std::nullopt;
    return problem;
}

std::optional<TransportError> FtpTransport::read(const QString &remotePath, std::optional<QByteArray> &bytes)
{
    bytes.reset();
    if (std::optional<TransportError> bad = checkedPath(remotePath, tr("Reading")))
        return bad;
    QByteArray data;
    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, urlFor(serverPath(remotePath)).constData());
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::appendToBytes);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &data);
    std::optional<TransportError> problem = perform(tr("Reading"), remotePath);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, nullptr);
    if (problem && lastWasMissing())
        return std::nullopt;
    if (!problem)
        bytes = std::move(data);
    return problem;
}

void FtpTransport::close()
{
    if (m_curl) {
        curl_easy_cleanup(m_curl);
        m_curl = nullptr;
    }
}

} // namespace Postwright
