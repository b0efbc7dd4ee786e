#pragma once

#include "publish/deploymanifest.h"
#include "publish/deploytransport.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// The deploy record kept on a target, so that another machine (or this one after losing
// .postwright/) plans against what the target really holds.
//
// A whole record lists every file of the site: about 1.7 MB for a 5,000-post blog, far more than
// the 20 KB a one-post edit changes. So it is stored like a small log instead of rewritten on
// every deploy:
//
//   .postwright-manifest.json               the head: {"version": 2, "base": …, "deltas": [ … ]}
//   .postwright-manifest/base-<hash>.json   every file, as of some deploy (DeployManifest's format)
//   .postwright-manifest/delta-<hash>.json  what one later deploy changed ({"changes": {path: entry|null}})
//
// A deploy uploads one delta and the small head, each under a temporary name and renamed, head
// last, so a reader sees the old record or the new one. Once there are MaxDeltas deltas, or they
// add up to an eighth of the base, the next deploy writes a fresh base instead and removes the old
// files after the head points away from them. Files are named by their content's hash and never
// rewritten, so a reader racing a writer never reads half of a changed file.
//
// Before writing, the head on the target is read again (a few hundred bytes) and compared with the
// one this machine wrote last; when another machine deployed in between, the whole record is read
// again so the delta is made against what the target really says.
class RemoteManifest
{
public:
    static constexpr int FormatVersion = 2;
    static constexpr int MaxDeltas = 64;

    static QString headFileName() { return DeployManifest::remoteFileName(); }
    static QString folderName() { return QStringLiteral(".postwright-manifest"); }

    // What the target's record said when this machine last read or wrote it: kept beside the local
    // manifest (<manifest>.remote.json) so a deploy does not have to download the record again.
    static QString cachePath(const QString &localManifestPath);
    // A missing cache is nullopt (not an error): the record is then read from the target.
    static Result<std::optional<RemoteManifest>> loadCache(const QString &path);
    Result<void> saveCache(const QString &path) const;

    // Reads the head, the base and the deltas. `record` stays nullopt when the target has none.
    // A damaged or foreign record is a Permanent error that says how to start over.
    static std::optional<TransportError> read(DeployTransport &transport, std::optional<RemoteManifest> &record);

    // Brings the target's record to `files` (uploading a delta, or a new base, and the head).
    // `cached` is what this machine believes the target says (nullopt: unknown, read first).
    // On success `cached` holds the new record; bytesUploaded counts what was sent.
    static std::optional<TransportError> write(DeployTransport &transport, std::optional<RemoteManifest> &cached,
                                               const DeployManifest &files, qint64 *bytesUploaded = nullptr);

    const DeployManifest &files() const { return m_files; }
    const QString &base() const { return m_base; }
    const QStringList &deltas() const { return m_deltas; }

private:
    QByteArray headBytes() const;

    DeployManifest m_files; // the record's content: base plus deltas
    QString m_base;         // remote path of the base; empty for a version 1 record (all in the head)
    QStringList m_deltas;   // remote paths, oldest first
    qint64 m_baseBytes = 0;
    qint64 m_deltaBytes = 0;
};

} // namespace Postwright
