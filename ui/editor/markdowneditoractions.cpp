// MarkdownEditor's commands: its actions and the events that reach them (keys, wheel, context
// menu, paste and drop). The text transformations themselves are in MarkdownCommands.

#include "editor/markdowncommands.h"
#include "editor/markdowneditor.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QWheelEvent>

#include <algorithm>

namespace Postwright {

namespace {

constexpr qreal kMinimumPointSize = 6;
constexpr qreal kMaximumPointSize = 48;

bool hasLocalFile(const QMimeData *source)
{
    const QList<QUrl> urls = source->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

} // namespace

QAction *MarkdownEditor::addEditorAction(const char *id, const QString &text,
                                         const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(id));
    action->setShortcuts(shortcuts);
    // The window puts these in its menus, but they act on this editor: only while it has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void MarkdownEditor::createActions()
{
    using MarkdownCommands::Span;
    const auto span = [this](Span kind) {
        return [this, kind] {
            runCommand([kind](QTextCursor &cursor) { MarkdownCommands::toggleSpan(cursor, kind); });
        };
    };
    connect(addEditorAction("format.bold", tr("&Bold"), QKeySequence::keyBindings(QKeySequence::Bold)),
            &QAction::triggered, this, span(Span::Bold));
    connect(addEditorAction("format.italic", tr("&Italic"), QKeySequence::keyBindings(QKeySequence::Italic)),
            &QAction::triggered, this, span(Span::Italic));
    connect(addEditorAction("format.code", tr("&Code"), {QKeySequence(tr("Ctrl+E"))}), &QAction::triggered,
            this, span(Span::Code));
    connect(addEditorAction("format.link", tr("&Link"), {QKeySequence(tr("Ctrl+K"))}), &QAction::triggered,
            this, [this] {
                const QString clipboard = QGuiApplication::clipboard()->text();
                runCommand(
                    [&clipboard](QTextCursor &cursor) { MarkdownCommands::insertLink(cursor, clipboard); });
            });
    // Tab and Shift+Tab do these too (keyPressEvent); the shortcuts are for the menu.
    connect(addEditorAction("format.indent", tr("I&ndent"), {QKeySequence(tr("Ctrl+]"))}),
            &QAction::triggered, this, [this] { runCommand(&MarkdownCommands::indent); });
    connect(addEditorAction("format.outdent", tr("&Outdent"), {QKeySequence(tr("Ctrl+["))}),
            &QAction::triggered, this, [this] { runCommand(&MarkdownCommands::outdent); });

    // Ctrl+= as well: on most layouts '+' needs Shift.
    QList<QKeySequence> zoomIn = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomIn.append(QKeySequence(tr("Ctrl+=")));
    connect(addEditorAction("view.zoomIn", tr("Zoom &In"), zoomIn), &QAction::triggered, this,
            [this] { setFontPointSize(font().pointSizeF() + 1); });
    connect(
        addEditorAction("view.zoomOut", tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut)),
        &QAction::triggered, this, [this] { setFontPointSize(font().pointSizeF() - 1); });
    connect(addEditorAction("view.zoomReset", tr("&Reset Zoom"), {QKeySequence(tr("Ctrl+0"))}),
            &QAction::triggered, this, [this] { setZoomPercent(100); });
}

QAction *MarkdownEditor::editorAction(const QString &id) const
{
    return findChild<QAction *>(id, Qt::FindDirectChildrenOnly);
}

QList<QAction *> MarkdownEditor::formatActions() const
{
    return {editorAction(QStringLiteral("format.bold")),   editorAction(QStringLiteral("format.italic")),
            editorAction(QStringLiteral("format.code")),   editorAction(QStringLiteral("format.link")),
            editorAction(QStringLiteral("format.indent")), editorAction(QStringLiteral("format.outdent"))};
}

QList<QAction *> MarkdownEditor::zoomActions() const
{
    return {editorAction(QStringLiteral("view.zoomIn")), editorAction(QStringLiteral("view.zoomOut")),
            editorAction(QStringLiteral("view.zoomReset"))};
}

void MarkdownEditor::runCommand(const std::function<void(QTextCursor &)> &command)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    command(cursor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

int MarkdownEditor::zoomPercent() const
{
    return qRound(100 * font().pointSizeF() / m_defaultPointSize);
}

void MarkdownEditor::setZoomPercent(int percent)
{
    setFontPointSize(m_defaultPointSize * percent / 100);
}

void MarkdownEditor::setBaseFont(const QString &family, qreal pointSize)
{
    const int zoom = zoomPercent();
    QFont font = builtInFont();
    if (!family.isEmpty())
        font = QFont(family); // the writer's choice, proportional or not
    font.setPointSizeF(pointSize > 0 ? pointSize : builtInFont().pointSizeF());
    m_defaultPointSize = font.pointSizeF();
    font.setPointSizeF(std::clamp(m_defaultPointSize * zoom / 100, kMinimumPointSize, kMaximumPointSize));
    setFont(font);
}

void MarkdownEditor::setFontPointSize(qreal size)
{
    size = std::clamp(size, kMinimumPointSize, kMaximumPointSize);
    if (qFuzzyCompare(size, font().pointSizeF()))
        return;
    QFont bigger = font();
    bigger.setPointSizeF(size);
    setFont(bigger);
    Q_EMIT zoomChanged(zoomPercent());
}

void MarkdownEditor::setMimeHandler(MimeHandler handler)
{
    m_mimeHandler = std::move(handler);
}

void MarkdownEditor::setExtraSelectionLayer(const QString &layer,
                                            const QList<QTextEdit::ExtraSelection> &selections)
{
    if (selections.isEmpty())
        m_selectionLayers.erase(layer);
    else
        m_selectionLayers[layer] = selections;
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &[name, layerSelections] : m_selectionLayers)
        all.append(layerSelections);
    setExtraSelections(all);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!isReadOnly() && enter && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        // Shift+Enter is a plain new line. Not QPlainTextEdit's line separator: that would be one
        // line on screen and two in the file, and line numbers would disagree.
        const bool plain = modifiers == Qt::ShiftModifier;
        runCommand([plain](QTextCursor &cursor) {
            if (plain)
                cursor.insertBlock();
            else
                MarkdownCommands::newLine(cursor);
        });
        return;
    }
    if (!isReadOnly() && event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
        editorAction(QStringLiteral("format.indent"))->trigger();
        return;
    }
    // Shift+Tab arrives as Backtab from the platform, and as Tab with Shift from some sources.
    if (!isReadOnly() && (event->key() == Qt::Key_Backtab ||
                          (event->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier))) {
        editorAction(QStringLiteral("format.outdent"))->trigger();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    m_wheelZoomDelta += event->angleDelta().y();
    const int steps = m_wheelZoomDelta / QWheelEvent::DefaultDeltasPerStep;
    m_wheelZoomDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0)
        setFontPointSize(font().pointSizeF() + steps);
    event->accept();
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking does not move the text cursor; what is under the mouse is what counts.
    const QTextCursor atClick =
        event->reason() == QContextMenuEvent::Mouse ? cursorForPosition(event->pos()) : textCursor();
    // A QPointer: closing the window while the menu is open deletes the menu with the editor.
    QPointer<QMenu> menu = createStandardContextMenu();
    menu->addSeparator();
    for (QAction *action : formatActions().mid(0, 4))
        menu->addAction(action);
    Q_EMIT aboutToShowContextMenu(menu, atClick);
    menu->exec(event->globalPos());
    delete menu;
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_mimeHandler && (source->hasImage() || hasLocalFile(source)))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    // For a drop, QPlainTextEdit has put the text cursor at the drop point already.
    if (m_mimeHandler && m_mimeHandler(source, textCursor()))
        return;
    if (source->hasText() && !isReadOnly()) {
        QTextCursor cursor = textCursor();
        if (MarkdownCommands::pasteAsLink(cursor, source->text())) {
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace Postwright
