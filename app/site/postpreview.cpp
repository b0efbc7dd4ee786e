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

QString PostPreview::packForPage(const QString &article)
{
    const qsizetype start = article.indexOf(contentStart);
    const qsizetype end = start < 0 ? -1 : article.indexOf(contentEnd, start);
    if (end < 0)
        return article;
    QString packed = article.left(start + contentStart.size()) + article.mid(end);
    packed.replace(QChar(0), QChar::ReplacementCharacter);

    // Top-level elements of the body: cmark writes well-formed HTML whose '<' and '>' are only
    // ever tag delimiters (text and attribute values are escaped, raw HTML is left out), so a
    // depth count over the tags finds where each block ends.
    static const QStringList voidElements{QStringLiteral("img"), QStringLiteral("br"), QStringLiteral("hr"),
                                          QStringLiteral("input"), QStringLiteral("col"), QStringLiteral("source")};
    const QStringView body = QStringView(article).mid(start + contentStart.size(), end - start - contentStart.size());
    int depth = 0;
    qsizetype blockStart = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != u'<')
            continue;
        const qsizetype close = body.indexOf(u'>', i);
        if (close < 0)
            break;
        const QStringView tag = body.mid(i + 1, close - i - 1);
        if (tag.startsWith(u"!--")) {
            const qsizetype commentEnd = body.indexOf(u"-->", i);
            if (depth == 0) { // a comment between blocks (raw HTML left out) is a block of its own
                packed += QChar(0) + body.mid(i, (commentEnd < 0 ? body.size() : commentEnd + 3) - i).toString();
            }
            i = commentEnd < 0 ? body.size() : commentEnd + 2;
            continue;
        }
        const bool closing = tag.startsWith(u'/');
        QStringView name = tag.mid(closing ? 1 : 0);
        for (qsizetype n = 0; n < name.size(); ++n) {
            if (name.at(n).isSpace() || name.at(n) == u'/') {
                name = name.left(n);
                break;
            }
        }
        const bool selfClosing = !closing && (tag.endsWith(u'/') || voidElements.contains(name.toString().toLower()));
        if (!closing && depth == 0)
            blockStart = i;
        if (closing)
            --depth;
        else if (!selfClosing)
            ++depth;
        if (depth == 0 && blockStart >= 0) {
            packed += QChar(0) + body.mid(blockStart, close + 1 - blockStart).toString();
            blockStart = -1;
        }
        i = close;
    }
    return packed;
}

QString PostPreview::stylesheetPath() const
{
    return m_theme ? m_theme->assets().value(QStringLiteral("style.css")) : QString();
}

} // namespace Postwright
