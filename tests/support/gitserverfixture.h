#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Postwright::Test {

// Real git servers for one test, on 127.0.0.1: `git http-backend` (smart HTTP, pushes allowed) behind
// a small Python 3 HTTP server that asks for Basic authentication, serving bare repositories made with
// `git init --bare`. SSH pushes reach the same repositories by path through SshdFixture (a real sshd).
// Stopped in the destructor.
class GitServerFixture
{
public:
    GitServerFixture();
    ~GitServerFixture();
    GitServerFixture(const GitServerFixture &) = delete;
    GitServerFixture &operator=(const GitServerFixture &) = delete;

    // Starts the HTTP server on a free port (the same one again after stop()); false with
    // errorString() when git or python3 cannot run here.
    bool start();
    // Kills the server at once, as a crash or a lost network would.
    void stop();
    bool isRunning() const { return m_server.state() == QProcess::Running; }

    QString errorString() const { return m_error; }
    QString logText() const { return m_log; }
    int port() const { return m_port; }
    // The account the server accepts; the password doubles as a token in the tests.
    static QString user() { return QStringLiteral("pwgit"); }
    static QString password() { return QStringLiteral("tok-Test-only-9931"); }

    // A new bare repository NAME.git; its path, or empty with errorString().
    QString createRepository(const QString &name);
    QString repositoryPath(const QString &name) const;
    // http://127.0.0.1:PORT/NAME.git, without credentials.
    QString httpUrl(const QString &name) const;

    // Runs git (in workingDirectory when given); false with the output in errorString() when it fails.
    bool git(const QStringList &arguments, QByteArray *output = nullptr,
             const QString &workingDirectory = {});
    // An ed25519 key pair at file (and file.pub), with the passphrase (none when empty).
    bool generateSshKey(const QString &file, const QString &passphrase);
    // Lets the key log in to an SshdFixture as its keyUser(), beside the fixture's own key.
    static bool authorizeSshKey(const QString &sshdClientKeyFile, const QString &publicKeyFile);

private:
    bool writeScript();

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_log;
    QString m_error;
    int m_port = 0;
};

} // namespace Postwright::Test
