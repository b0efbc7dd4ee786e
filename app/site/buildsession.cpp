#include "buildsession.h"

#include "blog/blog.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Postwright {

namespace {

QByteArray folderIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {};
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}

} // namespace

BuildSession::BuildSession(QString blogRoot)
    : m_root(std::move(blogRoot))
{
}

BuildReport BuildSession::build(const BuildOptions &options, const SiteBuilder::ProgressFunction &progress,
                                const std::atomic_bool *cancel)
{
    const Result<Blog> blog = Blog::open(m_root);
    if (!blog) {
        BuildReport report;
        report.fatal = true;
        report.errors.append(blog.error());
        return report;
    }
    if (!m_loaded || m_statePath != blog.value().statePath()) {
        m_statePath = blog.value().statePath();
        m_cache = options.clean ? BuildCache{} : BuildCache::load(m_statePath);
        m_loaded = true;
    }
    SiteBuilder builder(blog.value(), options, &m_cache);
    builder.setProgressFunction(progress);
    builder.setCancelFlag(cancel);
    const bool hinted = m_watched && m_listed && !options.clean;
    if (hinted)
        builder.setSourceHints(&m_hints);
    const QByteArray identity = folderIdentity(builder.outputPath());
    builder.setTrustOutputs(!identity.isEmpty() && identity == m_trustedOutput);
    BuildReport report = builder.build();
    m_outputPath = builder.outputPath();
    m_hints.changedFiles.clear();
    m_hints.changedFolders.clear();
    m_listed = !report.fatal;
    if (m_listed) {
        m_hints.postFiles = builder.content().postFiles;
        m_hints.pageFiles = builder.content().pageFiles;
    }
    m_unsaved = true;
    // Writing failed or stopped half-way: check the files next time.
    m_trustedOutput = report.outputComplete ? folderIdentity(m_outputPath) : QByteArray();
    return report;
}

void BuildSession::noteChanged(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            m_hints.changedFolders.insert(info.absoluteFilePath());
        } else {
            m_hints.changedFiles.insert(info.absoluteFilePath());
            if (!info.exists()) // gone: its folder's listing changed
                m_hints.changedFolders.insert(info.absolutePath());
        }
    }
}

Result<void> BuildSession::saveCache()
{
    if (!m_unsaved)
        return {};
    Result<void> saved = m_cache.save(m_statePath);
    if (saved)
        m_unsaved = false;
    return saved;
}

} // namespace Postwright
