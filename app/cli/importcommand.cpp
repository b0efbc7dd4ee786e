#include "clicommands.h"
#include "publish/wxrimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Postwright {

QList<QCommandLineOption> CliCommands::importOptions()
{
    return QList<QCommandLineOption>{
               {QStringLiteral("dry-run"), tr("Show which files would be written; write none.")}}
           + outputOptions(false);
}

int CliCommands::importWxr(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(importOptions());
    if (!parse(parser, "import-wxr", arguments))
        return usageError(parser.errorText());
    const QString dryRun = QStringLiteral("dry-run");
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(
            tr("The import-wxr command takes one EXPORT.xml file and at most one BLOG folder."));

    const QString exportPath = positional.at(0);
    if (!QFileInfo(exportPath).isFile()) {
        m_err << tr("%1: the file does not exist.").arg(exportPath) << u'\n';
        return UsageError;
    }
    const QString root = positional.value(1, QStringLiteral("."));
    WxrImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    const WxrImportReport report = WxrImport().importFile(exportPath, root, options);
    if (report.error) {
        m_err << report.error->toString() << u'\n' << tr("Nothing was written.") << u'\n';
        // A blog whose blog.yaml is broken is a content problem; a bad export or folder is wrong usage.
        const bool brokenBlog = report.error->file != exportPath &&
                                QFileInfo::exists(QDir(root).filePath(QStringLiteral("blog.yaml")));
        return brokenBlog ? ContentErrors : UsageError;
    }

    printWrittenFiles(root, options.dryRun, report.files, report.skippedReasons, report.problems,
                      report.warnings);
    // Spelled out: the CLI loads no translator, so %n plural forms would read "1 posts".
    if (options.dryRun) {
        info() << tr("Dry run: %1 posts and pages and %2 images would be written, %3 skipped; nothing was "
                    "written.")
                     .arg(report.created)
                     .arg(report.images)
                     .arg(report.skipped)
              << u'\n';
    } else {
        info() << tr("Imported %1: %2 posts and pages and %3 images written, %4 skipped.")
                     .arg(QFileInfo(exportPath).fileName())
                     .arg(report.created)
                     .arg(report.images)
                     .arg(report.skipped)
              << u'\n';
    }
    return report.problems.isEmpty() ? Success : ContentErrors;
}

} // namespace Postwright
