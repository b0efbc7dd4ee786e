#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A real S3-compatible server for one test: s3rver (npm, run with Node) on 127.0.0.1 and a free
// port, storing into a temporary folder, with the bucket bucket() created. s3rver is installed
// with npm into npmDir (a folder in the build tree) the first time, like the browser test does.
// Stopped in the destructor.
//
// s3rver knows only the access key S3RVER/S3RVER. It checks the access key ID but not SigV4
// signatures, so a wrong secret is not detectable with it.
class S3rverFixture
{
public:
    explicit S3rverFixture(QString npmDir);
    ~S3rverFixture();
    S3rverFixture(const S3rverFixture &) = delete;
    S3rverFixture &operator=(const S3rverFixture &) = delete;

    // Installs s3rver when needed and starts it; false with errorString() when it cannot run here.
    bool start();
    void stop();

    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    // For path-style requests: http://127.0.0.1:PORT.
    QString endpoint() const;
    // For virtual-host requests: http://s3.localhost:PORT, so BUCKET.s3.localhost names the bucket
    // (libcurl resolves every *.localhost name to the loopback address without DNS).
    QString virtualHostEndpoint() const;
    static QString bucket() { return QStringLiteral("site"); }
    static QString accessKeyId() { return QStringLiteral("S3RVER"); }
    static QString secretAccessKey() { return QStringLiteral("S3RVER"); }
    QString logText() const { return m_log; }

private:
    bool installS3rver();
    bool waitUntilListening();

    QString m_npmDir;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_log;
    QString m_error;
    int m_port = 0;
};

} // namespace Postwright::Test
