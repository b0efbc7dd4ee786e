#include "posttree/undobar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Postwright {

UndoBar::UndoBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undo(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_label->setObjectName(QStringLiteral("undoBarText"));
    m_label->setTextFormat(Qt::PlainText); // a title like "<b>" shows as typed
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_undo->setObjectName(QStringLiteral("undoBarUndo"));
    m_undo->setText(tr("Undo"));
    m_undo->setAutoRaise(true);
    QFont bold = m_undo->font();
    bold.setWeight(QFont::DemiBold);
    m_undo->setFont(bold);
    m_close->setObjectName(QStringLiteral("undoBarClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(defaultTimeoutMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_undo, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT undoRequested();
    });
    hide();
}

void UndoBar::showMessage(const QString &text)
{
    m_label->setText(text);
    show();
    m_hideTimer.start(); // a new message gets the full time
}

QString UndoBar::text() const
{
    return m_label->text();
}

void UndoBar::setTimeout(int milliseconds)
{
    m_hideTimer.setInterval(milliseconds);
}

} // namespace Postwright
