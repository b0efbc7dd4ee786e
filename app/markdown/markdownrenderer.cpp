#include "markdownrenderer.h"

#include "blog/frontmatter.h"
#include "markdown/htmlsanitizer.h"
#include "markdown/mathsyntax.h"
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
    // No CMARK_OPT_UNSAFE unless asked for: post text is untrusted, so raw HTML and script-capable
    // link schemes must stay out of the preview (ARCHITECTURE.md, security model). Raw HTML is for
    // the writer's own site, or passes the allow-list sanitiser after rendering.
    int flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES;
    if (options.rawHtml)
        flags |= CMARK_OPT_UNSAFE;
    if (options.sourcePositions)
        flags |= CMARK_OPT_SOURCEPOS;
    if (options.smartPunctuation)
        flags |= CMARK_OPT_SMART;
    if (options.hardBreaks)
        flags |= CMARK_OPT_HARDBREAKS;
    return flags;
}

// A parsed document with the parser it came from: rendering needs the parser's extensions.
struct Parsed
{
    ParserPtr parser;
    NodePtr document;
};

Parsed parse(const QByteArray &utf8, int flags, bool math)
{
    ensureExtensionsRegistered();
    Parsed parsed;
    parsed.parser.reset(cmark_parser_new(flags));
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parsed.parser.get(), extension);
        else
            qCWarning(lcRender) << "cmark-gfm has no extension" << name << "- rendering without it";
    }
    if (math)
        cmark_parser_attach_syntax_extension(parsed.parser.get(), MathSyntax::inlineExtension());

    const QMutexLocker locker(&parseMutex());
    cmark_parser_feed(parsed.parser.get(), utf8.constData(), size_t(utf8.size()));
    parsed.document.reset(cmark_parser_finish(parsed.parser.get()));
    return parsed;
}

// With math on, `$$` line pairs are parsed as fenced blocks; a pair that does not come out as one
// (it sat in a code block, raw HTML or a container it leaves) is parsed again as written. Each
// round drops at least one pair, and a few rounds cover any real post.
Parsed parseWithMath(const QByteArray &utf8, int flags, QList<MathSyntax::DisplayFence> *fences)
{
    QSet<int> skip;
    for (int round = 0; round < 4; ++round) {
        const QByteArray fenced = MathSyntax::fenceDisplayBlocks(utf8, skip, fences);
        Parsed parsed = parse(fences->isEmpty() ? utf8 : fenced, flags, true);
        const QSet<int> missed =
            parsed.document ? MathSyntax::missedFences(parsed.document.get(), *fences) : QSet<int>();
        if (missed.isEmpty())
            return parsed;
        skip.unite(missed);
    }
    fences->clear();
    return parse(utf8, flags, true);
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown, const Options &options)
{
    const int flags = cmarkOptions(options);
    const QByteArray utf8 = markdown.toUtf8();
    QList<MathSyntax::DisplayFence> fences;
    const Parsed parsed = options.math ? parseWithMath(utf8, flags, &fences) : parse(utf8, flags, false);
    if (!parsed.document)
        return {};
    if (options.math)
        MathSyntax::finishDocument(parsed.document.get(), fences, options.sourcePositions);

    const BufferPtr buffer(cmark_render_html(parsed.document.get(), flags,
                                             cmark_parser_get_syntax_extensions(parsed.parser.get())));
    if (!buffer)
        return {};
    QString html = QString::fromUtf8(buffer.get());
    if (options.math)
        MathSyntax::finishHtml(html);
    return options.rawHtml && options.sanitize ? HtmlSanitizer::sanitize(html) : html;
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
