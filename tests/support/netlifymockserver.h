#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QThread;

namespace Postwright::Test {

// A stand-in for Netlify's file-digest deploy API on 127.0.0.1, in memory, on a thread of its own so a
// blocking client in the test thread can talk to it. It implements, under /api/v1:
//   GET  /sites/{site_id}                  the site (checks the token and the ID)
//   GET  /sites/{site_id}/files            the live deploy's files, paginated (page, per_page, Link: next)
//   POST /sites/{site_id}/deploys          {"files": {"/path": "<sha1>"}, "async": bool}
//   GET  /deploys/{deploy_id}              state and the digests still required
//   PUT  /deploys/{deploy_id}/files/{path} the bytes of a listed file (SHA-1 must match, else 422)
// A deploy goes live (becomes the site's published deploy) once every required digest has arrived.
// Every request is recorded; faults are injected on demand.
class NetlifyMockServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path;     // decoded, from /api/v1 on, without the query
        qint64 bytes = 0; // of the body
        int status = 0;   // 0: the connection was dropped instead of answered
    };

    explicit NetlifyMockServer(QString token = QStringLiteral("mock-token"),
                               QString siteId = QStringLiteral("mock-site"));
    ~NetlifyMockServer();
    NetlifyMockServer(const NetlifyMockServer &) = delete;
    NetlifyMockServer &operator=(const NetlifyMockServer &) = delete;

    bool start();           // listens on a free port
    QString apiUrl() const; // http://127.0.0.1:PORT/api/v1
    QString token() const { return m_token; }
    QString siteId() const { return m_siteId; }

    // The published deploy, by path relative to the site's root ("index.html", "2026/post/index.html").
    QStringList servedPaths() const;
    QByteArray servedFile(const QString &path) const;
    QMap<QString, QByteArray> servedFiles() const;
    QString publishedDeployId() const;
    int deployCount() const;

    QList<Request> requests() const;
    QList<Request> requests(const QByteArray &method) const;
    void clearRequests();

    // Faults. n counts PUTs from now on, 1 for the next one.
    // Answers the nth PUT (and times-1 after it) with status; 0 closes the connection instead.
    void failPut(int n, int status = 500, int times = 1);
    void dropPut(int n, int times = 1);                                  // failPut(n, 0, times)
    void rateLimitNext(const QByteArray &method, int retryAfterSeconds); // one 429 with Retry-After
    void stopAfterPuts(int n); // accept n more PUTs, then drop every request until resume()
    void resume();
    void setPutDelay(std::chrono::milliseconds delay); // each PUT is answered this much later
    // An async deploy stays "preparing" for this many GETs.
    void setPreparePolls(int polls);

private:
    class Handler;
    struct Deploy
    {
        QString id;
        QMap<QString, QString> files; // "/path" -> sha1
        QStringList required;         // digests still missing
        QString state;
        int preparePolls = 0;
    };
    struct Fault
    {
        int from = 0; // PUT numbers, inclusive
        int to = 0;
        int status = 0; // 0: drop the connection
    };

    QString m_token;
    QString m_siteId;
    QThread *m_thread = nullptr;
    Handler *m_handler = nullptr;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // everything below; the handler's thread writes, the test's thread reads
    QMap<QString, Deploy> m_deploys;
    QMap<QString, QByteArray> m_blobs; // sha1 -> bytes of every file ever received
    QString m_published;
    int m_nextDeploy = 1;
    QList<Request> m_requests;
    int m_puts = 0; // PUTs received so far
    QList<Fault> m_faults;
    QByteArray m_rateLimitMethod;
    int m_retryAfter = 0;
    int m_stopAfterPut = -1; // -1: not stopping
    bool m_stopped = false;
    std::chrono::milliseconds m_putDelay{0};
    int m_preparePolls = 1;
};

} // namespace Postwright::Test
