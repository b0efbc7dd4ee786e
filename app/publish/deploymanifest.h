#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Postwright {

// What one deployed file held: enough to tell whether the local copy differs without asking the server.
struct ManifestEntry
{
    QString sha256; // lower-case hex of the full content
    qint64 size = 0;

    bool operator==(const ManifestEntry &other) const = default;
};

// Remote path -> content of every file a target is known to hold after the last deploy. Kept per target
// in the blog (.postwright/deploy/<targetId>.json) and, where the target allows it, as a copy on the target
// itself so another machine can plan against it.
class DeployManifest
{
public:
    static constexpr int FormatVersion = 1;
    // The remote copy at the target's root; never part of a plan, uploaded last.
    static QString remoteFileName() { return QStringLiteral(".postwright-manifest.json"); }
    // <blogRoot>/.postwright/deploy/<targetId>.json
    static QString localPath(const QString &blogRoot, const QString &targetId);

    // A missing file is an empty manifest (nothing deployed yet), not an error.
    static Result<DeployManifest> load(const QString &path);
    Result<void> save(const QString &path) const; // atomic: a kill leaves the old or the new file

    // Indented keeps the local record diffable; the copies on targets are compact.
    QByteArray toBytes(bool compact = false) const;
    // origin names the source in errors ("the copy on the server").
    static Result<DeployManifest> fromBytes(const QByteArray &bytes, const QString &origin);
    // The same for a record already parsed (the `files` array of the object).
    static Result<DeployManifest> fromJson(const QJsonObject &root, const QString &origin);

    // Every regular file under folder (hidden ones too, the remote manifest name excepted), by
    // '/'-separated relative path, hashed on all cores. Errors name the unreadable file.
    static Result<QMap<QString, ManifestEntry>> hashFolder(const QString &folder);

    const QMap<QString, ManifestEntry> &entries() const { return m_entries; }
    std::optional<ManifestEntry> entry(const QString &remotePath) const;
    void set(const QString &remotePath, const ManifestEntry &entry) { m_entries.insert(remotePath, entry); }
    void remove(const QString &remotePath) { m_entries.remove(remotePath); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    bool operator==(const DeployManifest &other) const = default;

private:
    QMap<QString, ManifestEntry> m_entries;
};

} // namespace Postwright
