#pragma once

// MarkdownHighlighter's block states and the line tests its two source files share. Private to
// the highlighter: nothing else should read its block states (blockKind() is the public view).

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTextBlock>

namespace Postwright::HighlighterState {

// Block states are non-negative; QTextBlock's -1 means "not highlighted yet". Bits 0-3: what the
// line is, or ends inside of; bits 4-7: flags of that kind; bits 8-15: a fence's length; bit 30:
// flips when the spell scanner's state at the line's end changes (highlightMisspellings()).
enum : int {
    StateNormal = 0,
    StateFrontMatter = 1,
    StateFence = 2,
    StateParagraph = 3,   // paragraph text: the next line may underline it or make it a table header
    StateTable = 4,       // a table row: the table goes on until a blank line or another block
    StateHtmlBlock = 5,   // <div>, a tag alone on its line...: raw HTML until a blank line
    StateRawHtml = 6,     // <script>, <style>, <pre>, <textarea>: until the closing tag
    StateHtmlComment = 7, // <!-- until -->
    StateMathBlock = 8,   // $$ until $$
    StateKindMask = 0x0f,
    StateNotHighlighted = -1,
    FenceTildeFlag = 0x10,  // fence: ~~~ rather than ```
    TomlFlag = 0x10,        // front matter: between +++ lines
    SetextTextFlag = 0x10,  // paragraph: the next line is a setext underline
    TableHeaderFlag = 0x20, // paragraph: the next line is a table's delimiter row
    RawTagShift = 4,        // raw HTML: which of rawTags(), two bits
    FenceLengthShift = 8,
    MaxFenceLength = 0xff, // a longer fence is closed by one of at least 255
    SpellToggle = 1 << 30,
};

// Every pattern is a function-local static where it is used: compiled once for the whole
// program, since highlightBlock runs on every keystroke.
inline QRegularExpression pattern(const QString &source, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression expression(source, options | QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

inline QRegularExpression pattern(const char *source, QRegularExpression::PatternOptions options = {})
{
    return pattern(QString::fromLatin1(source), options);
}

// An HTML open tag with its attributes (CommonMark's definition).
inline QString tagPattern()
{
    return QStringLiteral("<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*"
                          "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?>");
}

// The tags whose content is not Markdown until they close, blank lines included.
inline const QStringList &rawTags()
{
    static const QStringList tags = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("pre"),
                                     QStringLiteral("textarea")};
    return tags;
}

inline bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// A line that ends a table: a heading, quote or fence starts a block of its own.
inline bool startsOtherBlock(const QString &text)
{
    static const QRegularExpression other = pattern("^ {0,3}(?:#{1,6}(?:\\s|$)|>|```|~~~)");
    return other.match(text).hasMatch();
}

inline bool isSetextUnderline(const QString &text)
{
    static const QRegularExpression underline = pattern("^ {0,3}(?:=+|-+)[ \\t]*$");
    return underline.match(text).hasMatch();
}

// |---|:--:| — with at least one pipe, or a lone --- would be one (it is a setext underline).
inline bool isDelimiterRow(const QString &text)
{
    static const QRegularExpression row = pattern("^ {0,3}\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    return text.contains(u'|') && row.match(text).hasMatch();
}

// The pipes that separate a table row's cells (not the escaped ones, \|).
inline QList<int> cellPipes(QStringView text)
{
    QList<int> pipes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'|')
            pipes.append(int(i));
    }
    return pipes;
}

inline int cellCount(QStringView text)
{
    const QStringView row = text.trimmed();
    const QList<int> pipes = cellPipes(row);
    qsizetype count = pipes.size() + 1;
    if (!pipes.isEmpty() && pipes.front() == 0)
        --count;
    if (!pipes.isEmpty() && pipes.back() == row.size() - 1 && row.size() > 1)
        --count;
    return int(count);
}

// SetextTextFlag or TableHeaderFlag when the line after a paragraph line makes it one.
inline int lookaheadFlags(const QString &text, const QTextBlock &next)
{
    if (!next.isValid())
        return 0;
    const QString nextText = next.text();
    if (!cellPipes(text).isEmpty() && isDelimiterRow(nextText) && cellCount(text) == cellCount(nextText))
        return TableHeaderFlag;
    if (isSetextUnderline(nextText))
        return SetextTextFlag;
    return 0;
}

} // namespace Postwright::HighlighterState
