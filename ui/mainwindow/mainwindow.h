#pragma once

#include "blog/post.h"
#include "blog/recoveryjournal.h"
#include "markdown/outline.h"
#include "mainwindow/uisettings.h"
#include "site/buildoptions.h"
#include "util/result.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace Postwright {

class BlogIndex;
class BuildController;
class BuildPanel;
class MarkdownEditor;
class PostTreeModel;
class PostTreePanel;
class PreviewView;
class ProblemBar;
class ConflictBar;
class PostSession;
class PostTabs;
class EditorPane;
class FrontMatterPanel;
class ImageInserter;
class PostActions;
class SpellController;
class ColorScheme;
class OutlinePanel;
class ScrollSync;
class CredentialStore;
class PublishController;
class PublishStateCache;
class SettingsNotifier;
class BlogImportController;

// The writing window: post tree | editor | live preview. Owns the open blog (index and tree
// model) and the open post (its file, its bytes as loaded, the editor text), and is the one place
// that turns load and save errors into messages for the writer. Every command is a QAction with
// a stable objectName ("file.save", "view.togglePreview", ...) that menus, shortcuts and tests
// share.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a blog folder and its newest post. On failure the window keeps what it had.
    Result<void> openBlog(const QString &rootPath);
    // Shows a post in the editor, saving the current one first. Returns false (and says why)
    // when the current post could not be saved or the new one could not be read.
    bool openPost(const QString &filePath);
    // Saves the open post if modified; shows the error and keeps the text on failure.
    bool save();
    // The start screen (Help → Welcome; main.cpp on the first run), over this window.
    void showWelcome();

    QString blogRoot() const;
    QString currentFilePath() const;
    QAction *action(const QString &id) const;

    MarkdownEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    PostTreePanel *postTree() const { return m_postTree; }
    OutlinePanel *outline() const { return m_outline; }
    ProblemBar *problemBar() const { return m_problemBar; }
    BlogIndex *blogIndex() const { return m_index; }
    BuildController *buildController() const { return m_build; }
    BuildPanel *buildPanel() const { return m_buildPanel; }
    PostSession *session() const { return m_session; }
    PostTabs *postTabs() const { return m_tabs; }
    EditorPane *editorPane() const { return m_editorPane; }
    FrontMatterPanel *frontMatterPanel() const { return m_frontMatter; }
    PostActions *postActions() const { return m_postActions; }
    SpellController *spellController() const { return m_spell; }
    ImageInserter *imageInserter() const { return m_imageInserter; }
    ColorScheme *colorScheme() const { return m_colorScheme; }
    ConflictBar *conflictBar() const { return m_conflictBar; }
    const BuildReport &lastBuildReport() const { return m_lastBuildReport; }
    PublishController *publishController() const { return m_publish; }
    PublishStateCache *publishStates() const { return m_publishStates; }
    BlogImportController *blogImport() const { return m_import; }
    QToolBar *toolBar() const { return m_toolBar; }
    // What the GUI remembers; changes made through it are applied at once (applySetting).
    UiSettings &settings() { return m_settings; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();

    void chooseBlog();
    void newBlog(); // File → New Blog…: the wizard, then the blog it made or chose
    // Building, the build panel and build settings (mainwindowbuild.cpp).
    void createBuildPanel();
    void buildSite();
    void onBuildFinished(const BuildReport &report, const QString &outputPath);
    void openProblem(const QString &filePath, int line, int column);
    void showBuildSettings();
    // Help menu: welcome, keyboard shortcuts, about (mainwindowhelp.cpp).
    void createHelpActions();
    void showShortcuts();
    void showAbout();
    Result<void> saveCurrentPost();
    void showError(const QString &title, const QString &what, const SourceError &error);
    void clearPost();
    void showOpenedPost();
    void onTextChanged();
    void updatePostInfo();
    struct PostInfo
    {
        Post post;
        int words = 0;
        int characters = 0;
        QList<OutlineHeading> headings;
    };
    void showPostInfo(const PostInfo &info);
    static QString statisticsText(int words, int characters);
    void updateStatistics();
    void updateWindowTitle();
    QString newestPostPath() const;
    // Crash recovery and other programs' changes (mainwindowrecovery.cpp).
    void offerRecovery();
    void restoreRecovered(const RecoveryEntry &entry);
    void onConflictChanged();
    void compareVersions();
    void onSaved(const QString &filePath);
    // Post management, images, spelling and the front matter form (mainwindowposts.cpp).
    void createWritingTools();
    void setUpBlogTools(BlogIndex *index);
    void updateVocabulary();
    Result<QString> ensureBundle();
    void onPostMoved(const QString &oldPath, const QString &newPath);
    void onPostRewritten(const QString &filePath);
    void onPostDeleted(const QString &filePath);
    // Open posts, focus mode and appearance (mainwindowview.cpp).
    void closePostTab(const QString &filePath);
    void cycleOpenPosts(int step);
    void rememberCurrentPlace();
    void restorePlace();
    void setFocusMode(bool on);
    void applyAppearance(const QString &mode);
    // Preferences (Edit ▸ Preferences…): the dialog, and each setting applied as it changes.
    void showPreferences();
    void connectSettings();
    void applySetting(const QString &key);
    void applyEditorFont();
    // The preview in the site's own style or the built-in theme (view.previewSiteStyle).
    void connectPreviewStyle();
    void updatePreviewStyleAction();
    // Publishing and its targets (mainwindowpublish.cpp).
    void createPublishing();
    void createToolBar();
    // targetName empty: where the writer's Preferences say (the blog's default unless chosen).
    void publishSite(const QString &targetName = {});
    void askPublishTarget(const QStringList &names);
    void showPublishTargets();
    void fillPublishToMenu();
    void onPublishRunningChanged(bool running);
    void loadPublishStates();
    void importPosts();

    UiSettings m_settings;
    SettingsNotifier *m_settingsNotifier = nullptr;
    QString m_startLanguage; // the interface language main.cpp installed
    BlogIndex *m_index = nullptr;
    PostTreeModel *m_model = nullptr;

    QSplitter *m_splitter = nullptr;
    PostTreePanel *m_postTree = nullptr;
    ProblemBar *m_problemBar = nullptr;
    MarkdownEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QProgressBar *m_buildProgress = nullptr;
    BuildController *m_build = nullptr;
    BuildPanel *m_buildPanel = nullptr;
    BuildReport m_lastBuildReport;
    QTimer m_postInfoTimer;
    quint64 m_postInfoRequest = 0;

    QAction *m_saveAction = nullptr;
    QAction *m_togglePostTreeAction = nullptr;
    QAction *m_togglePreviewAction = nullptr;
    QAction *m_syncScrollAction = nullptr;
    ScrollSync *m_scrollSync = nullptr;
    QString m_postStatistics; // words, characters and reading time of the open post
    OutlinePanel *m_outline = nullptr;
    QSplitter *m_sidebar = nullptr;
    QAction *m_toggleOutlineAction = nullptr;

    PostSession *m_session = nullptr; // the open post's file, autosave, journal, disk watch
    ConflictBar *m_conflictBar = nullptr;
    PostTabs *m_tabs = nullptr;
    EditorPane *m_editorPane = nullptr;
    FrontMatterPanel *m_frontMatter = nullptr;
    PostActions *m_postActions = nullptr;
    ImageInserter *m_imageInserter = nullptr;
    SpellController *m_spell = nullptr;
    ColorScheme *m_colorScheme = nullptr;
    QAction *m_focusModeAction = nullptr;
    CredentialStore *m_credentials = nullptr; // publish targets' secrets in the system keychain
    PublishController *m_publish = nullptr;
    PublishStateCache *m_publishStates = nullptr; // the post tree's blog API badges
    BlogImportController *m_import = nullptr;
    QMenu *m_publishToMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    struct BeforeFocusMode
    {
        bool sidebar = true;
        bool preview = true;
        bool statusBar = true;
        bool menuBar = true;
        Qt::WindowStates windowState;
    } m_beforeFocusMode;
    Post m_post;             // what the editor's current text says (title, date, front matter error)
    bool m_loading = false;
};

} // namespace Postwright
