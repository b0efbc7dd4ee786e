#include "blogpublisher.h"

#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "markdown/markdownrenderer.h"
#include "publish/blogpull.h"
#include "publish/htmltomarkdown.h"
#include "publish/netlifyapi.h"
#include "site/postpreview.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QMutexLocker>
#include <QRegularExpression>

namespace Postwright {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString statusName(BlogApiPost::Status status)
{
    switch (status) {
    case BlogApiPost::Status::Draft:
        return QStringLiteral("draft");
    case BlogApiPost::Status::Publish:
        return QStringLiteral("publish");
    case BlogApiPost::Status::Future:
        return QStringLiteral("future");
    }
    return {};
}

// <img src="…"> and <img src='…'> in our renderer's HTML (raw HTML in a post included).
const QRegularExpression &imageSource()
{
    static const QRegularExpression pattern(
        QStringLiteral("(<img\\b[^>]*?\\bsrc\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

// A local file a post shows (an image in its body, its cover), to be uploaded before the post.
struct LocalMedia
{
    QString file; // absolute, inside the blog
    QString sha256;
    QString mimeType;
    qint64 size = 0;
};

struct BlogPublisher::Prepared
{
    BlogApiPost post;
    QString title;
    bool include = true;               // false: a local draft this target does not take
    QHash<QString, LocalMedia> images; // by the src attribute as written in the HTML
    std::optional<LocalMedia> cover;
    QString hash;
    qint64 sourceSize = 0;
    QDateTime sourceModified;
};

namespace {

// The file a post's image or cover names, when it is a local image inside the blog: relative to the
// post's folder, or from the site root (/images/a.png → static/images/a.png). Never a file outside the
// blog, and never anything but an image: a post is untrusted, and its links must not send the writer's
// other files to a server.
std::optional<LocalMedia> localMedia(const Blog &blog, const QString &postFile, const QString &reference)
{
    if (reference.isEmpty() || reference.contains(QStringLiteral("://")) || reference.startsWith(u'#') ||
        reference.startsWith(QStringLiteral("//")) || reference.startsWith(QStringLiteral("data:")) ||
        reference.startsWith(QStringLiteral("mailto:"))) {
        return std::nullopt;
    }
    QString path = QUrl::fromPercentEncoding(reference.section(u'?', 0, 0).section(u'#', 0, 0).toUtf8());
    const QString file = path.startsWith(u'/') ? QDir(blog.staticPath()).filePath(path.mid(1))
                                               : QFileInfo(postFile).dir().filePath(path);
    const QString canonical = QFileInfo(file).canonicalFilePath();
    const QString root = QFileInfo(blog.rootPath()).canonicalFilePath() + u'/';
    const QString state = QFileInfo(blog.statePath()).canonicalFilePath(); // empty while there is none
    if (canonical.isEmpty() || !canonical.startsWith(root) ||
        (!state.isEmpty() && canonical.startsWith(state + u'/')))
        return std::nullopt;
    static const QMimeDatabase mimes;
    const QString mime = mimes.mimeTypeForFile(canonical).name();
    if (!mime.startsWith(QStringLiteral("image/")))
        return std::nullopt;
    QFile in(canonical);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&in);
    return LocalMedia{canonical, QString::fromLatin1(hash.result().toHex()), mime, in.size()};
}

} // namespace

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

Result<BlogPublisher::Prepared> BlogPublisher::prepareWith(const Blog &blog, const PublishTarget &target,
                                                           const QString &relativePath)
{
    const QString filePath = QDir(blog.rootPath()).filePath(relativePath);
    const Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error();
    const Post post = Post::fromBytes(bytes.value(), filePath, blog.rootPath());
    if (post.error)
        return *post.error;
    const QFileInfo info(filePath);

    Prepared prepared;
    prepared.title = post.displayTitle();
    prepared.sourceSize = info.size();
    prepared.sourceModified = info.lastModified();
    const PostMetadata &meta = post.metadata;
    BlogApiPost &out = prepared.post;
    out.title = prepared.title;
    out.slug = post.slug();
    out.excerpt = meta.summary;
    out.categories = meta.categories;
    out.tags = meta.tags;
    out.date = meta.date.isValid() ? meta.date.toUTC() : QDateTime();
    switch (post.status()) {
    case Post::Status::Draft:
        out.status = BlogApiPost::Status::Draft;
        prepared.include = target.sendDrafts;
        break;
    case Post::Status::Scheduled:
        out.status = BlogApiPost::Status::Future;
        break;
    case Post::Status::Published:
        out.status = BlogApiPost::Status::Publish;
        break;
    }
    MarkdownRenderer::Options options = PostPreview::bodyOptions(blog.settings());
    options.sourcePositions = false;
    out.html = MarkdownRenderer::postBodyToHtml(QString::fromUtf8(bytes.value()), options);

    QJsonObject images;
    QRegularExpressionMatchIterator matches = imageSource().globalMatch(out.html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString src = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        if (prepared.images.contains(src))
            continue;
        if (std::optional<LocalMedia> media = localMedia(blog, filePath, decodeEntities(src))) {
            images.insert(src, media->sha256);
            prepared.images.insert(src, *media);
        }
    }
    QString coverRef = meta.cover;
    if (!meta.cover.isEmpty()) {
        prepared.cover = localMedia(blog, filePath, meta.cover);
        if (prepared.cover)
            coverRef = prepared.cover->sha256;
        else if (meta.cover.startsWith(QStringLiteral("https://")) ||
                 meta.cover.startsWith(QStringLiteral("http://")))
            out.coverUrl = QUrl(meta.cover);
    }
    // Everything a publish sends, so that any change to it (an image's bytes included) is a change.
    const QJsonObject sent{
        {QStringLiteral("title"), out.title},
        {QStringLiteral("html"), out.html},
        {QStringLiteral("status"), statusName(out.status)},
        {QStringLiteral("date"), out.date.toString(Qt::ISODate)},
        {QStringLiteral("slug"), out.slug},
        {QStringLiteral("excerpt"), out.excerpt},
        {QStringLiteral("categories"), QJsonArray::fromStringList(out.categories)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(out.tags)},
        {QStringLiteral("cover"), coverRef},
        {QStringLiteral("images"), images},
    };
    prepared.hash = sha256Hex(QJsonDocument(sent).toJson(QJsonDocument::Compact));
    return prepared;
}

// Both versions as Markdown, so the writer compares text with text: the file's own body, and the blog's
// HTML converted the way a pull converts it (on this worker thread: pandoc may take a moment).
BlogConflict BlogPublisher::makeConflict(const QString &path, const QString &title, const QString &localHtml,
                                         const RemotePost &remote) const
{
    BlogConflict conflict{path, title, localHtml, remote, {}, {}};
    if (const Result<QByteArray> bytes = AtomicFile::read(QDir(m_blogRoot).filePath(path))) {
        const QString text = QString::fromUtf8(bytes.value());
        conflict.localText = text.mid(FrontMatter::split(text).bodyOffset).trimmed();
    }
    if (!remote.html.isEmpty())
        conflict.remoteText = HtmlToMarkdown().convert(remote.html).trimmed();
    return conflict;
}

Result<QString> BlogPublisher::currentHash(const QString &blogRoot, const QString &relativePath)
{
    Result<Blog> blog = Blog::open(blogRoot);
    if (!blog)
        return blog.error();
    PublishTarget target;
    target.sendDrafts = true; // the hash does not depend on it
    Result<Prepared> prepared = prepareWith(blog.value(), target, relativePath);
    if (!prepared)
        return prepared.error();
    return prepared.value().hash;
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

namespace Postwright {

// The writer chose the blog's copy: its title and body go into the file. The rest of the front matter
// (date, categories, cover, keys only this blog knows) stays as the writer had it.
std::optional<QString> BlogPublisher::writeWebVersion(const QString &filePath, const RemotePost &remote)
{
    const Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error().toString();
    const HtmlToMarkdown converter;
    QString text;
    FrontMatterEdit edit(QString::fromUtf8(bytes.value()));
    if (edit.isValid()) {
        if (!remote.title.isEmpty())
            edit.setString(QStringLiteral("title"), remote.title);
        const QString head = edit.text();
        text = head.left(FrontMatter::split(head).bodyOffset) + converter.convert(remote.html);
    } else {
        Result<QString> whole = BlogPull::postText(remote, converter);
        if (!whole)
            return whole.error().toString();
        text = whole.value();
    }
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (Result<void> written = AtomicFile::write(filePath, text.toUtf8()); !written)
        return written.error().toString();
    return std::nullopt;
}

} // namespace Postwright
