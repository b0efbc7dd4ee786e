#pragma once

#include "preview/previewbridge.h"

#include <QMutex>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <functional>

#include <memory>

class QWebEngineProfile;

namespace Postwright {

class BlogSchemeHandler;
class PostPreview;
class PreviewPage;
class PreviewScheduler;

// The live preview: renders the editor's text on a worker thread (PreviewScheduler) as the blog's
// theme shows a post (PostPreview: the theme's article partial and stylesheet, highlight.js for
// code) and pushes the HTML over a QWebChannel into the shell page, which patches itself in place. Renders only
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

    // The blog whose theme the preview uses and whose images it may show.
    void setBlog(const QString &rootPath, const QString &staticPath);
    // Another post was opened (relative path in the blog): render it and start at its top.
    void showPost(const QString &relativePath, const QString &text);
    // Every edit of the open post: with its text, or (cheaper for long posts) only a note that
    // it changed, the text then coming from the source set here when a render starts.
    void setPostText(const QString &text);
    void setTextSource(std::function<QString()> source);
    void notePostTextChanged();
    // Scroll sync (see PreviewBridge::requestScrollToLine).
    void scrollToLine(int line, bool reveal);
    // Web images in posts: placeholders (the default) or fetched by the application.
    void setRemoteImagesAllowed(bool allowed);

Q_SIGNALS:
    // The writer scrolled the preview; line (1-based) is now at its top.
    void scrolledToLine(int line);

public:
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
    // qwebchannel.js, highlight.js and preview.js, for the page's isolated world.
    static QWebEngineScript shellScript();

    // What the worker thread renders with; shared so a render in flight outlives a blog switch.
    struct RenderSetup
    {
        QMutex mutex;
        std::shared_ptr<const PostPreview> preview;
        QString filePath;
    };

    std::shared_ptr<RenderSetup> m_setup;
    QString m_blogRoot;
    QWebEngineProfile *m_profile;
    BlogSchemeHandler *m_schemeHandler;
    PreviewPage *m_page;
    PreviewBridge *m_bridge;
    PreviewScheduler *m_scheduler;
};

} // namespace Postwright
