#pragma once

#include "site/postpreview.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Postwright {

// The one object the preview page sees, published on the QWebChannel as "bridge". C++ pushes
// the rendered article (PostPreview: the theme's article partial around the body) as patches:
// the blocks that changed since what the page has, the line shift of the ones after them, and
// the frame when it changed. A 10 MB post goes over in parts of limited size, with the event
// loop running between them, so the window never stalls on one huge message. The page patches
// its DOM and answers with shown(revision).
// It keeps the newest state so a page that (re)connects late catches up via ready().
// Everything the page sends here is treated as untrusted: only ints, no callbacks.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString themeStyleSheet READ themeStyleSheet NOTIFY themeStyleSheetChanged)

public:
    explicit PreviewBridge(QObject *parent = nullptr);

    void setContent(int revision, const PostPreview::PackedArticle &article);
    void setContent(int revision, const QString &html) { setContent(revision, PostPreview::pack(html)); }
    int contentRevision() const { return m_revision; }

    // Most characters of block HTML in one message (the rest follows in further parts).
    void setMaximumPartSize(qsizetype characters) { m_maximumPartSize = qMax<qsizetype>(1, characters); }
    qsizetype maximumPartSize() const { return m_maximumPartSize; }
    int partsSent() const { return m_partsSent; }

    // Where the post's relative image paths point (a postwright-blog: URL of its folder).
    void setDocumentBase(const QString &baseUrl);
    // The page scrolls to the top when it first shows this revision or a newer one (another post
    // was opened); edits of the same post keep the scroll position.
    void requestScrollReset(int fromRevision);

    // Scroll sync: bring the block of a source line (1-based, the file's) to the top of the
    // preview, or only into view when reveal is true and it is not in view already.
    void requestScrollToLine(int line, bool reveal);

    QString themeStyleSheet() const { return m_themeStyleSheet; }
    // Whether the page shows web images (through the scheme's remote/ host) or placeholders.
    // Changing it sends the whole article again, so images already replaced come back.
    bool remoteImages() const { return m_remoteImages; }
    void setRemoteImages(bool on);
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
    // Called by the page's script when a patch does not fit what it shows (it missed one):
    // the next message carries the whole article.
    Q_INVOKABLE void resync();

Q_SIGNALS:
    // patch: {base, frame?, start, removed, blocks[], lines[first,last,...], shift, fix[index,
    // first, last,...], more}; see sendNewest().
    void contentChanged(int revision, const QJsonObject &patch);
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
    void sendPart(QJsonObject patch);
    void sendNextPart();
    void sendWholeArticle();

    PostPreview::PackedArticle m_article; // the newest
    PostPreview::PackedArticle m_sentArticle; // what the page has once it applied all sent
    bool m_pageHasArticle = false;
    // A patch still going out in parts: its revision, and the blocks not sent yet.
    int m_partsRevision = 0;
    qsizetype m_nextBlock = 0;
    qsizetype m_partsEnd = 0;
    qsizetype m_maximumPartSize = 256 * 1024;
    int m_partsSent = 0;
    QString m_documentBase;
    QString m_themeStyleSheet;
    int m_revision = 0;
    int m_scrollResetRevision = 0;
    int m_displayedRevision = 0;
    int m_sentRevision = 0; // the newest revision sent to the page
    QElapsedTimer m_sentAt;
    bool m_pageReady = false;
    bool m_remoteImages = false;
};

} // namespace Postwright
