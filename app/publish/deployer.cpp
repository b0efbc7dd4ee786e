#include "publish/deployer.h"

#include <QThread>

namespace Postwright {

void Deployer::start(const DeployPlan &plan)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, plan] {
        const DeployReport report = run(plan);
        Q_EMIT finished(report);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_running = true;
    m_thread->start();
}

void Deployer::stopThread()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

} // namespace Postwright
