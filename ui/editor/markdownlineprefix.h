#pragma once

#include <QChar>
#include <QString>

class QTextBlock;

namespace Postwright {

// The block structure at the start of a Markdown line: indentation, block quote markers, a list
// item's marker and task box. What Enter continues and Tab and Shift+Tab move.
struct LinePrefix
{
    static constexpr int tabWidth = 4;

    // structured = false takes the indentation only (fenced code, front matter).
    static LinePrefix parse(const QString &line, bool structured = true);
    // Structured where the highlighter says the block is Markdown text.
    static LinePrefix of(const QTextBlock &block);
    // Display columns of a line's start, tabs going to the next stop.
    static int columns(const QString &text);

    bool isItem() const { return !bullet.isEmpty() || number >= 0; }
    bool isQuote() const { return !quotes.isEmpty(); }
    // The line's own indentation, inside any block quote.
    int indentColumns() const;
    // Where that indentation starts in the line.
    int indentStart() const;
    // The marker and the space after it: where a child list starts.
    int markerWidth() const;
    // What the next line starts with when Enter continues this one.
    QString continuation() const;
    // This line with its list marker (or innermost quote level) removed: the end of the list.
    QString withoutInnermostMarker() const;

    QString leading;    // whitespace before any quote marker (for a list item outside a quote: none)
    QString quotes;     // "> > "
    QString inner;      // a list item's indentation, after the quote markers
    QString bullet;     // "-", "*" or "+"
    qint64 number = -1; // an ordered item's number, and its '.' or ')'
    QChar delimiter;
    QString gap;    // whitespace after the marker
    QString task;   // "[ ] " or "[x] "
    int length = 0; // characters of the whole prefix
};

} // namespace Postwright
