#include "blogapis.h"

#include "publish/ghostclient.h"
#include "publish/metaweblogapi.h"
#include "publish/micropubclient.h"
#include "publish/wordpressclient.h"

#include <QCoreApplication>
#include <QFile>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogApis", text);
}

std::optional<TransportError> readFile(const QString &localFile, QByteArray &bytes)
{
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read %1: %2").arg(localFile, file.errorString())};
    }
    bytes = file.readAll();
    return std::nullopt;
}

// ---- WordPress REST
// ----------------------------------------------------------------------------------------

class WordPressApi final : public BlogApi
{
public:
    WordPressApi(WordPressOptions options, std::function<bool()> stop)
        : m_site(options.siteUrl)
        , m_client(std::move(options), std::move(stop))
    {}

    QString displayName() const override { return tr("WordPress at %1").arg(m_site); }

    std::optional<TransportError> connect() override { return m_client.checkLogin(); }

    std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) override
    {
        WordPressPostInfo info;
        if (std::optional<TransportError> error = m_client.createPost(wordPressPost(post), info))
            return error;
        created = remote(info);
        return std::nullopt;
    }

    std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                         RemotePost &updated) override
    {
        WordPressPostInfo info;
        if (std::optional<TransportError> error =
                m_client.updatePost(known.id.toLongLong(), wordPressPost(post), info))
            return error;
        updated = remote(info);
        return std::nullopt;
    }

    std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) override
    {
        std::optional<WordPressPostInfo> info;
        if (std::optional<TransportError> error = m_client.findPost(id.toLongLong(), info))
            return error;
        post.reset();
        if (info)
            post = remote(*info);
        return std::nullopt;
    }

    std::optional<TransportError> findCreated(const BlogApiPost &post,
                                              std::optional<RemotePost> &found) override
    {
        found.reset();
        std::optional<WordPressPostInfo> info;
        if (std::optional<TransportError> error = m_client.findBySlug(post.slug, info))
            return error;
        // Same slug and title: the post our lost create made (another post would have a title of its own).
        if (info && info->title == post.title)
            found = remote(*info);
        return std::nullopt;
    }

    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, RemoteMedia &media) override
    {
        WordPressMedia uploaded;
        if (std::optional<TransportError> error =
                m_client.uploadMedia(localFile, fileName, mimeType, uploaded))
            return error;
        media.id = QString::number(uploaded.id);
        media.url = uploaded.sourceUrl;
        return std::nullopt;
    }

    bool canList() const override { return true; }

    std::optional<TransportError> list(int page, bool withContent, QList<RemotePost> &posts,
                                       bool &more) override
    {
        QList<WordPressPostInfo> infos;
        if (std::optional<TransportError> error = m_client.listPosts(page, withContent, infos, more))
            return error;
        posts.clear();
        for (const WordPressPostInfo &info : std::as_const(infos))
            posts.append(remote(info));
        return std::nullopt;
    }

private:
    static WordPressPost wordPressPost(const BlogApiPost &post)
    {
        WordPressPost out;
        out.title = post.title;
        out.content = post.html;
        switch (post.status) {
        case BlogApiPost::Status::Draft:
            out.status = WordPressPost::Status::Draft;
            break;
        case BlogApiPost::Status::Publish:
            out.status = WordPressPost::Status::Publish;
            break;
        case BlogApiPost::Status::Future:
            out.status = WordPressPost::Status::Future;
            break;
        }
        out.date = post.date;
        out.slug = post.slug;
        out.excerpt = post.excerpt;
        out.categories = post.categories;
        out.tags = post.tags;
        // 0 removes a featured image the post no longer has.
        out.featuredMedia = post.coverMediaId.isEmpty() ? 0 : post.coverMediaId.toLongLong();
        return out;
    }

    static RemotePost remote(const WordPressPostInfo &info)
    {
        RemotePost post;
        post.id = QString::number(info.id);
        post.url = QUrl(info.link);
        post.version = info.modifiedGmt.isValid() ? info.modifiedGmt.toString(Qt::ISODate) : QString();
        post.slug = info.slug;
        post.title = info.title;
        // The classic editor stores text without <p>: WordPress adds them only when it shows the post.
        post.html = !info.renderedContent.isEmpty() && !info.content.contains(QStringLiteral("<p")) &&
                            !info.content.contains(QStringLiteral("<!-- wp:"))
                        ? info.renderedContent
                        : info.content;
        post.status = info.status;
        post.date = info.dateGmt;
        post.categories = info.categoryNames;
        post.tags = info.tagNames;
        post.excerpt = info.excerpt;
        post.coverUrl = QUrl(info.featuredMediaUrl);
        return post;
    }

    QString m_site;
    WordPressClient m_client;
};

// ---- Ghost Admin ------------------------------------------------------------------------------------------

class GhostApi final : public BlogApi
{
public:
    GhostApi(const QUrl &site, const QString &adminKey, bool allowInsecure, BlogApiOptions options)
        : m_site(site)
        , m_allowInsecure(allowInsecure)
        , m_client(site, adminKey, std::move(options))
    {}

    QString displayName() const override { return tr("Ghost at %1").arg(BlogApiHttp::displayUrl(m_site)); }

    std::optional<TransportError> connect() override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        std::optional<GhostPost> none;
        return m_client.findBySlug(QStringLiteral("postwright-connection-check"), none);
    }

    std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        GhostPost result;
        if (std::optional<TransportError> error = m_client.createPost(ghostPost(post), result))
            return error;
        created = remote(result);
        return std::nullopt;
    }

    std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                         RemotePost &updated) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        GhostPost out = ghostPost(post);
        out.id = known.id;
        out.updatedAt = known.version; // Ghost refuses the edit when the post changed since
        GhostPost result;
        if (std::optional<TransportError> error = m_client.updatePost(out, result))
            return error;
        updated = remote(result);
        return std::nullopt;
    }

    std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        std::optional<GhostPost> result;
        if (std::optional<TransportError> error = m_client.findPost(id, result))
            return error;
        post.reset();
        if (result)
            post = remote(*result);
        return std::nullopt;
    }

    std::optional<TransportError> findCreated(const BlogApiPost &post,
                                              std::optional<RemotePost> &found) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        found.reset();
        std::optional<GhostPost> result;
        if (std::optional<TransportError> error = m_client.findBySlug(post.slug, result))
            return error;
        if (result && result->title == post.title)
            found = remote(*result);
        return std::nullopt;
    }

    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, RemoteMedia &media) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        QByteArray bytes;
        if (std::optional<TransportError> error = readFile(localFile, bytes))
            return error;
        QString url;
        if (std::optional<TransportError> error =
                m_client.uploadImage(fileName, bytes, mimeType.toUtf8(), url))
            return error;
        media.id.clear();
        media.url = QUrl(url);
        return std::nullopt;
    }

    bool canList() const override { return true; }

    std::optional<TransportError> list(int page, bool withContent, QList<RemotePost> &posts,
                                       bool &more) override
    {
        if (std::optional<TransportError> error = refused())
            return error;
        QList<GhostPost> results;
        if (std::optional<TransportError> error = m_client.listPosts(page, results, more, withContent))
            return error;
        posts.clear();
        for (const GhostPost &result : std::as_const(results))
            posts.append(remote(result));
        return std::nullopt;
    }

private:
    static GhostPost ghostPost(const BlogApiPost &post)
    {
        GhostPost out;
        out.title = post.title;
        out.html = post.html;
        out.slug = post.slug;
        switch (post.status) {
        case BlogApiPost::Status::Draft:
            out.status = QStringLiteral("draft");
            break;
        case BlogApiPost::Status::Publish:
            out.status = QStringLiteral("published");
            break;
        case BlogApiPost::Status::Future:
            out.status = QStringLiteral("scheduled");
            break;
        }
        out.publishedAt = post.date;
        // Ghost has tags only; the categories come first, so the first category is the primary tag.
        out.tags = post.categories;
        for (const QString &tag : post.tags) {
            if (!out.tags.contains(tag, Qt::CaseInsensitive))
                out.tags.append(tag);
        }
        out.customExcerpt = post.excerpt;
        out.featureImage = post.coverUrl.toString(QUrl::FullyEncoded);
        return out;
    }

    static RemotePost remote(const GhostPost &result)
    {
        RemotePost post;
        post.id = result.id;
        post.url = QUrl(result.url);
        post.version = result.updatedAt;
        post.slug = result.slug;
        post.title = result.title;
        post.html = result.html;
        post.status = result.status;
        post.date = result.publishedAt;
        post.tags = result.tags;
        post.excerpt = result.customExcerpt;
        post.coverUrl = QUrl(result.featureImage);
        return post;
    }

    std::optional<TransportError> refused() const
    {
        return BlogApiHttp::refuseInsecure(m_site, m_allowInsecure, QStringLiteral("Ghost"));
    }

    QUrl m_site;
    bool m_allowInsecure = false;
    GhostClient m_client;
};

// ---- Micropub ---------------------------------------------------------------------------------------------

class MicropubApi final : public BlogApi
{
public:
    MicropubApi(const QUrl &site, const QString &token, bool allowInsecure, BlogApiOptions options)
        : m_site(site)
        , m_allowInsecure(allowInsecure)
        , m_client(token, std::move(options))
    {}

    QString displayName() const override { return tr("Micropub at %1").arg(BlogApiHttp::displayUrl(m_site)); }

    std::optional<TransportError> connect() override
    {
        // Discovery asks the endpoint for its configuration with the token, which proves it.
        m_discovered = false;
        if (std::optional<TransportError> error =
                BlogApiHttp::refuseInsecure(m_site, m_allowInsecure, QStringLiteral("Micropub")))
            return error;
        if (std::optional<TransportError> error = m_client.discover(m_site, m_endpoints))
            return error;
        m_discovered = true;
        return std::nullopt;
    }

    std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) override
    {
        if (std::optional<TransportError> error = ready())
            return error;
        QUrl location;
        if (std::optional<TransportError> error = m_client.create(m_endpoints, micropubPost(post), location))
            return error;
        created = RemotePost{};
        created.id = location.toString();
        created.url = location;
        created.slug = post.slug;
        created.title = post.title;
        return std::nullopt;
    }

    std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                         RemotePost &updated) override
    {
        if (std::optional<TransportError> error = ready())
            return error;
        if (std::optional<TransportError> error =
                m_client.update(m_endpoints, QUrl(known.id), micropubPost(post)))
            return error;
        updated = known;
        updated.title = post.title;
        return std::nullopt;
    }

    // Micropub has no versions to compare and q=source is optional, so the post is taken to be where
    // it was published; an update of a post that is gone fails with the server's answer.
    std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) override
    {
        post = RemotePost{};
        post->id = id;
        post->url = QUrl(id);
        return std::nullopt;
    }

    bool canFindCreated() const override { return false; }

    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, RemoteMedia &media) override
    {
        if (std::optional<TransportError> error = ready())
            return error;
        QByteArray bytes;
        if (std::optional<TransportError> error = readFile(localFile, bytes))
            return error;
        QUrl location;
        if (std::optional<TransportError> error =
                m_client.uploadMedia(m_endpoints, fileName, bytes, mimeType.toUtf8(), location)) {
            return error;
        }
        media.id.clear();
        media.url = location;
        return std::nullopt;
    }

private:
    std::optional<TransportError> ready() { return m_discovered ? std::nullopt : connect(); }

    static MicropubPost micropubPost(const BlogApiPost &post)
    {
        MicropubPost out;
        out.name = post.title;
        out.html = post.html;
        out.categories = post.categories;
        for (const QString &tag : post.tags) {
            if (!out.categories.contains(tag, Qt::CaseInsensitive))
                out.categories.append(tag);
        }
        // Micropub cannot schedule: a post for later stays a draft until a publish after its date.
        out.postStatus = post.status == BlogApiPost::Status::Publish ? QStringLiteral("published")
                                                                     : QStringLiteral("draft");
        out.published = post.date;
        out.slug = post.slug;
        out.photo = post.coverUrl;
        return out;
    }

    QUrl m_site;
    bool m_allowInsecure = false;
    MicropubClient m_client;
    MicropubEndpoints m_endpoints;
    bool m_discovered = false;
};

} // namespace

std::unique_ptr<BlogApi> makeBlogApi(const PublishTarget &target, const QString &secret,
                                     std::function<bool()> stop)
{
    BlogApiOptions http;
    if (stop)
        http.stop = stop;
    switch (target.type) {
    case PublishTarget::Type::WordPress: {
        WordPressOptions options;
        options.siteUrl = target.url;
        options.user = target.user;
        options.applicationPassword = secret;
        options.allowInsecure = target.allowInsecure;
        return std::make_unique<WordPressApi>(std::move(options), std::move(stop));
    }
    case PublishTarget::Type::MetaWeblog: {
        MetaWeblogOptions options;
        options.endpoint = QUrl(target.url);
        if (!target.blogId.isEmpty())
            options.blogId = target.blogId;
        options.user = target.user;
        options.password = secret;
        options.allowInsecure = target.allowInsecure;
        options.http = http;
        return std::make_unique<MetaWeblogApi>(std::move(options));
    }
    case PublishTarget::Type::Ghost:
        return std::make_unique<GhostApi>(QUrl(target.url), secret, target.allowInsecure, http);
    case PublishTarget::Type::Micropub:
        return std::make_unique<MicropubApi>(QUrl(target.url), secret, target.allowInsecure, http);
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
    case PublishTarget::Type::Sftp:
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
    case PublishTarget::Type::S3:
    case PublishTarget::Type::Git:
    case PublishTarget::Type::Netlify:
        break;
    }
    Q_ASSERT_X(false, "makeBlogApi", "not a blog API target");
    return nullptr;
}

} // namespace Postwright
