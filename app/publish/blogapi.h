#pragma once

#include "publish/deploytransport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Postwright {

// A post as Postwright sends it to a hosted blog, whatever the API: rendered by our own renderer,
// its local images already uploaded and their links rewritten.
struct BlogApiPost
{
    enum class Status { Draft, Publish, Future };

    QString title;
    QString html;
    Status status = Status::Draft;
    QDateTime date; // the post's date (UTC); for Future, when it goes live
    QString slug;   // always set: the post's slug (front matter, else its file name)
    QString excerpt;
    QStringList categories; // by name; an API creates missing ones where it can
    QStringList tags;
    // The cover (featured image), once uploaded through uploadMedia(); empty id and url: none.
    QString coverMediaId;
    QUrl coverUrl;
};

// A post as the blog holds it.
struct RemotePost
{
    QString id; // WordPress, MetaWeblog: the post number; Ghost: its id; Micropub: the post's URL
    QUrl url;   // where readers see it
    // Changes with every edit, made through any API or the blog's own editor: WordPress's
    // modified_gmt, Ghost's updated_at, MetaWeblog's dateModified. Empty when the API has none
    // (Micropub), which turns conflict detection off for that post.
    QString version;
    QString slug;
    QString title;
    QString html;   // filled by find(), findBySlug() and list()
    QString status; // as the API names it: publish, draft, future, published, scheduled …
    QDateTime date;
    QStringList categories; // names
    QStringList tags;
    QString excerpt;
    QUrl coverUrl;
};

struct RemoteMedia
{
    QString id; // WordPress: the attachment number; empty where the API has none (Ghost, Micropub)
    QUrl url;
};

// One hosted blog's API, as one worker thread sees it: every call blocks, and the object (with the
// QNetworkAccessManager inside) belongs to the thread that made it. Errors are TransportErrors: a
// wrong credential is Authentication, a lost connection or 5xx is Transient (create() is never
// repeated by the API itself, see BlogPublisher), a stale update the API refuses is Conflict,
// anything else Permanent. Messages name the blog and never contain the secret.
class BlogApi
{
public:
    virtual ~BlogApi() = default;

    // "WordPress at https://example.com", for messages.
    virtual QString displayName() const = 0;
    // Finds the API and proves the credentials without changing anything.
    virtual std::optional<TransportError> connect() = 0;

    // Sent once: a lost answer may mean the post exists (see findCreated()).
    virtual std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) = 0;
    // known is the post as last read (id, version); APIs that can refuse a stale edit themselves
    // (Ghost's updated_at) do, with a Conflict error.
    virtual std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                                 RemotePost &updated) = 0;
    // post stays nullopt when the blog has no such post (any more).
    virtual std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) = 0;

    // Whether findCreated() can look a post up; Micropub cannot.
    virtual bool canFindCreated() const { return true; }
    // After create() ended without an answer: the post it may have created anyway, found by its slug
    // (any status) and title. nullopt when there is none.
    virtual std::optional<TransportError> findCreated(const BlogApiPost &post,
                                                      std::optional<RemotePost> &found)
    {
        Q_UNUSED(post);
        found.reset();
        return std::nullopt;
    }

    virtual std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                                      const QString &mimeType, RemoteMedia &media) = 0;

    // Reading the whole blog: for pull, and for noticing web edits of posts that did not change here.
    virtual bool canList() const { return false; }
    // One page of posts, newest first, any status; more says whether another page follows. withContent
    // false may leave html empty (a cheaper listing of ids and versions).
    virtual std::optional<TransportError> list(int page, bool withContent, QList<RemotePost> &posts,
                                               bool &more)
    {
        Q_UNUSED(page);
        Q_UNUSED(withContent);
        posts.clear();
        more = false;
        return std::nullopt;
    }
};

} // namespace Postwright
