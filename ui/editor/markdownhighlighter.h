#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

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
    static BlockKind blockKind(const QTextBlock &block);
    QColor bandColor(BlockKind kind) const;

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

    Formats m_formats;
    QColor m_frontMatterBand;
    QColor m_codeBand;
};

} // namespace Postwright
