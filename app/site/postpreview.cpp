#include "postpreview.h"

#include "blog/post.h"
#include "markdown/markdownrenderer.h"
#include "site/htmlsummary.h"
#include "site/sitehtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Postwright {

namespace {

QString wrapBody(const QString &html)
{
    return PostPreview::contentStart + html + PostPreview::contentEnd;
}

} // namespace

Result<std::shared_ptr<const PostPreview>> PostPreview::create(const QString &blogRoot)
{
    std::shared_ptr<PostPreview> preview(new PostPreview);
    QString themePath;
    if (!blogRoot.isEmpty()) {
        Result<Blog> blog = Blog::open(blogRoot);
        if (!blog)
            return blog.error();
        preview->m_root = blog.value().rootPath();
        preview->m_settings = blog.value().settings();
        themePath = QDir(preview->m_root).filePath(QStringLiteral("theme"));
    }
    Result<Theme> theme = Theme::load(themePath);
    if (!theme)
        return theme.error();
    preview->m_theme = std::move(theme).value();
    Result<std::shared_ptr<const TemplateEngine>> engine = TemplateEngine::create(*preview->m_theme);
    if (!engine)
        return engine.error();
    preview->m_engine = engine.value();
    if (!preview->m_engine->hasTemplate(QStringLiteral("partials/article")))
        return SourceError{preview->m_theme->templateOrigin(QStringLiteral("partials/article")), 0, 0,
                           QCoreApplication::translate("Postwright::PostPreview",
                                                       "The theme has no article partial for the preview.")};
    preview->m_context = std::make_unique<PageContext>(preview->m_settings, preview->m_site, QString(), QString());
    return std::shared_ptr<const PostPreview>(std::move(preview));
}

QString PostPreview::renderBodyOnly(const QString &text)
{
    return wrapBody(MarkdownRenderer::postBodyToHtml(text, {}));
}

QString PostPreview::render(const QString &text, const QString &filePath) const
{
    QString toc;
    QString body = HtmlSummary::addHeadingIds(MarkdownRenderer::postBodyToHtml(text, {}), &toc);
    SiteHtml::finishBody(body, m_context->label("task_done"), m_context->label("task_open"));

    const Post post = Post::fromText(text, filePath, m_root);
    SitePost site;
    site.sourcePath = filePath;
    site.metadata = post.metadata;
    site.title = post.displayTitle();
    const Post::Status status = post.status();
    site.isDraft = status == Post::Status::Draft;
    site.isScheduled = status == Post::Status::Scheduled;
    BuildCache::Source facts; // reading time, from the words the body has now
    facts.wordCount = HtmlSummary::wordCount(HtmlSummary::plainText(body));
    site.source = &facts;

    QVariantMap postObject = m_context->postObject(site, wrapBody(body), toc, nullptr, nullptr);
    // A cover as written: the page resolves it beside the post, like the body's images.
    if (!post.metadata.cover.isEmpty())
        postObject.insert(QStringLiteral("cover"), post.metadata.cover);
    QVariantMap context = m_context->base({site.title, QString(), QString(), QStringLiteral("post"), QString(), QString()});
    context.insert(QStringLiteral("post"), postObject);
    const Result<QByteArray> html = m_engine->render(QStringLiteral("partials/article"), context);
    if (!html) {
        // A broken template override: show the body, and say why above it.
        return QStringLiteral("<p class=\"preview-problem\">%1</p>").arg(html.error().toString().toHtmlEscaped())
               + wrapBody(body);
    }
    return QString::fromUtf8(html.value());
}

QString PostPreview::stylesheetPath() const
{
    return m_theme ? m_theme->assets().value(QStringLiteral("style.css")) : QString();
}

} // namespace Postwright
