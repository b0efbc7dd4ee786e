#include "publish/deployengine.h"
#include "publish/deploymanifest.h"
#include "publish/ftptransport.h"
#include "publish/publishsession.h"
#include "publish/remotemanifest.h"
#include "publish/s3transport.h"
#include "publish/sftptransport.h"
#include "s3rverfixture.h"
#include "site/buildsession.h"
#include "sshdfixture.h"
#include "testblog.h"
#include "vsftpdfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <pwd.h>
#include <unistd.h>

#include <csignal>
#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

using Files = QMap<QString, QByteArray>;

bool isDeployRecord(const QString &path)
{
    return path == RemoteManifest::headFileName() || path.startsWith(RemoteManifest::folderName() + u'/');
}

// What a killed upload leaves behind: ".name.tmp-<random>" beside the real file. Never linked to,
// and replaced or left alone by the next deploy, so it is not part of the site.
bool isLeftoverTemporary(const QString &path)
{
    static const QRegularExpression pattern(u"(^|/)\\.[^/]+\\.tmp-[0-9a-z]+$"_s);
    return pattern.match(path).hasMatch();
}

Files filesIn(const QString &folder)
{
    Files files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (isDeployRecord(relative))
            continue;
        QFile file(path);
        files.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
    }
    return files;
}

Files withoutTemporaries(Files files)
{
    files.removeIf([](const auto &entry) { return isLeftoverTemporary(entry.key()); });
    return files;
}

QByteArray httpGet(const QString &url, int *status)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl::fromEncoded(url.toUtf8())));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Process ids of every process whose command line holds all of `parts`, and of all their descendants.
QList<pid_t> processTree(const QStringList &parts)
{
    QMap<pid_t, pid_t> parentOf;
    QList<pid_t> roots;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            // "pid (comm) state ppid …"; comm may hold spaces, so count from the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1)
                parentOf.insert(pid, pid_t(fields.at(1).toInt()));
        }
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QString command = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
        if (std::all_of(parts.begin(), parts.end(),
                        [&](const QString &part) { return command.contains(part); }))
            roots.append(pid);
    }
    QList<pid_t> tree = roots;
    for (qsizetype i = 0; i < tree.size(); ++i) {
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == tree.at(i) && !tree.contains(it.key()))
                tree.append(it.key());
        }
    }
    return tree;
}

// A real server for one test, its files, and a way to kill it without warning: the listening
// process and every connection it forked, as a crash or a power cut would.
class Server
{
public:
    explicit Server(QString type)
        : m_type(std::move(type))
    {}

    bool start(QString *why)
    {
        if (m_type == u"sftp") {
            m_sshd = std::make_unique<SshdFixture>();
            if (!m_sshd->start()) {
                *why = m_sshd->errorString();
                return false;
            }
        } else if (m_type == u"ftp" || m_type == u"ftps") {
            if (!VsftpdFixture::available(why))
                return false;
            m_ftp = std::make_unique<VsftpdFixture>(m_type == u"ftps" ? VsftpdFixture::Security::Tls
                                                                      : VsftpdFixture::Security::Plain);
            if (!m_ftp->start()) {
                *why = m_ftp->errorString();
                return false;
            }
        } else {
            m_s3 = std::make_unique<S3rverFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/s3rver"));
            if (!m_s3->start()) {
                *why = m_s3->errorString();
                return false;
            }
        }
        return true;
    }

    QString type() const { return m_type; }
    SshdFixture *sshd() const { return m_sshd.get(); }
    VsftpdFixture *ftp() const { return m_ftp.get(); }
    // The folder the site goes into on the server's disk; empty for s3.
    QString folder(const QString &name) const
    {
        if (m_sshd)
            return m_sshd->remoteRoot() + u'/' + name;
        if (m_ftp)
            return m_ftp->remoteRoot() + u'/' + name;
        return {};
    }

    // A connection to `name` below the server's root (an S3 key prefix), logging in as the test
    // account; `secret` replaces the right password when given.
    TransportFactory factory(const QString &name, const QString &knownHosts,
                             const std::optional<QString> &secret = std::nullopt) const
    {
        if (m_sshd) {
            SftpOptions options;
            options.host = m_sshd->host();
            options.port = m_sshd->port();
            options.rootPath = folder(name);
            options.knownHostsFile = knownHosts;
            options.confirmUnknownHost = [](const QString &, const QString &) {
                return true;
            };
            if (secret) {
                options.user = SshdFixture::passwordUser();
                options.password = *secret;
            } else {
                options.user = m_sshd->keyUser();
                options.privateKeyFile = m_sshd->clientKeyFile();
            }
            return [options] {
                return std::make_unique<SftpTransport>(options);
            };
        }
        if (m_ftp) {
            FtpOptions options;
            options.host = m_ftp->host();
            options.port = m_ftp->port();
            options.user = m_ftp->user();
            options.password = secret.value_or(m_ftp->password());
            options.rootPath = folder(name);
            options.tls = m_type == u"ftps";
            options.caFile = m_ftp->certificateFile();
            return [options] {
                return std::make_unique<FtpTransport>(options);
            };
        }
        S3Options options;
        options.endpoint = m_s3->endpoint();
        options.region = u"us-east-1"_s;
        options.bucket = S3rverFixture::bucket();
        options.prefix = name;
        options.pathStyle = true;
        // s3rver checks the access key ID only, so a wrong key is a wrong ID here.
        options.accessKeyId = secret ? u"WRONGKEYID"_s : S3rverFixture::accessKeyId();
        options.secretAccessKey = secret.value_or(S3rverFixture::secretAccessKey());
        return [options] {
            return std::make_unique<S3Transport>(options);
        };
    }

    // What the server holds below `name`, its deploy record left out.
    Files files(const QString &name) const
    {
        if (!m_s3)
            return filesIn(folder(name));
        Files files;
        int status = 0;
        const QString bucketUrl = m_s3->endpoint() + u'/' + S3rverFixture::bucket();
        const QByteArray listing =
            httpGet(bucketUrl + u"?list-type=2&max-keys=1000&prefix="_s + name + u'/', &status);
        if (status != 200)
            return {{u"<list failed>"_s, listing}};
        QXmlStreamReader xml(listing);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Key")
                continue;
            const QString key = xml.readElementText();
            if (isDeployRecord(key.mid(name.size() + 1)))
                continue;
            int objectStatus = 0;
            const QByteArray body = httpGet(
                bucketUrl + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(key, "/")), &objectStatus);
            files.insert(key.mid(name.size() + 1), objectStatus == 200 ? body : QByteArray("<HTTP error>"));
        }
        return files;
    }

    // SIGKILL to the server and every connection it serves. Safe from any thread.
    int kill() const
    {
        QStringList parts;
        if (m_sshd)
            parts = {QFileInfo(m_sshd->remoteRoot()).path() + u"/sshd_config"_s};
        else if (m_ftp)
            parts = {QFileInfo(m_ftp->remoteRoot()).path() + u"/vsftpd.conf"_s};
        else
            parts = {u"s3rver.js"_s, u"--port %1 "_s.arg(m_s3->port())};
        const QList<pid_t> tree = processTree(parts);
        for (const pid_t pid : tree)
            ::kill(pid, SIGKILL);
        return int(tree.size());
    }

    // Starts the server again on the same port with the same keys and files (main thread).
    bool restart(QString *why)
    {
        if (m_sshd) {
            m_sshd->stop();
            if (m_sshd->start())
                return true;
            *why = m_sshd->errorString();
        } else if (m_ftp) {
            m_ftp->stop();
            if (m_ftp->start())
                return true;
            *why = m_ftp->errorString();
        } else {
            m_s3->stop();
            if (m_s3->start())
                return true;
            *why = m_s3->errorString();
        }
        return false;
    }

    QString log() const
    {
        if (m_sshd)
            return m_sshd->logText().right(3000);
        if (m_ftp)
            return m_ftp->logText().right(3000);
        return m_s3 ? m_s3->logText().right(3000) : QString();
    }

private:
    QString m_type;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<VsftpdFixture> m_ftp;
    std::unique_ptr<S3rverFixture> m_s3;
};

// Where a link in a page points on the site, as a path below the site's root; nullopt for links
// that leave the site (other hosts, mailto:, fragments on the same page).
std::optional<QString> sitePath(const QString &page, const QString &link)
{
    if (link.isEmpty() || link.startsWith(u'#') || link.startsWith(u"//"))
        return std::nullopt;
    const QUrl url(link);
    QString path;
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        if (url.host() != u"example.org") // the sample blog's baseURL
            return std::nullopt;
        path = url.path();
    } else if (!url.scheme().isEmpty()) {
        return std::nullopt;
    } else {
        path = url.path();
        if (path.isEmpty())
            return std::nullopt; // "?page=2" or similar: the page itself
        if (!path.startsWith(u'/'))
            path = u'/' + QFileInfo(page).path() + u'/' + path;
    }
    const bool folder = path.endsWith(u'/');
    path = QDir::cleanPath(path).mid(1);
    return folder && !path.isEmpty() ? path + u'/' : path;
}

// The files a link to `path` may be served from.
QStringList candidates(const QString &path)
{
    if (path.isEmpty() || path.endsWith(u'/'))
        return {path + u"index.html"_s};
    return {path, path + u"/index.html"_s};
}

struct DeadLink
{
    QString page;
    QString link;
    QStringList targets; // candidates(), none of which is there
};

// Site-local links (href and src) of a page that point nowhere.
QList<DeadLink> deadLinks(const QString &page, const QByteArray &html,
                          const std::function<bool(const QString &)> &exists)
{
    static const QRegularExpression attribute(u"\\b(?:href|src)=\"([^\"]*)\""_s);
    QList<DeadLink> dead;
    auto it = attribute.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QString link = it.next().captured(1).replace(u"&amp;"_s, u"&"_s);
        const std::optional<QString> path = sitePath(page, link);
        if (!path)
            continue;
        const QStringList targets = candidates(*path);
        if (std::none_of(targets.begin(), targets.end(), exists))
            dead.append({page, link, targets});
    }
    return dead;
}

QStringList describe(const QList<DeadLink> &links)
{
    QStringList lines;
    for (const DeadLink &dead : links)
        lines.append(dead.page + u" \u2192 "_s + dead.link);
    return lines;
}

// Follows a deploy from inside its transports: what the target holds after each file that lands
// (or is removed), and whether every page that was live before the deploy still links only to
// files that are there. Shared by all the engine's connections.
struct Observer
{
    QMutex mutex;
    Files model;         // what the target holds: path -> content
    QSet<QString> live;  // pages that were live when the deploy started
    QSet<QString> fresh; // files this deploy adds (set by the test from the plan)
    // Pages this deploy deletes. They are exempt: they link to each other (a post and the tag
    // only it had), so any order leaves one pointing at one already gone, and nothing that stays
    // links to them by then.
    QSet<QString> doomed;
    QSet<QString> removed; // files this run has removed
    int landed = 0;        // files uploaded (or removed) in this run
    int killAfter = -1;    // kill the server once this many files have landed
    std::function<void()> kill;
    QStringList dead; // dead links nothing explains, with the file whose landing revealed them
    // Dead links to files new in this run (see noLinkToUnlandedFiles()).
    QStringList linkedBeforeNew;
    int checks = 0;
    // The file as the server's disk has it (sftp, ftp), to confirm the model; null for s3.
    std::function<std::optional<QByteArray>(const QString &)> onServer;
    QStringList notOnServer;

    void startRun()
    {
        QMutexLocker lock(&mutex);
        live.clear();
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            if (it.key().endsWith(u".html"))
                live.insert(it.key());
        }
        removed.clear();
        landed = 0;
    }

    // Called with the mutex held.
    void check(const QString &after)
    {
        ++checks;
        const auto exists = [this](const QString &path) {
            return model.contains(path);
        };
        for (const QString &page : std::as_const(live)) {
            if (!model.contains(page) || doomed.contains(page))
                continue;
            for (const DeadLink &link : deadLinks(page, model.value(page), exists)) {
                const QString line = page + u" \u2192 "_s + link.link + u" (after "_s + after + u')';
                const auto in = [&link](const QSet<QString> &set) {
                    return std::any_of(link.targets.begin(), link.targets.end(),
                                       [&set](const QString &target) { return set.contains(target); });
                };
                if (in(fresh) && !in(removed))
                    linkedBeforeNew.append(line);
                else
                    dead.append(line);
            }
        }
    }

    void landedFile(const QString &path, const std::optional<QByteArray> &content)
    {
        QMutexLocker lock(&mutex);
        if (content) {
            model.insert(path, *content);
        } else {
            model.remove(path);
            removed.insert(path);
        }
        if (content && onServer && onServer(path) != content)
            notOnServer.append(path);
        check(path);
        if (++landed == killAfter && kill)
            kill();
    }
};

// A transport that tells the observer about every file that has landed on the target.
class ObservedTransport final : public DeployTransport
{
public:
    ObservedTransport(std::unique_ptr<DeployTransport> inner, std::shared_ptr<Observer> observer)
        : m_inner(std::move(inner))
        , m_observer(std::move(observer))
    {}

    std::optional<TransportError> open() override { return m_inner->open(); }
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override
    {
        std::optional<TransportError> error = m_inner->upload(localFile, remotePath);
        if (!error && !isDeployRecord(remotePath)) {
            QFile file(localFile);
            m_observer->landedFile(remotePath,
                                   file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return error;
    }
    std::optional<TransportError> remove(const QString &remotePath) override
    {
        std::optional<TransportError> error = m_inner->remove(remotePath);
        if (!error && !isDeployRecord(remotePath))
            m_observer->landedFile(remotePath, std::nullopt);
        return error;
    }
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override
    {
        return m_inner->read(remotePath, bytes);
    }
    void close() override { m_inner->close(); }

private:
    std::unique_ptr<DeployTransport> m_inner;
    std::shared_ptr<Observer> m_observer;
};

bool copySampleBlog(const QString &destination)
{
    const QString source = sampleBlogSourcePath();
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = destination + u'/' + QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

// The second version of the sample blog: a new post with a picture of its own (the home page,
// the lists and the feeds link to it), an older post that now links to it, and a post deleted.
bool editSampleBlog(const QString &blog)
{
    QDir().mkpath(blog + u"/posts/devops/fault-drill"_s);
    QFile post(blog + u"/posts/devops/fault-drill/index.md"_s);
    if (!post.open(QIODevice::WriteOnly))
        return false;
    post.write("---\n"
               "title: \"Fault Drill\"\n"
               "date: 2026-10-01T09:00:00+02:00\n"
               "slug: fault-drill\n"
               "categories: [DevOps]\n"
               "tags: [testing, reliability]\n"
               "---\n"
               "We pulled the plug on the server halfway through a deploy.\n\n"
               "![The drill](drill.png)\n");
    post.close();
    if (!QFile::copy(blog + u"/posts/devops/zero-downtime-deploys-draining/diagram.png"_s,
                     blog + u"/posts/devops/fault-drill/drill.png"_s))
        return false;
    QFile older(blog + u"/posts/design/idempotency-keys.md"_s);
    if (!older.open(QIODevice::Append))
        return false;
    older.write("\nSee also [the fault drill](/2026/fault-drill/).\n");
    older.close();
    return QFile::remove(blog + u"/posts/tutorials/token-bucket-in-go.md"_s);
}

QString build(const QString &blog, QString *problem)
{
    BuildSession session(blog);
    const BuildReport report = session.build(BuildOptions{});
    // The cache is what tells the next build which outputs of this one to remove.
    if (const Result<void> saved = session.saveCache(); !saved) {
        *problem = saved.error().toString();
        return {};
    }
    if (report.fatal || !report.errors.isEmpty()) {
        *problem = report.errors.isEmpty() ? u"the build failed"_s : report.errors.first().toString();
        return {};
    }
    return report.outputPath;
}

// RAII for a small tmpfs: a server disk that fills up.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, const QString &owner, const QString &size)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        const passwd *account = getpwnam(owner.toLocal8Bit().constData());
        if (!account) {
            m_error = u"no account %1"_s.arg(owner);
            return;
        }
        QProcess mount;
        mount.setProcessChannelMode(QProcess::MergedChannels);
        mount.start(u"mount"_s,
                    {u"-t"_s, u"tmpfs"_s, u"-o"_s,
                     u"size=%1,mode=0755,uid=%2,gid=%3"_s.arg(size).arg(account->pw_uid).arg(account->pw_gid),
                     u"tmpfs"_s, folder});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
            m_error = u"cannot mount a tmpfs (needs root): "_s + QString::fromLocal8Bit(mount.readAll());
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (!m_mounted)
            return;
        // Lazily: a server process may still be leaving the folder.
        QProcess::execute(u"umount"_s, {u"-l"_s, m_folder});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString errorString() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace

// Publishing when things go wrong, against real servers: a server that dies in the middle of a
// deploy, a wrong password, a changed host key, a full disk. After each, what is published is
// still whole, nothing is claimed that did not happen, and a rerun finishes the job.
class TestPublishFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { ++m_knownHostsRun; }
    void linkCheckSeesDeadLinks();
    void serverKilledMidDeploy_data();
    void serverKilledMidDeploy();
    void wrongPassword_data();
    void wrongPassword();
    void changedHostKeyIsRefused();
    void diskFull_data();
    void diskFull();

private:
    static void noLinkToUnlandedFiles(const Observer &observer);
    // One known_hosts per test: every fixture server is 127.0.0.1 with its own key, and libcurl
    // records a trusted key under the host name without the port.
    QString knownHosts() const
    {
        return m_home.filePath(u"known_hosts-"_s + QString::number(m_knownHostsRun));
    }

    QTemporaryDir m_home;
    int m_knownHostsRun = 0;
};

void TestPublishFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

// The check the kill test relies on finds what it should, so a passing kill test means something.
void TestPublishFaults::linkCheckSeesDeadLinks()
{
    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog));
    QString problem;
    const QString output = build(blog, &problem);
    QVERIFY2(!output.isEmpty(), qPrintable(problem));
    Observer observer;
    observer.model = filesIn(output);
    observer.startRun();
    QVERIFY(observer.live.size() > 20);
    observer.check(u"nothing"_s);
    QVERIFY2(observer.dead.isEmpty(), qPrintable(observer.dead.join(u'\n')));

    observer.model.remove(u"assets/style.css"_s);
    observer.model.remove(u"2025/transactional-outbox/index.html"_s);
    observer.check(u"removing two files"_s);
    QVERIFY(!observer.dead.isEmpty());
    QVERIFY(observer.dead.join(u'\n').contains(u"index.html \u2192 /assets/style.css?v="_s));
    QVERIFY(observer.dead.join(u'\n').contains(u"\u2192 /2025/transactional-outbox/"_s));
}

void TestPublishFaults::serverKilledMidDeploy_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"sftp", "ftp", "s3"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestPublishFaults::serverKilledMidDeploy()
{
    QFETCH(QString, type);
    Server server(type);
    QString why;
    if (!server.start(&why))
        QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog));
    const QString manifest = dir.filePath(u"manifest.json"_s);
    auto observer = std::make_shared<Observer>();
    if (!server.folder(u"site"_s).isEmpty()) {
        observer->onServer =
            [folder = server.folder(u"site"_s)](const QString &path) -> std::optional<QByteArray> {
            QFile file(folder + u'/' + path);
            return file.open(QIODevice::ReadOnly) ? std::optional(file.readAll()) : std::nullopt;
        };
    }
    const TransportFactory plain = server.factory(u"site"_s, knownHosts());
    const TransportFactory observed = [plain, observer] {
        return std::make_unique<ObservedTransport>(plain(), observer);
    };
    DeployOptions options;
    options.deleteRemoved = true;
    options.maxTries = 2;
    options.firstRetryDelay = std::chrono::milliseconds(50);

    // Version 1 is live.
    QString problem;
    const QString output = build(blog, &problem);
    QVERIFY2(!output.isEmpty(), qPrintable(problem));
    {
        DeployEngine engine(observed, output, manifest, options);
        const Result<DeployPlan> plan = engine.plan();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        const DeployReport report = engine.run(plan.value());
        QVERIFY2(report.ok(),
                 qPrintable(report.error ? report.error->message + u'\n' + server.log() : QString()));
    }
    const Files v1 = filesIn(output);
    QCOMPARE(server.files(u"site"_s), v1);
    QCOMPARE(observer->model, v1);

    // Version 2 goes out, and the server dies a third of the way through.
    QVERIFY(editSampleBlog(blog));
    QVERIFY2(!build(blog, &problem).isEmpty(), qPrintable(problem));
    const Files v2 = filesIn(output);
    QVERIFY(v2.contains(u"2026/fault-drill/drill.png"_s));
    QVERIFY(v2.value(u"index.html"_s).contains("/2026/fault-drill/")); // a live page links to a new one
    DeployEngine engine(observed, output, manifest, options);
    const Result<DeployPlan> plan = engine.plan();
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const int uploads = int(plan.value().uploads().size());
    QVERIFY2(uploads >= 10, qPrintable(QString::number(uploads)));
    QVERIFY(!plan.value().deletions().isEmpty());
    for (const DeployAction &action : plan.value().uploads()) {
        if (action.kind == DeployAction::Kind::New)
            observer->fresh.insert(action.path);
    }
    for (const DeployAction &action : plan.value().deletions())
        observer->doomed.insert(action.path);
    observer->startRun();
    int killed = 0;
    observer->killAfter = uploads / 3;
    observer->kill = [&server, &killed] {
        killed = server.kill();
    };
    const DeployReport broken = engine.run(plan.value());
    QVERIFY2(killed >= 1, "the server's processes were not found");
    QVERIFY(broken.error);
    QVERIFY2(broken.error->kind == TransportError::Kind::Transient, qPrintable(broken.error->message));
    QCOMPARE(broken.deleted, 0); // a failed deploy never deletes
    QVERIFY(broken.uploaded >= uploads / 3 && broken.uploaded < uploads);
    QVERIFY2(observer->dead.isEmpty(), qPrintable(observer->dead.join(u'\n')));
    QVERIFY2(observer->notOnServer.isEmpty(), qPrintable(observer->notOnServer.join(u", ")));
    // The real disk after the crash: every page still links to what is there.
    if (observer->onServer) {
        const Files now = server.files(u"site"_s);
        QList<DeadLink> dead;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.key().endsWith(u".html"))
                dead += deadLinks(it.key(), it.value(),
                                  [&now](const QString &path) { return now.contains(path); });
        }
        // New pages may link to other new files that have not landed yet; nothing links to them.
        dead.removeIf([&observer](const DeadLink &link) {
            return std::any_of(link.targets.begin(), link.targets.end(), [&observer](const QString &target) {
                return observer->fresh.contains(target);
            });
        });
        QVERIFY2(dead.isEmpty(), qPrintable(describe(dead).join(u'\n')));
    }
    // The local record claims nothing that did not land.
    const Result<DeployManifest> recorded = DeployManifest::load(manifest);
    QVERIFY(recorded);
    for (auto it = recorded.value().entries().cbegin(); it != recorded.value().entries().cend(); ++it) {
        QVERIFY2(observer->model.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value().sha256, sha256(observer->model.value(it.key())));
    }

    // Back up; the rerun sends what is left and converges, still without a dead link.
    QVERIFY2(server.restart(&why), qPrintable(why));
    DeployEngine rerun(observed, output, manifest, options);
    const Result<DeployPlan> rest = rerun.plan();
    QVERIFY2(rest, rest ? "" : qPrintable(rest.error().toString()));
    QVERIFY(rest.value().uploads().size() <= uploads - broken.uploaded);
    observer->startRun();
    observer->killAfter = -1;
    const DeployReport finished = rerun.run(rest.value());
    QVERIFY2(finished.ok(),
             qPrintable(finished.error ? finished.error->message + u'\n' + server.log() : QString()));
    QCOMPARE(finished.deleted, int(plan.value().deletions().size()));
    QVERIFY2(observer->dead.isEmpty(), qPrintable(observer->dead.join(u'\n')));
    QVERIFY(observer->checks >= uploads);
    QCOMPARE(withoutTemporaries(server.files(u"site"_s)), v2);
    QCOMPARE(observer->model, v2);
    noLinkToUnlandedFiles(*observer);
}

// A page that was live before the deploy linking to a file new in this deploy that has not landed
// yet: a changed page that now links to a new post (the previous post's "next" link) or to a new
// tag page. The engine uploads every new file before any changed one, so this never happens.
void TestPublishFaults::noLinkToUnlandedFiles(const Observer &observer)
{
    QVERIFY2(observer.linkedBeforeNew.isEmpty(),
             qPrintable(u"%1 dead link(s) for a moment:\n"_s.arg(observer.linkedBeforeNew.size()) +
                        observer.linkedBeforeNew.join(u'\n')));
}

void TestPublishFaults::wrongPassword_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"sftp", "ftp", "ftps", "s3"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestPublishFaults::wrongPassword()
{
    QFETCH(QString, type);
    Server server(type);
    QString why;
    if (!server.start(&why))
        QSKIP(qPrintable(why));
    if (type == u"sftp" && !SshdFixture::ensurePasswordUser(&why))
        QSKIP(qPrintable(why));
    const QString wrong = u"Wrong-pass-4712"_s;
    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog));
    QString problem;
    const QString output = build(blog, &problem);
    QVERIFY2(!output.isEmpty(), qPrintable(problem));
    const TransportFactory factory = server.factory(u"site"_s, knownHosts(), wrong);
    const QString place = type == u"s3" ? u"s3://site/site/"_s : u"127.0.0.1"_s;

    std::unique_ptr<DeployTransport> transport = factory();
    const std::optional<TransportError> opened = transport->open();
    transport->close();
    if (type != u"s3") {
        QVERIFY(opened);
        QCOMPARE(opened->kind, TransportError::Kind::Authentication);
        QVERIFY2(opened->message.contains(place) && !opened->message.contains(wrong),
                 qPrintable(opened->message));
    } else {
        QVERIFY(!opened); // S3 checks the keys with the first real request (see S3Transport::open)
        // PublishSession::checkConnection() therefore reads the record's head: refused here.
        std::unique_ptr<DeployTransport> probe = factory();
        std::optional<QByteArray> head;
        std::optional<TransportError> read = probe->open();
        if (!read)
            read = probe->read(RemoteManifest::headFileName(), head);
        probe->close();
        QVERIFY(read);
        QCOMPARE(read->kind, TransportError::Kind::Authentication);
        QVERIFY2(!read->message.contains(wrong), qPrintable(read->message));
    }
    // A deploy with the wrong password sends nothing and says why, whatever request meets it first.
    DeployEngine engine(factory, output, dir.filePath(u"manifest.json"_s), DeployOptions{});
    const Result<DeployPlan> plan = engine.plan(); // reads the deploy record from the target
    QVERIFY(!plan);
    QVERIFY2(!plan.error().message.contains(wrong), qPrintable(plan.error().message));
    QVERIFY(engine.planError()); // the target's error, with its kind
    QCOMPARE(engine.planError()->kind, TransportError::Kind::Authentication);
    // With a local record, plan() does not ask the target, and run() meets the refusal.
    QVERIFY(DeployManifest().save(dir.filePath(u"manifest.json"_s)));
    const Result<DeployPlan> local = engine.plan();
    QVERIFY(local);
    const DeployReport report = engine.run(local.value());
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Authentication);
    QCOMPARE(report.uploaded, 0);
    QVERIFY2(report.error->message.contains(place) && !report.error->message.contains(wrong),
             qPrintable(report.error->message));
    QVERIFY(server.files(u"site"_s).isEmpty());
}

void TestPublishFaults::changedHostKeyIsRefused()
{
    Server server(u"sftp"_s);
    QString why;
    if (!server.start(&why))
        QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog));
    QFile yaml(blog + u"/blog.yaml"_s);
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write(u"\npublish:\n  targets:\n    - {name: box, type: sftp, host: %1, port: %2, user: %3, "
               "key_file: '%4', path: '%5'}\n"_s.arg(server.sshd()->host())
                   .arg(server.sshd()->port())
                   .arg(server.sshd()->keyUser(), server.sshd()->clientKeyFile(), server.folder(u"site"_s))
                   .toUtf8());
    yaml.close();
    const Result<PublishTargets> targets = PublishSession::readTargets(blog);
    QVERIFY2(targets, targets ? "" : qPrintable(targets.error().toString()));
    int asked = 0;
    PublishSession::Connection connection;
    connection.knownHostsFile = dir.filePath(u"known_hosts"_s);
    connection.confirmUnknownHost = [&asked](const QString &, const QString &) {
        ++asked;
        return true;
    };
    {
        PublishSession session(blog, targets.value().targets.front(), connection, DeployOptions{});
        QVERIFY(!session.build().fatal);
        QVERIFY(!session.checkConnection());
        const Result<DeployPlan> plan = session.plan();
        QVERIFY(plan);
        QVERIFY(session.run(plan.value()).ok());
    }
    QCOMPARE(asked, 1);
    const Files before = server.files(u"site"_s);
    const QString manifestPath = DeployManifest::localPath(blog, targets.value().targets.front().id());
    const Result<DeployManifest> recordBefore = DeployManifest::load(manifestPath);
    QVERIFY(recordBefore);

    // The server comes back with another key, and the blog has something new to send.
    QVERIFY2(server.sshd()->restartWithNewHostKey(), qPrintable(server.sshd()->errorString()));
    QVERIFY(editSampleBlog(blog));
    PublishSession session(blog, targets.value().targets.front(), connection, DeployOptions{});
    QVERIFY(!session.build().fatal);
    const std::optional<TransportError> refused = session.checkConnection();
    QVERIFY(refused);
    QCOMPARE(refused->kind, TransportError::Kind::HostKey);
    QVERIFY2(refused->message.contains(u"changed"_s), qPrintable(refused->message));
    // Even without that check first, the deploy refuses at the first connection and sends nothing.
    const Result<DeployPlan> plan = session.plan();
    QVERIFY(plan && !plan.value().isEmpty());
    const DeployReport report = session.run(plan.value());
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::HostKey);
    QCOMPARE(report.uploaded, 0);
    QCOMPARE(asked, 1); // a changed key is never offered for trust
    QCOMPARE(server.files(u"site"_s), before);
    QCOMPARE(DeployManifest::load(manifestPath).value(), recordBefore.value());
}

void TestPublishFaults::diskFull_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"sftp", "ftp"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestPublishFaults::diskFull()
{
    QFETCH(QString, type);
    Server server(type);
    QString why;
    if (!server.start(&why))
        QSKIP(qPrintable(why));
    const QString remote = server.folder(u"full"_s);
    const QString owner = server.sshd() ? server.sshd()->keyUser() : server.ftp()->user();
    SmallDisk disk(remote, owner, u"200k"_s);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.errorString()));

    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog));
    QString problem;
    const QString output = build(blog, &problem);
    QVERIFY2(!output.isEmpty(), qPrintable(problem));
    // A page from an earlier deploy that the new site no longer has: a deploy that asks for
    // deletions would remove it, unless it fails first.
    const QByteArray oldPage = "<html><body>An old page</body></html>\n";
    QDir().mkpath(remote + u"/old"_s);
    {
        QFile file(remote + u"/old/index.html"_s);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(oldPage) == oldPage.size());
    }
    const QString manifest = dir.filePath(u"manifest.json"_s);
    DeployManifest earlier;
    earlier.set(u"old/index.html"_s, ManifestEntry{sha256(oldPage), oldPage.size()});
    QVERIFY(earlier.save(manifest));

    DeployOptions options;
    options.deleteRemoved = true;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    DeployEngine engine(server.factory(u"full"_s, knownHosts()), output, manifest, options);
    const Result<DeployPlan> plan = engine.plan();
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(int(plan.value().deletions().size()), 1);
    const DeployReport report = engine.run(plan.value());
    QVERIFY(report.error);
    QVERIFY2(report.error->kind == TransportError::Kind::DiskFull,
             qPrintable(
                 u"kind %1: %2\n%3"_s.arg(int(report.error->kind)).arg(report.error->message, server.log())));
    QVERIFY2(report.error->message.contains(u"no space"_s, Qt::CaseInsensitive),
             qPrintable(report.error->message));
    QVERIFY(!report.failedFiles.isEmpty());
    QVERIFY2(report.error->message.contains(report.failedFiles.first()), qPrintable(report.error->message));
    QCOMPARE(report.deleted, 0);
    QVERIFY(QFile::exists(remote + u"/old/index.html"_s));

    // The local record lists only what is really there, and none of the files that failed.
    const Files onServer = filesIn(remote);
    const Result<DeployManifest> recorded = DeployManifest::load(manifest);
    QVERIFY(recorded);
    for (const QString &failed : report.failedFiles)
        QVERIFY2(!recorded.value().entry(failed), qPrintable(failed));
    for (auto it = recorded.value().entries().cbegin(); it != recorded.value().entries().cend(); ++it) {
        QVERIFY2(onServer.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value().sha256, sha256(onServer.value(it.key())));
    }
    QVERIFY(recorded.value().entries().size() < plan.value().uploads().size());
}

QTEST_GUILESS_MAIN(TestPublishFaults)
#include "tst_publishfaults.moc"
