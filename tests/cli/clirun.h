#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

namespace Postwright::Test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed or hung
    QString out;
    QString err;
};

// Runs the real postwright-cli (POSTWRIGHT_CLI_PATH) to the end, as a script would; environment:
// variables to set on top of the test's own.
inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {},
                     const QList<std::pair<QString, QString>> &environment = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(POSTWRIGHT_CLI_PATH), arguments);
    CliRun run;
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A command's --json output, which must be one JSON object; otherwise `why` says what is wrong
// and holds the output.
inline QJsonObject parseJson(const QString &out, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        *why = error.errorString() + QStringLiteral(":\n") + out;
    return document.object();
}

} // namespace Postwright::Test
