#pragma once

#include "blog/blog.h"
#include "blog/post.h"

#include <QFileSystemWatcher>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Postwright {

// The live list of a blog's posts: scans the folder, then follows changes on disk (other
// programs, our own saves) and reports each post added, changed or removed, so views update in
// place instead of rebuilding. Opening keeps what each file said in .postwright/index.cache
// (IndexCache) and parses only the files that are new or changed since, in parallel when many.
class BlogIndex final : public QObject
{
    Q_OBJECT

public:
    // What the last reload() did, for logs, tests and the benchmark.
    struct LoadStats
    {
        int fromCache = 0;         // posts taken from the index cache
        int parsed = 0;            // posts read and parsed (new, changed, or no usable cache)
        bool cacheWritten = false; // a fresh cache is being written (see waitForCacheWrite())
    };

    explicit BlogIndex(Blog blog, QObject *parent = nullptr);
    ~BlogIndex() override;

    const Blog &blog() const { return m_blog; }
    QList<Post> posts() const; // in no particular order
    std::optional<Post> post(const QString &filePath) const;
    int count() const { return int(m_posts.size()); }

    // Rescans the whole folder and replaces the list; emits reloaded() only (views reset).
    void reload();
    const LoadStats &lastLoad() const { return m_lastLoad; }
    // The cache is written on a worker thread after reload(); this waits for it.
    void waitForCacheWrite();
    // Re-reads one file now (after a save, or when a watcher fired); reports add/change/remove.
    void refreshFile(const QString &filePath);

Q_SIGNALS:
    void postAdded(const Postwright::Post &post);
    void postChanged(const Postwright::Post &before, const Postwright::Post &after);
    void postRemoved(const Postwright::Post &post);
    void reloaded();

private:
    QList<Post> loadPosts();
    void saveCacheLater(const QList<Post> &posts);
    void watch();
    void scheduleRescan();
    void rescan();

    Blog m_blog;
    QHash<QString, Post> m_posts; // by absolute file path
    QFileSystemWatcher m_watcher;
    QTimer m_rescanTimer;
    LoadStats m_lastLoad;
    QFuture<void> m_cacheWrite;
};

} // namespace Postwright
