#include "preview/blogschemehandler.h"

#include "site/buildoptions.h"
#include "util/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Postwright {

namespace {

bool isInside(const QString &canonicalFile, const QString &canonicalFolder)
{
    return !canonicalFolder.isEmpty() && canonicalFile.startsWith(canonicalFolder + u'/');
}

bool isImage(const QString &filePath)
{
    static const QStringList extensions = {
        QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
        QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("avif"),
        QStringLiteral("svg"), QStringLiteral("bmp"),  QStringLiteral("ico"),
    };
    return extensions.contains(QFileInfo(filePath).suffix().toLower());
}

bool isThemeAsset(const QString &filePath)
{
    static const QStringList extensions = {
        QStringLiteral("css"), QStringLiteral("woff"), QStringLiteral("woff2"), QStringLiteral("ttf"),
        QStringLiteral("otf"), QStringLiteral("eot"),
    };
    return isImage(filePath) || extensions.contains(QFileInfo(filePath).suffix().toLower());
}

bool isStyleSheet(const QString &filePath)
{
    return QFileInfo(filePath).suffix().compare(QStringLiteral("css"), Qt::CaseInsensitive) == 0;
}

// .git/, .postwright/ and the like are never part of what a site shows.
bool hasHiddenPart(const QString &relativePath)
{
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &part) { return part.startsWith(u'.'); });
}

// The query that marks postwright-blog://theme/?site=N, the stylesheet made for the site's style.
constexpr QLatin1StringView siteStyleQuery("site=");

} // namespace

QString BlogSchemeHandler::highlightJsPath()
{
    return BuildOptions().highlightJsPath;
}

QString BlogSchemeHandler::katexPath()
{
    return BuildOptions().katexPath;
}

void BlogSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, so the qrc: shell may show it without "mixed content" rules. Not LocalScheme:
    // Chromium would then refuse it to the shell page ("Not allowed to load local resource").
    // What the page may load from it is limited by the CSP (img-src) and by requestStarted().
    // CorsEnabled: web fonts (KaTeX's, a theme's) are loaded with CORS, and the qrc: shell is
    // another origin; WebEngine then answers with the CORS headers itself. Nothing else in the
    // page can fetch (its CSP has no connect-src).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

BlogSchemeHandler::BlogSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{}

void BlogSchemeHandler::setBlogRoot(const QString &rootPath, const QString &staticPath)
{
    m_root = QFileInfo(rootPath).canonicalFilePath();
    m_static = QFileInfo(staticPath).canonicalFilePath();
}

QString BlogSchemeHandler::filePathFor(const QUrl &url) const
{
    if (url.scheme().toUtf8() != schemeName())
        return {};
    if (url.host() == u"katex") {
        // KaTeX's stylesheet and fonts for math in the preview (Debian's libjs-katex), nothing else.
        const QString base = QFileInfo(katexPath()).canonicalFilePath();
        const QString canonical = QFileInfo(QDir::cleanPath(base + u'/' + url.path(QUrl::FullyDecoded))).canonicalFilePath();
        // Debian's fonts/ there links to /usr/share/fonts/truetype/katex (fonts-katex).
        const QString fonts = QFileInfo(katexPath() + QStringLiteral("/fonts")).canonicalFilePath();
        const bool allowed = !base.isEmpty() && !canonical.isEmpty()
                             && (isInside(canonical, base) || (!fonts.isEmpty() && isInside(canonical, fonts)))
                             && isThemeAsset(canonical) && !isImage(canonical);
        return allowed ? canonical : QString();
    }
    if (url.host() == u"theme" && !m_siteStyle.isEmpty())
        return siteFilePathFor(url.path(QUrl::FullyDecoded));
    if (m_root.isEmpty())
        return {};
    const bool theme = url.host() == u"theme";
    const QString base = url.host() == u"source" ? m_root
                         : url.host() == u"site" ? m_static
                         : theme                 ? QFileInfo(m_root + QStringLiteral("/theme/assets")).canonicalFilePath()
                                                 : QString();
    if (base.isEmpty())
        return {};
    const QString path = QDir::cleanPath(base + u'/' + url.path(QUrl::FullyDecoded));
    // Resolve links and "..": whatever the URL says, the file must live inside the blog.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || !isInside(canonical, base) || !isInside(canonical, m_root) ||
        !(theme ? isThemeAsset(canonical) : isImage(canonical)))
        return {};
    return canonical;
}

QString BlogSchemeHandler::siteFilePathFor(const QString &path) const
{
    const QString relative = QDir::cleanPath(path);
    if (relative.isEmpty() || relative == u"/" || relative.startsWith(QStringLiteral("/..")) || hasHiddenPart(relative))
        return {};
    const QString root = m_siteStyle.rootPath();
    const QString output = m_siteStyle.outputPath();
    for (const QString &folder : m_siteStyle.folders()) {
        // Resolve links and "..": whatever the URL says, the file must live inside this folder, and
        // the folder inside the site or its output folder.
        const QString canonical = QFileInfo(QDir::cleanPath(folder + relative)).canonicalFilePath();
        if (canonical.isEmpty())
            continue;
        const bool inSite = isInside(canonical, root) || isInside(canonical, output);
        if (!isInside(canonical, folder) || !inSite || hasHiddenPart(canonical.mid(folder.size())) || !isThemeAsset(canonical))
            return {};
        return canonical;
    }
    return {};
}

void BlogSchemeHandler::setSiteStyle(const SiteStyleSheets &sheets)
{
    m_siteStyle = sheets;
    ++m_siteStyleGeneration;
}

bool BlogSchemeHandler::isSiteStyleSheetRequest(const QUrl &url) const
{
    return !m_siteStyle.isEmpty() && url.host() == u"theme" && (url.path().isEmpty() || url.path() == u"/")
           && url.query().startsWith(siteStyleQuery);
}

QUrl BlogSchemeHandler::siteStyleSheetUrl() const
{
    if (m_siteStyle.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setHost(QStringLiteral("theme"));
    url.setPath(QStringLiteral("/"));
    url.setQuery(siteStyleQuery + QString::number(m_siteStyleGeneration));
    return url;
}

QByteArray BlogSchemeHandler::siteStyleSheet() const
{
    QByteArray css = "/* The site's own stylesheets, as its pages link them, for Postwright's preview. */\n";
    for (const SiteStyleSheets::Sheet &sheet : m_siteStyle.sheets()) {
        QUrl url;
        url.setScheme(QString::fromLatin1(schemeName()));
        url.setHost(QStringLiteral("theme"));
        url.setPath(u'/' + sheet.urlPath);
        // The generation, so that the page does not take an older copy from its memory cache.
        url.setQuery(siteStyleQuery + QString::number(m_siteStyleGeneration));
        css += "@import url(\"" + url.toEncoded() + "\");\n";
    }
    // The preview highlights code with highlight.js, whose classes a Hugo (Chroma) or Jekyll
    // (Rouge) stylesheet does not know. Its colours come from Debian's highlight.js, in a layer:
    // whatever the site's own sheets say about code wins over them.
    QFile colours(QFileInfo(highlightJsPath()).absolutePath() + QStringLiteral("/styles/default.css"));
    if (colours.size() < 256 * 1024 && colours.open(QIODevice::ReadOnly)) {
        css += "@layer postwright-highlight {\n" + colours.readAll()
               + "\n.hljs { background: transparent; padding: 0; color: inherit; }\n}\n";
    }
    return css;
}

QByteArray BlogSchemeHandler::withRemoteImages(const QByteArray &css)
{
    // url(https://…), url('//…'), url("http://…"), but not @import url(…): a stylesheet from the
    // web stays out whatever the writer allows.
    static const QRegularExpression remote(
        QStringLiteral("(@import\\s*)?url\\(\\s*(['\"]?)((?:https?:)?//[^'\")\\s]+)\\2\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(css);
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator matches = remote.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (!match.captured(1).isEmpty())
            continue;
        QString target = match.captured(3);
        if (target.startsWith(u"//"))
            target.prepend(QStringLiteral("https:"));
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += QStringLiteral("url(\"postwright-blog://remote/%1\")")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(target)));
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result.toUtf8();
}

QUrl BlogSchemeHandler::remoteTarget(const QUrl &url)
{
    if (url.scheme().toUtf8() != schemeName() || url.host() != u"remote")
        return {};
    const QUrl target(url.path(QUrl::FullyDecoded).mid(1), QUrl::StrictMode);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {};
    return target;
}

void BlogSchemeHandler::fetchRemote(QWebEngineUrlRequestJob *job, const QUrl &target)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(20000);
    request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8");
    QNetworkReply *reply = m_network->get(request);
    constexpr qint64 maximumSize = 20 * 1024 * 1024;
    const QPointer<QWebEngineUrlRequestJob> guard(job); // the page may drop the request first
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maximumSize || total > maximumSize)
            reply->abort();
    });
    connect(job, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [reply, guard] {
        reply->deleteLater();
        if (!guard)
            return;
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().split(';').first().trimmed().toLower();
        if (reply->error() != QNetworkReply::NoError || !type.startsWith("image/")) {
            qCDebug(lcRender) << "remote image not shown:" << reply->url().toDisplayString(QUrl::RemoveUserInfo)
                              << reply->errorString() << type;
            guard->fail(QWebEngineUrlRequestJob::RequestFailed);
            return;
        }
        auto *buffer = new QBuffer(guard);
        buffer->setData(reply->readAll());
        buffer->open(QIODevice::ReadOnly);
        guard->reply(type, buffer);
    });
}

void BlogSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (job->requestUrl().host() == u"remote") {
        const QUrl target = remoteTarget(job->requestUrl());
        if (!m_remoteAllowed || target.isEmpty()) {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        fetchRemote(job, target);
        return;
    }
    if (isSiteStyleSheetRequest(job->requestUrl())) {
        auto *buffer = new QBuffer(job);
        buffer->setData(siteStyleSheet());
        buffer->open(QIODevice::ReadOnly);
        job->reply("text/css", buffer);
        return;
    }
    const QString filePath = filePathFor(job->requestUrl());
    if (filePath.isEmpty()) {
        qCDebug(lcRender) << "preview image not served:" << job->requestUrl().toDisplayString();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (m_remoteAllowed && !m_siteStyle.isEmpty() && job->requestUrl().host() == u"theme" && isStyleSheet(filePath)) {
        // The site's CSS with its web images through remote/, like a post's.
        QFile file(filePath);
        constexpr qint64 maximumSize = 16 * 1024 * 1024;
        if (file.size() > maximumSize || !file.open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::RequestFailed);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(withRemoteImages(file.readAll()));
        buffer->open(QIODevice::ReadOnly);
        job->reply("text/css", buffer);
        return;
    }
    auto *file = new QFile(filePath, job); // the job owns it and closes it when done
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    job->reply(QMimeDatabase().mimeTypeForFile(filePath).name().toUtf8(), file);
}

} // namespace Postwright
