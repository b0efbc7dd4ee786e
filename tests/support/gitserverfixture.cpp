#include "gitserverfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Postwright::Test {

namespace {

// A CGI bridge in front of `git http-backend`: Basic authentication, chunked request bodies (libgit2
// sends pushes that way), keep-alive responses. Prints its port once it listens.
const char serverScript[] = R"PY(
import base64, os, subprocess, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

root, user, password, port = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
expected = "Basic " + base64.b64encode((user + ":" + password).encode()).decode()

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        sys.stderr.write((format % args) + "\n")

    def do_GET(self):
        self.serve()

    def do_POST(self):
        self.serve()

    def body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []  # joined once: appending to bytes is quadratic for a large push
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def serve(self):
        data = self.body()
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="postwright-test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path, _, query = self.path.partition("?")
        env = dict(os.environ)
        env.update({
            "GIT_PROJECT_ROOT": root, "GIT_HTTP_EXPORT_ALL": "1", "REMOTE_USER": user,
            "REMOTE_ADDR": "127.0.0.1", "PATH_INFO": path, "QUERY_STRING": query,
            "REQUEST_METHOD": self.command, "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(data)),
        })
        for header, variable in (("Git-Protocol", "GIT_PROTOCOL"), ("Content-Encoding", "HTTP_CONTENT_ENCODING")):
            if self.headers.get(header):
                env[variable] = self.headers.get(header)
        result = subprocess.run(["git", "http-backend"], input=data, env=env, capture_output=True)
        if result.stderr:
            sys.stderr.write(result.stderr.decode(errors="replace"))
        out = result.stdout
        end, gap = out.find(b"\r\n\r\n"), 4
        if end < 0:
            end, gap = out.find(b"\n\n"), 2
        status, headers = 200, []
        for line in out[:max(end, 0)].decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.split()[0])
            elif name:
                headers.append((name, value.strip()))
        payload = out[end + gap:] if end >= 0 else b""
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
)PY";

} // namespace

GitServerFixture::GitServerFixture()
{
    QObject::connect(&m_server, &QProcess::readyReadStandardError, &m_server,
                     [this] { m_log += QString::fromLocal8Bit(m_server.readAllStandardError()); });
}

GitServerFixture::~GitServerFixture()
{
    stop();
}

QString GitServerFixture::repositoryPath(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("repositories/") + name + QStringLiteral(".git"));
}

QString GitServerFixture::httpUrl(const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2.git").arg(m_port).arg(name);
}

bool GitServerFixture::git(const QStringList &arguments, QByteArray *output, const QString &workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    // The tests' commits must not depend on the machine's git configuration.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Someone Else"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("else@example.invalid"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Someone Else"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("else@example.invalid"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("git %1 failed: %2%3")
                      .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()),
                           process.errorString());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

QString GitServerFixture::createRepository(const QString &name)
{
    const QString path = repositoryPath(name);
    if (!git({QStringLiteral("init"), QStringLiteral("--quiet"), QStringLiteral("--bare"), path}) ||
        !git({QStringLiteral("--git-dir"), path, QStringLiteral("config"), QStringLiteral("http.receivepack"),
              QStringLiteral("true")}))
        return {};
    return path;
}

bool GitServerFixture::writeScript()
{
    QFile file(m_dir.filePath(QStringLiteral("githttp.py")));
    if (!file.open(QIODevice::WriteOnly) || file.write(serverScript) < 0) {
        m_error = QStringLiteral("cannot write the server script: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool GitServerFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        m_error = QStringLiteral("git and python3 are needed for the git server");
        return false;
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("repositories")));
    if (!writeScript())
        return false;
    m_log.clear();
    m_server.start(QStringLiteral("python3"),
                   {QStringLiteral("-u"), m_dir.filePath(QStringLiteral("githttp.py")),
                    m_dir.filePath(QStringLiteral("repositories")), user(), password(),
                    QString::number(m_port)});
    if (!m_server.waitForStarted()) {
        m_error = QStringLiteral("python3 does not start: %1").arg(m_server.errorString());
        return false;
    }
    // The first line is the port it listens on; a restart asks for the same one.
    const QDeadlineTimer deadline(15000);
    while (!m_server.canReadLine() && !deadline.hasExpired() && m_server.state() == QProcess::Running)
        m_server.waitForReadyRead(100);
    const int port = m_server.readLine().trimmed().toInt();
    if (port <= 0) {
        m_error = QStringLiteral("the git HTTP server did not start: %1")
                      .arg(m_log + QString::fromLocal8Bit(m_server.readAllStandardError()));
        stop();
        return false;
    }
    m_port = port;
    return true;
}

void GitServerFixture::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.kill();
    m_server.waitForFinished(5000);
}

bool GitServerFixture::generateSshKey(const QString &file, const QString &passphrase)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    QProcess keygen;
    keygen.setProcessChannelMode(QProcess::MergedChannels);
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  passphrase, QStringLiteral("-C"), QStringLiteral("postwright-git-test"),
                  QStringLiteral("-f"), file});
    if (!keygen.waitForFinished(30000) || keygen.exitStatus() != QProcess::NormalExit ||
        keygen.exitCode() != 0) {
        m_error = QStringLiteral("ssh-keygen failed: %1").arg(QString::fromLocal8Bit(keygen.readAll()));
        return false;
    }
    return true;
}

bool GitServerFixture::authorizeSshKey(const QString &sshdClientKeyFile, const QString &publicKeyFile)
{
    // SshdFixture keeps authorized_keys beside its client key.
    QFile key(publicKeyFile);
    QFile authorized(QFileInfo(sshdClientKeyFile).dir().filePath(QStringLiteral("authorized_keys")));
    if (!key.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
        return false;
    const QByteArray line = key.readAll().trimmed() + '\n';
    return authorized.write(line) == line.size();
}

} // namespace Postwright::Test
