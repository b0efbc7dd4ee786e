#pragma once

#include "markdown/outline.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Postwright {

// The open post's headings as a tree; the heading the cursor is under is selected. Activating a
// heading (click, Enter) asks to go to its line: the window moves the editor and the preview.
class OutlinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setHeadings(const QList<OutlineHeading> &headings);
    const QList<OutlineHeading> &headings() const { return m_headings; }
    // Selects the last heading at or above line (1-based), without scrolling the editor.
    void setCurrentLine(int line);
    QTreeWidget *view() const { return m_tree; }

Q_SIGNALS:
    void headingActivated(int line);

private:
    QLabel *m_title;
    QLabel *m_empty;
    QTreeWidget *m_tree;
    QList<OutlineHeading> m_headings;
    QList<QTreeWidgetItem *> m_items; // one per heading, in order
    bool m_selecting = false;
};

} // namespace Postwright
