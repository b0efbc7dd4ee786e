#pragma once

#include "publish/blogpull.h"
#include "publish/publishstatus.h"
#include "publish/publishtargets.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QWidget;

namespace Postwright {

class CredentialStore;
class PublishController;

// Site ▸ Import Posts from Blog: asks which WordPress or Ghost target, gets its secret as a publish
// does (this session's memory, the keychain, else a prompt), reads the whole blog on a worker
// (BlogPull) and says in the publish status area how many posts it wrote. Posts already here are
// left alone; the tree picks the new files up by itself.
class BlogImportController final : public QObject
{
    Q_OBJECT

public:
    BlogImportController(CredentialStore *credentials, PublishController *publish, QWidget *window);
    ~BlogImportController() override;

    // Asks which target to import from (the blog's wordpress and ghost targets).
    void chooseAndImport(const QString &blogRoot);
    void importFrom(const QString &blogRoot, const PublishTarget &target);
    bool isRunning() const { return m_run.has_value(); }
    // The blog's targets a pull can read.
    static bool canImportFrom(const PublishTarget &target);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(bool imported);

private:
    struct Run
    {
        QString blogRoot;
        PublishTarget target;
        QString secret;
        bool typed = false;
        bool remember = false;
        bool storedRefused = false;
        QString keychainProblem;
    };
    struct Done
    {
        std::optional<TransportError> connectionError;
        PullReport report;
    };

    void askForSecret(const QString &problem);
    void start();
    void onDone();
    void keepSecret();
    void finish(PublishStatus::Outcome outcome, const QString &text, const QString &details = {});
    void cancel();

    CredentialStore *m_credentials;
    QPointer<PublishController> m_publish;
    QPointer<QWidget> m_window;
    std::optional<Run> m_run;
    std::shared_ptr<std::atomic_bool> m_stop;
    QFutureWatcher<std::shared_ptr<Done>> m_watcher;
};

} // namespace Postwright
