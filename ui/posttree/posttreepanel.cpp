#include "posttree/posttreepanel.h"

#include "blog/postfilterproxymodel.h"
#include "blog/posttreemodel.h"
#include "posttree/posttreeview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Postwright {

PostTreePanel::PostTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new PostTreeView(this))
    , m_proxy(new PostFilterProxyModel(this))
    , m_clearFilter(new QAction(tr("Clear Filter"), this))
{
    setObjectName(QStringLiteral("postTreePanel"));
    setMinimumWidth(180);

    m_title->setObjectName(QStringLiteral("blogTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::Bold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_filter->setObjectName(QStringLiteral("postFilter"));
    m_filter->setPlaceholderText(tr("Search posts — tag:, category:, status:"));
    m_filter->setToolTip(
        tr("<p>Words and \"quoted phrases\" match titles and file names, ignoring case and accents. "
           "Narrow further with <b>tag:</b><i>name</i>, <b>category:</b><i>name</i> (or <b>cat:</b>) and "
           "<b>status:</b>draft, scheduled or published. Every part must match.</p><p>Esc clears the "
           "search.</p>"));
    m_filter->setClearButtonEnabled(true);

    // Esc in the field clears it; an empty field leaves Esc to the window.
    m_clearFilter->setObjectName(QStringLiteral("postTree.clearFilter"));
    m_clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_clearFilter->setEnabled(false);
    m_filter->addAction(m_clearFilter);
    connect(m_clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);

    m_view->setModel(m_proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 10, 10, 8);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_filter);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PostTreePanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PostTreePanel::onSelectionChanged);
    // Saving re-sorts or moves a post (new date, new category): keep it selected.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PostTreePanel::restoreSelectionLater);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &PostTreePanel::restoreSelectionLater);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PostTreePanel::restoreSelectionLater);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PostTreePanel::restoreSelectionLater);
}

void PostTreePanel::setSourceModel(PostTreeModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model); // the view expands everything on the reset that follows
}

void PostTreePanel::applyFilter(const QString &text)
{
    m_clearFilter->setEnabled(!text.isEmpty());
    const bool wasFiltering = m_proxy->isFiltering();
    m_proxy->setFilterQuery(text);
    // Matches are shown inside their categories, whatever the writer had collapsed. Once a
    // category is open it stays so, and a category the filter brings back is opened by the view.
    if (m_proxy->isFiltering() && !wasFiltering)
        m_view->expandAll();
    restoreSelectionLater();
}

void PostTreePanel::setPublishStates(PublishStateCache *states)
{
    m_view->setPublishStates(states);
}

void PostTreePanel::setBlogTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void PostTreePanel::selectPath(const QString &filePath)
{
    m_selectedPath = filePath;
    // Called back from postSelected (the window refused the post): the selection model is
    // still inside its own change, so move the selection back afterwards.
    if (m_reporting)
        restoreSelectionLater();
    else
        restoreSelection();
}

void PostTreePanel::onSelectionChanged(const QItemSelection &selected)
{
    if (m_selecting || selected.indexes().isEmpty())
        return;
    const QModelIndex index = selected.indexes().constFirst();
    if (index.data(PostTreeModel::IsCategoryRole).toBool())
        return;
    const QString path = index.data(PostTreeModel::FilePathRole).toString();
    if (path.isEmpty() || path == m_selectedPath)
        return;
    // Remember what is shown only once the window accepted it (it calls selectPath()).
    m_reporting = true;
    Q_EMIT postSelected(path);
    m_reporting = false;
}

void PostTreePanel::restoreSelectionLater()
{
    // Model signals arrive while the view is still updating itself: select afterwards.
    if (m_restoreQueued)
        return;
    m_restoreQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_restoreQueued = false;
        restoreSelection();
    });
}

void PostTreePanel::restoreSelection()
{
    QModelIndex target;
    if (m_model && !m_selectedPath.isEmpty())
        target = m_proxy->mapFromSource(m_model->indexForPath(m_selectedPath));
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndexList current = selection->selectedRows();
    if (target.isValid() && current.size() == 1 && current.constFirst() == target)
        return;

    m_selecting = true;
    if (target.isValid()) {
        selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(target);
    } else {
        selection->clearSelection();
    }
    m_selecting = false;
}

} // namespace Postwright
