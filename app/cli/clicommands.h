#pragma once

#include "blog/sitelayout.h"
#include "site/buildoptions.h"
#include "util/sourceerror.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace Postwright {

class DeployPlan;
struct DeployReport;
struct ExternalBuildOptions;
class PublishSession;
struct PublishTarget;

// The commands of postwright-cli, as a table of name, summary, options, exit codes, examples and
// handler, so a new command is one more row and its help is always complete. Results go to `out`,
// problems to `err`, progress to info() (silent with --quiet; on `err` with --json, where `out`
// carries one JSON document only), and each command returns the process exit code.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::CliCommands)

public:
    // What scripts can rely on.
    enum ExitCode : int {
        Success = 0,
        ContentErrors = 1, // the command ran and found errors in the blog's files
        UsageError = 2,    // wrong arguments, or a file or folder that does not exist
        NetworkError = 3,  // publishing failed: connection, login, host key, missing secret
    };

    // usage: the global part of the help (usage line, options), shown above the commands.
    CliCommands(QTextStream &out, QTextStream &err, QString usage);
    ~CliCommands();

    // The global --quiet and --json, before the command name; a command's own ones count as well.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void setJson(bool json) { m_json = json; }

    // arguments: the command's name, then its own arguments.
    int run(const QStringList &arguments);
    // Says what is wrong and how to get help; returns UsageError.
    int usageError(const QString &message);
    // Says why BLOG could not be opened; returns ContentErrors or UsageError.
    int blogError(const QString &root, const SourceError &error);

private:
    struct Command
    {
        const char *name;
        const char *arguments; // as the help shows them: "FILE", "[BLOG]"
        const char *summary;   // marked for translation, translated when shown
        const char *exitCodes; // marked for translation: which codes the command returns, and when
        const char *examples;  // one command line per line, the first shown in the overview
        const char *jsonSchema; // the --json document's fields; nullptr: the command has no --json
        QList<QCommandLineOption> (*options)(); // the command's own options, for its parser and help
        int (CliCommands::*handler)(const QStringList &arguments);
    };

    static std::span<const Command> commands();
    static const Command *find(const QString &name);
    static QString synopsis(const Command &command); // "render FILE"
    static QString closestCommand(const QString &name);
    static QString optionsHelp(const QList<QCommandLineOption> &options);
    // --quiet, and --json when the command has it.
    static QList<QCommandLineOption> outputOptions(bool json);
    static QList<QCommandLineOption> buildOptions();
    static QList<QCommandLineOption> checkOptions();
    static QList<QCommandLineOption> publishOptions();
    static QList<QCommandLineOption> pullOptions();
    static QList<QCommandLineOption> importOptions();
    // Parses a command's arguments with its options (and takes in --quiet and --json); false on a
    // usage error, told by the caller with usageError(parser.errorText()).
    bool parse(QCommandLineParser &parser, const char *command, const QStringList &arguments);
    // Where progress and summaries go: nowhere with --quiet, stderr with --json, else stdout.
    QTextStream &info();
    // Tells err, and the --json document's "errors"; returns code.
    int fail(int code, const SourceError &error);
    int fail(int code, const QString &message) { return fail(code, SourceError{{}, 0, 0, message}); }
    static QJsonObject errorJson(const SourceError &error);
    QJsonObject buildJson(const BuildReport &report, const QString &root, const QString &generator) const;
    void writeJson(const Command &command, int exitCode);
    // A blog-relative path the way the user can open it from where they ran the command: below the
    // blog folder exactly as they typed it, like a compiler prints the paths it was given.
    static QString pathAsGiven(const QString &blogArgument, const QString &relativePath);
    QString helpText() const;
    QString commandHelp(const Command &command) const;

    int help(const QStringList &arguments);
    int render(const QStringList &arguments);
    int check(const QStringList &arguments);
    int build(const QStringList &arguments); // buildcommand.cpp
    void printBuildReport(const BuildReport &report, const QString &root);
    // A blog-relative error file as the user gave the blog (pathAsGiven); absolute ones unchanged.
    static SourceError asGiven(const QString &root, SourceError error);
    int watchBuild(const QString &root, BuildOptions options);
    int externalBuild(const QString &root, const ExternalBuildOptions &options, bool strict);
    void printExternalBuildReport(const BuildReport &report, const QString &root, SiteKind kind);
    int publish(const QStringList &arguments); // publishcommand.cpp
    // POSTWRIGHT_SECRET_<TARGET>, POSTWRIGHT_SECRET, else the keychain; nullopt when none could be
    // read, which is told on err when the secret is required.
    std::optional<QString> secretFor(const PublishTarget &target, bool required);
    int publishPosts(const PublishTarget &target, PublishSession &session, const DeployPlan &plan,
                     bool keepMine, bool keepWeb, const std::function<int(const QString &)> &failed);
    void addDeployJson(const DeployReport &report); // uploaded, deleted, failures…
    int pull(const QStringList &arguments); // pullcommand.cpp
    // What pull and import-wxr wrote (or would write), skipped, could not write, and warn about.
    void printWrittenFiles(const QString &root, bool dryRun, const QStringList &files,
                           const QStringList &skippedReasons, const QList<SourceError> &problems,
                           const QStringList &warnings);
    int importWxr(const QStringList &arguments); // importcommand.cpp

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_usage;
    std::unique_ptr<QIODevice> m_nullDevice;
    QTextStream m_null;
    bool m_quiet = false;
    bool m_json = false;
    QJsonObject m_report; // the --json document, filled in by the command
    QStringList m_secrets; // never written into the --json document, whatever a message says
};

} // namespace Postwright
