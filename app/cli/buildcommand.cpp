#include "clicommands.h"

#include "blog/blog.h"
#include "blog/blogwatcher.h"
#include "blog/sitelayout.h"
#include "site/buildsession.h"
#include "site/externalbuild.h"
#include "site/externalbuildsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Postwright {

namespace {

// Ctrl+C (or a service manager's SIGTERM) ends --watch through the event loop, so the build cache
// is saved first: the signal handler only writes a byte to a socket the loop listens to.
int signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalSockets[0], &byte, 1);
}

} // namespace

QList<QCommandLineOption> CliCommands::buildOptions()
{
    return QList<QCommandLineOption>{
               {QStringLiteral("out"), tr("Write the site to DIR."), QStringLiteral("DIR")},
               {QStringLiteral("drafts"), tr("Include drafts.")},
               {QStringLiteral("future"), tr("Include posts dated in the future.")},
               {QStringLiteral("clean"), tr("Forget the build cache and render everything.")},
               {QStringLiteral("strict"), tr("Fail (exit code 1) when any post has an error.")},
               {QStringLiteral("watch"), tr("Keep running and build again whenever a file of the blog changes.")}}
           + outputOptions(true);
}

int CliCommands::build(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(buildOptions());
    if (!parse(parser, "build", arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("The build command takes at most one BLOG folder."));
    const QString out = QStringLiteral("out");
    const QString drafts = QStringLiteral("drafts");
    const QString future = QStringLiteral("future");
    const QString clean = QStringLiteral("clean");
    const QString strict = QStringLiteral("strict");
    const QString watch = QStringLiteral("watch");
    if (m_json && parser.isSet(watch))
        return usageError(tr("--json and --watch cannot be combined: --watch never ends."));

    const QString root = parser.positionalArguments().value(0, QStringLiteral("."));
    m_report.insert(QStringLiteral("blog"), root);
    // A Hugo or Jekyll site is built by its own generator when it is installed, with the command
    // postwright.yaml names (not with --watch, which stays with Postwright's builder); without it,
    // or with `build: generator: false`, Postwright's builder reads the site.
    const ExternalBuildSettings::Choice choice = ExternalBuildSettings::choose(root);
    if (choice.hasGenerator && !parser.isSet(watch)) {
        if (choice.error) {
            SourceError error = *choice.error;
            if (QFileInfo(error.file).isAbsolute())
                error.file = pathAsGiven(root, QDir(choice.layout.root).relativeFilePath(error.file));
            return fail(ContentErrors, error);
        }
        if (choice.useGenerator) {
            ExternalBuildOptions external = choice.options;
            external.drafts = parser.isSet(drafts);
            external.future = parser.isSet(future);
            if (parser.isSet(out))
                external.extraArguments = {QStringLiteral("--destination"),
                                           QDir(parser.value(out)).absolutePath()};
            return externalBuild(root, external, parser.isSet(strict));
        }
        (m_quiet ? m_null : m_err) << tr("note: building the %1 site with Postwright's own builder: %2")
                     .arg(SiteLayout::kindName(choice.layout.kind), choice.builtInReason)
              << u'\n';
    }
    const Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blogError(root, blog.error());
    BuildOptions options;
    options.outputPath = parser.value(out);
    options.includeDrafts = parser.isSet(drafts);
    options.includeFuture = parser.isSet(future);
    options.clean = parser.isSet(clean);
    options.strict = parser.isSet(strict);
    if (parser.isSet(watch))
        return watchBuild(root, options);

    BuildSession session(root);
    const BuildReport report = session.build(options);
    const Result<void> saved = session.saveCache();
    if (!saved)
        m_err << tr("warning: %1").arg(saved.error().toString()) << u'\n';
    printBuildReport(report, root);
    if (m_json) {
        const QJsonObject fields = buildJson(report, root, QStringLiteral("postwright"));
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_report.insert(it.key(), it.value());
    }
    return report.failed(options.strict) ? ContentErrors : Success;
}

QJsonObject CliCommands::buildJson(const BuildReport &report, const QString &root, const QString &generator) const
{
    QJsonArray errors;
    for (const SourceError &error : report.errors)
        errors.append(errorJson(asGiven(root, error)));
    QJsonArray warnings;
    for (const SourceError &warning : report.warnings)
        warnings.append(errorJson(asGiven(root, warning)));
    const auto pages = std::ranges::count_if(report.written, [](const QString &file) {
        return file.endsWith(u".html") || file.endsWith(u".htm");
    });
    return {{QStringLiteral("generator"), generator},
            {QStringLiteral("output"), report.outputPath},
            {QStringLiteral("fatal"), report.fatal},
            {QStringLiteral("posts"), report.posts},
            {QStringLiteral("pagesWritten"), qint64(pages)},
            {QStringLiteral("filesWritten"), int(report.written.size())},
            {QStringLiteral("filesUnchanged"), report.unchanged},
            {QStringLiteral("filesRemoved"), int(report.removed.size())},
            {QStringLiteral("durationMs"), report.elapsedMs},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings}};
}

void CliCommands::printBuildReport(const BuildReport &report, const QString &root)
{
    for (const SourceError &error : report.errors)
        m_err << asGiven(root, error).toString() << u'\n';
    for (const SourceError &warning : report.warnings)
        m_err << tr("warning: %1").arg(asGiven(root, warning).toString()) << u'\n';
    if (report.fatal && report.outputPath.isEmpty()) {
        m_err << tr("Nothing was built.") << u'\n';
        m_out.flush();
        m_err.flush();
        return;
    }
    info() << tr("Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).")
                 .arg(report.posts)
                 .arg(QDir::toNativeSeparators(report.outputPath))
                 .arg(report.written.size())
                 .arg(report.unchanged)
                 .arg(report.removed.size())
                 .arg(report.errors.size())
                 .arg(report.elapsedMs)
          << u'\n';
    info().flush();
    m_err.flush();
}

int CliCommands::externalBuild(const QString &root, const ExternalBuildOptions &options, bool strict)
{
    ExternalBuild build;
    QObject::connect(&build, &ExternalBuild::outputLine, &build, [this](const QString &line, bool isError) {
        QTextStream &stream = isError ? m_err : info();
        stream << line << u'\n';
        stream.flush();
    });
    // The generator runs in a process group of its own, out of reach of the terminal's Ctrl+C:
    // the CLI passes it on as a cancel, which stops the generator and what it started.
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets);
    QSocketNotifier interrupted(signalSockets[1], QSocketNotifier::Read);
    QObject::connect(&interrupted, &QSocketNotifier::activated, &build, [&build] { build.cancel(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    const BuildReport report = build.run(options);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);

    const bool hugo = options.generator == ExternalBuildOptions::Generator::Hugo;
    printExternalBuildReport(report, root, hugo ? SiteKind::Hugo : SiteKind::Jekyll);
    if (m_json) {
        const QJsonObject fields =
            buildJson(report, root, hugo ? QStringLiteral("hugo") : QStringLiteral("jekyll"));
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_report.insert(it.key(), it.value());
    }
    return report.failed(strict) ? ContentErrors : Success;
}

void CliCommands::printExternalBuildReport(const BuildReport &report, const QString &root, SiteKind kind)
{
    for (const SourceError &error : report.errors)
        m_err << asGiven(root, error).toString() << u'\n';
    const QString name = SiteLayout::kindName(kind);
    if (report.fatal) {
        m_err << tr("%1 could not build the site.").arg(name) << u'\n';
    } else {
        info() << tr("Built with %1 into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).")
                     .arg(name, QDir::toNativeSeparators(report.outputPath))
                     .arg(report.written.size())
                     .arg(report.unchanged)
                     .arg(report.removed.size())
                     .arg(report.errors.size())
                     .arg(report.elapsedMs)
              << u'\n';
    }
    info().flush();
    m_err.flush();
}

int CliCommands::watchBuild(const QString &root, BuildOptions options)
{
    BuildSession session(root);
    // Watching starts before the first build reads the folder, so no change falls in between.
    const QString output = options.outputPath.isEmpty() ? QDir(root).filePath(QStringLiteral("public"))
                                                        : options.outputPath;
    BlogWatcher watcher(root, QDir(output).absolutePath());
    if (!watcher.isComplete())
        m_err << tr("warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); "
                    "some changes may need another save to be seen.")
              << u'\n';
    const auto buildOnce = [&] {
        options.now = QDateTime::currentDateTimeUtc(); // a scheduled post goes out when its time comes
        session.setWatched(watcher.isComplete());
        const BuildReport report = session.build(options);
        printBuildReport(report, root);
        options.clean = false; // --clean means the first build only
    };
    buildOnce();

    // Saving the cache of a large blog takes longer than rebuilding one post: do it when the
    // writer pauses, and on the way out.
    QTimer saveTimer;
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(2000);
    QObject::connect(&saveTimer, &QTimer::timeout, &watcher, [&] {
        const Result<void> saved = session.saveCache();
        if (!saved)
            m_err << tr("warning: %1").arg(saved.error().toString()) << u'\n';
    });
    QObject::connect(&watcher, &BlogWatcher::changed, &watcher, [&](const QStringList &paths) {
        info() << tr("Changed: %1").arg(paths.size() == 1 ? QDir::toNativeSeparators(paths.first())
                                                          : tr("%n files", nullptr, int(paths.size())))
              << u'\n';
        session.noteChanged(paths);
        buildOnce();
        saveTimer.start();
    });
    saveTimer.start();

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets);
    QSocketNotifier interrupted(signalSockets[1], QSocketNotifier::Read);
    QObject::connect(&interrupted, &QSocketNotifier::activated, &watcher, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    info() << tr("Watching %1 for changes (%n files and folders); press Ctrl+C to stop.", nullptr,
                watcher.watchedCount())
                 .arg(QDir::toNativeSeparators(QDir(root).absolutePath()))
          << u'\n';
    info().flush();
    QCoreApplication::exec();

    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    const Result<void> saved = session.saveCache();
    if (!saved)
        m_err << tr("warning: %1").arg(saved.error().toString()) << u'\n';
    info() << tr("Stopped watching.") << u'\n';
    return Success;
}

} // namespace Postwright
