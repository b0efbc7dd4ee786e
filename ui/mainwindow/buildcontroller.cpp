#include "buildcontroller.h"

#include "site/sitebuilder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

BuildController::BuildController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BuildReport>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result(), m_outputPath); });
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
    auto builder = std::make_shared<SiteBuilder>(blog, options);
    m_outputPath = builder->outputPath();
    builder->setCancelFlag(&m_cancel);
    // Called on worker threads; the signal is queued to the window's thread.
    builder->setProgressFunction([this](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        if (m_lastPercent.exchange(percent) != percent)
            Q_EMIT progress(done, total);
    });
    m_watcher.setFuture(QtConcurrent::run([builder] { return builder->build(); }));
    return true;
}

} // namespace Postwright
