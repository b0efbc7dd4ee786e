#include "s3transport.h"

#include "publish/curlsupport.h"
#include "publish/publishtargets.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QUrl>
#include <QXmlStreamReader>

#include <curl/curl.h>

namespace Postwright {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Postwright::S3Transport", text, comment);
}

// SigV4 signs a hash of the body. libcurl 7.88 only hashes POST fields, so the hash of an upload
// (and the empty body of the other requests) is given in this header, which libcurl then signs.
QByteArray payloadHashHeader(const QByteArray &sha256)
{
    return "x-amz-content-sha256: " + sha256.toHex();
}

const QByteArray emptySha256 = QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256);

// <Error><Code>…</Code><Message>…</Message><BucketName>…</BucketName></Error>
struct ErrorBody
{
    QString code;
    QString message;
};

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody parsed;
    QXmlStreamReader xml(body);
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Error")
            return parsed;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Code")
                parsed.code = xml.readElementText();
            else if (xml.name() == u"Message")
                parsed.message = xml.readElementText();
            else
                xml.skipCurrentElement();
        }
    }
    return parsed;
}

QString suffixOf(const QString &path)
{
    const int slash = path.lastIndexOf(u'/');
    const int dot = path.lastIndexOf(u'.');
    return dot > slash ? path.mid(dot + 1).toLower() : QString();
}

} // namespace

S3Options S3Options::fromTarget(const PublishTarget &target)
{
    S3Options options;
    options.endpoint = target.endpoint;
    options.region = target.region;
    options.bucket = target.bucket;
    options.prefix = target.path;
    options.pathStyle = target.pathStyle;
    options.cacheControl = target.cacheControl;
    return options;
}

S3Transport::S3Transport(S3Options options)
    : m_options(std::move(options))
{
    Curl::initOnce();
}

S3Transport::~S3Transport()
{
    close();
}

QString S3Transport::objectKey(const S3Options &options, const QString &remotePath)
{
    QString prefix = options.prefix;
    while (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    QString relative = remotePath;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    return prefix.isEmpty() ? relative : prefix + u'/' + relative;
}

QByteArray S3Transport::objectUrl(const S3Options &options, const QString &key)
{
    const QString region = options.region.isEmpty() ? QStringLiteral("us-east-1") : options.region;
    QString endpoint = options.endpoint.isEmpty() ? QStringLiteral("https://s3.%1.amazonaws.com").arg(region)
                                                  : options.endpoint;
    if (!endpoint.contains(QStringLiteral("://")))
        endpoint.prepend(QStringLiteral("https://"));
    const QUrl url(endpoint);
    QByteArray host = QUrl::toAce(url.host());
    if (host.contains(':'))
        host = '[' + host + ']';
    // Virtual-host style puts the bucket into the host name; names with dots then no longer match
    // AWS's wildcard certificate, which is why such buckets need path style.
    if (!options.pathStyle)
        host = QUrl::toAce(options.bucket) + '.' + host;
    QByteArray result = url.scheme().toLatin1() + "://" + host;
    if (url.port() != -1)
        result += ':' + QByteArray::number(url.port());
    QByteArray basePath = url.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    result += basePath;
    if (options.pathStyle)
        result += '/' + QUrl::toPercentEncoding(options.bucket);
    // QUrl's unreserved set is exactly S3's (RFC 3986: letters, digits, - . _ ~).
    return result + '/' + QUrl::toPercentEncoding(key, "/");
}

QByteArray S3Transport::contentTypeFor(const QString &path)
{
    // Browsers and CDNs serve what S3 stores, so a wrong type breaks pages (CSS refused, SVG
    // downloaded); a fixed table gives the same answer on every machine.
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("xml"), "application/xml"},
        {QStringLiteral("rss"), "application/rss+xml"},
        {QStringLiteral("atom"), "application/atom+xml"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("md"), "text/markdown; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("avif"), "image/avif"},
        {QStringLiteral("ico"), "image/vnd.microsoft.icon"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("otf"), "font/otf"},
        {QStringLiteral("pdf"), "application/pdf"},
        {QStringLiteral("wasm"), "application/wasm"},
        {QStringLiteral("mp4"), "video/mp4"},
        {QStringLiteral("webm"), "video/webm"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("ogg"), "audio/ogg"},
    };
    return types.value(suffixOf(path), "application/octet-stream");
}

QByteArray S3Transport::defaultCacheControlFor(const QString &path)
{
    static const QStringList pages{
        QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xml"), QStringLiteral("rss"),
        QStringLiteral("atom"), QStringLiteral("json"), QStringLiteral("txt"), QStringLiteral("webmanifest")};
    const QString suffix = suffixOf(path);
    if (suffix.isEmpty() || pages.contains(suffix))
        return "public, max-age=300";
    return "public, max-age=86400";
}

TransportError::Kind S3Transport::kindFor(long httpStatus, const QString &code)
{
    static const QStringList authentication{
        QStringLiteral("InvalidAccessKeyId"),   QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("InvalidToken"),         QStringLiteral("ExpiredToken"),
        QStringLiteral("TokenRefreshRequired"), QStringLiteral("InvalidSecurity"),
    };
    static const QStringList transient{
        QStringLiteral("SlowDown"),         QStringLiteral("RequestTimeout"),
        QStringLiteral("InternalError"),    QStringLiteral("ServiceUnavailable"),
        QStringLiteral("OperationAborted"),
    };
    if (authentication.contains(code))
        return TransportError::Kind::Authentication;
    if (transient.contains(code) || httpStatus >= 500 || httpStatus == 429 || httpStatus == 408)
        return TransportError::Kind::Transient;
    if (httpStatus == 401)
        return TransportError::Kind::Authentication;
    // NoSuchBucket, AccessDenied, EntityTooLarge, a wrong region …: a retry gets the same answer.
    return TransportError::Kind::Permanent;
}

QString S3Transport::subject(const QString &file) const
{
    const QString place = QStringLiteral("s3://%1/%2").arg(m_options.bucket, objectKey(m_options, {}));
    return file.isEmpty() ? place
                          : tr("\u201c%1\u201d in %2", "a file in a bucket, %2 in \"%1 %2 failed: %3\"")
                                .arg(file, place);
}

QString S3Transport::scrubbed(QString text) const
{
    // The secret never leaves libcurl's signing code, but a server could echo anything back.
    if (!m_options.secretAccessKey.isEmpty())
        text.replace(m_options.secretAccessKey, QStringLiteral("\u2022\u2022\u2022"));
    return text;
}

void S3Transport::prepare()
{
    if (m_curl) {
        // Per-request options go back to their defaults; the signing setup and the connection stay.
        curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 0L);
        curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
        return;
    }
    m_curl = curl_easy_init();
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(m_options.connectTimeoutSeconds));
    // A transfer that stalls for a minute is dead; the engine retries it.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, 60L);
    // Keys like "a/./b" are legal in S3; without this libcurl would normalise them away.
    curl_easy_setopt(m_curl, CURLOPT_PATH_AS_IS, 1L);
    const QString region = m_options.region.isEmpty() ? QStringLiteral("us-east-1") : m_options.region;
    const QByteArray provider = "aws:amz:" + region.toUtf8() + ":s3";
    curl_easy_setopt(m_curl, CURLOPT_AWS_SIGV4, provider.constData());
    // The keys go in their own options, never into the URL, so no URL or log line carries them.
    curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_options.accessKeyId.toUtf8().constData());
    curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_options.secretAccessKey.toUtf8().constData());
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Curl::appendToBytes);
}

std::optional<TransportError> S3Transport::perform(const QString &what, const QString &file,
                                                   Response &response)
{
    m_errorBuffer[0] = '\0';
    response = {};
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &response.body);
    const CURLcode code = curl_easy_perform(m_curl);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &response.status);
    qCDebug(lcPublish) << "s3" << what << file << "in" << m_options.bucket << "->" << int(code)
                       << response.status;
    if (code != CURLE_OK)
        return curlError(code, what, file);
    return std::nullopt;
}

TransportError S3Transport::curlError(int code, const QString &what, const QString &file) const
{
    const auto error = [&](TransportError::Kind kind, const QString &reason) {
        return TransportError{kind, tr("%1 %2 failed: %3").arg(what, subject(file), reason)};
    };
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
        return error(TransportError::Kind::Permanent,
                     tr("the TLS certificate of %1 could not be verified.").arg(m_options.endpoint));
    case CURLE_SSL_CONNECT_ERROR:
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    default:
        break;
    }
    if (Curl::isConnectionProblem(code))
        return error(TransportError::Kind::Transient, tr("the connection failed or was lost."));
    return error(TransportError::Kind::Permanent, Curl::errorText(code, m_errorBuffer, {m_options.secretAccessKey}));
}

TransportError S3Transport::httpError(const QString &what, const QString &file,
                                      const Response &response) const
{
    const ErrorBody body = parseErrorBody(response.body);
    const TransportError::Kind kind = kindFor(response.status, body.code);
    QString reason;
    if (body.code == u"InvalidAccessKeyId") {
        reason = tr("the service does not know the access key ID \u201c%1\u201d.").arg(m_options.accessKeyId);
    } else if (body.code == u"SignatureDoesNotMatch") {
        reason = tr("the secret access key does not belong to the access key ID \u201c%1\u201d.")
                     .arg(m_options.accessKeyId);
    } else if (kind == TransportError::Kind::Authentication) {
        reason = tr("the service did not accept the access keys (%1).").arg(body.code);
    } else if (body.code == u"NoSuchBucket") {
        reason = tr("the bucket \u201c%1\u201d does not exist. Check the bucket name, the endpoint and the "
                    "region in blog.yaml.")
                     .arg(m_options.bucket);
    } else if (body.code == u"AccessDenied") {
        reason =
            tr("access denied: the access key \u201c%1\u201d may not do this in the bucket \u201c%2\u201d.")
                .arg(m_options.accessKeyId, m_options.bucket);
    } else if (body.code == u"EntityTooLarge") {
        reason = tr("the file is larger than the service accepts.");
    } else if (response.status == 301 || body.code == u"PermanentRedirect" ||
               body.code == u"AuthorizationHeaderMalformed") {
        reason = tr("the bucket \u201c%1\u201d is in another region or needs another endpoint (%2).")
                     .arg(m_options.bucket, body.message.isEmpty() ? body.code : body.message);
    } else if (kind == TransportError::Kind::Transient) {
        reason = tr("the service is busy or had a problem (HTTP %1 %2).").arg(response.status).arg(body.code);
    } else {
        const QString words = body.message.isEmpty() ? body.code : body.code + u": " + body.message;
        reason = tr("the service answered HTTP %1 %2").arg(response.status).arg(words);
    }
    return TransportError{kind, tr("%1 %2 failed: %3").arg(what, subject(file), scrubbed(reason.trimmed()))};
}

std::optional<TransportError> S3Transport::open()
{
    if (m_options.bucket.isEmpty() || m_options.accessKeyId.isEmpty() ||
        m_options.secretAccessKey.isEmpty()) {
        return TransportError{
            TransportError::Kind::Authentication,
            tr("Publishing to S3 needs a bucket, an access key ID and a secret access key.")};
    }
    // No request here: checking the bucket (HeadBucket) needs the s3:ListBucket permission, which
    // a deploy-only key often lacks. The engine reads the deploy manifest right after opening,
    // and that GET checks the keys and the bucket with the permissions publishing really needs.
    prepare();
    return std::nullopt;
}

std::optional<TransportError> S3Transport::upload(const QString &localFile, const QString &remotePath)
{
    QFile input(localFile);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!input.open(QIODevice::ReadOnly) || !hash.addData(&input) || !input.seek(0)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read \u201c%1\u201d: %2").arg(localFile, input.errorString())};
    }
    const QString key = objectKey(m_options, remotePath);
    // A PUT replaces the object atomically: readers get the old or the new file, never half of one,
    // so unlike SFTP there is no temporary name to rename (and S3 has no rename anyway).
    Curl::StringList headers;
    headers.append("Content-Type: " + contentTypeFor(key));
    headers.append("Cache-Control: " + (m_options.cacheControl.isEmpty() ? defaultCacheControlFor(key)
                                                                         : m_options.cacheControl.toUtf8()));
    headers.append(payloadHashHeader(hash.result()));
    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, objectUrl(m_options, key).constData());
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &Curl::readFromFile);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, &input);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(input.size()));
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers.get());
    Response response;
    std::optional<TransportError> problem = perform(tr("Uploading"), remotePath, response);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
    if (problem)
        return problem;
    if (response.status != 200)
        return httpError(tr("Uploading"), remotePath, response);
    return std::nullopt;
}

std::optional<TransportError> S3Transport::remove(const QString &remotePath)
{
    Curl::StringList headers;
    headers.append(payloadHashHeader(emptySha256));
    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, objectUrl(m_options, objectKey(m_options, remotePath)).constData());
    curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, "DELETE");
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers.get());
    Response response;
    std::optional<TransportError> problem = perform(tr("Removing"), remotePath, response);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
    if (problem)
        return problem;
    // S3 answers 204 for a missing key too; some compatible services say 404 NoSuchKey.
    if (response.status == 200 || response.status == 204 ||
        (response.status == 404 && parseErrorBody(response.body).code == u"NoSuchKey"))
        return std::nullopt;
    return httpError(tr("Removing"), remotePath, response);
}

std::optional<TransportError> S3Transport::read(const QString &remotePath, std::optional<QByteArray> &bytes)
{
    bytes.reset();
    Curl::StringList headers;
    headers.append(payloadHashHeader(emptySha256));
    prepare();
    curl_easy_setopt(m_curl, CURLOPT_URL, objectUrl(m_options, objectKey(m_options, remotePath)).constData());
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers.get());
    Response response;
    std::optional<TransportError> problem = perform(tr("Reading"), remotePath, response);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
    if (problem)
        return problem;
    if (response.status == 200) {
        bytes = std::move(response.body);
        return std::nullopt;
    }
    // Only a missing key means "not there yet"; a missing bucket is an error worth showing.
    if (response.status == 404 && parseErrorBody(response.body).code == u"NoSuchKey")
        return std::nullopt;
    return httpError(tr("Reading"), remotePath, response);
}

void S3Transport::close()
{
    if (m_curl) {
        curl_easy_cleanup(m_curl);
        m_curl = nullptr;
    }
}

} // namespace Postwright
