#pragma once

#include "publish/deploymanifest.h"
#include "publish/deployplan.h"
#include "publish/deploytransport.h"
#include "publish/remotemanifest.h"
#include "util/result.h"

#include <QObject>
#include <QStringList>

class QThread;

#include <atomic>
#include <chrono>
#include <optional>

namespace Postwright {

struct DeployOptions
{
    int connections = 4;
    bool deleteRemoved =
        false;           // deletions are opt-in: a file gone from public/ may still be linked from elsewhere
    bool dryRun = false; // plan and report only; no transport call
    bool storeRemoteManifest = true;
    int maxTries = 4;
    std::chrono::milliseconds firstRetryDelay{500}; // doubled after each transient failure
    std::chrono::milliseconds persistInterval{1000};
    // The target publishes all at once in DeployTransport::commit() (git). plan() then always compares
    // with the target's own manifest, outside a dry run (another machine may have published since the
    // local record was written), and run() saves the local manifest only after commit() succeeded. run()
    // also turns this on by itself when a transport says it is transactional, but plan() cannot know.
    bool transactional = false;
};

struct DeployReport
{
    int uploaded = 0;
    int deleted = 0;
    qint64 bytesUploaded = 0;
    qint64 recordBytes = 0; // the deploy record kept on the target (RemoteManifest), not in bytesUploaded
    int deletionsSkipped = 0; // listed in the plan but not opted in, or held back after a failure
    int retries = 0;
    bool cancelled = false;
    bool dryRun = false;
    std::optional<TransportError> error; // the first error that stopped the deploy
    QStringList failedFiles;

    bool ok() const { return !error && !cancelled; }
};

// Carries a deploy out: plans against the target's last manifest, then uploads in phase order over several
// connections, retrying transient errors, recording each finished file so that a rerun after any failure,
// kill or cancel only does what is left.
class DeployEngine final : public QObject
{
    Q_OBJECT

public:
    // outputFolder is the built site (public/); manifestPath the local manifest
    // (DeployManifest::localPath).
    DeployEngine(TransportFactory factory, QString outputFolder, QString manifestPath, DeployOptions options,
                 QObject *parent = nullptr);
    ~DeployEngine() override;

    // Hashes the output folder and compares it with the local manifest or, when there is none (or the
    // target is transactional), with the copy on the target (one read over one connection).
    Result<DeployPlan> plan();
    // Carries out a plan made by plan(); blocks. Progress is emitted from worker threads.
    DeployReport run(const DeployPlan &plan);
    // run() on a worker thread; finished() tells the end.
    void start(const DeployPlan &plan);
    // Lets the files in flight finish, then stops. Thread-safe.
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal,
                  const QString &currentFile);
    void finished(const Postwright::DeployReport &report);

private:
    class Run;

    TransportFactory m_factory;
    QString m_outputFolder;
    QString m_manifestPath;
    DeployOptions m_options;
    DeployManifest m_manifest;
    std::optional<RemoteManifest> m_remote; // the target's record, when plan() read it
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_running = false;
    QThread *m_thread = nullptr;
};

} // namespace Postwright

Q_DECLARE_METATYPE(Postwright::DeployReport)
