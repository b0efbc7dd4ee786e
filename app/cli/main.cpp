#include "clicommands.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Postwright;

// postwright-cli: the headless face of postwright-core, for scripts and CI.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
    // Messages in the system's language (LANG, LANGUAGE), like other command-line tools.
    Translations::installUi();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Work with a Postwright blog from the command line."));
    // Whatever follows the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // Our own options rather than addHelpOption(): its --help-all lists Qt's options, which a
    // headless tool has no use for.
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("main", "Show the commands and options."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption quietOption(
        {QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("main", "Print no progress and no summary; errors still go to standard error."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("main", "build, check, publish: print one JSON document on standard output "
                                            "(see \"help COMMAND\")."));
    parser.addOptions({helpOption, versionOption, quietOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run, see below."),
                                 QStringLiteral("COMMAND [ARGUMENTS...]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliCommands commands(out, err, parser.helpText());
    // parse(), not process(): process() exits with 1 on a bad option, and 1 means "errors in
    // the blog" here.
    if (!parser.parse(QCoreApplication::arguments()))
        return commands.usageError(parser.errorText());
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return CliCommands::Success;
    }
    if (parser.isSet(helpOption))
        return commands.run({QStringLiteral("help")});
    commands.setQuiet(parser.isSet(quietOption));
    commands.setJson(parser.isSet(jsonOption));
    return commands.run(parser.positionalArguments());
}
