#include "gittransport.h"

#include "publish/gitstage.h"
#include "publish/publishtargets.h"

#include <QDir>

namespace Postwright {

GitOptions GitOptions::fromTarget(const PublishTarget &target)
{
    GitOptions options;
    options.remoteUrl = target.remote;
    if (!target.branch.isEmpty())
        options.branch = target.branch;
    options.pathInBranch = target.path;
    options.privateKeyFile = target.keyFile;
    return options;
}

QString GitOptions::cacheDirFor(const QString &blogRoot, const QString &targetId)
{
    return QDir(blogRoot).filePath(QStringLiteral(".postwright/git/") + targetId);
}

TransportFactory GitTransport::factory(GitOptions options)
{
    auto stage = std::make_shared<GitStage>(std::move(options));
    return [stage] {
        return std::make_unique<GitTransport>(stage);
    };
}

GitTransport::GitTransport(std::shared_ptr<GitStage> stage)
    : m_stage(std::move(stage))
{}

GitTransport::~GitTransport() = default;

std::optional<TransportError> GitTransport::open()
{
    return m_stage->open();
}

std::optional<TransportError> GitTransport::upload(const QString &localFile, const QString &remotePath)
{
    return m_stage->stageFile(localFile, remotePath);
}

std::optional<TransportError> GitTransport::remove(const QString &remotePath)
{
    return m_stage->stageRemoval(remotePath);
}

std::optional<TransportError> GitTransport::read(const QString &remotePath, std::optional<QByteArray> &bytes)
{
    return m_stage->read(remotePath, bytes);
}

std::optional<TransportError> GitTransport::commit()
{
    return m_stage->commit();
}

void GitTransport::rollback()
{
    m_stage->rollback();
}

} // namespace Postwright
