#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Postwright {

// The one object the preview page sees, published on the QWebChannel as "bridge". C++ pushes
// rendered HTML and the post header; the page patches its DOM and answers with shown(revision).
// It keeps the newest state so a page that (re)connects late catches up via ready().
// Everything the page sends here is treated as untrusted: only ints, no callbacks.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString themeStyleSheet READ themeStyleSheet NOTIFY themeStyleSheetChanged)

public:
    // The post header as the theme shows it. The page sets every field as text or attribute,
    // never as HTML: it all comes from the post's front matter.
    struct Header
    {
        QString title;
        QString byline; // "14 September 2026 · DevOps"
        QString status; // "Draft", "Scheduled" or empty
        QStringList tags;
        QString cover; // as written in the front matter; resolved like an image in the post

        bool operator==(const Header &other) const = default;
        QVariantMap toVariantMap() const;
    };

    explicit PreviewBridge(QObject *parent = nullptr);

    void setContent(int revision, const QString &html);
    int contentRevision() const { return m_revision; }
    QString contentHtml() const { return m_html; }

    void setHeader(const Header &header);
    // Where the post's relative image paths point (a postwright-blog: URL of its folder).
    void setDocumentBase(const QString &baseUrl);
    // The page scrolls to the top when it first shows this revision or a newer one (another post
    // was opened); edits of the same post keep the scroll position.
    void requestScrollReset(int fromRevision);

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

Q_SIGNALS:
    void contentChanged(int revision, const QString &html);
    void headerChanged(const QVariantMap &header);
    void documentBaseChanged(const QString &baseUrl);
    void scrollResetRequested(int fromRevision);
    void themeStyleSheetChanged(const QString &url);

    // For C++ only (the page ignores them): the page connected; the page showed a revision.
    void pageReady();
    void displayedRevisionChanged(int revision);

private:
    QString m_html;
    Header m_header;
    QString m_documentBase;
    QString m_themeStyleSheet;
    int m_revision = 0;
    int m_scrollResetRevision = 0;
    int m_displayedRevision = 0;
    bool m_pageReady = false;
};

} // namespace Postwright
