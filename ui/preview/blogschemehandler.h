#pragma once

#include "site/sitestylesheets.h"

#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

class QNetworkAccessManager;

namespace Postwright {

// Serves the preview what it may load, and nothing else: the page may not read files
// (LocalContentCanAccessFileUrls is off), so these reach it through this scheme only.
//   postwright-blog://source/<path in the blog folder>  (images beside posts, e.g. bundles)
//   postwright-blog://site/<path on the site>            (the blog's static/ folder, the site root)
//   postwright-blog://theme/<asset>                      (the blog's theme/assets/: its stylesheet)
//   postwright-blog://theme/<path on the site>           (instead, while the preview shows a site in
//                                                         its own style: see setSiteStyle())
//   postwright-blog://katex/<file>                       (KaTeX's stylesheet and fonts, for math)
//   postwright-blog://remote/<http(s) URL>                (a web image, if the writer allows them)
// Only images inside the blog folder, and stylesheets, fonts and images of the blog's theme (or of
// the site, while the preview shows it in its own style), are served; anything else is denied. No script comes this way: the shell's CSP allows none, and
// the preview's own script is injected into an isolated world (PreviewView).
class BlogSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static QByteArray schemeName() { return QByteArrayLiteral("postwright-blog"); }
    // Must run before QApplication exists (Qt WebEngine reads the scheme list at start-up).
    static void registerScheme();
    // Where the preview's highlight.js is read from (the site builder's default too).
    static QString highlightJsPath();
    // Debian's KaTeX folder: katex.min.js for the shell, its CSS and fonts served as katex/.
    static QString katexPath();

    explicit BlogSchemeHandler(QObject *parent = nullptr);

    void setBlogRoot(const QString &rootPath, const QString &staticPath);
    // The file a URL of this scheme stands for, or empty when it is not one we serve.
    QString filePathFor(const QUrl &url) const;

    // postwright-blog://remote/<percent-encoded http(s) URL>: a post's web image, fetched by the
    // application (the page itself never reaches the network) and only when allowed; images
    // only, at most 20 MB.
    void setRemoteImagesAllowed(bool allowed) { m_remoteAllowed = allowed; }
    bool remoteImagesAllowed() const { return m_remoteAllowed; }
    static QUrl remoteTarget(const QUrl &url);

    // The preview in the site's own style (SiteStyleSheets): theme/ then serves the site's files by
    // their path on the site, looked up in sheets.folders() in order, so that the url()s of its
    // CSS (relative or site-absolute) find its fonts and images; CSS, fonts and images only, inside
    // the site or its output folder, links resolved. It is theme/ because the shell's CSP lets
    // stylesheets and fonts come from there. Empty sheets: theme/ is the blog's theme/assets/ again.
    void setSiteStyle(const SiteStyleSheets &sheets);
    const SiteStyleSheets &siteStyle() const { return m_siteStyle; }
    // The one stylesheet the page links for it: it imports the site's sheets in order, and
    // highlight.js's colours (Debian's) beneath them. A new URL after each setSiteStyle(), so the
    // page fetches them again.
    QUrl siteStyleSheetUrl() const;
    QByteArray siteStyleSheet() const;
    // A site's CSS with its web images (url(https://…), not @import) sent through remote/, for
    // when the writer allows web images; otherwise the CSP keeps them out.
    static QByteArray withRemoteImages(const QByteArray &css);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void fetchRemote(QWebEngineUrlRequestJob *job, const QUrl &target);
    QString siteFilePathFor(const QString &path) const;
    bool isSiteStyleSheetRequest(const QUrl &url) const;

    QString m_root;
    QString m_static;
    SiteStyleSheets m_siteStyle;
    int m_siteStyleGeneration = 0;
    QNetworkAccessManager *m_network = nullptr;
    bool m_remoteAllowed = false;
};

} // namespace Postwright
