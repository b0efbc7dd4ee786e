// MainWindow's Help menu: the welcome screen, the keyboard shortcut reference and About. The
// rest of the window's commands are in mainwindowactions.cpp.

#include "dialogs/aboutdialog.h"
#include "dialogs/newblogwizard.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sampleblog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace Postwright {

namespace {

// The blogs the welcome offers again. UiSettings remembers the last one only; the sample blog is
// left out because the welcome has its own choice for it.
QStringList recentBlogs(const UiSettings &settings)
{
    const QString sample = QFileInfo(SampleBlog::defaultLocation()).canonicalFilePath();
    QStringList blogs;
    for (const QString &path : {settings.lastBlogPath()}) {
        const QFileInfo info(path);
        if (!path.isEmpty() && info.isDir() && info.canonicalFilePath() != sample)
            blogs.append(info.absoluteFilePath());
    }
    return blogs;
}

bool sameFolder(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

// A dialog of this kind already open over the window: raised instead of a second one.
template<typename Dialog>
bool raiseOpen(const QWidget *window)
{
    for (Dialog *dialog : window->findChildren<Dialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible()) {
            dialog->raise();
            dialog->activateWindow();
            return true;
        }
    }
    return false;
}

} // namespace

void MainWindow::createHelpActions()
{
    const auto make = [this](const char *id, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(id));
        addAction(action); // shortcuts keep working when the menu bar is hidden
        return action;
    };

    QAction *welcome = make("help.welcome", tr("&Welcome"));
    welcome->setStatusTip(
        tr("Open a blog or site, create one, import from WordPress or explore the sample blog"));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);

    QAction *shortcuts = make("help.shortcuts", tr("&Keyboard Shortcuts"));
    // Ctrl+/ as in many editors and web apps; F1 (the platform's help key) as long as there is no
    // manual to open instead.
    QList<QKeySequence> keys{QKeySequence(tr("Ctrl+/"))};
    keys += QKeySequence::keyBindings(QKeySequence::HelpContents);
    shortcuts->setShortcuts(keys);
    shortcuts->setStatusTip(tr("Every command that has a keyboard shortcut, with a filter"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    QAction *about = make("help.about", tr("&About Postwright"));
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Postwright's version, licence and the libraries it is built on"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = make("help.aboutQt", tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showWelcome()
{
    if (raiseOpen<WelcomeDialog>(this))
        return;
    auto *welcome = new WelcomeDialog(recentBlogs(m_settings), this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);

    // The wizard opens over the welcome: cancelling it goes back to the welcome, finishing it
    // closes both and opens the blog it made or chose.
    const auto startWizard = [this, welcome](NewBlogWizard::Start start) {
        auto *wizard = new NewBlogWizard(start, welcome);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QDialog::accepted, this, [this, welcome, wizard] {
            const QString path = wizard->blogPath();
            welcome->accept();
            if (Result<void> opened = openBlog(path); !opened)
                showError(tr("Could Not Open Blog"), tr("This folder could not be opened as a blog."),
                          opened.error());
        });
        wizard->open();
    };

    connect(welcome, &WelcomeDialog::choiceMade, this, [this, startWizard](WelcomeDialog::Choice choice) {
        switch (choice) {
        case WelcomeDialog::Choice::Open:
            startWizard(NewBlogWizard::Start::Open);
            break;
        case WelcomeDialog::Choice::Create:
            startWizard(NewBlogWizard::Start::Create);
            break;
        case WelcomeDialog::Choice::Import:
            startWizard(NewBlogWizard::Start::Import);
            break;
        case WelcomeDialog::Choice::Sample: {
            // On the first run it is already open behind the welcome; from Help → Welcome it may not be.
            Result<QString> sample = SampleBlog::install();
            if (!sample) {
                showError(tr("Could Not Open Blog"), tr("The sample blog could not be created."),
                          sample.error());
            } else if (!sameFolder(blogRoot(), sample.value())) {
                if (Result<void> opened = openBlog(sample.value()); !opened)
                    showError(tr("Could Not Open Blog"), tr("This folder could not be opened as a blog."),
                              opened.error());
            }
            break;
        }
        }
    });

    connect(welcome, &WelcomeDialog::recentBlogChosen, this, [this, welcome](const QString &path) {
        if (Result<void> opened = sameFolder(blogRoot(), path) ? Result<void>() : openBlog(path); !opened) {
            // Over the welcome, which stays: the writer can pick something else.
            QMessageBox box(QMessageBox::Warning, tr("Could Not Open Blog"),
                            tr("This folder could not be opened as a blog."), QMessageBox::Ok, welcome);
            box.setInformativeText(opened.error().toString());
            box.exec();
            return;
        }
        welcome->accept();
    });
    welcome->open();
}

void MainWindow::showShortcuts()
{
    if (raiseOpen<ShortcutsDialog>(this))
        return;
    // Modeless: it can stay open beside the window while the writer tries the keys.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    if (raiseOpen<AboutDialog>(this))
        return;
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Postwright
