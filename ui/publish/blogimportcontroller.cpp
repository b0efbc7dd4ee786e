#include "publish/blogimportcontroller.h"

#include "publish/blogapis.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/publishsession.h"
#include "publish/publishstatus.h"
#include "publish/publishtext.h"
#include "publish/secretprompt.h"
#include "util/logging.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

using Outcome = PublishStatus::Outcome;

BlogImportController::BlogImportController(CredentialStore *credentials, PublishController *publish,
                                           QWidget *window)
    : QObject(window)
    , m_credentials(credentials)
    , m_publish(publish)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Done>>::finished, this,
            &BlogImportController::onDone);
    connect(publish->statusWidget(), &PublishStatus::cancelRequested, this, &BlogImportController::cancel);
}

BlogImportController::~BlogImportController()
{
    if (m_stop)
        *m_stop = true;
    m_watcher.waitForFinished();
}

bool BlogImportController::canImportFrom(const PublishTarget &target)
{
    return target.type == PublishTarget::Type::WordPress || target.type == PublishTarget::Type::Ghost;
}

void BlogImportController::chooseAndImport(const QString &blogRoot)
{
    if (isRunning() || (m_publish && m_publish->isRunning()))
        return;
    const Result<PublishTargets> targets = PublishSession::readTargets(blogRoot);
    QStringList names;
    if (targets) {
        for (const PublishTarget &target : targets.value().targets) {
            if (canImportFrom(target))
                names.append(target.name);
        }
    }
    if (names.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import Posts"),
                                    targets ? tr("This blog has no WordPress or Ghost target to import from.")
                                            : tr("The publish targets in blog.yaml could not be read."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("importProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(targets ? tr("Add one to blog.yaml under publish:, for example:\n\n"
                                             "    - name: blog\n      type: wordpress\n"
                                             "      url: https://example.com\n      user: me")
                                        : targets.error().toString());
        box->open();
        return;
    }
    auto *chooser = new QInputDialog(m_window);
    chooser->setObjectName(QStringLiteral("importTargetChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Import Posts"));
    chooser->setLabelText(tr("Copy the posts of a hosted blog into this blog as Markdown. Posts that are "
                             "already here are left alone.\n\nImport from:"));
    chooser->setComboBoxItems(names);
    chooser->setOkButtonText(tr("Import"));
    connect(chooser, &QInputDialog::textValueSelected, this, [this, blogRoot](const QString &name) {
        const Result<PublishTargets> again = PublishSession::readTargets(blogRoot);
        if (const PublishTarget *target = again ? again.value().find(name) : nullptr)
            importFrom(blogRoot, *target);
    });
    chooser->open();
}

void BlogImportController::importFrom(const QString &blogRoot, const PublishTarget &target)
{
    if (isRunning() || (m_publish && m_publish->isRunning()))
        return;
    m_run.emplace();
    m_run->blogRoot = blogRoot;
    m_run->target = target;
    Q_EMIT runningChanged(true);
    if (const std::optional<QString> known = m_publish->sessionSecret(target.id())) {
        m_run->secret = *known;
        start();
        return;
    }
    m_publish->statusWidget()->showBusy(
        PublishText::secretSentence(target, PublishText::SecretSentence::Reading));
    m_credentials->readSecret(target.id(), this, [this](Result<QString> stored) {
        if (!m_run)
            return;
        if (stored) {
            m_run->secret = stored.value();
            start();
            return;
        }
        if (!PublishText::isNothingStored(stored.error(), m_run->target.id()))
            m_run->keychainProblem = stored.error().message;
        askForSecret({});
    });
}

void BlogImportController::askForSecret(const QString &problem)
{
    m_publish->statusWidget()->showWaiting(
        PublishText::secretSentence(m_run->target, PublishText::SecretSentence::Waiting));
    auto *prompt = new SecretPrompt(m_run->target, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setProblem(problem);
    if (!m_run->keychainProblem.isEmpty())
        prompt->setKeychainUnavailable(m_run->keychainProblem);
    connect(prompt, &QDialog::finished, this, [this, prompt](int result) {
        if (!m_run)
            return;
        if (result != QDialog::Accepted) {
            finish(Outcome::Neutral,
                   tr("Importing from %1 cancelled. Nothing was written.").arg(m_run->target.name));
            return;
        }
        m_run->secret = prompt->secret();
        m_run->typed = true;
        m_run->remember = prompt->remember();
        start();
    });
    prompt->open();
}

void BlogImportController::start()
{
    m_publish->statusWidget()->showBusy(tr("Importing posts from %1\u2026").arg(m_run->target.name));
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([run = *m_run, stop = m_stop] {
        auto done = std::make_shared<Done>();
        // The API lives on this thread, as BlogApi requires.
        std::unique_ptr<BlogApi> api = makeBlogApi(run.target, run.secret, [stop] { return bool(*stop); });
        done->connectionError = api->connect();
        if (!done->connectionError)
            done->report = BlogPull().pull(*api, run.blogRoot, run.target);
        return done;
    }));
}

void BlogImportController::onDone()
{
    if (!m_run)
        return;
    const std::shared_ptr<Done> done = m_watcher.result();
    const QString name = m_run->target.name;
    if (const std::optional<TransportError> &error = done->connectionError) {
        if (error->kind == TransportError::Kind::Authentication && !*m_stop) {
            m_publish->forgetSessionSecret(m_run->target.id());
            m_run->storedRefused = !m_run->typed;
            m_run->secret.clear();
            askForSecret(tr("Could not log in to %1: %2").arg(name, error->message));
            return;
        }
        finish(Outcome::Failure, tr("Could not connect to %1: %2").arg(name, error->message));
        return;
    }
    keepSecret();
    const PullReport &report = done->report;
    if (report.error) {
        finish(
            Outcome::Failure,
            tr("Could not read the posts of %1: %2. Nothing was written.").arg(name, report.error->message));
        return;
    }
    QStringList details;
    for (const SourceError &problem : report.problems)
        details.append(problem.toString());
    details.append(report.skippedReasons);
    details.append(report.warnings);
    QString text = report.skipped == 0
                       ? tr("Imported %1 from %2.").arg(PublishText::postCount(report.created), name)
                       : tr("Imported %1 (%L2 skipped) from %3.")
                             .arg(PublishText::postCount(report.created))
                             .arg(report.skipped)
                             .arg(name);
    if (!report.problems.isEmpty())
        text += u' ' + tr("%L1 could not be written.").arg(report.problems.size());
    finish(!report.problems.isEmpty() ? Outcome::Failure
           : report.created > 0       ? Outcome::Success
                                      : Outcome::Neutral,
           text, details.join(u'\n'));
}

void BlogImportController::keepSecret()
{
    // The blog accepted it: keep it as a publish would.
    const Run &run = *m_run;
    if (!run.typed)
        return;
    if (!run.remember) {
        m_publish->setSessionSecret(run.target.id(), run.secret);
        return;
    }
    m_credentials->writeSecret(
        run.target.id(), run.secret, this,
        [publish = m_publish, key = run.target.id(), secret = run.secret](Result<void> saved) {
            if (!saved && publish)
                publish->setSessionSecret(key, secret);
        });
}

void BlogImportController::finish(PublishStatus::Outcome outcome, const QString &text, const QString &details)
{
    m_publish->statusWidget()->showResult(outcome, text, QUrl(), details);
    qCInfo(lcPublish) << "import ended:" << text;
    m_run.reset();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(outcome == PublishStatus::Outcome::Success);
}

void BlogImportController::cancel()
{
    // BlogPull writes nothing until the whole blog was read; stopping ends retries early.
    if (m_run && m_stop && m_watcher.isRunning()) {
        *m_stop = true;
        m_publish->statusWidget()->showCancelling();
    }
}

} // namespace Postwright
