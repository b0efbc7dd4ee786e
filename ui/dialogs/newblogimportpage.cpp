#include "dialogs/newblogimportpage.h"

#include "blog/postfiles.h"
#include "dialogs/blogfolderchooser.h"
#include "dialogs/inlinemessage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

NewBlogImportPage::NewBlogImportPage(QWidget *parent)
    : QWizardPage(parent)
    , m_export(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose\u2026"), this))
    , m_exportMessage(new InlineMessage(QStringLiteral("exportMessage"), this))
    , m_folder(new BlogFolderChooser(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new InlineMessage(QStringLiteral("importMessage"), this))
    , m_watcher(new QFutureWatcher<WxrImportReport>(this))
{
    setObjectName(QStringLiteral("newBlogImportPage"));
    setTitle(tr("Import a WordPress Export"));
    setSubTitle(tr("In WordPress: Tools \u2192 Export \u2192 All content. Put the uploads folder beside the "
                   "file to bring the images along."));
    // Import is a step of no return (the blog exists afterwards): a commit page, named for what it does.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_export->setObjectName(QStringLiteral("exportFile"));
    m_export->setClearButtonEnabled(true);
    m_export->setPlaceholderText(tr("sitename.WordPress.2024-03-05.xml"));
    m_browse->setObjectName(QStringLiteral("browseExportFile"));
    m_browse->setAutoDefault(false);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // WxrImport reports no progress: a busy bar
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export, 1);
    exportRow->addWidget(m_browse);
    auto *exportColumn = new QVBoxLayout;
    exportColumn->setSpacing(2);
    exportColumn->addLayout(exportRow);
    exportColumn->addWidget(m_exportMessage);
    auto *exportLabel = new QLabel(tr("&Export file:"), this);
    exportLabel->setBuddy(m_export);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(exportLabel, exportColumn);
    m_folder->addRows(form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addStretch(1);

    setTabOrder(m_export, m_browse);
    setTabOrder(m_browse, m_folder->parentEdit());
    setTabOrder(m_folder->parentEdit(), m_folder->browseButton());
    setTabOrder(m_folder->browseButton(), m_folder->nameEdit());

    connect(m_export, &QLineEdit::textChanged, this, &NewBlogImportPage::updateExport);
    connect(m_browse, &QPushButton::clicked, this, &NewBlogImportPage::browse);
    connect(m_folder, &BlogFolderChooser::changed, this, [this] {
        m_result->clear();
        Q_EMIT completeChanged();
    });
    connect(m_watcher, &QFutureWatcher<WxrImportReport>::finished, this, &NewBlogImportPage::finish);
}

void NewBlogImportPage::setParentFolder(const QString &folder)
{
    m_folder->setParentFolder(folder);
}

QString NewBlogImportPage::exportPath() const
{
    const QString text = m_export->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

bool NewBlogImportPage::isComplete() const
{
    if (!m_importedPath.isEmpty())
        return true;
    return !isRunning() && QFileInfo(exportPath()).isFile() && m_folder->isAcceptable();
}

bool NewBlogImportPage::validatePage()
{
    // Import runs in the background; when it has worked, finish() moves on and lands here again.
    if (!m_importedPath.isEmpty())
        return true;
    if (!isRunning() && isComplete())
        start();
    return false;
}

void NewBlogImportPage::browse()
{
    const QString typed = exportPath();
    const QString start = !typed.isEmpty() && QFileInfo(typed).absoluteDir().exists()
                              ? QFileInfo(typed).absolutePath()
                              : m_startFolder;
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a WordPress Export"), start,
                                                        tr("WordPress exports (*.xml);;All files (*)"));
    if (!chosen.isEmpty())
        m_export->setText(QDir::toNativeSeparators(chosen));
}

void NewBlogImportPage::updateExport()
{
    const QString path = exportPath();
    if (path.isEmpty()) {
        m_exportMessage->clear();
    } else if (!QFileInfo(path).isFile()) {
        m_exportMessage->show(InlineMessage::Kind::Error,
                              tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_exportMessage->clear();
        // "harbournotes.WordPress.2024-03-05.xml", as WordPress names them: the site's name.
        m_folder->suggestName(PostFiles::slugify(QFileInfo(path).fileName().section(u'.', 0, 0)));
    }
    m_result->clear();
    Q_EMIT completeChanged();
}

void NewBlogImportPage::start()
{
    const QString source = exportPath();
    const QString root = m_folder->path();
    m_guard.emplace(root);
    m_result->clear();
    setLocked(true);
    m_progress->setVisible(true);
    // WxrImport cannot be interrupted (it writes post after post, and a blog cut off in the middle
    // would be half an import), so the wizard's Cancel is off until it returns.
    m_status->setText(tr("Importing %1\u2026 This cannot be stopped once started; large exports take a "
                         "while.")
                          .arg(QFileInfo(source).fileName()));
    m_status->setVisible(true);
    // Copies only: the worker may outlive the page when the app quits mid-import.
    m_watcher->setFuture(QtConcurrent::run([source, root] { return WxrImport().importFile(source, root); }));
    Q_EMIT completeChanged();
    if (QWizard *wizard = this->wizard()) {
        wizard->button(QWizard::BackButton)->setEnabled(false);
        wizard->button(QWizard::CancelButton)->setEnabled(false);
    }
    Q_EMIT runningChanged(true);
}

void NewBlogImportPage::finish()
{
    m_report = m_watcher->result();
    m_progress->setVisible(false);
    m_status->setVisible(false);
    if (QWizard *wizard = this->wizard())
        wizard->button(QWizard::CancelButton)->setEnabled(true);
    if (m_report.error) {
        // Unreadable export, or the blog could not be made: whatever part was made goes again.
        m_guard->rollback();
        setLocked(false);
        m_result->show(
            InlineMessage::Kind::Error,
            tr("The export could not be imported: %1\nNothing was written.").arg(m_report.error->toString()));
    } else {
        m_importedPath = m_folder->path();
    }
    m_guard.reset();
    Q_EMIT completeChanged(); // also gives Back its state again
    Q_EMIT runningChanged(false);
    if (!m_importedPath.isEmpty()) {
        if (QWizard *wizard = this->wizard())
            wizard->next();
    }
}

void NewBlogImportPage::setLocked(bool locked)
{
    m_export->setEnabled(!locked);
    m_browse->setEnabled(!locked);
    m_folder->setLocked(locked);
}

} // namespace Postwright
