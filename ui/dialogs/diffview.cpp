#include "dialogs/diffview.h"

#include "util/textdiff.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace Postwright {

namespace {

// Unchanged lines shown around each change.
constexpr int kContextLines = 3;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("diffView"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void DiffView::setTexts(const QString &oldText, const QString &newText)
{
    const QList<TextDiff::Line> lines = TextDiff::compare(oldText, newText, kContextLines);
    m_changedLines = TextDiff::changedLineCount(lines);

    const bool dark = isDark(palette());
    QTextBlockFormat removed;
    removed.setBackground(dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xff, 0xeb, 0xe9));
    QTextBlockFormat added;
    added.setBackground(dark ? QColor(0x1b, 0x4a, 0x2b) : QColor(0xda, 0xfb, 0xe1));
    QTextBlockFormat plain;
    QTextCharFormat gapFormat;
    gapFormat.setForeground(palette().color(QPalette::PlaceholderText));

    clear();
    if (lines.isEmpty()) {
        setPlainText(tr("The two versions are the same."));
        return;
    }
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    bool first = true;
    for (const TextDiff::Line &line : lines) {
        const bool gap = line.kind == TextDiff::Line::Kind::Same && line.oldLine == 0 && line.newLine == 0;
        const QTextBlockFormat &format = line.kind == TextDiff::Line::Kind::Removed ? removed
                                         : line.kind == TextDiff::Line::Kind::Added  ? added
                                                                                      : plain;
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
        if (gap) {
            cursor.insertText(QStringLiteral("  ⋯"), gapFormat);
            continue;
        }
        const QString marker = line.kind == TextDiff::Line::Kind::Removed ? QStringLiteral("− ")
                               : line.kind == TextDiff::Line::Kind::Added ? QStringLiteral("+ ")
                                                                           : QStringLiteral("  ");
        cursor.insertText(marker + line.text, QTextCharFormat());
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

} // namespace Postwright
