#include "publish/deployengine.h"

#include "publish/remotemanifest.h"
#include "util/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryFile>
#include <QThread>

#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

bool isFatalForTarget(const std::optional<TransportError> &error)
{
    // Nothing more can be written after these, not even the remote manifest.
    return error && (error->kind == TransportError::Kind::Authentication ||
                     error->kind == TransportError::Kind::HostKey);
}

} // namespace

// One execution of a plan: the worker threads of each phase, the shared counters, and the manifest updates.
class DeployEngine::Run
{
public:
    Run(DeployEngine &engine, const DeployPlan &plan)
        : m_engine(engine)
        , m_plan(plan)
        , m_transactional(engine.m_options.transactional)
    {
        const int connections = std::max(1, engine.m_options.connections);
        m_connections.resize(size_t(connections));
        for (const DeployAction &action : plan.uploads()) {
            ++m_filesTotal;
            m_bytesTotal += action.content.size;
        }
        if (engine.m_options.deleteRemoved)
            m_filesTotal += int(plan.deletions().size());
    }

    DeployReport execute()
    {
        m_sinceSave.start();
        m_report.deletionsSkipped = int(m_plan.deletions().size());
        // Every new file lands before any changed one, each group in phase order: a changed page may
        // link to anything new (the previous post's "next" link, a new tag page), and a new page is not
        // linked from anywhere until the changed pages and index pages that link to it are replaced.
        for (DeployAction::Kind kind : {DeployAction::Kind::New, DeployAction::Kind::Changed}) {
            for (DeployPhase phase :
                 {DeployPhase::Assets, DeployPhase::Pages, DeployPhase::IndexPages, DeployPhase::Feeds}) {
                if (stopping())
                    break;
                QList<DeployAction> actions;
                for (const DeployAction &action : m_plan.actions()) {
                    if (action.phase == phase && action.kind == kind)
                        actions.append(action);
                }
                runPhase(actions);
            }
        }
        // A failed or cancelled deploy never deletes: the pages that were not replaced may still link there.
        if (m_engine.m_options.deleteRemoved && !stopping() && !m_report.error) {
            m_report.deletionsSkipped = 0;
            runPhase(m_plan.deletions());
        }
        const bool changed = m_report.uploaded > 0 || m_report.deleted > 0;
        if (!m_transactional)
            persist(true);
        // A transaction that will not be committed has no use for the remote manifest.
        if (m_engine.m_options.storeRemoteManifest && !isFatalForTarget(m_report.error) && changed &&
            (!m_transactional || (!m_report.error && !m_engine.m_cancelled)))
            uploadRemoteManifest();
        if (m_transactional)
            finishTransaction(changed);
        for (Connection &connection : m_connections) {
            if (connection.transport && connection.open)
                connection.transport->close();
        }
        m_report.cancelled = m_engine.m_cancelled;
        Q_EMIT m_engine.progress(m_filesDone, m_filesTotal, m_bytesDone, m_bytesTotal, QString());
        return m_report;
    }

private:
    struct Connection
    {
        std::unique_ptr<DeployTransport> transport;
        bool open = false;
    };

    bool stopping() const { return m_failed || m_engine.m_cancelled; }

    // A server that accepted a connection earlier in this run and fails one now: a server going
    // down while we reconnect breaks off the SSH handshake, which libssh2 reports as a refused key
    // or as a bare "Error in the SSH layer" (CURLE_SSH, which also stands for permanent failures).
    // Retried like a lost connection; a failure that lasts still ends the run after the last try.
    // A changed host key or a full disk is never retried.
    TransportError asReconnectError(TransportError error) const
    {
        const bool mayBeGoingDown = error.kind == TransportError::Kind::Authentication ||
                                    error.kind == TransportError::Kind::Permanent;
        if (mayBeGoingDown && m_loggedIn)
            error.kind = TransportError::Kind::Transient;
        return error;
    }

    // Every transport comes from here, so that a transactional one is noticed before any file is done
    // (a worker creates its transport before its first upload), even if the options forgot to say so.
    std::unique_ptr<DeployTransport> makeTransport()
    {
        std::unique_ptr<DeployTransport> transport = m_engine.m_factory();
        if (transport->isTransactional())
            m_transactional = true;
        return transport;
    }

    void runPhase(const QList<DeployAction> &actions)
    {
        if (actions.isEmpty())
            return;
        m_phaseActions = actions;
        m_next = 0;
        const size_t workers = std::min(m_connections.size(), size_t(actions.size()));
        std::vector<std::thread> threads;
        for (size_t i = 0; i < workers; ++i)
            threads.emplace_back([this, i] { work(m_connections[i]); });
        for (std::thread &thread : threads)
            thread.join();
    }

    void work(Connection &connection)
    {
        for (;;) {
            DeployAction action;
            {
                QMutexLocker lock(&m_mutex);
                if (stopping() || m_next >= m_phaseActions.size())
                    return;
                action = m_phaseActions.at(m_next++);
            }
            Q_EMIT m_engine.progress(m_filesDone, m_filesTotal, m_bytesDone, m_bytesTotal, action.path);
            const std::optional<TransportError> error = perform(connection, action);
            QMutexLocker lock(&m_mutex);
            if (error) {
                m_report.failedFiles.append(action.path);
                if (!m_report.error)
                    m_report.error = error;
                m_failed = true;
                qCWarning(lcPublish) << "deploy stopped at" << action.path << ":" << error->message;
                return;
            }
            if (action.kind == DeployAction::Kind::Deleted) {
                m_engine.m_manifest.remove(action.path);
                ++m_report.deleted;
            } else {
                m_engine.m_manifest.set(action.path, action.content);
                ++m_report.uploaded;
                m_report.bytesUploaded += action.content.size;
                m_bytesDone += action.content.size;
            }
            ++m_filesDone;
            persist(false);
        }
    }

    // One action over one connection, retrying transient errors on a fresh connection with growing pauses.
    std::optional<TransportError> perform(Connection &connection, const DeployAction &action)
    {
        const DeployOptions &options = m_engine.m_options;
        std::chrono::milliseconds delay = options.firstRetryDelay;
        std::optional<TransportError> error;
        for (int attempt = 1; attempt <= std::max(1, options.maxTries); ++attempt) {
            if (attempt > 1) {
                if (m_failed)
                    return error; // another connection hit a fatal error: no point in waiting
                std::this_thread::sleep_for(delay);
                delay *= 2;
                QMutexLocker lock(&m_mutex);
                ++m_report.retries;
            }
            error = attemptOnce(connection, action);
            if (!error || error->kind != TransportError::Kind::Transient)
                return error;
            qCInfo(lcPublish) << "transient error, will retry:" << error->message;
            // A connection that failed transiently may be half dead; the next try starts a new one.
            connection.transport->close();
            connection.open = false;
        }
        return error;
    }

    std::optional<TransportError> attemptOnce(Connection &connection, const DeployAction &action)
    {
        if (!connection.transport)
            connection.transport = makeTransport();
        if (!connection.open) {
            if (std::optional<TransportError> error = connection.transport->open())
                return asReconnectError(*error);
            connection.open = true;
            m_loggedIn = true;
        }
        if (action.kind == DeployAction::Kind::Deleted)
            return connection.transport->remove(action.path);
        return connection.transport->upload(QDir(m_engine.m_outputFolder).filePath(action.path), action.path);
    }

    // Called with m_mutex held. Saving at most once per interval keeps a big deploy from rewriting the
    // manifest thousands of times; a kill loses at most that interval, which costs only re-uploads.
    // A transactional target holds nothing of this run before commit(), so only finishTransaction() saves.
    void persist(bool force)
    {
        if (m_transactional)
            return;
        if (!force && m_sinceSave.elapsed() < m_engine.m_options.persistInterval.count())
            return;
        m_sinceSave.restart();
        saveManifest();
    }

    void saveManifest()
    {
        const Result<void> saved = m_engine.m_manifest.save(m_engine.m_manifestPath);
        if (!saved && !m_report.error) {
            m_report.error = TransportError{TransportError::Kind::Permanent,
                                            tr("Cannot record the deploy: %1").arg(saved.error().toString())};
            m_failed = true;
        }
    }

    // Brings the target's deploy record up to date: a small delta and the head (RemoteManifest).
    void uploadRemoteManifest()
    {
        const QString cachePath = RemoteManifest::cachePath(m_engine.m_manifestPath);
        std::optional<RemoteManifest> cached = std::move(m_engine.m_remote);
        m_engine.m_remote.reset();
        if (!cached) {
            // A damaged cache only costs reading the record from the target again.
            Result<std::optional<RemoteManifest>> loaded = RemoteManifest::loadCache(cachePath);
            if (loaded)
                cached = std::move(loaded).value();
        }
        // Retried like perform(); a failed try leaves the record as it was, so the cache is
        // dropped and the next try reads the record again.
        const std::optional<TransportError> error = onFirstConnection(
            [this, &cached](DeployTransport &transport) {
                qint64 sent = 0;
                std::optional<TransportError> failure =
                    RemoteManifest::write(transport, cached, m_engine.m_manifest, &sent);
                m_report.recordBytes += sent;
                return failure;
            },
            [&cached] { cached.reset(); });
        if (error) {
            QFile::remove(cachePath);
            if (!m_report.error)
                m_report.error = error;
            return;
        }
        m_recordToCache = std::move(cached);
        if (!m_transactional) // else only once the record is committed
            saveRecordCache();
    }

    void saveRecordCache()
    {
        if (!m_recordToCache)
            return;
        const QString cachePath = RemoteManifest::cachePath(m_engine.m_manifestPath);
        if (const Result<void> saved = m_recordToCache->saveCache(cachePath); !saved)
            qCWarning(lcPublish) << "Cannot keep a copy of the deploy record:" << saved.error().toString();
    }

    // One operation after the phases, on the first connection, retried like perform(); beforeRetry
    // runs before each new try.
    std::optional<TransportError>
    onFirstConnection(const std::function<std::optional<TransportError>(DeployTransport &)> &operation,
                      const std::function<void()> &beforeRetry = {})
    {
        Connection &connection = m_connections.front();
        if (!connection.transport)
            connection.transport = makeTransport();
        std::optional<TransportError> error;
        std::chrono::milliseconds delay = m_engine.m_options.firstRetryDelay;
        for (int attempt = 1; attempt <= std::max(1, m_engine.m_options.maxTries); ++attempt) {
            if (attempt > 1) {
                std::this_thread::sleep_for(delay);
                delay *= 2;
            }
            if (!connection.open) {
                error = connection.transport->open();
                if (error)
                    error = asReconnectError(*error);
                connection.open = !error;
                m_loggedIn = m_loggedIn || connection.open;
            }
            if (connection.open)
                error = operation(*connection.transport);
            if (!error || error->kind != TransportError::Kind::Transient)
                break;
            if (beforeRetry)
                beforeRetry();
            connection.transport->close();
            connection.open = false;
        }
        return error;
    }

    // The end of a transactional deploy: commit, then record it; or record nothing, so the local
    // manifest (and the copy of the target's record) still say what the target holds, and a rerun
    // plans this run's files again.
    void finishTransaction(bool changed)
    {
        if (!m_report.error && !m_engine.m_cancelled) {
            std::optional<TransportError> error;
            if (changed)
                error = onFirstConnection([](DeployTransport &transport) { return transport.commit(); });
            if (!error) {
                saveManifest();
                saveRecordCache();
                return;
            }
            qCWarning(lcPublish) << "deploy not committed:" << error->message;
            m_report.error = error;
        }
        for (Connection &connection : m_connections) {
            if (connection.transport)
                connection.transport->rollback();
        }
        // Nothing of this run reached the target.
        m_report.uploaded = 0;
        m_report.deleted = 0;
        m_report.bytesUploaded = 0;
        m_report.recordBytes = 0;
    }

    DeployEngine &m_engine;
    const DeployPlan &m_plan;
    std::vector<Connection> m_connections;
    QMutex m_mutex; // guards everything below that workers change
    QList<DeployAction> m_phaseActions;
    qsizetype m_next = 0;
    DeployReport m_report;
    QElapsedTimer m_sinceSave;
    std::atomic_bool m_failed = false;
    std::atomic_bool m_loggedIn = false; // some connection of this run has logged in
    std::atomic_bool m_transactional = false;
    std::optional<RemoteManifest> m_recordToCache; // the target's record as written by this run
    int m_filesDone = 0;
    int m_filesTotal = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
};

DeployEngine::DeployEngine(TransportFactory factory, QString outputFolder, QString manifestPath,
                           DeployOptions options, QObject *parent)
    : Deployer(parent)
    , m_factory(std::move(factory))
    , m_outputFolder(std::move(outputFolder))
    , m_manifestPath(std::move(manifestPath))
    , m_options(options)
{}

DeployEngine::~DeployEngine()
{
    stopThread();
}

Result<DeployPlan> DeployEngine::plan()
{
    m_cancelled = false; // a new deploy starts here; a cancel during run() must not be forgotten
    m_remote.reset();
    m_planError.reset();
    Result<DeployManifest> manifest = DeployManifest::load(m_manifestPath);
    if (!manifest)
        return manifest.error();
    m_manifest = std::move(manifest).value();
    // Without a local record (another machine, or a fresh checkout) the target's own copy says what is there,
    // so the first deploy from here does not upload everything again. A transactional target's copy is
    // always read: it says exactly what the branch holds, while the local record may predate another
    // machine's publish; without a copy there, the target counts as empty.
    const bool readRemote = m_options.transactional || !QFileInfo::exists(m_manifestPath);
    if (readRemote && m_options.storeRemoteManifest && !m_options.dryRun) {
        if (m_options.transactional)
            m_manifest = DeployManifest();
        // Retried like an upload: a dropped connection should not stop a publish before it starts.
        std::optional<RemoteManifest> record;
        std::optional<TransportError> error;
        std::chrono::milliseconds delay = m_options.firstRetryDelay;
        for (int attempt = 1; attempt <= std::max(1, m_options.maxTries); ++attempt) {
            if (attempt > 1) {
                std::this_thread::sleep_for(delay);
                delay *= 2;
            }
            std::unique_ptr<DeployTransport> transport = m_factory();
            error = transport->open();
            if (!error)
                error = RemoteManifest::read(*transport, record);
            transport->close();
            if (!error || error->kind != TransportError::Kind::Transient)
                break;
        }
        if (error) {
            m_planError = error;
            return SourceError{QString(), 0, 0, error->message};
        }
        if (record) {
            m_manifest = record->files();
            m_remote = std::move(record);
        }
    }
    Result<QMap<QString, ManifestEntry>> local = DeployManifest::hashFolder(m_outputFolder);
    if (!local)
        return local.error();
    return DeployPlan::make(local.value(), m_manifest);
}

DeployReport DeployEngine::run(const DeployPlan &plan)
{
    if (m_options.dryRun) {
        DeployReport report;
        report.dryRun = true;
        report.deletionsSkipped = m_options.deleteRemoved ? 0 : int(plan.deletions().size());
        return report;
    }
    m_running = true;
    Run run(*this, plan);
    DeployReport report = run.execute();
    m_running = false;
    return report;
}

} // namespace Postwright
