#include "blogpublisher.h"

#include "blog/blog.h"
#include "publish/blogpublisher_p.h"
#include "publish/netlifyapi.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

namespace Postwright {

BlogPublisher::BlogPublisher(QString blogRoot, PublishTarget target, ApiFactory makeApi,
                             DeployOptions options, QObject *parent)
    : Deployer(parent)
    , m_blogRoot(QFileInfo(blogRoot).absoluteFilePath())
    , m_target(std::move(target))
    , m_makeApi(std::move(makeApi))
    , m_options(options)
{}

BlogPublisher::~BlogPublisher()
{
    stopThread();
}

QList<BlogConflict> BlogPublisher::conflicts() const
{
    const QMutexLocker lock(&m_mutex);
    QList<BlogConflict> list = m_conflicts.values();
    std::sort(list.begin(), list.end(),
              [](const BlogConflict &a, const BlogConflict &b) { return a.path < b.path; });
    return list;
}

void BlogPublisher::setResolution(const QString &path, Resolution resolution)
{
    const QMutexLocker lock(&m_mutex);
    m_resolutions.insert(path, resolution);
}

Result<DeployPlan> BlogPublisher::plan()
{
    m_planError.reset();
    m_cancelled = false;
    {
        const QMutexLocker lock(&m_mutex);
        m_conflicts.clear();
    }
    Result<Blog> blog = Blog::open(m_blogRoot);
    if (!blog)
        return blog.error();
    Result<PostPublishState> loaded = PostPublishState::load(m_blogRoot, m_target.id());
    if (!loaded)
        return loaded.error();
    PostPublishState &state = loaded.value();

    QMap<QString, ManifestEntry> local;
    DeployManifest published;
    QHash<QString, Prepared> prepared;
    m_skipped.clear();
    for (const Post &post : blog.value().scanPosts()) {
        if (post.error) {
            m_skipped.append(*post.error);
            continue;
        }
        Result<Prepared> one = prepareWith(blog.value(), m_target, post.relativePath);
        if (!one) {
            m_skipped.append(one.error());
            continue;
        }
        const std::optional<PostRemoteRecord> record = state.post(post.relativePath);
        // A local draft goes to a blog that asked for drafts, or to one that already holds the post (it
        // then becomes a draft there too).
        if (!one.value().include && !(record && !record->id.isEmpty()))
            continue;
        const qint64 size = one.value().post.html.toUtf8().size();
        local.insert(post.relativePath, ManifestEntry{one.value().hash, size});
        if (record && !record->id.isEmpty())
            published.set(post.relativePath,
                          ManifestEntry{record->hash, record->hash == one.value().hash ? size : -1});
        prepared.insert(post.relativePath, std::move(one).value());
    }
    DeployPlan plan = DeployPlan::make(local, published);

    // Web edits: the versions the blog holds now, against the ones recorded at the last publish. A
    // listing costs one request per 100 posts; without one, only the posts about to be updated are read.
    if (m_options.dryRun || state.posts().isEmpty())
        return plan;
    std::unique_ptr<BlogApi> api = m_makeApi([this] { return bool(m_cancelled); });
    if (std::optional<TransportError> error = api->connect()) {
        m_planError = error;
        return SourceError{QString(), 0, 0, error->message};
    }
    QHash<QString, QString> seen; // remote id -> version
    if (api->canList()) {
        bool more = true;
        for (int page = 1; more && !m_cancelled; ++page) {
            QList<RemotePost> posts;
            if (std::optional<TransportError> error = api->list(page, false, posts, more)) {
                m_planError = error;
                return SourceError{QString(), 0, 0, error->message};
            }
            for (const RemotePost &post : std::as_const(posts))
                seen.insert(post.id, post.version);
        }
        for (auto it = state.posts().cbegin(); it != state.posts().cend(); ++it) {
            const auto version = seen.constFind(it->id);
            if (it->id.isEmpty() || version == seen.cend() || version->isEmpty() ||
                *version == it->seenVersion)
                continue;
            PostRemoteRecord record = *it;
            record.seenVersion = *version;
            if (Result<void> saved = state.setPost(it.key(), record); !saved)
                return saved.error();
        }
    }
    for (const DeployAction &action : plan.actions()) {
        if (action.kind != DeployAction::Kind::Changed)
            continue;
        const std::optional<PostRemoteRecord> record = state.post(action.path);
        if (!record || record->version.isEmpty())
            continue;
        const auto version = seen.constFind(record->id);
        if (api->canList() && (version == seen.cend() || *version == record->version))
            continue; // unchanged on the blog (or gone from it: run() creates it again)
        std::optional<RemotePost> remote;
        if (std::optional<TransportError> error = api->find(record->id, remote)) {
            m_planError = error;
            return SourceError{QString(), 0, 0, error->message};
        }
        if (remote && !remote->version.isEmpty() && remote->version != record->version) {
            BlogConflict conflict = makeConflict(action.path, prepared.value(action.path).title,
                                                 prepared.value(action.path).post.html, *remote);
            const QMutexLocker lock(&m_mutex);
            m_conflicts.insert(action.path, std::move(conflict));
        }
    }
    if (Result<void> saved = state.compact(); !saved)
        return saved.error();
    return plan;
}

DeployReport BlogPublisher::run(const DeployPlan &plan)
{
    m_running = true;
    DeployReport report;
    report.dryRun = m_options.dryRun;
    const auto finish = [&]() -> DeployReport {
        m_running = false;
        return report;
    };
    if (m_options.dryRun)
        return finish();
    Result<Blog> blog = Blog::open(m_blogRoot);
    if (!blog) {
        report.error = TransportError{TransportError::Kind::Permanent, blog.error().toString()};
        return finish();
    }
    Result<PostPublishState> loaded = PostPublishState::load(m_blogRoot, m_target.id());
    if (!loaded) {
        report.error = TransportError{TransportError::Kind::Permanent, loaded.error().toString()};
        return finish();
    }
    PostPublishState &state = loaded.value();
    std::unique_ptr<BlogApi> api = m_makeApi([this] { return bool(m_cancelled); });
    const QList<DeployAction> actions = plan.uploads();
    qint64 bytesTotal = 0;
    for (const DeployAction &action : actions)
        bytesTotal += action.content.size;
    qint64 bytesDone = 0;
    int done = 0;
    Q_EMIT progress(0, int(actions.size()), 0, bytesTotal, QString());

    for (const DeployAction &action : actions) {
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        Q_EMIT progress(done, int(actions.size()), bytesDone, bytesTotal, action.path);
        const std::optional<TransportError> error =
            publishOne(*api, blog.value(), state, action.path, report);
        if (error) {
            if (!report.error)
                report.error = error;
            report.failedFiles.append(action.path);
            // A wrong credential or a blog that cannot be reached stops the publish; a post the blog
            // refuses does not stop the others.
            if (error->kind != TransportError::Kind::Permanent &&
                error->kind != TransportError::Kind::Conflict)
                break;
        }
        ++done;
        bytesDone += action.content.size;
    }
    Q_EMIT progress(done, int(actions.size()), bytesDone, bytesTotal, QString());
    if (Result<void> saved = state.compact(); !saved && !report.error)
        report.error = TransportError{TransportError::Kind::Permanent, saved.error().toString()};
    return finish();
}

std::optional<TransportError>
BlogPublisher::withRetries(const std::function<std::optional<TransportError>()> &call)
{
    std::chrono::milliseconds delay = m_options.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        std::optional<TransportError> error = call();
        if (!error || error->kind != TransportError::Kind::Transient || attempt >= m_options.maxTries ||
            m_cancelled) {
            return error;
        }
        NetlifyApi::pause(delay, [this] { return bool(m_cancelled); });
        delay *= 2;
    }
}

std::optional<TransportError> BlogPublisher::publishOne(BlogApi &api, const Blog &blog,
                                                        PostPublishState &state, const QString &path,
                                                        DeployReport &report)
{
    Result<Prepared> preparedResult = prepareWith(blog, m_target, path);
    if (!preparedResult)
        return TransportError{TransportError::Kind::Permanent, preparedResult.error().toString()};
    Prepared &prepared = preparedResult.value();
    BlogApiPost &post = prepared.post;
    const auto fail = [&](const TransportError &error) {
        return TransportError{error.kind,
                              tr("\u201c%1\u201d (%2): %3").arg(prepared.title, path, error.message)};
    };

    // The post's images first, each once per blog (by content), so that no published post ever shows
    // a link to a file the blog does not have.
    const auto upload = [&](const LocalMedia &media, RemoteMedia &remote) -> std::optional<TransportError> {
        if (const auto known = state.media(media.sha256)) {
            remote.id = known->first;
            remote.url = QUrl(known->second);
            return std::nullopt;
        }
        if (std::optional<TransportError> error = withRetries([&] {
                return api.uploadMedia(media.file, QFileInfo(media.file).fileName(), media.mimeType, remote);
            })) {
            return TransportError{
                error->kind,
                tr("image %1: %2").arg(QDir(m_blogRoot).relativeFilePath(media.file), error->message)};
        }
        report.bytesUploaded += media.size;
        if (Result<void> saved = state.setMedia(media.sha256, remote.id, remote.url.toString()); !saved)
            return TransportError{TransportError::Kind::Permanent, saved.error().toString()};
        return std::nullopt;
    };
    for (auto it = prepared.images.cbegin(); it != prepared.images.cend(); ++it) {
        RemoteMedia remote;
        if (std::optional<TransportError> error = upload(*it, remote))
            return fail(*error);
        const QString attribute = remote.url.toString(QUrl::FullyEncoded).toHtmlEscaped();
        post.html.replace(u'"' + it.key() + u'"', u'"' + attribute + u'"');
        post.html.replace(u'\'' + it.key() + u'\'', u'\'' + attribute + u'\'');
    }
    if (prepared.cover) {
        RemoteMedia remote;
        if (std::optional<TransportError> error = upload(*prepared.cover, remote))
            return fail(*error);
        post.coverMediaId = remote.id;
        post.coverUrl = remote.url;
    }

    Resolution resolution;
    {
        const QMutexLocker lock(&m_mutex);
        resolution = m_resolutions.value(path, Resolution::Ask);
    }
    const auto remember = [&](const RemotePost &remote) -> std::optional<TransportError> {
        PostRemoteRecord record;
        record.id = remote.id;
        record.url = remote.url.toString();
        record.slug = remote.slug.isEmpty() ? post.slug : remote.slug;
        record.version = remote.version;
        record.seenVersion = remote.version;
        record.hash = prepared.hash;
        record.sourceSize = prepared.sourceSize;
        record.sourceModified = prepared.sourceModified;
        record.publishedAt = QDateTime::currentDateTimeUtc();
        if (Result<void> saved = state.setPost(path, record); !saved)
            return TransportError{TransportError::Kind::Permanent, saved.error().toString()};
        {
            const QMutexLocker lock(&m_mutex);
            m_conflicts.remove(path);
            m_resolutions.remove(path);
        }
        ++report.uploaded;
        report.bytesUploaded += post.html.toUtf8().size();
        return std::nullopt;
    };
    const auto conflict = [&](const RemotePost &remote) -> std::optional<TransportError> {
        BlogConflict found = makeConflict(path, prepared.title, post.html, remote);
        {
            const QMutexLocker lock(&m_mutex);
            m_conflicts.insert(path, std::move(found));
        }
        report.conflicts.append(path);
        return std::nullopt;
    };

    std::optional<PostRemoteRecord> record = state.post(path);
    if (record && !record->id.isEmpty()) {
        std::optional<RemotePost> remote;
        if (std::optional<TransportError> error = api.find(record->id, remote))
            return fail(*error);
        if (remote) {
            if (!record->version.isEmpty() && !remote->version.isEmpty() &&
                remote->version != record->version) {
                if (resolution == Resolution::KeepWeb)
                    return keepWeb(state, path, *remote, report);
                if (resolution != Resolution::KeepMine)
                    return conflict(*remote);
            }
            RemotePost known = *remote;
            if (known.version.isEmpty())
                known.version = record->version;
            RemotePost updated;
            std::optional<TransportError> error =
                withRetries([&] { return api.update(known, post, updated); });
            if (error && error->kind == TransportError::Kind::Conflict) {
                // Edited on the blog between our read and our write; the blog refused, nothing was lost.
                std::optional<RemotePost> now;
                if (!api.find(record->id, now) && now)
                    return conflict(*now);
            }
            if (error)
                return fail(*error);
            return remember(updated);
        }
        // Deleted on the blog: publishing again puts it back, as a new post.
        record.reset();
    }

    if (record && record->pending) {
        // A create was sent without an answer, maybe by a run that was killed: the blog may hold the post.
        if (api.canFindCreated()) {
            std::optional<RemotePost> found;
            if (std::optional<TransportError> error =
                    withRetries([&] { return api.findCreated(post, found); }))
                return fail(*error);
            if (found) {
                qCInfo(lcPublish) << "Found" << path
                                  << "on the blog after an unanswered create; not creating it again";
                RemotePost updated;
                if (std::optional<TransportError> error =
                        withRetries([&] { return api.update(*found, post, updated); }))
                    return fail(*error);
                return remember(updated);
            }
        } else if (resolution != Resolution::KeepMine && resolution != Resolution::PublishAsNew) {
            RemotePost unknown;
            unknown.url = QUrl(m_target.url);
            unknown.title = record->pendingTitle;
            return conflict(unknown);
        }
    }

    PostRemoteRecord pending = record.value_or(PostRemoteRecord{});
    pending.pending = true;
    pending.pendingTitle = post.title;
    pending.slug = post.slug;
    if (Result<void> saved = state.setPost(path, pending); !saved)
        return TransportError{TransportError::Kind::Permanent, saved.error().toString()};
    std::chrono::milliseconds delay = m_options.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        RemotePost created;
        std::optional<TransportError> error = api.create(post, created);
        if (!error)
            return remember(created);
        if (error->kind == TransportError::Kind::Authentication) {
            // Refused at the door: nothing was created.
            if (record)
                (void)state.setPost(path, *record);
            else
                (void)state.removePost(path);
            return fail(*error);
        }
        if (error->kind != TransportError::Kind::Transient) {
            // Anything else may have been a create after all (a 201 whose body a proxy replaced, say):
            // the post stays pending, and the next publish looks it up first.
            return fail(*error);
        }
        if (!api.canFindCreated() || attempt >= m_options.maxTries || m_cancelled) {
            return fail(TransportError{
                error->kind,
                api.canFindCreated()
                    ? error->message
                    : tr("%1 The blog may have made the post anyway; look at it before publishing "
                         "again.")
                          .arg(error->message)});
        }
        // The answer was lost: the post may exist. Look before creating it again.
        NetlifyApi::pause(delay, [this] { return bool(m_cancelled); });
        delay *= 2;
        std::optional<RemotePost> found;
        if (std::optional<TransportError> lookup = withRetries([&] { return api.findCreated(post, found); }))
            return fail(*lookup);
        if (found) {
            qCInfo(lcPublish) << "Found" << path << "on the blog after a lost answer; not creating it again";
            RemotePost updated;
            if (std::optional<TransportError> update =
                    withRetries([&] { return api.update(*found, post, updated); }))
                return fail(*update);
            return remember(updated);
        }
    }
}

std::optional<TransportError> BlogPublisher::keepWeb(PostPublishState &state, const QString &path,
                                                     const RemotePost &remote, DeployReport &report)
{
    Q_UNUSED(report);
    const QString filePath = QDir(m_blogRoot).filePath(path);
    const KeepWebWriter write = m_keepWeb ? m_keepWeb : KeepWebWriter(&BlogPublisher::writeWebVersion);
    if (std::optional<QString> problem = write(filePath, remote))
        return TransportError{TransportError::Kind::Permanent, *problem};
    Result<QString> hash = currentHash(m_blogRoot, path);
    if (!hash)
        return TransportError{TransportError::Kind::Permanent, hash.error().toString()};
    const QFileInfo info(filePath);
    PostRemoteRecord record = state.post(path).value_or(PostRemoteRecord{});
    record.id = remote.id;
    record.url = remote.url.toString();
    record.version = remote.version;
    record.seenVersion = remote.version;
    record.hash = hash.value();
    record.sourceSize = info.size();
    record.sourceModified = info.lastModified();
    record.pending = false;
    if (Result<void> saved = state.setPost(path, record); !saved)
        return TransportError{TransportError::Kind::Permanent, saved.error().toString()};
    const QMutexLocker lock(&m_mutex);
    m_conflicts.remove(path);
    m_resolutions.remove(path);
    return std::nullopt;
}

} // namespace Postwright
