#pragma once

#include "publish/blogapihttp.h"
#include "publish/deploytransport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Postwright {

// Where a Micropub site takes posts and files, as its pages and its endpoint announce them.
struct MicropubEndpoints
{
    QUrl micropub;
    QUrl tokenEndpoint;
    QUrl authorizationEndpoint;
    QUrl mediaEndpoint; // from q=config; empty when the server has none
};

// A post in Micropub's JSON syntax (an h-entry). Empty fields are not sent.
struct MicropubPost
{
    QString name; // the title
    QString html;
    QStringList categories;
    QString postStatus; // "draft" or "published"
    QDateTime published;
    QString slug;
    QUrl photo; // the cover, once uploaded to the media endpoint

    QJsonObject properties() const; // {"name": […], "content": [{"html": …}], …}
};

// A Micropub client (W3C Micropub, JSON syntax), blocking, for a worker thread. The bearer token goes to
// the Micropub and media endpoints only, never to the site's pages.
class MicropubClient
{
public:
    explicit MicropubClient(QString token, BlogApiOptions options = {});

    // Reads the site's home page (its Link headers, then its <link rel=…> elements) for the Micropub
    // and token endpoints, then asks the Micropub endpoint (q=config) for the media endpoint.
    std::optional<TransportError> discover(const QUrl &siteUrl, MicropubEndpoints &endpoints);
    // Only the q=config part: fills endpoints.mediaEndpoint.
    std::optional<TransportError> queryConfig(MicropubEndpoints &endpoints);

    // location receives the new post's URL (the Location of the 201/202 answer).
    std::optional<TransportError> create(const MicropubEndpoints &endpoints, const MicropubPost &post,
                                         QUrl &location);
    // Replaces the properties the post sets (the others are left as they are on the server).
    std::optional<TransportError> update(const MicropubEndpoints &endpoints, const QUrl &postUrl,
                                         const MicropubPost &post);
    // location receives the file's URL.
    std::optional<TransportError> uploadMedia(const MicropubEndpoints &endpoints, const QString &fileName,
                                              const QByteArray &bytes, const QByteArray &mimeType,
                                              QUrl &location);

    // The endpoints named by rel values in an HTML page at base (public for the tests). Link headers win
    // over the page; the first element with a rel wins over later ones.
    static MicropubEndpoints endpointsFromPage(const QByteArray &html, const QList<QByteArray> &linkHeaders,
                                               const QUrl &base);

private:
    QNetworkRequest request(const QUrl &url) const;
    TransportError error(const BlogApiReply &reply, const QUrl &endpoint, const QString &what) const;
    std::optional<TransportError> readLocation(const BlogApiReply &reply, const QUrl &endpoint,
                                               const QString &what, QUrl &location) const;

    QString m_token;
    BlogApiHttp m_http;
};

} // namespace Postwright
