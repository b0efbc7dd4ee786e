#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <limits>

namespace Postwright {

// Colours a post's Markdown as the writer types: the front matter block, headings, emphasis,
// inline and fenced code, links and images, list markers and block quotes. Multi-line
// constructs (front matter, fences) are carried from block to block in the block state, so a
// keystroke re-highlights only the blocks whose state actually changes.
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
        QTextCharFormat markup; // the punctuation itself: #, *, `, >, fences
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
        QTextCharFormat blockQuote;
    };

    bool highlightFrontMatter(const QString &text);
    bool highlightFence(const QString &text);
    bool highlightLineStart(const QString &text);
    void highlightInline(const QString &text);
    // Adds format on top of what a range already has (emphasis inside a quote stays a quote).
    void mergeFormat(int start, int count, const QTextCharFormat &format);

    int m_frontier = std::numeric_limits<int>::max(); // blocks from this one on wait their turn
    QTimer m_sliceTimer;
    Formats m_formats;
    QColor m_frontMatterBand;
    QColor m_codeBand;
};

} // namespace Postwright
