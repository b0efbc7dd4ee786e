#include "faultproxy.h"

#include <QMutexLocker>
#include <QTcpSocket>

namespace Postwright::Test {

FaultProxy::FaultProxy(const QUrl &upstream)
    : m_upstream(upstream)
    , m_server([this](const HttpMockRequest &request) { return handle(request); })
{}

bool FaultProxy::start()
{
    return m_server.start();
}

QString FaultProxy::baseUrl() const
{
    QString path = m_upstream.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    return m_server.baseUrl() + path;
}

void FaultProxy::dropAnswers(const QByteArray &method, const QString &pathPart, int times)
{
    const QMutexLocker lock(&m_mutex);
    m_rules.append(Rule{method, pathPart, times, true, {}});
}

void FaultProxy::answerInstead(const QByteArray &method, const QString &pathPart,
                               const HttpMockResponse &response, int times)
{
    const QMutexLocker lock(&m_mutex);
    m_rules.append(Rule{method, pathPart, times, false, response});
}

int FaultProxy::count(const QByteArray &method, const QString &pathPart) const
{
    const QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &[seenMethod, target] : m_seen)
        n += seenMethod == method && target.contains(pathPart) ? 1 : 0;
    return n;
}

HttpMockResponse FaultProxy::handle(const HttpMockRequest &request)
{
    // The path with its query: WordPress without pretty permalinks routes by ?rest_route=.
    const QString target = QUrl::fromPercentEncoding(request.target);
    std::optional<Rule> rule;
    {
        const QMutexLocker lock(&m_mutex);
        m_seen.append({request.method, target});
        for (Rule &candidate : m_rules) {
            if (candidate.times > 0 && candidate.method == request.method &&
                target.contains(candidate.pathPart)) {
                --candidate.times;
                rule = candidate;
                break;
            }
        }
    }
    if (rule && !rule->drop)
        return rule->response;
    HttpMockResponse response = forward(request);
    if (rule && rule->drop) {
        response = HttpMockResponse{};
        response.dropConnection = true;
    }
    return response;
}

// One request over a fresh connection that the server closes after answering (Connection: close), so the
// answer ends where the connection does; a chunked body is decoded.
HttpMockResponse FaultProxy::forward(const HttpMockRequest &request) const
{
    QTcpSocket socket;
    socket.connectToHost(m_upstream.host(), quint16(m_upstream.port(80)));
    if (!socket.waitForConnected(10000))
        return HttpMockResponse{502, "proxy: upstream unreachable", "text/plain"};
    QByteArray out = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key() == "connection" || it.key() == "host" || it.key() == "content-length")
            continue;
        out += it.key() + ": " + it.value() + "\r\n";
    }
    out += "Host: " + m_upstream.host().toUtf8() + ':' + QByteArray::number(m_upstream.port(80)) + "\r\n";
    out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket.write(out + request.body);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(60000))
            answer += socket.readAll();
        else if (socket.state() == QAbstractSocket::ConnectedState &&
                 socket.error() == QAbstractSocket::SocketTimeoutError)
            break;
    }
    answer += socket.readAll();
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return HttpMockResponse{502, "proxy: no answer from upstream", "text/plain"};
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    HttpMockResponse response;
    response.status = lines.value(0).split(' ').value(1).toInt();
    bool chunked = false;
    response.contentType.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        const QByteArray lower = name.toLower();
        if (lower == "content-type")
            response.contentType = value;
        else if (lower == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (lower != "content-length" && lower != "connection")
            response.headers.append({name, value});
    }
    QByteArray body = answer.mid(headerEnd + 4);
    if (chunked) {
        QByteArray decoded;
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qsizetype size =
                body.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size == 0)
                break;
            decoded += body.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        body = decoded;
    }
    response.body = body;
    return response;
}

} // namespace Postwright::Test
