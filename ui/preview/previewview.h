#pragma once

#include "preview/previewbridge.h"

#include <QWebEngineView>

class QWebEngineProfile;

namespace Postwright {

class BlogSchemeHandler;
class PreviewPage;
class PreviewScheduler;

// The live preview: renders the editor's text on a worker thread (PreviewScheduler) and pushes
// the HTML over a QWebChannel into the shell page, which patches itself in place. Renders only
// while visible; showing it again catches up with the newest text. Its own off-the-record
// profile keeps nothing on disk and serves the blog's images through BlogSchemeHandler.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Call once before QApplication is created.
    static void registerUrlSchemes();

    // The blog whose images the preview may show.
    void setBlog(const QString &rootPath, const QString &staticPath);
    // Another post was opened (relative path in the blog): render it and start at its top.
    void showPost(const QString &relativePath, const QString &text);
    // Every edit of the open post.
    void setPostText(const QString &text);
    void setPostHeader(const PreviewBridge::Header &header);

    PreviewPage *previewPage() const { return m_page; }
    PreviewBridge *bridge() const { return m_bridge; }
    PreviewScheduler *scheduler() const { return m_scheduler; }
    BlogSchemeHandler *schemeHandler() const { return m_schemeHandler; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWebEngineProfile *m_profile;
    BlogSchemeHandler *m_schemeHandler;
    PreviewPage *m_page;
    PreviewBridge *m_bridge;
    PreviewScheduler *m_scheduler;
};

} // namespace Postwright
