#pragma once

#include <QElapsedTimer>
#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace Postwright {

// The preview's web page, sealed: it loads the shell page once and refuses every other
// navigation. Links to the web or mail go to the system's browser or mail program; nothing opens
// windows; post content (untrusted) gets no clipboard, storage, plugins, file or remote access.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    using ExternalUrlHandler = std::function<void(const QUrl &url)>;

    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    static QUrl shellUrl();
    // Loads the shell; the only navigation this page ever accepts (again after a renderer crash).
    void loadShell();
    bool isShellLoaded() const { return m_shellLoaded; }

    // Where accepted external links go; QDesktopServices::openUrl unless a test replaces it.
    void setExternalUrlHandler(ExternalUrlHandler handler);
    // The writer just clicked or pressed a key in the preview. Chromium reports script-initiated
    // navigations as link clicks too; only one that follows real input opens the browser.
    void noteUserInput();

Q_SIGNALS:
    // The shell (re)loads: whatever the old page knew is gone. Not loadStarted(): a refused
    // navigation (a click on a link to nowhere) starts one too, and the shell stays.
    void shellLoading();
    void externalUrlOpened(const QUrl &url);
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceId) override;

private:
    void applySettings();

    ExternalUrlHandler m_externalUrlHandler;
    QElapsedTimer m_sinceUserInput;
    bool m_shellRequested = false;
    bool m_shellLoaded = false;
};

} // namespace Postwright
