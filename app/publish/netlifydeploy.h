#pragma once

#include "publish/deployer.h"
#include "publish/deployplan.h"
#include "publish/deploytransport.h"
#include "publish/publishtargets.h"
#include "util/result.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>

class QThread;

namespace Postwright {

// How to reach one Netlify site. The token is a secret: it goes into the Authorization header and nowhere
// else (not into messages, not into logs).
struct NetlifyOptions
{
    QString siteId;
    QString token;
    QString apiUrl; // the API's base URL, e.g. https://api.netlify.com/api/v1; empty means defaultApiUrl()
    int connections = 4;
    int maxTries = 4;
    std::chrono::milliseconds firstRetryDelay{500}; // doubled after each transient failure
    // No byte moving for this long counts as a lost connection.
    std::chrono::milliseconds requestTimeout{60000};
    std::chrono::milliseconds maxRetryAfter{120000}; // a longer Retry-After is cut to this
    // How long Netlify may take to prepare (async) or process a deploy before the publish gives up waiting.
    std::chrono::milliseconds readyTimeout{600000};
    // A deploy of more files than this is created with "async": true and polled until it is prepared.
    int asyncFileLimit = 100;

    static QString defaultApiUrl() { return QStringLiteral("https://api.netlify.com/api/v1"); }
    // Overrides the base URL for every target that does not set api_url itself (a proxy, a test server).
    static QString apiUrlVariable() { return QStringLiteral("POSTWRIGHT_NETLIFY_API_URL"); }
    // siteId and the API's URL from the target: its api_url, else $POSTWRIGHT_NETLIFY_API_URL, else
    // Netlify's. The token is a secret and comes from the caller (keychain or environment).
    static NetlifyOptions fromTarget(const PublishTarget &target);
};

// Publishes the output folder to a Netlify site through the file-digest deploy API: every deploy lists the
// whole site by SHA-1, Netlify answers with the digests it lacks, only those are uploaded, and the deploy
// goes live as a whole once they are in. Mirrors DeployEngine's interface so a session or the window drives
// both the same way.
//
// From DeployOptions only deleteRemoved and dryRun apply; connections and retries are NetlifyOptions'.
// The last deployed state is the local manifest (path -> SHA-256, like other targets) plus a record beside it
// (recordPath(): the SHA-1 of each file, which Netlify needs to keep serving files that are gone from the
// output folder). Without a record, plan() asks Netlify which files the live site serves.
class NetlifyDeploy final : public Deployer
{
    Q_OBJECT

public:
    NetlifyDeploy(NetlifyOptions options, QString outputFolder, QString manifestPath,
                  DeployOptions deployOptions, QObject *parent = nullptr);
    ~NetlifyDeploy() override;

    // <manifest's folder>/<manifest's name without .json>.netlify.json
    static QString recordPath(const QString &manifestPath);

    // One read-only request for the site: a wrong token or site ID shows here, before any planning.
    std::optional<TransportError> checkAccess();
    // Hashes the output folder and compares it with the last deploy. Asks Netlify (read-only) only when
    // this computer has no record of the site.
    Result<DeployPlan> plan() override;
    // Carries out a plan made by plan(); blocks. Progress is emitted from worker threads.
    DeployReport run(const DeployPlan &plan) override;
    // Lets the uploads in flight finish, then stops; the unfinished deploy never goes live. Thread-safe.
    void cancel() override { m_cancelled = true; }
    void setDeleteRemoved(bool deleteRemoved) override { m_deployOptions.deleteRemoved = deleteRemoved; }

private:
    class Run;

    // One file of a deploy. sha256 is empty for a file known only from Netlify's list of the live site.
    struct FileState
    {
        QString sha1;
        QString sha256;
        qint64 size = 0;
    };
    using Files = QMap<QString, FileState>; // by '/'-separated path relative to the output folder

    Result<Files> liveFiles();
    Result<void> saveDeployed(const QString &deployId);

    NetlifyOptions m_options;
    QString m_outputFolder;
    QString m_manifestPath;
    DeployOptions m_deployOptions;
    Files m_deployed; // what the live site serves, as far as this computer knows
    Files m_local;    // the output folder when plan() hashed it
    std::atomic_bool m_cancelled = false;
};

} // namespace Postwright
