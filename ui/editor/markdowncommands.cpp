#include "editor/markdowncommands.h"

#include "editor/markdownhighlighter.h"
#include "editor/markdownlineprefix.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace Postwright::MarkdownCommands {

namespace {

struct LineRange
{
    QTextBlock first;
    QTextBlock last;
};

LineRange selectedLines(const QTextCursor &cursor)
{
    const QTextDocument *document = cursor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    QTextBlock last = document->findBlock(cursor.selectionEnd());
    // A selection of whole lines ends at the start of the next one, which is not part of it.
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    return {first, last};
}

QChar charAt(const QTextCursor &cursor, int position)
{
    return cursor.document()->characterAt(position);
}

int runBefore(const QTextCursor &cursor, int position, QChar c)
{
    int run = 0;
    while (position - run > 0 && charAt(cursor, position - run - 1) == c)
        ++run;
    return run;
}

int runAfter(const QTextCursor &cursor, int position, QChar c)
{
    int run = 0;
    while (charAt(cursor, position + run) == c)
        ++run;
    return run;
}

void select(QTextCursor &cursor, int start, int end)
{
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
}

void removeRange(QTextCursor &cursor, int start, int end)
{
    select(cursor, start, end);
    cursor.removeSelectedText();
}

void insertAt(QTextCursor &cursor, int position, const QString &text)
{
    cursor.setPosition(position);
    cursor.insertText(text);
}

// Runs of `*` or `_` around a span: `**` is bold and `*` italic, so a run of three is both and
// a run of two is bold only.
bool emphasisWrapped(int run, int width)
{
    return width == 2 ? run >= 2 : run % 2 == 1;
}

// Leaves the cursor selecting the span's text (inside the markers), so the command toggles back.
void toggleEmphasisRange(QTextCursor &cursor, int start, int end, int width)
{
    // `** bold**` is not emphasis: the markers go around the text, not the spaces beside it.
    while (start < end && charAt(cursor, start).isSpace())
        ++start;
    while (end > start && charAt(cursor, end - 1).isSpace())
        --end;
    select(cursor, start, end);
    const QString text = cursor.selectedText();
    for (const QChar c : {QChar(u'*'), QChar(u'_')}) {
        qsizetype leading = 0;
        while (leading < text.size() && text.at(leading) == c)
            ++leading;
        qsizetype trailing = 0;
        while (trailing < text.size() && text.at(text.size() - 1 - trailing) == c)
            ++trailing;
        if (leading < text.size() && emphasisWrapped(int(qMin(leading, trailing)), width)) {
            removeRange(cursor, end - width, end);
            removeRange(cursor, start, start + width);
            select(cursor, start, end - 2 * width);
            return;
        }
        if (emphasisWrapped(qMin(runBefore(cursor, start, c), runAfter(cursor, end, c)), width)) {
            removeRange(cursor, end, end + width);
            removeRange(cursor, start - width, start);
            select(cursor, start - width, end - width);
            return;
        }
    }
    const QString marker(width, u'*');
    insertAt(cursor, end, marker);
    insertAt(cursor, start, marker);
    select(cursor, start + width, end + width);
}

// CommonMark code spans: the fence is a run of backticks longer than any inside, and content that
// has backticks gets a space of padding, which the parser strips again.
void toggleCodeRange(QTextCursor &cursor, int start, int end)
{
    while (start < end && charAt(cursor, start).isSpace())
        ++start;
    while (end > start && charAt(cursor, end - 1).isSpace())
        --end;
    select(cursor, start, end);
    const QString text = cursor.selectedText();
    const QChar tick = u'`';

    qsizetype leading = 0;
    while (leading < text.size() && text.at(leading) == tick)
        ++leading;
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing) == tick)
        ++trailing;
    if (leading > 0 && leading == trailing && 2 * leading < text.size()) {
        QString content = text.mid(leading, text.size() - 2 * leading);
        if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ') &&
            !content.trimmed().isEmpty())
            content = content.mid(1, content.size() - 2);
        cursor.insertText(content);
        select(cursor, start, start + int(content.size()));
        return;
    }

    const bool padded = charAt(cursor, start - 1) == u' ' && charAt(cursor, end) == u' ';
    for (const int pad : {padded ? 1 : 0, 0}) {
        const int before = runBefore(cursor, start - pad, tick);
        if (before > 0 && before == runAfter(cursor, end + pad, tick)) {
            removeRange(cursor, end, end + pad + before);
            removeRange(cursor, start - pad - before, start);
            select(cursor, start - pad - before, end - pad - before);
            return;
        }
    }

    int longest = 0;
    for (int i = 0, run = 0; i < text.size(); ++i) {
        run = text.at(i) == tick ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, tick);
    const QString pad = longest > 0 ? QStringLiteral(" ") : QString();
    insertAt(cursor, end, pad + fence);
    insertAt(cursor, start, fence + pad);
    const int opening = int(fence.size() + pad.size());
    select(cursor, start + opening, end + opening);
}

bool isFenceLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"));
}

// Code over several lines is a fenced block: fence lines are added above and below the selected
// lines, or removed when they are there already.
void toggleCodeBlock(QTextCursor &cursor)
{
    const LineRange lines = selectedLines(cursor);
    const QTextBlock before = lines.first.previous();
    const QTextBlock after = lines.last.next();
    const int start = lines.first.position();
    const int end = lines.last.position() + lines.last.length() - 1;
    if (before.isValid() && after.isValid() && isFenceLine(before.text()) && isFenceLine(after.text())) {
        removeRange(cursor, after.position() - 1, after.position() + after.length() - 1);
        const int opening = before.position();
        removeRange(cursor, opening, start);
        select(cursor, opening, opening + end - start);
    } else {
        insertAt(cursor, end, QStringLiteral("\n```"));
        insertAt(cursor, start, QStringLiteral("```\n"));
        select(cursor, start + 4, end + 4);
    }
}

// Without a selection: the word the cursor touches, the cursor keeping its place in it.
template<typename Toggle>
void toggleAtCursor(QTextCursor &cursor, Toggle toggleRange, const QString &emptyPair, QChar markerChar)
{
    const int position = cursor.position();
    const QTextBlock block = cursor.block();
    const int blockStart = block.position();
    const int blockEnd = blockStart + block.length() - 1;
    int start = position;
    while (start > blockStart && charAt(cursor, start - 1).isLetterOrNumber())
        --start;
    int end = position;
    while (end < blockEnd && charAt(cursor, end).isLetterOrNumber())
        ++end;
    if (start < end) {
        toggleRange(cursor, start, end);
        cursor.setPosition(cursor.selectionStart() + (position - start));
        return;
    }
    const int half = int(emptyPair.size() / 2);
    if (runBefore(cursor, position, markerChar) == half && runAfter(cursor, position, markerChar) == half) {
        removeRange(cursor, position, position + half);
        removeRange(cursor, position - half, position);
        return;
    }
    cursor.insertText(emptyPair);
    cursor.setPosition(position + half);
}

// How far Tab moves a list item: under the text of the item above when that one is its sibling
// (a child list starts where its parent's text does), else by its own marker's width.
int childIndent(const QTextBlock &block, const LinePrefix &prefix)
{
    QTextBlock previous = block.previous();
    while (previous.isValid() && previous.text().trimmed().isEmpty())
        previous = previous.previous();
    if (previous.isValid()) {
        const LinePrefix above = LinePrefix::of(previous);
        if (above.isItem() && above.quotes == prefix.quotes &&
            above.indentColumns() == prefix.indentColumns())
            return above.markerWidth();
    }
    return prefix.markerWidth();
}

// How far Shift+Tab moves a list item: back to its parent item's indentation.
int parentOutdent(const QTextBlock &block, const LinePrefix &prefix)
{
    const int own = prefix.indentColumns();
    for (QTextBlock previous = block.previous(); previous.isValid(); previous = previous.previous()) {
        if (previous.text().trimmed().isEmpty())
            continue;
        const LinePrefix above = LinePrefix::of(previous);
        if (above.isItem() && above.quotes == prefix.quotes && above.indentColumns() < own)
            return own - above.indentColumns();
        if (!above.isItem() && above.indentColumns() == 0)
            break; // a paragraph outside the list
    }
    return qMin(own, prefix.markerWidth());
}

void removeColumns(QTextCursor &cursor, int position, const QString &indentation, int columns)
{
    int column = 0;
    int count = 0;
    while (count < indentation.size() && column < columns) {
        column = indentation.at(count) == u'\t'
                     ? column + LinePrefix::tabWidth - column % LinePrefix::tabWidth
                     : column + 1;
        ++count;
    }
    removeRange(cursor, position, position + count);
}

void shiftLine(QTextCursor &edit, const QTextBlock &block, int direction)
{
    const LinePrefix prefix = LinePrefix::of(block);
    const int start = block.position() + prefix.indentStart();
    if (direction > 0) {
        if (!block.text().trimmed().isEmpty()) // a blank line gets no trailing whitespace
            insertAt(edit, start,
                     QString(prefix.isItem() ? childIndent(block, prefix) : LinePrefix::tabWidth, u' '));
        return;
    }
    const int own = prefix.indentColumns();
    const int width = prefix.isItem()                   ? parentOutdent(block, prefix)
                      : own % LinePrefix::tabWidth != 0 ? own % LinePrefix::tabWidth
                                                        : LinePrefix::tabWidth;
    removeColumns(edit, start, prefix.isItem() ? prefix.inner : prefix.leading, width);
}

// The editor's cursor follows the edits on its own; a selection grows to whole lines.
void shiftLines(QTextCursor &cursor, int direction)
{
    const LineRange lines = selectedLines(cursor);
    QTextCursor edit(cursor.document());
    edit.beginEditBlock();
    for (QTextBlock block = lines.first; block.isValid(); block = block.next()) {
        shiftLine(edit, block, direction);
        if (block == lines.last)
            break;
    }
    if (cursor.hasSelection())
        select(cursor, lines.first.position(), lines.last.position() + lines.last.length() - 1);
    edit.endEditBlock();
}

} // namespace

void toggleSpan(QTextCursor &cursor, Span span)
{
    cursor.beginEditBlock();
    const bool multiLine = cursor.hasSelection() && cursor.document()->findBlock(cursor.selectionStart()) !=
                                                        cursor.document()->findBlock(cursor.selectionEnd());
    if (span == Span::Code) {
        const auto range = [](QTextCursor &c, int start, int end) {
            toggleCodeRange(c, start, end);
        };
        if (multiLine)
            toggleCodeBlock(cursor);
        else if (cursor.hasSelection())
            range(cursor, cursor.selectionStart(), cursor.selectionEnd());
        else
            toggleAtCursor(cursor, range, QStringLiteral("``"), u'`');
    } else {
        const int width = span == Span::Bold ? 2 : 1;
        const auto range = [width](QTextCursor &c, int start, int end) {
            toggleEmphasisRange(c, start, end, width);
        };
        if (cursor.hasSelection())
            range(cursor, cursor.selectionStart(), cursor.selectionEnd());
        else
            toggleAtCursor(cursor, range, QString(2 * width, u'*'), u'*');
    }
    cursor.endEditBlock();
}

bool isLinkTarget(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(?:https?://|mailto:)\S+$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    return url.scheme() == u"mailto" ? !url.path().isEmpty() : !url.host().isEmpty();
}

void insertLink(QTextCursor &cursor, const QString &clipboardText)
{
    const QString clipboard = clipboardText.trimmed();
    const QString target = isLinkTarget(clipboard) ? clipboard : QString();
    const QString selected = cursor.selectedText();
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    if (!selected.isEmpty() && isLinkTarget(selected.trimmed())) {
        cursor.insertText(QStringLiteral("[](%1)").arg(selected.trimmed()));
        cursor.setPosition(start + 1);
    } else if (!selected.isEmpty() && !target.isEmpty()) {
        cursor.insertText(u'[' + selected + QStringLiteral("](") + target + u')');
        select(cursor, start + 1, start + 1 + int(selected.size()));
    } else if (!selected.isEmpty()) {
        cursor.insertText(u'[' + selected + QStringLiteral("]()"));
        cursor.setPosition(start + int(selected.size()) + 3);
    } else {
        cursor.insertText(QStringLiteral("[](%1)").arg(target));
        cursor.setPosition(start + 1);
    }
    cursor.endEditBlock();
}

bool pasteAsLink(QTextCursor &cursor, const QString &pastedText)
{
    const QString url = pastedText.trimmed();
    const QString selected = cursor.selectedText();
    if (selected.isEmpty() || selected.contains(QChar::ParagraphSeparator) ||
        selected.contains(QChar::LineSeparator) || isLinkTarget(selected.trimmed()) || !isLinkTarget(url))
        return false;
    cursor.beginEditBlock();
    cursor.insertText(u'[' + selected + QStringLiteral("](") + url + u')');
    cursor.endEditBlock();
    return true;
}

void newLine(QTextCursor &cursor)
{
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int column = cursor.positionInBlock();
    if (MarkdownHighlighter::blockKind(block) != MarkdownHighlighter::BlockKind::Text) {
        const QString indentation = LinePrefix::parse(text, false).leading;
        cursor.insertBlock();
        cursor.insertText(indentation.left(column));
    } else {
        const LinePrefix prefix = LinePrefix::parse(text);
        if (column < prefix.length) {
            cursor.insertBlock(); // in the markers themselves: the line moves down as it is
        } else if ((prefix.isItem() || prefix.isQuote()) && text.mid(prefix.length).trimmed().isEmpty()) {
            // Enter on an empty item is how a writer leaves the list (or the quote).
            select(cursor, block.position(), block.position() + block.length() - 1);
            cursor.insertText(prefix.withoutInnermostMarker());
        } else {
            cursor.insertBlock();
            cursor.insertText(prefix.continuation());
        }
    }
    cursor.endEditBlock();
}

void indent(QTextCursor &cursor)
{
    if (!cursor.hasSelection() && !LinePrefix::of(cursor.block()).isItem()) {
        const int column = LinePrefix::columns(cursor.block().text().left(cursor.positionInBlock()));
        cursor.insertText(QString(LinePrefix::tabWidth - column % LinePrefix::tabWidth, u' '));
        return;
    }
    shiftLines(cursor, 1);
}

void outdent(QTextCursor &cursor)
{
    shiftLines(cursor, -1);
}

} // namespace Postwright::MarkdownCommands
