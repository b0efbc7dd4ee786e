// MainWindow's open posts (tabs), focus mode, light/dark appearance, the preview's style, and
// the settings applied as they change (Preferences, View menu toggles).

#include "mainwindow/mainwindow.h"

#include "blog/blogindex.h"
#include "blog/sitetoolsettings.h"
#include "editor/markdowneditor.h"
#include "editor/spellcontroller.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/colorscheme.h"
#include "mainwindow/postsession.h"
#include "mainwindow/posttabs.h"
#include "mainwindow/settingsnotifier.h"
#include "posttree/posttreepanel.h"
#include "preview/previewview.h"

#include <QAction>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>

namespace Postwright {

void MainWindow::rememberCurrentPlace()
{
    if (!m_session->isOpen())
        return;
    m_tabs->rememberPlace(m_session->filePath(),
                          {m_editor->textCursor().position(), m_editor->verticalScrollBar()->value()});
}

void MainWindow::restorePlace()
{
    const PostTabs::Place place = m_tabs->place(m_session->filePath());
    if (place.cursor < 0)
        return; // first visit: loadText put the cursor at the start of the body
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(place.cursor, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(place.scroll);
}

void MainWindow::closePostTab(const QString &filePath)
{
    if (filePath.isEmpty())
        return;
    if (filePath != m_session->filePath()) {
        m_tabs->removePost(filePath); // saved when it was switched away from
        return;
    }
    if (!save())
        return; // save() said why; the tab stays
    const QString neighbour = m_tabs->neighbourOf(filePath);
    m_tabs->removePost(filePath);
    if (neighbour.isEmpty() || !openPost(neighbour))
        clearPost();
}

void MainWindow::cycleOpenPosts(int step)
{
    const int count = m_tabs->count();
    if (count < 2)
        return;
    const int index = m_tabs->indexOf(m_session->filePath());
    openPost(m_tabs->postAt(((index < 0 ? 0 : index) + step + count) % count));
}

void MainWindow::setFocusMode(bool on)
{
    // Only the text: no lists, preview, bars or menus, the whole screen; the editor keeps its
    // centred column. Everything comes back as it was.
    if (on) {
        m_beforeFocusMode = {m_sidebar->isVisible(), m_preview->isVisible(), statusBar()->isVisible(),
                             menuBar()->isVisible(), windowState()};
        m_sidebar->hide();
        m_preview->hide();
        statusBar()->hide();
        menuBar()->hide();
        m_tabs->hide();
        showFullScreen();
        m_editor->setFocus();
    } else {
        m_sidebar->setVisible(m_beforeFocusMode.sidebar);
        m_preview->setVisible(m_beforeFocusMode.preview);
        statusBar()->setVisible(m_beforeFocusMode.statusBar);
        menuBar()->setVisible(m_beforeFocusMode.menuBar);
        m_tabs->setVisible(m_tabs->count() > 0);
        setWindowState(m_beforeFocusMode.windowState & ~Qt::WindowFullScreen);
    }
    if (m_focusModeAction->isChecked() != on)
        m_focusModeAction->setChecked(on);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc reaches the window only when nothing inside wanted it (the find bar closes itself).
    if (event->key() == Qt::Key_Escape && m_focusModeAction->isChecked()) {
        setFocusMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::applyAppearance(const QString &mode)
{
    m_colorScheme->setMode(mode == u"dark"    ? ColorScheme::Mode::Dark
                           : mode == u"light" ? ColorScheme::Mode::Light
                                              : ColorScheme::Mode::System);
}

void MainWindow::connectSettings()
{
    // What the window applies only from the settings; the rest was set up with its widget.
    applyEditorFont();
    m_session->setAutosaveDelay(m_settings.value(SettingsTable::autosaveSeconds) * 1000);
    m_spell->setEnabled(m_settings.value(SettingsTable::spellCheck));
    connect(m_spell->enabledAction(), &QAction::toggled, this,
            [this](bool on) { m_settings.setValue(SettingsTable::spellCheck, on); });
    connect(m_settingsNotifier, &SettingsNotifier::changed, this, &MainWindow::applySetting);
}

void MainWindow::applySetting(const QString &key)
{
    using T = SettingsTable;
    if (key == T::editorFontFamily.key || key == T::editorFontSize.key) {
        applyEditorFont();
    } else if (key == T::autosaveSeconds.key) {
        m_session->setAutosaveDelay(m_settings.value(T::autosaveSeconds) * 1000);
    } else if (key == T::spellCheck.key) {
        m_spell->setEnabled(m_settings.value(T::spellCheck));
    } else if (key == T::syncScroll.key) {
        m_syncScrollAction->setChecked(m_settings.syncScroll()); // ScrollSync follows the action
    } else if (key == T::remoteImages.key) {
        action(QStringLiteral("view.remoteImages"))->setChecked(m_settings.remoteImages());
        m_preview->setRemoteImagesAllowed(m_settings.remoteImages());
    } else if (key == T::appearance.key) {
        const QString mode = m_settings.appearance();
        action(QStringLiteral("view.appearance.") + mode)->setChecked(true);
        applyAppearance(mode);
    } else if (m_index && key == T::spellLanguage.of(blogRoot()).key) {
        const QString chosen = m_settings.spellLanguage(blogRoot());
        const QString language = chosen.isEmpty() ? m_index->blog().settings().language : chosen;
        if (language != m_spell->language()) // the Spelling menu has set it already
            m_spell->setLanguage(language);
    } else if (m_index && key == T::previewSiteStyle.of(blogRoot()).key) {
        m_preview->setSiteStyleEnabled(
            m_settings.previewSiteStyle(blogRoot()).value_or(m_preview->siteStyleByDefault()));
    }
    // The interface language is installed at start (the dialog says so); the publish target is
    // read when Publish is triggered.
}

void MainWindow::applyEditorFont()
{
    m_editor->setBaseFont(m_settings.value(SettingsTable::editorFontFamily),
                          m_settings.value(SettingsTable::editorFontSize));
}

void MainWindow::connectPreviewStyle()
{
    // The writer's choice per site lives in the window's settings, and only where it differs from
    // what the site's postwright.yaml asks for: Postwright does not write the site's files for it.
    m_preview->setSiteStylePreference([this](const QString &root) { return m_settings.previewSiteStyle(root); });
    connect(action(QStringLiteral("view.previewSiteStyle")), &QAction::triggered, this, [this](bool on) {
        const bool byDefault = m_preview->siteStyleByDefault();
        m_settings.setPreviewSiteStyle(blogRoot(), on == byDefault ? std::nullopt : std::optional<bool>(on));
        m_preview->setSiteStyleEnabled(on);
    });
    connect(m_preview, &PreviewView::siteStyleChanged, this, &MainWindow::updatePreviewStyleAction);
    // A build may link other stylesheets, or rewrite them (the preview also watches the files).
    connect(m_build, &BuildController::finished, m_preview, [this] { m_preview->reloadSiteStyle(); });
    updatePreviewStyleAction();
}

void MainWindow::updatePreviewStyleAction()
{
    QAction *siteStyle = action(QStringLiteral("view.previewSiteStyle"));
    const SiteStyleSheets &found = m_preview->siteStyleSheets();
    siteStyle->setEnabled(m_preview->siteStyleAvailable());
    siteStyle->setChecked(m_preview->usesSiteStyle());
    const QString settingsFile = m_index ? QFileInfo(SiteToolSettings::filePath(m_index->blog().layout())).fileName()
                                         : QStringLiteral("postwright.yaml");
    QString tip;
    if (found.isEmpty()) {
        tip = tr("No stylesheets of the site were found, so the preview uses the built-in theme. Build the site, "
                 "or name them in %1 (preview: css:).")
                  .arg(settingsFile);
    } else {
        QStringList sheets;
        QStringList places;
        for (const SiteStyleSheets::Sheet &sheet : found.sheets()) {
            sheets.append(sheet.urlPath);
            if (!places.contains(sheet.foundIn))
                places.append(sheet.foundIn);
        }
        tip = tr("Show posts with the site's own stylesheets instead of the built-in theme: %1 (from %2)")
                  .arg(sheets.join(QStringLiteral(", ")), places.join(QStringLiteral(", ")));
        for (const QString &note : found.notes())
            tip += u'\n' + note;
    }
    if (const QString problem = m_preview->siteStyleProblem(); !problem.isEmpty())
        tip += u'\n' + tr("The preview settings could not be read: %1").arg(problem);
    siteStyle->setStatusTip(tip);
    siteStyle->setToolTip(tip);
}

} // namespace Postwright
