#include "mainwindow/conflictbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Postwright {

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_keepMine(new QToolButton(this))
    , m_takeTheirs(new QToolButton(this))
    , m_compare(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setStyleSheet(QStringLiteral(
        "#conflictBar { background: #ffebe9; border: none; border-bottom: 1px solid #f0a8a2; }"
        "#conflictBar QLabel { color: #6b1a14; }"
        "#conflictBar QToolButton { color: #6b1a14; border: 1px solid #e39a93; border-radius: 3px;"
        " padding: 2px 8px; background: #fff7f6; }"
        "#conflictBar QToolButton:hover { background: #ffffff; }"));
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    m_keepMine->setObjectName(QStringLiteral("conflict.keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("conflict.takeTheirs"));
    m_compare->setObjectName(QStringLiteral("conflict.compare"));
    m_close->setObjectName(QStringLiteral("conflict.close"));
    m_compare->setText(tr("Compare…"));
    m_close->setText(tr("Close Post"));
    m_close->setToolTip(tr("Close the post without saving; your text is discarded"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    for (QToolButton *button : {m_keepMine, m_takeTheirs, m_compare, m_close})
        layout->addWidget(button, 0, Qt::AlignVCenter);

    connect(m_keepMine, &QToolButton::clicked, this, &ConflictBar::keepMineRequested);
    connect(m_takeTheirs, &QToolButton::clicked, this, &ConflictBar::takeTheirsRequested);
    connect(m_compare, &QToolButton::clicked, this, &ConflictBar::compareRequested);
    connect(m_close, &QToolButton::clicked, this, &ConflictBar::closeRequested);
    hide();
}

void ConflictBar::setConflict(PostSession::Conflict conflict, const QString &fileName)
{
    switch (conflict) {
    case PostSession::Conflict::None:
        m_text->clear();
        hide();
        return;
    case PostSession::Conflict::ChangedOnDisk:
        m_text->setText(tr("“%1” was changed by another program, and you have unsaved changes. "
                           "Nothing is saved until you choose.").arg(fileName));
        m_keepMine->setText(tr("Keep Mine"));
        m_keepMine->setToolTip(tr("Save your text over the other version"));
        m_takeTheirs->setText(tr("Take Theirs"));
        m_takeTheirs->setToolTip(tr("Load the other version; Undo brings your text back"));
        m_takeTheirs->show();
        m_compare->show();
        m_close->hide();
        break;
    case PostSession::Conflict::DeletedOnDisk:
        m_text->setText(tr("“%1” was deleted or moved by another program. Your text is still here.").arg(fileName));
        m_keepMine->setText(tr("Save Again"));
        m_keepMine->setToolTip(tr("Write your text to the file again"));
        m_takeTheirs->hide();
        m_compare->hide();
        m_close->show();
        break;
    }
    show();
}

QString ConflictBar::text() const
{
    return m_text->text();
}

} // namespace Postwright
