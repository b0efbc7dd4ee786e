#pragma once

#include "preview/previewbridge.h"
#include "site/sitestylesheets.h"

#include <QFileSystemWatcher>
#include <QMutex>
#include <QTimer>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <functional>
#include <memory>
#include <optional>

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
// A Hugo or Jekyll site may be shown in its own style instead (SiteStyleSheets): the site's
// stylesheets replace the theme's, around plain markup such themes style. postwright.yaml says
// whether that is the default; the window may override it per site (setSiteStylePreference).
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

    // The site's own style. The preference answers, for a blog root, whether the writer chose
    // the site's style (true) or the built-in theme (false), or nothing (the site's default).
    using SiteStylePreference = std::function<std::optional<bool>(const QString &blogRoot)>;
    void setSiteStylePreference(SiteStylePreference preference);
    // The site's stylesheets when there are any, else the built-in theme.
    void setSiteStyleEnabled(bool on);
    bool usesSiteStyle() const { return m_useSiteStyle && !m_siteStyle.isEmpty(); }
    bool siteStyleAvailable() const { return !m_siteStyle.isEmpty(); }
    // What postwright.yaml (blog.yaml) asks for: not "builtin".
    bool siteStyleByDefault() const { return m_siteStyleByDefault; }
    const SiteStyleSheets &siteStyleSheets() const { return m_siteStyle; }
    // Why the site's preview settings could not be read (they then have their defaults); empty if fine.
    QString siteStyleProblem() const { return m_siteStyleProblem; }
    // Looks for the site's stylesheets again (after a build; the preview also watches the
    // settings file, the stylesheets and the output folder itself) and shows them anew.
    void reloadSiteStyle();

Q_SIGNALS:
    // The writer scrolled the preview; line (1-based) is now at its top.
    void scrolledToLine(int line);
    // Whether the site's style is available or in use changed, or its stylesheets did.
    void siteStyleChanged();

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
    void findSiteStyle();
    // Gives the page the stylesheet and the worker the frame of the style in use; true when the
    // frame changed (the shown post must be rendered again).
    bool applyStyle(bool blogChanged);
    void renderAgain();
    void watchSiteStyle();
    // Sizes and times of the site's stylesheets and the CSS beside them: whether a look again
    // found anything new to show.
    QByteArray siteStyleStamp() const;

    // What the worker thread renders with; shared so a render in flight outlives a blog switch.
    struct RenderSetup
    {
        QMutex mutex;
        std::shared_ptr<const PostPreview> preview;
        QString filePath;
    };

    std::shared_ptr<RenderSetup> m_setup;
    QString m_blogRoot;
    QString m_lastText; // for rendering again when no text source is set
    bool m_hasTextSource = false;
    SiteStyleSheets m_siteStyle;
    bool m_siteStyleByDefault = false;
    bool m_useSiteStyle = false;
    QString m_siteStyleProblem;
    QByteArray m_siteStyleStamp;
    SiteStylePreference m_siteStylePreference;
    QFileSystemWatcher m_siteStyleWatcher;
    QTimer m_siteStyleSettle;
    QWebEngineProfile *m_profile;
    BlogSchemeHandler *m_schemeHandler;
    PreviewPage *m_page;
    PreviewBridge *m_bridge;
    PreviewScheduler *m_scheduler;
};

} // namespace Postwright
