#include "dialogs/recoverydialog.h"

#include "blog/post.h"
#include "blog/postdocument.h"
#include "dialogs/diffview.h"
#include "util/atomicfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Postwright {

RecoveryDialog::RecoveryDialog(const QString &blogRoot, QList<RecoveryEntry> entries, QWidget *parent)
    : QDialog(parent)
    , m_root(blogRoot)
    , m_entries(std::move(entries))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Text"));
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("Postwright was closed before it could save everything. This text was kept for you. "
                                "Restore it to continue where you left off, or discard it to keep the file as it is."),
                             this);
    intro->setWordWrap(true);

    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        const Post post = Post::fromText(entry.text, entry.filePath, m_root);
        auto *item = new QListWidgetItem(post.displayTitle(), m_list);
        item->setToolTip(QDir(m_root).relativeFilePath(entry.filePath));
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_diff, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 560});

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("recovery.restore"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("recovery.discard"));
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("recovery.later"));
    // The buttons act on one post; the dialog closes by itself once every post is decided.
    connect(m_restore, &QPushButton::clicked, this, [this] { finishEntry(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { finishEntry(false); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showEntry);
    m_list->setCurrentRow(0);
    m_restore->setDefault(true);
}

int RecoveryDialog::currentRow() const
{
    return m_list->currentRow();
}

void RecoveryDialog::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

void RecoveryDialog::showEntry(int row)
{
    m_restore->setEnabled(row >= 0);
    m_discard->setEnabled(row >= 0);
    if (row < 0 || row >= m_entries.size()) {
        m_diff->clear();
        m_summary->clear();
        return;
    }
    const RecoveryEntry &entry = m_entries.at(row);
    const QString relative = QDir(m_root).relativeFilePath(entry.filePath);
    const QString when = QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::LongFormat);
    Result<QByteArray> onDisk = AtomicFile::read(entry.filePath);
    if (!onDisk) {
        m_summary->setText(tr("%1 — kept %2. The file is no longer on disk; restoring writes it again.").arg(relative, when));
        m_diff->setTexts({}, entry.text);
        return;
    }
    m_diff->setTexts(PostDocument::fromBytes(onDisk.value()).text(), entry.text);
    m_summary->setText(tr("%1 — kept %2. Lines marked + are the recovered text, lines marked − what the file says now.")
                           .arg(relative, when));
}

void RecoveryDialog::finishEntry(bool restore)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveryEntry entry = m_entries.takeAt(row);
    delete m_list->takeItem(row);
    if (restore)
        Q_EMIT restoreRequested(entry);
    else
        Q_EMIT discardRequested(entry);
    if (m_entries.isEmpty())
        accept();
}

} // namespace Postwright
