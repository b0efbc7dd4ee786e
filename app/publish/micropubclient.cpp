#include "publish/micropubclient.h"

#include "util/gumbodocument.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::MicropubClient", text);
}

constexpr qsizetype maxPageBytes = 4 * 1024 * 1024; // a home page larger than this is not scanned whole

bool hasRel(const QString &relValue, const QString &wanted)
{
    const QStringList values = relValue.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(values.begin(), values.end(),
                       [&](const QString &value) { return value.compare(wanted, Qt::CaseInsensitive) == 0; });
}

void take(QUrl &slot, const QUrl &base, const QString &href)
{
    if (slot.isEmpty() && !href.trimmed().isEmpty())
        slot = base.resolved(QUrl(href.trimmed()));
}

void takeRels(MicropubEndpoints &endpoints, const QUrl &base, const QString &rel, const QString &href)
{
    if (hasRel(rel, u"micropub"_s))
        take(endpoints.micropub, base, href);
    if (hasRel(rel, u"token_endpoint"_s))
        take(endpoints.tokenEndpoint, base, href);
    if (hasRel(rel, u"authorization_endpoint"_s))
        take(endpoints.authorizationEndpoint, base, href);
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

// Micropub's errors are {"error": "insufficient_scope", "error_description": "…"}.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(u"error"_s).toString();
    const QString description = object.value(u"error_description"_s).toString();
    if (!code.isEmpty() || !description.isEmpty())
        return description.isEmpty() ? code
               : code.isEmpty()      ? description
                                     : description + u" ("_s + code + u')';
    const QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? tr("no explanation given") : text;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject MicropubPost::properties() const
{
    QJsonObject properties;
    if (!name.isEmpty())
        properties.insert(u"name"_s, QJsonArray{name});
    if (!html.isNull())
        properties.insert(u"content"_s, QJsonArray{QJsonObject{{u"html"_s, html}}});
    if (!categories.isEmpty())
        properties.insert(u"category"_s, QJsonArray::fromStringList(categories));
    if (!postStatus.isEmpty())
        properties.insert(u"post-status"_s, QJsonArray{postStatus});
    if (published.isValid())
        properties.insert(u"published"_s, QJsonArray{published.toUTC().toString(Qt::ISODate)});
    if (!slug.isEmpty())
        properties.insert(u"mp-slug"_s, QJsonArray{slug});
    if (!photo.isEmpty())
        properties.insert(u"photo"_s, QJsonArray{photo.toString(QUrl::FullyEncoded)});
    return properties;
}

MicropubClient::MicropubClient(QString token, BlogApiOptions options)
    : m_token(std::move(token))
    , m_http(std::move(options))
{}

MicropubEndpoints MicropubClient::endpointsFromPage(const QByteArray &html,
                                                    const QList<QByteArray> &linkHeaders, const QUrl &base)
{
    MicropubEndpoints endpoints;
    // Link: <https://example.com/micropub>; rel="micropub", <…>; rel="token_endpoint other"
    static const QRegularExpression linkPattern(u"<([^>]*)>\\s*((?:;[^,<]*)*)"_s);
    static const QRegularExpression relPattern(u";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &header : linkHeaders) {
        auto links = linkPattern.globalMatch(QString::fromUtf8(header));
        while (links.hasNext()) {
            const QRegularExpressionMatch link = links.next();
            const QRegularExpressionMatch rel = relPattern.match(link.captured(2));
            if (rel.hasMatch())
                takeRels(endpoints, base, rel.captured(1) + rel.captured(2), link.captured(1));
        }
    }

    const GumboDocument page(html.left(maxPageBytes));
    if (!page.root())
        return endpoints;
    // In document order, without recursion; a <base href> before the links changes what they are relative to.
    QUrl pageBase = base;
    std::vector<const GumboNode *> pending{page.root()};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_BASE && pageBase == base && !attribute(element, "href").isEmpty())
            pageBase = base.resolved(QUrl(attribute(element, "href")));
        if (element.tag == GUMBO_TAG_LINK) // Micropub names <link> only (not <a>)
            takeRels(endpoints, pageBase, attribute(element, "rel"), attribute(element, "href"));
        for (unsigned i = element.children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
    return endpoints;
}

QNetworkRequest MicropubClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    return request;
}

TransportError MicropubClient::error(const BlogApiReply &reply, const QUrl &endpoint,
                                     const QString &what) const
{
    using Kind = TransportError::Kind;
    const QString where = BlogApiHttp::displayUrl(endpoint);
    const QString code = QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toString();
    if (reply.status == 401 || reply.status == 403 || code == u"insufficient_scope"_s ||
        code == u"unauthorized"_s || code == u"forbidden"_s) {
        return {
            Kind::Authentication,
            tr("The Micropub endpoint %1 refused the access token for %2 (HTTP %3: %4). Sign in to the site "
               "again with the create, update and media scopes and store the new token for this target.")
                .arg(where, what)
                .arg(reply.status)
                .arg(serverMessage(reply.body))};
    }
    if (reply.status == 0) {
        return {
            Kind::Transient,
            tr("Cannot reach %1 for %2: %3. Publish again later.").arg(where, what, reply.networkErrorText)};
    }
    if (reply.transient()) {
        return {Kind::Transient, tr("%1 could not take %2 (HTTP %3: %4). Publish again later.")
                                     .arg(where, what)
                                     .arg(reply.status)
                                     .arg(serverMessage(reply.body))};
    }
    return {
        Kind::Permanent,
        tr("%1 refused %2 (HTTP %3): %4").arg(where, what).arg(reply.status).arg(serverMessage(reply.body))};
}

std::optional<TransportError> MicropubClient::discover(const QUrl &siteUrl, MicropubEndpoints &endpoints)
{
    endpoints = {};
    const QString what = tr("the site's home page");
    // The page is public: fetched without the token, following a few redirects by hand.
    QUrl url = siteUrl;
    BlogApiReply reply;
    for (int redirects = 0;; ++redirects) {
        QNetworkRequest page(url);
        page.setRawHeader("Accept", "text/html");
        reply = m_http.sendWithRetries("GET", [&] { return page; });
        const QByteArray location = reply.header("Location");
        if (reply.status < 300 || reply.status >= 400 || location.isEmpty() || redirects >= 5)
            break;
        url = url.resolved(QUrl::fromEncoded(location));
    }
    if (!reply.ok())
        return error(reply, url, what);
    QList<QByteArray> linkHeaders;
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("Link", Qt::CaseInsensitive) == 0)
            linkHeaders.append(value);
    }
    endpoints = endpointsFromPage(reply.body, linkHeaders, url);
    if (endpoints.micropub.isEmpty()) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("%1 names no Micropub endpoint (no <link rel=\"micropub\">). Check the site's "
               "address, or turn on Micropub in the site's software.")
                .arg(BlogApiHttp::displayUrl(url))};
    }
    qCInfo(lcPublish) << "micropub: endpoint" << BlogApiHttp::displayUrl(endpoints.micropub)
                      << "token endpoint" << BlogApiHttp::displayUrl(endpoints.tokenEndpoint);
    return queryConfig(endpoints);
}

std::optional<TransportError> MicropubClient::queryConfig(MicropubEndpoints &endpoints)
{
    endpoints.mediaEndpoint.clear();
    QUrl url = endpoints.micropub;
    QUrlQuery query(url);
    query.addQueryItem(u"q"_s, u"config"_s);
    url.setQuery(query);
    const QString what = tr("the question for its configuration (q=config)");
    const BlogApiReply reply = m_http.sendWithRetries("GET", [&] { return request(url); });
    if (!reply.ok())
        return error(reply, endpoints.micropub, what);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("The answer of %1 to %2 is not a JSON object (%3). Check that it is a Micropub "
               "endpoint.")
                .arg(BlogApiHttp::displayUrl(endpoints.micropub), what,
                     parseError.error != QJsonParseError::NoError
                         ? tr("malformed JSON: %1").arg(parseError.errorString())
                         : tr("JSON, but not an object"))};
    }
    const QString media = document.object().value(u"media-endpoint"_s).toString();
    if (!media.isEmpty())
        endpoints.mediaEndpoint = endpoints.micropub.resolved(QUrl(media));
    return std::nullopt;
}

std::optional<TransportError> MicropubClient::readLocation(const BlogApiReply &reply, const QUrl &endpoint,
                                                           const QString &what, QUrl &location) const
{
    const QByteArray header = reply.header("Location");
    if (header.isEmpty()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("%1 accepted %2 (HTTP %3) but did not say where it is (no Location header).")
                                  .arg(BlogApiHttp::displayUrl(endpoint), what)
                                  .arg(reply.status)};
    }
    location = endpoint.resolved(QUrl::fromEncoded(header));
    return std::nullopt;
}

std::optional<TransportError> MicropubClient::create(const MicropubEndpoints &endpoints,
                                                     const MicropubPost &post, QUrl &location)
{
    location.clear();
    const QString what = tr("the new post \u201c%1\u201d").arg(post.name);
    const QByteArray body =
        compact({{u"type"_s, QJsonArray{u"h-entry"_s}}, {u"properties"_s, post.properties()}});
    QNetworkRequest request = this->request(endpoints.micropub);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Not repeated: a POST whose answer was lost may have created the post.
    const BlogApiReply reply = m_http.sendOnce("POST", request, body);
    if (reply.status != 201 && reply.status != 202)
        return reply.ok() ? TransportError{TransportError::Kind::Permanent,
                                           tr("%1 answered %2 with HTTP %3 instead of 201 Created.")
                                               .arg(BlogApiHttp::displayUrl(endpoints.micropub), what)
                                               .arg(reply.status)}
                          : error(reply, endpoints.micropub, what);
    return readLocation(reply, endpoints.micropub, what, location);
}

std::optional<TransportError> MicropubClient::update(const MicropubEndpoints &endpoints, const QUrl &postUrl,
                                                     const MicropubPost &post)
{
    const QString what = tr("the post %1").arg(BlogApiHttp::displayUrl(postUrl));
    QJsonObject replace = post.properties();
    replace.remove(u"mp-slug"_s); // a command for creation only
    const QByteArray body = compact({{u"action"_s, u"update"_s},
                                     {u"url"_s, postUrl.toString(QUrl::FullyEncoded)},
                                     {u"replace"_s, replace}});
    // Replacing the same values twice changes nothing, so this one may be repeated.
    const BlogApiReply reply = m_http.sendWithRetries(
        "POST",
        [&] {
            QNetworkRequest request = this->request(endpoints.micropub);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            return request;
        },
        body);
    if (!reply.ok())
        return error(reply, endpoints.micropub, what);
    return std::nullopt;
}

std::optional<TransportError> MicropubClient::uploadMedia(const MicropubEndpoints &endpoints,
                                                          const QString &fileName, const QByteArray &bytes,
                                                          const QByteArray &mimeType, QUrl &location)
{
    location.clear();
    const QString what = tr("the file \u201c%1\u201d").arg(fileName);
    if (endpoints.mediaEndpoint.isEmpty()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot upload %1: %2 has no media endpoint.")
                                  .arg(what, BlogApiHttp::displayUrl(endpoints.micropub))};
    }
    const MultipartBody body = MultipartBody::file("file", fileName, mimeType, bytes);
    // Repeating an upload at worst stores a second copy of the same file.
    const BlogApiReply reply = m_http.sendWithRetries(
        "POST",
        [&] {
            QNetworkRequest request = this->request(endpoints.mediaEndpoint);
            request.setHeader(QNetworkRequest::ContentTypeHeader, body.contentType);
            return request;
        },
        body.bytes);
    if (!reply.ok())
        return error(reply, endpoints.mediaEndpoint, what);
    return readLocation(reply, endpoints.mediaEndpoint, what, location);
}

} // namespace Postwright
