#include "blog/blog.h"
#include "blog/sitetoolsettings.h"
#include "clicommands.h"
#include "publish/blogpublisher.h"
#include "publish/publishsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <mutex>

namespace Postwright {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QJsonObject planJson(const DeployPlan &plan)
{
    using Kind = DeployAction::Kind;
    QJsonArray actions;
    for (const DeployAction &action : plan.actions()) {
        const QString name = action.kind == Kind::New       ? QStringLiteral("new")
                             : action.kind == Kind::Changed ? QStringLiteral("changed")
                                                            : QStringLiteral("deleted");
        actions.append(QJsonObject{{QStringLiteral("path"), action.path}, {QStringLiteral("action"), name}});
    }
    return {{QStringLiteral("new"), plan.count(Kind::New)},
            {QStringLiteral("changed"), plan.count(Kind::Changed)},
            {QStringLiteral("deleted"), plan.count(Kind::Deleted)},
            {QStringLiteral("unchanged"), plan.unchanged()},
            {QStringLiteral("bytes"), plan.bytes(Kind::New) + plan.bytes(Kind::Changed)},
            {QStringLiteral("actions"), actions}};
}

QString targetList(const PublishTargets &targets)
{
    QStringList names;
    for (const PublishTarget &target : targets.targets)
        names.append(QStringLiteral("%1 (%2)").arg(target.name, PublishTarget::typeName(target.type)));
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<QCommandLineOption> CliCommands::publishOptions()
{
    return QList<QCommandLineOption>{
               {QStringLiteral("target"),
                tr("Publish to the target called NAME in blog.yaml (postwright.yaml for a Hugo or Jekyll site)."),
                QStringLiteral("NAME")},
               {QStringLiteral("dry-run"), tr("Show what would change; change nothing.")},
               {QStringLiteral("delete"), tr("Also remove files that are no longer part of the site.")},
               {QStringLiteral("trust-host-key"),
                tr("Trust an SFTP server this computer has not seen before, and remember its key.")},
               {QStringLiteral("keep-mine"),
                tr("Blog APIs: publish posts that were edited on the blog too, replacing the web versions.")},
               {QStringLiteral("keep-web"),
                tr("Blog APIs: for posts edited on the blog, take the web versions into the local files "
                   "instead.")}}
           + outputOptions(true);
}

int CliCommands::publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(publishOptions());
    if (!parse(parser, "publish", arguments))
        return usageError(parser.errorText());
    const QString targetOption = QStringLiteral("target");
    const QString dryRun = QStringLiteral("dry-run");
    const QString deleteOption = QStringLiteral("delete");
    const QString trustHostKey = QStringLiteral("trust-host-key");
    const QString keepMine = QStringLiteral("keep-mine");
    const QString keepWeb = QStringLiteral("keep-web");
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("The publish command takes at most one BLOG folder."));
    if (parser.isSet(keepMine) && parser.isSet(keepWeb))
        return usageError(tr("--keep-mine and --keep-web contradict each other; choose one."));

    const QString root = parser.positionalArguments().value(0, QStringLiteral("."));
    // Every field from the start, so a publish that stops early still gives the whole schema.
    m_report.insert(QStringLiteral("blog"), root);
    m_report.insert(QStringLiteral("dryRun"), parser.isSet(dryRun));
    for (const char *field : {"target", "unit", "build", "plan"})
        m_report.insert(QLatin1StringView(field), QJsonValue::Null);
    for (const char *field : {"uploaded", "deleted", "bytesUploaded", "retries"})
        m_report.insert(QLatin1StringView(field), 0);
    m_report.insert(QStringLiteral("failures"), QJsonArray());
    m_report.insert(QStringLiteral("conflicts"), QJsonArray());
    const Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blogError(root, blog.error());
    // A Hugo or Jekyll site keeps its targets in postwright.yaml, beside the generator's config.
    const QString targetsFile = QFileInfo(SiteToolSettings::filePath(blog.value().layout())).fileName();
    const Result<PublishTargets> targets = PublishSession::readTargets(root);
    if (!targets)
        return fail(ContentErrors, asGiven(root, targets.error()));
    if (targets.value().targets.empty()) {
        return fail(UsageError, tr("%1 has no publish targets. Add a \u201cpublish:\u201d section with \u201ctargets:\u201d "
                    "to it.")
                                    .arg(pathAsGiven(root, targetsFile)));
    }
    const PublishTarget *target = nullptr;
    if (parser.isSet(targetOption)) {
        target = targets.value().find(parser.value(targetOption));
        if (!target) {
            return fail(UsageError, tr("%1 has no publish target \u201c%2\u201d; its targets are: %3.")
                                        .arg(targetsFile, parser.value(targetOption), targetList(targets.value())));
        }
    } else {
        target = targets.value().defaultTarget();
        if (!target) {
            return fail(UsageError, tr("%1 names no default publish target; choose one with --target NAME: %2.")
                                        .arg(targetsFile, targetList(targets.value())));
        }
    }
    m_report.insert(QStringLiteral("target"),
                    QJsonObject{{QStringLiteral("name"), target->name},
                                {QStringLiteral("type"), PublishTarget::typeName(target->type)}});
    m_report.insert(QStringLiteral("unit"), target->isBlogApi() ? QStringLiteral("posts") : QStringLiteral("files"));
    if (const std::optional<QString> unsupported = PublishSession::unsupportedReason(*target))
        return fail(UsageError, *unsupported);

    PublishSession::Connection connection;
    // A dry run plans against the local record only, so it never needs to log in.
    if (!PublishSession::isLocal(*target) && !parser.isSet(dryRun)) {
        // Without a password there is no login; with a key file the key may have no passphrase.
        const bool required = PublishSession::requiresSecret(*target);
        const std::optional<QString> secret = secretFor(*target, required);
        if (secret) {
            connection.secret = *secret;
            m_secrets.append(*secret);
        } else if (required) {
            return NetworkError;
        }
        connection.knownHostsFile = PublishSession::defaultKnownHostsFile();
    }
    const bool trust = parser.isSet(trustHostKey);
    QString refusedFingerprint;
    connection.confirmUnknownHost = [this, trust, &refusedFingerprint](const QString &host,
                                                                       const QString &fingerprint) {
        if (!trust) {
            refusedFingerprint = fingerprint;
            return false;
        }
        info() << tr("Trusting the key of %1 (%2) from now on.").arg(host, fingerprint) << u'\n';
        return true;
    };

    DeployOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.deleteRemoved = parser.isSet(deleteOption);
    PublishSession session(root, *target, std::move(connection), options);

    // A Hugo or Jekyll site's generator speaks as it builds, as in `build`.
    session.setBuildOutput([this](const QString &line, bool isError) {
        QTextStream &stream = isError ? m_err : info();
        stream << line << u'\n';
        stream.flush();
    });
    const BuildReport built = session.build();
    const bool ownBuilder = session.buildCommandLine().isEmpty();
    if (ownBuilder)
        printBuildReport(built, root);
    else
        printExternalBuildReport(built, root, blog.value().kind());
    m_report.insert(QStringLiteral("build"),
                    buildJson(built, root,
                              ownBuilder ? QStringLiteral("postwright") : SiteLayout::kindName(blog.value().kind()).toLower()));
    if (built.fatal)
        return ContentErrors;

    const auto failed = [&](const QString &message) {
        fail(NetworkError, tr("Publishing to %1 failed: %2").arg(target->name, message));
        if (!refusedFingerprint.isEmpty()) {
            m_err << tr("The server's key (%1) is not known yet. If it is the right one, run again with "
                        "--trust-host-key to remember it.")
                         .arg(refusedFingerprint)
                  << u'\n';
        }
        return NetworkError;
    };
    if (!options.dryRun) {
        if (const std::optional<TransportError> error = session.checkConnection())
            return failed(error->message);
    }
    const Result<DeployPlan> planned = session.plan();
    if (!planned)
        return failed(planned.error().toString());
    const DeployPlan &plan = planned.value();
    m_report.insert(QStringLiteral("plan"), planJson(plan));

    using Kind = DeployAction::Kind;
    if (target->isBlogApi())
        return publishPosts(*target, session, plan, parser.isSet(keepMine), parser.isSet(keepWeb), failed);
    info() << tr("Plan for %1 (%2): %3 new (%4), %5 changed (%6), %7 deleted (%8), %9 unchanged.")
                 .arg(target->name, PublishTarget::typeName(target->type))
                 .arg(plan.count(Kind::New))
                 .arg(dataSize(plan.bytes(Kind::New)))
                 .arg(plan.count(Kind::Changed))
                 .arg(dataSize(plan.bytes(Kind::Changed)))
                 .arg(plan.count(Kind::Deleted))
                 .arg(dataSize(plan.bytes(Kind::Deleted)))
                 .arg(plan.unchanged())
          << u'\n';
    const bool zip = target->type == PublishTarget::Type::Zip;
    if (zip) {
        // The plan says what changed since the last archive; the archive itself is written whole.
        info() << tr("The archive is written whole: every file of the site goes in, and files no longer "
                    "in the site are left out.")
              << u'\n';
    } else if (plan.count(Kind::Deleted) > 0 && !options.deleteRemoved) {
        info() << tr("Deletions skipped: pass --delete to remove %1 files.").arg(plan.count(Kind::Deleted))
              << u'\n';
    }
    if (options.dryRun) {
        info() << tr("Dry run: nothing was uploaded or deleted.") << u'\n';
        return Success;
    }

    // Progress comes from the engine's worker threads.
    std::mutex printing;
    QObject::connect(
        session.engine(), &Deployer::progress, session.engine(),
        [&](int filesDone, int filesTotal, qint64, qint64, const QString &currentFile) {
            if (currentFile.isEmpty())
                return;
            const std::lock_guard lock(printing);
            info() << QStringLiteral("[%1/%2] %3")
                          .arg(std::min(filesDone + 1, filesTotal))
                          .arg(filesTotal)
                          .arg(currentFile)
                   << u'\n';
            info().flush();
        },
        Qt::DirectConnection);
    const DeployReport report = session.run(plan);
    addDeployJson(report);
    if (report.error) {
        for (const QString &file : report.failedFiles)
            m_err << tr("not published: %1").arg(file) << u'\n';
        const int code = failed(report.error->message);
        m_err << tr("Run the command again to finish; only what is left will be sent.") << u'\n';
        return code;
    }
    if (zip) {
        info() << tr("Published to %1: %2 files (%3) written to %4.")
                     .arg(target->name)
                     .arg(report.uploaded)
                     .arg(dataSize(report.bytesUploaded))
                     .arg(QDir::toNativeSeparators(session.localPath()))
              << u'\n';
        return Success;
    }
    info() << tr("Published to %1: %2 files uploaded (%3), %4 deleted, %5 retries.")
                 .arg(target->name)
                 .arg(report.uploaded)
                 .arg(dataSize(report.bytesUploaded))
                 .arg(report.deleted)
                 .arg(report.retries)
          << u'\n';
    return Success;
}

void CliCommands::addDeployJson(const DeployReport &report)
{
    m_report.insert(QStringLiteral("uploaded"), report.uploaded);
    m_report.insert(QStringLiteral("deleted"), report.deleted);
    m_report.insert(QStringLiteral("bytesUploaded"), report.bytesUploaded);
    m_report.insert(QStringLiteral("retries"), report.retries);
    QJsonArray failures = m_report.value(QStringLiteral("failures")).toArray();
    for (const QString &file : report.failedFiles) {
        failures.append(QJsonObject{{QStringLiteral("file"), file},
                                    {QStringLiteral("reason"), report.error ? report.error->message : QString()}});
    }
    m_report.insert(QStringLiteral("failures"), failures);
}

std::optional<QString> CliCommands::secretFor(const PublishTarget &target, bool required)
{
    if (const std::optional<QString> secret = PublishSession::secretFromEnvironment(target.name))
        return secret;
    const Result<QString> stored = PublishSession::secretFromKeychain(target);
    if (stored)
        return stored.value();
    if (required) {
        fail(NetworkError, tr("The %1 for %2 could not be read from the keychain: %3")
                               .arg(PublishSession::secretLabel(target), target.name, stored.error().message));
        m_err << tr("If no keychain is available here, set %1 (or POSTWRIGHT_SECRET) instead.")
                     .arg(PublishSession::secretVariable(target.name))
              << u'\n';
    }
    return std::nullopt;
}

// The posts part of a publish to a hosted blog: what the plan found, the web edits it met, the run.
int CliCommands::publishPosts(const PublishTarget &target, PublishSession &session, const DeployPlan &plan,
                              bool keepMine, bool keepWeb, const std::function<int(const QString &)> &failed)
{
    using Kind = DeployAction::Kind;
    auto *publisher = qobject_cast<BlogPublisher *>(session.engine());
    info() << tr("Plan for %1 (%2): %3 new posts, %4 changed, %5 unchanged.")
                 .arg(target.name, PublishTarget::typeName(target.type))
                 .arg(plan.count(Kind::New))
                 .arg(plan.count(Kind::Changed))
                 .arg(plan.unchanged())
          << u'\n';
    QJsonArray failures;
    for (const SourceError &skipped : publisher->skipped()) {
        m_err << tr("not published: %1").arg(skipped.toString()) << u'\n';
        failures.append(QJsonObject{{QStringLiteral("file"), skipped.file}, {QStringLiteral("reason"), skipped.message}});
    }
    m_report.insert(QStringLiteral("failures"), failures);
    const auto resolve = [&] {
        const QList<BlogConflict> conflicts = publisher->conflicts();
        for (const BlogConflict &conflict : conflicts) {
            if (keepMine || keepWeb) {
                publisher->setResolution(conflict.path, keepMine ? BlogPublisher::Resolution::KeepMine
                                                                 : BlogPublisher::Resolution::KeepWeb);
            }
        }
        return conflicts;
    };
    QJsonArray conflicts;
    for (const BlogConflict &conflict : resolve()) {
        info() << tr("changed on the blog since the last publish: %1 (%2)")
                      .arg(conflict.path, conflict.remote.url.toString())
               << u'\n';
        conflicts.append(QJsonObject{{QStringLiteral("file"), conflict.path},
                                     {QStringLiteral("url"), conflict.remote.url.toString()}});
    }
    m_report.insert(QStringLiteral("conflicts"), conflicts);
    if (plan.isEmpty()) {
        info() << tr("Nothing to publish: the blog has every post as it is here.") << u'\n';
        return Success;
    }
    std::mutex printing;
    QObject::connect(
        session.engine(), &Deployer::progress, session.engine(),
        [&](int done, int total, qint64, qint64, const QString &current) {
            if (current.isEmpty())
                return;
            const std::lock_guard lock(printing);
            info() << QStringLiteral("[%1/%2] %3").arg(std::min(done + 1, total)).arg(total).arg(current)
                   << u'\n';
            info().flush();
        },
        Qt::DirectConnection);
    DeployReport report = session.run(plan);
    // Web edits met during the run (after the plan read the blog) get the same choice, once.
    if (!report.error && !report.conflicts.isEmpty() && (keepMine || keepWeb)) {
        resolve();
        QMap<QString, ManifestEntry> conflicted;
        for (const DeployAction &action : plan.actions()) {
            if (report.conflicts.contains(action.path))
                conflicted.insert(action.path, action.content);
        }
        DeployReport again = session.run(DeployPlan::make(conflicted, DeployManifest()));
        again.uploaded += report.uploaded;
        again.bytesUploaded += report.bytesUploaded;
        report = again;
    }
    addDeployJson(report);
    for (const QString &path : std::as_const(report.conflicts)) {
        m_err << tr("left alone: %1 was edited on the blog since it was published.").arg(path) << u'\n';
        conflicts.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("url"), QString()}});
    }
    m_report.insert(QStringLiteral("conflicts"), conflicts);
    if (report.error) {
        for (const QString &file : std::as_const(report.failedFiles))
            m_err << tr("not published: %1").arg(file) << u'\n';
        // A post the blog refuses is the post's problem; the others are the connection's.
        const int code = report.error->kind == TransportError::Kind::Permanent
                             ? fail(ContentErrors, tr("Publishing to %1 failed: %2").arg(target.name, report.error->message))
                             : failed(report.error->message);
        m_err << tr("Run the command again to finish; posts already published are not sent twice.") << u'\n';
        return code;
    }
    info() << tr("Published to %1: %2 posts sent (%3 with images).")
                 .arg(target.name)
                 .arg(report.uploaded)
                 .arg(dataSize(report.bytesUploaded))
          << u'\n';
    if (!report.conflicts.isEmpty()) {
        m_err
            << tr("%1 posts were edited on the blog and were not overwritten. Run again with --keep-mine to "
                  "publish yours over them, or --keep-web to take the web versions into your files.")
                   .arg(report.conflicts.size())
            << u'\n';
        return ContentErrors;
    }
    return Success;
}

} // namespace Postwright
