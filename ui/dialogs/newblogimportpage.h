#pragma once

#include "dialogs/newfolderguard.h"
#include "publish/wxrimport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Postwright {

class BlogFolderChooser;
class InlineMessage;

// Imports a WordPress export (WXR) into a new blog folder. "Import" runs WxrImport on a worker
// thread and moves on to the summary when it is done; an export that cannot be read leaves
// nothing behind and the page as it was, with the error (file:line) shown on it.
class NewBlogImportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewBlogImportPage(QWidget *parent = nullptr);

    void setParentFolder(const QString &folder);
    // Where Choose… looks for the export first.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }

    bool isRunning() const { return m_watcher->isRunning(); }
    // After a successful import: what it did and the blog it made.
    const WxrImportReport &report() const { return m_report; }
    QString blogPath() const { return m_importedPath; }
    QString exportPath() const;

    QLineEdit *exportEdit() const { return m_export; }
    BlogFolderChooser *folder() const { return m_folder; }
    InlineMessage *message() const { return m_result; }

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void browse();
    void updateExport();
    void start();
    void finish();
    void setLocked(bool locked);

    QLineEdit *m_export;
    QPushButton *m_browse;
    InlineMessage *m_exportMessage;
    BlogFolderChooser *m_folder;
    QProgressBar *m_progress;
    QLabel *m_status;
    InlineMessage *m_result;
    QFutureWatcher<WxrImportReport> *m_watcher;
    std::optional<NewFolderGuard> m_guard; // what the blog's folder held before this import
    WxrImportReport m_report;
    QString m_startFolder;
    QString m_importedPath;
};

} // namespace Postwright
