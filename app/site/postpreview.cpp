#include "postpreview.h"

#include "blog/post.h"
#include "markdown/markdownrenderer.h"
#include "site/htmlsummary.h"
#include "site/sitehtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace Postwright {

namespace {

QString wrapBody(const QString &html)
{
    return PostPreview::contentStart + html + PostPreview::contentEnd;
}

} // namespace

Result<std::shared_ptr<const PostPreview>> PostPreview::create(const QString &blogRoot, Frame frame)
{
    std::shared_ptr<PostPreview> preview(new PostPreview);
    preview->m_frame = frame;
    QString themePath;
    if (!blogRoot.isEmpty()) {
        Result<Blog> blog = Blog::open(blogRoot);
        if (!blog)
            return blog.error();
        preview->m_root = blog.value().rootPath();
        preview->m_settings = blog.value().settings();
        preview->m_options = bodyOptions(preview->m_settings);
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

MarkdownRenderer::Options PostPreview::bodyOptions(const BlogSettings &settings)
{
    MarkdownRenderer::Options options;
    options.math = settings.math;
    options.rawHtml = settings.rawHtml;
    options.sanitize = true;
    return options;
}

QString PostPreview::renderBodyOnly(const QString &text, const MarkdownRenderer::Options &options)
{
    return wrapBody(MarkdownRenderer::postBodyToHtml(text, options));
}

QString PostPreview::render(const QString &text, const QString &filePath) const
{
    QString toc;
    QString body = HtmlSummary::addHeadingIds(MarkdownRenderer::postBodyToHtml(text, m_options), &toc);
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
    if (m_frame == Frame::Site)
        return renderSiteFrame(postObject);
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

QString PostPreview::renderSiteFrame(const QVariantMap &post) const
{
    // Classes that Hugo and Jekyll themes commonly style (Ananke, PaperMod, Minima, …) and the
    // microformats most of them carry; the shell already wraps it in <main>.
    const auto text = [&post](const char *key) { return post.value(QString::fromLatin1(key)).toString().toHtmlEscaped(); };
    QString html = QStringLiteral("<article class=\"post h-entry\">\n<header class=\"post-header\">\n"
                                  "<h1 class=\"post-title p-name\">%1</h1>\n")
                       .arg(text("title"));
    if (const QString date = text("date_iso"); !date.isEmpty()) {
        html += QStringLiteral("<p class=\"post-meta\"><time class=\"dt-published\" datetime=\"%1\">%2</time></p>\n")
                    .arg(date, text("date_display"));
    }
    if (const QString cover = text("cover"); !cover.isEmpty())
        html += QStringLiteral("<img class=\"post-cover\" src=\"%1\" alt=\"%2\">\n").arg(cover, text("title"));
    html += QStringLiteral("</header>\n<div class=\"post-content e-content\">\n");
    html += post.value(QStringLiteral("content_html")).toString();
    html += QStringLiteral("\n</div>\n</article>\n");
    return html;
}

namespace {

constexpr QStringView sourcePosAttribute = u" data-sourcepos=\"";

// A block's identity without its source positions: the hash of the text between them.
size_t blockKey(QStringView block)
{
    size_t key = qHash(block.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = block.indexOf(sourcePosAttribute, from);
        if (at < 0)
            break;
        key = qHash(block.mid(from, at - from), key);
        const qsizetype close = block.indexOf(u'"', at + sourcePosAttribute.size());
        if (close < 0)
            return qHash(block.mid(at), key);
        from = close + 1;
    }
    return qHash(block.mid(from), key);
}

// "first:col-last:col" of the block's own (first) tag.
std::pair<int, int> blockLines(QStringView block)
{
    const qsizetype tagEnd = block.indexOf(u'>');
    const qsizetype at = block.indexOf(sourcePosAttribute);
    if (at < 0 || (tagEnd >= 0 && at > tagEnd))
        return {0, 0};
    const qsizetype start = at + sourcePosAttribute.size();
    const QStringView value = block.mid(start, block.indexOf(u'"', start) - start);
    const qsizetype dash = value.indexOf(u'-');
    const int first = value.left(value.indexOf(u':')).toInt();
    const QStringView end = value.mid(dash + 1);
    const int last = dash < 0 ? first : end.left(end.indexOf(u':')).toInt();
    return {first, qMax(first, last)};
}

} // namespace

PostPreview::PackedArticle PostPreview::pack(const QString &article)
{
    PackedArticle packed;
    qsizetype start = article.indexOf(contentStart);
    qsizetype end = start < 0 ? -1 : article.indexOf(contentEnd, start);
    QStringView body;
    if (end < 0) {
        packed.frame = contentStart + contentEnd;
        body = article;
    } else {
        packed.frame = article.left(start + contentStart.size()) + article.mid(end);
        body = QStringView(article).mid(start + contentStart.size(), end - start - contentStart.size());
    }
    const auto add = [&packed](QStringView block) {
        packed.blocks.append(block.toString());
        packed.keys.append(blockKey(block));
        const auto [first, last] = blockLines(block);
        packed.firstLines.append(first);
        packed.lastLines.append(last);
    };

    // Top-level elements of the body: cmark writes well-formed HTML whose '<' and '>' are only
    // ever tag delimiters (text and attribute values are escaped, raw HTML is left out or
    // re-serialised by the sanitiser), so a depth count over the tags finds where each block ends.
    static const QStringList voidElements{QStringLiteral("img"), QStringLiteral("br"), QStringLiteral("hr"),
                                          QStringLiteral("input"), QStringLiteral("col"), QStringLiteral("source"),
                                          QStringLiteral("wbr")};
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
            if (depth == 0) // a comment between blocks (raw HTML left out) is a block of its own
                add(body.mid(i, (commentEnd < 0 ? body.size() : commentEnd + 3) - i));
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
            depth = qMax(0, depth - 1);
        else if (!selfClosing)
            ++depth;
        if (depth == 0 && blockStart >= 0) {
            add(body.mid(blockStart, close + 1 - blockStart));
            blockStart = -1;
        }
        i = close;
    }
    if (blockStart >= 0) // unbalanced markup: the rest is one block, not lost
        add(body.mid(blockStart));
    return packed;
}

QString PostPreview::stylesheetPath() const
{
    return m_theme ? m_theme->assets().value(QStringLiteral("style.css")) : QString();
}

} // namespace Postwright
