#pragma once

#include "spell/markdownspellscanner.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <functional>
#include <limits>

namespace Postwright {

// Colours a post's Markdown (GFM) as the writer types: front matter, ATX and setext headings,
// emphasis, code spans and fences, links, images, autolinks and bare URLs, footnote references,
// lists and task lists, tables, block quotes, HTML tags, comments and blocks, hard breaks, and
// (when the blog enables it) $math$. Multi-line constructs are carried from block to block in
// the block state, so a keystroke re-highlights only the blocks whose state actually changes.
// With spelling attached, it also underlines the misspelt words SpellController reports.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Scheme { Light, Dark };

    // What a block is part of, for the editor to paint full-width bands behind (a character
    // format can only colour the characters themselves).
    enum class BlockKind { Text, FrontMatter, CodeBlock };

    explicit MarkdownHighlighter(QTextDocument *document, Scheme scheme = Scheme::Light);

    void setScheme(Scheme scheme);

    // $…$ and $$…$$ are math only on blogs that render them (a price like $5 is text elsewhere).
    void setMathEnabled(bool enabled);
    bool isMathEnabled() const { return m_mathEnabled; }

    // The misspelt words of a highlighted block (SpellController). Setting a source makes every
    // highlighted block carry a SpellBlockData with its MarkdownSpellScanner state, and a block
    // whose scanner state changes passes the change on to the next block like its own state.
    // The source is called from highlightBlock() with the block's text; the ranges it returns
    // get the spelling underline. Takes effect as blocks are highlighted: call rehighlightAll().
    using SpellSource = std::function<QList<WordRange>(const QTextBlock &block, const QString &text)>;
    void setSpellSource(SpellSource source);

    // Highlights every block again: at once, or for a long document the first blocks now and
    // the rest in slices, the way it was opened.
    void rehighlightAll();

    // For a long document: highlight it in slices of a few milliseconds from the event loop, so
    // a 10 MB post does not stall the window. Blocks past the slices' frontier are not touched
    // (edits there included) until a slice reaches them. highlightAtOnce() is the usual mode.
    static constexpr qsizetype progressiveSize = 200'000; // characters
    void highlightProgressively();
    void highlightAtOnce();
    void highlightNextSlice();
    bool isHighlightingProgressively() const { return m_sliceTimer.isActive(); }
    static BlockKind blockKind(const QTextBlock &block);
    QColor bandColor(BlockKind kind) const;

Q_SIGNALS:
    void progressiveHighlightingFinished();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Formats
    {
        QTextCharFormat markup; // the punctuation itself: #, *, `, >, |, fences
        QTextCharFormat frontMatter;
        QTextCharFormat frontMatterKey;
        QTextCharFormat heading;
        QTextCharFormat emphasis;
        QTextCharFormat strong;
        QTextCharFormat strikethrough;
        QTextCharFormat code;
        QTextCharFormat codeBlock;
        QTextCharFormat link;
        QTextCharFormat url;
        QTextCharFormat listMarker;
        QTextCharFormat taskDone; // the text of a checked task list item
        QTextCharFormat blockQuote;
        QTextCharFormat tableHeader;
        QTextCharFormat htmlTag;
        QTextCharFormat htmlComment;
        QTextCharFormat math;
        QTextCharFormat hardBreak;
        QTextCharFormat misspelled;
    };

    // How a line starts, once the constructs that take the whole line are ruled out.
    enum class LineStart { Finished, Marked, Plain }; // Marked: a quote or list item

    void highlightStructure(const QString &text);
    bool highlightFrontMatter(const QString &text);
    bool highlightFence(const QString &text);
    bool continueBlock(const QString &text, int previous);
    bool highlightHtmlBlockStart(const QString &text, int previous);
    bool highlightMathBlockStart(const QString &text);
    bool highlightUnderline(const QString &text, int previous);
    LineStart highlightLineStart(const QString &text);
    void highlightParagraphLine(const QString &text);
    void highlightTableRow(const QString &text, bool header);
    void highlightInline(const QString &text, int from = 0);
    void highlightHtml(const QString &text, int from, const QList<std::pair<int, int>> &codeSpans = {});
    int highlightCommentEnd(const QString &text);
    void highlightMisspellings(const QString &text, int stateBefore);
    void followNextLine(int position);
    // Adds format on top of what a range already has (emphasis inside a quote stays a quote).
    void mergeFormat(int start, int count, const QTextCharFormat &format);
    // This block's previous state without the spelling bit; -1 (none) reads as normal text.
    int previousState() const;

    int m_frontier = std::numeric_limits<int>::max(); // blocks from this one on wait their turn
    QTimer m_sliceTimer;
    Formats m_formats;
    QColor m_frontMatterBand;
    QColor m_codeBand;
    bool m_mathEnabled = false;
    SpellSource m_spellSource;
    MarkdownSpellScanner m_spellScanner;
};

} // namespace Postwright
