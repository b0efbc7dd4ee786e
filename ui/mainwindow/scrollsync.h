#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Postwright {

class MarkdownEditor;
class PreviewView;

// Scroll sync between the editor and the preview, by source line, both ways. The editor's own
// scrolling aligns the preview's top; moving the cursor only brings its block into view; the
// writer scrolling the preview scrolls the editor, which must not echo back. A cursor move
// usually scrolls the editor too: both are decided together, once per turn of the event loop,
// and the cursor wins.
class ScrollSync final : public QObject
{
    Q_OBJECT

public:
    // suspended: true while the window loads a post (those moves are not the writer's).
    ScrollSync(MarkdownEditor *editor, PreviewView *preview, std::function<bool()> suspended, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

private:
    void sync();

    MarkdownEditor *m_editor;
    PreviewView *m_preview;
    std::function<bool()> m_suspended;
    QTimer m_timer;
    bool m_enabled = true;
    bool m_cursorMoved = false;
    bool m_scrollingFromPreview = false;
};

} // namespace Postwright
