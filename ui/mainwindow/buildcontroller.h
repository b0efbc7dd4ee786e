#pragma once

#include "blog/blog.h"
#include "site/buildoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Postwright {

class BuildSession;
class ExternalBuild;

// Runs a site build for the window, one at a time: a Hugo or Jekyll site with its own generator
// when ExternalBuildSettings says so (a child process, its output streamed line by line),
// anything else with Postwright's builder on a worker thread (progress throttled to whole
// percents). Both cancel, and both end with finished(). Builds of the same blog share a
// BuildSession, so the second built-in build no longer reads the cache from disk.
class BuildController final : public QObject
{
    Q_OBJECT

public:
    explicit BuildController(QObject *parent = nullptr);
    ~BuildController() override;

    bool isRunning() const;
    // Returns false when a build is already running; otherwise started() and, later (possibly at
    // once), finished() follow.
    bool start(const Blog &blog, const BuildOptions &options);
    void cancel();

    // Of the running or last build.
    bool usesGenerator() const { return m_usesGenerator; }
    // What builds: "hugo", "jekyll", or Postwright's theme, in words.
    QString builderName() const { return m_builderName; }
    // The generator's command line as it runs; empty for Postwright's builder.
    QString commandLine() const;
    bool wasCancelled() const { return m_cancelRequested; }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // A line the generator wrote (isError: on stderr), or a note about the build.
    void outputLine(const QString &line, bool isError);
    void finished(const Postwright::BuildReport &report, const QString &outputPath);

private:
    void startBuiltIn(const Blog &blog, const BuildOptions &options);
    void finishAtOnce(const BuildReport &report);

    QFutureWatcher<BuildReport> m_watcher;
    ExternalBuild *m_external = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_lastPercent = -1;
    std::shared_ptr<BuildSession> m_session; // used by one worker at a time
    QString m_sessionRoot;
    bool m_usesGenerator = false;
    bool m_cancelRequested = false;
    bool m_pending = false; // a build that ended before it began waits to report, queued
    QString m_builderName;
};

} // namespace Postwright
