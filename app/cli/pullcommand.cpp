#include "blog/blog.h"
#include "clicommands.h"
#include "publish/blogapis.h"
#include "publish/blogpull.h"
#include "publish/publishsession.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

namespace Postwright {

namespace {

QString listableTargets(const PublishTargets &targets)
{
    QStringList names;
    for (const PublishTarget &target : targets.targets) {
        if (target.type == PublishTarget::Type::WordPress || target.type == PublishTarget::Type::Ghost)
            names.append(QStringLiteral("%1 (%2)").arg(target.name, PublishTarget::typeName(target.type)));
    }
    return names.join(QStringLiteral(", "));
}

// Whether the target's API can list the blog's posts; building one needs no secret and sends nothing.
bool canPull(const PublishTarget &target)
{
    if (!target.isBlogApi())
        return false;
    const std::unique_ptr<BlogApi> api = makeBlogApi(target, {});
    return api && api->canList();
}

} // namespace

QList<QCommandLineOption> CliCommands::pullOptions()
{
    return QList<QCommandLineOption>{
               {QStringLiteral("target"), tr("Pull from the target called NAME in blog.yaml."), QStringLiteral("NAME")},
               {QStringLiteral("dry-run"), tr("Show which files would be written; write none.")},
               {QStringLiteral("overwrite"), tr("Replace local posts that are already there with the blog's version.")}}
           + outputOptions(false);
}

void CliCommands::printWrittenFiles(const QString &root, bool dryRun, const QStringList &files,
                                    const QStringList &skippedReasons, const QList<SourceError> &problems,
                                    const QStringList &warnings)
{
    for (const QString &file : files)
        info() << (dryRun ? tr("would write %1") : tr("wrote %1")).arg(pathAsGiven(root, file)) << u'\n';
    for (const QString &reason : skippedReasons)
        info() << reason << u'\n';
    for (const SourceError &problem : problems)
        m_err << asGiven(root, problem).toString() << u'\n';
    for (const QString &warning : warnings)
        m_err << tr("warning: %1").arg(warning) << u'\n';
}

int CliCommands::pull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(pullOptions());
    if (!parse(parser, "pull", arguments))
        return usageError(parser.errorText());
    const QString targetOption = QStringLiteral("target");
    const QString dryRun = QStringLiteral("dry-run");
    const QString overwrite = QStringLiteral("overwrite");
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("The pull command takes at most one BLOG folder."));

    const QString root = parser.positionalArguments().value(0, QStringLiteral("."));
    const Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blogError(root, blog.error());
    const Result<PublishTargets> targets = PublishSession::readTargets(root);
    if (!targets) {
        m_err << targets.error().toString() << u'\n';
        return ContentErrors;
    }

    // --target NAME; else the default target when it is a blog to pull from; else the only such target.
    const PublishTarget *target = nullptr;
    if (parser.isSet(targetOption)) {
        target = targets.value().find(parser.value(targetOption));
        if (!target) {
            m_err << tr("blog.yaml has no publish target \u201c%1\u201d.").arg(parser.value(targetOption))
                  << u'\n';
            return UsageError;
        }
    } else if (const PublishTarget *fallback = targets.value().defaultTarget();
               fallback && canPull(*fallback)) {
        target = fallback;
    } else {
        for (const PublishTarget &candidate : targets.value().targets) {
            if (!canPull(candidate))
                continue;
            if (target) {
                return usageError(
                    tr("blog.yaml has several blogs to pull from; choose one with --target NAME: %1.")
                        .arg(listableTargets(targets.value())));
            }
            target = &candidate;
        }
        if (!target) {
            return usageError(tr("%1 has no WordPress or Ghost publish target to pull from. Add one to its "
                                 "\u201cpublish:\u201d section.")
                                  .arg(pathAsGiven(root, QStringLiteral("blog.yaml"))));
        }
    }
    if (!canPull(*target)) {
        return usageError(
            tr("Posts can be pulled from WordPress and Ghost targets only; \u201c%1\u201d is a %2 "
               "target.")
                .arg(target->name, PublishTarget::typeName(target->type)));
    }

    const std::optional<QString> secret = secretFor(*target, true);
    if (!secret)
        return NetworkError;

    const std::unique_ptr<BlogApi> api = makeBlogApi(*target, *secret);
    PullOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.overwrite = parser.isSet(overwrite);
    const PullReport report = BlogPull().pull(*api, blog.value().rootPath(), *target, options);
    if (report.error) {
        m_err << tr("Pulling from %1 failed: %2").arg(target->name, report.error->message) << u'\n'
              << tr("Nothing was written.") << u'\n';
        return NetworkError;
    }

    printWrittenFiles(root, options.dryRun, report.files, report.skippedReasons, report.problems,
                      report.warnings);
    if (report.skipped > 0 && !options.overwrite)
        info() << tr("Pass --overwrite to replace the skipped posts with the blog's version.") << u'\n';
    // Spelled out: the CLI loads no translator, so %n plural forms would read "1 posts".
    if (options.dryRun) {
        info() << tr("Dry run: %1 posts would be written, %2 skipped; nothing was written.")
                     .arg(report.created)
                     .arg(report.skipped)
              << u'\n';
    } else {
        info() << tr("Pulled from %1: %2 posts written, %3 skipped.")
                     .arg(target->name)
                     .arg(report.created)
                     .arg(report.skipped)
              << u'\n';
    }
    return report.problems.isEmpty() ? Success : ContentErrors;
}

} // namespace Postwright
