#include "publish/blogapihttp.h"

#include "publish/netlifyapi.h"
#include "util/logging.h"

#include <QEventLoop>
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
    QNetworkRequest request(base);
    request.setRawHeader("User-Agent", "Postwright");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    const std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
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

} // namespace Postwright
