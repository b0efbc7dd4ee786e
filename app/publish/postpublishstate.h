#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Postwright {

// What Postwright knows about one post on one hosted blog (a blog API target).
struct PostRemoteRecord
{
    QString id;  // the blog's id for the post (see RemotePost::id); empty while only pending
    QString url; // where readers see it
    QString slug;
    QString version;        // the blog's version of the post (RemotePost::version) right after our publish
    QString seenVersion;    // the version last seen on the blog (a later listing); differs: edited on the web
    QString hash;           // what we sent (BlogPublisher's hash of title, HTML, status, terms, images)
    qint64 sourceSize = -1; // the post file when it was published, so the tree can tell a local change
    QDateTime sourceModified;
    QDateTime publishedAt;
    // A create() was sent without an answer yet: the blog may hold the post. The next publish looks it up
    // (BlogApi::findCreated()) before it ever creates it again.
    bool pending = false;
    QString pendingTitle;

    bool operator==(const PostRemoteRecord &other) const = default;
};

// A post's state on one target, as the post tree shows it.
enum class PostPublishStatus {
    NeverPublished,
    Published,       // the blog holds what the file says
    ChangedLocally,  // the file changed since it was published
    ChangedRemotely, // edited on the blog since it was published (seen by the last publish or refresh)
    Pending,         // a publish was cut off before the blog answered
};

// The posts Postwright published to one blog API target: BLOG/.postwright/publish/<target>.json, plus a
// journal beside it (<target>.journal) that takes one line per change the moment it happens, flushed
// and synced, so a remote id survives a crash right after the server answered. load() replays the
// journal; compact() folds it into the JSON file.
class PostPublishState
{
public:
    static QString path(const QString &blogRoot, const QString &targetId);

    // An empty state when neither file exists; a torn last journal line (a crash mid-write) is ignored.
    static Result<PostPublishState> load(const QString &blogRoot, const QString &targetId);

    const QHash<QString, PostRemoteRecord> &posts() const { return m_posts; }
    // By the post's path relative to the blog root.
    std::optional<PostRemoteRecord> post(const QString &relativePath) const;
    // The uploaded media by the file's SHA-256: RemoteMedia id and url.
    std::optional<std::pair<QString, QString>> media(const QString &sha256) const;

    // Each records the change in memory and appends it to the journal before returning.
    Result<void> setPost(const QString &relativePath, const PostRemoteRecord &record);
    Result<void> removePost(const QString &relativePath);
    Result<void> setMedia(const QString &sha256, const QString &id, const QString &url);
    // Writes the whole state atomically and empties the journal.
    Result<void> compact();

    // From the record and the post file's current size and time.
    static PostPublishStatus status(const std::optional<PostRemoteRecord> &record, qint64 fileSize,
                                    const QDateTime &fileModified);

private:
    Result<void> append(const QByteArray &line);

    QString m_jsonPath;
    QString m_journalPath;
    QHash<QString, PostRemoteRecord> m_posts;
    QHash<QString, std::pair<QString, QString>> m_media;
};

} // namespace Postwright
