#include "publish/publishreviewdialog.h"

#include "publish/publishtext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postwright {

namespace {

using Kind = DeployAction::Kind;

QLabel *countLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PublishReviewDialog::PublishReviewDialog(const DeployPlan &plan, const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_uploads(plan.count(Kind::New) + plan.count(Kind::Changed))
{
    setObjectName(QStringLiteral("publishReviewDialog"));
    setWindowTitle(tr("Publish to %1").arg(targetName));
    const int deletions = plan.count(Kind::Deleted);

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setText(m_uploads > 0
                         ? tr("Ready to publish %1 (%2) to %3.")
                               .arg(PublishText::fileCount(m_uploads),
                                    PublishText::dataSize(plan.bytes(Kind::New) + plan.bytes(Kind::Changed)),
                                    targetName)
                         : tr("Everything is already published to %1.").arg(targetName));

    // One row per kind of change: what, how many, how big.
    auto *counts = new QGridLayout;
    counts->setColumnStretch(1, 1);
    const auto addRow = [&](int row, const char *name, const QString &what, Kind kind) {
        const QString id = QString::fromLatin1(name);
        const bool none = plan.count(kind) == 0; // dimmed: the eye goes to what happens
        const QList<QLabel *> labels{
            countLabel(id, what, this),
            countLabel(id + QStringLiteral("Files"), PublishText::fileCount(plan.count(kind)), this),
            countLabel(id + QStringLiteral("Bytes"), PublishText::dataSize(plan.bytes(kind)), this)};
        for (int column = 0; column < labels.size(); ++column) {
            labels[column]->setEnabled(!none);
            counts->addWidget(labels[column], row, column, column == 0 ? Qt::Alignment() : Qt::AlignRight);
        }
    };
    addRow(0, "reviewNew", tr("New"), Kind::New);
    addRow(1, "reviewChanged", tr("Changed"), Kind::Changed);
    addRow(2, "reviewDeleted", tr("No longer part of the site"), Kind::Deleted);
    auto *unchanged = countLabel(
        QStringLiteral("reviewUnchanged"),
        tr("%1 already on the server and unchanged.").arg(PublishText::fileCount(plan.unchanged())), this);
    unchanged->setEnabled(false);
    unchanged->setVisible(plan.unchanged() > 0);

    m_showFiles = new QToolButton(this);
    m_showFiles->setObjectName(QStringLiteral("reviewShowFiles"));
    m_showFiles->setText(tr("Show files"));
    m_showFiles->setCheckable(true);
    m_showFiles->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showFiles->setArrowType(Qt::RightArrow);
    m_showFiles->setAutoRaise(true);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("reviewFiles"));
    m_files->setHeaderLabels({tr("File"), tr("Change"), tr("Size")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_files->setMinimumHeight(220);
    m_files->hide();
    fillFileList(plan);
    connect(m_showFiles, &QToolButton::toggled, this, [this](bool shown) {
        m_showFiles->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_showFiles->setText(shown ? tr("Hide files") : tr("Show files"));
        m_files->setVisible(shown);
        adjustSize();
    });

    m_deleteRemoved = new QCheckBox(this);
    m_deleteRemoved->setObjectName(QStringLiteral("reviewDeleteRemoved"));
    m_deleteRemoved->setText(
        deletions == 1 ? tr("Also remove 1 file that is no longer part of the site")
                       : tr("Also remove %L1 files that are no longer part of the site").arg(deletions));
    m_deleteRemoved->setToolTip(tr("Off, they stay on the server: other sites may still link to them."));
    m_deleteRemoved->setVisible(deletions > 0);
    connect(m_deleteRemoved, &QCheckBox::toggled, this, &PublishReviewDialog::updatePublishButton);

    m_skipNextTime = new QCheckBox(tr("Don't show this again for %1").arg(targetName), this);
    m_skipNextTime->setObjectName(QStringLiteral("reviewSkipNextTime"));
    m_skipNextTime->setToolTip(
        tr("Publish straight away next time. Turn the review back on in Site \u25b8 Publish "
           "Targets\u2026"));

    auto *buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("reviewPublish"));
    m_publish->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addLayout(counts);
    layout->addWidget(unchanged);
    layout->addWidget(m_showFiles, 0, Qt::AlignLeft);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_deleteRemoved);
    layout->addSpacing(6);
    layout->addWidget(m_skipNextTime);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updatePublishButton();
}

bool PublishReviewDialog::deleteRemoved() const
{
    return m_deleteRemoved->isChecked(); // hidden, and never ticked, when there are none
}

bool PublishReviewDialog::skipReviewNextTime() const
{
    return m_skipNextTime->isChecked();
}

void PublishReviewDialog::updatePublishButton()
{
    // Nothing to upload and deletions not chosen: there is nothing to publish.
    m_publish->setEnabled(m_uploads > 0 || m_deleteRemoved->isChecked());
}

void PublishReviewDialog::fillFileList(const DeployPlan &plan)
{
    QList<QTreeWidgetItem *> items;
    for (const DeployAction &action : plan.actions()) {
        const QString change = action.kind == Kind::New       ? tr("new")
                               : action.kind == Kind::Changed ? tr("changed")
                                                              : tr("not in the site any more");
        auto *item = new QTreeWidgetItem({action.path, change, PublishText::dataSize(action.content.size)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_files->addTopLevelItems(items);
    m_files->resizeColumnToContents(1);
    m_files->resizeColumnToContents(2);
}

} // namespace Postwright
