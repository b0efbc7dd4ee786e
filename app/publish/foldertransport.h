#pragma once

#include "publish/deploytransport.h"

namespace Postwright {

// A publish target that is a local (or mounted) folder. Each upload is copied to ".name.tmp-XXXXXX"
// beside its final name and renamed over it, so a web server serving the folder never sees half a file.
class FolderTransport final : public DeployTransport
{
public:
    explicit FolderTransport(QString root);

    std::optional<TransportError> open() override;
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override;
    std::optional<TransportError> remove(const QString &remotePath) override;
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override;
    void close() override {}

private:
    QString m_root;
};

} // namespace Postwright
