#pragma once

#include "blog/post.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Postwright {

// What every post file said the last time it was parsed, kept in .postwright/index.cache so that
// opening a large blog parses only the files that changed since. An entry is trusted only while
// its file's size and modification time (ms) are what they were. The file is local state, never
// the truth: a missing, truncated, corrupt or foreign-version cache reads as empty.
class IndexCache
{
public:
    // Bump whenever the layout below or the meaning of a stored field changes.
    static constexpr quint32 formatVersion = 2; // 2: PostMetadata::publishDate

    static QString filePath(const QString &statePath); // STATE/index.cache

    // Never fails: an unusable file gives an empty cache (and is rewritten by the next save).
    static IndexCache load(const QString &cacheFile, const QString &blogRoot);
    static IndexCache fromBytes(const QByteArray &bytes, const QString &blogRoot);
    // Atomic (QSaveFile): a crash leaves the old cache or the new one, never half of one.
    Result<void> save(const QString &cacheFile) const;
    QByteArray toBytes() const;

    // The post as cached, when the file still has this size and modification time; else nullptr.
    const Post *find(const QString &relativePath, qint64 size, qint64 modifiedMs) const;
    void insert(const Post &post); // keyed by post.relativePath; size and time from the post
    qsizetype size() const { return m_posts.size(); }

private:
    struct Entry
    {
        Post post;
        qint64 modifiedMs = 0; // post.fileModified, converted once
    };
    QHash<QString, Entry> m_posts; // by path relative to the blog root
    qint64 m_writtenAtMs = 0; // when the loaded file was written; see find()
};

} // namespace Postwright
