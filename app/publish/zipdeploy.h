#pragma once

#include "publish/deploytransport.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Postwright {

// Writes a built site as one .zip file (a `zip` target): every file of the output folder, in a
// fixed order with fixed timestamps, so the same site always gives the same archive. The old
// archive is replaced in one step; a failed or interrupted write leaves it as it was.
class ZipDeploy
{
public:
    // Called while the archive is written; filesDone counts the entries finished so far.
    using Progress = std::function<void(int filesDone, int filesTotal, const QString &currentFile)>;

    // The archive's folder exists (or can be made) and takes new files: a wrong path fails
    // before the build's files are read.
    static std::optional<TransportError> check(const QString &zipPath);
    // Writes `files` (paths relative to `folder`, '/'-separated, in the order they should appear)
    // into zipPath. DiskFull when the disk has no room; nothing is left behind on failure.
    static std::optional<TransportError> write(const QString &folder, const QStringList &files,
                                               const QString &zipPath, const Progress &progress = {});
};

} // namespace Postwright
