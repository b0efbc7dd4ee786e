#include "publish/deployengine.h"
#include "publish/foldertransport.h"
#include "publish/remotemanifest.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

// The deploy record's own files on the target (RemoteManifest): the head and its folder.
bool isRecordFile(const QString &remotePath)
{
    return remotePath == RemoteManifest::headFileName()
        || remotePath.startsWith(RemoteManifest::folderName() + u'/');
}

// What the transports of one deploy did and which fault they inject; shared by all parallel connections.
struct Script
{
    QMutex mutex;
    QStringList events; // "begin <path>", "end <path>", "remove <path>"
    int uploads = 0;    // content uploads only; the remote manifest is not counted
    int failAt = 0;     // the failAt-th upload fails (0: none)
    TransportError::Kind failKind = TransportError::Kind::Transient;
    bool failOnce = true;
    std::optional<TransportError::Kind> openFails;
    std::function<void(int upload)> onUpload;
    std::atomic_int transports = 0;
    // A transactional target, as git is: what isTransactional() says, how many commit() calls fail
    // and how, and what was called.
    bool transactional = false;
    TransportError::Kind commitFailKind = TransportError::Kind::Permanent;
    int commitFailures = 0;
    std::atomic_int commits = 0;
    std::atomic_int rollbacks = 0;
    // The deploy record's writes wait here for commit(), so the record says what was committed.
    QList<std::function<void()>> pendingRecord;

    QStringList uploaded()
    {
        QMutexLocker lock(&mutex);
        QStringList paths;
        for (const QString &event : std::as_const(events)) {
            if (event.startsWith(u"end "))
                paths.append(event.mid(4));
        }
        paths.sort();
        return paths;
    }
};

// A folder target that records its calls and fails on demand, as a flaky or full server would.
class ScriptedTransport final : public DeployTransport
{
public:
    ScriptedTransport(const QString &root, std::shared_ptr<Script> script)
        : m_folder(root)
        , m_root(root)
        , m_script(std::move(script))
    {
        ++m_script->transports;
    }

    std::optional<TransportError> open() override
    {
        if (m_script->openFails)
            return TransportError{*m_script->openFails, u"Login refused"_s};
        return m_folder.open();
    }
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override
    {
        if (isRecordFile(remotePath) && m_script->transactional) {
            QFile file(localFile);
            if (!file.open(QIODevice::ReadOnly))
                return TransportError{TransportError::Kind::Permanent, file.errorString()};
            const QString target = m_root + u'/' + remotePath;
            QMutexLocker lock(&m_script->mutex);
            m_script->pendingRecord.append([target, bytes = file.readAll()] {
                QDir().mkpath(QFileInfo(target).absolutePath());
                QFile out(target);
                if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    out.write(bytes);
            });
            return std::nullopt;
        }
        if (isRecordFile(remotePath))
            return m_folder.upload(localFile, remotePath);
        int number = 0;
        {
            QMutexLocker lock(&m_script->mutex);
            number = ++m_script->uploads;
            m_script->events.append(u"begin "_s + remotePath);
            const bool fail = m_script->failAt > 0 &&
                              (m_script->failOnce ? number == m_script->failAt : number >= m_script->failAt);
            if (fail)
                return TransportError{m_script->failKind, u"Injected failure for "_s + remotePath};
        }
        if (m_script->onUpload)
            m_script->onUpload(number);
        std::optional<TransportError> error = m_folder.upload(localFile, remotePath);
        QMutexLocker lock(&m_script->mutex);
        m_script->events.append(u"end "_s + remotePath);
        return error;
    }
    std::optional<TransportError> remove(const QString &remotePath) override
    {
        if (isRecordFile(remotePath) && m_script->transactional) {
            QMutexLocker lock(&m_script->mutex);
            const QString path = m_root + u'/' + remotePath;
            m_script->pendingRecord.append([path] { QFile::remove(path); });
            return std::nullopt;
        }
        if (isRecordFile(remotePath)) // the record replacing its old files
            return m_folder.remove(remotePath);
        {
            QMutexLocker lock(&m_script->mutex);
            m_script->events.append(u"remove "_s + remotePath);
        }
        return m_folder.remove(remotePath);
    }
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override
    {
        return m_folder.read(remotePath, bytes);
    }
    void close() override {}
    std::optional<TransportError> commit() override
    {
        if (++m_script->commits <= m_script->commitFailures)
            return TransportError{m_script->commitFailKind, u"Push refused"_s};
        QMutexLocker lock(&m_script->mutex);
        for (const std::function<void()> &write : std::as_const(m_script->pendingRecord))
            write();
        m_script->pendingRecord.clear();
        return std::nullopt;
    }
    void rollback() override
    {
        ++m_script->rollbacks;
        QMutexLocker lock(&m_script->mutex);
        m_script->pendingRecord.clear();
    }
    bool isTransactional() const override { return m_script->transactional; }

private:
    FolderTransport m_folder;
    QString m_root;
    std::shared_ptr<Script> m_script;
};

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

// Every file under root with its bytes, the remote manifest left out.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (isRecordFile(relative))
            continue;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(relative, file.readAll());
    }
    return files;
}

// A blog folder with a built site in public/, a target folder, and engines that deploy one to the other.
class Fixture
{
public:
    Fixture()
    {
        writeFile(publicDir() + u"/assets/site.css"_s, "body { color: black }");
        writeFile(publicDir() + u"/assets/site.js"_s, "console.log(1)");
        writeFile(publicDir() + u"/2026/first/photo.png"_s, QByteArray(5000, 'p'));
        writeFile(publicDir() + u"/2026/first/index.html"_s, "<p>first</p>");
        writeFile(publicDir() + u"/2026/second/index.html"_s, "<p>second</p>");
        writeFile(publicDir() + u"/about/index.html"_s, "<p>about</p>");
        writeFile(publicDir() + u"/index.html"_s, "<a href=/2026/first/>first</a>");
        writeFile(publicDir() + u"/page/2/index.html"_s, "older");
        writeFile(publicDir() + u"/tags/qt/index.html"_s, "tag qt");
        writeFile(publicDir() + u"/index.xml"_s, "<rss/>");
        writeFile(publicDir() + u"/feed.json"_s, "{}");
        writeFile(publicDir() + u"/sitemap.xml"_s, "<urlset/>");
    }

    QString publicDir() const { return m_blog.filePath(u"public"_s); }
    QString targetDir() const { return m_target.path(); }
    QString manifestPath() const { return DeployManifest::localPath(m_blog.path(), u"test"_s); }

    std::unique_ptr<DeployEngine> engine(const std::shared_ptr<Script> &script,
                                         DeployOptions options = fastOptions())
    {
        const QString root = targetDir();
        return std::make_unique<DeployEngine>(
            [root, script] { return std::make_unique<ScriptedTransport>(root, script); }, publicDir(),
            manifestPath(), options);
    }

    static DeployOptions fastOptions()
    {
        DeployOptions options;
        options.firstRetryDelay = std::chrono::milliseconds(1);
        return options;
    }

    // Plans and runs one deploy; the plan is returned through plan when given.
    DeployReport deploy(const std::shared_ptr<Script> &script, DeployOptions options = fastOptions(),
                        DeployPlan *plan = nullptr)
    {
        std::unique_ptr<DeployEngine> deployEngine = engine(script, options);
        Result<DeployPlan> planned = deployEngine->plan();
        if (!planned.ok()) {
            qWarning() << planned.error().toString();
            DeployReport failed;
            failed.error = TransportError{TransportError::Kind::Permanent, u"plan failed"_s};
            return failed;
        }
        if (plan)
            *plan = planned.value();
        return deployEngine->run(planned.value());
    }

private:
    QTemporaryDir m_blog;
    QTemporaryDir m_target;
};

int fileCount(const QString &root)
{
    return int(snapshot(root).size());
}

} // namespace

class TestDeployEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstDeployCopiesEverything();
    void editedFileIsTheOnlyUpload();
    void deletionsAreOptIn();
    void transientFailureIsRetried();
    void permanentFailureStopsAndRerunConverges();
    void diskFullDeletesNothing();
    void authenticationFailureStops();
    void cancelThenRerunConverges();
    void manifestIsSavedDuringTheDeploy();
    void phasesRunInOrder();
    void dryRunTouchesNothing();
    void remoteManifestReplacesMissingLocalOne();
    void startRunsInTheBackground();
    void transactionalRecordsOnlyAfterCommit_data();
    void transactionalRecordsOnlyAfterCommit();
    void transactionalPlansAgainstTheTargetsRecord();
};

void TestDeployEngine::firstDeployCopiesEverything()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    std::unique_ptr<DeployEngine> engine = fixture.engine(script);
    QMutex progressMutex;
    QList<QList<qint64>> progress;
    connect(
        engine.get(), &DeployEngine::progress, engine.get(),
        [&](int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal, const QString &) {
            QMutexLocker lock(&progressMutex);
            progress.append({filesDone, filesTotal, bytesDone, bytesTotal});
        },
        Qt::DirectConnection);
    const Result<DeployPlan> plan = engine->plan();
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().count(DeployAction::Kind::New), fileCount(fixture.publicDir()));
    const DeployReport report = engine->run(plan.value());
    QVERIFY(report.ok());
    QCOMPARE(report.uploaded, fileCount(fixture.publicDir()));
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));

    const qint64 bytes = plan.value().bytes(DeployAction::Kind::New);
    QCOMPARE(report.bytesUploaded, bytes);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (QList<qint64>{report.uploaded, report.uploaded, bytes, bytes}));

    // Both records say exactly what the target holds now.
    const Result<DeployManifest> local = DeployManifest::load(fixture.manifestPath());
    QVERIFY(local.ok());
    QCOMPARE(local.value().entries(), DeployManifest::hashFolder(fixture.publicDir()).value());
    FolderTransport target(fixture.targetDir());
    std::optional<RemoteManifest> remote;
    QVERIFY(!RemoteManifest::read(target, remote));
    QVERIFY(remote);
    QCOMPARE(remote->files(), local.value());
    // No temporary file is left beside the uploads.
    QCOMPARE(snapshot(fixture.targetDir()).size(), snapshot(fixture.publicDir()).size());
}

void TestDeployEngine::editedFileIsTheOnlyUpload()
{
    Fixture fixture;
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    writeFile(fixture.publicDir() + u"/2026/second/index.html"_s, "<p>second, edited</p>");
    auto script = std::make_shared<Script>();
    DeployPlan plan;
    const DeployReport report = fixture.deploy(script, Fixture::fastOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Changed), 1);
    QCOMPARE(plan.unchanged(), fileCount(fixture.publicDir()) - 1);
    QCOMPARE(script->uploaded(), QStringList{u"2026/second/index.html"_s});
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
    // Nothing left to do afterwards.
    auto again = std::make_shared<Script>();
    QVERIFY(fixture.deploy(again, Fixture::fastOptions(), &plan).ok());
    QVERIFY(plan.isEmpty());
    QCOMPARE(again->transports.load(), 0);
}

void TestDeployEngine::deletionsAreOptIn()
{
    Fixture fixture;
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    QVERIFY(QFile::remove(fixture.publicDir() + u"/about/index.html"_s));

    auto script = std::make_shared<Script>();
    DeployPlan plan;
    DeployReport report = fixture.deploy(script, Fixture::fastOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 1);
    QCOMPARE(report.deleted, 0);
    QCOMPARE(report.deletionsSkipped, 1);
    QVERIFY(QFile::exists(fixture.targetDir() + u"/about/index.html"_s));
    QVERIFY(DeployManifest::load(fixture.manifestPath()).value().entry(u"about/index.html"_s));

    DeployOptions options = Fixture::fastOptions();
    options.deleteRemoved = true;
    report = fixture.deploy(script, options, &plan);
    QVERIFY(report.ok());
    QCOMPARE(report.deleted, 1);
    QVERIFY(!QFile::exists(fixture.targetDir() + u"/about/index.html"_s));
    QVERIFY(!DeployManifest::load(fixture.manifestPath()).value().entry(u"about/index.html"_s));
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
}

void TestDeployEngine::transientFailureIsRetried()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    script->failAt = 3;
    script->failKind = TransportError::Kind::Transient;
    const DeployReport report = fixture.deploy(script);
    QVERIFY(report.ok());
    QCOMPARE(report.retries, 1);
    QCOMPARE(report.uploaded, fileCount(fixture.publicDir()));
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
}

void TestDeployEngine::permanentFailureStopsAndRerunConverges()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    script->failAt = 4;
    script->failKind = TransportError::Kind::Permanent;
    DeployOptions options = Fixture::fastOptions();
    options.connections = 1; // a fixed order makes "3 done before the failure" exact
    DeployReport report = fixture.deploy(script, options);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QCOMPARE(report.retries, 0);
    QCOMPARE(report.uploaded, 3);
    QCOMPARE(report.failedFiles.size(), 1);
    QCOMPARE(fileCount(fixture.targetDir()), 3);

    auto rerun = std::make_shared<Script>();
    DeployPlan plan;
    report = fixture.deploy(rerun, Fixture::fastOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.unchanged(), 3);
    QCOMPARE(rerun->uploaded().size(), fileCount(fixture.publicDir()) - 3);
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
}

void TestDeployEngine::diskFullDeletesNothing()
{
    Fixture fixture;
    writeFile(fixture.publicDir() + u"/old/index.html"_s, "old");
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    QVERIFY(QFile::remove(fixture.publicDir() + u"/old/index.html"_s));
    writeFile(fixture.publicDir() + u"/assets/site.css"_s, "body { color: blue }");
    writeFile(fixture.publicDir() + u"/index.html"_s, "new home");

    auto script = std::make_shared<Script>();
    script->failAt = 2;
    script->failKind = TransportError::Kind::DiskFull;
    DeployOptions options = Fixture::fastOptions();
    options.deleteRemoved = true;
    const DeployReport report = fixture.deploy(script, options);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::DiskFull);
    QCOMPARE(report.deleted, 0);
    QCOMPARE(report.deletionsSkipped, 1);
    QVERIFY(QFile::exists(fixture.targetDir() + u"/old/index.html"_s));
    QVERIFY(!script->events.join(u'\n').contains(u"remove "));
}

void TestDeployEngine::authenticationFailureStops()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    script->openFails = TransportError::Kind::Authentication;
    // Without a local record, planning already has to log in to read the server's copy.
    const Result<DeployPlan> plan = fixture.engine(script)->plan();
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().message, u"Login refused"_s);

    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    const QMap<QString, QByteArray> before = snapshot(fixture.targetDir());
    const QString remoteManifest = fixture.targetDir() + u'/' + DeployManifest::remoteFileName();
    const QByteArray remoteBefore = AtomicFile::read(remoteManifest).value();
    writeFile(fixture.publicDir() + u"/index.html"_s, "new home");
    const DeployReport report = fixture.deploy(script);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Authentication);
    QCOMPARE(report.error->message, u"Login refused"_s);
    QCOMPARE(report.retries, 0);
    QCOMPARE(report.uploaded, 0);
    QCOMPARE(snapshot(fixture.targetDir()), before);
    QCOMPARE(AtomicFile::read(remoteManifest).value(), remoteBefore);
}

void TestDeployEngine::cancelThenRerunConverges()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    DeployOptions options = Fixture::fastOptions();
    options.connections = 1;
    std::unique_ptr<DeployEngine> engine = fixture.engine(script, options);
    DeployEngine *raw = engine.get();
    script->onUpload = [raw](int upload) {
        if (upload == 5)
            raw->cancel();
    };
    const Result<DeployPlan> plan = engine->plan();
    QVERIFY(plan.ok());
    DeployReport report = engine->run(plan.value());
    QVERIFY(report.cancelled);
    QVERIFY(!report.error);
    QCOMPARE(report.uploaded, 5); // the file in flight when cancel came still finished
    QCOMPARE(fileCount(fixture.targetDir()), 5);

    auto rerun = std::make_shared<Script>();
    report = fixture.deploy(rerun);
    QVERIFY(report.ok());
    QCOMPARE(rerun->uploaded().size(), fileCount(fixture.publicDir()) - 5);
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
}

void TestDeployEngine::manifestIsSavedDuringTheDeploy()
{
    // A kill at any moment loses at most the files of the last interval; with no interval, none.
    Fixture fixture;
    auto script = std::make_shared<Script>();
    DeployOptions options = Fixture::fastOptions();
    options.connections = 1;
    options.persistInterval = std::chrono::milliseconds(0);
    QList<qsizetype> recorded;
    const QString manifestPath = fixture.manifestPath();
    script->onUpload = [&recorded, manifestPath](int) {
        recorded.append(DeployManifest::load(manifestPath).value().entries().size());
    };
    QVERIFY(fixture.deploy(script, options).ok());
    QList<qsizetype> expected;
    for (int i = 0; i < fileCount(fixture.publicDir()); ++i)
        expected.append(i);
    QCOMPARE(recorded, expected);
}

void TestDeployEngine::phasesRunInOrder()
{
    Fixture fixture;
    writeFile(fixture.publicDir() + u"/old.css"_s, "old");
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    QVERIFY(QFile::remove(fixture.publicDir() + u"/old.css"_s));
    // Change everything so every phase has work.
    QDirIterator it(fixture.publicDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" ");
    }
    auto script = std::make_shared<Script>();
    DeployOptions options = Fixture::fastOptions();
    options.deleteRemoved = true;
    options.connections = 3;
    QVERIFY(fixture.deploy(script, options).ok());

    // Every event of an earlier phase comes before every event of a later one.
    const auto phaseOf = [](const QString &event) {
        return event.startsWith(u"remove ") ? DeployPhase::Deletions
                                            : DeployPlan::phaseFor(event.section(u' ', 1));
    };
    QCOMPARE(script->events.size(), 2 * fileCount(fixture.publicDir()) + 1);
    for (qsizetype i = 1; i < script->events.size(); ++i) {
        const QString &before = script->events.at(i - 1);
        const QString &after = script->events.at(i);
        QVERIFY2(phaseOf(before) <= phaseOf(after), qPrintable(before + u" then "_s + after));
    }
    QCOMPARE(script->events.constLast(), u"remove old.css"_s);
}

void TestDeployEngine::dryRunTouchesNothing()
{
    Fixture fixture;
    auto script = std::make_shared<Script>();
    DeployOptions options = Fixture::fastOptions();
    options.dryRun = true;
    DeployPlan plan;
    const DeployReport report = fixture.deploy(script, options, &plan);
    QVERIFY(report.dryRun);
    QCOMPARE(report.uploaded, 0);
    QCOMPARE(plan.count(DeployAction::Kind::New), fileCount(fixture.publicDir()));
    QCOMPARE(script->transports.load(), 0);
    QCOMPARE(fileCount(fixture.targetDir()), 0);
    QVERIFY(!QFile::exists(fixture.manifestPath()));
}

void TestDeployEngine::remoteManifestReplacesMissingLocalOne()
{
    Fixture fixture;
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    QVERIFY(QFile::remove(fixture.manifestPath())); // as on another machine
    writeFile(fixture.publicDir() + u"/about/index.html"_s, "about, edited");
    auto script = std::make_shared<Script>();
    DeployPlan plan;
    QVERIFY(fixture.deploy(script, Fixture::fastOptions(), &plan).ok());
    QCOMPARE(plan.actions().size(), 1);
    QCOMPARE(script->uploaded(), QStringList{u"about/index.html"_s});
    QVERIFY(QFile::exists(fixture.manifestPath()));
}

void TestDeployEngine::startRunsInTheBackground()
{
    Fixture fixture;
    std::unique_ptr<DeployEngine> engine = fixture.engine(std::make_shared<Script>());
    const Result<DeployPlan> plan = engine->plan();
    QVERIFY(plan.ok());
    QSignalSpy finished(engine.get(), &DeployEngine::finished);
    engine->start(plan.value());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().constFirst().value<DeployReport>().ok());
    QTRY_VERIFY(!engine->isRunning());
    QCOMPARE(snapshot(fixture.targetDir()), snapshot(fixture.publicDir()));
}

void TestDeployEngine::transactionalRecordsOnlyAfterCommit_data()
{
    QTest::addColumn<bool>("inOptions");      // DeployOptions::transactional
    QTest::addColumn<int>("commitFailures");  // how many commit() calls fail
    QTest::addColumn<TransportError::Kind>("commitFailKind");
    QTest::addColumn<int>("uploadFailsAt");   // 0: no upload fails
    QTest::addColumn<int>("cancelAt");        // 0: no cancel
    QTest::addColumn<int>("commits");         // commit() calls expected
    QTest::addColumn<bool>("recorded");       // the local manifest says the new content afterwards

    using Kind = TransportError::Kind;
    QTest::newRow("commit succeeds") << true << 0 << Kind::Permanent << 0 << 0 << 1 << true;
    QTest::newRow("only the transport says it") << false << 0 << Kind::Permanent << 0 << 0 << 1 << true;
    QTest::newRow("commit refused") << true << 1 << Kind::Permanent << 0 << 0 << 1 << false;
    QTest::newRow("commit refused, not in options") << false << 1 << Kind::Permanent << 0 << 0 << 1 << false;
    QTest::newRow("transient commit failure retried") << true << 1 << Kind::Transient << 0 << 0 << 2 << true;
    QTest::newRow("commit keeps failing") << true << 99 << Kind::Transient << 0 << 0 << 4 << false;
    QTest::newRow("commit login refused") << true << 1 << Kind::Authentication << 0 << 0 << 1 << false;
    QTest::newRow("upload fails: no commit") << true << 0 << Kind::Permanent << 2 << 0 << 0 << false;
    QTest::newRow("cancelled: no commit") << true << 0 << Kind::Permanent << 0 << 1 << 0 << false;
}

void TestDeployEngine::transactionalRecordsOnlyAfterCommit()
{
    QFETCH(bool, inOptions);
    QFETCH(int, commitFailures);
    QFETCH(TransportError::Kind, commitFailKind);
    QFETCH(int, uploadFailsAt);
    QFETCH(int, cancelAt);
    QFETCH(int, commits);
    QFETCH(bool, recorded);

    Fixture fixture;
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    writeFile(fixture.publicDir() + u"/about/index.html"_s, "about, edited");
    writeFile(fixture.publicDir() + u"/assets/site.css"_s, "body { color: red }");
    const QByteArray before = AtomicFile::read(fixture.manifestPath()).value();
    const QString cachePath = RemoteManifest::cachePath(fixture.manifestPath());
    const QByteArray cacheBefore = AtomicFile::read(cachePath).value();

    auto script = std::make_shared<Script>();
    script->transactional = true;
    script->commitFailures = commitFailures;
    script->commitFailKind = commitFailKind;
    script->failAt = uploadFailsAt;
    script->failKind = TransportError::Kind::Permanent;
    DeployOptions options = Fixture::fastOptions();
    options.transactional = inOptions;
    options.connections = 1;
    options.persistInterval = std::chrono::milliseconds(0);
    std::unique_ptr<DeployEngine> engine = fixture.engine(script, options);
    DeployEngine *raw = engine.get();
    // Nothing is recorded while the files are only staged, however short the interval.
    QList<QByteArray> seen;
    const QString manifestPath = fixture.manifestPath();
    script->onUpload = [&seen, manifestPath, raw, cancelAt](int upload) {
        seen.append(AtomicFile::read(manifestPath).value());
        if (upload == cancelAt)
            raw->cancel();
    };
    const Result<DeployPlan> plan = engine->plan();
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().actions().size(), 2);
    const DeployReport report = engine->run(plan.value());

    QCOMPARE(script->commits.load(), commits);
    for (const QByteArray &bytes : std::as_const(seen))
        QCOMPARE(bytes, before);
    const DeployManifest after = DeployManifest::load(fixture.manifestPath()).value();
    if (recorded) {
        QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
        QCOMPARE(report.uploaded, 2);
        QCOMPARE(after.entries(), DeployManifest::hashFolder(fixture.publicDir()).value());
        QCOMPARE(script->rollbacks.load(), 0);
        QVERIFY(AtomicFile::read(cachePath).value() != cacheBefore);
    } else {
        QVERIFY(!report.ok());
        if (cancelAt == 0) {
            QVERIFY(report.error);
            QCOMPARE(report.error->kind, uploadFailsAt ? TransportError::Kind::Permanent : commitFailKind);
        }
        // The target holds none of it: the report, the local manifest and the record's copy say so.
        QCOMPARE(report.uploaded, 0);
        QCOMPARE(report.bytesUploaded, 0);
        QCOMPARE(AtomicFile::read(fixture.manifestPath()).value(), before);
        QCOMPARE(AtomicFile::read(cachePath).value(), cacheBefore);
        QVERIFY(script->rollbacks.load() > 0);
        // A rerun that commits plans the same files again and records them.
        auto rerun = std::make_shared<Script>();
        rerun->transactional = true;
        DeployPlan again;
        QVERIFY(fixture.deploy(rerun, options, &again).ok());
        QCOMPARE(again.actions().size(), 2);
        QCOMPARE(rerun->commits.load(), 1);
        QCOMPARE(DeployManifest::load(fixture.manifestPath()).value().entries(),
                 DeployManifest::hashFolder(fixture.publicDir()).value());
    }
}

void TestDeployEngine::transactionalPlansAgainstTheTargetsRecord()
{
    Fixture fixture;
    QVERIFY(fixture.deploy(std::make_shared<Script>()).ok());
    const int files = fileCount(fixture.publicDir());
    // A local record that says nothing was published (as if written before another machine published).
    QVERIFY(DeployManifest().save(fixture.manifestPath()).ok());
    DeployOptions options = Fixture::fastOptions();
    options.dryRun = true;
    const Result<DeployPlan> stale = fixture.engine(std::make_shared<Script>(), options)->plan();
    QCOMPARE(stale.value().count(DeployAction::Kind::New), files);
    options.dryRun = false;
    options.transactional = true;
    auto script = std::make_shared<Script>();
    script->transactional = true;
    DeployPlan plan;
    QVERIFY(fixture.deploy(script, options, &plan).ok());
    QVERIFY(plan.isEmpty());
    QCOMPARE(script->commits.load(), 0); // nothing changed, nothing to commit
    // The target's record wins the other way too: without one there, everything is uploaded again, even
    // though the local record lists it all.
    QVERIFY(QFile::remove(fixture.targetDir() + u'/' + RemoteManifest::headFileName()));
    QVERIFY(QDir(fixture.targetDir() + u'/' + RemoteManifest::folderName()).removeRecursively());
    script = std::make_shared<Script>();
    script->transactional = true;
    QVERIFY(fixture.deploy(script, options, &plan).ok());
    QCOMPARE(plan.count(DeployAction::Kind::New), files);
    QCOMPARE(script->commits.load(), 1);
}

QTEST_GUILESS_MAIN(TestDeployEngine)
#include "tst_deployengine.moc"
