#include "netlifymockserver.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Postwright::Test {

namespace {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     // as sent: percent-encoded, with the query
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without answering
};

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpResponse json(int status, const QJsonValue &value)
{
    HttpResponse response;
    response.status = status;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse error(int status, const QString &message)
{
    return json(status, QJsonObject{{u"code"_s, status}, {u"message"_s, message}});
}

bool isSha1(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{40}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

// Lives on the server's thread: the listening socket, the connections and their half-read requests.
class NetlifyMockServer::Handler : public QObject
{
public:
    explicit Handler(NetlifyMockServer &server)
        : m_server(server)
    {}

    quint16 listen()
    {
        m_tcp = new QTcpServer(this);
        QObject::connect(m_tcp, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_tcp->listen(QHostAddress::LocalHost, 0) ? m_tcp->serverPort() : 0;
    }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // an answer is being held back (put delay)
    };

    void accept()
    {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
            m_connections.insert(socket, {});
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_connections[socket].buffer += socket->readAll();
                process(socket);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QObject::destroyed, this,
                             [this, socket] { m_connections.remove(socket); });
        }
    }

    // Answers every complete request in the buffer, one at a time (clients do not pipeline).
    void process(QTcpSocket *socket)
    {
        Connection &connection = m_connections[socket];
        while (!connection.busy) {
            const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            HttpRequest request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            if (request.headers.contains("transfer-encoding")) {
                respond(socket, error(411, u"Send a Content-Length"_s), true);
                return;
            }
            const qint64 length = request.headers.value("content-length", "0").toLongLong();
            if (connection.buffer.size() < headerEnd + 4 + length)
                return;
            request.body = connection.buffer.mid(headerEnd + 4, length);
            connection.buffer.remove(0, headerEnd + 4 + length);
            const bool close = request.headers.value("connection").toLower() == "close";

            const std::chrono::milliseconds delay = [this] {
                QMutexLocker lock(&m_server.m_mutex);
                return m_server.m_putDelay;
            }();
            if (request.method == "PUT" && delay.count() > 0) {
                connection.busy = true;
                QTimer::singleShot(delay, socket, [this, socket, request, close] {
                    m_connections[socket].busy = false;
                    if (respond(socket, handle(request), close))
                        process(socket);
                });
                return;
            }
            if (!respond(socket, handle(request), close))
                return;
        }
    }

    // false when the connection is gone afterwards.
    bool respond(QTcpSocket *socket, const HttpResponse &response, bool close)
    {
        if (response.drop) {
            socket->abort();
            return false;
        }
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) +
            "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        socket->write(out + response.body);
        if (close) {
            socket->disconnectFromHost();
            return false;
        }
        return true;
    }

    HttpResponse handle(const HttpRequest &request)
    {
        QMutexLocker lock(&m_server.m_mutex);
        const qsizetype question = request.target.indexOf('?');
        const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
        const QUrlQuery query(question < 0 ? QString() : QString::fromUtf8(request.target.mid(question + 1)));
        const QString path = QUrl::fromPercentEncoding(rawPath);
        int putNumber = 0;
        if (request.method == "PUT")
            putNumber = ++m_server.m_puts;
        HttpResponse response = route(request, path, query, putNumber);
        m_server.m_requests.append(
            {request.method, path, request.body.size(), response.drop ? 0 : response.status});
        return response;
    }

    // Called with the mutex held.
    HttpResponse route(const HttpRequest &request, const QString &fullPath, const QUrlQuery &query,
                       int putNumber)
    {
        NetlifyMockServer &s = m_server;
        if (s.m_stopped || (s.m_stopAfterPut >= 0 && putNumber > s.m_stopAfterPut)) {
            s.m_stopped = true;
            return HttpResponse{0, {}, {}, true};
        }
        if (putNumber > 0) {
            for (const Fault &fault : std::as_const(s.m_faults)) {
                if (putNumber >= fault.from && putNumber <= fault.to)
                    return fault.status == 0 ? HttpResponse{0, {}, {}, true}
                                             : error(fault.status, u"Injected failure"_s);
            }
        }
        if (!s.m_rateLimitMethod.isEmpty() && request.method == s.m_rateLimitMethod) {
            s.m_rateLimitMethod.clear();
            HttpResponse limited = error(429, u"Rate limit exceeded"_s);
            limited.headers.append({"Retry-After", QByteArray::number(s.m_retryAfter)});
            return limited;
        }
        if (request.headers.value("authorization") != "Bearer " + s.m_token.toUtf8())
            return error(401, u"Access Denied: Invalid access token"_s);
        if (!fullPath.startsWith(u"/api/v1/"))
            return error(404, u"Not Found"_s);
        const QStringList parts = fullPath.mid(8).split(u'/');
        const QByteArray &method = request.method;

        if (parts.value(0) == u"sites" && parts.size() >= 2) {
            if (parts[1] != s.m_siteId)
                return error(404, u"Not Found"_s);
            if (parts.size() == 2 && method == "GET")
                return json(200, QJsonObject{{u"id"_s, s.m_siteId}, {u"name"_s, u"mock"_s}});
            if (parts.size() == 3 && parts[2] == u"files" && method == "GET")
                return listFiles(query);
            if (parts.size() == 3 && parts[2] == u"deploys" && method == "POST")
                return createDeploy(request.body);
        }
        if (parts.value(0) == u"deploys" && parts.size() >= 2) {
            auto deploy = s.m_deploys.find(parts[1]);
            if (deploy == s.m_deploys.end())
                return error(404, u"Not Found"_s);
            if (parts.size() == 2 && method == "GET")
                return deployState(*deploy, true);
            if (parts.size() >= 4 && parts[2] == u"files" && method == "PUT")
                return receiveFile(*deploy, u'/' + parts.mid(3).join(u'/'), request);
        }
        return error(404, u"Not Found"_s);
    }

    HttpResponse listFiles(const QUrlQuery &query)
    {
        NetlifyMockServer &s = m_server;
        const int perPage = std::clamp(query.queryItemValue(u"per_page"_s).toInt(), 1, 100);
        const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
        const QMap<QString, QString> files = s.m_deploys.value(s.m_published).files;
        QJsonArray list;
        const QStringList paths = files.keys();
        for (qsizetype i = qsizetype(page - 1) * perPage; i < paths.size() && i < qsizetype(page) * perPage;
             ++i) {
            const QString sha = files.value(paths[i]);
            list.append(QJsonObject{{u"id"_s, paths[i]},
                                    {u"path"_s, paths[i]},
                                    {u"sha"_s, sha},
                                    {u"size"_s, s.m_blobs.value(sha).size()},
                                    {u"mime_type"_s, u""_s}});
        }
        HttpResponse response = json(200, list);
        if (qsizetype(page) * perPage < paths.size()) {
            response.headers.append({"Link", "<" + s.apiUrl().toUtf8() + "/sites/" + s.m_siteId.toUtf8() +
                                                 "/files?page=" + QByteArray::number(page + 1) +
                                                 "&per_page=" + QByteArray::number(perPage) +
                                                 ">; rel=\"next\""});
        }
        return response;
    }

    HttpResponse createDeploy(const QByteArray &body)
    {
        NetlifyMockServer &s = m_server;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject() || !document.object().value(u"files"_s).isObject())
            return error(422, u"Expected a JSON object with a files map"_s);
        Deploy deploy;
        deploy.id = u"%1"_s.arg(s.m_nextDeploy++, 24, 16, QChar(u'0'));
        const QJsonObject files = document.object().value(u"files"_s).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString sha = it.value().toString();
            if (!it.key().startsWith(u'/') || it.key().size() < 2 || !isSha1(sha))
                return error(422, u"Invalid file entry: %1"_s.arg(it.key()));
            deploy.files.insert(it.key(), sha);
            if (!s.m_blobs.contains(sha) && !deploy.required.contains(sha))
                deploy.required.append(sha);
        }
        const bool async = document.object().value(u"async"_s).toBool();
        if (async) {
            deploy.state = u"preparing"_s;
            deploy.preparePolls = s.m_preparePolls;
        } else {
            settle(deploy, u"uploading"_s);
        }
        s.m_deploys.insert(deploy.id, deploy);
        return deployState(s.m_deploys[deploy.id], !async);
    }

    // Publishes a deploy with nothing left to upload; otherwise it takes waitingState.
    void settle(Deploy &deploy, const QString &waitingState)
    {
        if (deploy.required.isEmpty()) {
            deploy.state = u"ready"_s;
            m_server.m_published = deploy.id;
        } else {
            deploy.state = waitingState;
        }
    }

    HttpResponse deployState(Deploy &deploy, bool withRequired)
    {
        if (deploy.state == u"preparing" && deploy.preparePolls-- <= 0)
            settle(deploy, u"prepared"_s);
        QJsonObject answer{
            {u"id"_s, deploy.id}, {u"site_id"_s, m_server.m_siteId}, {u"state"_s, deploy.state}};
        if (withRequired && deploy.state != u"preparing")
            answer.insert(u"required"_s, QJsonArray::fromStringList(deploy.required));
        return json(200, answer);
    }

    HttpResponse receiveFile(Deploy &deploy, const QString &path, const HttpRequest &request)
    {
        if (deploy.state != u"uploading" && deploy.state != u"prepared")
            return error(422, u"Deploy %1 is %2 and takes no files"_s.arg(deploy.id, deploy.state));
        if (!deploy.files.contains(path))
            return error(422, u"%1 is not part of deploy %2"_s.arg(path, deploy.id));
        if (request.headers.value("content-type") != "application/octet-stream")
            return error(422, u"Files must be sent as application/octet-stream"_s);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha1).toHex());
        if (sha != deploy.files.value(path))
            return error(422, u"SHA1 mismatch for %1"_s.arg(path));
        m_server.m_blobs.insert(sha, request.body);
        // Every deploy waiting for this digest has it now, as on Netlify.
        for (Deploy &other : m_server.m_deploys) {
            if (other.required.removeAll(sha) > 0 &&
                (other.state == u"uploading" || other.state == u"prepared"))
                settle(other, other.state);
        }
        if (m_server.m_stopAfterPut >= 0 && m_server.m_puts >= m_server.m_stopAfterPut)
            m_server.m_stopped = true;
        return json(
            200, QJsonObject{
                     {u"id"_s, path}, {u"path"_s, path}, {u"sha"_s, sha}, {u"size"_s, request.body.size()}});
    }

    NetlifyMockServer &m_server;
    QTcpServer *m_tcp = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
};

NetlifyMockServer::NetlifyMockServer(QString token, QString siteId)
    : m_token(std::move(token))
    , m_siteId(std::move(siteId))
{}

NetlifyMockServer::~NetlifyMockServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool NetlifyMockServer::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(u"NetlifyMockServer"_s);
    m_handler = new Handler(*this);
    m_handler->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_handler, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_handler, [this, &port] { port = m_handler->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

QString NetlifyMockServer::apiUrl() const
{
    return u"http://127.0.0.1:%1/api/v1"_s.arg(m_port);
}

QStringList NetlifyMockServer::servedPaths() const
{
    return servedFiles().keys();
}

QByteArray NetlifyMockServer::servedFile(const QString &path) const
{
    return servedFiles().value(path);
}

QMap<QString, QByteArray> NetlifyMockServer::servedFiles() const
{
    QMutexLocker lock(&m_mutex);
    QMap<QString, QByteArray> files;
    const QMap<QString, QString> listed = m_deploys.value(m_published).files;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        files.insert(it.key().mid(1), m_blobs.value(*it));
    return files;
}

QString NetlifyMockServer::publishedDeployId() const
{
    QMutexLocker lock(&m_mutex);
    return m_published;
}

int NetlifyMockServer::deployCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_deploys.size());
}

QList<NetlifyMockServer::Request> NetlifyMockServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<NetlifyMockServer::Request> NetlifyMockServer::requests(const QByteArray &method) const
{
    QList<Request> matching;
    for (const Request &request : requests()) {
        if (request.method == method)
            matching.append(request);
    }
    return matching;
}

void NetlifyMockServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void NetlifyMockServer::failPut(int n, int status, int times)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append({m_puts + n, m_puts + n + times - 1, status});
}

void NetlifyMockServer::dropPut(int n, int times)
{
    failPut(n, 0, times);
}

void NetlifyMockServer::rateLimitNext(const QByteArray &method, int retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_rateLimitMethod = method;
    m_retryAfter = retryAfterSeconds;
}

void NetlifyMockServer::stopAfterPuts(int n)
{
    QMutexLocker lock(&m_mutex);
    m_stopAfterPut = m_puts + n;
    m_stopped = n == 0;
}

void NetlifyMockServer::resume()
{
    QMutexLocker lock(&m_mutex);
    m_stopAfterPut = -1;
    m_stopped = false;
    m_faults.clear();
}

void NetlifyMockServer::setPutDelay(std::chrono::milliseconds delay)
{
    QMutexLocker lock(&m_mutex);
    m_putDelay = delay;
}

void NetlifyMockServer::setPreparePolls(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_preparePolls = polls;
}

} // namespace Postwright::Test
