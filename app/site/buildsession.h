#pragma once

#include "site/buildcache.h"
#include "site/buildoptions.h"
#include "site/sitebuilder.h"

#include <QString>

#include <atomic>

namespace Postwright {

// Builds one blog again and again, keeping what each build learned in memory: the window's Build
// action and `postwright-cli build --watch`. The first build reads .postwright/build-cache; later
// ones neither read nor parse it, so a rebuild after one edit costs that edit, not the size of the
// blog. The cache goes back to disk when the caller asks (saveCache()), typically a moment after
// the last build and on exit; if that never happens, the next cold build compares bytes and
// writes nothing it does not have to.
// After a complete build the session trusts its record of the output folder instead of checking
// every output file again, as long as the folder itself is the same one (not deleted or
// replaced); an output file deleted by hand inside it comes back with the next cold build or
// `--clean`. One build at a time; not thread-safe otherwise.
class BuildSession
{
public:
    // blogRoot: opened anew for every build, so edits to blog.yaml take effect.
    explicit BuildSession(QString blogRoot);

    BuildReport build(const BuildOptions &options, const SiteBuilder::ProgressFunction &progress = {},
                      const std::atomic_bool *cancel = nullptr);
    QString outputPath() const { return m_outputPath; } // of the last build

    // For a caller that watches the blog (BlogWatcher) and passes on every change it sees: later
    // builds then check only the files and folders reported, not every source of the blog.
    void setWatched(bool watched) { m_watched = watched; }
    void noteChanged(const QStringList &paths);

    bool hasUnsavedCache() const { return m_unsaved; }
    // Writes the cache to the blog's .postwright/ if a build changed it since the last save.
    Result<void> saveCache();

private:
    QString m_root;
    QString m_statePath;
    QString m_outputPath;
    BuildCache m_cache;
    bool m_loaded = false;
    bool m_unsaved = false;
    QByteArray m_trustedOutput; // identity (device, inode) of the output folder the cache matches
    bool m_watched = false;
    bool m_listed = false; // m_hints holds the last build's listing
    SourceHints m_hints;
};

} // namespace Postwright
