#include "mainwindow/mainwindow.h"

#include "blog/blogindex.h"
#include "blog/frontmatter.h"
#include "blog/posttreemodel.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/editorpane.h"
#include "editor/problembar.h"
#include "frontmatter/frontmatterpanel.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/colorscheme.h"
#include "mainwindow/conflictbar.h"
#include "mainwindow/postsession.h"
#include "mainwindow/posttabs.h"
#include "mainwindow/scrollsync.h"
#include "outline/outlinepanel.h"
#include "posttree/postactions.h"
#include "posttree/posttreepanel.h"
#include "preview/previewview.h"
#include "site/htmlsummary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {

// Default proportions of post tree | editor | preview.
constexpr double kTreeShare = 0.22;
constexpr double kEditorShare = 0.39;

// Characters as a writer counts them: line breaks are not characters.
int countCharacters(QStringView text)
{
    return int(text.size() - text.count(u'\n') - text.count(QChar::ParagraphSeparator) - text.count(QChar::LineSeparator));
}

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c == u'\'' || c == u'’';
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_settingsNotifier = new SettingsNotifier(this);
    m_settings.setNotifier(m_settingsNotifier);
    m_startLanguage = m_settings.value(SettingsTable::uiLanguage);
    m_build = new BuildController(this);
    m_colorScheme = new ColorScheme(this);
    createActions();
    createCentralWidget();
    createWritingTools();
    createBuildPanel();
    createMenus();
    createStatusBar();

    // Front matter is re-read shortly after typing stops: the title bar, the preview header and
    // the problem bar follow the text without parsing YAML on every keystroke.
    m_postInfoTimer.setSingleShot(true);
    m_postInfoTimer.setInterval(300);
    connect(&m_postInfoTimer, &QTimer::timeout, this, &MainWindow::updatePostInfo);

    restoreLayout();
    applyAppearance(m_settings.appearance());
    connectSettings();
    clearPost();
}

MainWindow::~MainWindow()
{
    // The tree views the model; the model follows the index. Tear down in that order.
    m_postTree->setSourceModel(nullptr);
    delete m_model;
    delete m_index;
}

QAction *MainWindow::action(const QString &id) const
{
    return findChild<QAction *>(id);
}

void MainWindow::createCentralWidget()
{
    m_postTree = new PostTreePanel(this);
    m_editorPane = new EditorPane(this);
    m_editor = m_editorPane->editor();
    m_problemBar = new ProblemBar(this);
    m_conflictBar = new ConflictBar(this);
    m_session = new PostSession(m_editor, this);
    m_tabs = new PostTabs(this);
    m_tabs->hide();
    m_preview = new PreviewView(this);
    m_preview->setTextSource([editor = m_editor] { return editor->markdown(); });
    m_preview->setRemoteImagesAllowed(m_settings.remoteImages());

    // Above the text: open posts, then what needs the writer's attention, then the post's form.
    m_frontMatter = new FrontMatterPanel(this);
    m_frontMatter->attach(m_editor);
    m_editorPane->addBar(m_tabs);
    m_editorPane->addBar(m_conflictBar);
    m_editorPane->addBar(m_problemBar);
    m_editorPane->addBar(m_frontMatter);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    // The post list above the open post's outline.
    m_outline = new OutlinePanel(this);
    m_sidebar = new QSplitter(Qt::Vertical, this);
    m_sidebar->setObjectName(QStringLiteral("sidebarSplitter"));
    m_sidebar->setChildrenCollapsible(false);
    m_sidebar->setHandleWidth(1);
    m_sidebar->addWidget(m_postTree);
    m_sidebar->addWidget(m_outline);
    m_sidebar->setStretchFactor(0, 3);
    m_sidebar->setStretchFactor(1, 1);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_editorPane);
    m_splitter->addWidget(m_preview);
    // Growing the window widens the text panes; the post list keeps its width.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    setCentralWidget(m_splitter);

    connect(m_postTree, &PostTreePanel::postSelected, this, &MainWindow::openPost);
    connect(m_problemBar, &ProblemBar::goToRequested, m_editor, &MarkdownEditor::goToLine);
    connect(m_session, &PostSession::saved, this, &MainWindow::onSaved);
    connect(m_tabs, &PostTabs::postRequested, this, [this](const QString &filePath) {
        if (!openPost(filePath)) // the open post could not be saved: its tab stays current
            m_tabs->showPost(m_session->filePath(), m_post.displayTitle());
    });
    connect(m_tabs, &PostTabs::closeRequested, this, &MainWindow::closePostTab);
    connect(m_session, &PostSession::conflictChanged, this, &MainWindow::onConflictChanged);
    connect(m_session, &PostSession::reloadedFromDisk, this, [this] {
        statusBar()->showMessage(tr("Reloaded: another program changed the file."), 5000);
    });
    connect(m_session, &PostSession::autosaveFailed, this, [this](const SourceError &error) {
        statusBar()->showMessage(tr("Autosave failed: %1 — your text is kept in the recovery journal.").arg(error.toString()));
    });
    connect(m_session, &PostSession::journalFailed, this, [this](const SourceError &error) {
        statusBar()->showMessage(tr("Could not write the recovery journal: %1").arg(error.toString()));
    });
    connect(m_conflictBar, &ConflictBar::keepMineRequested, this, [this] {
        if (Result<void> kept = m_session->keepMine(); !kept)
            showError(tr("Could Not Save"), tr("Your text could not be saved. It is still in the editor."), kept.error());
    });
    connect(m_conflictBar, &ConflictBar::takeTheirsRequested, m_session, &PostSession::takeTheirs);
    connect(m_conflictBar, &ConflictBar::compareRequested, this, &MainWindow::compareVersions);
    connect(m_conflictBar, &ConflictBar::closeRequested, this, [this] {
        m_session->journal().remove(m_session->filePath());
        m_tabs->removePost(m_session->filePath());
        clearPost();
    });
    const auto updateSidebar = [this] {
        m_postTree->setVisible(m_togglePostTreeAction->isChecked());
        m_outline->setVisible(m_toggleOutlineAction->isChecked());
        m_sidebar->setVisible(m_togglePostTreeAction->isChecked() || m_toggleOutlineAction->isChecked());
    };
    connect(m_togglePostTreeAction, &QAction::toggled, this, updateSidebar);
    connect(m_toggleOutlineAction, &QAction::toggled, this, updateSidebar);
    // A heading clicked: the editor's cursor goes there and the preview shows it at its top.
    connect(m_outline, &OutlinePanel::headingActivated, this, [this](int line) {
        m_editor->goToLine(line);
        m_preview->scrollToLine(line, false);
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_loading)
            m_outline->setCurrentLine(m_editor->cursorLine());
    });
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, [this] {
        if (!m_loading && !m_postStatistics.isEmpty())
            updateStatistics();
    });
    connect(m_togglePreviewAction, &QAction::toggled, m_preview, &QWidget::setVisible);

    m_scrollSync = new ScrollSync(m_editor, m_preview, [this] { return m_loading; }, this);
    m_scrollSync->setEnabled(m_syncScrollAction->isChecked());
    connect(m_syncScrollAction, &QAction::toggled, m_scrollSync, &ScrollSync::setEnabled);

    QTextDocument *document = m_editor->document();
    connect(document, &QTextDocument::contentsChanged, this, &MainWindow::onTextChanged);
    connect(document, &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);

    // Edit actions act on the editor and follow what it can do right now.
    QAction *undo = action(QStringLiteral("edit.undo"));
    QAction *redo = action(QStringLiteral("edit.redo"));
    QAction *cut = action(QStringLiteral("edit.cut"));
    QAction *copy = action(QStringLiteral("edit.copy"));
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(cut, &QAction::triggered, m_editor, &QPlainTextEdit::cut);
    connect(copy, &QAction::triggered, m_editor, &QPlainTextEdit::copy);
    connect(action(QStringLiteral("edit.paste")), &QAction::triggered, m_editor, &QPlainTextEdit::paste);
    connect(action(QStringLiteral("edit.selectAll")), &QAction::triggered, m_editor,
            &QPlainTextEdit::selectAll);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, cut, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, copy, &QAction::setEnabled);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("statusProblem"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_problemLabel->setMinimumWidth(50);
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(QStringLiteral("statusWords"));

    m_buildProgress = new QProgressBar(this);
    m_buildProgress->setObjectName(QStringLiteral("statusBuildProgress"));
    m_buildProgress->setMaximumWidth(180);
    m_buildProgress->setFormat(tr("Building %p%"));
    m_buildProgress->hide();

    statusBar()->addWidget(m_pathLabel);
    statusBar()->addWidget(m_problemLabel, 1);
    statusBar()->addPermanentWidget(m_buildProgress);
    statusBar()->addPermanentWidget(m_wordsLabel);

    connect(m_build, &BuildController::progress, this, [this](int done, int total) {
        m_buildProgress->setMaximum(total);
        m_buildProgress->setValue(done);
    });
    connect(m_build, &BuildController::finished, this, &MainWindow::onBuildFinished);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First run: large enough for three panes, never larger than the screen.
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1400, 900).boundedTo(available.size() * 0.95);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(m_settings.windowState());

    const bool restored = m_splitter->restoreState(m_settings.splitterState());
    const QList<int> sizes = m_splitter->sizes();
    if (!restored || sizes.size() != 3 || sizes.contains(0)) {
        const int width = this->width();
        const int tree = int(width * kTreeShare);
        const int editorWidth = int(width * kEditorShare);
        m_splitter->setSizes({tree, editorWidth, width - tree - editorWidth});
    }
    m_togglePostTreeAction->setChecked(m_settings.postTreeVisible());
    m_toggleOutlineAction->setChecked(m_settings.outlineVisible());
    m_togglePreviewAction->setChecked(m_settings.previewVisible());
    m_postTree->setVisible(m_togglePostTreeAction->isChecked());
    m_outline->setVisible(m_toggleOutlineAction->isChecked());
    m_sidebar->setVisible(m_togglePostTreeAction->isChecked() || m_toggleOutlineAction->isChecked());
    m_preview->setVisible(m_togglePreviewAction->isChecked());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setPostTreeVisible(m_togglePostTreeAction->isChecked());
    m_settings.setOutlineVisible(m_toggleOutlineAction->isChecked());
    m_settings.setPreviewVisible(m_togglePreviewAction->isChecked());
    // A hidden pane has no size to remember; keep the last proportions taken with all three.
    if (!m_postTree->isHidden() && !m_preview->isHidden())
        m_settings.setSplitterState(m_splitter->saveState());
}

Result<void> MainWindow::openBlog(const QString &rootPath)
{
    Result<Blog> blog = Blog::open(rootPath);
    if (!blog)
        return blog.error();
    if (Result<void> saved = saveCurrentPost(); !saved)
        return saved.error();

    auto *index = new BlogIndex(std::move(blog).value(), this);
    auto *model = new PostTreeModel(index, this);
    m_postTree->setSourceModel(model);
    clearPost();
    delete m_model;
    delete m_index;
    m_index = index;
    m_model = model;

    m_tabs->clearPosts();
    m_session->setBlogRoot(index->blog().rootPath());
    setUpBlogTools(index);
    m_preview->setBlog(index->blog().rootPath(), index->blog().staticPath());
    m_settings.setLastBlogPath(index->blog().rootPath());
    m_postTree->setBlogTitle(index->blog().settings().title);
    loadPublishStates();
    updateWindowTitle();
    if (const QString newest = newestPostPath(); !newest.isEmpty() && openPost(newest))
        m_editor->setFocus(); // ready to type
    offerRecovery();
    return {};
}

bool MainWindow::openPost(const QString &filePath)
{
    if (filePath == m_session->filePath())
        return true;
    if (Result<void> saved = saveCurrentPost(); !saved) {
        showError(tr("Could Not Save"), tr("The open post could not be saved, so it stays open."),
                  saved.error());
        m_postTree->selectPath(m_session->filePath());
        return false;
    }
    rememberCurrentPlace();
    m_loading = true; // loading is not an edit: no preview update from contentsChanged
    Result<void> opened = m_session->open(filePath);
    m_loading = false;
    if (!opened) {
        showError(tr("Could Not Open"), tr("The post could not be read."), opened.error());
        m_postTree->selectPath(m_session->filePath());
        return false;
    }
    showOpenedPost();
    return true;
}

void MainWindow::showOpenedPost()
{
    const QString filePath = m_session->filePath();
    m_editor->setReadOnly(false);
    m_editor->setPlaceholderText(tr("Write your post in Markdown…"));
    const QString relativePath = QDir(blogRoot()).relativeFilePath(filePath);
    m_preview->showPost(relativePath, m_editor->markdown());
    m_postTree->selectPath(filePath);
    m_pathLabel->setText(relativePath);
    m_tabs->showPost(filePath, Post::fromText(m_editor->markdown(), filePath, blogRoot()).displayTitle());
    m_postActions->setCurrentPost(filePath);
    m_tabs->setVisible(!m_focusModeAction->isChecked());
    restorePlace();
    onConflictChanged();
    updatePostInfo();
}

bool MainWindow::save()
{
    if (Result<void> saved = saveCurrentPost(); !saved) {
        showError(tr("Could Not Save"), tr("The post could not be saved. Your text is still in the editor."),
                  saved.error());
        return false;
    }
    return true;
}

QString MainWindow::blogRoot() const
{
    return m_index ? m_index->blog().rootPath() : QString();
}

Result<void> MainWindow::saveCurrentPost()
{
    return m_session->save();
}

QString MainWindow::currentFilePath() const
{
    return m_session->filePath();
}

void MainWindow::showError(const QString &title, const QString &what, const SourceError &error)
{
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box.setInformativeText(error.toString());
    box.exec();
}

void MainWindow::clearPost()
{
    m_session->close();
    m_post = {};
    m_loading = true;
    m_editor->loadText({});
    m_loading = false;
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(tr("Choose a post from the list."));
    m_preview->showPost({}, {});
    m_problemBar->setProblem(std::nullopt);
    m_outline->setHeadings({});
    m_pathLabel->clear();
    m_problemLabel->clear();
    m_wordsLabel->clear();
    m_postStatistics.clear();
    m_postTree->selectPath({});
    m_postActions->setCurrentPost({});
    m_tabs->setVisible(m_tabs->count() > 0 && !m_focusModeAction->isChecked());
    updateWindowTitle();
}

void MainWindow::onTextChanged()
{
    if (m_loading)
        return;
    m_preview->notePostTextChanged(); // the text is copied when a render starts, not per key
    m_postInfoTimer.start();
}

void MainWindow::updatePostInfo()
{
    if (!m_session->isOpen())
        return;
    const QString text = m_editor->markdown();
    const auto examine = [text, path = m_session->filePath(), root = blogRoot()] {
        PostInfo info;
        info.post = Post::fromText(text, path, root);
        const FrontMatterSplit split = FrontMatter::split(text);
        info.words = countWords(QStringView(text).mid(split.bodyOffset));
        info.characters = countCharacters(QStringView(text).mid(split.bodyOffset));
        info.headings = Outline::headings(text);
        return info;
    };
    // A long post is read on a worker (a 10 MB one takes tens of milliseconds); a result for
    // another post or an older text is dropped.
    ++m_postInfoRequest;
    if (text.size() <= MarkdownHighlighter::progressiveSize) {
        showPostInfo(examine());
        return;
    }
    auto *watcher = new QFutureWatcher<PostInfo>(this);
    connect(watcher, &QFutureWatcher<PostInfo>::finished, this,
            [this, watcher, request = m_postInfoRequest, path = m_session->filePath()] {
                watcher->deleteLater();
                if (request == m_postInfoRequest && path == m_session->filePath())
                    showPostInfo(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(examine));
}

void MainWindow::showPostInfo(const PostInfo &info)
{
    m_post = info.post;
    m_outline->setHeadings(info.headings);
    m_outline->setCurrentLine(m_editor->cursorLine());
    std::optional<SourceError> problem = m_post.error;
    if (!problem && m_session->document().encodingError())
        problem = m_session->document().encodingError();
    if (problem && !problem->file.isEmpty())
        problem->file = QDir(blogRoot()).relativeFilePath(problem->file);
    m_problemBar->setProblem(problem);
    m_problemLabel->setText(problem ? problem->toString() : QString());
    m_postStatistics = statisticsText(info.words, info.characters);
    updateStatistics();
    updateWindowTitle();
}

QString MainWindow::statisticsText(int words, int characters)
{
    // Spelled out rather than tr("%n word(s)"): that needs a shipped English translation to
    // read well, and there is none yet. Reading time as the site shows it.
    const QString wordText = words == 1 ? tr("1 word") : tr("%L1 words").arg(words);
    const QString characterText = characters == 1 ? tr("1 character") : tr("%L1 characters").arg(characters);
    return tr("%1 · %2 · %3 min read").arg(wordText, characterText).arg(HtmlSummary::readingMinutes(words));
}

void MainWindow::updateStatistics()
{
    // With a selection, its own counts come first: writers check the length of a passage.
    const QString selected = m_editor->textCursor().selectedText();
    if (selected.isEmpty()) {
        m_wordsLabel->setText(m_postStatistics);
        return;
    }
    const int words = countWords(selected);
    const int characters = countCharacters(selected);
    m_wordsLabel->setText(tr("Selection: %1, %2 — Post: %3")
                              .arg(words == 1 ? tr("1 word") : tr("%L1 words").arg(words),
                                   characters == 1 ? tr("1 character") : tr("%L1 characters").arg(characters),
                                   m_postStatistics));
}

void MainWindow::updateWindowTitle()
{
    const QString blogTitle = m_index ? m_index->blog().settings().title : QString();
    if (!m_session->isOpen()) {
        setWindowTitle(blogTitle.isEmpty() ? tr("Postwright") : tr("%1 — Postwright").arg(blogTitle));
        return;
    }
    setWindowTitle(tr("%1[*] — %2 — Postwright").arg(m_post.displayTitle(), blogTitle));
    m_tabs->setTitle(m_session->filePath(), m_post.displayTitle());
    setWindowModified(m_editor->document()->isModified());
}

QString MainWindow::newestPostPath() const
{
    // The model sorts each category newest first; the newest post overall heads one of them.
    QString newest;
    QDateTime newestDate;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QModelIndex category = m_model->index(row, 0);
        if (m_model->rowCount(category) == 0)
            continue;
        const QModelIndex first = m_model->index(0, 0, category);
        const QDateTime date = first.data(PostTreeModel::DateRole).toDateTime();
        if (newest.isEmpty() || (date.isValid() && (!newestDate.isValid() || date > newestDate))) {
            newest = first.data(PostTreeModel::FilePathRole).toString();
            newestDate = date;
        }
    }
    return newest;
}

} // namespace Postwright
