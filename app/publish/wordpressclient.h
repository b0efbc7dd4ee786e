#pragma once

#include "publish/deploytransport.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QIODevice;

namespace Postwright {

// How to reach one WordPress site's REST API. The application password is a secret: it goes into the
// Authorization header and nowhere else (not into messages, not into logs).
struct WordPressOptions
{
    QString siteUrl; // e.g. https://example.com/blog (the folder with wp-json), trailing slash optional
    QString user;
    QString applicationPassword;
    // Sends the password over plain http:// to a host that is not this computer. Off by default: anyone
    // on the way could read it.
    bool allowInsecure = false;
    // No byte moving for this long counts as a lost connection.
    std::chrono::milliseconds requestTimeout{30000};
    int maxTries = 3; // for requests that are safe to repeat (reads, updates); creations are sent once
    std::chrono::milliseconds firstRetryDelay{500}; // doubled after each transient failure
};

// A post as Postwright sends it. Categories and tags are names; missing ones are created.
struct WordPressPost
{
    enum class Status { Draft, Publish, Future };

    QString title;
    QString content; // HTML
    Status status = Status::Draft;
    QDateTime date; // sent as date_gmt for Future (and when set for the others)
    QString slug;   // empty: WordPress derives one from the title
    QString excerpt;
    QStringList categories;
    QStringList tags;
    std::optional<qint64> featuredMedia; // a media id from uploadMedia(); 0 removes the featured image
};

// A post as WordPress stores it (context=edit: raw title, any status).
struct WordPressPostInfo
{
    qint64 id = 0;
    QString link;
    QDateTime modifiedGmt; // changes with every edit, in the API or not: the basis of conflict detection
    QDateTime dateGmt;
    QString status;
    QString slug;
    QString title; // raw
    QList<qint64> categories;
    QList<qint64> tags;
    qint64 featuredMedia = 0;
    // Read by findPost(), findBySlug() and listPosts() with content (empty in a listing without it).
    QString content;         // raw, as the editor holds it (Gutenberg's block comments included)
    QString renderedContent; // as readers get it: shortcodes run, paragraphs of classic posts made <p>
    QString excerpt;         // raw
    QStringList categoryNames;
    QStringList tagNames;
    QString featuredMediaUrl; // the featured image's source_url; empty when none
};

struct WordPressMedia
{
    qint64 id = 0;
    QUrl sourceUrl;
};

// WordPress's REST API (wp/v2) with an Application Password, as one worker thread sees it: blocking
// requests over a QNetworkAccessManager owned by the thread that constructs the client.
//
// A creation (post, media, term) is sent once: when it ends in a Transient error, WordPress may have made
// it anyway, so the caller looks it up (findBySlug()) before creating again.
class WordPressClient
{
public:
    // stop() ends retry pauses early (a cancel).
    explicit WordPressClient(WordPressOptions options, std::function<bool()> stop = {});

    // Refuses a URL that is not http(s), and plain http:// to a host other than this computer unless
    // allowInsecure. Every request checks this first; exposed for settings pages.
    std::optional<TransportError> checkSiteUrl() const;
    // Finds the API: SITE/wp-json/wp/v2/, else SITE/?rest_route=/wp/v2/ (sites without pretty
    // permalinks). Called by the first request when not called before.
    std::optional<TransportError> discover();
    bool usesQueryRoute() const { return m_queryRoute; }

    std::optional<TransportError> createPost(const WordPressPost &post, WordPressPostInfo &created);
    // Replaces what post describes: title, content, status, excerpt, categories, tags (and slug, date and
    // featured media when set).
    std::optional<TransportError> updatePost(qint64 id, const WordPressPost &post,
                                             WordPressPostInfo &updated);
    // post stays nullopt when there is no such post (deleted, or trashed and emptied).
    std::optional<TransportError> findPost(qint64 id, std::optional<WordPressPostInfo> &post);
    // Any status, drafts included; post stays nullopt when none has the slug.
    std::optional<TransportError> findBySlug(const QString &slug, std::optional<WordPressPostInfo> &post);
    // Proves the user name and application password (GET users/me); changes nothing.
    std::optional<TransportError> checkLogin();
    // One page (1-based) of every post but trashed ones, newest first, 100 to a page; more says whether
    // another page follows. Without content only id, link, modified_gmt, date_gmt, status, slug and title
    // are read (a cheap look for web edits).
    std::optional<TransportError> listPosts(int page, bool withContent, QList<WordPressPostInfo> &posts,
                                            bool &more);
    std::optional<TransportError> uploadMedia(const QString &localFile, const QString &fileName,
                                              const QString &mimeType, WordPressMedia &media);

    // The ids of terms of taxonomy ("categories" or "tags") by exact name, created when missing.
    std::optional<TransportError> termIds(const QString &taxonomy, const QStringList &names, QJsonArray &ids);

    static QString statusName(WordPressPost::Status status);

private:
    struct Reply
    {
        int status = 0; // 0: no answer (refused, lost, timed out)
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        QByteArray body;
        QByteArray location;
        QByteArray totalPages; // X-WP-TotalPages of a listing

        bool ok() const { return status >= 200 && status < 300; }
        bool transient() const;
    };

    Reply send(const QByteArray &verb, const QString &route, const QUrlQuery &query = {},
               QIODevice *body = nullptr, const QByteArray &contentType = {},
               const QByteArray &contentDisposition = {});
    Reply sendWithRetries(const QByteArray &verb, const QString &route, const QUrlQuery &query = {},
                          QIODevice *body = nullptr, const QByteArray &contentType = {});
    Reply sendJson(const QByteArray &verb, const QString &route, const QJsonObject &object, bool retry);
    QUrl endpoint(const QString &route, const QUrlQuery &query) const;
    // In words for the writer; what names the subject ("the post “Hello”"). Never contains the password.
    TransportError error(const Reply &reply, const QString &what) const;
    TransportError malformed(const QString &what, const QString &expected) const;
    std::optional<TransportError> ready();
    std::optional<TransportError> postObject(const WordPressPost &post, QJsonObject &object);
    std::optional<TransportError> readPost(const QJsonObject &object, const QString &what,
                                           WordPressPostInfo &post) const;
    QString hideSecret(QString text) const;
    // Fills the names of the posts' categories and tags and their featured images' URLs, asking only for
    // what the caches below do not hold yet.
    std::optional<TransportError> resolveNames(QList<WordPressPostInfo> &posts);
    std::optional<TransportError> lookUp(const QString &route, const QList<qint64> &ids, const QString &field,
                                         QHash<qint64, QString> &cache);

    WordPressOptions m_options;
    QUrl m_site;
    std::function<bool()> m_stop;
    bool m_discovered = false;
    bool m_queryRoute = false;
    QNetworkAccessManager m_manager;
    QHash<qint64, QString> m_categoryNames; // by term id
    QHash<QString, qint64> m_termIds;       // "taxonomy\nname" -> term id, as looked up or created
    QHash<qint64, QString> m_tagNames;
    QHash<qint64, QString> m_mediaUrls; // by attachment id
};

} // namespace Postwright
