#pragma once

#include "blog/blog.h"
#include "site/buildoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Postwright {

class BuildSession;

// Runs a site build on a worker thread for the window: one build at a time, progress as a signal
// (throttled to whole percents), cancel, and the report when it is done. Builds of the same blog
// share a BuildSession, so the second build no longer reads the cache from disk.
class BuildController final : public QObject
{
    Q_OBJECT

public:
    explicit BuildController(QObject *parent = nullptr);
    ~BuildController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Returns false when a build is already running.
    bool start(const Blog &blog, const BuildOptions &options);
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Postwright::BuildReport &report, const QString &outputPath);

private:
    QFutureWatcher<BuildReport> m_watcher;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_lastPercent = -1;
    std::shared_ptr<BuildSession> m_session; // used by one worker at a time
    QString m_sessionRoot;
};

} // namespace Postwright
