#include "publish/netlifydeploy.h"

#include "publish/deploymanifest.h"
#include "publish/netlifyapi.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::NetlifyDeploy", text);
}

constexpr int RecordVersion = 1;

// The output folder, hashed as Netlify (SHA-1) and the deploy manifest (SHA-256) need it.

struct HashedFile
{
    QString path;
    QString sha1;
    QString sha256;
    qint64 size = 0;
    QString error;
};

HashedFile hashFile(const QString &folder, const QString &relativePath)
{
    HashedFile result{relativePath, {}, {}, 0, {}};
    QFile file(folder + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0) {
            result.error = file.errorString();
            return result;
        }
        if (read == 0)
            break;
        sha1.addData(QByteArrayView(buffer.constData(), read));
        sha256.addData(QByteArrayView(buffer.constData(), read));
        result.size += read;
    }
    result.sha1 = QString::fromLatin1(sha1.result().toHex());
    result.sha256 = QString::fromLatin1(sha256.result().toHex());
    return result;
}

QString sha1Of(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!file.seek(0) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

TransportError unexpectedAnswer(const QString &what)
{
    return {TransportError::Kind::Permanent,
            tr("Netlify answered %1 with something Postwright does not understand.").arg(what)};
}

} // namespace

NetlifyOptions NetlifyOptions::fromTarget(const PublishTarget &target)
{
    NetlifyOptions options;
    options.siteId = target.siteId;
    options.apiUrl = target.apiUrl;
    if (options.apiUrl.isEmpty())
        options.apiUrl = qEnvironmentVariable(qPrintable(apiUrlVariable()));
    if (options.apiUrl.isEmpty())
        options.apiUrl = defaultApiUrl();
    return options;
}

// One execution of a plan: the new deploy, the upload threads with their shared counters, the wait for it to
// go live, and the record of what went live.
class NetlifyDeploy::Run
{
public:
    Run(NetlifyDeploy &deploy, const DeployPlan &plan)
        : m_deploy(deploy)
        , m_plan(plan)
    {}

    DeployReport execute()
    {
        const bool deleteRemoved = m_deploy.m_deployOptions.deleteRemoved;
        // Netlify serves exactly the files a deploy lists: the whole site every time, plus what was deleted
        // here but should stay online because deletions were not asked for.
        Files listed = m_deploy.m_local;
        int dropped = 0;
        for (const DeployAction &deletion : m_plan.deletions()) {
            const FileState state = m_deploy.m_deployed.value(deletion.path);
            if (deleteRemoved || state.sha1.isEmpty())
                ++dropped;
            else
                listed.insert(deletion.path, state);
        }
        if (!deleteRemoved)
            m_report.deletionsSkipped = int(m_plan.deletions().size());

        NetlifyApi api(
            m_deploy.m_options, [this] { return stopping(); }, m_retries);
        const std::optional<QString> deployId = createDeploy(api, listed);
        if (deployId && !stopping())
            uploadAll(*deployId, listed);
        // With every file in, Netlify publishes the deploy whatever happens here: a cancel is too late.
        m_complete = deployId && !m_failed && (m_liveAlready || m_filesDone == m_filesTotal);
        if (deployId && !stopping())
            waitUntilLive(api, *deployId);
        if (deployId && !stopping() && !m_report.error) {
            m_report.deleted = deleteRemoved ? dropped : 0;
            m_deploy.m_deployed = listed;
            const Result<void> saved = m_deploy.saveDeployed(*deployId);
            if (!saved)
                fail({TransportError::Kind::Permanent,
                      tr("The site is live, but Postwright cannot record the deploy: %1")
                          .arg(saved.error().toString())});
        }
        m_report.retries = m_retries;
        m_report.cancelled = cancelling();
        Q_EMIT m_deploy.progress(m_filesDone, m_filesTotal, m_bytesDone, m_bytesTotal, QString());
        return m_report;
    }

private:
    struct Upload
    {
        QString path;
        QString sha1;
        qint64 size = 0;
    };

    bool cancelling() const { return m_deploy.m_cancelled && !m_complete; }
    bool stopping() const { return m_failed || cancelling(); }

    void fail(const TransportError &error, const QString &file = {})
    {
        QMutexLocker lock(&m_mutex);
        if (!file.isEmpty())
            m_report.failedFiles.append(file);
        if (!m_report.error) {
            m_report.error = error;
            qCWarning(lcPublish) << "netlify deploy stopped:" << error.message;
        }
        m_failed = true;
    }

    // POSTs the file list; on success the required digests are in m_required.
    std::optional<QString> createDeploy(NetlifyApi &api, const Files &listed)
    {
        QJsonObject files;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it)
            files.insert(u'/' + it.key(), it->sha1);
        QJsonObject request{{u"files"_s, files}};
        const bool async = listed.size() > m_deploy.m_options.asyncFileLimit;
        if (async)
            request.insert(u"async"_s, true);
        QByteArray json = QJsonDocument(request).toJson(QJsonDocument::Compact);
        QBuffer body(&json);
        body.open(QIODevice::ReadOnly);
        const QString what = tr("the new deploy");
        const NetlifyReply reply = api.sendWithRetries(
            "POST", "/sites/" + QUrl::toPercentEncoding(m_deploy.m_options.siteId) + "/deploys", &body,
            "application/json");
        if (!reply.ok()) {
            if (!cancelling() || !reply.transient())
                fail(reply.error(what, m_deploy.m_options.siteId));
            return std::nullopt;
        }
        QJsonObject deploy = reply.object();
        const QString id = deploy.value(u"id"_s).toString();
        if (id.isEmpty()) {
            fail(unexpectedAnswer(what));
            return std::nullopt;
        }
        qCInfo(lcPublish) << "netlify: deploy" << id << "of" << listed.size() << "files created";
        if (async) {
            // Netlify compares the digests in the background; "required" is known once it is prepared.
            const std::optional<QJsonObject> prepared =
                waitForState(api, id, {u"prepared"_s, u"uploading"_s, u"uploaded"_s, u"ready"_s});
            if (!prepared)
                return std::nullopt;
            deploy = *prepared;
        }
        m_liveAlready = deploy.value(u"state"_s).toString() == u"ready";
        for (const QJsonValue &digest : deploy.value(u"required"_s).toArray())
            m_required.append(digest.toString());
        return id;
    }

    // Polls the deploy until its state is one of states; nullopt after an error, a timeout or a cancel.
    std::optional<QJsonObject> waitForState(NetlifyApi &api, const QString &id, const QStringList &states)
    {
        const QString what = tr("the state of the deploy");
        QElapsedTimer timer;
        timer.start();
        std::chrono::milliseconds interval = 100ms;
        for (;;) {
            const NetlifyReply reply = api.sendWithRetries("GET", "/deploys/" + QUrl::toPercentEncoding(id));
            if (!reply.ok()) {
                if (!cancelling() || !reply.transient())
                    fail(reply.error(what));
                return std::nullopt;
            }
            const QJsonObject deploy = reply.object();
            const QString state = deploy.value(u"state"_s).toString();
            if (states.contains(state))
                return deploy;
            if (state == u"error" || state.isEmpty()) {
                const QString message = deploy.value(u"error_message"_s).toString();
                fail(message.isEmpty()
                         ? unexpectedAnswer(what)
                         : TransportError{TransportError::Kind::Permanent,
                                          tr("Netlify could not process the deploy: %1").arg(message)});
                return std::nullopt;
            }
            if (timer.elapsed() > m_deploy.m_options.readyTimeout.count()) {
                fail({TransportError::Kind::Transient,
                      tr("Netlify has not finished the deploy after %n minute(s). Publish again later.",
                         nullptr, int(m_deploy.m_options.readyTimeout.count() / 60000))});
                return std::nullopt;
            }
            if (!NetlifyApi::pause(interval, [this] { return stopping(); }))
                return std::nullopt;
            interval = std::min(interval * 2, std::chrono::milliseconds(2s));
        }
    }

    // Sends the bytes of each digest Netlify asked for, one file per digest, over several threads.
    void uploadAll(const QString &deployId, const Files &listed)
    {
        QHash<QString, QString> pathOfDigest; // the first local path in order; identical files share one
        for (auto it = m_deploy.m_local.cbegin(); it != m_deploy.m_local.cend(); ++it) {
            if (!pathOfDigest.contains(it->sha1))
                pathOfDigest.insert(it->sha1, it.key());
        }
        for (const QString &digest : std::as_const(m_required)) {
            const QString path = pathOfDigest.value(digest);
            if (path.isEmpty()) {
                QString kept;
                for (auto it = listed.cbegin(); it != listed.cend() && kept.isEmpty(); ++it) {
                    if (it->sha1 == digest)
                        kept = it.key();
                }
                fail(
                    kept.isEmpty()
                        ? unexpectedAnswer(tr("the new deploy"))
                        : TransportError{TransportError::Kind::Permanent,
                                         tr("Netlify no longer has \u201c%1\u201d, which is gone from the "
                                            "output folder, so it cannot stay online. Publish with deletions "
                                            "on to remove it from the site.")
                                             .arg(kept)},
                    kept);
                return;
            }
            m_uploads.append({path, digest, m_deploy.m_local.value(path).size});
            m_bytesTotal += m_uploads.constLast().size;
        }
        m_filesTotal = int(m_uploads.size());
        m_deployId = deployId;
        Q_EMIT m_deploy.progress(0, m_filesTotal, 0, m_bytesTotal, QString());
        const int workers = std::min(std::max(1, m_deploy.m_options.connections), int(m_uploads.size()));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < workers; ++i) {
            threads.emplace_back(QThread::create([this] { work(); }));
            threads.back()->start();
        }
        for (const std::unique_ptr<QThread> &thread : threads)
            thread->wait();
    }

    void work()
    {
        NetlifyApi api(
            m_deploy.m_options, [this] { return stopping(); }, m_retries);
        for (;;) {
            Upload upload;
            {
                QMutexLocker lock(&m_mutex);
                if (stopping() || m_next >= m_uploads.size())
                    return;
                upload = m_uploads.at(m_next++);
            }
            Q_EMIT m_deploy.progress(m_filesDone, m_filesTotal, m_bytesDone, m_bytesTotal, upload.path);
            if (!put(api, upload))
                return;
            QMutexLocker lock(&m_mutex);
            ++m_report.uploaded;
            m_report.bytesUploaded += upload.size;
            m_bytesDone += upload.size;
            ++m_filesDone;
        }
    }

    bool put(NetlifyApi &api, const Upload &upload)
    {
        QFile file(QDir(m_deploy.m_outputFolder).filePath(upload.path));
        if (!file.open(QIODevice::ReadOnly)) {
            fail({TransportError::Kind::Permanent,
                  tr("Cannot read \u201c%1\u201d: %2").arg(upload.path, file.errorString())},
                 upload.path);
            return false;
        }
        // Netlify refuses bytes that do not match the digest; say why in words instead.
        if (sha1Of(file) != upload.sha1) {
            fail(
                {TransportError::Kind::Permanent,
                 tr("\u201c%1\u201d changed after the publish was planned. Publish again.").arg(upload.path)},
                upload.path);
            return false;
        }
        const NetlifyReply reply = api.sendWithRetries("PUT",
                                                       "/deploys/" + QUrl::toPercentEncoding(m_deployId) +
                                                           "/files/" + NetlifyApi::encodePath(upload.path),
                                                       &file, "application/octet-stream");
        if (reply.ok())
            return true;
        if (!cancelling() || !reply.transient())
            fail(reply.error(u'\u201c' + upload.path + u'\u201d'), upload.path);
        return false;
    }

    void waitUntilLive(NetlifyApi &api, const QString &id)
    {
        if (m_liveAlready)
            return;
        const std::optional<QJsonObject> deploy = waitForState(
            api, id, {u"ready"_s, u"uploaded"_s, u"uploading"_s, u"prepared"_s, u"processing"_s});
        if (!deploy)
            return;
        const QJsonArray missing = deploy->value(u"required"_s).toArray();
        const QString state = deploy->value(u"state"_s).toString();
        if (state != u"ready" && !missing.isEmpty()) {
            fail({TransportError::Kind::Permanent,
                  tr("Netlify still waits for %n file(s) that were sent. Publish again.", nullptr,
                     int(missing.size()))});
            return;
        }
        if (state != u"ready")
            waitForState(api, id, {u"ready"_s});
    }

    NetlifyDeploy &m_deploy;
    const DeployPlan &m_plan;
    QStringList m_required;
    bool m_liveAlready = false;
    std::atomic_bool m_complete = false; // every required file is in
    QString m_deployId;
    QList<Upload> m_uploads;
    QMutex m_mutex; // guards the report and the counters below that workers change
    qsizetype m_next = 0;
    DeployReport m_report;
    std::atomic_bool m_failed = false;
    std::atomic_int m_retries = 0;
    int m_filesDone = 0;
    int m_filesTotal = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
};

NetlifyDeploy::NetlifyDeploy(NetlifyOptions options, QString outputFolder, QString manifestPath,
                             DeployOptions deployOptions, QObject *parent)
    : Deployer(parent)
    , m_options(std::move(options))
    , m_outputFolder(std::move(outputFolder))
    , m_manifestPath(std::move(manifestPath))
    , m_deployOptions(deployOptions)
{}

NetlifyDeploy::~NetlifyDeploy()
{
    stopThread();
}

QString NetlifyDeploy::recordPath(const QString &manifestPath)
{
    QString path = manifestPath;
    if (path.endsWith(u".json"))
        path.chop(5);
    return path + u".netlify.json"_s;
}

std::optional<TransportError> NetlifyDeploy::checkAccess()
{
    std::atomic_int retries = 0;
    NetlifyApi api(
        m_options, [this] { return bool(m_cancelled); }, retries);
    const NetlifyReply reply =
        api.sendWithRetries("GET", "/sites/" + QUrl::toPercentEncoding(m_options.siteId));
    if (reply.ok())
        return std::nullopt;
    return reply.error(tr("the site"), m_options.siteId);
}

Result<NetlifyDeploy::Files> NetlifyDeploy::liveFiles()
{
    // Listed 100 at a time; the Link header names the next page while there is one.
    std::atomic_int retries = 0;
    NetlifyApi api(
        m_options, [this] { return bool(m_cancelled); }, retries);
    Files files;
    for (int page = 1;; ++page) {
        const NetlifyReply reply =
            api.sendWithRetries("GET", "/sites/" + QUrl::toPercentEncoding(m_options.siteId) +
                                           "/files?per_page=100&page=" + QByteArray::number(page));
        if (!reply.ok()) {
            m_planError = reply.error(tr("the list of files"), m_options.siteId);
            return SourceError{QString(), 0, 0, m_planError->message};
        }
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (!document.isArray())
            return SourceError{QString(), 0, 0, unexpectedAnswer(tr("the list of files")).message};
        for (const QJsonValue &value : document.array()) {
            const QJsonObject file = value.toObject();
            QString path = file.value(u"path"_s).toString();
            if (path.startsWith(u'/'))
                path.remove(0, 1);
            const QString sha1 = file.value(u"sha"_s).toString();
            if (!path.isEmpty() && !sha1.isEmpty())
                files.insert(path, {sha1, QString(), file.value(u"size"_s).toInteger()});
        }
        if (document.array().isEmpty() || !reply.link.contains("rel=\"next\""))
            break;
    }
    return files;
}

Result<void> NetlifyDeploy::saveDeployed(const QString &deployId)
{
    QJsonArray files;
    DeployManifest manifest;
    for (auto it = m_deployed.cbegin(); it != m_deployed.cend(); ++it) {
        QJsonObject file{{u"path"_s, it.key()}, {u"sha1"_s, it->sha1}, {u"size"_s, it->size}};
        if (!it->sha256.isEmpty()) {
            file.insert(u"sha256"_s, it->sha256);
            manifest.set(it.key(), {it->sha256, it->size});
        }
        files.append(file);
    }
    const QJsonObject record{{u"version"_s, RecordVersion},
                             {u"siteId"_s, m_options.siteId},
                             {u"deployId"_s, deployId},
                             {u"files"_s, files}};
    const Result<void> saved =
        AtomicFile::write(recordPath(m_manifestPath), QJsonDocument(record).toJson(QJsonDocument::Indented));
    if (!saved)
        return saved;
    // The plain manifest too, so that whatever reads a target's manifest sees this one like any other.
    return manifest.save(m_manifestPath);
}

Result<DeployPlan> NetlifyDeploy::plan()
{
    m_cancelled = false; // a new deploy starts here; a cancel during run() must not be forgotten
    m_planError.reset();
    if (!QFileInfo(m_outputFolder).isDir())
        return SourceError{m_outputFolder, 0, 0,
                           tr("The output folder does not exist. Build the site first.")};

    // The same files DeployManifest::hashFolder() lists, hashed both ways in one read.
    const QDir root(m_outputFolder);
    QStringList paths;
    QDirIterator it(m_outputFolder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative != DeployManifest::remoteFileName())
            paths.append(relative);
    }
    const QString folder = m_outputFolder;
    const QList<HashedFile> hashed =
        QtConcurrent::blockingMapped(paths, [folder](const QString &path) { return hashFile(folder, path); });
    m_local.clear();
    for (const HashedFile &file : hashed) {
        if (!file.error.isEmpty())
            return SourceError{root.filePath(file.path), 0, 0,
                               tr("Cannot read the file: %1").arg(file.error)};
        m_local.insert(file.path, {file.sha1, file.sha256, file.size});
    }

    // The record of the last deploy from here, unless it is missing, damaged or of another site.
    m_deployed.clear();
    bool haveRecord = false;
    const QString recordFile = recordPath(m_manifestPath);
    if (QFileInfo::exists(recordFile)) {
        const Result<QByteArray> bytes = AtomicFile::read(recordFile);
        const QJsonObject record = bytes ? QJsonDocument::fromJson(bytes.value()).object() : QJsonObject();
        haveRecord = bytes && record.value(u"version"_s).toInt() == RecordVersion &&
                     record.value(u"siteId"_s).toString() == m_options.siteId;
        for (const QJsonValue &value : record.value(u"files"_s).toArray()) {
            const QJsonObject file = value.toObject();
            const QString path = file.value(u"path"_s).toString();
            const QString sha1 = file.value(u"sha1"_s).toString();
            if (path.isEmpty() || sha1.size() != 40) {
                haveRecord = false;
                break;
            }
            m_deployed.insert(path,
                              {sha1, file.value(u"sha256"_s).toString(), file.value(u"size"_s).toInteger()});
        }
        if (!haveRecord)
            qCWarning(lcPublish) << "netlify: ignoring the deploy record" << recordFile;
    }
    if (!haveRecord) {
        // Another computer, a fresh checkout or another site: Netlify's own list keeps the deletions opt-in.
        Result<Files> live = liveFiles();
        if (!live)
            return live.error();
        m_deployed = std::move(live).value();
        for (auto file = m_deployed.begin(); file != m_deployed.end(); ++file) {
            const FileState local = m_local.value(file.key());
            if (local.sha1 == file->sha1)
                file->sha256 = local.sha256;
        }
    }

    QMap<QString, ManifestEntry> local;
    for (auto file = m_local.cbegin(); file != m_local.cend(); ++file)
        local.insert(file.key(), {file->sha256, file->size});
    DeployManifest deployed;
    for (auto file = m_deployed.cbegin(); file != m_deployed.cend(); ++file)
        deployed.set(file.key(), {file->sha256, file->size}); // an unknown SHA-256 plans as changed
    return DeployPlan::make(local, deployed);
}

DeployReport NetlifyDeploy::run(const DeployPlan &plan)
{
    if (m_deployOptions.dryRun) {
        DeployReport report;
        report.dryRun = true;
        report.deletionsSkipped = m_deployOptions.deleteRemoved ? 0 : int(plan.deletions().size());
        return report;
    }
    // Nothing that would change the live site: no new deploy (Netlify keeps each one in the site's history).
    if (plan.uploads().isEmpty() && (plan.deletions().isEmpty() || !m_deployOptions.deleteRemoved)) {
        DeployReport report;
        report.deletionsSkipped = int(plan.deletions().size());
        return report;
    }
    m_running = true;
    Run run(*this, plan);
    DeployReport report = run.execute();
    m_running = false;
    return report;
}

} // namespace Postwright
