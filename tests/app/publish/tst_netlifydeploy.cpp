#include "netlifymockserver.h"
#include "publish/deploymanifest.h"
#include "publish/netlifyapi.h"
#include "publish/netlifydeploy.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

qint64 bytesOf(const QList<NetlifyMockServer::Request> &requests)
{
    qint64 total = 0;
    for (const NetlifyMockServer::Request &request : requests)
        total += request.bytes;
    return total;
}

QStringList pathsOf(const QList<NetlifyMockServer::Request> &requests)
{
    QStringList paths;
    for (const NetlifyMockServer::Request &request : requests)
        paths.append(request.path.section(u"/files/"_s, 1));
    paths.sort();
    return paths;
}

// Catches every log message of a test, to prove the token is never in one.
QMutex logMutex;
QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

// A blog folder with a built site in public/ and a mock Netlify to deploy it to.
class Fixture
{
public:
    Fixture()
    {
        writeFile(publicDir() + u"/assets/site.css"_s, "body { color: black }");
        writeFile(publicDir() + u"/2026/first/photo.png"_s, QByteArray(5000, 'p'));
        writeFile(publicDir() + u"/2026/first/index.html"_s, "<p>first</p>");
        writeFile(publicDir() + u"/2026/second/index.html"_s, QByteArray(3000, 's'));
        writeFile(publicDir() + u"/about/index.html"_s, "<p>about</p>");
        writeFile(publicDir() + u"/tags/c++ & qt/index.html"_s, "tag with odd characters");
        writeFile(publicDir() + u"/images/f\u00e4hre.png"_s, "ferry");
        writeFile(publicDir() + u"/index.html"_s, "<a href=/2026/first/>first</a>");
        writeFile(publicDir() + u"/index.xml"_s, "<rss/>");
        writeFile(publicDir() + u"/empty.txt"_s, "");
    }

    bool start() { return m_server.start(); }
    NetlifyMockServer &server() { return m_server; }
    QString publicDir() const { return m_blog.filePath(u"public"_s); }
    QString manifestPath() const { return DeployManifest::localPath(m_blog.path(), u"netlify-test"_s); }
    QMap<QString, QByteArray> local() const { return snapshot(publicDir()); }

    NetlifyOptions options() const
    {
        NetlifyOptions options;
        options.siteId = m_server.siteId();
        options.token = m_server.token();
        options.apiUrl = m_server.apiUrl();
        options.firstRetryDelay = 10ms;
        options.requestTimeout = 5s;
        return options;
    }

    std::unique_ptr<NetlifyDeploy> deployer(NetlifyOptions options, DeployOptions deployOptions = {}) const
    {
        return std::make_unique<NetlifyDeploy>(options, publicDir(), manifestPath(), deployOptions);
    }

    // Plans and runs one deploy; the plan is returned through plan when given.
    DeployReport deploy(const NetlifyOptions &options, DeployOptions deployOptions = {},
                        DeployPlan *plan = nullptr)
    {
        std::unique_ptr<NetlifyDeploy> deployer = this->deployer(options, deployOptions);
        const Result<DeployPlan> planned = deployer->plan();
        if (!planned) {
            DeployReport failed;
            failed.error = TransportError{TransportError::Kind::Permanent, planned.error().toString()};
            return failed;
        }
        if (plan)
            *plan = planned.value();
        return deployer->run(planned.value());
    }
    DeployReport deploy(DeployOptions deployOptions = {}, DeployPlan *plan = nullptr)
    {
        return deploy(options(), deployOptions, plan);
    }

private:
    QTemporaryDir m_blog;
    NetlifyMockServer m_server;
};

} // namespace

class TestNetlifyDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstDeployUploadsEverything_data();
    void firstDeployUploadsEverything();
    void editedFileIsTheOnlyUpload();
    void deletionsAreOptIn_data();
    void deletionsAreOptIn();
    void identicalFilesAreUploadedOnce();
    void wrongTokenIsAnAuthenticationError();
    void unknownSiteIsNamed();
    void permanentErrorNamesTheFile();
    void transientFaultIsRetried_data();
    void transientFaultIsRetried();
    void retryAfterIsHonoured();
    void serverGoneMidDeployLeavesSiteAndRerunConverges();
    void cancelMidDeployThenRerunConverges();
    void fileChangedAfterPlanningIsRefused();
    void dryRunChangesNothing();
    void missingRecordAsksNetlify();
    void startRunsInTheBackground();
    void optionsFromTarget();
    void mockChecksRequests();
};

void TestNetlifyDeploy::firstDeployUploadsEverything_data()
{
    QTest::addColumn<int>("asyncFileLimit");
    QTest::addColumn<int>("connections");
    QTest::newRow("synchronous, 4 connections") << 100 << 4;
    QTest::newRow("async (polled until prepared)") << 0 << 4;
    QTest::newRow("one connection") << 100 << 1;
}

void TestNetlifyDeploy::firstDeployUploadsEverything()
{
    QFETCH(int, asyncFileLimit);
    QFETCH(int, connections);
    Fixture fixture;
    QVERIFY(fixture.start());
    fixture.server().setPreparePolls(2);
    NetlifyOptions options = fixture.options();
    options.asyncFileLimit = asyncFileLimit;
    options.connections = connections;
    std::unique_ptr<NetlifyDeploy> deployer = fixture.deployer(options);
    QMutex progressMutex;
    QList<QList<qint64>> progress;
    connect(
        deployer.get(), &NetlifyDeploy::progress, deployer.get(),
        [&](int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal, const QString &) {
            QMutexLocker lock(&progressMutex);
            progress.append({filesDone, filesTotal, bytesDone, bytesTotal});
        },
        Qt::DirectConnection);

    const Result<DeployPlan> plan = deployer->plan();
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    const int files = int(fixture.local().size());
    QCOMPARE(plan.value().count(DeployAction::Kind::New), files);
    const DeployReport report = deployer->run(plan.value());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.uploaded, files);
    QCOMPARE(report.bytesUploaded, plan.value().bytes(DeployAction::Kind::New));
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
    QCOMPARE(fixture.server().requests("POST").size(), 1);
    QCOMPARE(pathsOf(fixture.server().requests("PUT")).size(), files);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (QList<qint64>{files, files, report.bytesUploaded, report.bytesUploaded}));

    // The manifest says what is live, like for any target, and nothing is left to do.
    const Result<DeployManifest> manifest = DeployManifest::load(fixture.manifestPath());
    QVERIFY(manifest.ok());
    QCOMPARE(manifest.value().entries(), DeployManifest::hashFolder(fixture.publicDir()).value());
    QVERIFY(QFileInfo::exists(NetlifyDeploy::recordPath(fixture.manifestPath())));
    fixture.server().clearRequests();
    DeployPlan again;
    QVERIFY(fixture.deploy(DeployOptions(), &again).ok());
    QVERIFY(again.isEmpty());
    QVERIFY(fixture.server().requests().isEmpty());
}

void TestNetlifyDeploy::editedFileIsTheOnlyUpload()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.deploy().ok());
    const QString published = fixture.server().publishedDeployId();
    const QByteArray edited = QByteArray(3000, 's') + " and an edit";
    writeFile(fixture.publicDir() + u"/2026/second/index.html"_s, edited);
    fixture.server().clearRequests();

    DeployPlan plan;
    const DeployReport report = fixture.deploy(DeployOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Changed), 1);
    QCOMPARE(plan.unchanged(), fixture.local().size() - 1);
    const QList<NetlifyMockServer::Request> puts = fixture.server().requests("PUT");
    QCOMPARE(pathsOf(puts), QStringList{u"2026/second/index.html"_s});
    QVERIFY(bytesOf(puts) <= qint64(edited.size() * 1.2));
    QCOMPARE(report.uploaded, 1);
    QVERIFY(fixture.server().publishedDeployId() != published);
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::deletionsAreOptIn_data()
{
    QTest::addColumn<bool>("deleteRemoved");
    QTest::newRow("kept") << false;
    QTest::newRow("deleted") << true;
}

void TestNetlifyDeploy::deletionsAreOptIn()
{
    QFETCH(bool, deleteRemoved);
    Fixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.deploy().ok());
    QVERIFY(QFile::remove(fixture.publicDir() + u"/about/index.html"_s));
    writeFile(fixture.publicDir() + u"/index.html"_s, "<p>no more about</p>");
    fixture.server().clearRequests();

    DeployOptions deployOptions;
    deployOptions.deleteRemoved = deleteRemoved;
    DeployPlan plan;
    DeployReport report = fixture.deploy(deployOptions, &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 1);
    QCOMPARE(report.deleted, deleteRemoved ? 1 : 0);
    QCOMPARE(report.deletionsSkipped, deleteRemoved ? 0 : 1);
    QCOMPARE(pathsOf(fixture.server().requests("PUT")), QStringList{u"index.html"_s});
    QMap<QString, QByteArray> expected = fixture.local();
    if (!deleteRemoved)
        expected.insert(u"about/index.html"_s, "<p>about</p>");
    QCOMPARE(fixture.server().servedFiles(), expected);

    // A kept file stays listed as a deletion, and stays online through the next deploys too.
    writeFile(fixture.publicDir() + u"/index.xml"_s, "<rss>new</rss>");
    QVERIFY(fixture.deploy(DeployOptions(), &plan).ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), deleteRemoved ? 0 : 1);
    QCOMPARE(fixture.server().servedPaths().contains(u"about/index.html"_s), !deleteRemoved);
}

void TestNetlifyDeploy::identicalFilesAreUploadedOnce()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    const QByteArray same(4000, 'x');
    writeFile(fixture.publicDir() + u"/a/copy.bin"_s, same);
    writeFile(fixture.publicDir() + u"/b/copy.bin"_s, same);
    writeFile(fixture.publicDir() + u"/c/copy.bin"_s, same);
    const DeployReport report = fixture.deploy();
    QVERIFY(report.ok());
    const int files = int(fixture.local().size());
    QCOMPARE(report.uploaded, files - 2);
    QCOMPARE(fixture.server().requests("PUT").size(), files - 2);
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::wrongTokenIsAnAuthenticationError()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.deploy().ok()); // a record, so that planning needs no request
    const QString published = fixture.server().publishedDeployId();
    writeFile(fixture.publicDir() + u"/index.html"_s, "changed");

    const QString secret = u"wrong-secret-4f2a9c"_s;
    NetlifyOptions options = fixture.options();
    options.token = secret;
    QLoggingCategory::setFilterRules(u"postwright.*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    const DeployReport report = fixture.deploy(options);
    const std::optional<TransportError> access = fixture.deployer(options)->checkAccess();
    // Without a record, planning asks Netlify and fails the same way.
    QVERIFY(QFile::remove(NetlifyDeploy::recordPath(fixture.manifestPath())));
    const Result<DeployPlan> plan = fixture.deployer(options)->plan();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Authentication);
    QVERIFY2(report.error->message.contains(u"Netlify refused the access token"_s),
             qPrintable(report.error->message));
    QVERIFY(!report.error->message.contains(secret));
    QCOMPARE(fixture.server().publishedDeployId(), published);
    QVERIFY(access);
    QCOMPARE(access->kind, TransportError::Kind::Authentication);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(u"access token"_s));
    QVERIFY(!plan.error().message.contains(secret));
    QMutexLocker lock(&logMutex);
    QVERIFY(!logLines.isEmpty());
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(secret), qPrintable(line));
    QVERIFY(!fixture.deployer(fixture.options())->checkAccess());
}

void TestNetlifyDeploy::unknownSiteIsNamed()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    NetlifyOptions options = fixture.options();
    options.siteId = u"no-such-site"_s;
    const std::optional<TransportError> access = fixture.deployer(options)->checkAccess();
    QVERIFY(access);
    QCOMPARE(access->kind, TransportError::Kind::Permanent);
    QVERIFY2(access->message.contains(u"no-such-site"_s), qPrintable(access->message));
}

void TestNetlifyDeploy::permanentErrorNamesTheFile()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.deploy().ok());
    const QString published = fixture.server().publishedDeployId();
    writeFile(fixture.publicDir() + u"/about/index.html"_s, "about, edited");
    fixture.server().failPut(1, 422);
    const DeployReport report = fixture.deploy();
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QVERIFY2(report.error->message.contains(u"about/index.html"_s), qPrintable(report.error->message));
    QVERIFY2(report.error->message.contains(u"Injected failure"_s), qPrintable(report.error->message));
    QCOMPARE(report.retries, 0);
    QCOMPARE(report.failedFiles, QStringList{u"about/index.html"_s});
    QCOMPARE(fixture.server().publishedDeployId(), published);
}

void TestNetlifyDeploy::transientFaultIsRetried_data()
{
    QTest::addColumn<int>("status"); // 0: the connection is dropped
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("retries"); // -1: not counted, see below
    QTest::newRow("500") << 500 << 1 << 1;
    QTest::newRow("503 twice") << 503 << 2 << 2;
    // QtNetwork itself sends a request again once when a kept-alive connection closes before the answer,
    // so how many of the drops reach the retry loop is QtNetwork's business.
    QTest::newRow("connection dropped") << 0 << 1 << -1;
    QTest::newRow("connection dropped three times") << 0 << 3 << -1;
}

void TestNetlifyDeploy::transientFaultIsRetried()
{
    QFETCH(int, status);
    QFETCH(int, times);
    QFETCH(int, retries);
    Fixture fixture;
    QVERIFY(fixture.start());
    fixture.server().failPut(2, status, times);
    const DeployReport report = fixture.deploy();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    if (retries >= 0)
        QCOMPARE(report.retries, retries);
    QCOMPARE(report.uploaded, fixture.local().size());
    QCOMPARE(fixture.server().requests("PUT").size(), fixture.local().size() + times);
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::retryAfterIsHonoured()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    fixture.server().rateLimitNext("POST", 1);
    QElapsedTimer timer;
    timer.start();
    const DeployReport first = fixture.deploy();
    QVERIFY(first.ok());
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(first.retries, 1);

    writeFile(fixture.publicDir() + u"/index.html"_s, "changed");
    fixture.server().rateLimitNext("PUT", 1);
    timer.restart();
    const DeployReport second = fixture.deploy();
    QVERIFY(second.ok());
    QVERIFY(timer.elapsed() >= 950);
    QCOMPARE(second.retries, 1);
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::serverGoneMidDeployLeavesSiteAndRerunConverges()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.deploy().ok());
    const QMap<QString, QByteArray> before = fixture.server().servedFiles();
    const QString published = fixture.server().publishedDeployId();
    for (const QString &path :
         {u"index.html"_s, u"about/index.html"_s, u"assets/site.css"_s, u"new/one.txt"_s})
        writeFile(fixture.publicDir() + u'/' + path, "version 2 of " + path.toUtf8());

    NetlifyOptions options = fixture.options();
    options.maxTries = 2;
    options.connections = 1;
    fixture.server().stopAfterPuts(1);
    const DeployReport failed = fixture.deploy(options);
    QVERIFY(failed.error);
    QCOMPARE(failed.error->kind, TransportError::Kind::Transient);
    QCOMPARE(failed.uploaded, 1);
    QCOMPARE(failed.failedFiles.size(), 1);
    QCOMPARE(fixture.server().publishedDeployId(), published);
    QCOMPARE(fixture.server().servedFiles(), before);

    // Back again: the rerun sends only what Netlify still lacks.
    fixture.server().resume();
    fixture.server().clearRequests();
    DeployPlan plan;
    const DeployReport rerun = fixture.deploy(options, DeployOptions(), &plan);
    QVERIFY2(rerun.ok(), qPrintable(rerun.error ? rerun.error->message : QString()));
    QCOMPARE(plan.uploads().size(), 4);
    QCOMPARE(rerun.uploaded, 3);
    QCOMPARE(fixture.server().requests("PUT").size(), 3);
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::cancelMidDeployThenRerunConverges()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    for (int i = 0; i < 12; ++i)
        writeFile(fixture.publicDir() + u"/many/%1.txt"_s.arg(i), "file " + QByteArray::number(i));
    fixture.server().setPutDelay(30ms);
    NetlifyOptions options = fixture.options();
    options.connections = 2;
    std::unique_ptr<NetlifyDeploy> deployer = fixture.deployer(options);
    connect(
        deployer.get(), &NetlifyDeploy::progress, deployer.get(),
        [&](int filesDone, int, qint64, qint64, const QString &) {
            if (filesDone >= 3)
                deployer->cancel();
        },
        Qt::DirectConnection);
    const Result<DeployPlan> plan = deployer->plan();
    QVERIFY(plan.ok());
    const DeployReport cancelled = deployer->run(plan.value());
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.error);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.uploaded >= 3);
    QVERIFY(cancelled.uploaded < fixture.local().size());
    QVERIFY(fixture.server().publishedDeployId().isEmpty());
    QVERIFY(fixture.server().servedFiles().isEmpty());

    fixture.server().clearRequests();
    const DeployReport rerun = fixture.deploy(options);
    QVERIFY(rerun.ok());
    QCOMPARE(rerun.uploaded + cancelled.uploaded, fixture.local().size());
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::fileChangedAfterPlanningIsRefused()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    std::unique_ptr<NetlifyDeploy> deployer = fixture.deployer(fixture.options());
    const Result<DeployPlan> plan = deployer->plan();
    QVERIFY(plan.ok());
    writeFile(fixture.publicDir() + u"/about/index.html"_s, "edited meanwhile");
    const DeployReport report = deployer->run(plan.value());
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QVERIFY2(report.error->message.contains(u"about/index.html"_s), qPrintable(report.error->message));
    QCOMPARE(report.failedFiles, QStringList{u"about/index.html"_s});
    QVERIFY(fixture.server().publishedDeployId().isEmpty());
    QVERIFY(fixture.deploy().ok());
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::dryRunChangesNothing()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    DeployOptions dryRun;
    dryRun.dryRun = true;
    DeployPlan plan;
    const DeployReport report = fixture.deploy(dryRun, &plan);
    QVERIFY(report.ok());
    QVERIFY(report.dryRun);
    QCOMPARE(plan.count(DeployAction::Kind::New), fixture.local().size());
    for (const NetlifyMockServer::Request &request : fixture.server().requests())
        QCOMPARE(request.method, "GET");
    QVERIFY(fixture.server().requests("POST").isEmpty());
    QVERIFY(fixture.server().requests("PUT").isEmpty());
    QCOMPARE(fixture.server().deployCount(), 0);
    QVERIFY(!QFileInfo::exists(fixture.manifestPath()));
    QVERIFY(!QFileInfo::exists(NetlifyDeploy::recordPath(fixture.manifestPath())));
}

void TestNetlifyDeploy::missingRecordAsksNetlify()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    for (int i = 0; i < 150; ++i) // more than a page of Netlify's file list
        writeFile(fixture.publicDir() + u"/bulk/%1.txt"_s.arg(i), QByteArray::number(i));
    QVERIFY(fixture.deploy().ok());
    // Another computer: no record, and a file it never had.
    QVERIFY(QFile::remove(NetlifyDeploy::recordPath(fixture.manifestPath())));
    QVERIFY(QFile::remove(fixture.manifestPath()));
    QVERIFY(QFile::remove(fixture.publicDir() + u"/about/index.html"_s));
    writeFile(fixture.publicDir() + u"/index.html"_s, "edited elsewhere");
    fixture.server().clearRequests();

    DeployPlan plan;
    const DeployReport report = fixture.deploy(DeployOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 1);
    QCOMPARE(plan.count(DeployAction::Kind::Changed), 1);
    QCOMPARE(plan.count(DeployAction::Kind::New), 0);
    QCOMPARE(fixture.server().requests("GET").size() >= 2, true); // two pages of the list
    QCOMPARE(pathsOf(fixture.server().requests("PUT")), QStringList{u"index.html"_s});
    QVERIFY(fixture.server().servedPaths().contains(u"about/index.html"_s));
    // The kept file, known only by its SHA-1, is planned as a deletion next time too.
    QVERIFY(fixture.deploy(DeployOptions(), &plan).ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 1);
    QVERIFY(DeployManifest::load(fixture.manifestPath()).ok());
}

void TestNetlifyDeploy::startRunsInTheBackground()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    qRegisterMetaType<DeployReport>();
    std::unique_ptr<NetlifyDeploy> deployer = fixture.deployer(fixture.options());
    const Result<DeployPlan> plan = deployer->plan();
    QVERIFY(plan.ok());
    QSignalSpy finished(deployer.get(), &NetlifyDeploy::finished);
    deployer->start(plan.value());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).value<DeployReport>().ok());
    QTRY_VERIFY(!deployer->isRunning());
    QCOMPARE(fixture.server().servedFiles(), fixture.local());
}

void TestNetlifyDeploy::optionsFromTarget()
{
    PublishTarget target;
    target.type = PublishTarget::Type::Netlify;
    target.siteId = u"abc-123"_s;
    qunsetenv(qPrintable(NetlifyOptions::apiUrlVariable()));
    QCOMPARE(NetlifyOptions::fromTarget(target).apiUrl, u"https://api.netlify.com/api/v1"_s);
    QCOMPARE(NetlifyOptions::fromTarget(target).siteId, u"abc-123"_s);
    QVERIFY(NetlifyOptions::fromTarget(target).token.isEmpty());
    qputenv(qPrintable(NetlifyOptions::apiUrlVariable()), "http://127.0.0.1:9/api/v1");
    QCOMPARE(NetlifyOptions::fromTarget(target).apiUrl, u"http://127.0.0.1:9/api/v1"_s);
    target.apiUrl = u"https://proxy.example/api/v1"_s;
    QCOMPARE(NetlifyOptions::fromTarget(target).apiUrl, u"https://proxy.example/api/v1"_s);
    qunsetenv(qPrintable(NetlifyOptions::apiUrlVariable()));
    QCOMPARE(NetlifyDeploy::recordPath(u"/b/.postwright/deploy/t.json"_s),
             u"/b/.postwright/deploy/t.netlify.json"_s);
}

// The stand-in refuses what Netlify refuses, so the tests above prove the requests are well formed.
void TestNetlifyDeploy::mockChecksRequests()
{
    Fixture fixture;
    QVERIFY(fixture.start());
    std::atomic_int retries = 0;
    const NetlifyOptions options = fixture.options();
    NetlifyApi api(
        options, [] { return false; }, retries);
    const QByteArray sitePath = "/sites/" + fixture.server().siteId().toUtf8();
    const auto send = [&api](const QByteArray &verb, const QByteArray &path, QByteArray body,
                             const QByteArray &type) {
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        return api.send(verb, path, &buffer, type);
    };
    const QByteArray shaA = QCryptographicHash::hash("A", QCryptographicHash::Sha1).toHex();
    QCOMPARE(send("POST", sitePath + "/deploys", "[]", "application/json").status, 422);
    QCOMPARE(
        send("POST", sitePath + "/deploys", R"({"files": {"a.txt": ")" + shaA + "\"}}", "application/json")
            .status,
        422);
    QCOMPARE(
        send("POST", sitePath + "/deploys", R"({"files": {"/a.txt": "xyz"}})", "application/json").status,
        422);
    QCOMPARE(send("POST", "/sites/other/deploys", "{}", "application/json").status, 404);

    const NetlifyReply created =
        send("POST", sitePath + "/deploys", R"({"files": {"/a.txt": ")" + shaA + "\"}}", "application/json");
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"state"_s).toString(), u"uploading"_s);
    QCOMPARE(created.object().value(u"required"_s).toArray().size(), 1);
    const QByteArray deployPath = "/deploys/" + created.object().value(u"id"_s).toString().toUtf8();
    QCOMPARE(send("PUT", deployPath + "/files/a.txt", "B", "application/octet-stream").status, 422);
    QCOMPARE(send("PUT", deployPath + "/files/b.txt", "A", "application/octet-stream").status, 422);
    QCOMPARE(send("PUT", deployPath + "/files/a.txt", "A", "text/plain").status, 422);
    QVERIFY(fixture.server().servedPaths().isEmpty());
    QCOMPARE(send("PUT", deployPath + "/files/a.txt", "A", "application/octet-stream").status, 200);
    QCOMPARE(api.send("GET", deployPath).object().value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(fixture.server().servedFile(u"a.txt"_s), "A");

    NetlifyOptions wrongToken = options;
    wrongToken.token = u"nope"_s;
    NetlifyApi refused(
        wrongToken, [] { return false; }, retries);
    QCOMPARE(refused.send("GET", sitePath).status, 401);
    QCOMPARE(refused.send("GET", deployPath).status, 401);
}

QTEST_GUILESS_MAIN(TestNetlifyDeploy)
#include "tst_netlifydeploy.moc"
