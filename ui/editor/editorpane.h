#pragma once

#include <QWidget>

namespace Postwright {

class FindBar;
class MarkdownEditor;

// The editor column of the window: bars on top (problems, ...), the editor, the find bar at the
// bottom. Owns the find and go-to-line commands, which act on its editor.
class EditorPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPane(QWidget *parent = nullptr);

    MarkdownEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    // Above the editor, below the bars added before.
    void addBar(QWidget *bar);

    // edit.find, edit.replace, edit.findNext, edit.findPrevious, edit.goToLine; their shortcuts
    // work while the focus is in the pane.
    QAction *paneAction(const QString &id) const;
    QList<QAction *> findActions() const;

    // Opens the go-to-line dialog (window-modal, not blocking).
    void openGoToLine();

private:
    QAction *addPaneAction(const char *id, const QString &text, const QList<QKeySequence> &shortcuts);

    MarkdownEditor *m_editor;
    FindBar *m_findBar;
    int m_barCount = 0;
};

} // namespace Postwright
