// MainWindow's side of never losing text: the recovery offer after a crash, the choice when
// another program changed the open file, and saving when the window loses focus. The
// mechanics (journal, autosave, disk watch) are PostSession's.

#include "mainwindow/mainwindow.h"

#include "blog/blogindex.h"
#include "dialogs/diffview.h"
#include "dialogs/recoverydialog.h"
#include "editor/markdowneditor.h"
#include "mainwindow/conflictbar.h"
#include "mainwindow/postsession.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Postwright {

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = m_session->journal().pending();
    if (entries.isEmpty())
        return;
    auto *dialog = new RecoveryDialog(blogRoot(), entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, &MainWindow::restoreRecovered);
    connect(dialog, &RecoveryDialog::discardRequested, this,
            [this](const RecoveryEntry &entry) { m_session->journal().remove(entry.filePath); });
    dialog->open();
}

void MainWindow::restoreRecovered(const RecoveryEntry &entry)
{
    if (entry.filePath != m_session->filePath()) {
        if (Result<void> saved = saveCurrentPost(); !saved) {
            showError(tr("Could Not Save"), tr("The open post could not be saved, so it stays open."), saved.error());
            return;
        }
    }
    rememberCurrentPlace();
    m_loading = true;
    Result<void> opened = m_session->openRecovered(entry);
    m_loading = false;
    if (!opened) {
        showError(tr("Could Not Restore"), tr("The recovered text could not be opened."), opened.error());
        return;
    }
    showOpenedPost();
    statusBar()->showMessage(tr("Recovered text restored. It is saved like any edit; Undo shows the file's own text."), 8000);
}

void MainWindow::onSaved(const QString &filePath)
{
    if (m_index)
        m_index->refreshFile(filePath);
}

void MainWindow::onConflictChanged()
{
    m_conflictBar->setConflict(m_session->conflict(), QFileInfo(m_session->filePath()).fileName());
}

void MainWindow::compareVersions()
{
    if (m_session->conflict() != PostSession::Conflict::ChangedOnDisk)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("compareDialog"));
    dialog.setWindowTitle(tr("Compare Versions"));
    auto *label = new QLabel(tr("Lines marked − are in the version on disk, lines marked + in yours."), &dialog);
    auto *diff = new DiffView(&dialog);
    diff->setTexts(m_session->diskText(), m_editor->markdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("compare.keepMine"));
    QPushButton *theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("compare.takeTheirs"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(mine, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(1); });
    connect(theirs, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(2); });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(diff, 1);
    layout->addWidget(buttons);
    dialog.resize(820, 560);
    const int choice = dialog.exec();
    if (choice == 1) {
        if (Result<void> kept = m_session->keepMine(); !kept)
            showError(tr("Could Not Save"), tr("Your text could not be saved. It is still in the editor."), kept.error());
    } else if (choice == 2) {
        m_session->takeTheirs();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && m_session) {
        if (isActiveWindow()) {
            m_session->checkDisk(); // git pull in a terminal, another editor
        } else if (m_session->autosaveDelay() > 0) {
            if (Result<void> saved = m_session->autosave(); !saved)
                statusBar()->showMessage(tr("Autosave failed: %1 — your text is kept in the recovery journal.")
                                             .arg(saved.error().toString()));
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Result<void> saved = saveCurrentPost(); !saved) {
        QMessageBox box(QMessageBox::Warning, tr("Could Not Save"),
                        tr("The open post could not be saved. Quit anyway and lose the changes?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(saved.error().toString());
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard) {
            event->ignore();
            return;
        }
        m_session->flushJournal();
        m_session->journal().remove(m_session->filePath()); // discarded on purpose
    }
    saveLayout();
    event->accept();
}

} // namespace Postwright
