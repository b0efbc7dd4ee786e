#include "httpmockserver.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Postwright::Test {

QString HttpMockRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
}

QString HttpMockRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
}

// Lives on the server's thread: the listening socket and the connections' half-read requests.
class HttpMockServer::Listener : public QObject
{
public:
    explicit Listener(const Handler &handler)
        : m_handler(handler)
    {}

    quint16 listen()
    {
        m_tcp = new QTcpServer(this);
        QObject::connect(m_tcp, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_tcp->listen(QHostAddress::LocalHost, 0) ? m_tcp->serverPort() : 0;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_buffers[socket] += socket->readAll();
                process(socket);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    }

    void process(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            HttpMockRequest request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qint64 length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const bool close = request.headers.value("connection").toLower() == "close";
            const HttpMockResponse response = m_handler(request);
            if (response.dropConnection) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
            socket->write(out + response.body);
            if (close) {
                socket->disconnectFromHost();
                return;
            }
        }
    }

    const Handler &m_handler;
    QTcpServer *m_tcp = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

HttpMockServer::HttpMockServer(Handler handler)
    : m_handler(std::move(handler))
{}

HttpMockServer::~HttpMockServer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_listener, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool HttpMockServer::start()
{
    m_thread = new QThread;
    m_thread->start();
    m_listener = new Listener(m_handler);
    m_listener->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        m_listener, [this] { m_port = m_listener->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString HttpMockServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

bool HttpMockServer::multipartFile(const HttpMockRequest &request, const QByteArray &field, QString &fileName,
                                   QByteArray &bytes)
{
    static const QRegularExpression boundaryPattern(u"boundary=\"?([^\";]+)\"?"_s);
    const QRegularExpressionMatch match =
        boundaryPattern.match(QString::fromLatin1(request.headers.value("content-type")));
    if (!request.headers.value("content-type").startsWith("multipart/form-data") || !match.hasMatch())
        return false;
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    qsizetype from = request.body.indexOf(delimiter);
    while (from >= 0) {
        const qsizetype partStart = from + delimiter.size() + 2; // after CRLF
        const qsizetype next = request.body.indexOf(QByteArray("\r\n" + delimiter), partStart);
        if (next < 0)
            return false;
        const QByteArray part = request.body.mid(partStart, next - partStart);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        const QByteArray headers = part.left(headerEnd);
        static const QRegularExpression disposition(u"name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?"_s);
        const QRegularExpressionMatch names = disposition.match(QString::fromUtf8(headers));
        if (headerEnd > 0 && names.hasMatch() && names.captured(1).toUtf8() == field) {
            fileName = names.captured(2);
            bytes = part.mid(headerEnd + 4);
            return true;
        }
        from = next + 2;
    }
    return false;
}

} // namespace Postwright::Test
