#include "clirun.h"
#include "gitserverfixture.h"
#include "netlifymockserver.h"
#include "s3rverfixture.h"
#include "sshdfixture.h"
#include "testblog.h"
#include "vsftpdfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
    void netlifyPublishesThroughTheDeployApi();
    void gitPublishesToABranch();
    void sftpPasswordWithoutSecretOrKeychainFails();
    void sftpWithKeyNeedsTrustForAnUnknownHost();
    void s3PublishesToAnS3CompatibleServer();
    void s3WithoutSecretSaysWhichVariable();
    void ftpsWithCertificatePublishes();
    void wrongPasswordNamesTheTargetNotThePassword();
    void zipWritesTheWholeSite();
    void hugoAndJekyllSitesPublishTheirGeneratorsOutput_data();
    void hugoAndJekyllSitesPublishTheirGeneratorsOutput();

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
    static QMap<QString, QByteArray> s3Objects(const S3rverFixture &server, const QString &prefix);
    static QMap<QString, QByteArray> zipEntries(const QString &zipPath, QString *why);
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

void TestCliPublish::netlifyPublishesThroughTheDeployApi()
{
    NetlifyMockServer server;
    QVERIFY(server.start());
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - name: live\n"
                                                 "      type: netlify\n"
                                                 "      site_id: %1\n"
                                                 "      api_url: %2\n")
                                      .arg(server.siteId(), server.apiUrl())
                                      .toUtf8());
    qputenv("POSTWRIGHT_SECRET_LIVE", server.token().toUtf8());
    const CliRun run = runCli({"publish", blog});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QCOMPARE(planOf(run.out).fresh, site.size());
    QCOMPARE(server.servedFiles(), site);

    // Nothing changed: no deploy at all.
    server.clearRequests();
    const CliRun again = runCli({"publish", blog});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(planOf(again.out).fresh, 0);
    QCOMPARE(planOf(again.out).changed, 0);
    QVERIFY(server.requests("PUT").isEmpty());

    // A wrong token is a credentials failure (exit code 3) that does not show the token.
    qputenv("POSTWRIGHT_SECRET_LIVE", "not-the-token-7731");
    const CliRun refused = runCli({"publish", blog});
    qunsetenv("POSTWRIGHT_SECRET_LIVE");
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("live")), qPrintable(refused.err));
    QVERIFY(!QString(refused.out + refused.err).contains(QStringLiteral("not-the-token-7731")));
}

void TestCliPublish::gitPublishesToABranch()
{
    GitServerFixture server;
    if (!server.start())
        QSKIP(qPrintable(server.errorString()));
    const QString repository = server.createRepository(QStringLiteral("site"));
    QVERIFY2(!repository.isEmpty(), qPrintable(server.errorString()));
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - name: pages\n"
                                                 "      type: git\n"
                                                 "      remote: %1\n"
                                                 "      branch: gh-pages\n")
                                      .arg(server.httpUrl(QStringLiteral("site"))
                                               .replace(QStringLiteral("http://"),
                                                        QStringLiteral("http://%1@").arg(GitServerFixture::user())))
                                      .toUtf8());
    qputenv("POSTWRIGHT_SECRET_PAGES", GitServerFixture::password().toUtf8());
    const CliRun run = runCli({"publish", blog});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err + server.logText().right(2000)));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QCOMPARE(planOf(run.out).fresh, site.size());

    QTemporaryDir checkout;
    QVERIFY(server.git({QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--branch"),
                        QStringLiteral("gh-pages"), repository, checkout.filePath(QStringLiteral("clone"))}));
    QMap<QString, QByteArray> branch = files(checkout.filePath(QStringLiteral("clone")));
    for (auto it = branch.begin(); it != branch.end();) {
        if (it.key().startsWith(QStringLiteral(".git/")))
            it = branch.erase(it);
        else
            ++it;
    }
    QCOMPARE(branch.take(QStringLiteral(".nojekyll")), QByteArray());
    QCOMPARE(branch, site);

    const CliRun again = runCli({"publish", blog});
    qunsetenv("POSTWRIGHT_SECRET_PAGES");
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(planOf(again.out).fresh, 0);
    QCOMPARE(planOf(again.out).changed, 0);
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

QMap<QString, QByteArray> TestCliPublish::s3Objects(const S3rverFixture &server, const QString &prefix)
{
    // Unsigned requests, as a browser (or a CDN) would make them.
    const auto get = [](const QString &url, int *status) {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl::fromEncoded(url.toUtf8())));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    };
    const QString bucketUrl = server.endpoint() + u'/' + S3rverFixture::bucket();
    int status = 0;
    const QByteArray listing = get(bucketUrl + QStringLiteral("?list-type=2&max-keys=1000&prefix=") + prefix, &status);
    QMap<QString, QByteArray> objects;
    if (status != 200)
        return {{QStringLiteral("<list failed>"), listing}};
    QXmlStreamReader xml(listing);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Key")
            continue;
        const QString key = xml.readElementText();
        const QString relative = key.mid(prefix.size());
        if (relative == QStringLiteral(".postwright-manifest.json") ||
            relative.startsWith(QStringLiteral(".postwright-manifest/")))
            continue;
        int objectStatus = 0;
        const QByteArray body =
            get(bucketUrl + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(key, "/")), &objectStatus);
        objects.insert(relative, objectStatus == 200 ? body : QByteArray("<HTTP error>"));
    }
    return objects;
}

QMap<QString, QByteArray> TestCliPublish::zipEntries(const QString &zipPath, QString *why)
{
    // Read back by another implementation than the one that wrote it.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *why = QStringLiteral("python3 is not installed; it reads the zip back");
        return {};
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import base64, json, sys, zipfile\n"
                                          "z = zipfile.ZipFile(sys.argv[1])\n"
                                          "assert z.testzip() is None\n"
                                          "print(json.dumps({n: base64.b64encode(z.read(n)).decode() "
                                          "for n in z.namelist()}))\n"),
                           zipPath});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QMap<QString, QByteArray> entries;
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        entries.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return entries;
}

void TestCliPublish::s3PublishesToAnS3CompatibleServer()
{
    S3rverFixture server(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/s3rver"));
    if (!server.start())
        QSKIP(qPrintable(server.errorString()));
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - name: bucket\n"
                                                 "      type: s3\n"
                                                 "      endpoint: %1\n"
                                                 "      region: us-east-1\n"
                                                 "      bucket: %2\n"
                                                 "      path: www\n"
                                                 "      path_style: true\n"
                                                 "      access_key_id: %3\n")
                                      .arg(server.endpoint(), S3rverFixture::bucket(),
                                           S3rverFixture::accessKeyId())
                                      .toUtf8());
    qputenv("POSTWRIGHT_SECRET_BUCKET", S3rverFixture::secretAccessKey().toUtf8());
    const CliRun run = runCli({"publish", blog});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err + server.logText().right(2000)));
    const QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QCOMPARE(planOf(run.out).fresh, site.size());
    QCOMPARE(s3Objects(server, QStringLiteral("www/")), site);

    const CliRun again = runCli({"publish", blog});
    qunsetenv("POSTWRIGHT_SECRET_BUCKET");
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(planOf(again.out).fresh, 0);
    QCOMPARE(planOf(again.out).changed, 0);
}

void TestCliPublish::s3WithoutSecretSaysWhichVariable()
{
    const QString blog = makeBlog("publish:\n"
                                  "  targets:\n"
                                  "    - {name: my-bucket, type: s3, endpoint: 'http://127.0.0.1:9', region: r,\n"
                                  "       bucket: b, access_key_id: AKIAEXAMPLE}\n");
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const CliRun run = runCli({"publish", blog});
    if (bus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("secret access key")) &&
                 run.err.contains(QStringLiteral("POSTWRIGHT_SECRET_MY_BUCKET")),
             qPrintable(run.err));
}

void TestCliPublish::ftpsWithCertificatePublishes()
{
    QString why;
    if (!VsftpdFixture::available(&why))
        QSKIP(qPrintable(why));
    VsftpdFixture server(VsftpdFixture::Security::Tls);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString remote = server.remoteRoot() + QStringLiteral("/www");
    // The certificate path is relative to the blog, as a blog that carries its host's CA would have it.
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - {name: host, type: ftps, host: %1, port: %2, user: %3,\n"
                                                 "       path: '%4', certificate: certs/host.pem}\n")
                                      .arg(server.host())
                                      .arg(server.port())
                                      .arg(server.user(), remote)
                                      .toUtf8());
    QDir().mkpath(blog + QStringLiteral("/certs"));
    QVERIFY(QFile::copy(server.certificateFile(), blog + QStringLiteral("/certs/host.pem")));
    qputenv("POSTWRIGHT_SECRET_HOST", server.password().toUtf8());
    const CliRun run = runCli({"publish", blog});
    qunsetenv("POSTWRIGHT_SECRET_HOST");
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err + server.logText().right(2000)));
    QCOMPARE(files(remote), files(blog + QStringLiteral("/public")));
}

void TestCliPublish::wrongPasswordNamesTheTargetNotThePassword()
{
    QString why;
    if (!VsftpdFixture::available(&why))
        QSKIP(qPrintable(why));
    VsftpdFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString blog = makeBlog(QStringLiteral("publish:\n"
                                                 "  targets:\n"
                                                 "    - {name: old-host, type: ftp, host: %1, port: %2, user: %3}\n")
                                      .arg(server.host())
                                      .arg(server.port())
                                      .arg(server.user())
                                      .toUtf8());
    const QByteArray wrong = "not-the-Password-93";
    qputenv("POSTWRIGHT_SECRET_OLD_HOST", wrong);
    const CliRun run = runCli({"publish", blog});
    qunsetenv("POSTWRIGHT_SECRET_OLD_HOST");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Publishing to old-host failed")) &&
                 run.err.contains(QStringLiteral("did not accept the password")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QString::fromLatin1(wrong)) && !run.out.contains(QString::fromLatin1(wrong)));
    QVERIFY(files(server.remoteRoot()).isEmpty());
}

void TestCliPublish::zipWritesTheWholeSite()
{
    const QString blog = makeBlog("publish:\n"
                                  "  targets:\n"
                                  "    - {name: archive, type: zip, path: out/site.zip}\n");
    const CliRun run = runCli({"publish", blog});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString zipPath = blog + QStringLiteral("/out/site.zip");
    QMap<QString, QByteArray> site = files(blog + QStringLiteral("/public"));
    QVERIFY2(run.out.contains(QStringLiteral("Published to archive: %1 files").arg(site.size())),
             qPrintable(run.out));
    QString why;
    const QMap<QString, QByteArray> entries = zipEntries(zipPath, &why);
    if (entries.isEmpty() && !why.isEmpty())
        QSKIP(qPrintable(why));
    QCOMPARE(entries, site);

    // The same site gives the same archive, byte for byte; a deleted post is gone without --delete.
    QFile first(zipPath);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray before = first.readAll();
    first.close();
    QVERIFY(runCli({"publish", blog}).exitCode == 0);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), before);
    first.close();
    QVERIFY(QFile::remove(publishedPost(blog)));
    const CliRun removed = runCli({"publish", blog});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QVERIFY2(planOf(removed.out).deleted >= 1 && removed.out.contains(QStringLiteral("written whole")),
             qPrintable(removed.out));
    QCOMPARE(zipEntries(zipPath, &why), files(blog + QStringLiteral("/public")));
    QCOMPARE(QDir(blog + QStringLiteral("/out")).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("site.zip")});
}

void TestCliPublish::hugoAndJekyllSitesPublishTheirGeneratorsOutput_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QString>("broken"); // a file to break first (empty: none), and where the error is
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("page"); // the post's page, at its URL

    QTest::newRow("hugo") << "hugo" << QString() << QByteArray() << "2024/03/first-post/index.html";
    QTest::newRow("jekyll") << "jekyll" << QString() << QByteArray() << "2024/03/05/hello-world/index.html";
    QTest::newRow("hugo, broken template")
        << "hugo"
        << "layouts/_default/single.html:3:1" << QByteArray("<html>\n<body>\n{{ .Content }\n</body></html>\n")
        << QString();
}

// A Hugo or Jekyll site (tests/app/publish/data) published from the command line: its generator
// builds it, and its output folder is what goes to the target named in postwright.yaml.
void TestCliPublish::hugoAndJekyllSitesPublishTheirGeneratorsOutput()
{
    QFETCH(QString, generator);
    QFETCH(QString, broken);
    QFETCH(QByteArray, content);
    QFETCH(QString, page);
    if (QStandardPaths::findExecutable(generator).isEmpty())
        QSKIP(qPrintable(generator + " is not installed (Debian package " + generator + ")"));

    const QString source =
        QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/") + generator + "-site";
    const QString site = m_dir->filePath(QStringLiteral("site"));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = site + u'/' + QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        QVERIFY(QFile::copy(file, target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString served = m_dir->filePath(QStringLiteral("served"));
    QFile settings(site + QStringLiteral("/postwright.yaml"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(
        "publish:\n  targets:\n    - name: site\n      type: folder\n      path: " + served.toUtf8() + "\n");
    settings.close();
    if (!broken.isEmpty()) {
        QFile file(site + u'/' + broken.section(u':', 0, 0));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    const CliRun run = runCli({"publish", site});
    if (!broken.isEmpty()) {
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(site + u'/' + broken), qPrintable(run.err));
        QVERIFY2(run.err.contains("could not build the site"), qPrintable(run.err)); // a failure: on stderr
        QVERIFY(!QFileInfo::exists(served));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString output =
        site + (generator == "hugo" ? QStringLiteral("/public") : QStringLiteral("/_site"));
    QVERIFY2(
        run.out.contains(
            QStringLiteral("Built with %1 into %2: ").arg(generator == "hugo" ? "Hugo" : "Jekyll", output)),
        qPrintable(run.out));
    const QMap<QString, QByteArray> built = files(output);
    QVERIFY(built.contains(page));
    QCOMPARE(files(served), built);
    QCOMPARE(planOf(run.out).fresh, built.size());

    const CliRun again = runCli({"publish", site});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(planOf(again.out).fresh, 0);
    QCOMPARE(planOf(again.out).changed, 0);
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_clipublish.moc"
