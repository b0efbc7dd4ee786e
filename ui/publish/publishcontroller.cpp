#include "publish/publishcontroller.h"

#include "blog/post.h"
#include "blog/sitetoolsettings.h"
#include "publish/conflictdialog.h"
#include "publish/credentialstore.h"
#include "publish/deployengine.h"
#include "publish/hostkeyconfirmer.h"
#include "publish/postpublishstate.h"
#include "publish/publishreviewdialog.h"
#include "publish/publishsession.h"
#include "publish/publishtext.h"
#include "publish/secretprompt.h"
#include "site/externalbuildsettings.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {

using Kind = DeployAction::Kind;
using Outcome = PublishStatus::Outcome;

QString againHint(bool posts = false)
{
    return posts
               ? PublishController::tr("Publish again to finish \u2014 posts already published are not sent "
                                       "again.")
               : PublishController::tr(
                     "Publish again to finish \u2014 files already uploaded are not sent again.");
}

// The posts of a plan by title, read on the worker (a first publish may list every post).
QHash<QString, QString> postTitles(const QString &blogRoot, const DeployPlan &plan)
{
    QHash<QString, QString> titles;
    const QDir root(blogRoot);
    for (const DeployAction &action : plan.actions())
        titles.insert(action.path, Post::load(root.filePath(action.path), blogRoot).displayTitle());
    return titles;
}

} // namespace

PublishController::PublishController(CredentialStore *credentials, QWidget *window)
    : QObject(window)
    , m_credentials(credentials)
    , m_window(window)
    , m_status(new PublishStatus(window))
    , m_confirmer(new HostKeyConfirmer(window))
    , m_knownHostsFile(PublishSession::defaultKnownHostsFile())
{
    connect(&m_prepare, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this,
            &PublishController::onPrepared);
    connect(&m_deploy, &QFutureWatcher<DeployReport>::finished, this,
            [this] { onDeployed(m_deploy.result()); });
    connect(m_status, &PublishStatus::cancelRequested, this, &PublishController::cancel);
    connect(m_status, &PublishStatus::detailsRequested, this,
            [this](const QString &details) { showProblem(tr("Publish"), m_status->text(), details); });
}

PublishController::~PublishController()
{
    // Nothing may wait on a dialog from here on; then let the workers end before their session.
    delete m_confirmer;
    if (Deployer *running = engine())
        running->cancel();
    m_prepare.waitForFinished();
    m_deploy.waitForFinished();
    m_session.reset();
}

Deployer *PublishController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void PublishController::publish(const QString &blogRoot, const QUrl &siteUrl, const QString &targetName)
{
    if (isRunning())
        return;
    const Result<PublishTargets> targets = PublishSession::readTargets(blogRoot);
    // blog.yaml, or a Hugo or Jekyll site's postwright.yaml
    const QString targetsFile =
        QFileInfo(SiteToolSettings::filePath(SiteLayout::detect(blogRoot))).fileName();
    if (!targets) {
        showProblem(tr("Cannot Publish"), tr("The publish targets in %1 could not be read.").arg(targetsFile),
                    targets.error().toString());
        return;
    }
    if (targets.value().targets.empty()) {
        Q_EMIT targetsNeeded(blogRoot);
        return;
    }
    const PublishTarget *target =
        targetName.isEmpty() ? targets.value().defaultTarget() : targets.value().find(targetName);
    if (!target && targetName.isEmpty()) {
        chooseTarget(blogRoot, siteUrl, targets.value());
        return;
    }
    if (!target) {
        showProblem(tr("Cannot Publish"),
                    tr("%1 has no publish target \u201c%2\u201d any more.").arg(targetsFile, targetName));
        return;
    }
    if (const std::optional<QString> unsupported = PublishSession::unsupportedReason(*target)) {
        showProblem(tr("Cannot Publish"), *unsupported);
        return;
    }
    start(blogRoot, siteUrl, *target);
}

void PublishController::chooseTarget(const QString &blogRoot, const QUrl &siteUrl,
                                     const PublishTargets &targets)
{
    QStringList names;
    for (const PublishTarget &target : targets.targets)
        names.append(target.name);
    auto *chooser = new QInputDialog(m_window);
    chooser->setObjectName(QStringLiteral("publishTargetChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Publish"));
    chooser->setLabelText(tr("This blog has several publish targets and none is the default.\nPublish to:"));
    chooser->setComboBoxItems(names);
    chooser->setOkButtonText(tr("Publish"));
    connect(chooser, &QInputDialog::textValueSelected, this,
            [this, blogRoot, siteUrl](const QString &name) { publish(blogRoot, siteUrl, name); });
    chooser->open();
}

void PublishController::start(const QString &blogRoot, const QUrl &siteUrl, const PublishTarget &target)
{
    if (m_saveOpenPosts && !m_saveOpenPosts())
        return;        // the site must show what the writer sees; saving said what went wrong
    m_session.reset(); // the last deploy's thread is long done
    m_run.emplace();
    m_run->id = m_nextRunId++;
    m_run->blogRoot = blogRoot;
    m_run->siteUrl = siteUrl;
    m_run->target = target;
    qCInfo(lcPublish) << "publishing" << blogRoot << "to" << target.id();
    Q_EMIT runningChanged(true);
    resolveSecret();
}

void PublishController::resolveSecret()
{
    const PublishTarget &target = m_run->target;
    if (PublishText::secretName(target).isEmpty()) {
        prepare();
        return;
    }
    if (const auto known = m_sessionSecrets.constFind(target.id()); known != m_sessionSecrets.cend()) {
        m_run->secret = *known;
        m_run->source = SecretSource::Memory;
        prepare();
        return;
    }
    m_status->showBusy(PublishText::secretSentence(target, PublishText::SecretSentence::Reading));
    m_credentials->readSecret(target.id(), this, [this, id = m_run->id](Result<QString> stored) {
        if (!isCurrent(id))
            return;
        if (m_run->cancelled) {
            finish(Outcome::Neutral, tr("Publishing cancelled. Nothing was sent."));
            return;
        }
        if (stored) {
            m_run->secret = stored.value();
            m_run->source = SecretSource::Keychain;
            prepare();
            return;
        }
        if (!PublishText::isNothingStored(stored.error(), m_run->target.id()))
            m_run->keychainProblem = stored.error().message;
        // A key file may have no passphrase: try without, and ask if the server says no.
        if (PublishSession::requiresSecret(m_run->target))
            askForSecret({});
        else
            prepare();
    });
}

void PublishController::askForSecret(const QString &problem)
{
    m_status->showWaiting(PublishText::secretSentence(m_run->target, PublishText::SecretSentence::Waiting));
    auto *prompt = new SecretPrompt(m_run->target, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setProblem(problem);
    if (!m_run->keychainProblem.isEmpty())
        prompt->setKeychainUnavailable(m_run->keychainProblem);
    connect(prompt, &QDialog::finished, this, [this, prompt, id = m_run->id](int result) {
        if (!isCurrent(id))
            return;
        if (result != QDialog::Accepted) {
            finish(Outcome::Neutral,
                   tr("Publishing to %1 cancelled. Nothing was sent.").arg(m_run->target.name));
            return;
        }
        m_run->secret = prompt->secret();
        m_run->source = SecretSource::Typed;
        m_run->remember = prompt->remember();
        prepare();
    });
    prompt->open();
}

void PublishController::prepare()
{
    const ExternalBuildSettings::Choice builder = ExternalBuildSettings::choose(m_run->blogRoot);
    m_status->showBusy(builder.useGenerator && !m_run->target.isBlogApi()
                           ? tr("Building the site with %1\u2026").arg(builder.program)
                           : tr("Building the site\u2026"));
    // For blog APIs, "keep the web version" uses BlogPublisher's own writer (front matter kept).
    PublishSession::Connection connection{m_run->secret, m_knownHostsFile, m_confirmer->callback(), {}};
    DeployOptions options; // deletions stay off until the review sheet says otherwise
    m_session =
        std::make_shared<PublishSession>(m_run->blogRoot, m_run->target, std::move(connection), options);
    // Hugo's or Jekyll's output as it builds, from the worker thread (queued to receivers in the window).
    m_session->setBuildOutput(
        [this](const QString &line, bool isError) { Q_EMIT siteBuildOutput(line, isError); });
    const auto stage = [this, id = m_run->id](const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, id, text] {
                if (isCurrent(id) && !m_run->cancelled)
                    m_status->showBusy(text);
            },
            Qt::QueuedConnection);
    };
    const QString name = m_run->target.name;
    m_prepare.setFuture(
        QtConcurrent::run([session = m_session, gui = thread(), stage, name, root = m_run->blogRoot] {
            auto prepared = std::make_shared<Prepared>();
            prepared->build = session->build();
            prepared->buildCommandLine = session->buildCommandLine();
            if (Deployer *engine = session->engine())
                engine->moveToThread(gui); // made here, but owned and cancelled from the window
            if (prepared->build.fatal || !prepared->build.errors.isEmpty())
                return prepared;
            stage(tr("Connecting to %1\u2026").arg(name));
            prepared->connectionError = session->checkConnection();
            if (prepared->connectionError)
                return prepared;
            stage(session->target().isBlogApi() ? tr("Comparing the posts with %1\u2026").arg(name)
                                                : tr("Comparing the site with %1\u2026").arg(name));
            prepared->plan = session->plan();
            if (auto *publisher = qobject_cast<BlogPublisher *>(session->engine());
                publisher && *prepared->plan) {
                prepared->conflicts = publisher->conflicts();
                prepared->titles = postTitles(root, prepared->plan->value());
            }
            return prepared;
        }));
}

void PublishController::replan()
{
    // After the writer chose what to do with posts changed on the blog during a run: the engine keeps
    // the choices, a fresh plan lists what is left.
    m_status->showBusy(tr("Comparing the posts with %1\u2026").arg(m_run->target.name));
    m_prepare.setFuture(QtConcurrent::run([session = m_session, root = m_run->blogRoot] {
        auto prepared = std::make_shared<Prepared>();
        prepared->plan = session->plan();
        if (auto *publisher = qobject_cast<BlogPublisher *>(session->engine());
            publisher && *prepared->plan) {
            prepared->conflicts = publisher->conflicts();
            prepared->titles = postTitles(root, prepared->plan->value());
        }
        return prepared;
    }));
}

void PublishController::onPrepared()
{
    if (!m_run)
        return;
    const std::shared_ptr<Prepared> prepared = m_prepare.result();
    const PublishTarget &target = m_run->target;
    Q_EMIT siteBuilt(prepared->build, prepared->buildCommandLine); // cancelled or not: the build ended
    if (m_run->cancelled) {
        finish(Outcome::Neutral, tr("Publishing to %1 cancelled. Nothing was sent.").arg(target.name));
        return;
    }
    const BuildReport &build = prepared->build;
    if (build.fatal || !build.errors.isEmpty()) {
        QStringList lines;
        for (const SourceError &error : build.errors)
            lines.append(error.toString());
        const QString text = build.fatal
                                 ? tr("The site could not be built, so nothing was published.")
                                 : tr("Some posts have errors, so nothing was published. Fix them and "
                                      "publish again.");
        finish(Outcome::Failure, text, lines.join(u'\n'));
        showProblem(tr("Cannot Publish"), text, lines.join(u'\n'));
        return;
    }
    if (const std::optional<TransportError> &error = prepared->connectionError) {
        if (error->kind == TransportError::Kind::Authentication) {
            // The wrong secret is not kept: not in memory, and not in the keychain once a right
            // one is known.
            m_sessionSecrets.remove(target.id());
            if (m_run->source == SecretSource::Keychain)
                m_run->storedSecretRefused = true;
            m_run->secret.clear();
            askForSecret(tr("Could not log in to %1: %2").arg(target.name, error->message));
            return;
        }
        const QString text = tr("Could not connect to %1: %2").arg(target.name, error->message);
        finish(Outcome::Failure, text);
        showProblem(tr("Cannot Publish"), text);
        return;
    }
    onConnected();
    const Result<DeployPlan> &plan = *prepared->plan;
    if (!plan) {
        const QString text =
            tr("Could not compare the site with %1: %2").arg(target.name, plan.error().toString());
        finish(Outcome::Failure, text);
        showProblem(tr("Cannot Publish"), text);
        return;
    }
    if (target.isBlogApi()) {
        m_run->titles.insert(prepared->titles);
        onPlanned(plan.value(), prepared->conflicts);
        return;
    }
    const int uploads = int(plan.value().uploads().size());
    const int deletions = int(plan.value().deletions().size());
    const bool skipReview = m_settings.skipsReview(m_run->blogRoot, target.id());
    if (uploads == 0 && (deletions == 0 || skipReview)) {
        finish(Outcome::Neutral,
               deletions == 0
                   ? tr("Everything is already published to %1.").arg(target.name)
                   : tr("Everything is already published to %1; %2 no longer part of the site stay there.")
                         .arg(target.name, PublishText::fileCount(deletions)));
        return;
    }
    if (skipReview)
        deploy(plan.value(), false);
    else
        review(plan.value());
}

void PublishController::onPlanned(const DeployPlan &plan, const QList<BlogConflict> &conflicts)
{
    m_run->plan = plan;
    QList<BlogConflict> undecided;
    for (const BlogConflict &conflict : conflicts) {
        if (!m_run->resolutions.contains(conflict.path))
            undecided.append(conflict);
    }
    if (undecided.isEmpty()) {
        proceed(plan);
        return;
    }
    askAboutConflicts(undecided, false, [this, plan](bool goOn) {
        if (goOn)
            proceed(plan);
        else
            finish(Outcome::Neutral,
                   tr("Publishing to %1 cancelled. Nothing was sent.").arg(m_run->target.name));
    });
}

void PublishController::proceed(const DeployPlan &plan)
{
    const PublishTarget &target = m_run->target;
    int toSend = 0;
    for (const DeployAction &action : plan.uploads()) {
        if (m_run->resolutions.value(action.path, BlogPublisher::Resolution::KeepMine) !=
            BlogPublisher::Resolution::Ask)
            ++toSend;
    }
    int leftAlone = 0;
    for (const BlogPublisher::Resolution resolution : std::as_const(m_run->resolutions))
        leftAlone += resolution == BlogPublisher::Resolution::Ask ? 1 : 0;
    if (toSend == 0) {
        finish(
            Outcome::Neutral,
            leftAlone == 0 ? tr("Everything is already published to %1.").arg(target.name)
            : leftAlone == 1
                ? tr("Nothing was published to %1: the post changed on the blog is left as it is.")
                      .arg(target.name)
                : tr("Nothing was published to %1: the %L2 posts changed on the blog are left as they are.")
                      .arg(target.name)
                      .arg(leftAlone));
        return;
    }
    if (m_run->reviewed || m_settings.skipsReview(m_run->blogRoot, target.id()))
        deploy(plan, false);
    else
        review(plan);
}

void PublishController::askAboutConflicts(const QList<BlogConflict> &conflicts, bool afterRun,
                                          std::function<void(bool)> then)
{
    m_status->showWaiting(conflicts.size() == 1
                              ? tr("Waiting for you to choose a version of a post changed on the blog\u2026")
                              : tr("Waiting for you to choose versions of posts changed on the blog\u2026"));
    auto *dialog = new ConflictDialog(conflicts, m_run->target.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (afterRun)
        dialog->setAcceptText(tr("Publish Again"));
    connect(dialog, &QDialog::finished, this,
            [this, dialog, id = m_run->id, then = std::move(then)](int result) {
                if (!isCurrent(id))
                    return;
                if (result != QDialog::Accepted) {
                    then(false);
                    return;
                }
                const QHash<QString, BlogPublisher::Resolution> choices = dialog->choices();
                BlogPublisher *publisher = blogPublisher();
                for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
                    m_run->resolutions.insert(it.key(), it.value());
                    if (publisher)
                        publisher->setResolution(it.key(), it.value());
                }
                then(true);
            });
    dialog->open();
}

BlogPublisher *PublishController::blogPublisher() const
{
    return qobject_cast<BlogPublisher *>(engine());
}

void PublishController::onConnected()
{
    // The server accepted the secret: now it may be kept.
    if (std::exchange(m_run->connected, true))
        return;
    const Run &run = *m_run;
    if (run.source != SecretSource::Typed)
        return;
    const QString key = run.target.id();
    if (!run.remember) {
        m_sessionSecrets.insert(key, run.secret);
        if (run.storedSecretRefused)
            m_credentials->removeSecret(key, this, [](Result<void>) {});
        return;
    }
    m_credentials->writeSecret(
        key, run.secret, this, [this, key, secret = run.secret, name = run.target.name](Result<void> saved) {
            if (saved)
                return;
            m_sessionSecrets.insert(key, secret); // asked for once per run of the app
            qCWarning(lcPublish) << "keychain write failed for" << key;
            if (!isRunning())
                return;
            m_status->showBusy(tr("The password for %1 was not saved: %2").arg(name, saved.error().message));
        });
}

void PublishController::review(const DeployPlan &plan)
{
    m_status->showWaiting(tr("Waiting for you to review the publish\u2026"));
    std::optional<PublishReviewDialog::Posts> posts;
    if (isBlogApi())
        posts = PublishReviewDialog::Posts{m_run->titles, m_run->resolutions};
    auto *sheet = new PublishReviewDialog(plan, m_run->target.name, std::move(posts), m_window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    connect(sheet, &QDialog::finished, this, [this, sheet, plan, id = m_run->id](int result) {
        if (!isCurrent(id))
            return;
        if (result != QDialog::Accepted) {
            finish(Outcome::Neutral,
                   tr("Publishing to %1 cancelled. Nothing was sent.").arg(m_run->target.name));
            return;
        }
        if (sheet->skipReviewNextTime())
            m_settings.setSkipsReview(m_run->blogRoot, m_run->target.id(), true);
        m_run->reviewed = true;
        deploy(plan, sheet->deleteRemoved());
    });
    sheet->open();
}

void PublishController::deploy(const DeployPlan &plan, bool deleteRemoved)
{
    Deployer *deployer = engine();
    deployer->setDeleteRemoved(deleteRemoved);
    qint64 bytes = 0;
    for (const DeployAction &action : plan.uploads())
        bytes += action.content.size;
    const qsizetype files = plan.uploads().size() + (deleteRemoved ? plan.deletions().size() : 0);
    m_status->setUnit(isBlogApi() ? PublishStatus::Unit::Posts : PublishStatus::Unit::Files);
    m_status->showBusy(QString());
    m_status->showProgress(0, int(files), 0, bytes, QString());
    connect(deployer, &Deployer::progress, m_status, &PublishStatus::showProgress, Qt::UniqueConnection);
    Q_EMIT deployStarted(deployer);
    // PublishSession::run() rather than the engine's own thread: it also writes zip targets.
    m_deploy.setFuture(QtConcurrent::run([session = m_session, plan] { return session->run(plan); }));
}

void PublishController::onDeployed(const DeployReport &report)
{
    if (!m_run)
        return;
    if (isBlogApi()) {
        onPostsDeployed(report);
        return;
    }
    const QString name = m_run->target.name;
    if (report.ok()) {
        QString text = report.uploaded > 0 || report.deleted == 0
                           ? tr("Published %1 (%2) to %3.")
                                 .arg(PublishText::fileCount(report.uploaded),
                                      PublishText::dataSize(report.bytesUploaded), name)
                           : tr("Removed %1 from %2.").arg(PublishText::fileCount(report.deleted), name);
        if (report.uploaded > 0 && report.deleted > 0)
            text += u' ' + tr("Removed %1.").arg(PublishText::fileCount(report.deleted));
        finish(Outcome::Success, text);
        return;
    }
    if (report.cancelled && !report.error) {
        finish(Outcome::Neutral, tr("Publishing to %1 cancelled after %2 (%3). %4")
                                     .arg(name, PublishText::fileCount(report.uploaded),
                                          PublishText::dataSize(report.bytesUploaded), againHint()));
        return;
    }
    const TransportError error = report.error.value_or(TransportError{});
    if (error.kind == TransportError::Kind::Authentication)
        m_sessionSecrets.remove(m_run->target.id());
    QString details = tr("Publishing to %1 stopped: %2").arg(name, error.message);
    if (!report.failedFiles.isEmpty())
        details += u'\n' + tr("Not published: %1").arg(report.failedFiles.join(QStringLiteral(", ")));
    if (report.uploaded > 0)
        details += u'\n' + tr("%1 (%2) were published before it stopped.")
                               .arg(PublishText::fileCount(report.uploaded),
                                    PublishText::dataSize(report.bytesUploaded));
    details += u'\n' + againHint();
    const QString text = tr("Publishing to %1 stopped: %2").arg(name, error.message);
    finish(Outcome::Failure, text, details);
    showProblem(tr("Publishing Stopped"), text, details);
}

void PublishController::onPostsDeployed(const DeployReport &report)
{
    const PublishTarget &target = m_run->target;
    const QString name = target.name;
    // Posts the run found changed on the blog that the writer has not seen yet: ask, and offer to go on.
    if (!report.error && !report.cancelled && !report.conflicts.isEmpty()) {
        QList<BlogConflict> undecided;
        if (BlogPublisher *publisher = blogPublisher()) {
            for (const BlogConflict &conflict : publisher->conflicts()) {
                if (report.conflicts.contains(conflict.path) && !m_run->resolutions.contains(conflict.path))
                    undecided.append(conflict);
            }
        }
        if (!undecided.isEmpty()) {
            const int published = report.uploaded;
            askAboutConflicts(undecided, true, [this, published, undecided](bool goOn) {
                bool anyChosen = false;
                for (const BlogConflict &conflict : undecided)
                    anyChosen = anyChosen ||
                                m_run->resolutions.value(conflict.path) != BlogPublisher::Resolution::Ask;
                if (goOn && anyChosen) {
                    replan();
                    return;
                }
                finish(published > 0 ? Outcome::Success : Outcome::Neutral,
                       postsResultText(published, int(undecided.size()), 0));
            });
            return;
        }
    }
    if (report.error) {
        const TransportError &error = *report.error;
        if (error.kind == TransportError::Kind::Authentication)
            m_sessionSecrets.remove(target.id());
        QString details = tr("Publishing to %1 stopped: %2").arg(name, error.message);
        if (!report.failedFiles.isEmpty())
            details += u'\n' + tr("Not published: %1").arg(report.failedFiles.join(QStringLiteral(", ")));
        if (report.uploaded > 0)
            details +=
                u'\n' +
                tr("%1 were published before it stopped.").arg(PublishText::postCount(report.uploaded));
        details += u'\n' + againHint(true);
        const QString text = tr("Publishing to %1 stopped: %2").arg(name, error.message);
        finish(Outcome::Failure, text, details);
        showProblem(tr("Publishing Stopped"), text, details);
        return;
    }
    if (report.cancelled) {
        finish(Outcome::Neutral, tr("Publishing to %1 cancelled after %2. %3")
                                     .arg(name, PublishText::postCount(report.uploaded), againHint(true)));
        return;
    }
    // Where to look: the post when there is one, else the blog.
    QUrl open = QUrl(target.url);
    QString openText = tr("Open Blog");
    QStringList sent;
    for (const DeployAction &action : m_run->plan.uploads()) {
        if (!report.conflicts.contains(action.path) && !report.failedFiles.contains(action.path) &&
            m_run->resolutions.value(action.path, BlogPublisher::Resolution::KeepMine) ==
                BlogPublisher::Resolution::KeepMine)
            sent.append(action.path);
    }
    if (report.uploaded == 1 && sent.size() == 1) {
        if (const Result<PostPublishState> state = PostPublishState::load(m_run->blogRoot, target.id())) {
            if (const std::optional<PostRemoteRecord> record = state.value().post(sent.constFirst());
                record && !record->url.isEmpty()) {
                open = QUrl(record->url);
                openText = tr("Open Post");
            }
        }
    }
    int fromWeb = 0;
    for (const DeployAction &action : m_run->plan.uploads()) {
        if (!report.conflicts.contains(action.path) && !report.failedFiles.contains(action.path) &&
            m_run->resolutions.value(action.path) == BlogPublisher::Resolution::KeepWeb)
            ++fromWeb;
    }
    QString text = postsResultText(report.uploaded, int(report.conflicts.size()), fromWeb);
    finish(report.uploaded + fromWeb > 0 ? Outcome::Success : Outcome::Neutral, text, {}, open, openText);
}

QString PublishController::postsResultText(int published, int leftAlone, int fromWeb) const
{
    const QString name = m_run->target.name;
    QString text = published > 0 || (leftAlone == 0 && fromWeb == 0)
                       ? tr("Published %1 to %2.").arg(PublishText::postCount(published), name)
                   : fromWeb > 0 ? QString()
                                 : tr("Nothing was published to %1.").arg(name);
    if (fromWeb > 0)
        text +=
            (text.isEmpty() ? QString() : QStringLiteral(" ")) +
            (fromWeb == 1 ? tr("1 post was replaced by its version from %1.").arg(name)
                          : tr("%L1 posts were replaced by their versions from %2.").arg(fromWeb).arg(name));
    if (leftAlone == 1)
        text += u' ' + tr("1 post changed on the blog was left as it is.");
    else if (leftAlone > 1)
        text += u' ' + tr("%L1 posts changed on the blog were left as they are.").arg(leftAlone);
    return text;
}

void PublishController::finish(Outcome outcome, const QString &text, const QString &details,
                               const QUrl &openUrl, const QString &openText)
{
    QUrl site = openUrl.isValid() ? openUrl : m_run->siteUrl;
    QString open = openText;
    if (!openUrl.isValid() && m_run->target.isBlogApi()) {
        site = QUrl(m_run->target.url); // the static site's baseURL is not where these posts go
        open = tr("Open Blog");
    }
    if (outcome == Outcome::Failure)
        site = QUrl();
    m_status->showResult(outcome, text, site, details, open);
    qCInfo(lcPublish) << "publish ended:" << text;
    m_run.reset();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(outcome == Outcome::Success);
}

void PublishController::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_status->showCancelling();
    if (Deployer *deployer = engine(); deployer && m_deploy.isRunning())
        deployer->cancel(); // the report follows once the files in flight are done
    else if (m_session && m_prepare.isRunning())
        m_session->cancelBuild(); // a generator can take minutes; stopping it ends the publish
}

void PublishController::showProblem(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("publishProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace Postwright
