#include "posttree/publishstatecache.h"

#include "publish/publishsession.h"
#include "publish/publishtext.h"
#include "util/logging.h"

#include <QLocale>

namespace Postwright {

namespace {

// Higher needs the writer more.
int urgency(PostPublishStatus status)
{
    switch (status) {
    case PostPublishStatus::NeverPublished:
        return 0;
    case PostPublishStatus::Published:
        return 1;
    case PostPublishStatus::ChangedLocally:
        return 2;
    case PostPublishStatus::Pending:
        return 3;
    case PostPublishStatus::ChangedRemotely:
        return 4;
    }
    return 0;
}

} // namespace

PublishStateCache::PublishStateCache(QObject *parent)
    : QObject(parent)
{}

void PublishStateCache::load(const QString &blogRoot)
{
    m_blogRoot = blogRoot;
    m_targets.clear();
    if (!blogRoot.isEmpty()) {
        // A broken publish section is the publish commands' to report; the tree just shows nothing.
        const Result<PublishTargets> targets = PublishSession::readTargets(blogRoot);
        if (targets) {
            for (const PublishTarget &target : targets.value().targets) {
                if (!target.isBlogApi())
                    continue;
                Target entry{target.name, target.type, {}};
                if (Result<PostPublishState> state = PostPublishState::load(blogRoot, target.id()))
                    entry.posts = state.value().posts();
                else
                    qCWarning(lcPublish) << "cannot read the publish record of" << target.id() << ":"
                                         << state.error().toString();
                m_targets.append(std::move(entry));
            }
        }
    }
    Q_EMIT changed();
}

QList<PublishStateCache::State> PublishStateCache::states(const QString &relativePath, qint64 fileSize,
                                                          const QDateTime &fileModified) const
{
    QList<State> states;
    states.reserve(m_targets.size());
    for (const Target &target : m_targets) {
        State state{target.name, target.type, PostPublishStatus::NeverPublished, {}};
        const auto record = target.posts.constFind(relativePath);
        if (record != target.posts.cend()) {
            state.status = PostPublishState::status(*record, fileSize, fileModified);
            state.publishedAt = record->publishedAt;
        }
        states.append(state);
    }
    return states;
}

std::optional<PostPublishStatus> PublishStateCache::worst(const QString &relativePath, qint64 fileSize,
                                                          const QDateTime &fileModified) const
{
    std::optional<PostPublishStatus> worst;
    for (const Target &target : m_targets) {
        const auto record = target.posts.constFind(relativePath);
        if (record == target.posts.cend())
            continue;
        const PostPublishStatus status = PostPublishState::status(*record, fileSize, fileModified);
        if (!worst || urgency(status) > urgency(*worst))
            worst = status;
    }
    return worst;
}

QStringList PublishStateCache::describe(const QString &relativePath, qint64 fileSize,
                                        const QDateTime &fileModified) const
{
    QStringList lines;
    for (const State &state : states(relativePath, fileSize, fileModified)) {
        QString text = statusText(state.status);
        if (state.status == PostPublishStatus::Published && state.publishedAt.isValid())
            text = tr("published %1")
                       .arg(QLocale().toString(state.publishedAt.toLocalTime(), QLocale::ShortFormat));
        lines.append(tr("%1 \u201c%2\u201d: %3")
                         .arg(PublishText::typeDisplayName(state.targetType), state.targetName, text));
    }
    return lines;
}

QString PublishStateCache::statusText(PostPublishStatus status)
{
    switch (status) {
    case PostPublishStatus::NeverPublished:
        return tr("not published yet");
    case PostPublishStatus::Published:
        return tr("published");
    case PostPublishStatus::ChangedLocally:
        return tr("published, changed here since");
    case PostPublishStatus::ChangedRemotely:
        return tr("changed on the blog since it was published");
    case PostPublishStatus::Pending:
        return tr("publish cut off; checked at the next publish");
    }
    return {};
}

} // namespace Postwright
