#include "clirun.h"
#include "sshdfixture.h"
#include "testblog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright::Test;

// `postwright-cli publish` against real targets: a folder, and a real sshd when one can run here.
// Each test publishes a fresh copy of the sample blog.
class TestCliPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstPublishUploadsEverything();
    void secondPublishUploadsOnlyWhatChanged();
    void dryRunChangesNothing();
    void deleteRemovesADeletedPostsPage();
    void unknownTargetListsTheTargets();
    void secretInBlogYamlIsRefusedWithItsLine();
    void unsupportedTypeSaysSo();
    void sftpPasswordWithoutSecretOrKeychainFails();
    void sftpWithKeyNeedsTrustForAnUnknownHost();

private:
    struct Plan
    {
        int fresh = -1;
        int changed = -1;
        int deleted = -1;
        int unchanged = -1;
    };
    // Copies the sample blog and appends `publishYaml` to its blog.yaml.
    QString makeBlog(const QByteArray &publishYaml);
    QString folderTargetYaml() const;
    static Plan planOf(const QString &out);
    static QMap<QString, QByteArray> files(const QString &folder);
    static QString publishedPost(const QString &blog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_dataHome; // keeps known_hosts out of the real one
};

void TestCliPublish::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
}

void TestCliPublish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliPublish::makeBlog(const QByteArray &publishYaml)
{
    const QString source = sampleBlogSourcePath();
    const QString blog = m_dir->filePath(QStringLiteral("blog"));
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = blog + u'/' + QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return {};
    }
    QFile yaml(blog + QStringLiteral("/blog.yaml"));
    if (!yaml.open(QIODevice::Append) || yaml.write("\n" + publishYaml) < 0)
        return {};
    return blog;
}

QString TestCliPublish::folderTargetYaml() const
{
    return QStringLiteral("publish:\n"
                          "  default: site\n"
                          "  targets:\n"
                          "    - name: site\n"
                          "      type: folder\n"
                          "      path: %1\n"
                          "    - name: other\n"
                          "      type: folder\n"
                          "      path: elsewhere\n")
        .arg(m_dir->filePath(QStringLiteral("served")));
}

TestCliPublish::Plan TestCliPublish::planOf(const QString &out)
{
    static const QRegularExpression line(QStringLiteral(
        R"(Plan for \S+ \(\w+\): (\d+) new \([^)]*\), (\d+) changed \([^)]*\), (\d+) deleted \([^)]*\), )"
        R"((\d+) unchanged\.)"));
    const QRegularExpressionMatch match = line.match(out);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
            match.captured(4).toInt()};
}

QMap<QString, QByteArray> TestCliPublish::files(const QString &folder)
{
    QMap<QString, QByteArray> contents;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(folder).relativeFilePath(file);
        if (relative == QStringLiteral(".postwright-manifest.json")
            || relative.startsWith(QStringLiteral(".postwright-manifest/")))
            continue; // the target's own deploy record, not part of the site
        QFile f(file);
        contents.insert(relative, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>"));
    }
    return contents;
}

QString TestCliPublish::publishedPost(const QString &blog)
{
    return blog + QStringLiteral("/posts/design/idempotency-keys.md"); // not a draft, so it has a page
}

void TestCliPublish::firstPublishUploadsEverything()
{
    const QString blog = makeBlog(folderTargetYaml().toUtf8());
    QVERIFY(!blog.isEmpty());
    const CliRun run = runCli({"publish", blog});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QVERIFY(site.size() > 20);
    const Plan plan = planOf(run.out);
    QCOMPARE(plan.fresh, site.size());
    QCOMPARE(plan.changed, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Published to site: %1 files uploaded").arg(site.size())),
             qPrintable(run.out));
    QVERIFY(
        run.out.contains(QRegularExpression(QStringLiteral(R"(\[\d+/%1\] index\.html)").arg(site.size()))));
    QCOMPARE(files(m_dir->filePath(QStringLiteral("served"))), site);
}

void TestCliPublish::secondPublishUploadsOnlyWhatChanged()
{
    const QString blog = makeBlog(folderTargetYaml().toUtf8());
    QCOMPARE(runCli({"publish", blog}).exitCode, 0);
    const QString post = publishedPost(blog);
    QFile file(post);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\nOne more sentence, added after the first publish.\n");
    file.close();

    const CliRun run = runCli({"publish", blog, "--target", "site"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    const Plan plan = planOf(run.out);
    QCOMPARE(plan.fresh, 0);
    QVERIFY2(plan.changed >= 1 && plan.changed < site.size() / 2, qPrintable(run.out));
    QCOMPARE(plan.unchanged, site.size() - plan.changed);
    QVERIFY2(run.out.contains(QStringLiteral("Published to site: %1 files uploaded").arg(plan.changed)),
             qPrintable(run.out));
    QCOMPARE(files(m_dir->filePath(QStringLiteral("served"))), site);
}

void TestCliPublish::dryRunChangesNothing()
{
    const QString blog = makeBlog(folderTargetYaml().toUtf8());
    const QString served = m_dir->filePath(QStringLiteral("served"));
    const CliRun first = runCli({"publish", blog, "--dry-run"});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY(planOf(first.out).fresh > 20);
    QVERIFY(first.out.contains(QStringLiteral("Dry run")));
    QVERIFY(files(served).isEmpty());

    QCOMPARE(runCli({"publish", blog}).exitCode, 0);
    const QMap<QString, QByteArray> before = files(served);
    QVERIFY(QFile::remove(publishedPost(blog)));
    const CliRun dry = runCli({"publish", blog, "--dry-run", "--delete"});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(planOf(dry.out).deleted >= 1, qPrintable(dry.out));
    QCOMPARE(files(served), before);
}

void TestCliPublish::deleteRemovesADeletedPostsPage()
{
    const QString blog = makeBlog(folderTargetYaml().toUtf8());
    const QString served = m_dir->filePath(QStringLiteral("served"));
    QCOMPARE(runCli({"publish", blog}).exitCode, 0);
    const QMap<QString, QByteArray> before = files(served);
    QVERIFY(QFile::remove(publishedPost(blog)));

    // Without --delete the page stays and the output says how to remove it.
    const CliRun kept = runCli({"publish", blog});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QStringList gone;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!site.contains(it.key()))
            gone.append(it.key());
    }
    QVERIFY(!gone.isEmpty());
    QVERIFY2(kept.out.contains(
                 QStringLiteral("Deletions skipped: pass --delete to remove %1 files").arg(gone.size())),
             qPrintable(kept.out));
    for (const QString &page : std::as_const(gone))
        QVERIFY(QFileInfo::exists(served + u'/' + page));

    const CliRun removed = runCli({"publish", blog, "--delete"});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QVERIFY2(removed.out.contains(QStringLiteral(", %1 deleted,").arg(gone.size())), qPrintable(removed.out));
    QCOMPARE(files(served), site);
}

void TestCliPublish::unknownTargetListsTheTargets()
{
    const QString blog = makeBlog(folderTargetYaml().toUtf8());
    const CliRun run = runCli({"publish", blog, "--target", "nowhere"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("nowhere")) &&
                 run.err.contains(QStringLiteral("site (folder)")) &&
                 run.err.contains(QStringLiteral("other (folder)")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("served"))));
}

void TestCliPublish::secretInBlogYamlIsRefusedWithItsLine()
{
    const QString blog = makeBlog("publish:\n"
                                  "  targets:\n"
                                  "    - name: prod\n"
                                  "      type: sftp\n"
                                  "      host: example.org\n"
                                  "      user: me\n"
                                  "      password: hunter2\n");
    const CliRun run = runCli({"publish", blog});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(R"(blog\.yaml:\d+:\d+: .*keychain)"))),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("hunter2")));
}

void TestCliPublish::unsupportedTypeSaysSo()
{
    const QString blog = makeBlog("publish:\n"
                                  "  targets:\n"
                                  "    - name: bucket\n"
                                  "      type: s3\n"
                                  "      bucket: b\n"
                                  "      region: eu-west-1\n");
    const CliRun run = runCli({"publish", blog});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not supported yet")), qPrintable(run.err));
}

void TestCliPublish::sftpPasswordWithoutSecretOrKeychainFails()
{
    const QString blog = makeBlog("publish:\n"
                                  "  targets:\n"
                                  "    - name: my-host.example\n"
                                  "      type: sftp\n"
                                  "      host: 127.0.0.1\n"
                                  "      port: 9\n"
                                  "      user: me\n");
    // No session bus: the keychain cannot be reached, as on a CI runner.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const CliRun run = runCli({"publish", blog});
    if (bus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("POSTWRIGHT_SECRET_MY_HOST_EXAMPLE")), qPrintable(run.err));
}

void TestCliPublish::sftpWithKeyNeedsTrustForAnUnknownHost()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        QSKIP("openssh-server is not installed; scripts/dev installs it");
    SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    const QString remote = sshd.remoteRoot() + QStringLiteral("/clisite");
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - name: box\n"
                                                 "      type: sftp\n"
                                                 "      host: %1\n"
                                                 "      port: %2\n"
                                                 "      user: %3\n"
                                                 "      key_file: %4\n"
                                                 "      path: %5\n")
                                      .arg(sshd.host())
                                      .arg(sshd.port())
                                      .arg(sshd.keyUser(), sshd.clientKeyFile(), remote)
                                      .toUtf8());
    // The key has no passphrase; an empty one keeps the keychain out of the test.
    qputenv("POSTWRIGHT_SECRET_BOX", "");

    const CliRun refused = runCli({"publish", blog});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(sshd.hostKeyFingerprint()) &&
                 refused.err.contains(QStringLiteral("--trust-host-key")),
             qPrintable(refused.err));
    QVERIFY(files(remote).isEmpty());

    const CliRun trusted = runCli({"publish", blog, "--trust-host-key"});
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err + sshd.logText()));
    QCOMPARE(files(remote), files(blog + QStringLiteral("/public")));

    // Now known: no flag needed, and nothing left to send.
    const CliRun again = runCli({"publish", blog});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(planOf(again.out).fresh, 0);
    QCOMPARE(planOf(again.out).changed, 0);
    qunsetenv("POSTWRIGHT_SECRET_BOX");
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_clipublish.moc"
