#pragma once

#include "publish/deployplan.h"
#include "publish/deploytransport.h"
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
    QStringList conflicts; // blog APIs: posts left alone because their web copy changed (BlogPublisher)

    bool ok() const { return !error && !cancelled && conflicts.isEmpty(); }
};

// What carries a deploy out, whatever the target: the file-by-file DeployEngine (folder, SFTP, FTP,
// S3, git) or Netlify's whole-site deploys (NetlifyDeploy). The CLI and the window drive both
// through this: plan, show the plan, run or start, follow progress, cancel.
class Deployer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Hashes the output folder and compares it with what the target holds. On failure,
    // planError() keeps the target's error with its kind (a wrong password is not a broken file).
    virtual Result<DeployPlan> plan() = 0;
    // Carries out a plan made by plan(); blocks. Progress is emitted from worker threads.
    virtual DeployReport run(const DeployPlan &plan) = 0;
    // run() on a worker thread; finished() tells the end.
    void start(const DeployPlan &plan);
    // Lets the files in flight finish, then stops. Thread-safe.
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }
    // Whether run() removes the files the plan lists as deleted; the review sheet decides after
    // plan(). Not while running.
    virtual void setDeleteRemoved(bool deleteRemoved) = 0;

    // The target's error that made the last plan() fail, when it was one.
    const std::optional<TransportError> &planError() const { return m_planError; }

Q_SIGNALS:
    void progress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal,
                  const QString &currentFile);
    void finished(const Postwright::DeployReport &report);

protected:
    // For the destructors of subclasses, while run() still works: cancels a start()ed deploy and
    // waits for it.
    void stopThread();

    std::optional<TransportError> m_planError;
    std::atomic_bool m_running = false; // set by run() too

private:
    QThread *m_thread = nullptr;
};

} // namespace Postwright

Q_DECLARE_METATYPE(Postwright::DeployReport)
