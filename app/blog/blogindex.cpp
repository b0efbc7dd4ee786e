#include "blogindex.h"

#include "blog/indexcache.h"
#include "util/logging.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <numeric>

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

// How long after opening the folder its files are watched; see reload().
constexpr int watchDelayMs = 1000;

// Below this many files, starting the thread pool costs more than it saves.
constexpr qsizetype parallelThreshold = 32;

struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMs = -1;
};

// Size and modification time as QFileInfo reports them (ms, truncated), without QFileInfo's
// conversion to local time: 28 instead of 45 ms of CPU for 5,000 files.
FileStamp stampOf(const QString &path)
{
    namespace fs = std::filesystem;
    const fs::path native(QFile::encodeName(path).toStdString());
    std::error_code error;
    FileStamp stamp;
    stamp.size = qint64(fs::file_size(native, error));
    if (error)
        return {};
    const fs::file_time_type time = fs::last_write_time(native, error);
    if (error)
        return {};
    stamp.modifiedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::file_clock::to_sys(time).time_since_epoch())
                           .count();
    return stamp;
}

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

BlogIndex::~BlogIndex()
{
    // The writer must not outlive the blog folder (tests delete theirs right after).
    waitForCacheWrite();
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
    QElapsedTimer timer;
    timer.start();
    const QList<Post> posts = loadPosts();
    m_posts.clear();
    m_posts.reserve(posts.size());
    for (const Post &post : posts)
        m_posts.insert(post.filePath, post);
    qCDebug(lcBlog) << "indexed" << m_posts.size() << "posts in" << m_blog.rootPath() << "in"
                    << timer.elapsed() << "ms:" << m_lastLoad.fromCache << "from the cache,"
                    << m_lastLoad.parsed << "parsed";
    Q_EMIT reloaded();
    // Watching every file of a large blog takes longer than listing it (60 ms of CPU for 5,000
    // posts): it waits until the window has shown the tree. The rescan that sets the watches up
    // also catches what changed in between.
    QTimer::singleShot(watchDelayMs, this, &BlogIndex::rescan);
}

void BlogIndex::waitForCacheWrite()
{
    m_cacheWrite.waitForFinished();
}

// One walk of posts/, one stat per file; only files the cache does not vouch for are read.
QList<Post> BlogIndex::loadPosts()
{
    waitForCacheWrite(); // two writers of one file would race
    const QString root = m_blog.rootPath();
    // Reading the cache and listing the folder do not depend on each other: overlap them.
    QFuture<IndexCache> cacheLoad = QtConcurrent::run(
        [file = IndexCache::filePath(m_blog.statePath()), root] { return IndexCache::load(file, root); });
    const QStringList files = m_blog.postFiles();
    const IndexCache cache = cacheLoad.result();
    const QString prefix = root + u'/';

    QList<Post> posts(files.size());
    Post *out = posts.data(); // detached here, so the workers below write without detaching
    std::atomic<int> parsed = 0;
    const auto load = [&](qsizetype i) {
        const QString &path = files.at(i);
        const FileStamp stamp = stampOf(path);
        if (const Post *cached = path.startsWith(prefix)
                                     ? cache.find(path.mid(prefix.size()), stamp.size, stamp.modifiedMs)
                                     : nullptr) {
            out[i] = *cached;
            return;
        }
        out[i] = Post::load(path, root, Post::Kind::Post);
        ++parsed;
    };
    // Even the stat per file is worth spreading over the cores when there are thousands.
    QList<qsizetype> indexes(files.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    if (files.size() >= parallelThreshold)
        QtConcurrent::blockingMap(indexes, load);
    else
        std::for_each(indexes.cbegin(), indexes.cend(), load);

    m_lastLoad = {};
    m_lastLoad.parsed = parsed;
    m_lastLoad.fromCache = int(files.size()) - m_lastLoad.parsed;
    // Something parsed, or a cached file gone: the cache no longer matches the folder.
    if (m_lastLoad.parsed > 0 || cache.size() != m_lastLoad.fromCache) {
        saveCacheLater(posts);
        m_lastLoad.cacheWritten = true;
    }
    return posts;
}

// Serialising and writing a few megabytes (QSaveFile syncs to disk) would hold up the window
// that is about to show the tree: a worker does it, and the next reload or the destructor waits.
void BlogIndex::saveCacheLater(const QList<Post> &posts)
{
    m_cacheWrite = QtConcurrent::run([posts, file = IndexCache::filePath(m_blog.statePath())] {
        IndexCache cache;
        for (const Post &post : posts)
            cache.insert(post);
        if (Result<void> saved = cache.save(file); !saved)
            qCWarning(lcBlog).noquote() << "cannot write the post index cache:" << saved.error().toString();
    });
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
            const FileStamp stamp = stampOf(path);
            if (stamp.size == known->fileSize && stamp.modifiedMs == known->fileModified.toMSecsSinceEpoch())
                continue;
        }
        refreshFile(path);
    }
    watch();
}

// Watches every folder below posts/ and Jekyll's _drafts/ (for files appearing, disappearing, being renamed)
// and every post file (for edits in place). Programs that save by writing a new file and renaming it over the
// old one drop the file watch; rescanning re-adds it.
void BlogIndex::watch()
{
    QStringList wanted;
    for (const QString &postsRoot : {m_blog.postsPath(), m_blog.draftsPath()}) {
        if (postsRoot.isEmpty())
            continue; // no drafts folder (all but Jekyll)
        if (QFileInfo(postsRoot).isDir()) {
            wanted.append(postsRoot);
            QDirIterator dirs(postsRoot, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (dirs.hasNext())
                wanted.append(dirs.next());
        } else if (QFileInfo(m_blog.rootPath()).isDir() && !wanted.contains(m_blog.rootPath())) {
            wanted.append(m_blog.rootPath()); // notices posts/ being created
        }
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
