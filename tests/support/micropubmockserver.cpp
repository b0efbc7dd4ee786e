#include "micropubmockserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Postwright::Test {

namespace {

HttpMockResponse json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpMockResponse micropubError(int status, const QString &code, const QString &description)
{
    return json(status, {{u"error"_s, code}, {u"error_description"_s, description}});
}

HttpMockResponse created(const QString &location)
{
    HttpMockResponse response{201, {}};
    response.headers.append({"Location", location.toUtf8()});
    return response;
}

const QByteArray defaultHomePage = R"(<!doctype html>
<html><head><title>A Micropub blog</title>
<link rel="stylesheet" href="/style.css">
<link rel="authorization_endpoint" href="%BASE%/auth">
<link rel="token_endpoint" href="/token">
<link rel="micropub" href="/micropub">
</head><body><p>Hello.</p></body></html>
)";

// Every property of an h-entry is an array; content values are strings or {"html": …} / {"value": …}.
QString checkProperties(const QJsonObject &properties)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!it->isArray())
            return u"property %1 is not an array"_s.arg(it.key());
    }
    for (const QJsonValue &content : properties.value(u"content"_s).toArray()) {
        if (!content.isString() && !content.toObject().value(u"html"_s).isString() &&
            !content.toObject().value(u"value"_s).isString())
            return u"content must be a string or {\"html\": …}"_s;
    }
    for (const QJsonValue &status : properties.value(u"post-status"_s).toArray()) {
        if (status != u"draft"_s && status != u"published"_s)
            return u"post-status must be draft or published"_s;
    }
    for (const QJsonValue &published : properties.value(u"published"_s).toArray()) {
        if (!QDateTime::fromString(published.toString(), Qt::ISODate).isValid())
            return u"published is not an ISO 8601 date"_s;
    }
    return {};
}

} // namespace

MicropubMockServer::MicropubMockServer(QString token, QStringList scopes)
    : m_token(std::move(token))
    , m_scopes(std::move(scopes))
    , m_http(std::make_unique<HttpMockServer>(
          [this](const HttpMockRequest &request) { return handle(request); }))
    , m_homePage(defaultHomePage)
{}

bool MicropubMockServer::start()
{
    return m_http->start();
}

QString MicropubMockServer::siteUrl() const
{
    return m_http->baseUrl() + u'/';
}

void MicropubMockServer::setHomePage(const QByteArray &html, const QByteArray &linkHeader)
{
    QMutexLocker lock(&m_mutex);
    m_homePage = html;
    m_linkHeader = linkHeader;
}

void MicropubMockServer::setMediaEndpoint(bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_mediaEnabled = enabled;
}

HttpMockResponse MicropubMockServer::handle(const HttpMockRequest &request)
{
    QMutexLocker lock(&m_mutex);
    Request record{request.method,
                   request.path(),
                   request.query(),
                   request.body,
                   request.headers.value("authorization"),
                   request.headers.value("content-type")};
    HttpMockResponse response = route(request);
    record.status = response.status;
    m_requests.append(record);
    return response;
}

HttpMockResponse MicropubMockServer::checkToken(const HttpMockRequest &request, const QString &scope) const
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7) != m_token.toUtf8())
        return micropubError(401, u"unauthorized"_s, u"The access token is missing, expired or revoked."_s);
    if (!scope.isEmpty() && !m_scopes.contains(scope))
        return micropubError(401, u"insufficient_scope"_s, u"The token lacks the %1 scope."_s.arg(scope));
    return {0, {}};
}

HttpMockResponse MicropubMockServer::route(const HttpMockRequest &request)
{
    const QString path = request.path();
    const QByteArray base = m_http->baseUrl().toUtf8();
    if (request.method == "GET" && path == u"/"_s) {
        if (!request.headers.value("authorization").isEmpty())
            return micropubError(400, u"invalid_request"_s,
                                 u"The home page was asked for with credentials."_s);
        HttpMockResponse page{200, QByteArray(m_homePage).replace("%BASE%", base),
                              "text/html; charset=utf-8"};
        if (!m_linkHeader.isEmpty())
            page.headers.append({QByteArray("Link"), QByteArray(m_linkHeader).replace("%BASE%", base)});
        return page;
    }
    if (request.method == "GET" && path == u"/moved"_s) {
        HttpMockResponse moved{301, {}, "text/html"};
        moved.headers.append(std::pair<QByteArray, QByteArray>("Location", "/"));
        return moved;
    }
    if (path != u"/micropub"_s && path != u"/media"_s)
        return micropubError(404, u"not_found"_s, u"No such page."_s);
    if (m_failTimes > 0) {
        --m_failTimes;
        return micropubError(m_failStatus, u"server_error"_s, u"Something broke."_s);
    }
    if (m_failCreateTimes > 0 && path == u"/micropub"_s && request.method == "POST") {
        --m_failCreateTimes;
        return micropubError(m_failCreateStatus, u"server_error"_s, u"Something broke."_s);
    }

    if (path == u"/micropub"_s && request.method == "GET") {
        if (const HttpMockResponse denied = checkToken(request, {}); denied.status != 0)
            return denied;
        if (QUrlQuery(request.query()).queryItemValue(u"q"_s) != u"config"_s)
            return micropubError(400, u"invalid_request"_s, u"Unknown query."_s);
        if (m_malformedTimes > 0) {
            --m_malformedTimes;
            return {200, "{\"media-endpoint\": ", "application/json"};
        }
        QJsonObject config{{u"syndicate-to"_s, QJsonArray()}};
        if (m_mediaEnabled)
            config.insert(u"media-endpoint"_s, QString(QString::fromUtf8(base) + u"/media"_s));
        return json(200, config);
    }

    if (path == u"/media"_s && request.method == "POST") {
        if (const HttpMockResponse denied = checkToken(request, u"media"_s); denied.status != 0)
            return denied;
        QString fileName;
        QByteArray bytes;
        if (!HttpMockServer::multipartFile(request, "file", fileName, bytes) || bytes.isEmpty())
            return micropubError(400, u"invalid_request"_s, u"Send one file in a part called file."_s);
        const QString url =
            QString::fromUtf8(base) + u"/media/"_s + QString::number(m_media.size() + 1) + u'-' + fileName;
        m_media.insert(url, bytes);
        return created(url);
    }

    if (path == u"/micropub"_s && request.method == "POST") {
        if (!request.headers.value("content-type").startsWith("application/json"))
            return micropubError(400, u"invalid_request"_s, u"This mock takes the JSON syntax only."_s);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return micropubError(400, u"invalid_request"_s, u"The body is not a JSON object."_s);
        const QJsonObject object = document.object();
        const QString action = object.value(u"action"_s).toString();
        const QString scope = action.isEmpty() ? u"create"_s : action;
        if (const HttpMockResponse denied = checkToken(request, scope); denied.status != 0)
            return denied;
        if (action.isEmpty())
            return create(object);
        if (action == u"update"_s)
            return update(object);
        return micropubError(400, u"invalid_request"_s, u"Unsupported action."_s);
    }
    return micropubError(405, u"invalid_request"_s, u"Method not allowed."_s);
}

HttpMockResponse MicropubMockServer::create(const QJsonObject &object)
{
    if (object.value(u"type"_s).toArray() != QJsonArray{u"h-entry"_s})
        return micropubError(400, u"invalid_request"_s, u"type must be [\"h-entry\"]."_s);
    QJsonObject properties = object.value(u"properties"_s).toObject();
    if (const QString problem = checkProperties(properties); !problem.isEmpty())
        return micropubError(400, u"invalid_request"_s, problem);
    QString slug = properties.value(u"mp-slug"_s).toArray().at(0).toString();
    properties.remove(u"mp-slug"_s); // a command, not a property
    if (slug.isEmpty())
        slug = QString::number(m_nextPost);
    ++m_nextPost;
    const QString url = m_http->baseUrl() + u"/posts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(slug));
    if (m_posts.contains(url))
        return micropubError(400, u"invalid_request"_s, u"A post with this slug exists."_s);
    m_posts.insert(url, properties);
    return created(url);
}

HttpMockResponse MicropubMockServer::update(const QJsonObject &object)
{
    const QString url = object.value(u"url"_s).toString();
    if (!m_posts.contains(url))
        return micropubError(400, u"invalid_request"_s, u"No post at this URL."_s);
    if (!object.value(u"replace"_s).isObject())
        return micropubError(400, u"invalid_request"_s, u"This mock takes replace only."_s);
    const QJsonObject replace = object.value(u"replace"_s).toObject();
    if (const QString problem = checkProperties(replace); !problem.isEmpty())
        return micropubError(400, u"invalid_request"_s, problem);
    QJsonObject &properties = m_posts[url];
    for (auto it = replace.begin(); it != replace.end(); ++it)
        properties.insert(it.key(), it.value());
    return {204, {}};
}

QMap<QString, QJsonObject> MicropubMockServer::posts() const
{
    QMutexLocker lock(&m_mutex);
    return m_posts;
}

QMap<QString, QByteArray> MicropubMockServer::media() const
{
    QMutexLocker lock(&m_mutex);
    return m_media;
}

QList<MicropubMockServer::Request> MicropubMockServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void MicropubMockServer::failNextCreate(int status, int times)
{
    const QMutexLocker lock(&m_mutex);
    m_failCreateStatus = status;
    m_failCreateTimes = times;
}

void MicropubMockServer::failNext(int status, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failStatus = status;
    m_failTimes = times;
}

void MicropubMockServer::answerMalformedNext(int times)
{
    QMutexLocker lock(&m_mutex);
    m_malformedTimes = times;
}

} // namespace Postwright::Test
