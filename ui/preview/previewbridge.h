#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace Postwright {

// The one object the preview page sees, published on the QWebChannel as "bridge". C++ pushes
// the rendered article (PostPreview: the theme's article partial around the body); the page
// patches its DOM and answers with shown(revision).
// It keeps the newest state so a page that (re)connects late catches up via ready().
// Everything the page sends here is treated as untrusted: only ints, no callbacks.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString themeStyleSheet READ themeStyleSheet NOTIFY themeStyleSheetChanged)

public:
    explicit PreviewBridge(QObject *parent = nullptr);

    void setContent(int revision, const QString &html);
    int contentRevision() const { return m_revision; }
    QString contentHtml() const { return m_html; }

    // Where the post's relative image paths point (a postwright-blog: URL of its folder).
    void setDocumentBase(const QString &baseUrl);
    // The page scrolls to the top when it first shows this revision or a newer one (another post
    // was opened); edits of the same post keep the scroll position.
    void requestScrollReset(int fromRevision);

    // Scroll sync: bring the block of a source line (1-based, the file's) to the top of the
    // preview, or only into view when reveal is true and it is not in view already.
    void requestScrollToLine(int line, bool reveal);

    QString themeStyleSheet() const { return m_themeStyleSheet; }
    void setThemeStyleSheet(const QString &url);

    int displayedRevision() const { return m_displayedRevision; }
    bool isPageReady() const { return m_pageReady; }
    // The page was replaced (renderer crash): wait for ready() again.
    void resetPage();

    // Called by the page's script once its channel is connected.
    Q_INVOKABLE void ready();
    // Called by the page's script after it patched the DOM for this revision.
    Q_INVOKABLE void shown(int revision);
    // Called by the page's script when the writer scrolled it: the source line now at its top.
    Q_INVOKABLE void previewScrolled(int line);

Q_SIGNALS:
    void contentChanged(int revision, const QString &html);
    void documentBaseChanged(const QString &baseUrl);
    void scrollResetRequested(int fromRevision);
    void themeStyleSheetChanged(const QString &url);
    void scrollToLineRequested(int line, bool reveal);

    // For C++ only (the page ignores them): the page connected; the page showed a revision.
    void pageReady();
    void displayedRevisionChanged(int revision);
    void scrolledToLine(int line);

private:
    void sendNewest();

    QString m_html;
    QString m_documentBase;
    QString m_themeStyleSheet;
    int m_revision = 0;
    int m_scrollResetRevision = 0;
    int m_displayedRevision = 0;
    int m_sentRevision = 0; // the newest revision sent to the page
    QElapsedTimer m_sentAt;
    bool m_pageReady = false;
};

} // namespace Postwright
