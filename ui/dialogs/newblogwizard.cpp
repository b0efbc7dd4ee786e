#include "dialogs/newblogwizard.h"

#include "dialogs/blogfolderchooser.h"
#include "dialogs/newblogcreatepage.h"
#include "dialogs/newblogimportdonepage.h"
#include "dialogs/newblogimportpage.h"
#include "dialogs/newblogopenpage.h"
#include "dialogs/newblogstartpage.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Postwright {

namespace {

// Not in UiSettings: only this wizard reads or writes it.
const QString kLastParentKey = QStringLiteral("newBlogWizard/lastParentFolder");

} // namespace

NewBlogWizard::NewBlogWizard(Start start, QWidget *parent)
    : QWizard(parent)
    , m_start(new NewBlogStartPage(this))
    , m_create(new NewBlogCreatePage(this))
    , m_open(new NewBlogOpenPage(this))
    , m_import(new NewBlogImportPage(this))
    , m_importDone(new NewBlogImportDonePage(m_import, this))
{
    setObjectName(QStringLiteral("newBlogWizard"));
    setWindowTitle(tr("New Blog"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 500);

    setPage(StartPage, m_start);
    setPage(CreatePage, m_create);
    setPage(OpenPage, m_open);
    setPage(ImportPage, m_import);
    setPage(ImportDonePage, m_importDone);

    const QString parentFolder = lastParentFolder();
    m_create->setParentFolder(parentFolder);
    m_import->setParentFolder(parentFolder);
    m_import->setStartFolder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    m_open->setStartFolder(parentFolder);

    switch (start) {
    case Start::Choose:
        setStartId(StartPage);
        break;
    case Start::Create:
        m_start->setChoice(NewBlogStartPage::Choice::Create);
        setStartId(CreatePage);
        break;
    case Start::Open:
        m_start->setChoice(NewBlogStartPage::Choice::Open);
        setStartId(OpenPage);
        break;
    case Start::Import:
        m_start->setChoice(NewBlogStartPage::Choice::Import);
        setStartId(ImportPage);
        break;
    }
}

QString NewBlogWizard::lastParentFolder()
{
    const QString saved = QSettings().value(kLastParentKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void NewBlogWizard::setLastParentFolder(const QString &folder)
{
    QSettings().setValue(kLastParentKey, folder);
}

int NewBlogWizard::nextId() const
{
    switch (currentId()) {
    case StartPage:
        switch (m_start->choice()) {
        case NewBlogStartPage::Choice::Create:
            return CreatePage;
        case NewBlogStartPage::Choice::Open:
            return OpenPage;
        case NewBlogStartPage::Choice::Import:
            return ImportPage;
        }
        return CreatePage;
    case ImportPage:
        return ImportDonePage;
    default:
        return -1;
    }
}

void NewBlogWizard::done(int result)
{
    // Esc and the window's close button come here too: an import cannot be stopped halfway.
    if (result != QDialog::Accepted && m_import->isRunning())
        return;
    if (result == QDialog::Accepted) {
        // QWizard::done() validates the page (Create makes the blog there); the path exists only
        // after that. Validating twice is harmless: a made blog is not made again.
        if (!validateCurrentPage())
            return;
        switch (currentId()) {
        case CreatePage:
            m_blogPath = m_create->blogPath();
            setLastParentFolder(m_create->folder()->parentFolder());
            break;
        case OpenPage:
            m_blogPath = m_open->blogPath();
            setLastParentFolder(QFileInfo(m_blogPath).absolutePath());
            break;
        case ImportDonePage:
            m_blogPath = m_import->blogPath();
            setLastParentFolder(m_import->folder()->parentFolder());
            break;
        default:
            break;
        }
    }
    QWizard::done(result);
}

} // namespace Postwright
