#pragma once

#include "site/buildoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Postwright {

struct ExternalBuildOptions
{
    enum class Generator { Hugo, Jekyll };

    Generator generator = Generator::Hugo;
    QString siteRoot;
    // The generator's invocation up to its options, split with QProcess::splitCommand and run without a
    // shell; ExternalBuild appends --destination and the draft/future switches. Empty: "hugo" or
    // "jekyll build", found on PATH.
    QString command;
    QStringList extraArguments; // after ours, so they can override them (--destination included)
    bool drafts = false;
    bool future = false;
    std::chrono::milliseconds timeout{600000}; // then the build is stopped; zero: no limit
};

// Builds a Hugo or Jekyll site with the site's own generator, in its folder, as a child process: its
// output streamed line by line, its error messages turned into SourceErrors, its output folder
// detected from the site's configuration and passed to the generator so that it is certain.
//
// The generator runs with a small environment, not the app's: PATH, HOME, USER, LOGNAME, TMPDIR,
// GEM_HOME, GEM_PATH and XDG_CACHE_HOME pass through, the locale is C.UTF-8 (English messages for the parser,
// UTF-8 for Ruby), HUGO_ENVIRONMENT and JEKYLL_ENV are "production". For the default Jekyll command
// JEKYLL_NO_BUNDLER_REQUIRE=true makes Jekyll ignore a Gemfile: Debian's jekyll with the plugins
// Debian packages (ruby-jekyll-*) builds offline, while a Gemfile naming gems that are not installed
// (github-pages, say) would stop it with Bundler::GemNotFound. A site that needs its bundle sets the
// command to "bundle exec jekyll build". Neither --safe nor --disable-disk-cache is needed offline.
class ExternalBuild final : public QObject
{
    Q_OBJECT

public:
    using Generator = ExternalBuildOptions::Generator;

    explicit ExternalBuild(QObject *parent = nullptr);
    ~ExternalBuild() override; // stops a running build

    // Returns false when a build is already running; otherwise finished() follows (possibly at once).
    bool start(const ExternalBuildOptions &options);
    // start() and wait for finished() in a local event loop (for the CLI and tests).
    BuildReport run(const ExternalBuildOptions &options);
    bool isRunning() const { return m_running; }
    // The program and arguments of the running or last build, as a shell would show them; empty
    // when it could not start.
    QString commandLine() const { return m_commandLine; }
    // SIGTERM to the generator's process group, SIGKILL two seconds later; finished() reports it.
    void cancel();
    const BuildReport &report() const { return m_report; } // of the last finished build

    // "hugo", "jekyll build".
    static QString defaultCommand(Generator generator);
    // Absolute output folder the site's configuration names (Hugo: publishDir in hugo.toml, hugo.yaml,
    // hugo.json, config.toml, config.yaml, config.json, else public; Jekyll: destination in
    // _config.yml, else _site). A configuration that does not parse falls back to the default: the
    // generator reports the error itself.
    static QString detectOutputPath(Generator generator, const QString &siteRoot);

    // Lines of the site's own files the generator names in its output, with paths relative to
    // siteRoot when inside it. Liquid counts lines from the end of a file's front matter:
    // bodyLineOffset(absoluteFile) gives the number of lines to add (build() counts the front matter).
    using LineOffsetFunction = std::function<int(const QString &absoluteFile)>;
    static QList<SourceError> parseErrors(Generator generator, const QString &output, const QString &siteRoot,
                                          const LineOffsetFunction &bodyLineOffset = {});
    // Lines before the closing front matter delimiter of a file (0 without front matter).
    static int frontMatterLineCount(const QString &absoluteFile);

Q_SIGNALS:
    void outputLine(const QString &line, bool isError);
    void finished(const Postwright::BuildReport &report);

private:
    void readChannel(QProcess::ProcessChannel channel, bool flush = false);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finish(BuildReport report);
    void signalGroup(int signal);
    QProcessEnvironment environment(bool defaultCommand) const;

    struct FileStamp
    {
        qint64 size = 0;
        qint64 modified = 0;
        bool operator==(const FileStamp &) const = default;
    };
    static QHash<QString, FileStamp> listOutput(const QString &outputPath);

    ExternalBuildOptions m_options;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QTimer m_killTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_pending[2]; // a line not yet ended, per channel
    QStringList m_lines;     // stdout and stderr in the order they arrived, for the parser
    qsizetype m_retained = 0;
    QString m_outputPath;
    QString m_commandLine;
    QHash<QString, FileStamp> m_before;
    BuildReport m_report;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

} // namespace Postwright
