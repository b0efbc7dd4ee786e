#pragma once

#include "blog/sitelayout.h"
#include "site/buildoptions.h"
#include "util/sourceerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <span>

namespace Postwright {

class DeployPlan;
struct ExternalBuildOptions;
class PublishSession;
struct PublishTarget;

// The commands of postwright-cli, as a table of name, summary, example and handler, so a new
// command (build, publish) is one more row. Results go to `out`, problems to `err`, and each
// command returns the process exit code.
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
        const char *example;
        int (CliCommands::*handler)(const QStringList &arguments);
    };

    static std::span<const Command> commands();
    static const Command *find(const QString &name);
    static QString synopsis(const Command &command); // "render FILE"
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
    int watchBuild(const QString &root, BuildOptions options);
    int externalBuild(const QString &root, const ExternalBuildOptions &options, bool strict);
    void printExternalBuildReport(const BuildReport &report, const QString &root, SiteKind kind);
    int publish(const QStringList &arguments); // publishcommand.cpp
    // POSTWRIGHT_SECRET_<TARGET>, POSTWRIGHT_SECRET, else the keychain; nullopt when none could be
    // read, which is told on err when the secret is required.
    std::optional<QString> secretFor(const PublishTarget &target, bool required);
    int publishPosts(const PublishTarget &target, PublishSession &session, const DeployPlan &plan,
                     bool keepMine, bool keepWeb, const std::function<int(const QString &)> &failed);
    int pull(const QStringList &arguments); // pullcommand.cpp
    int importWxr(const QStringList &arguments); // importcommand.cpp

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_usage;
};

} // namespace Postwright
