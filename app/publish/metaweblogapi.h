#pragma once

#include "publish/blogapi.h"
#include "publish/blogapihttp.h"
#include "publish/xmlrpc.h"

#include <QString>
#include <QUrl>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Postwright {

// How to reach a blog's XML-RPC endpoint. The password is a secret: it goes into the request bodies and
// nowhere else (not into messages, not into logs).
struct MetaWeblogOptions
{
    QUrl endpoint; // e.g. https://example.com/xmlrpc.php
    QString blogId = QStringLiteral("1");
    QString user;
    QString password; // WordPress takes the login password or an application password
    // Sends the password over plain http:// to a host that is not this computer. Off by default.
    bool allowInsecure = false;
    BlogApiOptions http;
};

// A blog through XML-RPC: the MetaWeblog API with the Movable Type extensions (categories) and the
// WordPress ones (slug, status, featured image, new categories), as WordPress's xmlrpc.php offers them.
// Calls that create something (posts, files, categories) are sent once; the others are repeated after
// transient failures.
class MetaWeblogApi final : public BlogApi
{
public:
    explicit MetaWeblogApi(MetaWeblogOptions options);

    QString displayName() const override;
    std::optional<TransportError> connect() override;
    std::optional<TransportError> create(const BlogApiPost &post, RemotePost &created) override;
    // WordPress cannot refuse a stale edit through XML-RPC: known only gives the id.
    std::optional<TransportError> update(const RemotePost &known, const BlogApiPost &post,
                                         RemotePost &updated) override;
    std::optional<TransportError> find(const QString &id, std::optional<RemotePost> &post) override;
    // Among the 50 newest posts: the one with the post's title and its slug (or the slug with a "-2"
    // style suffix, WordPress's answer to a slug in use).
    std::optional<TransportError> findCreated(const BlogApiPost &post,
                                              std::optional<RemotePost> &found) override;
    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, RemoteMedia &media) override;
    bool canList() const override { return true; }
    // MetaWeblog has no paging: page 1 holds the newest 1000 posts, later pages nothing.
    std::optional<TransportError> list(int page, bool withContent, QList<RemotePost> &posts,
                                       bool &more) override;

    // A post as metaWeblog.getPost and getRecentPosts describe it; public for the tests.
    static RemotePost readPost(const QVariantMap &post);

private:
    enum class Repeat { No, Yes };

    // A fault also lands in fault, when given, for callers that take some as an answer.
    std::optional<TransportError> call(const QString &method, const QVariantList &params, Repeat repeat,
                                       const QString &what, QVariant &result,
                                       std::optional<XmlRpcFault> *fault = nullptr);
    TransportError faultError(const XmlRpcFault &fault, const QString &method, const QString &what) const;
    TransportError malformed(const QString &what, const QString &detail) const;
    QVariantList login() const; // blogid, user, password: how most calls start
    std::optional<TransportError> categoryIds(const QStringList &names, QVariantList &ids);
    QVariantMap postStruct(const BlogApiPost &post, bool update) const;
    std::optional<TransportError> setCategories(const QString &id, const QVariantList &categoryIds,
                                                const QString &what);
    std::optional<TransportError> readBack(const QString &id, const QString &what, RemotePost &post);
    std::optional<TransportError> recentPosts(int count, const QString &what, QList<QVariantMap> &posts);
    QString hideSecret(QString text) const;

    MetaWeblogOptions m_options;
    BlogApiHttp m_http;
};

} // namespace Postwright
