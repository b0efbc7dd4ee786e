#include "s3rverfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace Postwright::Test {

namespace {

// Pinned, so every run tests against the same server; bump it here to upgrade.
const QByteArray packageJson = R"json({
  "name": "postwright-s3rver-fixture",
  "private": true,
  "description": "s3rver for tests/app/publish/tst_s3transport (installed by S3rverFixture)",
  "dependencies": { "s3rver": "3.7.1" }
}
)json";

int freePort()
{
    // Binding port 0 lets the kernel pick a free one; s3rver takes it over right after.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

S3rverFixture::S3rverFixture(QString npmDir)
    : m_npmDir(std::move(npmDir))
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_server, &QProcess::readyRead, &m_server,
                     [this] { m_log += QString::fromLocal8Bit(m_server.readAll()); });
}

S3rverFixture::~S3rverFixture()
{
    stop();
}

QString S3rverFixture::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString S3rverFixture::virtualHostEndpoint() const
{
    return QStringLiteral("http://s3.localhost:%1").arg(m_port);
}

bool S3rverFixture::installS3rver()
{
    QDir().mkpath(m_npmDir);
    const QString manifest = m_npmDir + QStringLiteral("/package.json");
    QFile existing(manifest);
    const bool same = existing.open(QIODevice::ReadOnly) && existing.readAll() == packageJson;
    existing.close();
    if (same && QFileInfo::exists(m_npmDir + QStringLiteral("/node_modules/s3rver/bin/s3rver.js")))
        return true;

    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        m_error = QStringLiteral("npm is not installed: install Debian's nodejs and npm (scripts/dev deps)");
        return false;
    }
    QFile file(manifest);
    if (!file.open(QIODevice::WriteOnly) || file.write(packageJson) < 0 || !file.flush()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(manifest, file.errorString());
        return false;
    }
    file.close();
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.setWorkingDirectory(m_npmDir);
    install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                        QStringLiteral("--no-package-lock")});
    if (!install.waitForFinished(240000) || install.exitStatus() != QProcess::NormalExit ||
        install.exitCode() != 0) {
        install.kill();
        // Next time starts over instead of trusting a half-installed folder.
        QFile::remove(manifest);
        m_error = QStringLiteral("npm install in %1 failed (is the npm registry reachable?): %2")
                      .arg(m_npmDir, QString::fromLocal8Bit(install.readAll()));
        return false;
    }
    return true;
}

bool S3rverFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed: install Debian's nodejs and npm (scripts/dev deps)");
        return false;
    }
    if (!installS3rver())
        return false;
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    m_log.clear();
    // --service-endpoint makes BUCKET.s3.localhost a virtual-host address; --configure-bucket
    // must come last, as s3rver reads every following argument as a bucket configuration file.
    m_server.start(node, {m_npmDir + QStringLiteral("/node_modules/s3rver/bin/s3rver.js"),
                          QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QString::number(m_port), QStringLiteral("--directory"),
                          m_dir.filePath(QStringLiteral("data")), QStringLiteral("--service-endpoint"),
                          QStringLiteral("localhost"), QStringLiteral("--configure-bucket"), bucket()});
    if (!m_server.waitForStarted()) {
        m_error = QStringLiteral("s3rver does not start: %1").arg(m_server.errorString());
        return false;
    }
    return waitUntilListening();
}

bool S3rverFixture::waitUntilListening()
{
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_server.state() != QProcess::Running) {
            m_server.waitForReadyRead(100);
            m_error =
                QStringLiteral("s3rver exited: %1").arg(m_log + QString::fromLocal8Bit(m_server.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        m_server.waitForReadyRead(100);
    }
    m_error = QStringLiteral("s3rver does not listen on port %1: %2").arg(m_port).arg(m_log);
    return false;
}

void S3rverFixture::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(5000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

} // namespace Postwright::Test
