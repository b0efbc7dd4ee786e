#pragma once

#include "httpmockserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

class QUrlQuery;

namespace Postwright::Test {

// A stand-in for Ghost's Admin API (v5) on 127.0.0.1, posts in memory. Under /ghost/api/admin/:
//   POST posts/?source=html          {"posts": [{…}]}            -> 201 {"posts": [post]}
//   PUT  posts/{id}/?source=html     {"posts": [{…, updated_at}]} -> 200, or 409 UpdateCollisionError
//   GET  posts/{id}/, posts/slug/{slug}/                         -> 200 or 404
//   GET  posts/?limit=N&page=P[&formats=html][&include=tags]    -> 200 {"posts": […], "meta": {"pagination":
//        {page, limit, pages, total, next, prev}}}, newest first; html and tags only when asked for
//   POST images/upload/              multipart "file"            -> 201 {"images": [{"url": …}]}
// Every request must carry "Authorization: Ghost <JWT>" signed with the key's secret (HS256, kid = the
// key's ID, aud "/admin/", expiring in the future and at most 5 minutes after iat) and Accept-Version;
// the request shapes are checked (422 ValidationError otherwise). Requests are recorded.
class GhostMockServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path; // from /ghost/api/admin/ on, decoded
        QString query;
        QByteArray body;
        QByteArray acceptVersion;
        QJsonObject jwtHeader; // as received, whether valid or not
        QJsonObject jwtPayload;
        int status = 0;
    };

    // The key is "id:secret", the secret in hex.
    explicit GhostMockServer(
        QString keyId = QStringLiteral("6748592f4b9b7700010f6564"),
        QByteArray secretHex = "b1b5b9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1");
    bool start();
    QString siteUrl() const; // http://127.0.0.1:PORT/
    QString adminKey() const { return m_keyId + u':' + QString::fromLatin1(m_secretHex); }

    QList<QJsonObject> posts() const;
    QJsonObject post(const QString &id) const;
    // Someone else edits the post in Ghost Admin: its updated_at moves on.
    void touchPost(const QString &id, const QString &html = {}, const QString &title = {}); // a web edit
    QList<QByteArray> images() const; // the bytes of every uploaded image

    QList<Request> requests() const;
    // Faults for the next times requests: an HTTP status with a Ghost error, or (malformed) a 200/201 whose
    // body is not JSON.
    void failNext(int status, int times = 1);
    void answerMalformedNext(int times = 1);

private:
    HttpMockResponse handle(const HttpMockRequest &request);
    HttpMockResponse route(const HttpMockRequest &request, Request &record);
    HttpMockResponse listPosts(const QUrlQuery &query,
                               const std::function<HttpMockResponse(int, const QJsonObject &)> &answer);
    QString checkToken(const QByteArray &authorization, Request &record) const; // empty: valid
    QString nextTimestamp();

    QString m_keyId;
    QByteArray m_secretHex;
    std::unique_ptr<HttpMockServer> m_http;

    mutable QMutex m_mutex; // everything below
    QMap<QString, QJsonObject> m_posts;
    QList<QByteArray> m_images;
    QList<Request> m_requests;
    int m_nextId = 1;
    int m_clock = 0;
    int m_failStatus = 0;
    int m_failTimes = 0;
    int m_malformedTimes = 0;
};

} // namespace Postwright::Test
