#include "outline/outlinepanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Postwright {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Outline"), this))
    , m_empty(new QLabel(tr("No headings yet. Lines starting with # become headings."), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("outlinePanel"));
    m_title->setObjectName(QStringLiteral("outlineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn as secondary text
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    // Aligned with the title above it, and rows with room to click, like the post list's.
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget { padding-left: 8px; } QTreeWidget::item { padding: 3px 0px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(10, 8, 10, 6);
    header->setSpacing(6);
    header->addWidget(m_title);
    header->addWidget(m_empty);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);

    const auto activate = [this](QTreeWidgetItem *item) {
        if (item && !m_selecting)
            Q_EMIT headingActivated(item->data(0, Qt::UserRole).toInt());
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    setHeadings({});
}

void OutlinePanel::setHeadings(const QList<OutlineHeading> &headings)
{
    if (headings == m_headings && !m_items.isEmpty())
        return;
    m_headings = headings;
    m_items.clear();
    m_tree->clear();
    // Nested by level; a level skipped (## after #, #### after ##) nests under the nearest above.
    QList<std::pair<int, QTreeWidgetItem *>> parents;
    for (const OutlineHeading &heading : headings) {
        while (!parents.isEmpty() && parents.last().first >= heading.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.last().second);
        item->setText(0, heading.title.isEmpty() ? tr("(untitled heading)") : heading.title);
        item->setToolTip(0, tr("Line %L1").arg(heading.line));
        item->setData(0, Qt::UserRole, heading.line);
        m_items.append(item);
        parents.append({heading.level, item});
    }
    m_tree->expandAll();
    m_empty->setVisible(headings.isEmpty());
    m_tree->setVisible(!headings.isEmpty());
}

void OutlinePanel::setCurrentLine(int line)
{
    const auto after = std::upper_bound(m_headings.cbegin(), m_headings.cend(), line,
                                        [](int l, const OutlineHeading &heading) { return l < heading.line; });
    const qsizetype index = after - m_headings.cbegin() - 1;
    const QScopedValueRollback guard(m_selecting, true);
    if (index < 0 || index >= m_items.size()) {
        m_tree->clearSelection();
        return;
    }
    m_tree->setCurrentItem(m_items.at(index));
}

} // namespace Postwright
