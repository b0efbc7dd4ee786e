#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A real WordPress for one test: Debian's /usr/share/wordpress served by PHP's built-in web server
// (4 workers) and a private MariaDB server, both on 127.0.0.1 and free ports, with everything in a
// temporary folder. Nothing global is touched: the site is a tree of symbolic links to Debian's
// files plus its own wp-config.php and wp-content, so /etc/wordpress is never read.
//
// The site has pretty permalinks (/wp-json/ and ?rest_route= both work), XML-RPC, no posts or pages,
// the category "Uncategorized" (ID 1), an administrator user() and an author authorUser(), each
// with a login password and an Application Password (WP_ENVIRONMENT_TYPE is "local", so WordPress
// accepts those over plain HTTP).
//
// Start-up time (2 shared cores, measured): the first start() on a machine installs MariaDB's
// system tables and WordPress (4 s, up to 12 s under load) and keeps the resulting database as a
// template in cacheDir, keyed by the WordPress and MariaDB versions and the install script; later
// starts copy it (0.7-2 s). OPcache's file cache in cacheDir/opcache halves each PHP run.
// Stopped, and the folder removed, in stop() and the destructor; if the test process is killed,
// MariaDB and PHP (workers included) stop by themselves.
class WordPressFixture
{
public:
    explicit WordPressFixture(QString cacheDir);
    ~WordPressFixture();
    WordPressFixture(const WordPressFixture &) = delete;
    WordPressFixture &operator=(const WordPressFixture &) = delete;

    // False with `why` when this machine cannot run it (packages missing); tests QSKIP with it.
    static bool available(QString *why);
    // Starts MariaDB and the web server (installing the template first when needed); false with
    // errorString() and logText() when it fails.
    bool start();
    void stop();

    QString errorString() const { return m_error; }
    // http://127.0.0.1:PORT, without a trailing slash.
    QString baseUrl() const;
    static QString user() { return QStringLiteral("pwadmin"); }
    // The login password (wp-login.php, and XML-RPC, which takes both kinds).
    static QString password() { return QStringLiteral("pw-Admin-only-4711"); }
    // For Basic auth on the REST API: "user():applicationPassword()".
    QString applicationPassword() const { return m_applicationPassword; }
    static QString authorUser() { return QStringLiteral("pwauthor"); }
    static QString authorPassword() { return QStringLiteral("pw-Author-only-4711"); }
    QString authorApplicationPassword() const { return m_authorApplicationPassword; }
    // MariaDB's error log and PHP's server log (without its per-connection lines).
    QString logText() const;

    // Runs PHP code (without "<?php") inside the site, with wp-load.php loaded, and returns what it
    // echoes: for acting behind the API's back, e.g.
    //   wp_update_post(['ID' => 5, 'post_title' => 'Edited']);
    //   echo wp_count_posts()->draft;
    // False with errorString() (PHP's messages included) when PHP exits with an error.
    bool runPhp(const QString &code, QString *output = nullptr);

private:
    QString runPath(const QString &name) const;
    QString templateKey() const;
    bool writeSite();
    bool buildTemplate(const QString &templateDir);
    bool copyTemplate(const QString &templateDir);
    bool readCredentials(const QString &file);
    bool startDatabase();
    enum class Shutdown { Clean, Fast };
    void stopDatabase(Shutdown shutdown);
    QStringList phpOptions(bool server) const;
    bool startWebServer();
    bool runProcess(const QString &program, const QStringList &arguments, QString *output, int timeoutMs);
    bool waitUntilListening(QProcess &process, int port, const QString &name, const QString &logFile);

    QString m_cacheDir;
    QTemporaryDir m_dir;
    QProcess m_database;
    QProcess m_webServer;
    QString m_error;
    QString m_log;
    QString m_applicationPassword;
    QString m_authorApplicationPassword;
    int m_databasePort = 0;
    int m_webPort = 0;
    int m_scripts = 0;
};

} // namespace Postwright::Test
