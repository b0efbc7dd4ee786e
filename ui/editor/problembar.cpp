#include "editor/problembar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Postwright {

ProblemBar::ProblemBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_goTo(new QToolButton(this))
{
    setObjectName(QStringLiteral("problemBar"));
    // Amber rather than red: the post still opens and can be edited; the writer should fix it
    // before publishing, not panic.
    setStyleSheet(QStringLiteral(
        "#problemBar { background: #fff4d6; border: none; border-bottom: 1px solid #e8c872; }"
        "#problemBar QLabel { color: #5c4300; }"
        "#problemBar QToolButton { color: #5c4300; border: 1px solid #d9b45a; border-radius: 3px;"
        " padding: 2px 8px; background: #fffaf0; }"
        "#problemBar QToolButton:hover { background: #ffffff; }"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_text->setObjectName(QStringLiteral("problemText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_goTo->setObjectName(QStringLiteral("problemGoTo"));
    m_goTo->setText(tr("Show"));
    m_goTo->setToolTip(tr("Move the cursor to the problem"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_goTo, 0, Qt::AlignVCenter);

    connect(m_goTo, &QToolButton::clicked, this,
            [this] { Q_EMIT goToRequested(m_problem.line, qMax(1, m_problem.column)); });
    hide();
}

void ProblemBar::setProblem(const std::optional<SourceError> &problem)
{
    if (!problem) {
        m_problem = {};
        m_text->clear();
        hide();
        return;
    }
    m_problem = *problem;
    m_text->setText(problem->toString());
    m_goTo->setVisible(problem->line > 0);
    show();
}

QString ProblemBar::text() const
{
    return m_text->text();
}

} // namespace Postwright
