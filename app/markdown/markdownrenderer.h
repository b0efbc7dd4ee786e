#pragma once

#include <QString>

namespace Postwright {

// Markdown (GFM) to HTML with cmark-gfm: tables, strikethrough, autolinks, tag filter, task
// lists and footnotes, in safe mode by default (raw HTML is dropped and javascript:/vbscript:/
// file:/data: links are emptied by cmark; no CMARK_OPT_UNSAFE) with UTF-8 validation; optionally
// raw HTML (as written, or through HtmlSanitizer) and $…$/$$…$$ math (MathSyntax). Thread-safe:
// every call builds its own parser, so renders can run on worker threads concurrently (the parse
// step itself takes turns because of a global table inside cmark-gfm; see the .cpp).
class MarkdownRenderer
{
public:
    struct Options
    {
        bool sourcePositions = true; // data-sourcepos="line:col-line:col" on blocks (scroll sync)
        bool smartPunctuation = false;
        bool hardBreaks = false;
        // Raw HTML in the Markdown is kept (CMARK_OPT_UNSAFE; the tag filter still applies). Only
        // for text the reader trusts, or with sanitize: then only HtmlSanitizer's allow-list is kept.
        bool rawHtml = false;
        bool sanitize = true; // with rawHtml
        bool math = false;    // $…$ and $$…$$ become math markup (MathSyntax)
    };

    static QString toHtml(const QString &markdown, const Options &options);
    static QString toHtml(const QString &markdown) { return toHtml(markdown, Options{}); }

    // Renders a whole post text (front matter + body): the front matter is not rendered, and the
    // source positions still count lines of the whole file, so they match the editor's lines.
    static QString postBodyToHtml(const QString &postText, const Options &options);
    static QString postBodyToHtml(const QString &postText) { return postBodyToHtml(postText, Options{}); }
};

} // namespace Postwright
