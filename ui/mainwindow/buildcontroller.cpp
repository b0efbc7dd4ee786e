#include "buildcontroller.h"

#include "site/buildsession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

BuildController::BuildController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BuildReport>::finished, this,
            [this] {
                const BuildReport report = m_watcher.result();
                Q_EMIT finished(report, report.outputPath);
            });
}

BuildController::~BuildController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool BuildController::start(const Blog &blog, const BuildOptions &options)
{
    if (isRunning())
        return false;
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
    return true;
}

} // namespace Postwright
