#pragma once

#include "publish/blogapihttp.h"
#include "publish/deploytransport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// A post as Ghost's Admin API holds it (the fields Postwright sends and reads back).
struct GhostPost
{
    QString id; // empty for a post not yet created
    QString title;
    QString html;
    QString slug;
    QString status = QStringLiteral("draft"); // draft, published or scheduled
    QDateTime publishedAt;                    // required for scheduled (in the future)
    QStringList tags;                         // by name; Ghost creates the missing ones
    QString customExcerpt;
    QString featureImage; // a URL, e.g. from uploadImage()
    QString updatedAt;    // Ghost's, as read: sent back on update so that a stale edit is refused
    QString url;          // read only

    QJsonObject toJson() const;
    static GhostPost fromJson(const QJsonObject &object);
};

// Ghost's Admin API (v5), blocking, for a worker thread. Authenticates each request with a short-lived
// JWT made from the Admin API key ("id:secret", the secret in hex), which never leaves this class.
class GhostClient
{
public:
    // siteUrl is the site's root ("https://blog.example"); the API is under ghost/api/admin/.
    GhostClient(const QUrl &siteUrl, const QString &adminKey, BlogApiOptions options = {});

    // Both send the HTML as is (?source=html: Ghost converts it to its own format) and fill result with
    // the post as Ghost stored it. update needs post.id and post.updatedAt from the last read.
    std::optional<TransportError> createPost(const GhostPost &post, GhostPost &result);
    std::optional<TransportError> updatePost(const GhostPost &post, GhostPost &result);
    // result stays empty (no id) when there is no such post.
    std::optional<TransportError> findPost(const QString &id, std::optional<GhostPost> &result);
    std::optional<TransportError> findBySlug(const QString &slug, std::optional<GhostPost> &result);
    // One page (1-based) of every post, any status (the Admin API lists drafts and scheduled posts too),
    // with HTML and tags, 100 to a page; more says whether another page follows.
    // withContent false leaves html and tags out (ids and versions only).
    std::optional<TransportError> listPosts(int page, QList<GhostPost> &posts, bool &more,
                                            bool withContent = true);
    // Uploads an image; url receives where Ghost serves it.
    std::optional<TransportError> uploadImage(const QString &fileName, const QByteArray &bytes,
                                              const QByteArray &mimeType, QString &url);

    // The token for one request; public for the tests. Empty when the key is malformed.
    static QByteArray makeToken(const QString &adminKey, const QDateTime &now);

private:
    QNetworkRequest request(const QString &path, const QString &query = {}) const;
    TransportError error(const BlogApiReply &reply, const QString &what) const;
    std::optional<TransportError> readPost(const BlogApiReply &reply, const QString &what,
                                           GhostPost &result) const;
    std::optional<TransportError> checkKey() const;
    std::optional<TransportError> find(const QString &path, const QString &what,
                                       std::optional<GhostPost> &result);

    QUrl m_apiBase;
    QString m_adminKey;
    BlogApiHttp m_http;
};

} // namespace Postwright
