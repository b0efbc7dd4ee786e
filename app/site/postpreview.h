#pragma once

#include "blog/blog.h"
#include "markdown/markdownrenderer.h"
#include "site/pagecontext.h"
#include "site/sitecontent.h"
#include "site/templateengine.h"
#include "site/theme.h"
#include "util/result.h"

#include <memory>

namespace Postwright {

// Renders the post being edited the way its page on the site shows it: the theme's `article`
// partial (a blog's own theme/ overrides it like any template) with the body rendered by the
// same code as the site builder's, heading ids and table of contents included. The body keeps
// its source positions for scroll sync and sits between two markers, so the preview page can
// patch the body in place and swap the frame around it only when that changes.
// Immutable after create(): render() may run on any thread.
class PostPreview
{
public:
    static constexpr QStringView contentStart = u"<!--postwright-content-->";
    static constexpr QStringView contentEnd = u"<!--/postwright-content-->";

    // What goes around the body. Theme: the theme's article partial, styled by the theme's
    // stylesheet. Site: plain markup that common Hugo and Jekyll themes style, for when the
    // preview uses the site's own CSS (SiteStyleSheets): an h-entry <article class="post"> with
    // the title in header h1.post-title and the body in div.post-content.e-content, nothing that
    // only Postwright's theme knows how to show (its screen-reader-only labels, say).
    enum class Frame { Theme, Site };

    // blogRoot empty (no blog open): the built-in theme and default settings.
    static Result<std::shared_ptr<const PostPreview>> create(const QString &blogRoot, Frame frame = Frame::Theme);
    Frame frame() const { return m_frame; }

    // text: the editor's whole text (front matter and body); filePath: where it is saved.
    QString render(const QString &text, const QString &filePath) const;
    // The body alone between the markers: for when the theme cannot be loaded.
    static QString renderBodyOnly(const QString &text, const MarkdownRenderer::Options &options = {});
    // How the preview renders a blog's posts: source positions, the blog's math setting, and its
    // raw HTML through the sanitiser (the preview shows untrusted text; the site does not sanitise).
    static MarkdownRenderer::Options bodyOptions(const BlogSettings &settings);

    QString stylesheetPath() const; // the theme's style.css (file path or ":/" resource)

    // What the preview page receives: the frame (the article with nothing between the content
    // markers) and the body's top-level blocks. Each block has a key that ignores its source
    // positions, so a block that only moved down a line compares equal and is not sent again,
    // and the lines it came from, for scroll sync. Rendered HTML without the markers (the body
    // alone) is all body.
    struct PackedArticle
    {
        QString frame;
        QStringList blocks;
        QList<size_t> keys;
        QList<int> firstLines; // 0 when the block has no source position (a comment)
        QList<int> lastLines;
    };
    static PackedArticle pack(const QString &article);

private:
    PostPreview() = default;

    QString renderSiteFrame(const QVariantMap &post) const;

    QString m_root;
    Frame m_frame = Frame::Theme;
    BlogSettings m_settings;
    MarkdownRenderer::Options m_options;
    SiteContent m_site; // empty: the preview knows the post, not its neighbours
    std::optional<Theme> m_theme;
    std::shared_ptr<const TemplateEngine> m_engine;
    std::unique_ptr<PageContext> m_context;
};

} // namespace Postwright
