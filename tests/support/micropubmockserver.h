#pragma once

#include "httpmockserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace Postwright::Test {

// A stand-in for a Micropub site on 127.0.0.1, posts in memory:
//   GET  /                      the home page (setHomePage(); by default it links /micropub and /token)
//   GET  /micropub?q=config     {"media-endpoint": "…/media"}
//   POST /micropub              JSON create (h-entry) -> 201 + Location, or {"action": "update", …} -> 204
//   POST /media                 multipart "file" -> 201 + Location
//   GET  /moved                 301 to /
// The Micropub and media endpoints need "Authorization: Bearer <token>" with the scope the request needs
// (create, update, media; 401 insufficient_scope otherwise); the home page must come without it. Request
// shapes are checked (400 invalid_request otherwise). Requests are recorded.
class MicropubMockServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray body;
        QByteArray authorization;
        QByteArray contentType;
        int status = 0;
    };

    explicit MicropubMockServer(QString token = QStringLiteral("mock-micropub-token"),
                                QStringList scopes = {QStringLiteral("create"), QStringLiteral("update"),
                                                      QStringLiteral("media")});
    bool start();
    QString siteUrl() const; // http://127.0.0.1:PORT/
    QString token() const { return m_token; }

    // "%BASE%" in html becomes http://127.0.0.1:PORT; linkHeader is sent as a Link header when not empty.
    void setHomePage(const QByteArray &html, const QByteArray &linkHeader = {});
    void setMediaEndpoint(bool enabled);

    QMap<QString, QJsonObject> posts() const; // by URL: the h-entry's properties
    QMap<QString, QByteArray> media() const;  // by URL
    QList<Request> requests() const;
    void failNext(int status, int times = 1);
    void failNextCreate(int status, int times = 1); // only POSTs to the Micropub endpoint
    void answerMalformedNext(int times = 1); // a body that is not JSON (q=config)

private:
    HttpMockResponse handle(const HttpMockRequest &request);
    HttpMockResponse route(const HttpMockRequest &request);
    HttpMockResponse checkToken(const HttpMockRequest &request, const QString &scope) const; // 0: fine
    HttpMockResponse create(const QJsonObject &object);
    HttpMockResponse update(const QJsonObject &object);

    QString m_token;
    QStringList m_scopes;
    std::unique_ptr<HttpMockServer> m_http;

    mutable QMutex m_mutex; // everything below
    QByteArray m_homePage;
    QByteArray m_linkHeader;
    bool m_mediaEnabled = true;
    QMap<QString, QJsonObject> m_posts;
    QMap<QString, QByteArray> m_media;
    QList<Request> m_requests;
    int m_nextPost = 1;
    int m_failStatus = 0;
    int m_failTimes = 0;
    int m_failCreateTimes = 0;
    int m_failCreateStatus = 500;
    int m_malformedTimes = 0;
};

} // namespace Postwright::Test
