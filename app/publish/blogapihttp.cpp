#include "publish/blogapihttp.h"

#include "publish/netlifyapi.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QUuid>

#include <memory>

namespace Postwright {

bool BlogApiReply::transient() const
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

QByteArray BlogApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

MultipartBody MultipartBody::file(const QByteArray &field, const QString &fileName,
                                  const QByteArray &mimeType, const QByteArray &data)
{
    const QByteArray boundary = "postwright-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QString safeName = fileName;
    safeName.remove(u'"').remove(u'\r').remove(u'\n');
    MultipartBody body;
    body.contentType = "multipart/form-data; boundary=" + boundary;
    body.bytes = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" +
                 safeName.toUtf8() + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n" + data + "\r\n--" +
                 boundary + "--\r\n";
    return body;
}

BlogApiHttp::BlogApiHttp(BlogApiOptions options)
    : m_options(std::move(options))
{
    if (!m_options.stop)
        m_options.stop = [] {
            return false;
        };
}

BlogApiReply BlogApiHttp::send(const QByteArray &verb, const QNetworkRequest &base, const QByteArray &body)
{
    return exchange(verb, base, body, false);
}

BlogApiReply BlogApiHttp::sendOnce(const QByteArray &verb, const QNetworkRequest &base,
                                   const QByteArray &body)
{
    return exchange(verb, base, body, true);
}

BlogApiReply BlogApiHttp::exchange(const QByteArray &verb, const QNetworkRequest &base,
                                   const QByteArray &body, bool once)
{
    QNetworkRequest request(base);
    request.setRawHeader("User-Agent", "Postwright");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    OneShotBody oneShot(body);
    if (once)
        oneShot.prepare(request);
    const std::unique_ptr<QNetworkReply> reply(once ? m_manager.sendCustomRequest(request, verb, &oneShot)
                                                    : m_manager.sendCustomRequest(request, verb, body));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    BlogApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    qCDebug(lcPublish) << "blog api:" << verb << displayUrl(request.url()) << "->" << result.status
                       << result.networkError;
    return result;
}

OneShotBody::OneShotBody(QByteArray data)
    : m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

void OneShotBody::prepare(QNetworkRequest &request) const
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_data.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_data.size() - m_position);
    if (n <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

BlogApiReply BlogApiHttp::sendWithRetries(const QByteArray &verb,
                                          const std::function<QNetworkRequest()> &makeRequest,
                                          const QByteArray &body)
{
    std::chrono::milliseconds delay = m_options.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        BlogApiReply reply = send(verb, makeRequest(), body);
        if (!reply.transient() || attempt >= std::max(1, m_options.maxTries))
            return reply;
        qCInfo(lcPublish) << "blog api: transient answer, retrying in" << delay.count() << "ms:" << verb
                          << reply.status;
        if (!NetlifyApi::pause(delay, m_options.stop))
            return reply;
        delay *= 2;
    }
}

QString BlogApiHttp::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

std::optional<TransportError> BlogApiHttp::refuseInsecure(const QUrl &url, bool allowInsecure,
                                                          const QString &service)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Postwright::BlogApiHttp", text);
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("\u201c%1\u201d is not an address for %2. Use the blog's address, starting "
                                 "with https://.")
                                  .arg(displayUrl(url), service)};
    }
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    const bool loopback = host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
                          (!address.isNull() && address.isLoopback());
    if (scheme == QLatin1String("http") && !allowInsecure && !loopback) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Postwright does not send the %1 password to %2 over plain http://: anyone on the way could "
               "read it. Use https://, or allow insecure connections for this target if you trust the "
               "network.")
                .arg(service, url.host())};
    }
    return std::nullopt;
}

} // namespace Postwright
