#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QThread;

namespace Postwright::Test {

// One HTTP/1.1 request as the mock servers see it.
struct HttpMockRequest
{
    QByteArray method;
    QByteArray target;                     // as sent: percent-encoded, with the query
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QString path() const;  // decoded, without the query
    QString query() const; // the raw query, without '?'
};

struct HttpMockResponse
{
    HttpMockResponse() = default;
    HttpMockResponse(int status, QByteArray body, QByteArray contentType = "application/json")
        : status(status)
        , body(std::move(body))
        , contentType(std::move(contentType))
    {}

    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool dropConnection = false; // close the connection without answering (a lost answer)
};

// The plumbing of a small HTTP server on 127.0.0.1 for tests: a thread of its own (so a blocking client in
// the test's thread can talk to it), Content-Length bodies, keep-alive. What it answers is the handler's
// business; the handler runs on the server's thread.
class HttpMockServer
{
public:
    using Handler = std::function<HttpMockResponse(const HttpMockRequest &)>;

    explicit HttpMockServer(Handler handler);
    ~HttpMockServer();
    HttpMockServer(const HttpMockServer &) = delete;
    HttpMockServer &operator=(const HttpMockServer &) = delete;

    bool start(); // listens on a free port
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT

    // Parses one multipart/form-data body: the part called field, its file name and bytes; false when the
    // body has no such part.
    static bool multipartFile(const HttpMockRequest &request, const QByteArray &field, QString &fileName,
                              QByteArray &bytes);

private:
    class Listener;
    Handler m_handler;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr;
    quint16 m_port = 0;
};

} // namespace Postwright::Test
