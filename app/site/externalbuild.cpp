#include "externalbuild.h"

#include "util/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <unistd.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString generatorName(ExternalBuild::Generator generator)
{
    return generator == ExternalBuild::Generator::Hugo ? u"hugo"_s : u"jekyll"_s;
}

constexpr qsizetype MaxRetainedChars = 4 * 1024 * 1024; // of output kept for the parser
constexpr int KillDelayMs = 2000;                       // between SIGTERM and SIGKILL

} // namespace

ExternalBuild::ExternalBuild(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        signalGroup(SIGTERM);
        m_killTimer.start();
    });
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(KillDelayMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

ExternalBuild::~ExternalBuild()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    signalGroup(SIGKILL);
    m_process->waitForFinished(KillDelayMs);
}

QString ExternalBuild::defaultCommand(Generator generator)
{
    return generator == Generator::Hugo ? u"hugo"_s : u"jekyll build"_s;
}

bool ExternalBuild::start(const ExternalBuildOptions &options)
{
    if (m_running)
        return false;
    m_options = options;
    m_running = true;
    m_cancelled = false;
    m_timedOut = false;
    m_pending[0].clear();
    m_pending[1].clear();
    m_lines.clear();
    m_retained = 0;
    m_report = {};
    m_commandLine.clear();
    m_elapsed.start();

    const QString name = generatorName(options.generator);
    const bool isDefault = options.command.trimmed().isEmpty();
    const QString command = isDefault ? defaultCommand(options.generator) : options.command;
    QStringList arguments = QProcess::splitCommand(command);
    const auto fail = [this](const QString &message) {
        BuildReport report;
        report.fatal = true;
        report.errors.append({QString(), 0, 0, message});
        finish(report);
        return true;
    };
    if (!QFileInfo(options.siteRoot).isDir())
        return fail(tr("The site folder %1 does not exist.").arg(QDir::toNativeSeparators(options.siteRoot)));
    if (arguments.isEmpty())
        return fail(tr("The build command is empty."));

    const QString root = QDir(options.siteRoot).absolutePath();
    const QString programName = arguments.takeFirst();
    const QString program = programName.contains(u'/') ? QDir(root).absoluteFilePath(programName)
                                                       : QStandardPaths::findExecutable(programName);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        if (isDefault)
            return fail(tr("%1 is not installed; install the Debian package %1 (apt-get install %1), or set "
                           "the site's build command to the generator you use.")
                            .arg(name));
        return fail(tr("The build command \"%1\" cannot run: %2 is not installed or not on PATH.")
                        .arg(command, programName));
    }

    m_outputPath = detectOutputPath(options.generator, root);
    // The generators take the last --destination given: one among the extra arguments wins.
    for (qsizetype i = 0; i < options.extraArguments.size(); ++i) {
        const QString &argument = options.extraArguments.at(i);
        if ((argument == u"--destination" || (argument == u"-d" && options.generator == Generator::Hugo)) &&
            i + 1 < options.extraArguments.size())
            m_outputPath = QDir::cleanPath(QDir(root).absoluteFilePath(options.extraArguments.at(++i)));
        else if (argument.startsWith(u"--destination="))
            m_outputPath = QDir::cleanPath(QDir(root).absoluteFilePath(argument.section(u'=', 1)));
    }
    // The detected folder goes to the generator explicitly, so the report names the folder it wrote.
    arguments << u"--destination"_s << m_outputPath;
    if (options.drafts)
        arguments << (options.generator == Generator::Hugo ? u"--buildDrafts"_s : u"--drafts"_s);
    if (options.future)
        arguments << (options.generator == Generator::Hugo ? u"--buildFuture"_s : u"--future"_s);
    arguments << options.extraArguments;
    m_before = listOutput(m_outputPath);
    QStringList shown{QDir::toNativeSeparators(programName)};
    for (const QString &argument : std::as_const(arguments))
        shown.append(argument.contains(u' ') || argument.isEmpty() ? u'"' + argument + u'"' : argument);
    m_commandLine = shown.join(u' ');

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(root);
    m_process->setProcessEnvironment(environment(isDefault));
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A process group of its own: cancel reaches what the generator started (bundle exec, a shell),
    // and the terminal's Ctrl+C goes to the CLI, which decides.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ExternalBuild::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ExternalBuild::onErrorOccurred);
    connect(m_process, &QProcess::started, this, [this] {
        if (m_cancelled)
            signalGroup(SIGTERM);
    });
    qCDebug(lcBuild) << "external build:" << program << arguments << "in" << root;
    if (options.timeout.count() > 0)
        m_timeout.start(options.timeout);
    m_process->start();
    return true;
}

BuildReport ExternalBuild::run(const ExternalBuildOptions &options)
{
    QEventLoop loop;
    connect(this, &ExternalBuild::finished, &loop, &QEventLoop::quit);
    if (!start(options)) {
        BuildReport report;
        report.fatal = true;
        report.errors.append({QString(), 0, 0, tr("A build of this site is already running.")});
        return report;
    }
    if (m_running)
        loop.exec();
    return m_report;
}

void ExternalBuild::cancel()
{
    if (!m_running || !m_process || m_cancelled)
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    m_killTimer.start();
}

void ExternalBuild::signalGroup(int signal)
{
    const qint64 pid = m_process ? m_process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), signal);
}

QProcessEnvironment ExternalBuild::environment(bool defaultCommand) const
{
    const QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : {u"PATH"_s, u"HOME"_s, u"USER"_s, u"LOGNAME"_s, u"TMPDIR"_s, u"GEM_HOME"_s,
                                u"GEM_PATH"_s, u"XDG_CACHE_HOME"_s}) {
        if (inherited.contains(name))
            env.insert(name, inherited.value(name));
    }
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    if (m_options.generator == Generator::Hugo) {
        env.insert(u"HUGO_ENVIRONMENT"_s, u"production"_s);
    } else {
        env.insert(u"JEKYLL_ENV"_s, u"production"_s);
        if (defaultCommand)
            env.insert(u"JEKYLL_NO_BUNDLER_REQUIRE"_s, u"true"_s);
    }
    return env;
}

void ExternalBuild::readChannel(QProcess::ProcessChannel channel, bool flush)
{
    if (!m_process)
        return;
    const bool isError = channel == QProcess::StandardError;
    QByteArray &pending = m_pending[isError ? 1 : 0];
    pending += isError ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    static const QRegularExpression ansi(u"\x1B\\[[0-9;?]*[ -/]*[@-~]"_s);
    qsizetype start = 0;
    while (start < pending.size()) {
        qsizetype end = pending.indexOf('\n', start);
        if (end < 0) {
            if (!flush)
                break;
            end = pending.size();
        }
        QByteArray bytes = pending.mid(start, end - start);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QString line = QString::fromUtf8(bytes);
        line.remove(ansi);
        start = end + 1;
        if (m_retained < MaxRetainedChars) {
            m_retained += line.size();
            m_lines.append(line);
        }
        Q_EMIT outputLine(line, isError);
    }
    pending.remove(0, qMin(start, pending.size()));
}

void ExternalBuild::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    BuildReport report;
    report.fatal = true;
    report.errors.append(
        {QString(), 0, 0,
         tr("%1 could not be started: %2")
             .arg(QDir::toNativeSeparators(m_process->program()), m_process->errorString())});
    finish(report);
}

void ExternalBuild::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readChannel(QProcess::StandardOutput, true);
    readChannel(QProcess::StandardError, true);
    if (m_cancelled || m_timedOut)
        signalGroup(SIGKILL); // what the generator started and left behind

    const QString name = generatorName(m_options.generator);
    BuildReport report;
    report.outputPath = m_outputPath;
    report.errors = parseErrors(m_options.generator, m_lines.join(u'\n'), m_options.siteRoot,
                                &ExternalBuild::frontMatterLineCount);
    if (m_cancelled) {
        report.fatal = true;
        report.errors.append({QString(), 0, 0, tr("The build was cancelled; run it again to finish.")});
    } else if (m_timedOut) {
        report.fatal = true;
        report.errors.append({QString(), 0, 0,
                              tr("%1 did not finish within %2 seconds and was stopped.")
                                  .arg(name)
                                  .arg(m_options.timeout.count() / 1000.0)});
    } else if (status != QProcess::NormalExit) {
        report.fatal = true;
        report.errors.append({QString(), 0, 0, tr("%1 crashed.").arg(name)});
    } else if (exitCode != 0) {
        report.fatal = true;
        if (report.errors.isEmpty()) {
            report.errors.append(
                {QString(), 0, 0,
                 tr("%1 failed with exit code %2; see its output.").arg(name).arg(exitCode)});
        }
    }
    report.outputComplete = !report.fatal;

    const QHash<QString, FileStamp> after = listOutput(m_outputPath);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto before = m_before.constFind(it.key());
        if (before != m_before.cend() && *before == it.value())
            ++report.unchanged;
        else
            report.written.append(it.key());
    }
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (!after.contains(it.key()))
            report.removed.append(it.key());
    }
    report.written.sort();
    report.removed.sort();
    qCDebug(lcBuild) << "external build finished:" << name << exitCode << status << report.errors.size()
                     << "errors";
    finish(report);
}

void ExternalBuild::finish(BuildReport report)
{
    m_timeout.stop();
    m_killTimer.stop();
    report.elapsedMs = m_elapsed.elapsed();
    m_report = std::move(report);
    m_before.clear();
    m_running = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT finished(m_report);
}

QHash<QString, ExternalBuild::FileStamp> ExternalBuild::listOutput(const QString &outputPath)
{
    // Size and modification time stand in for "bytes changed": the generators rewrite what they
    // write, and reading every output twice would cost more than the build.
    QHash<QString, FileStamp> files;
    const QDir root(outputPath);
    QDirIterator it(outputPath, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(root.relativeFilePath(info.filePath()),
                     {info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

} // namespace Postwright
