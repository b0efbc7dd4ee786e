#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace Postwright {

// TeX math in Markdown, by pandoc's tex_math_dollars rules: `$…$` inline (a non-space right after
// the opening `$`, a non-space right before the closing one, and no digit right after it, so
// "$5 and $10" stays text), `$$…$$` display. Written as
//   <span class="math math-inline">TEX</span>
//   <div class="math math-display" data-sourcepos="L:C-L:C">TEX</div>   (a block of its own)
// with the TeX HTML-escaped and without its dollars, for KaTeX to typeset in the page.
//
// Inline math is a cmark-gfm inline extension: cmark's own inline parser meets a `$` only outside
// code spans, autolinks and link destinations and after backslash escapes (`\$` is a dollar),
// and the extension takes the math before emphasis can see its `*` and `_`. Display math whose
// `$$` lines stand alone spans lines that block parsing would otherwise cut up (a `- x` line
// starting a list, `=` underlining a heading), so before parsing those pairs of lines become a
// fenced block with the same number of lines; after parsing, the AST's fenced blocks and lone
// `$$…$$` paragraphs become the display markup. Walking the AST rather than rewriting the HTML
// keeps the positions cmark counted, so data-sourcepos still names the file's lines, and leaves
// no text of the post that could pass for our markup. (Table cells are the exception: see
// finishHtml().)
class MathSyntax
{
public:
    // The inline extension, for cmark_parser_attach_syntax_extension(). Created once; immutable.
    static cmark_syntax_extension *inlineExtension();

    // A pair of `$$` lines turned into a fenced block (1-based file lines).
    struct DisplayFence
    {
        int openLine = 0;
        int closeLine = 0;
        int fenceLength = 0; // backticks written in place of the two dollars
    };

    // Text to parse in place of utf8: each `$$` line pair (not opening at a line in `skip`) fenced.
    // Lines are neither added nor removed. Empty fences: use utf8 as it is.
    static QByteArray fenceDisplayBlocks(const QByteArray &utf8, const QSet<int> &skip,
                                         QList<DisplayFence> *fences);
    // The fences that did not come out as one fenced block of their own lines (a `$$` line inside
    // a code block or raw HTML, an indented container): parse again with these skipped.
    static QSet<int> missedFences(cmark_node *document, const QList<DisplayFence> &fences);
    // Turns the fenced blocks and the paragraphs that hold nothing but one `$$…$$` into display
    // blocks. Call after parsing and before rendering.
    static void finishDocument(cmark_node *document, const QList<DisplayFence> &fences, bool sourcePositions);
    // Math in table cells, which take no custom node, is a marked code span until here: call on
    // the rendered HTML.
    static void finishHtml(QString &html);
};

} // namespace Postwright
