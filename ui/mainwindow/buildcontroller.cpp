#include "buildcontroller.h"

#include "site/buildsession.h"
#include "site/externalbuild.h"
#include "site/externalbuildsettings.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

BuildController::BuildController(QObject *parent)
    : QObject(parent)
    , m_external(new ExternalBuild(this))
{
    connect(&m_watcher, &QFutureWatcher<BuildReport>::finished, this, [this] {
        const BuildReport report = m_watcher.result();
        Q_EMIT finished(report, report.outputPath);
    });
    connect(m_external, &ExternalBuild::outputLine, this, &BuildController::outputLine);
    connect(m_external, &ExternalBuild::finished, this, [this](const BuildReport &report) {
        if (!m_pending) // else it ended inside start(), which reports it
            Q_EMIT finished(report, report.outputPath);
    });
}

BuildController::~BuildController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    // m_external stops its generator when it is destroyed with this object.
}

bool BuildController::isRunning() const
{
    return m_pending || m_watcher.isRunning() || m_external->isRunning();
}

QString BuildController::commandLine() const
{
    return m_usesGenerator ? m_external->commandLine() : QString();
}

bool BuildController::start(const Blog &blog, const BuildOptions &options)
{
    if (isRunning())
        return false;
    m_cancelRequested = false;
    const ExternalBuildSettings::Choice choice = ExternalBuildSettings::choose(blog.layout());
    m_usesGenerator = choice.hasGenerator && choice.useGenerator && !choice.error;
    m_builderName = m_usesGenerator ? ExternalBuildSettings::generatorName(blog.kind())
                                    : tr("Postwright\u2019s theme");
    if (choice.error) {
        // postwright.yaml does not parse: which builder it meant is unknown, so none runs.
        BuildReport report;
        report.fatal = true;
        report.errors.append(*choice.error);
        Q_EMIT started();
        finishAtOnce(report);
        return true;
    }
    if (!m_usesGenerator) {
        Q_EMIT started();
        if (!choice.builtInReason.isEmpty())
            Q_EMIT outputLine(tr("Building with Postwright\u2019s theme: %1").arg(choice.builtInReason),
                              false);
        startBuiltIn(blog, options);
        return true;
    }
    ExternalBuildOptions external = choice.options;
    external.drafts = options.includeDrafts;
    external.future = options.includeFuture;
    // started() after the process is set up, so that commandLine() says what runs; a generator
    // that cannot start reports at once, from inside start().
    m_pending = true;
    if (!m_external->start(external)) {
        m_pending = false;
        return false;
    }
    Q_EMIT started();
    if (m_external->isRunning())
        m_pending = false;
    else
        finishAtOnce(m_external->report());
    return true;
}

void BuildController::startBuiltIn(const Blog &blog, const BuildOptions &options)
{
    m_cancel = false;
    m_lastPercent = -1;
    if (!m_session || m_sessionRoot != blog.rootPath()) {
        m_session = std::make_shared<BuildSession>(blog.rootPath());
        m_sessionRoot = blog.rootPath();
    }
    // Called on worker threads; the signal is queued to the window's thread.
    auto reportProgress = [this](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        if (m_lastPercent.exchange(percent) != percent)
            Q_EMIT progress(done, total);
    };
    m_watcher.setFuture(QtConcurrent::run([session = m_session, options, reportProgress, cancel = &m_cancel] {
        BuildReport report = session->build(options, reportProgress, cancel);
        const Result<void> saved = session->saveCache();
        if (!saved)
            report.warnings.append(saved.error());
        return report;
    }));
}

void BuildController::finishAtOnce(const BuildReport &report)
{
    // Queued, as every other end of a build is: the caller finishes starting first.
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this, report] {
            m_pending = false;
            Q_EMIT finished(report, report.outputPath);
        },
        Qt::QueuedConnection);
}

void BuildController::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    if (m_usesGenerator)
        m_external->cancel();
    else
        m_cancel = true;
}

} // namespace Postwright
