// MainWindow's commands: every QAction (with the stable objectName menus, shortcuts and tests
// share) and the menus that show them. The rest of the window is in mainwindow.cpp.

#include "mainwindow/mainwindow.h"

#include "blog/blogindex.h"
#include "dialogs/newblogwizard.h"
#include "dialogs/settingsdialog.h"
#include "editor/editorpane.h"
#include "editor/markdowneditor.h"
#include "editor/spellcontroller.h"
#include "frontmatter/frontmatterpanel.h"
#include "mainwindow/buildcontroller.h"
#include "posttree/postactions.h"
#include "preview/previewview.h"
#include "publish/publishsession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMenuBar>

namespace Postwright {

void MainWindow::createActions()
{
    const auto make = [this](const char *id, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(id));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        addAction(action); // shortcuts keep working when the menu bar is hidden
        return action;
    };

    QAction *newBlog = make("file.newBlog", tr("&New Blog\u2026"), QKeySequence(tr("Ctrl+Shift+N")));
    newBlog->setStatusTip(tr("Create a blog, open a Hugo or Jekyll site, or import a WordPress export"));
    connect(newBlog, &QAction::triggered, this, &MainWindow::newBlog);
    connect(make("file.openBlog", tr("&Open Blog…"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::chooseBlog);
    m_saveAction = make("file.save", tr("&Save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction *closePost = make("file.closePost", tr("&Close Post"), QKeySequence::Close);
    connect(closePost, &QAction::triggered, this, [this] { closePostTab(currentFilePath()); });
    QAction *quit = make("file.quit", tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    make("edit.undo", tr("&Undo"), QKeySequence::Undo)->setEnabled(false);
    make("edit.redo", tr("&Redo"), QKeySequence::Redo)->setEnabled(false);
    make("edit.cut", tr("Cu&t"), QKeySequence::Cut)->setEnabled(false);
    make("edit.copy", tr("&Copy"), QKeySequence::Copy)->setEnabled(false);
    make("edit.paste", tr("&Paste"), QKeySequence::Paste);
    make("edit.selectAll", tr("Select &All"), QKeySequence::SelectAll);
    QAction *preferences = make("edit.preferences", tr("Pre&ferences\u2026"), QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty()) // the platform has no standard one (GNOME, Windows)
        preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Editor font, autosave, spelling, preview, publish target, theme and language"));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_togglePostTreeAction = make("view.togglePostTree", tr("&Post List"), QKeySequence(tr("Ctrl+Shift+L")));
    m_togglePostTreeAction->setCheckable(true);
    m_togglePostTreeAction->setChecked(true);
    m_toggleOutlineAction = make("view.toggleOutline", tr("&Outline"), QKeySequence(tr("Ctrl+Shift+O")));
    m_toggleOutlineAction->setCheckable(true);
    m_toggleOutlineAction->setChecked(true);
    m_toggleOutlineAction->setStatusTip(tr("Show the post's headings; click one to go there"));
    m_togglePreviewAction = make("view.togglePreview", tr("P&review"), QKeySequence(tr("Ctrl+Shift+P")));
    m_togglePreviewAction->setCheckable(true);
    m_togglePreviewAction->setChecked(true);

    m_syncScrollAction = make("view.syncScroll", tr("&Synchronize Scrolling"));
    m_syncScrollAction->setCheckable(true);
    m_syncScrollAction->setChecked(m_settings.syncScroll());
    m_syncScrollAction->setStatusTip(tr("Keep the preview at the part of the post you are editing, and the other way round"));
    connect(m_syncScrollAction, &QAction::toggled, this, [this](bool on) { m_settings.setSyncScroll(on); });
    QAction *remoteImages = make("view.remoteImages", tr("Show &Web Images in Preview"));
    remoteImages->setCheckable(true);
    remoteImages->setChecked(m_settings.remoteImages());
    remoteImages->setStatusTip(tr("Load images that posts link from the web; off, the preview shows their addresses and "
                                  "contacts no server"));
    // The settings' notifier applies it (applySetting), wherever it was changed.
    connect(remoteImages, &QAction::toggled, this, [this](bool on) { m_settings.setRemoteImages(on); });
    QAction *siteStyle = make("view.previewSiteStyle", tr("Preview in the Site's &Style"));
    siteStyle->setCheckable(true);
    siteStyle->setEnabled(false); // until the open site has stylesheets (connectPreviewStyle)

    QAction *nextPost = make("view.nextPost", tr("&Next Open Post"), QKeySequence::NextChild);
    connect(nextPost, &QAction::triggered, this, [this] { cycleOpenPosts(1); });
    QAction *previousPost = make("view.previousPost", tr("P&revious Open Post"), QKeySequence::PreviousChild);
    connect(previousPost, &QAction::triggered, this, [this] { cycleOpenPosts(-1); });

    m_focusModeAction = make("view.focusMode", tr("&Focus Mode"), QKeySequence(Qt::Key_F11));
    m_focusModeAction->setCheckable(true);
    m_focusModeAction->setStatusTip(tr("Only the text, full screen; Esc or F11 to come back"));
    connect(m_focusModeAction, &QAction::toggled, this, &MainWindow::setFocusMode);

    auto *appearance = new QActionGroup(this);
    const std::pair<const char *, QString> modes[] = {
        {"system", tr("Follow the &System")}, {"light", tr("&Light")}, {"dark", tr("&Dark")}};
    for (const auto &[mode, text] : modes) {
        QAction *choice = make((std::string("view.appearance.") + mode).c_str(), text);
        choice->setCheckable(true);
        choice->setChecked(m_settings.appearance() == QLatin1String(mode));
        choice->setActionGroup(appearance);
        connect(choice, &QAction::triggered, this,
                [this, mode = QString::fromLatin1(mode)] { m_settings.setAppearance(mode); });
    }

    QAction *build = make("site.build", tr("&Build Site"), QKeySequence(tr("Ctrl+Shift+B")));
    build->setStatusTip(tr("Build the blog's static site into its public/ folder, rewriting only what changed"));
    connect(build, &QAction::triggered, this, &MainWindow::buildSite);
    QAction *buildSettings = make("site.buildSettings", tr("Build &Settings\u2026"));
    buildSettings->setStatusTip(
        tr("Whether a Hugo or Jekyll site is built by its own generator, and with which command"));
    connect(buildSettings, &QAction::triggered, this, &MainWindow::showBuildSettings);
    QAction *publish = make("site.publish", tr("&Publish"), QKeySequence(tr("Ctrl+Shift+U")));
    publish->setStatusTip(tr("Build the site and send what changed to the blog's default publish target"));
    publish->setToolTip(tr("Publish the blog to its default target (%1)")
                            .arg(publish->shortcut().toString(QKeySequence::NativeText)));
    publish->setIcon(QIcon::fromTheme(QStringLiteral("document-send")));
    connect(publish, &QAction::triggered, this, [this] { publishSite(); });
    QAction *targets = make("site.publishTargets", tr("Publish Tar&gets\u2026"));
    targets->setStatusTip(tr("The places this blog publishes to, their passwords and a connection test"));
    connect(targets, &QAction::triggered, this, &MainWindow::showPublishTargets);
    QAction *importPosts = make("site.importPosts", tr("&Import Posts from Blog\u2026"));
    importPosts->setStatusTip(tr("Copy the posts of a WordPress or Ghost blog into this blog as Markdown"));
    connect(importPosts, &QAction::triggered, this, &MainWindow::importPosts);
    createPublishing();

    createHelpActions(); // mainwindowhelp.cpp
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const char *id) {
        menu->addAction(action(QString::fromLatin1(id)));
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "file.newBlog");
    add(file, "file.openBlog");
    file->addSeparator();
    add(file, "file.save");
    add(file, "file.closePost");
    file->addSeparator();
    add(file, "file.quit");

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, "edit.undo");
    add(edit, "edit.redo");
    edit->addSeparator();
    add(edit, "edit.cut");
    add(edit, "edit.copy");
    add(edit, "edit.paste");
    edit->addSeparator();
    add(edit, "edit.selectAll");
    edit->addSeparator();
    edit->addActions(m_editorPane->findActions());
    edit->addSeparator();
    edit->addMenu(m_spell->languageMenu()); // "Check Spelling" and the installed languages
    addAction(m_spell->enabledAction());    // findable by id like every command
    edit->addSeparator();
    add(edit, "edit.preferences");

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editor->formatActions());

    QMenu *post = menuBar()->addMenu(tr("&Post"));
    for (const char *id : {"post.new", "post.rename", "post.duplicate", "post.revealInFolder"})
        post->addAction(m_postActions->action(QString::fromLatin1(id)));
    post->addSeparator();
    post->addAction(m_postActions->action(QStringLiteral("post.delete")));
    post->addAction(m_postActions->action(QStringLiteral("post.undoDelete")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, "view.togglePostTree");
    add(view, "view.toggleOutline");
    add(view, "view.togglePreview");
    view->addAction(m_frontMatter->expandAction());
    add(view, "view.syncScroll");
    add(view, "view.remoteImages");
    add(view, "view.buildPanel"); // the build panel's own toggle (createBuildPanel)
    add(view, "view.previewSiteStyle");
    connectPreviewStyle(); // the preview exists by now
    view->addSeparator();
    add(view, "view.nextPost");
    add(view, "view.previousPost");
    view->addSeparator();
    add(view, "view.focusMode");
    view->addActions(m_editor->zoomActions());
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    add(appearance, "view.appearance.system");
    add(appearance, "view.appearance.light");
    add(appearance, "view.appearance.dark");

    QMenu *site = menuBar()->addMenu(tr("&Site"));
    add(site, "site.build");
    add(site, "site.buildSettings");
    site->addSeparator();
    add(site, "site.publish");
    site->addMenu(m_publishToMenu);
    add(site, "site.publishTargets");
    site->addSeparator();
    add(site, "site.importPosts");
    createToolBar();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "help.welcome");
    add(help, "help.shortcuts");
    help->addSeparator();
    add(help, "help.about");
    add(help, "help.aboutQt");
}

void MainWindow::chooseBlog()
{
    const QString start = blogRoot().isEmpty() ? QDir::homePath() : QFileInfo(blogRoot()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Blog"), start);
    if (folder.isEmpty())
        return;
    if (Result<void> opened = openBlog(folder); !opened)
        showError(tr("Could Not Open Blog"), tr("This folder could not be opened as a blog."),
                  opened.error());
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    SettingsDialog::BlogContext blog;
    if (m_index) {
        blog.root = blogRoot();
        blog.title = m_index->blog().settings().title;
        blog.language = m_index->blog().settings().language;
        if (const Result<PublishTargets> targets = PublishSession::readTargets(blog.root); targets) {
            for (const PublishTarget &target : targets.value().targets)
                blog.targets.append(target.name);
            if (const PublishTarget *byDefault = targets.value().defaultTarget())
                blog.defaultTarget = byDefault->name;
        } else {
            blog.targetsProblem = targets.error().toString();
        }
        blog.siteStyleAvailable = m_preview->siteStyleAvailable();
        blog.siteStyleByDefault = m_preview->siteStyleByDefault();
    }
    auto *dialog = new SettingsDialog(&m_settings, std::move(blog), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRunningLanguage(m_startLanguage);
    dialog->open();
}

void MainWindow::newBlog()
{
    auto *wizard = new NewBlogWizard(NewBlogWizard::Start::Choose, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (Result<void> opened = openBlog(wizard->blogPath()); !opened)
            showError(tr("Could Not Open Blog"), tr("This folder could not be opened as a blog."),
                      opened.error());
    });
    wizard->open();
}

} // namespace Postwright
