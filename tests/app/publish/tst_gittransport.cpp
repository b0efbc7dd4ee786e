#include "gitserverfixture.h"
#include "publish/deployengine.h"
#include "publish/deploymanifest.h"
#include "publish/gittransport.h"
#include "publish/remotemanifest.h"
#include "sshdfixture.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

// Every file below root with its bytes; ".git" left out.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(u".git/"))
            continue;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(relative, file.readAll());
    }
    return files;
}

// The deploy record's own files (RemoteManifest) below a site folder in the branch.
bool isRecordFile(const QString &path, const QString &prefix = {})
{
    return path == prefix + RemoteManifest::headFileName() ||
           path.startsWith(prefix + RemoteManifest::folderName() + u'/');
}

QMap<QString, QByteArray> withoutRecord(QMap<QString, QByteArray> files, const QString &prefix = {})
{
    files.removeIf([&prefix](const auto &it) { return isRecordFile(it.key(), prefix); });
    return files;
}

// One computer's copy of a blog: the built site and Postwright's own folder.
class Machine
{
public:
    Machine() { writeSite(); }

    QString publicDir() const { return m_dir.filePath(u"public"_s); }
    QString manifestPath() const { return DeployManifest::localPath(m_dir.path(), u"pages"_s); }
    QString cacheDir() const { return GitOptions::cacheDirFor(m_dir.path(), u"pages"_s); }
    QMap<QString, QByteArray> site() const { return snapshot(publicDir()); }
    QByteArray manifestBytes() const
    {
        QFile file(manifestPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<none>");
    }

    void writeSite()
    {
        QByteArray photo(120 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
        writeFile(publicDir() + u"/index.html"_s, "<a href=/2026/first/>first</a>");
        writeFile(publicDir() + u"/2026/first/index.html"_s, "<p>first</p>");
        writeFile(publicDir() + u"/2026/first/photo.png"_s, photo);
        writeFile(publicDir() + u"/2026/second/index.html"_s, "<p>second</p>");
        writeFile(publicDir() + u"/about/index.html"_s, "<p>about</p>");
        writeFile(publicDir() + u"/assets/site.css"_s, "body { color: black }");
        writeFile(publicDir() + u"/tags/über uns/index.html"_s, "tag with a space and an umlaut");
        writeFile(publicDir() + u"/index.xml"_s, "<rss/>");
        writeFile(publicDir() + u"/sitemap.xml"_s, "<urlset/>");
    }

    DeployReport deploy(const GitOptions &options, DeployOptions deployOptions = fastOptions(),
                        DeployPlan *plan = nullptr, QString *planError = nullptr)
    {
        DeployEngine engine(GitTransport::factory(options), publicDir(), manifestPath(), deployOptions);
        const Result<DeployPlan> planned = engine.plan();
        if (!planned) {
            if (planError)
                *planError = planned.error().message;
            DeployReport failed;
            failed.error = TransportError{TransportError::Kind::Permanent, planned.error().message};
            return failed;
        }
        if (plan)
            *plan = planned.value();
        return engine.run(planned.value());
    }

    static DeployOptions fastOptions()
    {
        DeployOptions options;
        options.firstRetryDelay = std::chrono::milliseconds(1);
        options.transactional = true;
        return options;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

// GitTransport through the real DeployEngine against real git servers on this machine: git
// http-backend behind Basic authentication, and sshd.
class TestGitTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void publishAndEdit_data();
    void publishAndEdit();
    void deletionsAreOptIn();
    void secondMachinePlansFromTheBranch();
    void wrongToken_data();
    void wrongToken();
    void sshKeyWithPassphrase();
    void sshKeyNotAccepted();
    void missingRepository_data();
    void missingRepository();
    void unknownHostDeclined();
    void changedHostKeyRefused();
    void serverGoneBeforePush();
    void pushRefusedByServer();
    void branchMovedSincePlan();
    void subfolderKeepsTheRestOfTheBranch();

private:
    GitOptions httpOptions(const QString &repository, const Machine &machine);
    GitOptions sshOptions(const QString &repository, const Machine &machine);
    QString newRepository();
    QMap<QString, QByteArray> branchFiles(const QString &repository, const QString &branch = u"gh-pages"_s);
    QByteArray gitOutput(const QString &repository, const QStringList &arguments);
    QStringList changedInLastCommit(const QString &repository, const QString &branch = u"gh-pages"_s);
    void requireSsh();

    std::unique_ptr<GitServerFixture> m_git;
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_sshProblem;
    std::unique_ptr<QTemporaryDir> m_config; // known_hosts
    int m_repositories = 0;
    int m_asked = 0;
};

void TestGitTransport::initTestCase()
{
    m_git = std::make_unique<GitServerFixture>();
    QVERIFY2(m_git->start(), qPrintable(m_git->errorString()));
    m_sshd = std::make_unique<SshdFixture>();
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        m_sshProblem = u"openssh-server is not installed; scripts/dev installs it"_s;
    else if (!m_sshd->start())
        m_sshProblem = m_sshd->errorString();
}

void TestGitTransport::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    m_asked = 0;
}

void TestGitTransport::requireSsh()
{
    if (!m_sshProblem.isEmpty())
        QSKIP(qPrintable(m_sshProblem));
}

QString TestGitTransport::newRepository()
{
    return m_git->createRepository(u"site%1"_s.arg(++m_repositories));
}

GitOptions TestGitTransport::httpOptions(const QString &repository, const Machine &machine)
{
    GitOptions options;
    options.remoteUrl = m_git->httpUrl(QFileInfo(repository).completeBaseName());
    options.secret = GitServerFixture::password();
    options.cacheDir = machine.cacheDir();
    options.remoteUrl.replace(u"://"_s, u"://%1@"_s.arg(GitServerFixture::user()));
    return options;
}

GitOptions TestGitTransport::sshOptions(const QString &repository, const Machine &machine)
{
    GitOptions options;
    options.remoteUrl =
        u"ssh://%1@127.0.0.1:%2%3"_s.arg(m_sshd->keyUser()).arg(m_sshd->port()).arg(repository);
    options.privateKeyFile = m_sshd->clientKeyFile();
    options.knownHostsFile = m_config->filePath(u"known_hosts"_s);
    options.cacheDir = machine.cacheDir();
    options.confirmUnknownHost = [this](const QString &, const QString &) {
        ++m_asked;
        return true;
    };
    return options;
}

QByteArray TestGitTransport::gitOutput(const QString &repository, const QStringList &arguments)
{
    QByteArray output;
    if (!m_git->git(QStringList{u"--git-dir"_s, repository} + arguments, &output))
        qWarning() << m_git->errorString();
    return output.trimmed();
}

QMap<QString, QByteArray> TestGitTransport::branchFiles(const QString &repository, const QString &branch)
{
    QTemporaryDir checkout;
    const QString folder = checkout.filePath(u"clone"_s);
    if (!m_git->git({u"clone"_s, u"--quiet"_s, u"--branch"_s, branch, repository, folder}))
        return {{u"<clone failed>"_s, m_git->errorString().toUtf8()}};
    return snapshot(folder);
}

QStringList TestGitTransport::changedInLastCommit(const QString &repository, const QString &branch)
{
    const QByteArray names = gitOutput(repository, {u"-c"_s, u"core.quotePath=false"_s, u"diff"_s,
                                                    u"--name-only"_s, branch + u"~1"_s, branch});
    return QString::fromUtf8(names).split(u'\n', Qt::SkipEmptyParts);
}

void TestGitTransport::publishAndEdit_data()
{
    QTest::addColumn<bool>("ssh");
    QTest::newRow("https-style token over http") << false;
    QTest::newRow("ssh with an ed25519 key") << true;
}

void TestGitTransport::publishAndEdit()
{
    QFETCH(bool, ssh);
    if (ssh)
        requireSsh();
    const QString repository = newRepository();
    QVERIFY2(!repository.isEmpty(), qPrintable(m_git->errorString()));
    Machine machine;
    const GitOptions options = ssh ? sshOptions(repository, machine) : httpOptions(repository, machine);

    // The first publish creates the branch as a commit of its own, with everything in it.
    DeployPlan plan;
    DeployReport report = machine.deploy(options, Machine::fastOptions(), &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(report.uploaded, machine.site().size());
    QMap<QString, QByteArray> expected = machine.site();
    expected.insert(u".nojekyll"_s, QByteArray());
    const QMap<QString, QByteArray> branch = branchFiles(repository);
    QCOMPARE(withoutRecord(branch), expected);
    QVERIFY(branch.contains(RemoteManifest::headFileName()));
    QCOMPARE(gitOutput(repository, {u"rev-list"_s, u"--count"_s, u"gh-pages"_s}), QByteArray("1"));
    QCOMPARE(gitOutput(repository, {u"log"_s, u"-1"_s, u"--format=%an|%s"_s, u"gh-pages"_s}),
             u"Postwright|Publish: %1 files changed"_s.arg(machine.site().size()).toUtf8());
    QCOMPARE(DeployManifest::load(machine.manifestPath()).value().entries(),
             DeployManifest::hashFolder(machine.publicDir()).value());
    if (ssh)
        QCOMPARE(m_asked, 1);

    // One edit is one commit that changes that file (and the record) only.
    writeFile(machine.publicDir() + u"/about/index.html"_s, "<p>about, edited</p>");
    report = machine.deploy(options, Machine::fastOptions(), &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(plan.actions().size(), 1);
    QCOMPARE(report.uploaded, 1);
    QStringList changed = changedInLastCommit(repository);
    changed.removeIf([](const QString &path) { return isRecordFile(path); });
    QCOMPARE(changed, QStringList{u"about/index.html"_s});
    QCOMPARE(gitOutput(repository, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"gh-pages"_s}),
             QByteArray("Publish: 1 file changed"));
    expected.insert(u"about/index.html"_s, "<p>about, edited</p>");
    QCOMPARE(withoutRecord(branchFiles(repository)), expected);

    // Nothing changed, nothing pushed.
    const QByteArray tip = gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s});
    report = machine.deploy(options, Machine::fastOptions(), &plan);
    QVERIFY(report.ok());
    QVERIFY(plan.isEmpty());
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s}), tip);
    if (ssh)
        QCOMPARE(m_asked, 1); // the key was recorded the first time
}

void TestGitTransport::deletionsAreOptIn()
{
    const QString repository = newRepository();
    Machine machine;
    const GitOptions options = httpOptions(repository, machine);
    QVERIFY(machine.deploy(options).ok());
    QVERIFY(QFile::remove(machine.publicDir() + u"/2026/second/index.html"_s));

    DeployPlan plan;
    DeployReport report = machine.deploy(options, Machine::fastOptions(), &plan);
    QVERIFY(report.ok());
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 1);
    QCOMPARE(report.deletionsSkipped, 1);
    QVERIFY(branchFiles(repository).contains(u"2026/second/index.html"_s));

    DeployOptions deleting = Machine::fastOptions();
    deleting.deleteRemoved = true;
    report = machine.deploy(options, deleting, &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(report.deleted, 1);
    const QMap<QString, QByteArray> branch = branchFiles(repository);
    QVERIFY(!branch.contains(u"2026/second/index.html"_s));
    QVERIFY(branch.contains(u"2026/first/index.html"_s));
    QCOMPARE(gitOutput(repository, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"gh-pages"_s}),
             QByteArray("Publish: 1 file removed"));
    // The emptied folder is gone with its last file.
    QVERIFY(gitOutput(repository, {u"ls-tree"_s, u"gh-pages"_s, u"2026/"_s}).contains("first"));
    QVERIFY(!gitOutput(repository, {u"ls-tree"_s, u"gh-pages"_s, u"2026/"_s}).contains("second"));
}

void TestGitTransport::secondMachinePlansFromTheBranch()
{
    const QString repository = newRepository();
    Machine first;
    QVERIFY(first.deploy(httpOptions(repository, first)).ok());

    // Another computer with the same site and no .postwright: only its edit travels.
    Machine second;
    writeFile(second.publicDir() + u"/2026/second/index.html"_s, "<p>second, edited elsewhere</p>");
    DeployPlan plan;
    DeployReport report = second.deploy(httpOptions(repository, second), Machine::fastOptions(), &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(plan.actions().size(), 1);
    QCOMPARE(report.uploaded, 1);

    // The first computer's local record is now out of date; it plans against the branch anyway, so
    // its own edit goes out and the other one's stays.
    writeFile(first.publicDir() + u"/2026/second/index.html"_s, "<p>second, edited elsewhere</p>");
    writeFile(first.publicDir() + u"/index.html"_s, "new home");
    report = first.deploy(httpOptions(repository, first), Machine::fastOptions(), &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(plan.actions().size(), 1);
    QCOMPARE(plan.actions().constFirst().path, u"index.html"_s);
    QMap<QString, QByteArray> expected = first.site();
    expected.insert(u".nojekyll"_s, QByteArray());
    QCOMPARE(withoutRecord(branchFiles(repository)), expected);
}

void TestGitTransport::wrongToken_data()
{
    QTest::addColumn<bool>("inUrl");
    QTest::newRow("token from the keychain") << false;
    QTest::newRow("token in the URL") << true;
}

void TestGitTransport::wrongToken()
{
    QFETCH(bool, inUrl);
    const QString repository = newRepository();
    Machine machine;
    GitOptions options = httpOptions(repository, machine);
    const QString token = u"ghp_wrongToken0815"_s;
    if (inUrl) {
        options.secret.clear();
        options.remoteUrl.replace(u"@"_s, u":%1@"_s.arg(token));
    } else {
        options.secret = token;
    }
    {
        const std::unique_ptr<DeployTransport> transport = GitTransport::factory(options)();
        const std::optional<TransportError> error = transport->open();
        QVERIFY(error);
        QCOMPARE(error->kind, TransportError::Kind::Authentication);
        QVERIFY2(error->message.contains(u"token or password"_s), qPrintable(error->message));
        QVERIFY2(error->message.contains(GitServerFixture::user()), qPrintable(error->message));
        QVERIFY2(error->message.contains(u"127.0.0.1"_s), qPrintable(error->message));
        QVERIFY2(!error->message.contains(token), qPrintable(error->message));
    }
    // Through the engine: the plan stops, says why, and nothing is recorded.
    QString planError;
    const DeployReport report = machine.deploy(options, Machine::fastOptions(), nullptr, &planError);
    QVERIFY(!report.ok());
    QVERIFY2(planError.contains(u"did not accept"_s), qPrintable(planError));
    QVERIFY2(!planError.contains(token), qPrintable(planError));
    QVERIFY(!QFile::exists(machine.manifestPath()));
    QVERIFY(gitOutput(repository, {u"branch"_s, u"--list"_s}).isEmpty());

    // No secret at all is an authentication problem too, said as such.
    options.secret.clear();
    options.remoteUrl = m_git->httpUrl(QFileInfo(repository).completeBaseName());
    const std::unique_ptr<DeployTransport> anonymous = GitTransport::factory(options)();
    const std::optional<TransportError> error = anonymous->open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(u"no token or password"_s), qPrintable(error->message));
}

void TestGitTransport::sshKeyWithPassphrase()
{
    requireSsh();
    const QString key = m_config->filePath(u"id_ed25519"_s);
    const QString passphrase = u"key-Passphrase-4412"_s;
    QVERIFY2(m_git->generateSshKey(key, passphrase), qPrintable(m_git->errorString()));
    QVERIFY(GitServerFixture::authorizeSshKey(m_sshd->clientKeyFile(), key + u".pub"_s));
    QVERIFY(QFile::remove(key + u".pub"_s)); // libssh2 derives the public key from the private one

    const QString repository = newRepository();
    Machine machine;
    GitOptions options = sshOptions(repository, machine);
    options.privateKeyFile = key;
    options.keyPassphrase = u"wrong-Passphrase"_s;
    const std::unique_ptr<DeployTransport> wrong = GitTransport::factory(options)();
    const std::optional<TransportError> error = wrong->open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(key), qPrintable(error->message));
    QVERIFY2(!error->message.contains(u"wrong-Passphrase"_s), qPrintable(error->message));

    options.keyPassphrase = passphrase;
    const DeployReport report = machine.deploy(options);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(withoutRecord(branchFiles(repository)).size(), machine.site().size() + 1);
}

void TestGitTransport::sshKeyNotAccepted()
{
    requireSsh();
    const QString key = m_config->filePath(u"stranger_ed25519"_s);
    QVERIFY2(m_git->generateSshKey(key, QString()), qPrintable(m_git->errorString()));
    Machine machine;
    GitOptions options = sshOptions(newRepository(), machine);
    options.privateKeyFile = key;
    const std::unique_ptr<DeployTransport> transport = GitTransport::factory(options)();
    const std::optional<TransportError> error = transport->open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Authentication);
    QVERIFY2(error->message.contains(key), qPrintable(error->message));
    QVERIFY2(error->message.contains(m_sshd->keyUser()), qPrintable(error->message));
}

void TestGitTransport::missingRepository_data()
{
    QTest::addColumn<bool>("ssh");
    QTest::newRow("http") << false;
    QTest::newRow("ssh") << true;
}

void TestGitTransport::missingRepository()
{
    QFETCH(bool, ssh);
    if (ssh)
        requireSsh();
    Machine machine;
    const QString missing = m_git->repositoryPath(u"never-created"_s);
    const GitOptions options = ssh ? sshOptions(missing, machine) : httpOptions(missing, machine);
    const std::unique_ptr<DeployTransport> transport = GitTransport::factory(options)();
    const std::optional<TransportError> error = transport->open();
    QVERIFY(error);
    // A retry would not help: it is said at once, not after the engine's retries.
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(u"not found"_s), qPrintable(error->message));
    QVERIFY(!error->message.contains(GitServerFixture::password()));
}

void TestGitTransport::unknownHostDeclined()
{
    requireSsh();
    const QString repository = newRepository();
    Machine machine;
    GitOptions options = sshOptions(repository, machine);
    QString askedHost;
    QString askedFingerprint;
    options.confirmUnknownHost = [&](const QString &host, const QString &fingerprint) {
        ++m_asked;
        askedHost = host;
        askedFingerprint = fingerprint;
        return false;
    };
    const std::unique_ptr<DeployTransport> transport = GitTransport::factory(options)();
    const std::optional<TransportError> error = transport->open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::HostKey);
    QCOMPARE(m_asked, 1);
    QCOMPARE(askedHost, u"[127.0.0.1]:%1"_s.arg(m_sshd->port()));
    QCOMPARE(askedFingerprint, m_sshd->hostKeyFingerprint());
    QVERIFY(!QFile::exists(options.knownHostsFile));
}

void TestGitTransport::changedHostKeyRefused()
{
    requireSsh();
    const QString repository = newRepository();
    Machine machine;
    const GitOptions options = sshOptions(repository, machine);
    QVERIFY(machine.deploy(options).ok());
    QCOMPARE(m_asked, 1);
    const QByteArray tip = gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s});

    QVERIFY2(m_sshd->restartWithNewHostKey(), qPrintable(m_sshd->errorString()));
    writeFile(machine.publicDir() + u"/index.html"_s, "after the key changed");
    const QByteArray manifest = machine.manifestBytes();
    const std::unique_ptr<DeployTransport> transport = GitTransport::factory(options)();
    const std::optional<TransportError> error = transport->open();
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::HostKey);
    QVERIFY2(error->message.contains(u"changed"_s), qPrintable(error->message));
    QVERIFY2(error->message.contains(u"127.0.0.1"_s), qPrintable(error->message));
    QCOMPARE(m_asked, 1); // never offered for confirmation

    QString planError;
    QVERIFY(!machine.deploy(options, Machine::fastOptions(), nullptr, &planError).ok());
    QVERIFY2(planError.contains(u"changed"_s), qPrintable(planError));
    QCOMPARE(m_asked, 1);
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s}), tip);
    QCOMPARE(machine.manifestBytes(), manifest);
}

void TestGitTransport::serverGoneBeforePush()
{
    const QString repository = newRepository();
    Machine machine;
    const GitOptions options = httpOptions(repository, machine);
    QVERIFY(machine.deploy(options).ok());
    const QByteArray tip = gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s});
    const QByteArray manifest = machine.manifestBytes();
    writeFile(machine.publicDir() + u"/2026/first/index.html"_s, "<p>first, edited</p>");

    // Planned (and fetched) while the server was there; gone when the push comes.
    DeployEngine engine(GitTransport::factory(options), machine.publicDir(), machine.manifestPath(),
                        Machine::fastOptions());
    const Result<DeployPlan> plan = engine.plan();
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().actions().size(), 1);
    m_git->stop();
    const DeployReport report = engine.run(plan.value());
    QVERIFY2(m_git->start(), qPrintable(m_git->errorString()));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Transient);
    QVERIFY2(report.error->message.contains(u"connection"_s), qPrintable(report.error->message));
    QVERIFY(!report.error->message.contains(GitServerFixture::password()));
    QCOMPARE(report.uploaded, 0);
    QCOMPARE(machine.manifestBytes(), manifest);
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s}), tip);

    // The rerun does what is left.
    DeployPlan rerun;
    const DeployReport again = machine.deploy(options, Machine::fastOptions(), &rerun);
    QVERIFY2(again.ok(), again.error ? qPrintable(again.error->message) : "cancelled");
    QCOMPARE(rerun.actions().size(), 1);
    QCOMPARE(branchFiles(repository).value(u"2026/first/index.html"_s), QByteArray("<p>first, edited</p>"));
}

void TestGitTransport::pushRefusedByServer()
{
    const QString repository = newRepository();
    Machine machine;
    const GitOptions options = httpOptions(repository, machine);
    QVERIFY(machine.deploy(options).ok());
    const QByteArray manifest = machine.manifestBytes();
    const QByteArray tip = gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s});
    const QString hook = repository + u"/hooks/pre-receive"_s;
    writeFile(hook, "#!/bin/sh\necho 'publishing is paused' >&2\nexit 1\n");
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    writeFile(machine.publicDir() + u"/about/index.html"_s, "<p>about, refused</p>");

    DeployReport report = machine.deploy(options);
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QVERIFY2(report.error->message.contains(u"refused"_s), qPrintable(report.error->message));
    QCOMPARE(machine.manifestBytes(), manifest);
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s}), tip);

    QVERIFY(QFile::remove(hook));
    DeployPlan plan;
    report = machine.deploy(options, Machine::fastOptions(), &plan);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(plan.actions().size(), 1);
    QCOMPARE(branchFiles(repository).value(u"about/index.html"_s), QByteArray("<p>about, refused</p>"));
}

void TestGitTransport::branchMovedSincePlan()
{
    const QString repository = newRepository();
    Machine machine;
    const GitOptions options = httpOptions(repository, machine);
    QVERIFY(machine.deploy(options).ok());
    const QByteArray manifest = machine.manifestBytes();
    writeFile(machine.publicDir() + u"/index.html"_s, "home, edited");

    DeployEngine engine(GitTransport::factory(options), machine.publicDir(), machine.manifestPath(),
                        Machine::fastOptions());
    const Result<DeployPlan> plan = engine.plan();
    QVERIFY(plan.ok());
    // Someone adds a CNAME file with the git command line meanwhile.
    QTemporaryDir other;
    const QString clone = other.filePath(u"clone"_s);
    QVERIFY2(m_git->git({u"clone"_s, u"--quiet"_s, u"--branch"_s, u"gh-pages"_s, repository, clone}),
             qPrintable(m_git->errorString()));
    writeFile(clone + u"/CNAME"_s, "blog.example.org\n");
    QVERIFY(m_git->git({u"add"_s, u"CNAME"_s}, nullptr, clone));
    QVERIFY(m_git->git({u"commit"_s, u"--quiet"_s, u"-m"_s, u"Custom domain"_s}, nullptr, clone));
    QVERIFY2(m_git->git({u"push"_s, u"--quiet"_s, u"origin"_s, u"gh-pages"_s}, nullptr, clone),
             qPrintable(m_git->errorString()));
    const QByteArray theirs = gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s});

    DeployReport report = engine.run(plan.value());
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, TransportError::Kind::Permanent);
    QVERIFY2(report.error->message.contains(u"publish again"_s), qPrintable(report.error->message));
    QCOMPARE(machine.manifestBytes(), manifest);
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages"_s}), theirs);

    // Publishing again builds on their commit and keeps their file.
    report = machine.deploy(options);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"gh-pages~1"_s}), theirs);
    const QMap<QString, QByteArray> branch = branchFiles(repository);
    QCOMPARE(branch.value(u"CNAME"_s), QByteArray("blog.example.org\n"));
    QCOMPARE(branch.value(u"index.html"_s), QByteArray("home, edited"));
}

void TestGitTransport::subfolderKeepsTheRestOfTheBranch()
{
    // A project's main branch with its own files; the site goes into docs/site.
    const QString repository = newRepository();
    QTemporaryDir other;
    const QString clone = other.filePath(u"project"_s);
    QVERIFY(m_git->git({u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s, clone}));
    writeFile(clone + u"/README.md"_s, "# Project\n");
    writeFile(clone + u"/src/main.c"_s, "int main(void) { return 0; }\n");
    writeFile(clone + u"/docs/site/keep-me.txt"_s, "a file the site never had\n");
    QVERIFY(m_git->git({u"add"_s, u"."_s}, nullptr, clone));
    QVERIFY(m_git->git({u"commit"_s, u"--quiet"_s, u"-m"_s, u"Project"_s}, nullptr, clone));
    QVERIFY(m_git->git({u"push"_s, u"--quiet"_s, repository, u"main"_s}, nullptr, clone));
    const QByteArray srcTree = gitOutput(repository, {u"rev-parse"_s, u"main:src"_s});

    Machine machine;
    GitOptions options = httpOptions(repository, machine);
    options.branch = u"main"_s;
    options.pathInBranch = u"/docs/site/"_s;
    DeployReport report = machine.deploy(options);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QMap<QString, QByteArray> branch = branchFiles(repository, u"main"_s);
    QCOMPARE(branch.value(u"README.md"_s), QByteArray("# Project\n"));
    QCOMPARE(branch.value(u"docs/site/keep-me.txt"_s), QByteArray("a file the site never had\n"));
    QCOMPARE(branch.value(u".nojekyll"_s), QByteArray());
    QVERIFY(branch.contains(u"docs/site/"_s + RemoteManifest::headFileName()));
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"main:src"_s}), srcTree);
    QCOMPARE(gitOutput(repository, {u"rev-list"_s, u"--count"_s, u"main"_s}), QByteArray("2"));
    QMap<QString, QByteArray> site;
    for (auto it = branch.cbegin(); it != branch.cend(); ++it) {
        if (it.key().startsWith(u"docs/site/") && it.key() != u"docs/site/keep-me.txt")
            site.insert(it.key().mid(10), it.value());
    }
    QCOMPARE(withoutRecord(site), machine.site());

    // A deletion removes the site's file only.
    QVERIFY(QFile::remove(machine.publicDir() + u"/about/index.html"_s));
    DeployOptions deleting = Machine::fastOptions();
    deleting.deleteRemoved = true;
    report = machine.deploy(options, deleting);
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->message) : "cancelled");
    QStringList changed = changedInLastCommit(repository, u"main"_s);
    changed.removeIf([](const QString &path) { return isRecordFile(path, u"docs/site/"_s); });
    QCOMPARE(changed, QStringList{u"docs/site/about/index.html"_s});
    branch = branchFiles(repository, u"main"_s);
    QCOMPARE(branch.value(u"docs/site/keep-me.txt"_s), QByteArray("a file the site never had\n"));
    QCOMPARE(gitOutput(repository, {u"rev-parse"_s, u"main:src"_s}), srcTree);
}

QTEST_GUILESS_MAIN(TestGitTransport)
#include "tst_gittransport.moc"
