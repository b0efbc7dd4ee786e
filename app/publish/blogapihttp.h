#pragma once

#include "publish/deploytransport.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace Postwright {

// How the blog API clients (Ghost, Micropub) talk to a server.
struct BlogApiOptions
{
    std::chrono::milliseconds requestTimeout{30000};
    int maxTries = 3;                               // for requests that are safe to repeat
    std::chrono::milliseconds firstRetryDelay{500}; // doubled after each retry
    std::function<bool()> stop = [] {
        return false;
    }; // a cancel ends retry pauses early
};

// One answer of a blog API, or the reason there was none.
struct BlogApiReply
{
    int status = 0; // 0: no answer (refused, lost, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    bool ok() const { return status >= 200 && status < 300; }
    bool transient() const;                          // a lost connection, a timeout, 408, 429 or 5xx
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// A multipart/form-data body with one file part (image uploads).
struct MultipartBody
{
    QByteArray contentType; // with the boundary
    QByteArray bytes;
    static MultipartBody file(const QByteArray &field, const QString &fileName, const QByteArray &mimeType,
                              const QByteArray &data);
};

// A request body Qt can send only once. When a connection drops before the answer begins,
// QNetworkAccessManager quietly sends the request again (POSTs included): for a create whose first copy
// did reach the server, that is a duplicate post, exactly what a lost answer must never cause. With this
// body Qt cannot read the data a second time and fails with ContentReSendError instead, which the caller
// treats as a lost answer (BlogPublisher then looks the post up before creating it again).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data);
    // Sets what Qt needs to send the body unbuffered: its length, and no copy for resending.
    void prepare(QNetworkRequest &request) const;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Blocking HTTP for a worker thread, over that thread's own QNetworkAccessManager. Redirects are not
// followed: they would carry the credentials to wherever they point.
class BlogApiHttp
{
public:
    explicit BlogApiHttp(BlogApiOptions options);

    BlogApiReply send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body = {});
    // send() for a request that creates something: Qt may not repeat it on its own (see OneShotBody).
    BlogApiReply sendOnce(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body);
    // send(), repeated after growing pauses while the answer is transient. Only for requests that do not
    // create anything (a repeated POST could create a post twice). makeRequest is called for every attempt,
    // so that short-lived credentials (Ghost's JWT) are fresh.
    BlogApiReply sendWithRetries(const QByteArray &verb, const std::function<QNetworkRequest()> &makeRequest,
                                 const QByteArray &body = {});

    // The URL as it may appear in a message: without user info, query or fragment.
    static QString displayUrl(const QUrl &url);
    // Refuses a URL that is not http(s), and plain http:// to a host other than this computer (localhost,
    // *.localhost, 127/8, ::1) unless allowInsecure: anyone on the way could read the secret. service
    // names the blog kind in the message ("XML-RPC"). Call before sending anything.
    static std::optional<TransportError> refuseInsecure(const QUrl &url, bool allowInsecure,
                                                        const QString &service);

private:
    BlogApiReply exchange(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body,
                          bool once);

    BlogApiOptions m_options;
    QNetworkAccessManager m_manager;
};

} // namespace Postwright
