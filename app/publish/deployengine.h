#pragma once

#include "publish/deployer.h"
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

// Carries a deploy out: plans against the target's last manifest, then uploads in phase order over several
// connections, retrying transient errors, recording each finished file so that a rerun after any failure,
// kill or cancel only does what is left.
class DeployEngine final : public Deployer
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
    Result<DeployPlan> plan() override;
    // Carries out a plan made by plan(); blocks. Progress is emitted from worker threads.
    DeployReport run(const DeployPlan &plan) override;
    // Lets the files in flight finish, then stops. Thread-safe.
    void cancel() override { m_cancelled = true; }
    void setDeleteRemoved(bool deleteRemoved) override { m_options.deleteRemoved = deleteRemoved; }

private:
    class Run;

    TransportFactory m_factory;
    QString m_outputFolder;
    QString m_manifestPath;
    DeployOptions m_options;
    DeployManifest m_manifest;
    std::optional<RemoteManifest> m_remote; // the target's record, when plan() read it
    std::atomic_bool m_cancelled = false;
};

} // namespace Postwright

