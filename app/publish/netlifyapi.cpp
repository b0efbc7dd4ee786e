#include "publish/netlifyapi.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrl>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::NetlifyDeploy", text);
}

// Seconds, or an HTTP date.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(std::max(0, seconds) * 1000LL);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace

bool NetlifyReply::transient() const
{
    if (status != 0)
        return status == 408 || status == 429 || status >= 500;
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError: // a certificate problem does not go away by itself
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

QString NetlifyReply::serverMessage() const
{
    const QString message = object().value(u"message"_s).toString();
    if (!message.isEmpty())
        return message;
    const QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? tr("no explanation given") : text;
}

QJsonObject NetlifyReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

TransportError NetlifyReply::error(const QString &what, const QString &siteId) const
{
    using Kind = TransportError::Kind;
    if (status == 401 || status == 403) {
        return {Kind::Authentication,
                tr("Netlify refused the access token (HTTP %1). Create a personal access token in Netlify "
                   "(User settings, Applications) and store it for this target.")
                    .arg(status)};
    }
    if (status == 0) {
        return {Kind::Transient,
                tr("Cannot reach Netlify for %1: %2. Publish again later.").arg(what, networkErrorText)};
    }
    if (status == 429) {
        return {Kind::Transient, tr("Netlify is limiting requests and still refused %1 after several tries. "
                                    "Publish again in a few minutes.")
                                     .arg(what)};
    }
    if (transient()) {
        return {Kind::Transient, tr("Netlify could not take %1 (HTTP %2: %3). Publish again later.")
                                     .arg(what)
                                     .arg(status)
                                     .arg(serverMessage())};
    }
    if (status == 404 && !siteId.isEmpty()) {
        return {Kind::Permanent,
                tr("Netlify has no site with the ID \u201c%1\u201d, or the access token cannot "
                   "see it. Check site_id in blog.yaml.")
                    .arg(siteId)};
    }
    return {Kind::Permanent,
            tr("Netlify refused %1 (HTTP %2): %3").arg(what).arg(status).arg(serverMessage())};
}

NetlifyApi::NetlifyApi(const NetlifyOptions &options, std::function<bool()> stop, std::atomic_int &retries)
    : m_options(options)
    , m_base(QUrl(options.apiUrl.isEmpty() ? NetlifyOptions::defaultApiUrl() : options.apiUrl)
                 .toEncoded(QUrl::StripTrailingSlash))
    , m_stop(std::move(stop))
    , m_retries(retries)
{}

NetlifyReply NetlifyApi::send(const QByteArray &verb, const QByteArray &path, QIODevice *body,
                              const QByteArray &contentType)
{
    QNetworkRequest request(QUrl::fromEncoded(m_base + path));
    request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Postwright");
    // A redirect would carry the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    if (body) {
        body->seek(0);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    }
    const std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    NetlifyReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.body = reply->readAll();
    result.link = reply->rawHeader("Link");
    result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    qCDebug(lcPublish) << "netlify:" << verb << path << "->" << result.status << result.networkError;
    return result;
}

NetlifyReply NetlifyApi::sendWithRetries(const QByteArray &verb, const QByteArray &path, QIODevice *body,
                                         const QByteArray &contentType)
{
    std::chrono::milliseconds delay = m_options.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        NetlifyReply reply = send(verb, path, body, contentType);
        if (!reply.transient() || attempt >= std::max(1, m_options.maxTries))
            return reply;
        const std::chrono::milliseconds wait =
            reply.retryAfter ? std::min(*reply.retryAfter, m_options.maxRetryAfter) : delay;
        qCInfo(lcPublish) << "netlify: transient answer, retrying in" << wait.count() << "ms:" << verb << path
                          << reply.status << reply.networkErrorText;
        if (!pause(wait, m_stop))
            return reply;
        delay *= 2;
        ++m_retries;
    }
}

QByteArray NetlifyApi::encodePath(const QString &path)
{
    QByteArrayList segments;
    for (const QString &segment : path.split(u'/'))
        segments.append(QUrl::toPercentEncoding(segment));
    return segments.join('/');
}

bool NetlifyApi::pause(std::chrono::milliseconds duration, const std::function<bool()> &stop)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count()) {
        if (stop())
            return false;
        std::this_thread::sleep_for(
            std::min(std::chrono::milliseconds(duration.count() - timer.elapsed()), 50ms));
    }
    return !stop();
}

} // namespace Postwright
