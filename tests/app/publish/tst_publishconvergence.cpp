#include "publish/deploymanifest.h"
#include "publish/publishsession.h"
#include "publish/remotemanifest.h"
#include "s3rverfixture.h"
#include "sshdfixture.h"
#include "testblog.h"
#include "vsftpdfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

using Files = QMap<QString, QByteArray>;

// The target's own deploy record (head file and its folder of base and deltas), not part of the site.
bool isDeployRecord(const QString &path)
{
    return path == RemoteManifest::headFileName() || path.startsWith(RemoteManifest::folderName() + u'/');
}

// Every regular file below folder by relative path, the deploy record left out.
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

// The entries of a zip file, read back with libzip; "<bad zip>" when it cannot be read.
Files zipEntries(const QString &zipPath)
{
    Files files;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return {{u"<bad zip>"_s, QByteArray::number(error)}};
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray content(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        const zip_int64_t read = file ? zip_fread(file, content.data(), stat.size) : -1;
        if (file)
            zip_fclose(file);
        files.insert(QString::fromUtf8(stat.name),
                     read == zip_int64_t(stat.size) ? content : QByteArray("<unreadable>"));
    }
    zip_close(archive);
    return files;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 sizeOf(const Files &files, const QStringList &paths)
{
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += files.value(path).size();
    return bytes;
}

// Paths whose content differs between two versions of the site, or that are new in `after`.
QStringList changedFiles(const Files &before, const Files &after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()) || sha256(before.value(it.key())) != sha256(it.value()))
            changed.append(it.key());
    }
    return changed;
}

// A copy of the bundled sample blog without its publish section's state (no .postwright, no
// public/), plus the given publish section.
bool copySampleBlog(const QString &destination, const QByteArray &publishYaml)
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
    QFile yaml(destination + u"/blog.yaml"_s);
    return yaml.open(QIODevice::Append) && yaml.write("\n" + publishYaml) > 0;
}

// Copies a blog's sources the way a clone on another computer would have them: no .postwright, no public/.
bool copySources(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (relative.startsWith(u".postwright/"_s) || relative.startsWith(u"public/"_s))
            continue;
        QDir().mkpath(QFileInfo(to + u'/' + relative).path());
        if (!QFile::copy(file, to + u'/' + relative))
            return false;
    }
    return true;
}

// One publish target on a real server (or a folder or zip file) and a way to see what it serves.
class Remote
{
public:
    explicit Remote(QString type)
        : m_type(std::move(type))
    {}

    // False with `why` when the server cannot run on this machine.
    bool start(QString *why)
    {
        if (m_type == u"sftp") {
            m_sshd = std::make_unique<SshdFixture>();
            if (!m_sshd->start()) {
                *why = m_sshd->errorString();
                return false;
            }
            m_folder = m_sshd->remoteRoot() + u"/site"_s;
        } else if (m_type == u"ftp" || m_type == u"ftps") {
            if (!VsftpdFixture::available(why))
                return false;
            m_ftp = std::make_unique<VsftpdFixture>(m_type == u"ftps" ? VsftpdFixture::Security::Tls
                                                                      : VsftpdFixture::Security::Plain);
            if (!m_ftp->start()) {
                *why = m_ftp->errorString();
                return false;
            }
            m_folder = m_ftp->remoteRoot() + u"/site"_s;
        } else if (m_type == u"s3") {
            m_s3 = std::make_unique<S3rverFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/s3rver"));
            if (!m_s3->start()) {
                *why = m_s3->errorString();
                return false;
            }
        } else {
            m_folder = m_local.path() + (m_type == u"zip" ? u"/out/site.zip"_s : u"/served"_s);
        }
        return true;
    }

    QByteArray yaml() const
    {
        QString target;
        if (m_type == u"sftp") {
            target = u"{name: remote, type: sftp, host: %1, port: %2, user: %3, key_file: '%4', path: '%5'}"_s
                         .arg(m_sshd->host())
                         .arg(m_sshd->port())
                         .arg(m_sshd->keyUser(), m_sshd->clientKeyFile(), m_folder);
        } else if (m_ftp) {
            target = u"{name: remote, type: %1, host: %2, port: %3, user: %4, path: '%5'%6}"_s
                         .arg(m_type, m_ftp->host())
                         .arg(m_ftp->port())
                         .arg(m_ftp->user(), m_folder,
                              m_type == u"ftps" ? u", certificate: '%1'"_s.arg(m_ftp->certificateFile())
                                                : QString());
        } else if (m_s3) {
            target = u"{name: remote, type: s3, endpoint: '%1', region: us-east-1, bucket: %2, path: blog, "
                     "path_style: true, access_key_id: %3}"_s.arg(m_s3->endpoint(), S3rverFixture::bucket(),
                                                                  S3rverFixture::accessKeyId());
        } else {
            target = u"{name: remote, type: %1, path: '%2'}"_s.arg(m_type, m_folder);
        }
        return "publish:\n  targets:\n    - " + target.toUtf8() + '\n';
    }

    QString secret() const
    {
        if (m_ftp)
            return m_ftp->password();
        if (m_s3)
            return S3rverFixture::secretAccessKey();
        return {}; // folder, zip; sftp logs in with a key without passphrase
    }

    bool keepsRemoteManifest() const { return m_type != u"zip"; }
    bool isZip() const { return m_type == u"zip"; }

    // What the target serves now, read from the server's own folder, over S3's HTTP API, or
    // from the archive.
    Files files() const
    {
        if (m_type == u"zip")
            return QFileInfo::exists(m_folder) ? zipEntries(m_folder) : Files();
        if (!m_s3)
            return filesIn(m_folder);
        Files files;
        int status = 0;
        const QString bucketUrl = m_s3->endpoint() + u'/' + S3rverFixture::bucket();
        const QByteArray listing = httpGet(bucketUrl + u"?list-type=2&prefix=blog/&max-keys=1000"_s, &status);
        if (status != 200)
            return {{u"<list failed>"_s, listing}};
        QXmlStreamReader xml(listing);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Key") {
                const QString key = xml.readElementText();
                const QString relative = key.mid(5); // "blog/"
                if (isDeployRecord(relative))
                    continue;
                int objectStatus = 0;
                const QByteArray body = httpGet(
                    bucketUrl + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(key, "/")), &objectStatus);
                files.insert(relative, objectStatus == 200 ? body : QByteArray("<HTTP error>"));
            }
        }
        return files;
    }

    QString diagnostics() const
    {
        if (m_sshd)
            return m_sshd->logText().right(3000);
        if (m_ftp)
            return m_ftp->logText().right(3000);
        if (m_s3)
            return m_s3->logText().right(3000);
        return {};
    }

private:
    QString m_type;
    QTemporaryDir m_local;
    QString m_folder;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<VsftpdFixture> m_ftp;
    std::unique_ptr<S3rverFixture> m_s3;
};

struct Published
{
    bool ok = false;
    QString problem;
    DeployPlan plan;
    DeployReport report;
};

} // namespace

// A publish through PublishSession, the way the CLI and the window do it, against every kind of
// target that can run here: the target ends up serving exactly public/, each later publish sends
// exactly what changed, deletions wait for deleteRemoved, and the copy of the deploy record on
// the target lets another computer carry on without sending everything again.
class TestPublishConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void converges_data();
    void converges();

private:
    Published publish(const QString &blog, const Remote &remote, bool deleteRemoved);

    QTemporaryDir m_home;
};

void TestPublishConvergence::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Keeps known_hosts and the build cache out of the real profile.
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

Published TestPublishConvergence::publish(const QString &blog, const Remote &remote, bool deleteRemoved)
{
    Published result;
    const Result<PublishTargets> targets = PublishSession::readTargets(blog);
    if (!targets || targets.value().targets.size() != 1) {
        result.problem = targets ? u"expected one target"_s : targets.error().toString();
        return result;
    }
    PublishSession::Connection connection;
    connection.secret = remote.secret();
    connection.knownHostsFile = m_home.filePath(u"known_hosts"_s);
    connection.confirmUnknownHost = [](const QString &, const QString &) {
        return true;
    };
    DeployOptions options;
    options.deleteRemoved = deleteRemoved;
    PublishSession session(blog, targets.value().targets.front(), connection, options);
    if (const BuildReport built = session.build(); built.fatal) {
        result.problem = u"the build failed"_s;
        return result;
    }
    if (const std::optional<TransportError> error = session.checkConnection()) {
        result.problem = error->message;
        return result;
    }
    Result<DeployPlan> plan = session.plan();
    if (!plan) {
        result.problem = plan.error().toString();
        return result;
    }
    result.plan = plan.value();
    result.report = session.run(result.plan);
    result.ok = result.report.ok();
    if (result.report.error)
        result.problem = result.report.error->message;
    return result;
}

void TestPublishConvergence::converges_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"folder", "zip", "sftp", "ftp", "ftps", "s3"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestPublishConvergence::converges()
{
    QFETCH(QString, type);
    Remote remote(type);
    QString why;
    if (!remote.start(&why))
        QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString blog = dir.filePath(u"blog"_s);
    QVERIFY(copySampleBlog(blog, remote.yaml()));
    const QString output = blog + u"/public"_s;

    // 1. The first publish sends everything, and the target serves public/ byte for byte.
    const Published first = publish(blog, remote, false);
    QVERIFY2(first.ok, qPrintable(first.problem + u'\n' + remote.diagnostics()));
    const Files site = filesIn(output);
    QVERIFY(site.size() > 20);
    QCOMPARE(first.report.uploaded, int(site.size()));
    QCOMPARE(first.report.bytesUploaded, sizeOf(site, site.keys()));
    QCOMPARE(first.plan.count(DeployAction::Kind::New), int(site.size()));
    QCOMPARE(remote.files(), site);

    // 2. Editing one post sends exactly the files whose content changed.
    {
        QFile post(blog + u"/posts/design/idempotency-keys.md"_s);
        QVERIFY(post.open(QIODevice::Append));
        post.write("\nOne more paragraph, written after the first publish.\n");
    }
    const Published edited = publish(blog, remote, false);
    QVERIFY2(edited.ok, qPrintable(edited.problem));
    const Files afterEdit = filesIn(output);
    const QStringList changed = changedFiles(site, afterEdit);
    QVERIFY(!changed.isEmpty());
    QVERIFY2(changed.size() < site.size() / 2, qPrintable(changed.join(u", ")));
    QCOMPARE(edited.plan.count(DeployAction::Kind::New) + edited.plan.count(DeployAction::Kind::Changed),
             int(changed.size()));
    QCOMPARE(edited.plan.unchanged(), int(afterEdit.size() - changed.size()));
    if (remote.isZip()) {
        // An archive is rewritten whole; the plan above is what the review shows.
        QCOMPARE(edited.report.uploaded, int(afterEdit.size()));
        QCOMPARE(edited.report.bytesUploaded, sizeOf(afterEdit, afterEdit.keys()));
    } else {
        QCOMPARE(edited.report.uploaded, int(changed.size()));
        QCOMPARE(edited.report.bytesUploaded, sizeOf(afterEdit, changed));
    }
    QCOMPARE(remote.files(), afterEdit);

    // 3. A deleted post's page stays on the target until deletions are asked for.
    QVERIFY(QFile::remove(blog + u"/posts/design/idempotency-keys.md"_s));
    const Published kept = publish(blog, remote, false);
    QVERIFY2(kept.ok, qPrintable(kept.problem));
    const Files afterDelete = filesIn(output);
    QStringList gone;
    for (const QString &path : afterEdit.keys()) {
        if (!afterDelete.contains(path))
            gone.append(path);
    }
    QVERIFY(gone.contains(u"2026/idempotency-keys/index.html"_s));
    QCOMPARE(kept.plan.count(DeployAction::Kind::Deleted), int(gone.size()));
    if (remote.isZip()) {
        QCOMPARE(remote.files(), afterDelete); // the new archive simply does not have it
    } else {
        QCOMPARE(kept.report.deleted, 0);
        QCOMPARE(kept.report.deletionsSkipped, int(gone.size()));
        Files expected = afterDelete;
        for (const QString &path : std::as_const(gone))
            expected.insert(path, afterEdit.value(path));
        QCOMPARE(remote.files(), expected);

        const Published removed = publish(blog, remote, true);
        QVERIFY2(removed.ok, qPrintable(removed.problem));
        QCOMPARE(removed.report.deleted, int(gone.size()));
        QCOMPARE(removed.report.uploaded, 0);
        QCOMPARE(remote.files(), afterDelete);
    }

    // 4. Another computer (a fresh clone: no .postwright, no public/) plans against the copy of
    // the deploy record on the target and finds nothing to send.
    if (remote.keepsRemoteManifest()) {
        const QString clone = dir.filePath(u"clone"_s);
        QVERIFY(copySources(blog, clone));
        QVERIFY(!QFileInfo::exists(DeployManifest::localPath(clone, u"%1:remote"_s.arg(type))));
        const Published again = publish(clone, remote, true);
        QVERIFY2(again.ok, qPrintable(again.problem));
        QVERIFY2(again.plan.isEmpty(), qPrintable(QString::number(again.plan.actions().size())));
        QCOMPARE(again.plan.unchanged(), int(afterDelete.size()));
        QCOMPARE(again.report.uploaded, 0);
        // The clone now has its own record, the same as the first computer's.
        const Result<DeployManifest> mine =
            DeployManifest::load(DeployManifest::localPath(blog, u"%1:remote"_s.arg(type)));
        const Result<DeployManifest> theirs =
            DeployManifest::load(DeployManifest::localPath(clone, u"%1:remote"_s.arg(type)));
        QVERIFY(mine && theirs);
        QCOMPARE(theirs.value().entries().size(), mine.value().entries().size());
        QCOMPARE(remote.files(), filesIn(clone + u"/public"_s));
    }
}

QTEST_GUILESS_MAIN(TestPublishConvergence)
#include "tst_publishconvergence.moc"
