// MainWindow's open posts (tabs), focus mode and light/dark appearance.

#include "mainwindow/mainwindow.h"

#include "editor/markdowneditor.h"
#include "mainwindow/colorscheme.h"
#include "mainwindow/postsession.h"
#include "mainwindow/posttabs.h"
#include "posttree/posttreepanel.h"
#include "preview/previewview.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>

namespace Postwright {

void MainWindow::rememberCurrentPlace()
{
    if (!m_session->isOpen())
        return;
    m_tabs->rememberPlace(m_session->filePath(),
                          {m_editor->textCursor().position(), m_editor->verticalScrollBar()->value()});
}

void MainWindow::restorePlace()
{
    const PostTabs::Place place = m_tabs->place(m_session->filePath());
    if (place.cursor < 0)
        return; // first visit: loadText put the cursor at the start of the body
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(place.cursor, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(place.scroll);
}

void MainWindow::closePostTab(const QString &filePath)
{
    if (filePath.isEmpty())
        return;
    if (filePath != m_session->filePath()) {
        m_tabs->removePost(filePath); // saved when it was switched away from
        return;
    }
    if (!save())
        return; // save() said why; the tab stays
    const QString neighbour = m_tabs->neighbourOf(filePath);
    m_tabs->removePost(filePath);
    if (neighbour.isEmpty() || !openPost(neighbour))
        clearPost();
}

void MainWindow::cycleOpenPosts(int step)
{
    const int count = m_tabs->count();
    if (count < 2)
        return;
    const int index = m_tabs->indexOf(m_session->filePath());
    openPost(m_tabs->postAt(((index < 0 ? 0 : index) + step + count) % count));
}

void MainWindow::setFocusMode(bool on)
{
    // Only the text: no lists, preview, bars or menus, the whole screen; the editor keeps its
    // centred column. Everything comes back as it was.
    if (on) {
        m_beforeFocusMode = {m_sidebar->isVisible(), m_preview->isVisible(), statusBar()->isVisible(),
                             menuBar()->isVisible(), windowState()};
        m_sidebar->hide();
        m_preview->hide();
        statusBar()->hide();
        menuBar()->hide();
        m_tabs->hide();
        showFullScreen();
        m_editor->setFocus();
    } else {
        m_sidebar->setVisible(m_beforeFocusMode.sidebar);
        m_preview->setVisible(m_beforeFocusMode.preview);
        statusBar()->setVisible(m_beforeFocusMode.statusBar);
        menuBar()->setVisible(m_beforeFocusMode.menuBar);
        m_tabs->setVisible(m_tabs->count() > 0);
        setWindowState(m_beforeFocusMode.windowState & ~Qt::WindowFullScreen);
    }
    if (m_focusModeAction->isChecked() != on)
        m_focusModeAction->setChecked(on);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc reaches the window only when nothing inside wanted it (the find bar closes itself).
    if (event->key() == Qt::Key_Escape && m_focusModeAction->isChecked()) {
        setFocusMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::applyAppearance(const QString &mode)
{
    m_colorScheme->setMode(mode == u"dark"    ? ColorScheme::Mode::Dark
                           : mode == u"light" ? ColorScheme::Mode::Light
                                              : ColorScheme::Mode::System);
}

} // namespace Postwright
