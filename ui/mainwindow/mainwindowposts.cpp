// MainWindow's writing tools beyond the text itself: post management in the tree (new,
// rename, move, duplicate, trash), images dropped or pasted into a post, spell checking and the
// front matter form. Each tool is its own class; this is where the window connects them to the
// open post.

#include "mainwindow/mainwindow.h"

#include "blog/blogindex.h"
#include "blog/postbundle.h"
#include "editor/editorpane.h"
#include "editor/imageinserter.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/spellcontroller.h"
#include "frontmatter/frontmatterpanel.h"
#include "mainwindow/postsession.h"
#include "mainwindow/posttabs.h"
#include "posttree/postactions.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "posttree/undobar.h"
#include "preview/previewview.h"
#include "spell/personaldictionary.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Postwright {

void MainWindow::createWritingTools()
{
    // Post management: the tree's context menu, drag and drop, and the Post menu.
    m_postActions = new PostActions(this);
    m_postActions->attachTo(m_postTree->view());
    m_postActions->setSaveOpenPost([this] { return save(); });
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_postTree->layout()))
        layout->insertWidget(1, m_postActions->undoBar());
    connect(m_postActions, &PostActions::postCreated, this, [this](const QString &path) {
        if (openPost(path))
            m_editor->setFocus();
    });
    connect(m_postActions, &PostActions::postRestored, this, &MainWindow::openPost);
    connect(m_postActions, &PostActions::postMoved, this, &MainWindow::onPostMoved);
    connect(m_postActions, &PostActions::postRewritten, this, &MainWindow::onPostRewritten);
    connect(m_postActions, &PostActions::postDeleted, this, &MainWindow::onPostDeleted);
    connect(m_postActions, &PostActions::errorOccurred, this,
            [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); });

    // Images dropped or pasted into the text land in the post's bundle.
    m_imageInserter = new ImageInserter(this);
    m_imageInserter->setEnsureBundle([this] { return ensureBundle(); });
    connect(m_imageInserter, &ImageInserter::errorOccurred, this,
            [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); });
    m_editor->setMimeHandler(
        [this](const QMimeData *mime, QTextCursor cursor) { return m_imageInserter->handle(mime, cursor); });

    // Spelling: one personal dictionary for the user, the language per blog.
    auto personal = std::make_shared<PersonalDictionary>();
    if (Result<void> loaded = personal->load(); !loaded)
        statusBar()->showMessage(tr("Your personal dictionary could not be read: %1").arg(loaded.error().toString()));
    m_spell = new SpellController(m_editor, m_editor->highlighter(), personal, m_editor);
    connect(m_spell, &SpellController::statusChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text, 10000);
    });
    connect(m_spell, &SpellController::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Spelling"), message); });
    connect(m_spell, &SpellController::languageChosen, this,
            [this](const QString &tag) { m_settings.setSpellLanguage(blogRoot(), tag); });

    m_editor->setZoomPercent(m_settings.editorZoom());
    connect(m_editor, &MarkdownEditor::zoomChanged, this, [this](int percent) { m_settings.setEditorZoom(percent); });

    m_frontMatter->expandAction()->setChecked(m_settings.frontMatterExpanded());
    connect(m_frontMatter->expandAction(), &QAction::toggled, this,
            [this](bool expanded) { m_settings.setFrontMatterExpanded(expanded); });
}

void MainWindow::setUpBlogTools(BlogIndex *index)
{
    m_postActions->setBlog(&index->blog(), index);
    const BlogSettings &settings = index->blog().settings();
    const QString chosen = m_settings.spellLanguage(index->blog().rootPath());
    m_spell->setLanguage(chosen.isEmpty() ? settings.language : chosen);
    m_editor->highlighter()->setMathEnabled(settings.math);
    connect(index, &BlogIndex::reloaded, this, &MainWindow::updateVocabulary);
    connect(index, &BlogIndex::postAdded, this, &MainWindow::updateVocabulary);
    connect(index, &BlogIndex::postChanged, this, &MainWindow::updateVocabulary);
    updateVocabulary();
}

void MainWindow::updateVocabulary()
{
    // Categories and tags the blog already uses: the form offers them, and new posts pick from them.
    QStringList categories;
    QStringList tags;
    for (const Post &post : m_index->posts()) {
        categories += post.metadata.categories;
        tags += post.metadata.tags;
    }
    m_frontMatter->setVocabulary(categories, tags);
}

Result<QString> MainWindow::ensureBundle()
{
    const QString path = m_session->filePath();
    if (path.isEmpty())
        return SourceError{{}, 0, 0, tr("Open a post before adding images.")};
    if (QFileInfo(path).fileName() == u"index.md")
        return QFileInfo(path).absolutePath();
    // NAME.md becomes NAME/index.md, its URL unchanged: saved first, so the file holds the text.
    if (Result<void> saved = saveCurrentPost(); !saved)
        return saved.error();
    Result<BundleConversion> converted = PostBundle::convertToBundle(path, m_editor->markdown());
    if (!converted)
        return converted.error();
    const BundleConversion &bundle = converted.value();
    m_session->setFilePath(bundle.newPath);
    // Only the links that moved change in the editor: cursor, scroll and undo history stay.
    ImageInserter::applyEdits(m_editor->document(), bundle.edits);
    m_session->adoptFile();
    m_editor->document()->setModified(false); // the file already holds this text
    onPostMoved(path, bundle.newPath);
    return QFileInfo(bundle.newPath).absolutePath();
}

void MainWindow::onPostMoved(const QString &oldPath, const QString &newPath)
{
    const bool open = oldPath == m_session->filePath() || newPath == m_session->filePath();
    if (open)
        m_session->setFilePath(newPath);
    // New row first and selected, then the old row goes: the tree never sees the open post's
    // row vanish (it would take that for the writer choosing another post).
    if (m_index)
        m_index->refreshFile(newPath);
    if (open)
        m_postTree->selectPath(newPath);
    if (m_index)
        m_index->refreshFile(oldPath);
    m_tabs->renamePost(oldPath, newPath, Post::load(newPath, blogRoot()).displayTitle());
    if (!open)
        return;
    m_postActions->setCurrentPost(newPath);
    const QString relativePath = QDir(blogRoot()).relativeFilePath(newPath);
    m_pathLabel->setText(relativePath);
    m_preview->showPost(relativePath, m_editor->markdown()); // relative images resolve from the new folder
    updatePostInfo();
}

void MainWindow::onPostRewritten(const QString &filePath)
{
    // The tree changed the file (its title or category); the open post was saved just before,
    // so taking the file's text loses nothing.
    if (filePath == m_session->filePath())
        m_session->checkDisk();
}

void MainWindow::onPostDeleted(const QString &filePath)
{
    if (filePath != m_session->filePath()) {
        m_tabs->removePost(filePath);
        return;
    }
    // In the trash by the writer's own hand (undo brings it back): no "deleted on disk" warning.
    m_session->journal().remove(filePath);
    const QString neighbour = m_tabs->neighbourOf(filePath);
    m_tabs->removePost(filePath);
    if (neighbour.isEmpty() || !openPost(neighbour))
        clearPost();
}

} // namespace Postwright
