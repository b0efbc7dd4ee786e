#pragma once

#include "blog/blog.h"
#include "blog/post.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Postwright {

// The live list of a blog's posts: scans the folder, then follows changes on disk (other
// programs, our own saves) and reports each post added, changed or removed, so views update in
// place instead of rebuilding.
class BlogIndex final : public QObject
{
    Q_OBJECT

public:
    explicit BlogIndex(Blog blog, QObject *parent = nullptr);

    const Blog &blog() const { return m_blog; }
    QList<Post> posts() const; // in no particular order
    std::optional<Post> post(const QString &filePath) const;
    int count() const { return int(m_posts.size()); }

    // Rescans the whole folder and replaces the list; emits reloaded() only (views reset).
    void reload();
    // Re-reads one file now (after a save, or when a watcher fired); reports add/change/remove.
    void refreshFile(const QString &filePath);

Q_SIGNALS:
    void postAdded(const Postwright::Post &post);
    void postChanged(const Postwright::Post &before, const Postwright::Post &after);
    void postRemoved(const Postwright::Post &post);
    void reloaded();

private:
    void watch();
    void scheduleRescan();
    void rescan();

    Blog m_blog;
    QHash<QString, Post> m_posts; // by absolute file path
    QFileSystemWatcher m_watcher;
    QTimer m_rescanTimer;
};

} // namespace Postwright
