#include "blogindex.h"

#include "util/logging.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Postwright {

namespace {

bool samePost(const Post &a, const Post &b)
{
    return a.metadata == b.metadata && a.error == b.error && a.fileSize == b.fileSize
           && a.fileModified == b.fileModified && a.relativePath == b.relativePath;
}

// Changes on disk often come in bursts (git checkout, an editor's save-as-rename); one rescan
// after the burst is enough.
constexpr int rescanDelayMs = 150;

} // namespace

BlogIndex::BlogIndex(Blog blog, QObject *parent)
    : QObject(parent)
    , m_blog(std::move(blog))
{
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(rescanDelayMs);
    connect(&m_rescanTimer, &QTimer::timeout, this, &BlogIndex::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BlogIndex::scheduleRescan);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &BlogIndex::scheduleRescan);
    reload();
}

QList<Post> BlogIndex::posts() const
{
    return m_posts.values();
}

std::optional<Post> BlogIndex::post(const QString &filePath) const
{
    const auto it = m_posts.constFind(QFileInfo(filePath).absoluteFilePath());
    if (it == m_posts.cend())
        return std::nullopt;
    return *it;
}

void BlogIndex::reload()
{
    m_posts.clear();
    for (Post &post : m_blog.scanPosts())
        m_posts.insert(post.filePath, std::move(post));
    qCDebug(lcBlog) << "indexed" << m_posts.size() << "posts in" << m_blog.rootPath();
    watch();
    Q_EMIT reloaded();
}

void BlogIndex::refreshFile(const QString &filePath)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
    const auto known = m_posts.constFind(path);
    const bool exists = QFileInfo::exists(path) && m_blog.isPostFile(path);
    if (!exists) {
        if (known != m_posts.cend()) {
            const Post removed = *known;
            m_posts.remove(path);
            Q_EMIT postRemoved(removed);
        }
        return;
    }
    Post fresh = Post::load(path, m_blog.rootPath(), Post::Kind::Post);
    if (known == m_posts.cend()) {
        m_posts.insert(path, fresh);
        if (!m_watcher.files().contains(path))
            m_watcher.addPath(path);
        Q_EMIT postAdded(fresh);
        return;
    }
    if (samePost(*known, fresh))
        return;
    const Post before = *known;
    m_posts.insert(path, fresh);
    Q_EMIT postChanged(before, fresh);
}

void BlogIndex::scheduleRescan()
{
    m_rescanTimer.start();
}

void BlogIndex::rescan()
{
    const QStringList files = m_blog.postFiles();
    const QSet<QString> present(files.cbegin(), files.cend());

    QStringList gone;
    for (auto it = m_posts.cbegin(); it != m_posts.cend(); ++it) {
        if (!present.contains(it.key()))
            gone.append(it.key());
    }
    for (const QString &path : std::as_const(gone))
        refreshFile(path);

    for (const QString &path : files) {
        const auto known = m_posts.constFind(path);
        if (known != m_posts.cend()) {
            // Cheap check first: only re-read files whose size or time changed.
            const QFileInfo info(path);
            if (info.size() == known->fileSize && info.lastModified() == known->fileModified)
                continue;
        }
        refreshFile(path);
    }
    watch();
}

// Watches every folder below posts/ (for files appearing, disappearing, being renamed) and every
// post file (for edits in place). Programs that save by writing a new file and renaming it over
// the old one drop the file watch; rescanning re-adds it.
void BlogIndex::watch()
{
    QStringList wanted;
    const QString postsRoot = m_blog.postsPath();
    if (QFileInfo(postsRoot).isDir()) {
        wanted.append(postsRoot);
        QDirIterator dirs(postsRoot, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (dirs.hasNext())
            wanted.append(dirs.next());
    } else if (QFileInfo(m_blog.rootPath()).isDir()) {
        wanted.append(m_blog.rootPath()); // notices posts/ being created
    }
    for (auto it = m_posts.cbegin(); it != m_posts.cend(); ++it)
        wanted.append(it.key());

    const QStringList watchedList = m_watcher.files() + m_watcher.directories();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList toAdd;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            toAdd.append(path);
    }
    if (!toAdd.isEmpty()) {
        const QStringList failed = m_watcher.addPaths(toAdd);
        if (!failed.isEmpty())
            qCWarning(lcBlog) << "cannot watch" << failed.size() << "paths; changes there are seen on rescan only";
    }
}

} // namespace Postwright
