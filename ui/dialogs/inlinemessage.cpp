#include "dialogs/inlinemessage.h"

#include <QEvent>

namespace Postwright {

InlineMessage::InlineMessage(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText); // paths and error messages are never markup
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void InlineMessage::show(Kind kind, const QString &text)
{
    if (kind == Kind::None || text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    setText(text);
    applyColor();
    setVisible(true);
}

void InlineMessage::clear()
{
    m_kind = Kind::None;
    QLabel::clear();
    setVisible(false);
}

void InlineMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The light and dark colours differ: follow the window when the appearance changes.
    if (event->type() == QEvent::PaletteChange && m_kind != Kind::None)
        applyColor();
}

void InlineMessage::applyColor()
{
    // From the parent, not our own palette, which applyColor() itself changes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    QColor color;
    switch (m_kind) {
    case Kind::Error:
        color = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
        break;
    case Kind::Warning:
        color = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
        break;
    case Kind::Info:
    case Kind::None:
        color = base.color(QPalette::WindowText);
        break;
    }
    // Only the text colour is our own; setting it again when unchanged would loop through
    // PaletteChange.
    if (palette().color(QPalette::WindowText) != color) {
        QPalette own = palette();
        own.setColor(QPalette::WindowText, color);
        setPalette(own);
    }
}

} // namespace Postwright
