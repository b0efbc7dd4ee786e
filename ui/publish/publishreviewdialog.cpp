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

#include <algorithm>

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
    : PublishReviewDialog(plan, targetName, std::nullopt, parent)
{}

PublishReviewDialog::PublishReviewDialog(const DeployPlan &plan, const QString &targetName,
                                         std::optional<Posts> posts, QWidget *parent)
    : QDialog(parent)
    , m_posts(std::move(posts))
{
    setObjectName(QStringLiteral("publishReviewDialog"));
    setWindowTitle(tr("Publish to %1").arg(targetName));
    const bool forPosts = m_posts.has_value();
    const int deletions = forPosts ? 0 : plan.count(Kind::Deleted);
    for (const DeployAction &action : plan.uploads()) {
        if (!isLeftAlone(action.path))
            ++m_uploads;
    }

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("reviewHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setText(this->heading(plan, targetName));

    // One row per kind of change: what, how many, how big.
    auto *counts = new QGridLayout;
    counts->setColumnStretch(1, 1);
    const auto addRow = [&](int row, const char *name, const QString &what, Kind kind) {
        const QString id = QString::fromLatin1(name);
        const bool none = plan.count(kind) == 0; // dimmed: the eye goes to what happens
        QList<QLabel *> labels{countLabel(id, what, this)};
        if (forPosts) {
            // Post sizes say nothing to a writer; the count is what matters.
            labels.append(
                countLabel(id + QStringLiteral("Posts"), PublishText::postCount(plan.count(kind)), this));
        } else {
            labels.append(
                countLabel(id + QStringLiteral("Files"), PublishText::fileCount(plan.count(kind)), this));
            labels.append(
                countLabel(id + QStringLiteral("Bytes"), PublishText::dataSize(plan.bytes(kind)), this));
        }
        for (int column = 0; column < labels.size(); ++column) {
            labels[column]->setEnabled(!none);
            counts->addWidget(labels[column], row, column, column == 0 ? Qt::Alignment() : Qt::AlignRight);
        }
    };
    addRow(0, "reviewNew", tr("New"), Kind::New);
    addRow(1, "reviewChanged", tr("Changed"), Kind::Changed);
    if (!forPosts)
        addRow(2, "reviewDeleted", tr("No longer part of the site"), Kind::Deleted);
    auto *unchanged = countLabel(
        QStringLiteral("reviewUnchanged"),
        forPosts
            ? tr("%1 already on the blog and unchanged.").arg(PublishText::postCount(plan.unchanged()))
            : tr("%1 already on the server and unchanged.").arg(PublishText::fileCount(plan.unchanged())),
        this);
    unchanged->setEnabled(false);
    unchanged->setVisible(plan.unchanged() > 0);

    m_showFiles = new QToolButton(this);
    m_showFiles->setObjectName(QStringLiteral("reviewShowFiles"));
    const QString showText = forPosts ? tr("Show posts") : tr("Show files");
    const QString hideText = forPosts ? tr("Hide posts") : tr("Hide files");
    m_showFiles->setText(showText);
    m_showFiles->setCheckable(true);
    m_showFiles->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showFiles->setArrowType(Qt::RightArrow);
    m_showFiles->setAutoRaise(true);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("reviewFiles"));
    m_files->setHeaderLabels(forPosts ? QStringList{tr("Post"), tr("Change"), tr("File")}
                                      : QStringList{tr("File"), tr("Change"), tr("Size")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_files->setMinimumHeight(220);
    m_files->hide();
    fillFileList(plan);
    connect(m_showFiles, &QToolButton::toggled, this, [this, showText, hideText](bool shown) {
        m_showFiles->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_showFiles->setText(shown ? hideText : showText);
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
    setMinimumWidth(forPosts ? 680 : 480);
    updatePublishButton();
    // A few posts are worth seeing by title straight away; a whole blog's first publish is not.
    if (forPosts && plan.actions().size() <= 12)
        m_showFiles->setChecked(true);
}

QString PublishReviewDialog::heading(const DeployPlan &plan, const QString &targetName) const
{
    if (!m_posts) {
        return m_uploads > 0
                   ? tr("Ready to publish %1 (%2) to %3.")
                         .arg(PublishText::fileCount(m_uploads),
                              PublishText::dataSize(plan.bytes(Kind::New) + plan.bytes(Kind::Changed)),
                              targetName)
                   : tr("Everything is already published to %1.").arg(targetName);
    }
    int added = 0;
    int changed = 0;
    int leftAlone = 0;
    int fromWeb = 0;
    for (const DeployAction &action : plan.uploads()) {
        if (isLeftAlone(action.path))
            ++leftAlone;
        else if (m_posts->conflicts.value(action.path) == BlogPublisher::Resolution::KeepWeb)
            ++fromWeb;
        else if (action.kind == Kind::New)
            ++added;
        else
            ++changed;
    }
    for (auto it = m_posts->conflicts.cbegin(); it != m_posts->conflicts.cend(); ++it) {
        const bool planned = std::any_of(plan.actions().cbegin(), plan.actions().cend(),
                                         [&](const DeployAction &action) { return action.path == it.key(); });
        if (!planned && it.value() == BlogPublisher::Resolution::Ask)
            ++leftAlone;
    }
    QStringList parts;
    if (added > 0)
        parts << PublishText::postCount(added, tr("new"));
    if (changed > 0)
        parts << PublishText::postCount(changed, tr("changed"));
    QString text = !parts.isEmpty() ? tr("Ready to publish %1 to %2.").arg(parts.join(tr(", ")), targetName)
                   : fromWeb > 0    ? QString()
                                    : tr("Nothing to publish to %1.").arg(targetName);
    if (fromWeb > 0)
        text +=
            (text.isEmpty() ? QString() : QStringLiteral(" ")) +
            (fromWeb == 1 ? tr("1 post on this computer is replaced by its version from %1.").arg(targetName)
                          : tr("%L1 posts on this computer are replaced by their versions from %2.")
                                .arg(fromWeb)
                                .arg(targetName));
    if (leftAlone > 0)
        text += u' ' + (leftAlone == 1
                            ? tr("1 post changed on the blog is left as it is.")
                            : tr("%L1 posts changed on the blog are left as they are.").arg(leftAlone));
    return text;
}

bool PublishReviewDialog::isLeftAlone(const QString &path) const
{
    return m_posts && m_posts->conflicts.value(path, BlogPublisher::Resolution::KeepMine) ==
                          BlogPublisher::Resolution::Ask;
}

QString PublishReviewDialog::postNote(const QString &path) const
{
    const auto conflict = m_posts->conflicts.constFind(path);
    if (conflict == m_posts->conflicts.cend())
        return {};
    switch (*conflict) {
    case BlogPublisher::Resolution::KeepMine:
        return tr("changed on the blog: yours replaces it");
    case BlogPublisher::Resolution::KeepWeb:
        return tr("changed on the blog: the web version replaces your file");
    case BlogPublisher::Resolution::PublishAsNew:
        return tr("sent again as a new post");
    case BlogPublisher::Resolution::Ask:
        break;
    }
    return tr("changed on the blog: left alone");
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
    if (m_posts) {
        for (const DeployAction &action : plan.actions()) {
            QString change = action.kind == Kind::New ? tr("new") : tr("changed");
            if (const QString note = postNote(action.path); !note.isEmpty())
                change = note;
            const QString title = m_posts->titles.value(action.path, action.path);
            auto *item = new QTreeWidgetItem({title, change, action.path});
            item->setToolTip(0, title);
            item->setToolTip(2, action.path);
            item->setDisabled(isLeftAlone(action.path));
            items.append(item);
        }
        m_files->addTopLevelItems(items);
        // The title first; the path is there to tell posts apart, elided in its middle.
        m_files->setTextElideMode(Qt::ElideMiddle);
        m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_files->header()->setSectionResizeMode(2, QHeaderView::Interactive);
        m_files->resizeColumnToContents(1);
        m_files->setColumnWidth(2, 230);
        return;
    }
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
