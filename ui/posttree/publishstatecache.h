#pragma once

#include "publish/postpublishstate.h"
#include "publish/publishtargets.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace Postwright {

// Each post's state on every blog API target of the open blog (published, changed here since,
// changed on the blog …), for the post tree. Reads blog.yaml's targets and their publish records
// (small JSON files) once, and again on reload() after a publish; the tree asks while painting, so
// answers come from memory and are worked out from the post's current size and time.
class PublishStateCache final : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        QString targetName;
        PublishTarget::Type targetType = PublishTarget::Type::WordPress;
        PostPublishStatus status = PostPublishStatus::NeverPublished;
        QDateTime publishedAt; // invalid when never published
    };

    explicit PublishStateCache(QObject *parent = nullptr);

    // Reads the targets and records of a blog; an empty root forgets everything.
    void load(const QString &blogRoot);
    void reload() { load(m_blogRoot); }
    // Whether the blog has blog API targets at all (else the tree shows nothing of this).
    bool hasTargets() const { return !m_targets.isEmpty(); }

    // One entry per blog API target, in blog.yaml's order.
    QList<State> states(const QString &relativePath, qint64 fileSize, const QDateTime &fileModified) const;
    // The state that most needs the writer's attention among the targets that know the post
    // (changed on the blog, pending, changed here, published); nullopt when none does.
    std::optional<PostPublishStatus> worst(const QString &relativePath, qint64 fileSize,
                                           const QDateTime &fileModified) const;
    // "WordPress “blog”: published, changed here since", one line per target.
    QStringList describe(const QString &relativePath, qint64 fileSize, const QDateTime &fileModified) const;
    static QString statusText(PostPublishStatus status);

Q_SIGNALS:
    void changed();

private:
    struct Target
    {
        QString name;
        PublishTarget::Type type = PublishTarget::Type::WordPress;
        QHash<QString, PostRemoteRecord> posts;
    };

    QString m_blogRoot;
    QList<Target> m_targets;
};

} // namespace Postwright
