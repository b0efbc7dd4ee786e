#include "publish/ghostclient.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::GhostClient", text);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "id:secret" with a secret of hex digits; nullopt when the key has another shape.
std::optional<std::pair<QByteArray, QByteArray>> splitKey(const QString &adminKey)
{
    static const QRegularExpression shape(u"^([^:\\s]+):((?:[0-9a-fA-F]{2})+)$"_s);
    const QRegularExpressionMatch match = shape.match(adminKey.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toUtf8(), QByteArray::fromHex(match.captured(2).toLatin1())};
}

// Ghost's errors are {"errors": [{"message": "…", "context": "…", "type": "…"}]}.
QJsonObject firstError(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray().at(0).toObject();
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject error = firstError(body);
    QString message = error.value(u"message"_s).toString();
    const QString context = error.value(u"context"_s).toString();
    if (!message.isEmpty() && !context.isEmpty())
        message += u" ("_s + context + u')';
    if (!message.isEmpty())
        return message;
    const QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? tr("no explanation given") : text;
}

} // namespace

QJsonObject GhostPost::toJson() const
{
    QJsonObject object{{u"title"_s, title}, {u"html"_s, html}, {u"status"_s, status}};
    if (!slug.isEmpty())
        object.insert(u"slug"_s, slug);
    if (publishedAt.isValid())
        object.insert(u"published_at"_s, publishedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray tagArray;
    for (const QString &tag : tags)
        tagArray.append(QJsonObject{{u"name"_s, tag}});
    object.insert(u"tags"_s, tagArray);
    if (!customExcerpt.isEmpty())
        object.insert(u"custom_excerpt"_s, customExcerpt);
    if (!featureImage.isEmpty())
        object.insert(u"feature_image"_s, featureImage);
    if (!updatedAt.isEmpty())
        object.insert(u"updated_at"_s, updatedAt);
    return object;
}

GhostPost GhostPost::fromJson(const QJsonObject &object)
{
    GhostPost post;
    post.id = object.value(u"id"_s).toString();
    post.title = object.value(u"title"_s).toString();
    post.html = object.value(u"html"_s).toString();
    post.slug = object.value(u"slug"_s).toString();
    post.status = object.value(u"status"_s).toString();
    post.publishedAt = QDateTime::fromString(object.value(u"published_at"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        post.tags.append(tag.toObject().value(u"name"_s).toString());
    post.customExcerpt = object.value(u"custom_excerpt"_s).toString();
    post.featureImage = object.value(u"feature_image"_s).toString();
    post.updatedAt = object.value(u"updated_at"_s).toString();
    post.url = object.value(u"url"_s).toString();
    return post;
}

GhostClient::GhostClient(const QUrl &siteUrl, const QString &adminKey, BlogApiOptions options)
    : m_apiBase(siteUrl)
    , m_adminKey(adminKey)
    , m_http(std::move(options))
{
    QString path = siteUrl.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    m_apiBase.setPath(path + u"ghost/api/admin/"_s);
}

QByteArray GhostClient::makeToken(const QString &adminKey, const QDateTime &now)
{
    const auto key = splitKey(adminKey);
    if (!key)
        return {};
    const qint64 iat = now.toSecsSinceEpoch();
    const QByteArray header = base64Url(
        compact({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, QString::fromUtf8(key->first)}}));
    const QByteArray payload =
        base64Url(compact({{u"iat"_s, iat}, {u"exp"_s, iat + 5 * 60}, {u"aud"_s, u"/admin/"_s}}));
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, key->second, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

std::optional<TransportError> GhostClient::checkKey() const
{
    if (splitKey(m_adminKey))
        return std::nullopt;
    return TransportError{
        TransportError::Kind::Authentication,
        tr("The stored Ghost Admin API key has the wrong shape (it should be an ID, a colon and "
           "a hexadecimal secret). Copy the Admin API key of a custom integration from Ghost "
           "Admin (Settings, Integrations) and store it again.")};
}

QNetworkRequest GhostClient::request(const QString &path, const QString &query) const
{
    QUrl url = m_apiBase.resolved(QUrl(path));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Ghost " + makeToken(m_adminKey, QDateTime::currentDateTimeUtc()));
    request.setRawHeader("Accept-Version", "v5.0");
    request.setRawHeader("Accept", "application/json");
    return request;
}

TransportError GhostClient::error(const BlogApiReply &reply, const QString &what) const
{
    using Kind = TransportError::Kind;
    const QString site = BlogApiHttp::displayUrl(m_apiBase.resolved(QUrl(u"/"_s)));
    if (reply.status == 401 || reply.status == 403) {
        return {Kind::Authentication,
                tr("Ghost at %1 refused the Admin API key (HTTP %2: %3). Copy the Admin API key of a custom "
                   "integration from Ghost Admin (Settings, Integrations) and store it for this target.")
                    .arg(site)
                    .arg(reply.status)
                    .arg(serverMessage(reply.body))};
    }
    if (reply.status == 0) {
        return {Kind::Transient, tr("Cannot reach Ghost at %1 for %2: %3. Publish again later.")
                                     .arg(site, what, reply.networkErrorText)};
    }
    if (reply.transient()) {
        return {Kind::Transient, tr("Ghost at %1 could not take %2 (HTTP %3: %4). Publish again later.")
                                     .arg(site, what)
                                     .arg(reply.status)
                                     .arg(serverMessage(reply.body))};
    }
    if (firstError(reply.body).value(u"type"_s).toString() == u"UpdateCollisionError"_s) {
        return {Kind::Conflict,
                tr("%1 was changed in Ghost after Postwright last read it, so Ghost refused to overwrite it. "
                   "Look at the changes in Ghost Admin, then publish again to replace them.")
                    .arg(what)};
    }
    return {Kind::Permanent, tr("Ghost at %1 refused %2 (HTTP %3): %4")
                                 .arg(site, what)
                                 .arg(reply.status)
                                 .arg(serverMessage(reply.body))};
}

std::optional<TransportError> GhostClient::readPost(const BlogApiReply &reply, const QString &what,
                                                    GhostPost &result) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonObject post = document.object().value(u"posts"_s).toArray().at(0).toObject();
    if (parseError.error != QJsonParseError::NoError || post.value(u"id"_s).toString().isEmpty()) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Ghost's answer to %1 is not a post (%2). Check that the target's URL is the "
               "Ghost site's address.")
                .arg(what, parseError.error != QJsonParseError::NoError
                               ? tr("malformed JSON: %1").arg(parseError.errorString())
                               : tr("no post in it"))};
    }
    result = GhostPost::fromJson(post);
    return std::nullopt;
}

std::optional<TransportError> GhostClient::createPost(const GhostPost &post, GhostPost &result)
{
    if (auto keyError = checkKey())
        return keyError;
    GhostPost sent = post;
    sent.updatedAt.clear();
    const QByteArray body = compact({{u"posts"_s, QJsonArray{sent.toJson()}}});
    const QString what = tr("the new post \u201c%1\u201d").arg(post.title);
    QNetworkRequest request = this->request(u"posts/"_s, u"source=html"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Not repeated: a POST whose answer was lost may have created the post.
    const BlogApiReply reply = m_http.sendOnce("POST", request, body);
    if (!reply.ok())
        return error(reply, what);
    return readPost(reply, what, result);
}

std::optional<TransportError> GhostClient::updatePost(const GhostPost &post, GhostPost &result)
{
    if (auto keyError = checkKey())
        return keyError;
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    if (post.id.isEmpty() || post.updatedAt.isEmpty()) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Cannot update %1 in Ghost without its ID and the time of its last change.").arg(what)};
    }
    const QByteArray body = compact({{u"posts"_s, QJsonArray{post.toJson()}}});
    const QString path = u"posts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(post.id)) + u'/';
    const BlogApiReply reply = m_http.sendWithRetries(
        "PUT",
        [&] {
            QNetworkRequest request = this->request(path, u"source=html"_s);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            return request;
        },
        body);
    if (!reply.ok())
        return error(reply, what);
    return readPost(reply, what, result);
}

std::optional<TransportError> GhostClient::find(const QString &path, const QString &what,
                                                std::optional<GhostPost> &result)
{
    result.reset();
    if (auto keyError = checkKey())
        return keyError;
    const BlogApiReply reply =
        m_http.sendWithRetries("GET", [&] { return request(path, u"formats=html&include=tags"_s); });
    if (reply.status == 404)
        return std::nullopt;
    if (!reply.ok())
        return error(reply, what);
    GhostPost post;
    if (auto readError = readPost(reply, what, post))
        return readError;
    result = post;
    return std::nullopt;
}

std::optional<TransportError> GhostClient::findPost(const QString &id, std::optional<GhostPost> &result)
{
    return find(u"posts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u'/',
                tr("the post with the ID \u201c%1\u201d").arg(id), result);
}

std::optional<TransportError> GhostClient::findBySlug(const QString &slug, std::optional<GhostPost> &result)
{
    return find(u"posts/slug/"_s + QString::fromLatin1(QUrl::toPercentEncoding(slug)) + u'/',
                tr("the post with the slug \u201c%1\u201d").arg(slug), result);
}

std::optional<TransportError> GhostClient::listPosts(int page, QList<GhostPost> &posts, bool &more,
                                                     bool withContent)
{
    posts.clear();
    more = false;
    if (auto keyError = checkKey())
        return keyError;
    const QString what = tr("the list of posts (page %1)").arg(page);
    // Without content: only what tells a post and its version apart (a plan's look for web edits).
    const QString query =
        withContent
            ? u"formats=html&include=tags&limit=100&page=%1"_s.arg(page)
            : u"fields=id,uuid,title,slug,status,url,updated_at,published_at&limit=100&page=%1"_s.arg(page);
    const BlogApiReply reply = m_http.sendWithRetries("GET", [&] { return request(u"posts/"_s, query); });
    if (!reply.ok())
        return error(reply, what);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonValue list = document.object().value(u"posts"_s);
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Ghost's answer to %1 is not a list of posts (%2). Check that the target's URL is the "
               "Ghost site's address.")
                .arg(what, parseError.error != QJsonParseError::NoError
                               ? tr("malformed JSON: %1").arg(parseError.errorString())
                               : tr("no posts in it"))};
    }
    for (const QJsonValue &post : list.toArray()) {
        if (post.toObject().value(u"id"_s).toString().isEmpty()) {
            return TransportError{TransportError::Kind::Permanent,
                                  tr("Ghost's answer to %1 holds a post without an ID.").arg(what)};
        }
        posts.append(GhostPost::fromJson(post.toObject()));
    }
    // meta.pagination.next is the next page's number, or null on the last page.
    const QJsonValue next =
        document.object().value(u"meta"_s).toObject().value(u"pagination"_s).toObject().value(u"next"_s);
    more = next.isDouble() && next.toInt() > page && !posts.isEmpty();
    return std::nullopt;
}

std::optional<TransportError> GhostClient::uploadImage(const QString &fileName, const QByteArray &bytes,
                                                       const QByteArray &mimeType, QString &url)
{
    url.clear();
    if (auto keyError = checkKey())
        return keyError;
    const QString what = tr("the image \u201c%1\u201d").arg(fileName);
    const MultipartBody body = MultipartBody::file("file", fileName, mimeType, bytes);
    // Repeating an upload at worst stores a second copy of the same image.
    const BlogApiReply reply = m_http.sendWithRetries(
        "POST",
        [&] {
            QNetworkRequest request = this->request(u"images/upload/"_s);
            request.setHeader(QNetworkRequest::ContentTypeHeader, body.contentType);
            return request;
        },
        body.bytes);
    if (!reply.ok())
        return error(reply, what);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    url = document.object().value(u"images"_s).toArray().at(0).toObject().value(u"url"_s).toString();
    if (url.isEmpty()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Ghost's answer to %1 names no URL for it (%2).")
                                  .arg(what, parseError.error != QJsonParseError::NoError
                                                 ? tr("malformed JSON: %1").arg(parseError.errorString())
                                                 : tr("no image in it"))};
    }
    qCInfo(lcPublish) << "ghost: uploaded" << fileName << "to" << url;
    return std::nullopt;
}

} // namespace Postwright
