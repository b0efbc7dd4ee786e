#include "publish/conflictdialog.h"

#include "publish/sidebysidediff.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Postwright {

namespace {

// Wide enough for prose, narrow enough for two columns side by side.
constexpr int kWrapColumns = 64;

enum ChoiceId { MineId, WebId, LaterId };

// A web version's time, from its version string where that is one (WordPress's modified_gmt,
// Ghost's updated_at; both UTC).
QDateTime changedAt(const RemotePost &remote)
{
    QDateTime when = QDateTime::fromString(remote.version, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(remote.version, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // modified_gmt has no zone, but is UTC
    return when;
}

bool isMissingOnBlog(const BlogConflict &conflict)
{
    // A post whose publish was cut off and that the API cannot look up: nothing to compare with.
    return conflict.remote.id.isEmpty();
}

QString displayTitle(const BlogConflict &conflict)
{
    return conflict.title.isEmpty() ? conflict.path : conflict.title;
}

} // namespace

ConflictDialog::ConflictDialog(QList<BlogConflict> conflicts, const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(std::move(conflicts))
    , m_choices(m_conflicts.size(), Resolution::Ask)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on %1").arg(targetName));
    const int count = int(m_conflicts.size());

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setText(
        count == 1
            ? tr("\u201c%1\u201d was changed on \u201c%2\u201d since you last published it.")
                  .arg(displayTitle(m_conflicts.constFirst()), targetName)
            : tr("%L1 posts were changed on \u201c%2\u201d since you last published them.").arg(count).arg(targetName));
    auto *intro = new QLabel(tr("Nothing has been replaced yet. Compare the two versions of each post and "
                                "choose which one to keep."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // The posts, when there are several: each with the choice made for it so far.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Changed posts"));
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    for (const BlogConflict &conflict : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(m_list);
        item->setToolTip(conflict.path);
    }
    m_list->setVisible(count > 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_diff = new SideBySideDiff(this);
    m_diff->setObjectName(QStringLiteral("conflictDiff"));
    m_diff->left()->setObjectName(QStringLiteral("conflictLocal"));
    m_diff->right()->setObjectName(QStringLiteral("conflictRemote"));
    m_diff->left()->setAccessibleName(tr("On your computer"));
    m_diff->right()->setAccessibleName(tr("On the blog"));
    m_showSource = new QCheckBox(tr("Show HTML &source"), this);
    m_showSource->setObjectName(QStringLiteral("conflictShowSource"));
    m_showSource->setToolTip(tr("Compare the HTML itself instead of its text."));
    connect(m_showSource, &QCheckBox::toggled, this, &ConflictDialog::fillComparison);

    auto *choiceBox = new QGroupBox(tr("Keep which version?"), this);
    m_mine = new QRadioButton(tr("&Publish mine (replace the web version)"), choiceBox);
    m_mine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_web = new QRadioButton(tr("&Keep the web version (replace my file)"), choiceBox);
    m_web->setObjectName(QStringLiteral("conflictKeepWeb"));
    m_web->setToolTip(tr("The post file on this computer is rewritten from the blog's version, converted "
                         "to Markdown. Its old text stays in the undo history of an open editor only."));
    m_later = new QRadioButton(tr("&Decide later (leave both)"), choiceBox);
    m_later->setObjectName(QStringLiteral("conflictDecideLater"));
    m_later->setToolTip(tr("Nothing is sent or replaced. The next publish asks again."));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_mine, MineId);
    m_group->addButton(m_web, WebId);
    m_group->addButton(m_later, LaterId);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        const BlogConflict &conflict = m_conflicts.at(m_current);
        setChoice(id == MineId ? (isMissingOnBlog(conflict) ? Resolution::PublishAsNew : Resolution::KeepMine)
                  : id == WebId ? Resolution::KeepWeb
                                : Resolution::Ask);
    });
    m_applyAll = new QPushButton(tr("&Apply to All %L1 Posts").arg(count), choiceBox);
    m_applyAll->setObjectName(QStringLiteral("conflictApplyToAll"));
    m_applyAll->setToolTip(tr("Make this post's choice for every post listed."));
    m_applyAll->setAutoDefault(false);
    m_applyAll->setVisible(count > 1);
    connect(m_applyAll, &QPushButton::clicked, this, &ConflictDialog::applyToAll);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_mine);
    choiceRow->addWidget(m_web);
    choiceRow->addWidget(m_later);
    choiceRow->addStretch(1);
    choiceRow->addWidget(m_applyAll);
    choiceLayout->addLayout(choiceRow);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("conflictContinue"));
    m_accept->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("conflictCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *post = new QWidget(this);
    auto *postLayout = new QVBoxLayout(post);
    postLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_showSource);
    postLayout->addLayout(titleRow);
    postLayout->addWidget(m_summary);
    postLayout->addWidget(m_diff, 1);
    postLayout->addWidget(choiceBox);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(post);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    for (int row = 0; row < count; ++row)
        updateListItem(row);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showPost);
    resize(count > 1 ? 1240 : 1040, 700);
    if (count > 0) {
        m_list->setCurrentRow(0);
        showPost(0);
    }
    // The keyboard starts on the choice: arrows move between the three, Enter continues.
    m_later->setFocus();
}

void ConflictDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
}

QHash<QString, ConflictDialog::Resolution> ConflictDialog::choices() const
{
    QHash<QString, Resolution> choices;
    for (int row = 0; row < m_conflicts.size(); ++row)
        choices.insert(m_conflicts.at(row).path, m_choices.at(row));
    return choices;
}

void ConflictDialog::showPost(int row)
{
    if (row < 0 || row >= m_conflicts.size() || row == m_current)
        return;
    m_current = row;
    if (m_list->currentRow() != row)
        m_list->setCurrentRow(row);
    const BlogConflict &conflict = m_conflicts.at(row);
    m_title->setText(conflict.title.isEmpty() ? conflict.path
                                              : tr("%1 \u00b7 %2").arg(conflict.title, conflict.path));
    const bool missing = isMissingOnBlog(conflict);
    m_mine->setText(missing ? tr("&Publish it as a new post")
                            : tr("&Publish mine (replace the web version)"));
    m_web->setEnabled(!missing);
    fillComparison();

    const Resolution choice = m_choices.at(row);
    QAbstractButton *checked = choice == Resolution::KeepMine || choice == Resolution::PublishAsNew ? m_mine
                               : choice == Resolution::KeepWeb                                      ? m_web
                                                                                                    : m_later;
    checked->setChecked(true);
}

void ConflictDialog::fillComparison()
{
    if (m_current < 0)
        return;
    const BlogConflict &conflict = m_conflicts.at(m_current);
    const bool source = m_showSource->isChecked();
    // Never rich text: both versions are shown as Markdown (the blog's converted like a pull converts
    // it, on the worker thread) or as HTML source, in plain-text panes that load nothing.
    const auto textForm = [source](const QString &text, const QString &html) {
        return SideBySideDiff::wrap(source || text.isEmpty() ? html : text, kWrapColumns);
    };
    const QDateTime changed = changedAt(conflict.remote);
    const QString remoteHeading =
        isMissingOnBlog(conflict) ? tr("On the blog (not found)")
        : changed.isValid()       ? tr("On the blog (changed %1)")
                                  .arg(QLocale().toString(changed.toLocalTime(), QLocale::ShortFormat))
                            : tr("On the blog");
    m_diff->setHeadings(tr("On your computer"), remoteHeading);
    m_diff->setTexts(textForm(conflict.localText, conflict.localHtml),
                     textForm(conflict.remoteText, conflict.remote.html));

    const int changedLines = m_diff->changedLines();
    QStringList summary;
    if (isMissingOnBlog(conflict)) {
        summary << tr("A publish of this post was cut off before the blog answered, and the blog cannot "
                      "be searched for it. Check the blog: publishing it again may make a second copy.");
    } else if (changedLines == 0) {
        summary << (source ? tr("The HTML is the same.") : tr("The text is the same."));
    } else {
        summary << (changedLines == 1 ? tr("1 line differs.") : tr("%L1 lines differ.").arg(changedLines));
    }
    if (!isMissingOnBlog(conflict) && conflict.remote.title != conflict.title &&
        !conflict.remote.title.isEmpty())
        summary << tr("The title on the blog is \u201c%1\u201d.").arg(conflict.remote.title);
    m_summary->setText(summary.join(u' '));
}

void ConflictDialog::setChoice(Resolution resolution)
{
    if (m_current < 0)
        return;
    m_choices[m_current] = resolution;
    updateListItem(m_current);
}

void ConflictDialog::applyToAll()
{
    if (m_current < 0)
        return;
    const Resolution choice = m_choices.at(m_current);
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const bool missing = isMissingOnBlog(m_conflicts.at(row));
        Resolution resolution = choice;
        if (missing && choice == Resolution::KeepMine)
            resolution = Resolution::PublishAsNew;
        else if (!missing && choice == Resolution::PublishAsNew)
            resolution = Resolution::KeepMine;
        else if (missing && choice == Resolution::KeepWeb)
            resolution = Resolution::Ask; // there is no web version to keep
        m_choices[row] = resolution;
        updateListItem(row);
    }
}

void ConflictDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    item->setText(displayTitle(m_conflicts.at(row)) + u'\n' + choiceSummary(m_choices.at(row)));
}

QString ConflictDialog::choiceSummary(Resolution resolution) const
{
    switch (resolution) {
    case Resolution::KeepMine:
        return tr("\u2192 publish mine");
    case Resolution::KeepWeb:
        return tr("\u2190 keep the web version");
    case Resolution::PublishAsNew:
        return tr("\u2192 publish as a new post");
    case Resolution::Ask:
        break;
    }
    return tr("decide later");
}

} // namespace Postwright
