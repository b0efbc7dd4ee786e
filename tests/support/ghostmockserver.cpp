#include "ghostmockserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postwright::Test {

namespace {

HttpMockResponse json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpMockResponse ghostError(int status, const QString &type, const QString &message,
                            const QString &context = {})
{
    QJsonObject error{{u"message"_s, message}, {u"type"_s, type}};
    if (!context.isEmpty())
        error.insert(u"context"_s, context);
    return json(status, {{u"errors"_s, QJsonArray{error}}});
}

QJsonObject decodePart(const QByteArray &part)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

QString slugify(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"untitled"_s : slug;
}

} // namespace

GhostMockServer::GhostMockServer(QString keyId, QByteArray secretHex)
    : m_keyId(std::move(keyId))
    , m_secretHex(std::move(secretHex))
    , m_http(std::make_unique<HttpMockServer>(
          [this](const HttpMockRequest &request) { return handle(request); }))
{}

bool GhostMockServer::start()
{
    return m_http->start();
}

QString GhostMockServer::siteUrl() const
{
    return m_http->baseUrl() + u'/';
}

QString GhostMockServer::checkToken(const QByteArray &authorization, Request &record) const
{
    if (!authorization.startsWith("Ghost "))
        return u"Authorization header format is \"Authorization: Ghost [token]\""_s;
    const QList<QByteArray> parts = authorization.mid(6).split('.');
    if (parts.size() != 3)
        return u"Invalid token: not a JWT"_s;
    record.jwtHeader = decodePart(parts[0]);
    record.jwtPayload = decodePart(parts[1]);
    if (record.jwtHeader.value(u"alg"_s).toString() != u"HS256"_s ||
        record.jwtHeader.value(u"typ"_s).toString() != u"JWT"_s)
        return u"Invalid token: not HS256"_s;
    if (record.jwtHeader.value(u"kid"_s).toString() != m_keyId)
        return u"Unknown Admin API Key"_s;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], QByteArray::fromHex(m_secretHex),
                                         QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (parts[2] != expected)
        return u"Invalid token: invalid signature"_s;
    if (record.jwtPayload.value(u"aud"_s).toString() != u"/admin/"_s)
        return u"Invalid token: jwt audience invalid"_s;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = record.jwtPayload.value(u"iat"_s).toInteger(-1);
    const qint64 exp = record.jwtPayload.value(u"exp"_s).toInteger(-1);
    if (iat < 0 || exp <= now || iat > now + 60)
        return u"Invalid token: jwt expired or not yet valid"_s;
    if (exp - iat > 5 * 60)
        return u"Invalid token: maxAge exceeded"_s;
    return {};
}

QString GhostMockServer::nextTimestamp()
{
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return base.addSecs(++m_clock).toString(Qt::ISODateWithMs);
}

HttpMockResponse GhostMockServer::handle(const HttpMockRequest &request)
{
    QMutexLocker lock(&m_mutex);
    Request record;
    record.method = request.method;
    record.path = request.path();
    record.query = request.query();
    record.body = request.body;
    record.acceptVersion = request.headers.value("accept-version");
    HttpMockResponse response = route(request, record);
    record.status = response.status;
    m_requests.append(record);
    return response;
}

HttpMockResponse GhostMockServer::route(const HttpMockRequest &request, Request &record)
{
    static const QString prefix = u"/ghost/api/admin/"_s;
    if (!record.path.startsWith(prefix))
        return ghostError(404, u"NotFoundError"_s, u"Resource not found"_s);
    record.path = record.path.mid(prefix.size());
    if (const QString problem = checkToken(request.headers.value("authorization"), record);
        !problem.isEmpty())
        return ghostError(401, u"UnauthorizedError"_s, problem);
    if (record.acceptVersion.isEmpty())
        return ghostError(400, u"BadRequestError"_s, u"Accept-Version header missing"_s);
    if (m_failTimes > 0) {
        --m_failTimes;
        return ghostError(m_failStatus, u"InternalServerError"_s, u"The server has encountered an error."_s);
    }
    const bool malformed = m_malformedTimes > 0;
    if (malformed)
        --m_malformedTimes;
    const auto answer = [malformed](int status, const QJsonObject &object) {
        return malformed ? HttpMockResponse{status, "<html><body>Proxy says hi</body></html>", "text/html"}
                         : json(status, object);
    };

    const QStringList segments = record.path.split(u'/', Qt::SkipEmptyParts);
    if (record.path == u"images/upload/"_s && request.method == "POST") {
        QString fileName;
        QByteArray bytes;
        if (!HttpMockServer::multipartFile(request, "file", fileName, bytes) || bytes.isEmpty())
            return ghostError(422, u"ValidationError"_s, u"Please select an image."_s);
        m_images.append(bytes);
        const QString url = siteUrl() + u"content/images/2026/01/"_s + fileName;
        return answer(201,
                      {{u"images"_s, QJsonArray{QJsonObject{{u"url"_s, url}, {u"ref"_s, QJsonValue()}}}}});
    }
    if (segments.value(0) != u"posts"_s)
        return ghostError(404, u"NotFoundError"_s, u"Resource not found"_s);

    if (request.method == "GET" && segments.size() == 1)
        return listPosts(QUrlQuery(record.query), answer);
    if (request.method == "GET") {
        QJsonObject found;
        if (segments.size() == 3 && segments[1] == u"slug"_s) {
            for (const QJsonObject &post : std::as_const(m_posts)) {
                if (post.value(u"slug"_s).toString() == segments[2])
                    found = post;
            }
        } else if (segments.size() == 2) {
            found = m_posts.value(segments[1]);
        }
        if (found.isEmpty())
            return ghostError(404, u"NotFoundError"_s, u"Post not found."_s);
        return answer(200, {{u"posts"_s, QJsonArray{found}}});
    }

    // POST and PUT: check the shape Ghost expects.
    if (!QUrlQuery(record.query).queryItemValue(u"source"_s).contains(u"html"_s))
        return ghostError(422, u"ValidationError"_s, u"Expected ?source=html for HTML content"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonArray postsArray = document.object().value(u"posts"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || postsArray.size() != 1 || !postsArray[0].isObject())
        return ghostError(400, u"BadRequestError"_s, u"No root key ('posts') provided."_s);
    const QJsonObject sent = postsArray[0].toObject();
    const QString status = sent.value(u"status"_s).toString(u"draft"_s);
    if (status != u"draft"_s && status != u"published"_s && status != u"scheduled"_s)
        return ghostError(422, u"ValidationError"_s, u"Validation error, cannot save post."_s, u"status"_s);
    if (!sent.value(u"title"_s).isString() || !sent.value(u"html"_s).isString())
        return ghostError(422, u"ValidationError"_s, u"Validation error, cannot save post."_s,
                          u"title/html"_s);
    const QDateTime publishedAt =
        QDateTime::fromString(sent.value(u"published_at"_s).toString(), Qt::ISODateWithMs);
    if (status == u"scheduled"_s &&
        (!publishedAt.isValid() || publishedAt <= QDateTime::currentDateTimeUtc()))
        return ghostError(422, u"ValidationError"_s, u"Date must be at least 2 minutes in the future."_s);
    QJsonArray tags;
    for (const QJsonValue &tag : sent.value(u"tags"_s).toArray()) {
        const QString name = tag.toObject().value(u"name"_s).toString();
        if (name.isEmpty())
            return ghostError(422, u"ValidationError"_s, u"Tags are objects with a name."_s, u"tags"_s);
        tags.append(QJsonObject{{u"name"_s, name}, {u"slug"_s, slugify(name)}});
    }

    QJsonObject post;
    if (request.method == "POST" && segments.size() == 1) {
        post.insert(u"id"_s, u"%1"_s.arg(m_nextId++, 24, 10, QLatin1Char('0')));
        post.insert(u"created_at"_s, nextTimestamp());
    } else if (request.method == "PUT" && segments.size() == 2) {
        post = m_posts.value(segments[1]);
        if (post.isEmpty())
            return ghostError(404, u"NotFoundError"_s, u"Post not found."_s);
        if (!sent.contains(u"updated_at"_s))
            return ghostError(422, u"ValidationError"_s, u"Validation error, cannot edit post."_s,
                              u"updated_at"_s);
        if (sent.value(u"updated_at"_s).toString() != post.value(u"updated_at"_s).toString())
            return ghostError(409, u"UpdateCollisionError"_s,
                              u"Saving failed! Someone else is editing this post."_s);
    } else {
        return ghostError(404, u"NotFoundError"_s, u"Resource not found"_s);
    }
    const QString id = post.value(u"id"_s).toString();
    QString slug = slugify(sent.value(u"slug"_s).toString(sent.value(u"title"_s).toString()));
    for (int n = 2;; ++n) { // Ghost keeps slugs unique by numbering
        bool taken = false;
        for (const QJsonObject &other : std::as_const(m_posts))
            taken |= other.value(u"slug"_s).toString() == slug && other.value(u"id"_s).toString() != id;
        if (!taken)
            break;
        slug = slugify(sent.value(u"slug"_s).toString(sent.value(u"title"_s).toString())) + u'-' +
               QString::number(n);
    }
    post.insert(u"title"_s, sent.value(u"title"_s));
    post.insert(u"html"_s, sent.value(u"html"_s));
    post.insert(u"slug"_s, slug);
    post.insert(u"status"_s, status);
    post.insert(u"tags"_s, tags);
    post.insert(u"custom_excerpt"_s, sent.value(u"custom_excerpt"_s).toString());
    post.insert(u"feature_image"_s, sent.value(u"feature_image"_s).toString());
    post.insert(u"published_at"_s, publishedAt.isValid()
                                       ? QJsonValue(publishedAt.toUTC().toString(Qt::ISODateWithMs))
                                   : status == u"published"_s ? QJsonValue(nextTimestamp())
                                                              : QJsonValue());
    post.insert(u"updated_at"_s, nextTimestamp());
    post.insert(u"url"_s, QString(siteUrl() + slug + u'/'));
    m_posts.insert(id, post);
    return answer(request.method == "POST" ? 201 : 200, {{u"posts"_s, QJsonArray{post}}});
}

HttpMockResponse
GhostMockServer::listPosts(const QUrlQuery &query,
                           const std::function<HttpMockResponse(int, const QJsonObject &)> &answer)
{
    // Ghost's defaults: 15 to a page, page 1; "limit=all" lists everything at once.
    const QString limitText = query.queryItemValue(u"limit"_s);
    bool valid = true;
    int limit = limitText.isEmpty()     ? 15
                : limitText == u"all"_s ? int(m_posts.size())
                                        : limitText.toInt(&valid);
    const QString pageText = query.queryItemValue(u"page"_s);
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&valid);
    if (!valid || limit < 0 || page < 1)
        return ghostError(422, u"ValidationError"_s, u"Validation error: limit or page"_s);
    limit = std::max(limit, 1);
    // Only what was asked for: HTML needs formats=html, tags need include=tags.
    const bool html = query.queryItemValue(u"formats"_s).split(u',').contains(u"html"_s);
    const bool tags = query.queryItemValue(u"include"_s).split(u',').contains(u"tags"_s);

    QList<QJsonObject> all = m_posts.values(); // by id, oldest first
    std::reverse(all.begin(), all.end());
    const int total = int(all.size());
    const int pages = std::max(1, (total + limit - 1) / limit);
    QJsonArray posts;
    for (const QJsonObject &stored : all.mid(qsizetype(page - 1) * limit, limit)) {
        QJsonObject post = stored;
        if (!html)
            post.remove(u"html"_s);
        if (!tags)
            post.remove(u"tags"_s);
        posts.append(post);
    }
    const QJsonObject pagination{{u"page"_s, page},
                                 {u"limit"_s, limit},
                                 {u"pages"_s, pages},
                                 {u"total"_s, total},
                                 {u"next"_s, page < pages ? QJsonValue(page + 1) : QJsonValue()},
                                 {u"prev"_s, page > 1 ? QJsonValue(page - 1) : QJsonValue()}};
    return answer(200, {{u"posts"_s, posts}, {u"meta"_s, QJsonObject{{u"pagination"_s, pagination}}}});
}

QList<QJsonObject> GhostMockServer::posts() const
{
    QMutexLocker lock(&m_mutex);
    return m_posts.values();
}

QJsonObject GhostMockServer::post(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_posts.value(id);
}

void GhostMockServer::touchPost(const QString &id, const QString &html, const QString &title)
{
    QMutexLocker lock(&m_mutex);
    if (!m_posts.contains(id))
        return;
    m_posts[id].insert(u"updated_at"_s, nextTimestamp());
    if (!html.isEmpty())
        m_posts[id].insert(u"html"_s, html);
    if (!title.isEmpty())
        m_posts[id].insert(u"title"_s, title);
}

QList<QByteArray> GhostMockServer::images() const
{
    QMutexLocker lock(&m_mutex);
    return m_images;
}

QList<GhostMockServer::Request> GhostMockServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void GhostMockServer::failNext(int status, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failStatus = status;
    m_failTimes = times;
}

void GhostMockServer::answerMalformedNext(int times)
{
    QMutexLocker lock(&m_mutex);
    m_malformedTimes = times;
}

} // namespace Postwright::Test
