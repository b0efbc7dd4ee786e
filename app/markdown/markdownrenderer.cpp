#include "markdownrenderer.h"

#include "blog/frontmatter.h"
#include "util/logging.h"

#include <QMutex>
#include <QMutexLocker>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace Postwright {

namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
// cmark_render_html() allocates with the default allocator, so it must free the buffer too.
struct BufferDeleter
{
    void operator()(char *buffer) const { cmark_get_default_mem_allocator()->free(buffer); }
};

using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using BufferPtr = std::unique_ptr<char, BufferDeleter>;

constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

// Registration appends to cmark's global extension list and is not guarded inside the library.
void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, cmark_gfm_core_extensions_ensure_registered);
}

// cmark-gfm (0.29.0.gfm.6 in Debian 12) keeps the inline "special characters" in a process-wide
// table that each parser with extensions sets while it parses inlines and clears when done
// (github/cmark-gfm#176, unmerged). Parsing on two threads at once therefore loses `~` or `|`
// in the other document, so parses take turns; HTML rendering still runs concurrently.
QMutex &parseMutex()
{
    static QMutex mutex;
    return mutex;
}

int cmarkOptions(const MarkdownRenderer::Options &options)
{
    // Never CMARK_OPT_UNSAFE: post text is untrusted, so raw HTML and script-capable link
    // schemes must stay out of the preview (ARCHITECTURE.md, security model).
    int flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES;
    if (options.sourcePositions)
        flags |= CMARK_OPT_SOURCEPOS;
    if (options.smartPunctuation)
        flags |= CMARK_OPT_SMART;
    if (options.hardBreaks)
        flags |= CMARK_OPT_HARDBREAKS;
    return flags;
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown, const Options &options)
{
    ensureExtensionsRegistered();
    const int flags = cmarkOptions(options);
    const ParserPtr parser(cmark_parser_new(flags));
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        else
            qCWarning(lcRender) << "cmark-gfm has no extension" << name << "- rendering without it";
    }

    const QByteArray utf8 = markdown.toUtf8();
    NodePtr document;
    {
        const QMutexLocker locker(&parseMutex());
        cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (!document)
        return {};

    const BufferPtr html(
        cmark_render_html(document.get(), flags, cmark_parser_get_syntax_extensions(parser.get())));
    return html ? QString::fromUtf8(html.get()) : QString();
}

QString MarkdownRenderer::postBodyToHtml(const QString &postText, const Options &options)
{
    const FrontMatterSplit split = FrontMatter::split(postText);
    if (!split.hasFrontMatter)
        return toHtml(postText, options);
    // Empty lines in place of the front matter render nothing but keep cmark's line numbers equal
    // to the file's, so data-sourcepos points at the line the editor shows.
    const QString blankLines(split.bodyFirstLine - 1, u'\n');
    return toHtml(blankLines + QStringView(postText).mid(split.bodyOffset), options);
}

} // namespace Postwright
