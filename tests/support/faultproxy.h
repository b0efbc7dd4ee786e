#pragma once

#include "httpmockserver.h"

#include <QMutex>
#include <QUrl>

namespace Postwright::Test {

// An HTTP proxy on 127.0.0.1 in front of a real server (the WordPress fixture), forwarding each request
// and able to break chosen ones: drop the answer after the server has handled the request (the client
// sees a lost connection, the server did the work), or answer in the server's place (a 500, a broken
// JSON body) without forwarding.
class FaultProxy
{
public:
    explicit FaultProxy(const QUrl &upstream);

    bool start();
    QString baseUrl() const; // http://127.0.0.1:PORT plus the upstream's path

    // The next `times` requests with this method whose path contains pathPart reach the server, but
    // their answers are dropped.
    void dropAnswers(const QByteArray &method, const QString &pathPart, int times = 1);
    // The next `times` such requests get this answer instead of reaching the server.
    void answerInstead(const QByteArray &method, const QString &pathPart, const HttpMockResponse &response,
                       int times = 1);
    // How many requests with this method and path part came through (forwarded, dropped or answered).
    int count(const QByteArray &method, const QString &pathPart) const;

private:
    struct Rule
    {
        QByteArray method;
        QString pathPart;
        int times = 0;
        bool drop = false;
        HttpMockResponse response;
    };

    HttpMockResponse handle(const HttpMockRequest &request);
    HttpMockResponse forward(const HttpMockRequest &request) const;

    QUrl m_upstream;
    mutable QMutex m_mutex;
    QList<Rule> m_rules;
    QList<std::pair<QByteArray, QString>> m_seen;
    HttpMockServer m_server;
};

} // namespace Postwright::Test
