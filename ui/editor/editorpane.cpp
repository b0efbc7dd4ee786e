#include "editor/editorpane.h"

#include "editor/findbar.h"
#include "editor/gotolinedialog.h"
#include "editor/markdowneditor.h"

#include <QAction>
#include <QVBoxLayout>

namespace Postwright {

namespace {

QList<QKeySequence> withExtra(QKeySequence::StandardKey key, const QKeySequence &extra)
{
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(key);
    if (!shortcuts.contains(extra))
        shortcuts.append(extra);
    return shortcuts;
}

} // namespace

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MarkdownEditor(this))
    , m_findBar(new FindBar(m_editor, this))
{
    setObjectName(QStringLiteral("editorPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(addPaneAction("edit.find", tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find)),
            &QAction::triggered, m_findBar, &FindBar::showFind);
    // Ctrl+H is Replace on most desktops already; some bind Replace to nothing.
    connect(addPaneAction("edit.replace", tr("R&eplace…"),
                          withExtra(QKeySequence::Replace, QKeySequence(tr("Ctrl+H")))),
            &QAction::triggered, m_findBar, &FindBar::showReplace);
    const auto findOr = [this](bool forward) {
        return [this, forward] {
            if (m_findBar->findText().isEmpty())
                m_findBar->showFind();
            else if (forward)
                m_findBar->findNext();
            else
                m_findBar->findPrevious();
        };
    };
    connect(
        addPaneAction("edit.findNext", tr("Find &Next"), QKeySequence::keyBindings(QKeySequence::FindNext)),
        &QAction::triggered, this, findOr(true));
    connect(addPaneAction("edit.findPrevious", tr("Find Pre&vious"),
                          QKeySequence::keyBindings(QKeySequence::FindPrevious)),
            &QAction::triggered, this, findOr(false));
    connect(addPaneAction("edit.goToLine", tr("&Go to Line…"), {QKeySequence(tr("Ctrl+L"))}),
            &QAction::triggered, this, &EditorPane::openGoToLine);
}

QAction *EditorPane::addPaneAction(const char *id, const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(id));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void EditorPane::addBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_barCount++, bar);
}

QAction *EditorPane::paneAction(const QString &id) const
{
    return findChild<QAction *>(id, Qt::FindDirectChildrenOnly);
}

QList<QAction *> EditorPane::findActions() const
{
    return {paneAction(QStringLiteral("edit.find")), paneAction(QStringLiteral("edit.replace")),
            paneAction(QStringLiteral("edit.findNext")), paneAction(QStringLiteral("edit.findPrevious")),
            paneAction(QStringLiteral("edit.goToLine"))};
}

void EditorPane::openGoToLine()
{
    auto *dialog = new GoToLineDialog(m_editor->cursorLine(), m_editor->document()->blockCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const GoToLineDialog::Position position = dialog->position();
        m_editor->goToLine(position.line, position.column);
    });
    dialog->open();
}

} // namespace Postwright
