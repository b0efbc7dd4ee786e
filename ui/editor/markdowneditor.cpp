#include "editor/markdowneditor.h"

#include "blog/frontmatter.h"
#include "editor/markdownhighlighter.h"

#include <QFontDatabase>
#include <QSignalBlocker>
#include <QPaintEvent>
#include <QApplication>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace Postwright {

QFont MarkdownEditor::builtInFont()
{
    // Prefer typefaces designed for long reading at small sizes; the system fixed font is the
    // last resort, so the editor looks right without any of them.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setFamilies({QStringLiteral("JetBrains Mono"), QStringLiteral("Cascadia Mono"),
                      QStringLiteral("Fira Mono"), QStringLiteral("Noto Sans Mono"),
                      QStringLiteral("DejaVu Sans Mono"), font.family()});
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(qMax(font.pointSizeF(), 10.5));
    return font;
}

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    setObjectName(QStringLiteral("markdownEditor"));
    setFont(builtInFont());
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    setCursorWidth(2);
    setFrameShape(QFrame::NoFrame);
    // The side margins belong to the scroll area, not the viewport: paint them as paper too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCenterOnScroll(false);
    setPlaceholderText(tr("Write your post in Markdown…"));
    document()->setDocumentMargin(24);
    m_defaultPointSize = font().pointSizeF();
    applyPalette();
    updateMargins();
    createActions();
}

void MarkdownEditor::loadText(const QString &text)
{
    if (text.size() > MarkdownHighlighter::progressiveSize) {
        // QSyntaxHighlighter would pass over every block of the new text at once (half a second
        // for 10 MB even when it defers them): it does not hear of this change, and colours the
        // text in slices instead, the first one now.
        m_highlighter->highlightProgressively();
        {
            const QSignalBlocker quiet(document());
            setPlainText(text); // also clears undo history and the modified flag
        }
        Q_EMIT document()->blockCountChanged(document()->blockCount());
        Q_EMIT document()->contentsChanged(); // what the editor itself follows (its placeholder)
        m_highlighter->highlightNextSlice();
    } else {
        m_highlighter->highlightAtOnce();
        setPlainText(text); // also clears undo history and the modified flag
    }
    const FrontMatterSplit split = FrontMatter::split(text);
    const QTextBlock body = document()->findBlockByNumber(qMax(0, split.bodyFirstLine - 1));
    QTextCursor cursor(body.isValid() ? body : document()->firstBlock());
    setTextCursor(cursor);
    verticalScrollBar()->setValue(0);
}

QString MarkdownEditor::markdown() const
{
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n'); // pasted, or from an input method: '\n' in the file
    return text;
}

void MarkdownEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, document()->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

int MarkdownEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

void MarkdownEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, document()->blockCount()) - 1);
    // QPlainTextEdit scrolls by layout lines (a wrapped paragraph counts each of its lines), and
    // blocks are laid out, and counted right, only once shown: step until the block is on top.
    QScrollBar *bar = verticalScrollBar();
    for (int attempt = 0; attempt < 6; ++attempt) {
        const QTextBlock top = firstVisibleBlock();
        if (!top.isValid() || top == block)
            break;
        const int before = bar->value();
        bar->setValue(before + block.firstLineNumber() - top.firstLineNumber());
        if (bar->value() == before)
            break; // at the end: the block cannot go higher
    }
}

void MarkdownEditor::setMaximumColumns(int columns)
{
    m_maximumColumns = qMax(20, columns);
    updateMargins();
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
        updateMargins();
    } else if (event->type() == QEvent::PaletteChange) {
        // The desktop (or the writer) switched between light and dark: the paper colours set
        // for the old palette go, and are chosen again from the new one.
        if (isDark(QApplication::palette()) != isDark(palette())) {
            setPalette(QPalette());
            applyPalette();
        }
        m_highlighter->setScheme(isDark(palette()) ? MarkdownHighlighter::Scheme::Dark
                                                   : MarkdownHighlighter::Scheme::Light);
    }
}

void MarkdownEditor::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        paintBands(painter, event->rect());
    }
    QPlainTextEdit::paintEvent(event); // the text, on top of the bands
}

void MarkdownEditor::paintBands(QPainter &painter, const QRect &area)
{
    // Front matter and fenced code get a band the width of the text column, one rounded shape
    // per run of lines, so they read as blocks and not as highlighted characters.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal inset = document()->documentMargin() - 8;
    const QPointF offset = contentOffset();
    QRectF run;
    MarkdownHighlighter::BlockKind runKind = MarkdownHighlighter::BlockKind::Text;
    const auto flush = [&] {
        if (runKind != MarkdownHighlighter::BlockKind::Text && run.isValid()) {
            painter.setBrush(m_highlighter->bandColor(runKind));
            painter.drawRoundedRect(run, 4, 4);
        }
        run = {};
        runKind = MarkdownHighlighter::BlockKind::Text;
    };
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > area.bottom())
            break;
        const MarkdownHighlighter::BlockKind kind = MarkdownHighlighter::blockKind(block);
        if (kind != runKind)
            flush();
        if (kind == MarkdownHighlighter::BlockKind::Text)
            continue;
        const QRectF line(inset, geometry.top(), viewport()->width() - 2 * inset, geometry.height());
        run = run.isValid() ? run.united(line) : line;
        runKind = kind;
    }
    flush();
}

void MarkdownEditor::updateMargins()
{
    // Long lines are hard to read; past the column limit the extra width is shared as margins
    // on both sides instead of stretching the text.
    const qreal charWidth = QFontMetricsF(font()).averageCharWidth();
    const int column = int(charWidth * m_maximumColumns + 2 * document()->documentMargin());
    const int available = width() - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
    const int side = qMax(0, (available - column) / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void MarkdownEditor::applyPalette()
{
    // A paper-like background for the writing surface on light desktops; dark desktops keep
    // their own palette, and the highlighter follows either.
    if (isDark(palette())) {
        m_highlighter->setScheme(MarkdownHighlighter::Scheme::Dark);
        return;
    }
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor(0xfd, 0xfc, 0xfa));
    p.setColor(QPalette::Text, QColor(0x24, 0x29, 0x2f));
    p.setColor(QPalette::Highlight, QColor(0xb6, 0xd4, 0xfe));
    p.setColor(QPalette::HighlightedText, QColor(0x24, 0x29, 0x2f));
    setPalette(p);
    m_highlighter->setScheme(MarkdownHighlighter::Scheme::Light);
}

} // namespace Postwright
