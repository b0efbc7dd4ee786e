#include "publish/metaweblogapi.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::MetaWeblogApi", text);
}

// WordPress stores term names HTML-escaped ("Tips &amp; Tricks") and lists them so.
QString decodeEntities(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#039;"_s, u"'"_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

// The spec's "method not found" (specs.xmlrpc.net/xml-rpc-fault-codes), which WordPress uses too.
constexpr int methodNotFound = -32601;

bool isLoginFault(const XmlRpcFault &fault, const QString &method)
{
    // WordPress: 403 "Incorrect username or password."; Movable Type and others: "Invalid login".
    static const QRegularExpression words(
        u"password|username|user name|login|log in|authenticat|credential"_s,
        QRegularExpression::CaseInsensitiveOption);
    // getUsersBlogs does nothing but log in, so its 403 is the login's, in any language.
    return words.match(fault.string).hasMatch() ||
           (fault.code == 403 && method == u"blogger.getUsersBlogs"_s);
}

// WordPress: 404 "Invalid post ID." or "Sorry, no such post.".
bool isMissingPostFault(const XmlRpcFault &fault)
{
    static const QRegularExpression words(u"no such|not found|does not exist|doesn't exist|invalid post id"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return fault.code == 404 || words.match(fault.string).hasMatch();
}

QString statusName(BlogApiPost::Status status)
{
    switch (status) {
    case BlogApiPost::Status::Draft:
        return u"draft"_s;
    case BlogApiPost::Status::Publish:
        return u"publish"_s;
    case BlogApiPost::Status::Future:
        // WordPress takes no "future" here: publish with a date to come is how it schedules.
        return u"future"_s;
    }
    return u"draft"_s;
}

// WordPress's slug for "café" is "caf%c3%a9", and it lowercases.
QString comparableSlug(const QString &slug)
{
    return QUrl::fromPercentEncoding(slug.toUtf8()).toLower();
}

} // namespace

MetaWeblogApi::MetaWeblogApi(MetaWeblogOptions options)
    : m_options(std::move(options))
    , m_http(m_options.http)
{
    if (m_options.blogId.isEmpty())
        m_options.blogId = u"1"_s;
}

QString MetaWeblogApi::displayName() const
{
    return tr("XML-RPC blog at %1").arg(BlogApiHttp::displayUrl(m_options.endpoint));
}

QVariantList MetaWeblogApi::login() const
{
    return {m_options.blogId, m_options.user, m_options.password};
}

QString MetaWeblogApi::hideSecret(QString text) const
{
    if (m_options.password.isEmpty())
        return text;
    text.replace(m_options.password, u"\u2022\u2022\u2022"_s);
    // WordPress accepts application passwords with or without their spaces.
    const QString compact = QString(m_options.password).remove(u' ');
    if (compact.size() >= 4)
        text.replace(compact, u"\u2022\u2022\u2022"_s);
    return text;
}

TransportError MetaWeblogApi::malformed(const QString &what, const QString &detail) const
{
    return {TransportError::Kind::Permanent,
            tr("The XML-RPC blog at %1 answered something that is not XML-RPC when asked for %2 (%3). Check "
               "that the target's address is the blog's XML-RPC endpoint (for WordPress, the site's address "
               "followed by /xmlrpc.php).")
                .arg(BlogApiHttp::displayUrl(m_options.endpoint), what, hideSecret(detail))};
}

TransportError MetaWeblogApi::faultError(const XmlRpcFault &fault, const QString &method,
                                         const QString &what) const
{
    using Kind = TransportError::Kind;
    const QString site = BlogApiHttp::displayUrl(m_options.endpoint);
    const QString reason = hideSecret(fault.string.trimmed());
    if (isLoginFault(fault, method)) {
        return {Kind::Authentication,
                tr("The XML-RPC blog at %1 refused the password for %2 (%3). Check the user name and the "
                   "password stored for this target (WordPress also takes an application password here).")
                    .arg(site, m_options.user, reason)};
    }
    if (fault.code == methodNotFound) {
        return {Kind::Permanent,
                tr("The XML-RPC blog at %1 does not offer %2, which Postwright needs for %3 (%4).")
                    .arg(site, method, what, reason)};
    }
    return {Kind::Permanent, tr("The XML-RPC blog at %1 refused %2: %3 (fault %4).")
                                 .arg(site, what, reason, QString::number(fault.code))};
}

std::optional<TransportError> MetaWeblogApi::call(const QString &method, const QVariantList &params,
                                                  Repeat repeat, const QString &what, QVariant &result,
                                                  std::optional<XmlRpcFault> *fault)
{
    using Kind = TransportError::Kind;
    result.clear();
    if (fault)
        fault->reset();
    if (auto refused = BlogApiHttp::refuseInsecure(m_options.endpoint, m_options.allowInsecure, u"XML-RPC"_s))
        return refused;

    const QByteArray body = XmlRpc::request(method, params);
    const auto makeRequest = [this] {
        QNetworkRequest request(m_options.endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
        request.setRawHeader("Accept", "text/xml");
        return request;
    };
    const BlogApiReply reply = repeat == Repeat::Yes ? m_http.sendWithRetries("POST", makeRequest, body)
                                                     : m_http.sendOnce("POST", makeRequest(), body);
    qCDebug(lcPublish) << "xml-rpc:" << method << "->" << reply.status;

    const QString site = BlogApiHttp::displayUrl(m_options.endpoint);
    if (reply.status == 0) {
        return TransportError{Kind::Transient,
                              tr("Cannot reach the XML-RPC blog at %1 for %2: %3. Publish again later.")
                                  .arg(site, what, reply.networkErrorText)};
    }
    if (reply.transient()) {
        // WordPress's fatal errors come as a fault with HTTP 500.
        const XmlRpcResponse answer = XmlRpc::parseResponse(reply.body);
        const QString reason = answer.fault ? u": "_s + hideSecret(answer.fault->string) : QString();
        return TransportError{Kind::Transient,
                              tr("The XML-RPC blog at %1 could not take %2 (HTTP %3%4). Publish again later.")
                                  .arg(site, what, QString::number(reply.status), reason)};
    }
    if (reply.status >= 300 && reply.status < 400) {
        const QUrl target = m_options.endpoint.resolved(QUrl::fromEncoded(reply.header("Location")));
        return TransportError{Kind::Permanent,
                              tr("The XML-RPC blog at %1 sent %2 elsewhere (%3). Postwright does not follow: "
                                 "set the target's address to where the endpoint now is.")
                                  .arg(site, what, BlogApiHttp::displayUrl(target))};
    }
    if (reply.status == 401) {
        return TransportError{
            Kind::Authentication,
            tr("The XML-RPC blog at %1 asks for a login before XML-RPC (HTTP 401). Postwright "
               "logs in with XML-RPC's own user name and password only.")
                .arg(site)};
    }
    if (reply.status == 403) {
        return TransportError{
            Kind::Permanent,
            tr("The XML-RPC blog at %1 refused access to its XML-RPC endpoint (HTTP 403). Some "
               "hosts and security plugins block xmlrpc.php: allow it there, or use the "
               "WordPress REST API instead.")
                .arg(site)};
    }
    if (reply.status == 404 || reply.status == 405 || reply.status == 410) {
        return TransportError{
            Kind::Permanent,
            tr("There is no XML-RPC endpoint at %1 (HTTP %2). For WordPress it is the site's "
               "address followed by /xmlrpc.php.")
                .arg(site, QString::number(reply.status))};
    }
    if (!reply.ok()) {
        return TransportError{Kind::Permanent, tr("The XML-RPC blog at %1 refused %2 (HTTP %3).")
                                                   .arg(site, what, QString::number(reply.status))};
    }

    const XmlRpcResponse answer = XmlRpc::parseResponse(reply.body);
    if (!answer.error.isEmpty())
        return malformed(what, answer.error);
    if (answer.fault) {
        qCInfo(lcPublish) << "xml-rpc:" << method << "fault" << answer.fault->code;
        if (fault)
            *fault = answer.fault;
        return faultError(*answer.fault, method, what);
    }
    result = answer.value;
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::connect()
{
    const QString what = tr("the list of your blogs");
    QVariant result;
    std::optional<XmlRpcFault> fault;
    auto failed = call(u"blogger.getUsersBlogs"_s, {QString(), m_options.user, m_options.password},
                       Repeat::Yes, what, result, &fault);
    if (failed && fault && fault->code == methodNotFound) {
        // Without the Blogger API any call that needs the password proves it.
        failed =
            call(u"metaWeblog.getRecentPosts"_s, login() << 1, Repeat::Yes, tr("the newest post"), result);
    }
    return failed;
}

std::optional<TransportError> MetaWeblogApi::categoryIds(const QStringList &names, QVariantList &ids)
{
    ids.clear();
    if (names.isEmpty())
        return std::nullopt;
    QVariant result;
    if (auto failed =
            call(u"mt.getCategoryList"_s, login(), Repeat::Yes, tr("the list of categories"), result))
        return failed;
    if (result.typeId() != QMetaType::QVariantList)
        return malformed(tr("the list of categories"), tr("no list in the answer"));
    QList<std::pair<QString, QVariant>> known; // name, id
    for (const QVariant &item : result.toList()) {
        const QVariantMap category = item.toMap();
        known.append(
            {decodeEntities(category.value(u"categoryName"_s).toString()), category.value(u"categoryId"_s)});
    }
    for (const QString &name : names) {
        const QString what = tr("the category \u201c%1\u201d").arg(name);
        std::optional<QVariant> id;
        // The exact name first; WordPress counts names in other case as the same category.
        for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const auto &[knownName, knownId] : std::as_const(known)) {
                if (!id && knownName.compare(name, sensitivity) == 0)
                    id = knownId;
            }
        }
        if (!id) {
            std::optional<XmlRpcFault> fault;
            QVariant created;
            auto failed = call(u"wp.newCategory"_s, login() << QVariantMap{{u"name"_s, name}}, Repeat::No,
                               what, created, &fault);
            if (failed && fault && fault->code == methodNotFound) {
                return TransportError{
                    TransportError::Kind::Permanent,
                    tr("The XML-RPC blog at %1 has no category \u201c%2\u201d and cannot create "
                       "one over XML-RPC. Create it on the blog, or take it out of the post.")
                        .arg(BlogApiHttp::displayUrl(m_options.endpoint), name)};
            }
            if (failed)
                return failed;
            if (created.toString().isEmpty())
                return malformed(what, tr("no id for the new category"));
            qCInfo(lcPublish) << "xml-rpc: created category" << created.toString();
            id = created;
            known.append({name, created});
        }
        ids.append(id->toString());
    }
    return std::nullopt;
}

QVariantMap MetaWeblogApi::postStruct(const BlogApiPost &post, bool update) const
{
    QVariantMap fields{
        {u"title"_s, post.title},
        {u"description"_s, post.html},
        {u"post_status"_s, statusName(post.status)},
        {u"wp_slug"_s, post.slug},
        {u"mt_excerpt"_s, post.excerpt},
        // A tag with a comma in it cannot be told apart here: WordPress splits at every comma.
        {u"mt_keywords"_s, post.tags.join(u", "_s)},
        {u"categories"_s, post.categories},
    };
    if (post.date.isValid()) {
        fields.insert(u"dateCreated"_s, post.date.toUTC());
        fields.insert(u"date_created_gmt"_s, post.date.toUTC());
    }
    if (!post.coverMediaId.isEmpty()) {
        bool numeric = false;
        const int id = post.coverMediaId.toInt(&numeric);
        fields.insert(u"wp_post_thumbnail"_s, numeric ? QVariant(id) : QVariant(post.coverMediaId));
    } else if (update) {
        fields.insert(u"wp_post_thumbnail"_s, QString()); // WordPress: empty removes the featured image
    }
    return fields;
}

std::optional<TransportError> MetaWeblogApi::setCategories(const QString &id, const QVariantList &categoryIds,
                                                           const QString &what)
{
    QVariantList categories;
    for (const QVariant &categoryId : categoryIds) {
        categories.append(
            QVariantMap{{u"categoryId"_s, categoryId.toString()}, {u"isPrimary"_s, categories.isEmpty()}});
    }
    QVariant result;
    return call(u"mt.setPostCategories"_s, {id, m_options.user, m_options.password, categories}, Repeat::Yes,
                tr("the categories of %1").arg(what), result);
}

RemotePost MetaWeblogApi::readPost(const QVariantMap &fields)
{
    RemotePost post;
    post.id = fields.value(u"postid"_s).toString();
    const QString link = fields.value(u"link"_s).toString();
    post.url = QUrl(link.isEmpty() ? fields.value(u"permaLink"_s).toString() : link);
    for (const QString &key : {u"date_modified_gmt"_s, u"dateModified"_s}) {
        const QVariant modified = fields.value(key);
        if (post.version.isEmpty() && modified.typeId() == QMetaType::QDateTime &&
            modified.toDateTime().isValid())
            post.version = modified.toDateTime().toUTC().toString(Qt::ISODate);
    }
    post.slug = QUrl::fromPercentEncoding(fields.value(u"wp_slug"_s).toString().toUtf8());
    post.title = fields.value(u"title"_s).toString();
    // WordPress splits the content at <!--more-->.
    post.html = fields.value(u"description"_s).toString();
    const QString more = fields.value(u"mt_text_more"_s).toString();
    if (!more.isEmpty()) {
        const QString moreText = fields.value(u"wp_more_text"_s).toString();
        post.html += u"<!--more"_s + (moreText.isEmpty() ? QString() : u' ' + moreText) + u"-->"_s + more;
    }
    const QDateTime gmt = fields.value(u"date_created_gmt"_s).toDateTime();
    post.date = gmt.isValid() ? gmt : fields.value(u"dateCreated"_s).toDateTime();
    post.status = fields.value(u"post_status"_s).toString();
    // WordPress calls a scheduled post "publish" here.
    if (post.status == u"publish"_s && post.date.isValid() && post.date > QDateTime::currentDateTimeUtc())
        post.status = u"future"_s;
    for (const QVariant &category : fields.value(u"categories"_s).toList())
        post.categories.append(decodeEntities(category.toString()));
    for (const QString &tag : fields.value(u"mt_keywords"_s).toString().split(u',')) {
        if (!tag.trimmed().isEmpty())
            post.tags.append(decodeEntities(tag.trimmed()));
    }
    post.excerpt = fields.value(u"mt_excerpt"_s).toString();
    return post;
}

std::optional<TransportError> MetaWeblogApi::readBack(const QString &id, const QString &what,
                                                      RemotePost &post)
{
    QVariant result;
    if (auto failed = call(u"metaWeblog.getPost"_s, {id, m_options.user, m_options.password}, Repeat::Yes,
                           what, result))
        return failed;
    if (result.typeId() != QMetaType::QVariantMap)
        return malformed(what, tr("no post in the answer"));
    post = readPost(result.toMap());
    if (post.id.isEmpty())
        post.id = id;
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::create(const BlogApiPost &post, RemotePost &created)
{
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    // Categories first: a missing one that cannot be made stops the post before it exists.
    QVariantList categories;
    if (auto failed = categoryIds(post.categories, categories))
        return failed;
    QVariant result;
    if (auto failed = call(u"metaWeblog.newPost"_s,
                           login() << postStruct(post, false) << (post.status != BlogApiPost::Status::Draft),
                           Repeat::No, what, result))
        return failed;
    const QString id = result.toString();
    if (id.isEmpty() || result.typeId() == QMetaType::QVariantMap ||
        result.typeId() == QMetaType::QVariantList)
        return malformed(what, tr("no post id in the answer"));
    qCInfo(lcPublish) << "xml-rpc: created post" << id;
    // The post exists from here on: what follows may fail, but created names it.
    created = RemotePost{};
    created.id = id;
    if (!categories.isEmpty()) {
        if (auto failed = setCategories(id, categories, what))
            return failed;
    }
    return readBack(id, what, created);
}

std::optional<TransportError> MetaWeblogApi::update(const RemotePost &known, const BlogApiPost &post,
                                                    RemotePost &updated)
{
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    if (known.id.isEmpty()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot update %1 on the XML-RPC blog at %2 without its id.")
                                  .arg(what, BlogApiHttp::displayUrl(m_options.endpoint))};
    }
    QVariantList categories;
    if (auto failed = categoryIds(post.categories, categories))
        return failed;
    QVariant result;
    // The same fields again leave the same post: safe to repeat.
    if (auto failed = call(u"metaWeblog.editPost"_s,
                           {known.id, m_options.user, m_options.password, postStruct(post, true),
                            post.status != BlogApiPost::Status::Draft},
                           Repeat::Yes, what, result))
        return failed;
    if (auto failed = setCategories(known.id, categories, what))
        return failed;
    return readBack(known.id, what, updated);
}

std::optional<TransportError> MetaWeblogApi::find(const QString &id, std::optional<RemotePost> &post)
{
    post.reset();
    const QString what = tr("the post with id %1").arg(id);
    QVariant result;
    std::optional<XmlRpcFault> fault;
    if (auto failed = call(u"metaWeblog.getPost"_s, {id, m_options.user, m_options.password}, Repeat::Yes,
                           what, result, &fault)) {
        if (fault && failed->kind == TransportError::Kind::Permanent && isMissingPostFault(*fault))
            return std::nullopt;
        return failed;
    }
    if (result.typeId() != QMetaType::QVariantMap)
        return malformed(what, tr("no post in the answer"));
    post = readPost(result.toMap());
    if (post->id.isEmpty())
        post->id = id;
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::recentPosts(int count, const QString &what,
                                                         QList<QVariantMap> &posts)
{
    posts.clear();
    QVariant result;
    if (auto failed = call(u"metaWeblog.getRecentPosts"_s, login() << count, Repeat::Yes, what, result))
        return failed;
    if (result.typeId() != QMetaType::QVariantList)
        return malformed(what, tr("no list of posts in the answer"));
    for (const QVariant &item : result.toList()) {
        if (item.typeId() != QMetaType::QVariantMap)
            return malformed(what, tr("something else than a post in the list"));
        posts.append(item.toMap());
    }
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::findCreated(const BlogApiPost &post,
                                                         std::optional<RemotePost> &found)
{
    found.reset();
    const QString what = tr("the post \u201c%1\u201d").arg(post.title);
    QList<QVariantMap> recent;
    if (auto failed = recentPosts(50, what, recent))
        return failed;
    const QString slug = comparableSlug(post.slug);
    static const QRegularExpression suffix(u"^-\\d+$"_s);
    for (const QVariantMap &fields : std::as_const(recent)) {
        const RemotePost candidate = readPost(fields);
        const QString candidateSlug = comparableSlug(fields.value(u"wp_slug"_s).toString());
        const bool slugMatches =
            candidateSlug == slug ||
            (candidateSlug.startsWith(slug) && suffix.match(candidateSlug.mid(slug.size())).hasMatch());
        if (slugMatches && candidate.title == post.title) {
            found = candidate;
            return std::nullopt; // the newest first
        }
    }
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::uploadMedia(const QString &localFile, const QString &fileName,
                                                         const QString &mimeType, RemoteMedia &media)
{
    const QString what = tr("the file \u201c%1\u201d").arg(fileName);
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read \u201c%1\u201d: %2").arg(localFile, file.errorString())};
    }
    const QVariantMap upload{
        {u"name"_s, fileName}, {u"type"_s, mimeType}, {u"bits"_s, file.readAll()}, {u"overwrite"_s, false}};
    QVariant result;
    if (auto failed = call(u"metaWeblog.newMediaObject"_s, login() << upload, Repeat::No, what, result))
        return failed;
    const QVariantMap answer = result.toMap();
    const QUrl url(answer.value(u"url"_s).toString());
    if (!url.isValid() || url.isEmpty())
        return malformed(what, tr("no URL for the file in the answer"));
    media.url = url;
    // WordPress adds the attachment's id; plain MetaWeblog has only the URL.
    media.id = answer.value(answer.contains(u"attachment_id"_s) ? u"attachment_id"_s : u"id"_s).toString();
    qCInfo(lcPublish) << "xml-rpc: uploaded" << fileName << "to" << url.toDisplayString();
    return std::nullopt;
}

std::optional<TransportError> MetaWeblogApi::list(int page, bool withContent, QList<RemotePost> &posts,
                                                  bool &more)
{
    Q_UNUSED(withContent); // MetaWeblog always sends the content
    posts.clear();
    more = false;
    if (page > 1)
        return std::nullopt;
    QList<QVariantMap> recent;
    if (auto failed = recentPosts(1000, tr("the list of posts"), recent))
        return failed;
    for (const QVariantMap &fields : std::as_const(recent))
        posts.append(readPost(fields));
    return std::nullopt;
}

} // namespace Postwright
