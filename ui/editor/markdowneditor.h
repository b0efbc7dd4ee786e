#pragma once

#include <QPlainTextEdit>

namespace Postwright {

class MarkdownHighlighter;

// The writing surface: plain text (the file is the truth), highlighted Markdown, a readable
// monospaced font, and a text column of comfortable width centred in whatever space it gets.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the text as a freshly opened file: no undo history, not modified, cursor at the
    // start of the body.
    // Long texts are highlighted from the event loop, in slices (MarkdownHighlighter).
    void loadText(const QString &text);
    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // The text exactly as the writer typed it, with '\n' line ends. Use this, not toPlainText(),
    // which turns no-break spaces into plain ones and would change the file on save.
    QString markdown() const;
    // Moves the cursor to a 1-based line and column and shows it.
    void goToLine(int line, int column = 1);
    // Scroll sync: the 1-based line at the top of the view; scrolls (cursor untouched) so that
    // a line is at the top.
    int firstVisibleLine() const;
    void scrollToLine(int line);
    int cursorLine() const;

    // Widest text column, in characters; the rest of the width becomes margin. 100 by default:
    // many writers hard-wrap at 80 to 100, and a narrower column would re-wrap every line.
    void setMaximumColumns(int columns);
    int maximumColumns() const { return m_maximumColumns; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateMargins();
    void applyPalette();
    void paintBands(QPainter &painter, const QRect &area);

    MarkdownHighlighter *m_highlighter;
    int m_maximumColumns = 100;
};

} // namespace Postwright
