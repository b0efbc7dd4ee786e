#include "publishsession.h"

#include "blog/blog.h"
#include "blog/sitetoolsettings.h"
#include "publish/blogapis.h"
#include "publish/blogpublisher.h"
#include "publish/credentialstore.h"
#include "publish/deploymanifest.h"
#include "publish/foldertransport.h"
#include "publish/ftptransport.h"
#include "publish/gittransport.h"
#include "publish/netlifydeploy.h"
#include "publish/remotemanifest.h"
#include "publish/s3transport.h"
#include "publish/sftptransport.h"
#include "publish/zipdeploy.h"
#include "site/buildsession.h"
#include "site/externalbuild.h"
#include "site/externalbuildsettings.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>

#include <mutex>
#include <vector>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PublishSession", text);
}

} // namespace

PublishSession::PublishSession(QString blogRoot, PublishTarget target, Connection connection,
                               DeployOptions options)
    : m_blogRoot(QFileInfo(blogRoot).absoluteFilePath())
    , m_target(std::move(target))
    , m_connection(std::move(connection))
    , m_options(options)
{
    // Several connections may meet the unknown host at once; the person is asked one at a time.
    if (m_connection.confirmUnknownHost) {
        auto mutex = std::make_shared<std::mutex>();
        m_connection.confirmUnknownHost = [mutex, confirm = m_connection.confirmUnknownHost](
                                              const QString &host, const QString &fingerprint) {
            const std::lock_guard lock(*mutex);
            return confirm(host, fingerprint);
        };
    }
}

PublishSession::~PublishSession() = default;

Result<PublishTargets> PublishSession::readTargets(const QString &blogRoot)
{
    // Read again rather than kept in BlogSettings: only publishing needs the targets, and the
    // parser refuses secrets, which must not stop a plain build. A Hugo or Jekyll site keeps them
    // in postwright.yaml; without one it has no targets yet.
    const QString path = SiteToolSettings::filePath(SiteLayout::detect(blogRoot));
    if (!QFileInfo::exists(path) && !path.endsWith(QLatin1String("blog.yaml")))
        return PublishTargets{};
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    return PublishTargets::parse(QString::fromUtf8(bytes.value()), path);
}

// Every type in PublishTarget::Type can be published to; this stays the one place that says
// otherwise when a new type is added before its transport.
std::optional<QString> PublishSession::unsupportedReason(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
    case PublishTarget::Type::Sftp:
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
    case PublishTarget::Type::S3:
    case PublishTarget::Type::Git:
    case PublishTarget::Type::Netlify:
    case PublishTarget::Type::WordPress:
    case PublishTarget::Type::MetaWeblog:
    case PublishTarget::Type::Ghost:
    case PublishTarget::Type::Micropub:
        return std::nullopt;
    }
    return tr("Publishing to a %1 target (\u201c%2\u201d) is not supported by this version of Postwright.")
        .arg(PublishTarget::typeName(target.type), target.name);
}

bool PublishSession::requiresSecret(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Sftp:
    case PublishTarget::Type::Git: // a token over HTTPS, a password over SSH without a key
        return target.keyFile.isEmpty(); // a key file may have no passphrase
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
    case PublishTarget::Type::S3:
    case PublishTarget::Type::Netlify:
    case PublishTarget::Type::WordPress:
    case PublishTarget::Type::MetaWeblog:
    case PublishTarget::Type::Ghost:
    case PublishTarget::Type::Micropub:
        return true;
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
        break;
    }
    return false;
}

bool PublishSession::isLocal(const PublishTarget &target)
{
    return target.type == PublishTarget::Type::Folder || target.type == PublishTarget::Type::Zip;
}

QString PublishSession::secretLabel(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Sftp:
        return target.keyFile.isEmpty() ? tr("password") : tr("key passphrase");
    case PublishTarget::Type::S3:
        return tr("secret access key");
    case PublishTarget::Type::Git:
        return target.keyFile.isEmpty() ? tr("password or token") : tr("key passphrase");
    case PublishTarget::Type::Netlify:
    case PublishTarget::Type::Micropub:
        return tr("access token");
    case PublishTarget::Type::WordPress:
        return tr("application password");
    case PublishTarget::Type::Ghost:
        return tr("Admin API key");
    case PublishTarget::Type::MetaWeblog:
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
        break;
    }
    return tr("password");
}

QString PublishSession::secretVariable(const QString &targetName)
{
    QString name = targetName.toUpper();
    for (QChar &c : name) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return QStringLiteral("POSTWRIGHT_SECRET_") + name;
}

std::optional<QString> PublishSession::secretFromEnvironment(const QString &targetName)
{
    for (const QString &variable : {secretVariable(targetName), QStringLiteral("POSTWRIGHT_SECRET")}) {
        const QByteArray name = variable.toLatin1();
        if (qEnvironmentVariableIsSet(name.constData()))
            return qEnvironmentVariable(name.constData());
    }
    return std::nullopt;
}

Result<QString> PublishSession::secretFromKeychain(const PublishTarget &target)
{
    CredentialStore store;
    QObject context;
    QEventLoop loop;
    std::optional<Result<QString>> secret;
    store.readSecret(target.id(), &context, [&](Result<QString> result) {
        secret = std::move(result);
        loop.quit();
    });
    if (!secret) // the answer may come before the loop runs
        loop.exec();
    return std::move(*secret);
}

QString PublishSession::defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QString PublishSession::resolvedPath(const QString &path) const
{
    if (path.startsWith(QStringLiteral("~/")))
        return QDir::home().filePath(path.mid(2));
    return QDir(m_blogRoot).absoluteFilePath(path);
}

TransportFactory PublishSession::transportFactory() const
{
    switch (m_target.type) {
    case PublishTarget::Type::Folder: {
        const QString root = resolvedPath(m_target.path);
        return [root] { return std::make_unique<FolderTransport>(root); };
    }
    case PublishTarget::Type::Sftp: {
        SftpOptions options = SftpOptions::fromTarget(m_target);
        if (!options.privateKeyFile.isEmpty()) {
            options.privateKeyFile = resolvedPath(options.privateKeyFile);
            options.keyPassphrase = m_connection.secret;
        } else {
            options.password = m_connection.secret;
        }
        options.knownHostsFile = m_connection.knownHostsFile;
        options.confirmUnknownHost = m_connection.confirmUnknownHost;
        return [options] { return std::make_unique<SftpTransport>(options); };
    }
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps: {
        FtpOptions options = FtpOptions::fromTarget(m_target);
        options.password = m_connection.secret;
        if (!m_target.certificate.isEmpty())
            options.caFile = resolvedPath(m_target.certificate);
        return [options] { return std::make_unique<FtpTransport>(options); };
    }
    case PublishTarget::Type::S3: {
        S3Options options = S3Options::fromTarget(m_target);
        options.accessKeyId = m_target.accessKeyId;
        options.secretAccessKey = m_connection.secret;
        return [options] { return std::make_unique<S3Transport>(options); };
    }
    case PublishTarget::Type::Git: {
        GitOptions options = GitOptions::fromTarget(m_target);
        if (!options.privateKeyFile.isEmpty()) {
            options.privateKeyFile = resolvedPath(options.privateKeyFile);
            options.keyPassphrase = m_connection.secret;
        } else {
            options.secret = m_connection.secret;
        }
        options.knownHostsFile = m_connection.knownHostsFile;
        options.confirmUnknownHost = m_connection.confirmUnknownHost;
        options.cacheDir = GitOptions::cacheDirFor(m_blogRoot, m_target.id());
        // One staging state for every connection of the publish (see GitTransport::factory()).
        return GitTransport::factory(options);
    }
    case PublishTarget::Type::Zip:
        // No connection: run() writes the archive itself, and the engine never asks for one
        // because build() turns the remote manifest off for zip targets.
    case PublishTarget::Type::Netlify: // NetlifyDeploy talks to its API itself
    case PublishTarget::Type::WordPress: // BlogPublisher: post by post through a BlogApi
    case PublishTarget::Type::MetaWeblog:
    case PublishTarget::Type::Ghost:
    case PublishTarget::Type::Micropub:
        break;
    }
    Q_ASSERT_X(false, "PublishSession", "no transport for this target type");
    return [] { return std::unique_ptr<DeployTransport>(); };
}

NetlifyOptions PublishSession::netlifyOptions() const
{
    NetlifyOptions options = NetlifyOptions::fromTarget(m_target);
    options.token = m_connection.secret;
    options.connections = m_options.connections;
    options.maxTries = m_options.maxTries;
    options.firstRetryDelay = m_options.firstRetryDelay;
    return options;
}

BuildReport PublishSession::build()
{
    if (m_target.isBlogApi()) {
        // A hosted blog gets posts, not the built site: nothing to build, only posts to read.
        BuildReport report;
        const Result<Blog> blog = Blog::open(m_blogRoot);
        if (!blog) {
            report.errors.append(blog.error());
            report.fatal = true;
            return report;
        }
        for (const Post &post : blog.value().scanPosts()) {
            if (post.error)
                report.errors.append(*post.error);
            else
                ++report.posts;
        }
        auto publisher = std::make_unique<BlogPublisher>(
            m_blogRoot, m_target,
            [target = m_target, secret = m_connection.secret](std::function<bool()> stop) {
                return makeBlogApi(target, secret, std::move(stop));
            },
            m_options);
        if (m_connection.keepWebWriter)
            publisher->setKeepWebWriter(m_connection.keepWebWriter);
        m_engine = std::move(publisher);
        return report;
    }
    BuildReport report = buildSite();
    if (!report.fatal) {
        DeployOptions options = m_options;
        // An archive has no room for a manifest of its own; the local one is all there is.
        if (m_target.type == PublishTarget::Type::Zip)
            options.storeRemoteManifest = false;
        if (m_target.type == PublishTarget::Type::Git)
            options.transactional = true;
        m_outputPath = report.outputPath;
        const QString manifestPath = DeployManifest::localPath(m_blogRoot, m_target.id());
        if (m_target.type == PublishTarget::Type::Netlify)
            m_engine = std::make_unique<NetlifyDeploy>(netlifyOptions(), report.outputPath, manifestPath, options);
        else
            m_engine = std::make_unique<DeployEngine>(transportFactory(), report.outputPath, manifestPath, options);
    }
    return report;
}

BuildReport PublishSession::buildSite()
{
    m_buildCommandLine.clear();
    const ExternalBuildSettings::Choice choice = ExternalBuildSettings::choose(m_blogRoot);
    if (choice.error) {
        BuildReport report;
        report.fatal = true;
        report.errors.append(*choice.error);
        return report;
    }
    if (choice.useGenerator)
        return buildWithGenerator(choice.options);
    BuildSession session(m_blogRoot);
    BuildReport report = session.build(BuildOptions{}, {}, &m_buildCancelled);
    if (const Result<void> saved = session.saveCache(); !saved)
        report.warnings.append(saved.error());
    return report;
}

BuildReport PublishSession::buildWithGenerator(const ExternalBuildOptions &options)
{
    // Made on this (possibly worker) thread: its process and the local event loop of run() live
    // here, and cancelBuild() reaches it through a queued call.
    ExternalBuild build;
    if (m_buildOutput)
        QObject::connect(&build, &ExternalBuild::outputLine, &build, m_buildOutput);
    {
        const std::lock_guard lock(m_buildMutex);
        if (m_buildCancelled) {
            BuildReport report;
            report.fatal = true;
            report.errors.append({QString(), 0, 0, tr("The build was cancelled; run it again to finish.")});
            return report;
        }
        m_externalBuild = &build;
    }
    ExternalBuildOptions production = options;
    production.drafts = false;
    production.future = false;
    BuildReport report = build.run(production);
    {
        const std::lock_guard lock(m_buildMutex);
        m_externalBuild = nullptr;
    }
    m_buildCommandLine = build.commandLine();
    // Jekyll copies every file it does not know into the site, postwright.yaml too, which names the
    // site's servers, users and folders: it is never published.
    const QString settingsCopy = QDir(report.outputPath).filePath(QStringLiteral("postwright.yaml"));
    if (!report.fatal && QFileInfo::exists(settingsCopy) &&
        QFileInfo::exists(QDir(m_blogRoot).filePath(QStringLiteral("postwright.yaml")))) {
        report.errors.append(
            {QStringLiteral("_config.yml"), 0, 0,
             tr("The generator copied postwright.yaml into the site, and it is not published: add "
                "“exclude: [postwright.yaml]\u201d to _config.yml.")});
    }
    // Jekyll leaves out a post it cannot read and carries on: the site it wrote lacks that page,
    // and publishing it would take the page off the web.
    if (!report.errors.isEmpty())
        report.fatal = true;
    return report;
}

void PublishSession::cancelBuild()
{
    const std::lock_guard lock(m_buildMutex);
    m_buildCancelled = true;
    if (m_externalBuild)
        QMetaObject::invokeMethod(m_externalBuild, &ExternalBuild::cancel, Qt::QueuedConnection);
}

std::optional<TransportError> PublishSession::checkConnection()
{
    if (m_target.type == PublishTarget::Type::Zip)
        return ZipDeploy::check(resolvedPath(m_target.path));
    if (m_target.type == PublishTarget::Type::Netlify)
        return NetlifyDeploy(netlifyOptions(), QString(), QString(), m_options).checkAccess();
    if (m_target.isBlogApi())
        return makeBlogApi(m_target, m_connection.secret)->connect();
    std::unique_ptr<DeployTransport> transport = transportFactory()();
    std::optional<TransportError> error = transport->open();
    // S3 makes no request to open; reading the deploy record's head (a few hundred bytes, or
    // nothing yet) proves the keys and the bucket on every kind of target.
    if (!error) {
        std::optional<QByteArray> head;
        error = transport->read(RemoteManifest::headFileName(), head);
    }
    transport->close();
    return error;
}

Result<DeployPlan> PublishSession::plan()
{
    Q_ASSERT(m_engine);
    return m_engine->plan();
}

DeployReport PublishSession::run(const DeployPlan &plan)
{
    Q_ASSERT(m_engine);
    if (m_target.type == PublishTarget::Type::Zip)
        return runZip(plan);
    return m_engine->run(plan);
}

// An archive cannot be patched file by file the way a server can, so it is written whole on every
// publish. The plan was still made against the local manifest, like any target's: it tells the
// review what changed since the last archive. Files gone from the site are gone from the new
// archive whether or not deletions were asked for, and the report counts every file written.
DeployReport PublishSession::runZip(const DeployPlan &plan)
{
    DeployReport report;
    if (m_options.dryRun) {
        report.dryRun = true;
        return report;
    }
    const Result<QMap<QString, ManifestEntry>> files = DeployManifest::hashFolder(m_outputPath);
    if (!files) {
        report.error = TransportError{TransportError::Kind::Permanent, files.error().toString()};
        return report;
    }
    const QStringList paths = files.value().keys(); // sorted, so the archive's order is fixed
    std::vector<qint64> bytesBefore; // bytes of the entries before each one, for progress
    qint64 bytes = 0;
    for (const ManifestEntry &entry : files.value()) {
        bytesBefore.push_back(bytes);
        bytes += entry.size;
    }
    Deployer *engine = m_engine.get();
    // The engine's own progress signal, so the CLI and the window follow a zip like any deploy.
    const auto progress = [engine, &bytesBefore, bytes](int done, int total, const QString &file) {
        Q_EMIT engine->progress(done, total, done < total ? bytesBefore[size_t(done)] : bytes, bytes, file);
    };
    const QString zipPath = resolvedPath(m_target.path);
    if (std::optional<TransportError> error = ZipDeploy::write(m_outputPath, paths, zipPath, progress)) {
        report.error = std::move(error);
        return report;
    }
    DeployManifest written;
    for (auto it = files.value().cbegin(); it != files.value().cend(); ++it)
        written.set(it.key(), it.value());
    if (const Result<void> saved = written.save(DeployManifest::localPath(m_blogRoot, m_target.id())); !saved) {
        report.error = TransportError{TransportError::Kind::Permanent,
                                      tr("Cannot record the deploy: %1").arg(saved.error().toString())};
        return report;
    }
    report.uploaded = int(paths.size());
    report.bytesUploaded = bytes;
    report.deleted = int(plan.deletions().size());
    return report;
}

} // namespace Postwright
