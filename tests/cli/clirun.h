#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Postwright::Test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed or hung
    QString out;
    QString err;
};

// Runs the real postwright-cli (POSTWRIGHT_CLI_PATH) to the end, as a script would.
inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(POSTWRIGHT_CLI_PATH), arguments);
    CliRun run;
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Postwright::Test
