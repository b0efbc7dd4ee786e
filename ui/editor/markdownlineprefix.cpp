#include "editor/markdownlineprefix.h"

#include "editor/markdownhighlighter.h"

#include <QRegularExpression>
#include <QTextBlock>

namespace Postwright {

LinePrefix LinePrefix::parse(const QString &line, bool structured)
{
    LinePrefix prefix;
    if (!structured) {
        qsizetype end = 0;
        while (end < line.size() && (line.at(end) == u' ' || line.at(end) == u'\t'))
            ++end;
        prefix.leading = line.left(end);
        prefix.length = int(end);
        return prefix;
    }
    // The marker needs whitespace after it, so `**bold**` and `---` are not items; `* * *` is a
    // thematic break although it starts like one.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^([ \t]*)((?:>[ \t]?)*)(?:([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\](?:[ \t]+|$))?)?)"));
    static const QRegularExpression thematicBreak(
        QStringLiteral(R"(^[ \t]*(?:>[ \t]?)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    const QRegularExpressionMatch match = pattern.match(line);
    prefix.leading = match.captured(1);
    prefix.quotes = match.captured(2);
    const bool item = match.capturedStart(4) >= 0 || match.capturedStart(5) >= 0;
    if (!item || thematicBreak.match(line).hasMatch()) {
        prefix.length = int(prefix.leading.size() + prefix.quotes.size());
        return prefix;
    }
    prefix.inner = match.captured(3);
    if (prefix.quotes.isEmpty())
        std::swap(prefix.leading, prefix.inner); // an item's indentation is all in inner
    prefix.bullet = match.captured(4);
    if (match.capturedStart(5) >= 0) {
        prefix.number = match.captured(5).toLongLong();
        prefix.delimiter = match.captured(6).at(0);
    }
    prefix.gap = match.captured(7);
    prefix.task = match.captured(8);
    prefix.length = int(match.capturedEnd(0));
    return prefix;
}

LinePrefix LinePrefix::of(const QTextBlock &block)
{
    return parse(block.text(), MarkdownHighlighter::blockKind(block) == MarkdownHighlighter::BlockKind::Text);
}

int LinePrefix::columns(const QString &text)
{
    int column = 0;
    for (const QChar c : text)
        column = c == u'\t' ? column + tabWidth - column % tabWidth : column + 1;
    return column;
}

int LinePrefix::indentColumns() const
{
    return columns(isItem() ? inner : leading);
}

int LinePrefix::indentStart() const
{
    return isItem() ? int(leading.size() + quotes.size()) : 0;
}

int LinePrefix::markerWidth() const
{
    const qsizetype marker = bullet.isEmpty() ? QString::number(number).size() + 1 : bullet.size();
    return int(marker) + columns(gap);
}

QString LinePrefix::continuation() const
{
    if (!isItem())
        return leading + quotes;
    const QString marker = bullet.isEmpty() ? QString::number(number + 1) + delimiter : bullet;
    // A new task starts unchecked.
    const QString box = task.isEmpty()
                            ? QString()
                            : QStringLiteral("[ ]") + (task.size() > 3 ? task.mid(3) : QStringLiteral(" "));
    return leading + quotes + inner + marker + gap + box;
}

QString LinePrefix::withoutInnermostMarker() const
{
    if (isItem())
        return quotes.isEmpty() ? QString() : leading + quotes;
    static const QRegularExpression lastLevel(QStringLiteral(R"(>[ \t]?$)"));
    QString outer = quotes;
    outer.remove(lastLevel);
    return outer.isEmpty() ? QString() : leading + outer;
}

} // namespace Postwright
