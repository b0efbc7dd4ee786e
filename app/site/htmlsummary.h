#pragma once

#include <QString>

namespace Postwright {

// Facts about a post taken from its rendered HTML body (cmark-gfm output).
namespace HtmlSummary {

// The first paragraph's HTML (inline markup kept, links kept), or empty. Only top-level paragraphs
// count (not one in a quote, list or table), image-only ones are skipped, footnote markers and
// data-sourcepos attributes are dropped: "<p>Intro with <em>this</em>.</p>".
QString firstParagraphHtml(const QString &html);
// HTML to plain text: tags dropped, entities decoded, whitespace collapsed. Block boundaries
// separate words; footnote markers and back links are dropped.
QString plainText(const QString &html);
// At most maxChars characters of text, cut at a word boundary, with "…" when cut (the "…" comes on
// top of maxChars; punctuation left dangling before it is dropped).
QString truncate(const QString &text, int maxChars);
// Words with at least one letter or digit; each Chinese/Japanese character counts as one word.
int wordCount(const QString &plainText);
// Minutes at 220 words a minute, rounded, at least 1.
int readingMinutes(int words);
// Adds id="slug" to <h2>…<h6> that have none (unique within the page: "setup", "setup-1", …) and
// returns the new HTML; tocHtml receives a nested <ul> of the h2/h3 headings linking to them, or
// empty when there are fewer than three. Ids already on the page (footnotes' "fn-1" too) are never
// reused; a heading without text gets "section". tocHtml may be null.
QString addHeadingIds(const QString &html, QString *tocHtml);

} // namespace HtmlSummary
} // namespace Postwright
