#include "publishsession.h"

#include "publish/credentialstore.h"
#include "publish/deploymanifest.h"
#include "publish/foldertransport.h"
#include "publish/ftptransport.h"
#include "publish/sftptransport.h"
#include "site/buildsession.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>

#include <mutex>

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
    // parser refuses secrets, which must not stop a plain build.
    const QString path = QDir(blogRoot).filePath(QStringLiteral("blog.yaml"));
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    return PublishTargets::parse(QString::fromUtf8(bytes.value()), path);
}

std::optional<QString> PublishSession::unsupportedReason(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Sftp:
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
        return std::nullopt;
    default:
        return tr("Publishing to a %1 target (\u201c%2\u201d) is not supported yet; folder, sftp, ftp and ftps "
                  "targets are.")
            .arg(PublishTarget::typeName(target.type), target.name);
    }
}

bool PublishSession::requiresSecret(const PublishTarget &target)
{
    return (target.type == PublishTarget::Type::Sftp && target.keyFile.isEmpty())
        || target.type == PublishTarget::Type::Ftp || target.type == PublishTarget::Type::Ftps;
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
    if (m_target.type == PublishTarget::Type::Folder) {
        const QString root = resolvedPath(m_target.path);
        return [root] {
            return std::make_unique<FolderTransport>(root);
        };
    }
    if (m_target.type == PublishTarget::Type::Ftp || m_target.type == PublishTarget::Type::Ftps) {
        FtpOptions options = FtpOptions::fromTarget(m_target);
        options.password = m_connection.secret;
        return [options] { return std::make_unique<FtpTransport>(options); };
    }
    Q_ASSERT(m_target.type == PublishTarget::Type::Sftp);
    SftpOptions options = SftpOptions::fromTarget(m_target);
    if (!options.privateKeyFile.isEmpty()) {
        options.privateKeyFile = resolvedPath(options.privateKeyFile);
        options.keyPassphrase = m_connection.secret;
    } else {
        options.password = m_connection.secret;
    }
    options.knownHostsFile = m_connection.knownHostsFile;
    options.confirmUnknownHost = m_connection.confirmUnknownHost;
    return [options] {
        return std::make_unique<SftpTransport>(options);
    };
}

BuildReport PublishSession::build()
{
    BuildSession session(m_blogRoot);
    BuildReport report = session.build(BuildOptions{});
    if (const Result<void> saved = session.saveCache(); !saved)
        report.warnings.append(saved.error());
    if (!report.fatal) {
        m_engine =
            std::make_unique<DeployEngine>(transportFactory(), report.outputPath,
                                           DeployManifest::localPath(m_blogRoot, m_target.id()), m_options);
    }
    return report;
}

std::optional<TransportError> PublishSession::checkConnection()
{
    std::unique_ptr<DeployTransport> transport = transportFactory()();
    std::optional<TransportError> error = transport->open();
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
    return m_engine->run(plan);
}

} // namespace Postwright
