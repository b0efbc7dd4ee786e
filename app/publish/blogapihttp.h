#pragma once


#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
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

// Blocking HTTP for a worker thread, over that thread's own QNetworkAccessManager. Redirects are not
// followed: they would carry the credentials to wherever they point.
class BlogApiHttp
{
public:
    explicit BlogApiHttp(BlogApiOptions options);

    BlogApiReply send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body = {});
    // send(), repeated after growing pauses while the answer is transient. Only for requests that do not
    // create anything (a repeated POST could create a post twice). makeRequest is called for every attempt,
    // so that short-lived credentials (Ghost's JWT) are fresh.
    BlogApiReply sendWithRetries(const QByteArray &verb, const std::function<QNetworkRequest()> &makeRequest,
                                 const QByteArray &body = {});

    // The URL as it may appear in a message: without user info, query or fragment.
    static QString displayUrl(const QUrl &url);

private:
    BlogApiOptions m_options;
    QNetworkAccessManager m_manager;
};

} // namespace Postwright
