#pragma once

#include "publish/deploytransport.h"
#include "publish/netlifydeploy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

class QIODevice;

namespace Postwright {

// One answer of Netlify's API, or the reason there was none.
struct NetlifyReply
{
    int status = 0; // 0: no answer (refused, lost, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QByteArray link; // the Link header, naming the next page of a list
    std::optional<std::chrono::milliseconds> retryAfter;

    bool ok() const { return status >= 200 && status < 300; }
    // A lost connection, a timeout, 429 or 5xx: worth another try.
    bool transient() const;
    // Netlify's errors are {"code": 422, "message": "…"}; anything else is shown shortened.
    QString serverMessage() const;
    QJsonObject object() const;
    // In words for the writer; what names the subject ("“index.html”", "the new deploy"). siteId, when
    // given, turns a 404 into "no such site". Never contains the token.
    TransportError error(const QString &what, const QString &siteId = {}) const;
};

// Netlify's API as one thread sees it: blocking requests over that thread's own QNetworkAccessManager (so
// each upload thread has connections of its own), with the token in the Authorization header only.
class NetlifyApi
{
public:
    // stop() ends retry pauses early (a cancel, or another thread's failure); retries counts the retries.
    NetlifyApi(const NetlifyOptions &options, std::function<bool()> stop, std::atomic_int &retries);

    // path is percent-encoded and relative to the API's base ("/sites/ID/deploys"); body is sent from its
    // start, with contentType.
    NetlifyReply send(const QByteArray &verb, const QByteArray &path, QIODevice *body = nullptr,
                      const QByteArray &contentType = {});
    // send(), repeated while the answer is transient, after growing pauses or the server's Retry-After.
    NetlifyReply sendWithRetries(const QByteArray &verb, const QByteArray &path, QIODevice *body = nullptr,
                                 const QByteArray &contentType = {});

    // "tags/c++/index.html" -> "tags/c%2B%2B/index.html": each segment encoded, the slashes kept.
    static QByteArray encodePath(const QString &path);
    // Waits in short steps so that stop() is noticed; false when it became true.
    static bool pause(std::chrono::milliseconds duration, const std::function<bool()> &stop);

private:
    const NetlifyOptions &m_options;
    QByteArray m_base;
    std::function<bool()> m_stop;
    std::atomic_int &m_retries;
    QNetworkAccessManager m_manager;
};

} // namespace Postwright
