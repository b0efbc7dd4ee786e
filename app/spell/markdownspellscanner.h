#pragma once

#include <QList>
#include <QStringView>

namespace Postwright {

// A word to check: a range of a line in UTF-16 code units (what QTextLayout::FormatRange uses).
struct WordRange
{
    int start = 0;
    int length = 0;

    bool operator==(const WordRange &other) const = default;
};

// Decides which words of a Markdown line are prose worth spell checking. It reads one line at a
// time and carries what it is inside of (front matter, a code fence, ...) in an int from line to
// line, so an editor's syntax highlighter can run it per block with previousBlockState() and
// setCurrentBlockState().
//
// Skipped: YAML (---) and TOML (+++) front matter, fenced (``` ~~~) and indented code, code
// spans, $math$ and $$ blocks, URLs, autolinks, e-mail addresses, paths and file/host names
// (a dot between letters: config.yaml, example.com), link destinations and reference labels,
// reference definitions, HTML tags with their attributes, comments, <script>/<style>/<pre>/
// <textarea> blocks, inline <code>/<kbd>/<samp>/<var>, entities, Hugo/Liquid {{ }} {% %}, {#id}
// attributes, :emoji: codes, words with digits or inner underscores (identifiers), words in
// scripts written without spaces (Han, kana, Thai, ...), and optionally all-caps abbreviations.
// Checked: everything else, including link text, emphasis, headings, list and table text.
//
// Limits, accepted for a per-line scanner: a code span or inline tag is only recognised within
// one line; an indented line right after a list item's blank line counts as list content unless
// indented 4 more columns than the item's text.
//
// The state (non-negative; -1, QSyntaxHighlighter's "none", reads as the initial state 0):
//   bits 0-3   Context below
//   bit  4     the previous line was paragraph text (so an indented line continues it)
//   bits 5-9   text column of the innermost open list item (0: not in a list), capped at 31
//   bit  10    fence character: 0 backtick, 1 tilde          (FencedCode)
//   bits 11-18 fence length, capped at 255                   (FencedCode)
//   bits 19-20 raw HTML tag: script, style, pre, textarea    (RawHtml)
//   bits 21-22 open attribute quote: none, ', "               (HtmlTag)
class MarkdownSpellScanner final
{
public:
    // What the next line starts inside of.
    enum class Context {
        Normal = 0,
        YamlFrontMatter = 1, // until --- or ...
        TomlFrontMatter = 2, // until +++
        FencedCode = 3,      // until a fence of the same character, at least as long
        HtmlComment = 4,     // until -->
        HtmlTag = 5,         // a tag at the start of a line whose > is on a later line
        RawHtml = 6,         // <script>, <style>, <pre>, <textarea> until its closing tag
        MathBlock = 7,       // $$ until $$
    };

    struct Options
    {
        bool skipAbbreviations = true; // all-caps words of 2 to 5 letters: HTTP, JSON, YAML
    };

    struct Line
    {
        QList<WordRange> words;
        int stateOut = 0;
    };

    static constexpr int InitialState = 0;

    MarkdownSpellScanner() = default;
    explicit MarkdownSpellScanner(Options options)
        : m_options(options)
    {}

    // line without its line break. firstLineOfFile: only the file's first line can open front
    // matter; stateIn is ignored for it.
    Line scan(QStringView line, int stateIn, bool firstLineOfFile = false) const;

    static Context contextOf(int state);

private:
    Options m_options;
};

} // namespace Postwright
