#include "wordpressfixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <memory>
#include <vector>

namespace Postwright::Test {

namespace {

const QString wordpressRoot = QStringLiteral("/usr/share/wordpress");
const QString mariadbdPath = QStringLiteral("/usr/sbin/mariadbd");
const QString installDbPath = QStringLiteral("/usr/bin/mariadb-install-db");
const QString mariadbPath = QStringLiteral("/usr/bin/mariadb");
const QString phpPath = QStringLiteral("/usr/bin/php");
const QString supportDir = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/support/wordpress");
const QString databaseName = QStringLiteral("wordpress");
const QString databaseUser = QStringLiteral("wordpress");
const QString databasePassword = QStringLiteral("pw-Database-only-4711");

// Small and without fsync: the data lives for one test. The same InnoDB settings at install and
// run time, so a template starts without resizing its log.
QStringList innodbOptions()
{
    return {QStringLiteral("--innodb-buffer-pool-size=32M"), QStringLiteral("--innodb-log-file-size=8M"),
            QStringLiteral("--innodb-flush-log-at-trx-commit=0"), QStringLiteral("--skip-innodb-doublewrite"),
            // io_uring is often blocked in containers.
            QStringLiteral("--innodb-use-native-aio=0"),
            QStringLiteral("--innodb-buffer-pool-load-at-startup=0"),
            QStringLiteral("--innodb-buffer-pool-dump-at-shutdown=0")};
}

// MariaDB refuses to run as root unless told to.
QStringList userOption()
{
    return geteuid() == 0 ? QStringList{QStringLiteral("--user=root")} : QStringList{};
}

QList<int> freePorts(int count)
{
    // Binding port 0 lets the kernel pick a free one; all probes stay open until every port is
    // known, so the ports differ. The servers take them over right after.
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<int> ports;
    for (int i = 0; i < count; ++i) {
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(probe->serverPort());
        probes.push_back(std::move(probe));
    }
    return ports;
}

QString phpString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to, QString *error)
{
    if (!QDir().mkpath(to)) {
        *error = QStringLiteral("cannot create %1").arg(to);
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        const bool ok = it.fileInfo().isDir() ? QDir().mkpath(target) : QFile::copy(source, target);
        if (!ok) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(source, target);
            return false;
        }
    }
    return true;
}

// So a killed test leaves no server behind (the kernel signals the child when its parent dies).
void dieWithParent(int signal)
{
    prctl(PR_SET_PDEATHSIG, signal);
}

} // namespace

WordPressFixture::WordPressFixture(QString cacheDir)
    : m_cacheDir(std::move(cacheDir))
{}

WordPressFixture::~WordPressFixture()
{
    stop();
}

bool WordPressFixture::available(QString *why)
{
    const QString install =
        QStringLiteral("install Debian's wordpress, mariadb-server-core, mariadb-client-core, php-cli, "
                       "php-mysql and php-xml (scripts/dev deps)");
    for (const QString &program : {mariadbdPath, installDbPath, mariadbPath, phpPath}) {
        if (!QFileInfo(program).isExecutable()) {
            *why = QStringLiteral("%1 is missing: %2").arg(program, install);
            return false;
        }
    }
    if (!QFileInfo::exists(wordpressRoot + QStringLiteral("/wp-load.php"))) {
        *why = QStringLiteral("%1 is missing: %2").arg(wordpressRoot, install);
        return false;
    }
    // WordPress talks to MariaDB through mysqli; XML-RPC needs PHP's xml extension. Checked once
    // per process: starting PHP costs a fifth of a second.
    static bool extensionsChecked = false;
    if (extensionsChecked)
        return true;
    QProcess php;
    php.start(phpPath,
              {QStringLiteral("-r"),
               QStringLiteral("exit(extension_loaded('mysqli') && extension_loaded('xml') ? 0 : 1);")});
    if (!php.waitForFinished(10000) || php.exitStatus() != QProcess::NormalExit || php.exitCode() != 0) {
        *why = QStringLiteral("PHP lacks the mysqli or xml extension: %1").arg(install);
        return false;
    }
    extensionsChecked = true;
    return true;
}

QString WordPressFixture::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_webPort);
}

QString WordPressFixture::runPath(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("run/") + name);
}

QString WordPressFixture::logText() const
{
    QString text = m_log;
    const QByteArray database = readFile(runPath(QStringLiteral("mariadbd.log")));
    if (!database.isEmpty())
        text += QStringLiteral("--- mariadbd\n") + QString::fromLocal8Bit(database);
    const QByteArray web = readFile(runPath(QStringLiteral("php.log")));
    if (!web.isEmpty()) {
        text += QStringLiteral("--- php -S\n");
        for (const QByteArray &line : web.split('\n')) {
            if (!line.isEmpty() && !line.endsWith(" Accepted") && !line.endsWith(" Closing"))
                text += QString::fromLocal8Bit(line) + u'\n';
        }
    }
    return text;
}

QString WordPressFixture::templateKey() const
{
    // A new WordPress or MariaDB package, or a changed install script, needs a new template.
    static const QRegularExpression versionLine(QStringLiteral("\\$wp_version\\s*=\\s*'([^']+)'"));
    const QString wordpressVersion =
        versionLine
            .match(QString::fromUtf8(readFile(wordpressRoot + QStringLiteral("/wp-includes/version.php"))))
            .captured(1);
    static const QByteArray mariadbVersion = [] {
        QProcess mariadbd;
        mariadbd.start(mariadbdPath, {QStringLiteral("--version")});
        mariadbd.waitForFinished(10000);
        return mariadbd.readAllStandardOutput();
    }();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(mariadbVersion);
    hash.addData(readFile(supportDir + QStringLiteral("/install.php")));
    hash.addData(innodbOptions().join(u' ').toUtf8());
    return QStringLiteral("wordpress-%1-%2")
        .arg(wordpressVersion, QString::fromLatin1(hash.result().toHex().left(12)));
}

bool WordPressFixture::start()
{
    if (m_webServer.state() != QProcess::NotRunning)
        return true;
    QElapsedTimer timer;
    timer.start();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!available(&m_error))
        return false;
    const QList<int> ports = freePorts(2);
    if (ports.size() != 2) {
        m_error = QStringLiteral("no free ports on 127.0.0.1");
        return false;
    }
    m_databasePort = ports[0];
    m_webPort = ports[1];
    m_log.clear();
    QDir(runPath(QString())).removeRecursively();
    if (!QDir().mkpath(runPath(QString())) || !writeSite())
        return false;

    const QString templateDir = m_cacheDir + u'/' + templateKey();
    const bool haveTemplate = QFileInfo::exists(templateDir + QStringLiteral("/credentials.json"));
    const bool databaseUp =
        haveTemplate ? copyTemplate(templateDir) && startDatabase() : buildTemplate(templateDir);
    if (!databaseUp || !readCredentials(runPath(QStringLiteral("credentials.json"))) || !startWebServer()) {
        stop();
        return false;
    }
    m_log += QStringLiteral("WordPressFixture: started in %1 ms (%2)\n")
                 .arg(timer.elapsed())
                 .arg(haveTemplate ? QStringLiteral("from the template %1").arg(templateDir)
                                   : QStringLiteral("installed, template saved as %1").arg(templateDir));
    return true;
}

bool WordPressFixture::writeSite()
{
    // Debian's own wp-config.php would read /etc/wordpress/config-HOST.php; the site folder links
    // to everything else and has its own config and wp-content (uploads land there).
    const QString site = runPath(QStringLiteral("site"));
    const QString content = site + QStringLiteral("/wp-content");
    for (const QString &folder : {QStringLiteral("mu-plugins"), QStringLiteral("plugins"),
                                  QStringLiteral("themes"), QStringLiteral("uploads")}) {
        if (!QDir().mkpath(content + u'/' + folder)) {
            m_error = QStringLiteral("cannot create %1/%2").arg(content, folder);
            return false;
        }
    }
    const QStringList entries = QDir(wordpressRoot).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (entry == QStringLiteral("wp-config.php") || entry == QStringLiteral("wp-content"))
            continue;
        if (!QFile::link(wordpressRoot + u'/' + entry, site + u'/' + entry)) {
            m_error = QStringLiteral("cannot link %1 into %2").arg(entry, site);
            return false;
        }
    }
    if (!QFile::copy(supportDir + QStringLiteral("/postwright-test.php"),
                     content + QStringLiteral("/mu-plugins/postwright-test.php"))) {
        m_error = QStringLiteral("cannot copy %1/postwright-test.php").arg(supportDir);
        return false;
    }

    const QString config =
        QStringLiteral("<?php\n"
                       "// Written by WordPressFixture (tests/support/wordpressfixture.cpp) for one test.\n"
                       "define('DB_NAME', %1);\n"
                       "define('DB_USER', %2);\n"
                       "define('DB_PASSWORD', %3);\n"
                       "define('DB_HOST', '127.0.0.1:%4');\n"
                       "define('DB_CHARSET', 'utf8mb4');\n"
                       "define('DB_COLLATE', '');\n"
                       // The template's database remembers another port; these win over its options.
                       "define('WP_HOME', %5);\n"
                       "define('WP_SITEURL', %5);\n"
                       "define('WP_CONTENT_DIR', ABSPATH . 'wp-content');\n"
                       // Application Passwords need HTTPS, or this.
                       "define('WP_ENVIRONMENT_TYPE', 'local');\n"
                       // No loopback cron requests, no update checks, no calls to wordpress.org.
                       "define('DISABLE_WP_CRON', true);\n"
                       "define('AUTOMATIC_UPDATER_DISABLED', true);\n"
                       "define('WP_HTTP_BLOCK_EXTERNAL', true);\n"
                       "define('WP_DEBUG', false);\n"
                       "foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',\n"
                       "          'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $name) {\n"
                       "    define($name, 'postwright-test-' . $name);\n"
                       "}\n"
                       "$table_prefix = 'wp_';\n"
                       "require_once ABSPATH . 'wp-settings.php';\n")
            .arg(phpString(databaseName), phpString(databaseUser), phpString(databasePassword))
            .arg(m_databasePort)
            .arg(phpString(baseUrl()));
    // Every PHP run (web server and command line) starts here: WordPress's wp-load.php takes
    // ABSPATH from it instead of from its own (Debian) folder.
    const QString prepend = QStringLiteral("<?php\n"
                                           "// Written by WordPressFixture for one test.\n"
                                           "if (!defined('ABSPATH')) {\n"
                                           "    define('ABSPATH', %1);\n"
                                           "}\n"
                                           "if (PHP_SAPI === 'cli') {\n"
                                           "    $_SERVER['HTTP_HOST'] = '127.0.0.1:%2';\n"
                                           "    $_SERVER['SERVER_NAME'] = '127.0.0.1';\n"
                                           "    $_SERVER['SERVER_PORT'] = '%2';\n"
                                           "    $_SERVER['REQUEST_URI'] = '/';\n"
                                           "    $_SERVER['REQUEST_METHOD'] = 'GET';\n"
                                           "}\n")
                                .arg(phpString(site + u'/'))
                                .arg(m_webPort);
    return QDir().mkpath(m_cacheDir + QStringLiteral("/opcache")) &&
           writeFile(site + QStringLiteral("/wp-config.php"), config.toUtf8(), &m_error) &&
           writeFile(runPath(QStringLiteral("prepend.php")), prepend.toUtf8(), &m_error) &&
           writeFile(runPath(QStringLiteral("opcache-blacklist.txt")), runPath(QString()).toUtf8() + '\n',
                     &m_error);
}

bool WordPressFixture::buildTemplate(const QString &templateDir)
{
    QString output;
    const QStringList installArguments =
        QStringList{
            QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + runPath(QStringLiteral("data")),
            QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db")} +
        userOption() + innodbOptions();
    if (!runProcess(installDbPath, installArguments, &output, 120000) || !startDatabase())
        return false;
    const QString sql = QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                                       "CREATE USER '%2'@'127.0.0.1' IDENTIFIED BY '%3';"
                                       "GRANT ALL ON %1.* TO '%2'@'127.0.0.1';")
                            .arg(databaseName, databaseUser, databasePassword);
    if (!runProcess(mariadbPath,
                    {QStringLiteral("--no-defaults"),
                     QStringLiteral("--socket=") + runPath(QStringLiteral("mariadbd.sock")),
                     QStringLiteral("--user=root"), QStringLiteral("--execute=") + sql},
                    &output, 30000))
        return false;
    if (!runProcess(phpPath,
                    phpOptions(false) + QStringList{supportDir + QStringLiteral("/install.php"), password(),
                                                    authorPassword()},
                    &output, 120000))
        return false;
    if (!writeFile(runPath(QStringLiteral("credentials.json")), output.trimmed().toUtf8(), &m_error))
        return false;
    // A clean shutdown, so the copies start without crash recovery.
    stopDatabase(Shutdown::Clean);

    // Parallel tests may build the same template: each builds its own and the first rename wins.
    const QString partial =
        templateDir + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!copyTree(runPath(QStringLiteral("data")), partial + QStringLiteral("/data"), &m_error) ||
        !QFile::copy(runPath(QStringLiteral("credentials.json")),
                     partial + QStringLiteral("/credentials.json"))) {
        QDir(partial).removeRecursively();
        if (m_error.isEmpty())
            m_error = QStringLiteral("cannot save the template in %1").arg(partial);
        return false;
    }
    if (!QDir().rename(partial, templateDir))
        QDir(partial).removeRecursively();
    return startDatabase();
}

bool WordPressFixture::copyTemplate(const QString &templateDir)
{
    if (!copyTree(templateDir + QStringLiteral("/data"), runPath(QStringLiteral("data")), &m_error))
        return false;
    if (!QFile::copy(templateDir + QStringLiteral("/credentials.json"),
                     runPath(QStringLiteral("credentials.json")))) {
        m_error = QStringLiteral("cannot copy %1/credentials.json").arg(templateDir);
        return false;
    }
    return true;
}

bool WordPressFixture::readCredentials(const QString &file)
{
    const QJsonObject credentials = QJsonDocument::fromJson(readFile(file)).object();
    m_applicationPassword = credentials.value(QStringLiteral("admin")).toString();
    m_authorApplicationPassword = credentials.value(QStringLiteral("author")).toString();
    if (m_applicationPassword.isEmpty() || m_authorApplicationPassword.isEmpty()) {
        m_error = QStringLiteral("no application passwords in %1 (delete the template folder to rebuild it)")
                      .arg(file);
        return false;
    }
    return true;
}

bool WordPressFixture::startDatabase()
{
    const QStringList arguments =
        QStringList{QStringLiteral("--no-defaults"),
                    QStringLiteral("--datadir=") + runPath(QStringLiteral("data")),
                    QStringLiteral("--socket=") + runPath(QStringLiteral("mariadbd.sock")),
                    QStringLiteral("--pid-file=") + runPath(QStringLiteral("mariadbd.pid")),
                    QStringLiteral("--log-error=") + runPath(QStringLiteral("mariadbd.log")),
                    QStringLiteral("--bind-address=127.0.0.1"),
                    QStringLiteral("--port=%1").arg(m_databasePort),
                    QStringLiteral("--skip-name-resolve"),
                    QStringLiteral("--skip-log-bin"),
                    QStringLiteral("--max-connections=40")} +
        userOption() + innodbOptions();
    m_database.setChildProcessModifier([] { dieWithParent(SIGKILL); });
    m_database.setProcessChannelMode(QProcess::MergedChannels);
    m_database.setStandardOutputFile(runPath(QStringLiteral("mariadbd.out")));
    m_database.start(mariadbdPath, arguments);
    return waitUntilListening(m_database, m_databasePort, QStringLiteral("mariadbd"),
                              runPath(QStringLiteral("mariadbd.log")));
}

void WordPressFixture::stopDatabase(Shutdown shutdown)
{
    if (m_database.state() == QProcess::NotRunning)
        return;
    // A test run's data is thrown away: no need to wait for a clean shutdown (about a second).
    if (shutdown == Shutdown::Fast) {
        m_database.kill();
        m_database.waitForFinished(5000);
        return;
    }
    m_database.terminate();
    if (!m_database.waitForFinished(30000)) {
        m_database.kill();
        m_database.waitForFinished(5000);
    }
}

QStringList WordPressFixture::phpOptions(bool server) const
{
    // Compiling WordPress's PHP takes most of a request or a runPhp() (0.5 s); OPcache's file cache
    // in the build folder keeps the compiled files across runs (WordPress's files only: the
    // blacklist keeps out this run's config and scripts).
    QStringList options{QStringLiteral("-d"),
                        QStringLiteral("auto_prepend_file=") + runPath(QStringLiteral("prepend.php")),
                        QStringLiteral("-d"),
                        QStringLiteral("opcache.enable_cli=1"),
                        QStringLiteral("-d"),
                        QStringLiteral("opcache.file_cache=") + m_cacheDir + QStringLiteral("/opcache"),
                        QStringLiteral("-d"),
                        QStringLiteral("opcache.blacklist_filename=") +
                            runPath(QStringLiteral("opcache-blacklist.txt"))};
    // The server's workers share OPcache's memory; a short command has no use for it.
    if (!server)
        options += {QStringLiteral("-d"), QStringLiteral("opcache.file_cache_only=1"), QStringLiteral("-d"),
                    QStringLiteral("display_errors=stderr")};
    return options;
}

bool WordPressFixture::startWebServer()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The built-in server answers one request at a time unless it forks workers.
    environment.insert(QStringLiteral("PHP_CLI_SERVER_WORKERS"), QStringLiteral("4"));
    m_webServer.setProcessEnvironment(environment);
    // Nothing would stop PHP's workers when the test process dies (its main process just dies; on
    // SIGINT it waits up to a second for them). So a shell in a process group of its own runs the
    // server and, on SIGTERM (from stop(), or from the kernel when the test dies), sends SIGTERM
    // to the whole group, workers included. The workers outlive the main process by a moment;
    // the shell is their subreaper then, and the last command's wait reaps them.
    const QString supervisor =
        QStringLiteral("\"$@\" &\n"
                       "server=$!\n"
                       "trap 'trap \"\" TERM; kill -TERM 0' TERM\n"
                       "while kill -0 \"$server\" 2>/dev/null; do wait \"$server\"; done\n"
                       "sleep 0.1\n");
    m_webServer.setChildProcessModifier([] {
        setsid();
        prctl(PR_SET_CHILD_SUBREAPER, 1);
        dieWithParent(SIGTERM);
    });
    // Into a file rather than a pipe: a test that blocks its event loop must not stall the server.
    m_webServer.setProcessChannelMode(QProcess::MergedChannels);
    m_webServer.setStandardOutputFile(runPath(QStringLiteral("php.log")));
    m_webServer.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), supervisor, QStringLiteral("sh"), phpPath} +
                          phpOptions(true) +
                          QStringList{QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_webPort),
                                      QStringLiteral("-t"), runPath(QStringLiteral("site")),
                                      supportDir + QStringLiteral("/router.php")});
    return waitUntilListening(m_webServer, m_webPort, QStringLiteral("php -S"),
                              runPath(QStringLiteral("php.log")));
}

bool WordPressFixture::waitUntilListening(QProcess &process, int port, const QString &name,
                                          const QString &logFile)
{
    if (!process.waitForStarted()) {
        m_error = QStringLiteral("%1 does not start: %2").arg(name, process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (process.state() != QProcess::Running) {
            m_error = QStringLiteral("%1 exited: %2").arg(name, QString::fromLocal8Bit(readFile(logFile)));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (probe.waitForConnected(200))
            return true;
        process.waitForFinished(50);
    }
    m_error = QStringLiteral("%1 does not listen on port %2: %3")
                  .arg(name)
                  .arg(port)
                  .arg(QString::fromLocal8Bit(readFile(logFile)));
    return false;
}

bool WordPressFixture::runProcess(const QString &program, const QStringList &arguments, QString *output,
                                  int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    *output = QString::fromUtf8(process.readAllStandardOutput());
    if (!errors.isEmpty())
        m_log += QStringLiteral("--- %1\n%2").arg(QFileInfo(program).fileName(), errors);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Not the arguments: they may hold passwords.
        m_error = QStringLiteral("%1 failed (%2): %3%4")
                      .arg(program,
                           finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                    : QStringLiteral("%1 ms timeout").arg(timeoutMs),
                           errors, *output);
        return false;
    }
    return true;
}

bool WordPressFixture::runPhp(const QString &code, QString *output)
{
    if (m_database.state() != QProcess::Running) {
        m_error = QStringLiteral("runPhp: the fixture is not running");
        return false;
    }
    const QString script = runPath(QStringLiteral("script-%1.php").arg(++m_scripts));
    const QString text = QStringLiteral("<?php\nrequire ABSPATH . 'wp-load.php';\n") + code + u'\n';
    if (!writeFile(script, text.toUtf8(), &m_error))
        return false;
    QString ignored;
    return runProcess(phpPath, phpOptions(false) + QStringList{script}, output ? output : &ignored, 60000);
}

void WordPressFixture::stop()
{
    if (m_webServer.state() != QProcess::NotRunning) {
        const pid_t group = pid_t(m_webServer.processId());
        ::kill(group, SIGTERM);
        if (!m_webServer.waitForFinished(5000)) {
            ::kill(-group, SIGKILL);
            m_webServer.waitForFinished(5000);
        }
    }
    stopDatabase(Shutdown::Fast);
    if (QFileInfo::exists(runPath(QString()))) {
        // Kept for logText() after the folder is gone.
        m_log = logText();
        QDir(runPath(QString())).removeRecursively();
    }
}

} // namespace Postwright::Test
