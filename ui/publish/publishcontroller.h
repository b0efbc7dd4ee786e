#pragma once

#include "publish/blogpublisher.h"
#include "publish/deployengine.h"
#include "publish/deployplan.h"
#include "publish/deploytransport.h"
#include "publish/publishsettings.h"
#include "publish/publishstatus.h"
#include "publish/publishtargets.h"
#include "site/buildoptions.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace Postwright {

class CredentialStore;
class Deployer;
class HostKeyConfirmer;
class PublishSession;

// One-click publish for the window: save, build and connect off the GUI thread, plan, show the
// review sheet, deploy with progress and cancel, and say how it ended. Secrets come from memory,
// the keychain (read asynchronously) or a prompt, and are stored only after the server accepted
// them. All the publish's questions are non-blocking dialogs (open()), so the window stays
// usable and tests can answer them. A blog API target is published post by post (BlogPublisher):
// posts edited on the blog since the last publish are shown side by side before anything is sent
// (ConflictDialog), and again when the run itself meets one, with the offer to publish again.
class PublishController final : public QObject
{
    Q_OBJECT

public:
    PublishController(CredentialStore *credentials, QWidget *window);
    ~PublishController() override;

    // Saves the open posts before a build; false stops the publish (it said why).
    void setSaveOpenPosts(std::function<bool()> save) { m_saveOpenPosts = std::move(save); }
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }
    QString knownHostsFile() const { return m_knownHostsFile; }

    // Publishes the blog to the target called targetName, or to its default target (asking which
    // when there are several and none is the default). siteUrl: the blog's baseURL, offered
    // after a publish.
    void publish(const QString &blogRoot, const QUrl &siteUrl, const QString &targetName = {});
    void cancel();
    bool isRunning() const { return m_run.has_value(); }

    PublishStatus *statusWidget() const { return m_status; }
    // Secrets typed without being stored in the keychain, kept for this run of the app; shared with
    // the other jobs that log in to a target (importing posts).
    std::optional<QString> sessionSecret(const QString &targetId) const
    {
        const auto known = m_sessionSecrets.constFind(targetId);
        return known == m_sessionSecrets.cend() ? std::nullopt : std::optional<QString>(*known);
    }
    void setSessionSecret(const QString &targetId, const QString &secret)
    {
        m_sessionSecrets.insert(targetId, secret);
    }
    void forgetSessionSecret(const QString &targetId) { m_sessionSecrets.remove(targetId); }
    // The deploy under way (or the last one), for observers; nullptr before the first.
    Deployer *engine() const;

Q_SIGNALS:
    void runningChanged(bool running);
    // The blog has no targets: the window shows how to add one.
    void targetsNeeded(const QString &blogRoot);
    void deployStarted(Postwright::Deployer *engine);
    // A line a Hugo or Jekyll site's generator wrote while the publish built the site; emitted
    // from a worker thread.
    void siteBuildOutput(const QString &line, bool isError);
    // The publish's build is done: its report, and the generator's command line (empty when
    // Postwright's builder built). A failed build ends the publish.
    void siteBuilt(const Postwright::BuildReport &report, const QString &commandLine);
    void finished(bool published);

private:
    enum class SecretSource { None, Memory, Keychain, Typed };
    struct Run
    {
        quint64 id = 0;
        QString blogRoot;
        QUrl siteUrl;
        PublishTarget target;
        QString secret;
        SecretSource source = SecretSource::None;
        bool remember = false;
        bool storedSecretRefused = false; // the keychain's secret was wrong: replace or forget it
        QString keychainProblem;          // why the keychain could not be used, if it could not
        bool cancelled = false;
        // Blog API targets: every choice the writer made for a post changed on the blog in this
        // publish (Ask: decide later), the posts' titles, and whether the sheet was already shown.
        QHash<QString, BlogPublisher::Resolution> resolutions;
        QHash<QString, QString> titles;
        bool reviewed = false;
        bool connected = false; // the server accepted the secret (a replan does not store it again)
        DeployPlan plan;
    };
    // What the worker did: build, log in, compare with the target.
    struct Prepared
    {
        BuildReport build;
        QString buildCommandLine;
        std::optional<TransportError> connectionError;
        std::optional<Result<DeployPlan>> plan;
        // Blog API targets: the posts' titles by path, and the posts changed on the blog.
        QHash<QString, QString> titles;
        QList<BlogConflict> conflicts;
    };

    void start(const QString &blogRoot, const QUrl &siteUrl, const PublishTarget &target);
    void chooseTarget(const QString &blogRoot, const QUrl &siteUrl, const PublishTargets &targets);
    void resolveSecret();
    void askForSecret(const QString &problem);
    void prepare();
    void replan();
    void onPrepared();
    void onConnected();
    void onPlanned(const DeployPlan &plan, const QList<BlogConflict> &conflicts);
    void proceed(const DeployPlan &plan);
    // Asks about posts changed on the blog; then() runs with whether the writer went on.
    void askAboutConflicts(const QList<BlogConflict> &conflicts, bool afterRun,
                           std::function<void(bool)> then);
    void review(const DeployPlan &plan);
    void deploy(const DeployPlan &plan, bool deleteRemoved);
    void onDeployed(const DeployReport &report);
    void onPostsDeployed(const DeployReport &report);
    // "Published 2 posts to blog. 1 post changed on the blog was left as it is."
    QString postsResultText(int published, int leftAlone, int fromWeb) const;
    void finish(PublishStatus::Outcome outcome, const QString &text, const QString &details = {},
                const QUrl &openUrl = {}, const QString &openText = {});
    BlogPublisher *blogPublisher() const;
    bool isBlogApi() const { return m_run && m_run->target.isBlogApi(); }
    void showProblem(const QString &title, const QString &text, const QString &details = {});
    bool isCurrent(quint64 id) const { return m_run && m_run->id == id; }

    CredentialStore *m_credentials;
    QPointer<QWidget> m_window;
    PublishStatus *m_status = nullptr;
    HostKeyConfirmer *m_confirmer = nullptr;
    PublishSettings m_settings;
    std::function<bool()> m_saveOpenPosts;
    QString m_knownHostsFile;
    QHash<QString, QString> m_sessionSecrets; // target id -> secret typed without a keychain; memory only

    std::optional<Run> m_run;
    quint64 m_nextRunId = 1;
    std::shared_ptr<PublishSession> m_session;
    QFutureWatcher<std::shared_ptr<Prepared>> m_prepare;
    QFutureWatcher<DeployReport> m_deploy;
};

} // namespace Postwright
