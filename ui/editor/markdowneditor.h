#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <map>

class QMenu;

namespace Postwright {

class MarkdownHighlighter;

// The writing surface: plain text (the file is the truth), highlighted Markdown, a readable
// monospaced font, and a text column of comfortable width centred in whatever space it gets.
// It owns its Markdown commands (formatting, lists, paste as link, zoom) as QActions with ids.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Given what is pasted or dropped and the cursor where it goes; true when it took care of it.
    using MimeHandler = std::function<bool(const QMimeData *, QTextCursor)>;

    explicit MarkdownEditor(QWidget *parent = nullptr);

    // The editor's commands by id ("format.bold", "view.zoomIn", ...), for the window's menus.
    // Their shortcuts work while the editor has focus.
    QAction *editorAction(const QString &id) const;
    // format.bold, format.italic, format.code, format.link, format.indent, format.outdent.
    QList<QAction *> formatActions() const;
    // view.zoomIn, view.zoomOut, view.zoomReset.
    QList<QAction *> zoomActions() const;

    // Images and dropped files: asked first about every paste and drop (another part of the
    // window turns them into files beside the post and Markdown).
    void setMimeHandler(MimeHandler handler);

    // The font at 100 % zoom: a family and a size in points chosen in Preferences (empty, 0: the
    // built-in choice); the zoom stays as it was, relative to the new size.
    void setBaseFont(const QString &family, qreal pointSize);
    // Reading typefaces, the system's fixed font as the last resort.
    static QFont builtInFont();

    // The font size relative to the default one; the window keeps it across sessions.
    int zoomPercent() const;
    void setZoomPercent(int percent);

    // Extra selections come in named layers (find matches, ...), so that one feature setting its
    // own does not wipe another's.
    void setExtraSelectionLayer(const QString &layer, const QList<QTextEdit::ExtraSelection> &selections);

    // Replaces the text as a freshly opened file: no undo history, not modified, cursor at the
    // start of the body.
    // Long texts are highlighted from the event loop, in slices (MarkdownHighlighter).
    void loadText(const QString &text);
    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // The text exactly as the writer typed it, with '\n' line ends. Use this, not toPlainText(),
    // which turns no-break spaces into plain ones and would change the file on save.
    QString markdown() const;
    // Moves the cursor to a 1-based line and column (both clamped to the text) and shows it.
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

Q_SIGNALS:
    void zoomChanged(int percent);
    // Emitted from the context menu event, before the menu shows, with the cursor at the click:
    // connect directly and add to the menu (spelling suggestions); it is deleted after it closes.
    void aboutToShowContextMenu(QMenu *menu, const QTextCursor &cursorAtClick);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createActions();
    QAction *addEditorAction(const char *id, const QString &text, const QList<QKeySequence> &shortcuts);
    // Runs a command on a copy of the text cursor and makes the result the editor's cursor.
    void runCommand(const std::function<void(QTextCursor &)> &command);
    void setFontPointSize(qreal size);
    void updateMargins();
    void applyPalette();
    void paintBands(QPainter &painter, const QRect &area);

    MarkdownHighlighter *m_highlighter;
    int m_maximumColumns = 100;
    qreal m_defaultPointSize = 0;
    int m_wheelZoomDelta = 0; // a touchpad scrolls in small steps: zoom once they add up to a notch
    MimeHandler m_mimeHandler;
    std::map<QString, QList<QTextEdit::ExtraSelection>> m_selectionLayers;
};

} // namespace Postwright
