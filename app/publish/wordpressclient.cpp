#include "publish/wordpressclient.h"

#include "publish/blogapihttp.h"
#include "util/logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QTimeZone>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::WordPressClient", text);
}

bool isLoopbackHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower == u"localhost"_s || lower.endsWith(u".localhost"_s))
        return true;
    const QHostAddress address(lower);
    return !address.isNull() && address.isLoopback();
}

// WordPress stores term names HTML-escaped ("Tips &amp; Tricks").
QString decodeEntities(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#039;"_s, u"'"_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

// date_gmt and modified_gmt come without a zone ("2024-05-01T10:00:00").
QDateTime parseGmt(const QJsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    return when;
}

// title and excerpt are {"raw": …, "rendered": …} in context=edit, a string elsewhere.
QString rawText(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return object.contains(u"raw"_s) ? object.value(u"raw"_s).toString()
                                         : object.value(u"rendered"_s).toString();
    }
    return value.toString();
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInteger());
    return ids;
}

// status=any is an invalid parameter (400) for a visitor, which is what WordPress makes of a request
// whose application password it ignored, and for a user who may not edit posts; the nested error holds
// the 401 or 403 that really happened. 0 for any other answer.
int refusedStatus(const QByteArray &body)
{
    const int nested = QJsonDocument::fromJson(body)
                           .object()
                           .value(u"data"_s)
                           .toObject()
                           .value(u"details"_s)
                           .toObject()
                           .value(u"status"_s)
                           .toObject()
                           .value(u"data"_s)
                           .toObject()
                           .value(u"status"_s)
                           .toInt();
    return nested == 401 || nested == 403 ? nested : 0;
}

QByteArray contentDisposition(const QString &fileName)
{
    bool ascii = true;
    for (const QChar c : fileName)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    if (ascii)
        return "attachment; filename=\"" + fileName.toLatin1() + '"';
    return "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

} // namespace

bool WordPressClient::Reply::transient() const
{
    if (status != 0)
        return status == 408 || status == 429 || status >= 500;
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError: // a certificate problem does not go away by itself
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

WordPressClient::WordPressClient(WordPressOptions options, std::function<bool()> stop)
    : m_options(std::move(options))
    , m_site(QUrl(m_options.siteUrl.trimmed())
                 .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment |
                           QUrl::RemoveUserInfo))
    , m_stop(stop ? std::move(stop) : [] { return false; })
{}

QString WordPressClient::statusName(WordPressPost::Status status)
{
    switch (status) {
    case WordPressPost::Status::Draft:
        return u"draft"_s;
    case WordPressPost::Status::Publish:
        return u"publish"_s;
    case WordPressPost::Status::Future:
        return u"future"_s;
    }
    return u"draft"_s;
}

std::optional<TransportError> WordPressClient::checkSiteUrl() const
{
    const QString scheme = m_site.scheme().toLower();
    if (!m_site.isValid() || m_site.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("\u201c%1\u201d is not a WordPress site address. Use the address of "
                                 "the blog, starting with https://.")
                                  .arg(m_site.toDisplayString())};
    }
    if (scheme == u"http"_s && !m_options.allowInsecure && !isLoopbackHost(m_site.host())) {
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Postwright does not send the application password to %1 over plain http://: anyone on "
               "the way could read it. Use https://, or allow insecure connections for this target if "
               "you trust the network.")
                .arg(m_site.host())};
    }
    return std::nullopt;
}

QUrl WordPressClient::endpoint(const QString &route, const QUrlQuery &query) const
{
    QUrl url = m_site;
    if (m_queryRoute) {
        url.setPath(m_site.path() + u"/"_s);
        QUrlQuery withRoute;
        withRoute.addQueryItem(u"rest_route"_s, u"/wp/v2"_s + route);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
            withRoute.addQueryItem(key, value);
        url.setQuery(withRoute);
    } else {
        url.setPath(m_site.path() + u"/wp-json/wp/v2"_s + route);
        if (!query.isEmpty())
            url.setQuery(query);
    }
    return url;
}

WordPressClient::Reply WordPressClient::send(const QByteArray &verb, const QString &route,
                                             const QUrlQuery &query, QIODevice *body,
                                             const QByteArray &contentType, const QByteArray &disposition)
{
    const QUrl url = endpoint(route, query);
    QNetworkRequest request(url);
    const QByteArray credentials = (m_options.user + u':' + m_options.applicationPassword).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Postwright");
    // A redirect would carry the password to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    if (auto *once = dynamic_cast<OneShotBody *>(body)) {
        once->prepare(request);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    } else if (body) {
        body->seek(0);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        if (!disposition.isEmpty())
            request.setRawHeader("Content-Disposition", disposition);
    }
    const std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    result.totalPages = reply->rawHeader("X-WP-TotalPages");
    qCDebug(lcPublish) << "wordpress:" << verb << url.toDisplayString() << "->" << result.status
                       << result.networkError;
    return result;
}

WordPressClient::Reply WordPressClient::sendWithRetries(const QByteArray &verb, const QString &route,
                                                        const QUrlQuery &query, QIODevice *body,
                                                        const QByteArray &contentType)
{
    std::chrono::milliseconds delay = m_options.firstRetryDelay;
    for (int attempt = 1;; ++attempt) {
        Reply reply = send(verb, route, query, body, contentType);
        if (!reply.transient() || attempt >= std::max(1, m_options.maxTries))
            return reply;
        qCInfo(lcPublish) << "wordpress: transient answer, retrying in" << delay.count() << "ms:" << verb
                          << route << reply.status << reply.networkErrorText;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < delay.count()) {
            if (m_stop())
                return reply;
            std::this_thread::sleep_for(
                std::min(std::chrono::milliseconds(delay.count() - timer.elapsed()), 50ms));
        }
        delay *= 2;
    }
}

WordPressClient::Reply WordPressClient::sendJson(const QByteArray &verb, const QString &route,
                                                 const QJsonObject &object, bool retry)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!retry) {
        // A create: Qt must not send it a second time on its own (see OneShotBody).
        OneShotBody once(json);
        return send(verb, route, {}, &once, "application/json");
    }
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return sendWithRetries(verb, route, {}, &buffer, "application/json");
}

QString WordPressClient::hideSecret(QString text) const
{
    if (!m_options.applicationPassword.isEmpty()) {
        text.replace(m_options.applicationPassword, u"\u2026"_s);
        // Application passwords are shown with spaces and accepted without.
        const QString compact = QString(m_options.applicationPassword).remove(u' ');
        if (compact.size() >= 8)
            text.replace(compact, u"\u2026"_s);
    }
    return text;
}

TransportError WordPressClient::error(const Reply &reply, const QString &what) const
{
    using Kind = TransportError::Kind;
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    QString message = object.value(u"message"_s).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(reply.body.left(300)).simplified();
    if (message.isEmpty())
        message = tr("no explanation given");
    message = hideSecret(message);
    const QString site = m_site.toDisplayString();

    if (reply.status == 401) {
        return {Kind::Authentication,
                tr("WordPress refused the application password for %1 at %2 (%3). Create an application "
                   "password under Users, Profile in WordPress and store it for this target.")
                    .arg(m_options.user, site, message)};
    }
    if (reply.status == 403) {
        return {Kind::Authentication, tr("WordPress does not let %1 at %2 do %3: %4. Check the user's role.")
                                          .arg(m_options.user, site, what, message)};
    }
    if (reply.status == 0) {
        return {Kind::Transient, tr("Cannot reach WordPress at %1 for %2: %3. Publish again later.")
                                     .arg(site, what, hideSecret(reply.networkErrorText))};
    }
    if (reply.transient()) {
        return {Kind::Transient, tr("WordPress at %1 could not take %2 (HTTP %3: %4). Publish again later.")
                                     .arg(site, what)
                                     .arg(reply.status)
                                     .arg(message)};
    }
    if (reply.status >= 300 && reply.status < 400) {
        return {Kind::Permanent,
                tr("WordPress at %1 sent %2 elsewhere (%3). Set the target's address to where the blog "
                   "now is.")
                    .arg(site, what, QString::fromUtf8(reply.location))};
    }
    return {Kind::Permanent,
            tr("WordPress at %1 refused %2 (HTTP %3): %4").arg(site, what).arg(reply.status).arg(message)};
}

TransportError WordPressClient::malformed(const QString &what, const QString &expected) const
{
    return {TransportError::Kind::Permanent,
            tr("WordPress at %1 answered %2 with something Postwright does not understand (expected %3). "
               "A plugin or the server may be changing the answer.")
                .arg(m_site.toDisplayString(), what, expected)};
}

std::optional<TransportError> WordPressClient::discover()
{
    if (auto refused = checkSiteUrl())
        return refused;
    const QString what = tr("the REST API");
    std::optional<TransportError> firstError;
    for (const bool queryRoute : {false, true}) {
        m_queryRoute = queryRoute;
        const Reply reply = sendWithRetries("GET", u"/"_s);
        const QJsonObject index = QJsonDocument::fromJson(reply.body).object();
        if (reply.ok() && index.value(u"namespace"_s).toString() == u"wp/v2"_s) {
            m_discovered = true;
            qCDebug(lcPublish) << "wordpress: API found, query route:" << queryRoute;
            return std::nullopt;
        }
        // Without pretty permalinks /wp-json/ is a 404 or the home page; anything else is an answer.
        if (reply.status == 401 || reply.status == 403 || reply.status == 0 || reply.transient())
            return error(reply, what);
        if (!firstError && !reply.ok() && reply.status != 404)
            firstError = error(reply, what);
    }
    m_queryRoute = false;
    if (firstError)
        return firstError;
    return TransportError{TransportError::Kind::Permanent,
                          tr("%1 has no WordPress REST API (neither /wp-json/wp/v2/ nor ?rest_route=/wp/v2/ "
                             "answers). Check the address, and that no plugin switches the API off.")
                              .arg(m_site.toDisplayString())};
}

std::optional<TransportError> WordPressClient::ready()
{
    if (auto refused = checkSiteUrl())
        return refused;
    if (!m_discovered)
        return discover();
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::termIds(const QString &taxonomy, const QStringList &names,
                                                       QJsonArray &ids)
{
    if (auto failed = ready())
        return failed;
    const QString route = u"/"_s + taxonomy;
    for (const QString &name : names) {
        // Each name is looked up once per client: a publish of many posts shares their terms.
        if (const auto known = m_termIds.constFind(taxonomy + u'\n' + name); known != m_termIds.cend()) {
            ids.append(*known);
            continue;
        }
        const QString what =
            (taxonomy == u"tags"_s ? tr("the tag \u201c%1\u201d") : tr("the category \u201c%1\u201d"))
                .arg(name);
        QUrlQuery query;
        query.addQueryItem(u"search"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
        query.addQueryItem(u"per_page"_s, u"100"_s);
        query.addQueryItem(u"_fields"_s, u"id,name"_s);
        const Reply found = sendWithRetries("GET", route, query);
        if (!found.ok())
            return error(found, what);
        const QJsonDocument list = QJsonDocument::fromJson(found.body);
        if (!list.isArray())
            return malformed(what, tr("a list of terms"));
        std::optional<qint64> id;
        for (const QJsonValue &term : list.array()) {
            if (decodeEntities(term.toObject().value(u"name"_s).toString()) == name) {
                id = term.toObject().value(u"id"_s).toInteger();
                break;
            }
        }
        if (!id) {
            const Reply created = sendJson("POST", route, QJsonObject{{u"name"_s, name}}, false);
            const QJsonObject object = QJsonDocument::fromJson(created.body).object();
            if (created.ok()) {
                if (!object.value(u"id"_s).isDouble())
                    return malformed(what, tr("the new term's id"));
                id = object.value(u"id"_s).toInteger();
            } else if (object.value(u"code"_s).toString() == u"term_exists"_s) {
                // The same name in other case or spacing, which WordPress counts as the same term.
                id = object.value(u"data"_s).toObject().value(u"term_id"_s).toInteger();
            } else {
                return error(created, what);
            }
        }
        m_termIds.insert(taxonomy + u'\n' + name, *id);
        ids.append(*id);
    }
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::postObject(const WordPressPost &post, QJsonObject &object)
{
    object.insert(u"title"_s, post.title);
    object.insert(u"content"_s, post.content);
    object.insert(u"status"_s, statusName(post.status));
    object.insert(u"excerpt"_s, post.excerpt);
    if (!post.slug.isEmpty())
        object.insert(u"slug"_s, post.slug);
    if (post.date.isValid())
        object.insert(u"date_gmt"_s, post.date.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    if (post.featuredMedia)
        object.insert(u"featured_media"_s, *post.featuredMedia);
    QJsonArray categories;
    if (auto failed = termIds(u"categories"_s, post.categories, categories))
        return failed;
    if (!categories.isEmpty())
        object.insert(u"categories"_s, categories);
    QJsonArray tags;
    if (auto failed = termIds(u"tags"_s, post.tags, tags))
        return failed;
    object.insert(u"tags"_s, tags);
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::readPost(const QJsonObject &object, const QString &what,
                                                        WordPressPostInfo &post) const
{
    if (!object.value(u"id"_s).isDouble())
        return malformed(what, tr("a post with an id"));
    post.id = object.value(u"id"_s).toInteger();
    post.link = object.value(u"link"_s).toString();
    post.modifiedGmt = parseGmt(object.value(u"modified_gmt"_s));
    if (!post.modifiedGmt.isValid())
        return malformed(what, tr("the post's modified_gmt"));
    post.dateGmt = parseGmt(object.value(u"date_gmt"_s));
    post.status = object.value(u"status"_s).toString();
    post.slug = object.value(u"slug"_s).toString();
    post.title = rawText(object.value(u"title"_s));
    post.categories = idList(object.value(u"categories"_s));
    post.tags = idList(object.value(u"tags"_s));
    post.featuredMedia = object.value(u"featured_media"_s).toInteger();
    post.content = rawText(object.value(u"content"_s));
    post.renderedContent = object.value(u"content"_s).toObject().value(u"rendered"_s).toString();
    post.excerpt = rawText(object.value(u"excerpt"_s));
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::createPost(const WordPressPost &post,
                                                          WordPressPostInfo &created)
{
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    if (auto failed = ready())
        return failed;
    QJsonObject object;
    if (auto failed = postObject(post, object))
        return failed;
    const Reply reply = sendJson("POST", u"/posts"_s, object, false);
    if (!reply.ok())
        return error(reply, what);
    return readPost(QJsonDocument::fromJson(reply.body).object(), what, created);
}

std::optional<TransportError> WordPressClient::updatePost(qint64 id, const WordPressPost &post,
                                                          WordPressPostInfo &updated)
{
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    if (auto failed = ready())
        return failed;
    QJsonObject object;
    if (auto failed = postObject(post, object))
        return failed;
    // Sending the same fields again leaves the same post: safe to repeat.
    const Reply reply = sendJson("POST", u"/posts/%1"_s.arg(id), object, true);
    if (!reply.ok())
        return error(reply, what);
    return readPost(QJsonDocument::fromJson(reply.body).object(), what, updated);
}

std::optional<TransportError> WordPressClient::findPost(qint64 id, std::optional<WordPressPostInfo> &post)
{
    post.reset();
    const QString what = tr("the post with id %1").arg(id);
    if (auto failed = ready())
        return failed;
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    const Reply reply = sendWithRetries("GET", u"/posts/%1"_s.arg(id), query);
    if (reply.status == 404 || reply.status == 410)
        return std::nullopt;
    if (!reply.ok())
        return error(reply, what);
    QList<WordPressPostInfo> info(1);
    if (auto failed = readPost(QJsonDocument::fromJson(reply.body).object(), what, info.first()))
        return failed;
    if (auto failed = resolveNames(info))
        return failed;
    post = info.first();
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::checkLogin()
{
    if (auto failed = ready())
        return failed;
    // The user's own record needs a logged-in user: a wrong application password gets a 401 here, where
    // other reads would quietly answer as for a visitor.
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    const Reply reply = sendWithRetries("GET", u"/users/me"_s, query);
    if (!reply.ok())
        return error(reply, tr("the login of %1").arg(m_options.user));
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::findBySlug(const QString &slug,
                                                          std::optional<WordPressPostInfo> &post)
{
    post.reset();
    const QString what = tr("the post \u201c%1\u201d").arg(slug);
    if (auto failed = ready())
        return failed;
    QUrlQuery query;
    query.addQueryItem(u"slug"_s, QString::fromLatin1(QUrl::toPercentEncoding(slug)));
    query.addQueryItem(u"status"_s, u"any"_s);
    query.addQueryItem(u"context"_s, u"edit"_s);
    const Reply reply = sendWithRetries("GET", u"/posts"_s, query);
    if (const int refused = refusedStatus(reply.body); reply.status == 400 && refused) {
        Reply asRefused = reply;
        asRefused.status = refused;
        return error(asRefused, what);
    }
    if (!reply.ok())
        return error(reply, what);
    const QJsonDocument list = QJsonDocument::fromJson(reply.body);
    if (!list.isArray())
        return malformed(what, tr("a list of posts"));
    if (list.array().isEmpty())
        return std::nullopt;
    QList<WordPressPostInfo> info(1);
    if (auto failed = readPost(list.array().first().toObject(), what, info.first()))
        return failed;
    if (auto failed = resolveNames(info))
        return failed;
    post = info.first();
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::listPosts(int page, bool withContent,
                                                         QList<WordPressPostInfo> &posts, bool &more)
{
    posts.clear();
    more = false;
    const QString what = tr("the list of posts (page %1)").arg(page);
    if (auto failed = ready())
        return failed;
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"status"_s, u"any"_s); // every status but trash and auto-draft
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"orderby"_s, u"date"_s);
    query.addQueryItem(u"order"_s, u"desc"_s);
    if (!withContent)
        query.addQueryItem(u"_fields"_s, u"id,modified_gmt,link,slug,status,date_gmt,title"_s);
    const Reply reply = sendWithRetries("GET", u"/posts"_s, query);
    // Past the last page (the blog lost posts between two pages): nothing more.
    if (reply.status == 400 && QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toString() ==
                                   u"rest_post_invalid_page_number"_s)
        return std::nullopt;
    if (const int refused = refusedStatus(reply.body); reply.status == 400 && refused) {
        Reply asRefused = reply;
        asRefused.status = refused;
        return error(asRefused, what);
    }
    if (!reply.ok())
        return error(reply, what);
    const QJsonDocument list = QJsonDocument::fromJson(reply.body);
    if (!list.isArray())
        return malformed(what, tr("a list of posts"));
    for (const QJsonValue &object : list.array()) {
        WordPressPostInfo info;
        if (auto failed = readPost(object.toObject(), what, info))
            return failed;
        posts.append(info);
    }
    if (withContent) {
        if (auto failed = resolveNames(posts))
            return failed;
    }
    bool known = false;
    const int totalPages = reply.totalPages.trimmed().toInt(&known);
    // Without the header (a proxy dropping it), a full page may have a next one.
    more = known ? page < totalPages : posts.size() == 100;
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::lookUp(const QString &route, const QList<qint64> &ids,
                                                      const QString &field, QHash<qint64, QString> &cache)
{
    QList<qint64> missing;
    for (const qint64 id : ids) {
        if (id > 0 && !cache.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    for (qsizetype start = 0; start < missing.size(); start += 100) {
        QStringList chunk;
        for (const qint64 id : missing.mid(start, 100))
            chunk.append(QString::number(id));
        const QString what = route == u"/media"_s  ? tr("the posts' featured images")
                             : route == u"/tags"_s ? tr("the posts' tags")
                                                   : tr("the posts' categories");
        QUrlQuery query;
        query.addQueryItem(u"include"_s, chunk.join(u','));
        query.addQueryItem(u"per_page"_s, u"100"_s);
        query.addQueryItem(u"_fields"_s, u"id,"_s + field);
        const Reply reply = sendWithRetries("GET", route, query);
        if (!reply.ok())
            return error(reply, what);
        const QJsonDocument list = QJsonDocument::fromJson(reply.body);
        if (!list.isArray())
            return malformed(what, tr("a list"));
        for (const QJsonValue &item : list.array()) {
            const QJsonObject object = item.toObject();
            QString value = object.value(field).toString();
            if (field == u"name"_s)
                value = decodeEntities(value);
            cache.insert(object.value(u"id"_s).toInteger(), value);
        }
        // Deleted meanwhile, or not visible to this user: asked once, then left out.
        for (const QString &id : std::as_const(chunk)) {
            if (!cache.contains(id.toLongLong()))
                cache.insert(id.toLongLong(), QString());
        }
    }
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::resolveNames(QList<WordPressPostInfo> &posts)
{
    QList<qint64> categories;
    QList<qint64> tags;
    QList<qint64> media;
    for (const WordPressPostInfo &post : std::as_const(posts)) {
        categories += post.categories;
        tags += post.tags;
        media.append(post.featuredMedia);
    }
    if (auto failed = lookUp(u"/categories"_s, categories, u"name"_s, m_categoryNames))
        return failed;
    if (auto failed = lookUp(u"/tags"_s, tags, u"name"_s, m_tagNames))
        return failed;
    if (auto failed = lookUp(u"/media"_s, media, u"source_url"_s, m_mediaUrls))
        return failed;
    const auto names = [](const QList<qint64> &ids, const QHash<qint64, QString> &cache) {
        QStringList result;
        for (const qint64 id : ids) {
            if (const QString name = cache.value(id); !name.isEmpty())
                result.append(name);
        }
        return result;
    };
    for (WordPressPostInfo &post : posts) {
        post.categoryNames = names(post.categories, m_categoryNames);
        post.tagNames = names(post.tags, m_tagNames);
        post.featuredMediaUrl = m_mediaUrls.value(post.featuredMedia);
    }
    return std::nullopt;
}

std::optional<TransportError> WordPressClient::uploadMedia(const QString &localFile, const QString &fileName,
                                                           const QString &mimeType, WordPressMedia &media)
{
    const QString what = tr("the file \u201c%1\u201d").arg(fileName);
    if (auto failed = ready())
        return failed;
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read \u201c%1\u201d: %2").arg(localFile, file.errorString())};
    }
    const Reply reply = send("POST", u"/media"_s, {}, &file, mimeType.toUtf8(), contentDisposition(fileName));
    if (!reply.ok())
        return error(reply, what);
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    if (!object.value(u"id"_s).isDouble() || !object.value(u"source_url"_s).isString())
        return malformed(what, tr("a media item with an id and a source_url"));
    media.id = object.value(u"id"_s).toInteger();
    media.sourceUrl = QUrl(object.value(u"source_url"_s).toString());
    return std::nullopt;
}

} // namespace Postwright
