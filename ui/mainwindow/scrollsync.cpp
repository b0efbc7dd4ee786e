#include "mainwindow/scrollsync.h"

#include "editor/markdowneditor.h"
#include "preview/previewview.h"

#include <QScopedValueRollback>
#include <QScrollBar>

namespace Postwright {

ScrollSync::ScrollSync(MarkdownEditor *editor, PreviewView *preview, std::function<bool()> suspended, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_suspended(std::move(suspended))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ScrollSync::sync);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_scrollingFromPreview && !m_suspended())
            m_timer.start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_suspended())
            return;
        m_cursorMoved = true;
        m_timer.start();
    });
    connect(m_preview, &PreviewView::scrolledToLine, this, [this](int line) {
        if (!m_enabled)
            return;
        const QScopedValueRollback guard(m_scrollingFromPreview, true);
        m_editor->scrollToLine(line);
    });
}

void ScrollSync::sync()
{
    if (m_enabled) {
        if (m_cursorMoved)
            m_preview->scrollToLine(m_editor->cursorLine(), true);
        else
            m_preview->scrollToLine(m_editor->firstVisibleLine(), false);
    }
    m_cursorMoved = false;
}

} // namespace Postwright
