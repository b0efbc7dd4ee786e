#include "preview/previewpage.h"

#include "util/logging.h"

#include <QDesktopServices>
#include <QWebEngineSettings>

namespace Postwright {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_externalUrlHandler([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("previewPage"));
    applySettings();
    connect(this, &QWebEnginePage::renderProcessTerminated, this,
            [this](RenderProcessTerminationStatus status, int exitCode) {
                qCWarning(lcRender) << "preview renderer ended" << status << exitCode
                                    << "- reloading the shell";
                loadShell();
            });
}

QUrl PreviewPage::shellUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/shell.html"));
}

void PreviewPage::loadShell()
{
    m_shellRequested = true;
    m_shellLoaded = false;
    Q_EMIT shellLoading();
    load(shellUrl());
}

void PreviewPage::setExternalUrlHandler(ExternalUrlHandler handler)
{
    m_externalUrlHandler = std::move(handler);
}

void PreviewPage::noteUserInput()
{
    m_sinceUserInput.start();
}

void PreviewPage::applySettings()
{
    QWebEngineSettings *s = settings();
    // Our own shell script needs JavaScript; CSP in shell.html keeps it to our files.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    const QWebEngineSettings::WebAttribute off[] = {
        QWebEngineSettings::JavascriptCanOpenWindows,
        QWebEngineSettings::JavascriptCanAccessClipboard,
        QWebEngineSettings::JavascriptCanPaste,
        QWebEngineSettings::LocalContentCanAccessRemoteUrls,
        QWebEngineSettings::LocalContentCanAccessFileUrls,
        QWebEngineSettings::LocalStorageEnabled,
        QWebEngineSettings::PluginsEnabled,
        QWebEngineSettings::PdfViewerEnabled,
        QWebEngineSettings::ErrorPageEnabled,
        QWebEngineSettings::AutoLoadIconsForPage,
        QWebEngineSettings::TouchIconsEnabled,
        QWebEngineSettings::HyperlinkAuditingEnabled,
        QWebEngineSettings::DnsPrefetchEnabled,
        QWebEngineSettings::ScreenCaptureEnabled,
        QWebEngineSettings::WebGLEnabled,
        QWebEngineSettings::AllowRunningInsecureContent,
        QWebEngineSettings::AllowGeolocationOnInsecureOrigins,
        QWebEngineSettings::AllowWindowActivationFromJavaScript,
        QWebEngineSettings::FullScreenSupportEnabled,
        // A file dropped on the preview would otherwise replace the shell page.
        QWebEngineSettings::NavigateOnDropEnabled,
    };
    for (const QWebEngineSettings::WebAttribute attribute : off)
        s->setAttribute(attribute, false);
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // The shell, once, when we asked for it. After that the page only ever changes by DOM patches.
    if (m_shellRequested && !m_shellLoaded && isMainFrame && url.scheme() == shellUrl().scheme() &&
        url.path() == shellUrl().path()) {
        m_shellRequested = false;
        m_shellLoaded = true;
        return true;
    }

    const QString scheme = url.scheme().toLower();
    const bool afterUserInput = m_sinceUserInput.isValid() && m_sinceUserInput.elapsed() < 2000;
    if (type == NavigationTypeLinkClicked && isMainFrame && afterUserInput &&
        (scheme == u"http" || scheme == u"https" || scheme == u"mailto")) {
        m_sinceUserInput.invalidate(); // one click, one link
        qCDebug(lcRender) << "preview link opens outside:" << url.toDisplayString();
        m_externalUrlHandler(url);
        Q_EMIT externalUrlOpened(url);
        return false;
    }

    qCInfo(lcRender) << "preview refused navigation to" << url.toDisplayString() << type;
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // no pop-ups, no "open in new window"
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                           int lineNumber, const QString &sourceId)
{
    // CSP violations and our own script's errors end up here: worth seeing while developing.
    if (level == ErrorMessageLevel)
        qCWarning(lcRender).noquote() << "preview:" << sourceId << lineNumber << message;
    else
        qCDebug(lcRender).noquote() << "preview:" << sourceId << lineNumber << message;
}

} // namespace Postwright
