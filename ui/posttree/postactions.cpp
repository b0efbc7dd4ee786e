#include "posttree/postactions.h"

#include "blog/blog.h"
#include "blog/blogindex.h"
#include "blog/newpost.h"
#include "blog/post.h"
#include "blog/posttreemodel.h"
#include "posttree/newpostdialog.h"
#include "posttree/posttreeview.h"
#include "posttree/renamepostdialog.h"
#include "posttree/undobar.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QUrl>

namespace Postwright {

namespace {

// Now, with its UTC offset spelled out and without milliseconds: "2026-03-05T10:20:00+01:00".
QDateTime nowWithOffset()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime seconds(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return seconds.toOffsetFromUtc(seconds.offsetFromUtc());
}

QString categoryName(const QString &category)
{
    return category == PostTreeModel::uncategorizedName() ? QString() : category;
}

} // namespace

PostActions::PostActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_undoBar(new UndoBar(window))
{
    QAction *newPost = makeAction("post.new", tr("&New Post…"));
    newPost->setShortcut(QKeySequence::New);
    connect(newPost, &QAction::triggered, this, &PostActions::openNewPostDialog);

    QAction *rename = makeAction("post.rename", tr("&Rename Post…"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, &PostActions::openRenameDialog);

    QAction *duplicate = makeAction("post.duplicate", tr("D&uplicate Post"));
    connect(duplicate, &QAction::triggered, this, [this] { duplicatePost(targetPost()); });

    // Delete only means "this post" while the tree has the focus (attachTo()); in the editor it
    // deletes text.
    QAction *remove = makeAction("post.delete", tr("Move Post to &Trash"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] { deletePost(targetPost()); });

    QAction *undo = makeAction("post.undoDelete", tr("&Undo Move to Trash"));
    connect(undo, &QAction::triggered, this, &PostActions::undoDelete);

    QAction *reveal = makeAction("post.revealInFolder", tr("Show in &Folder"));
    connect(reveal, &QAction::triggered, this, &PostActions::revealInFolder);

    // Jekyll keeps drafts in _drafts/: publishing one is moving it to _posts/ with a dated name.
    QAction *publishDraft = makeAction("post.publishDraft", tr("&Publish Draft"));
    publishDraft->setToolTip(tr("Move this Jekyll draft to _posts/, named with its date, so that Jekyll "
                                "publishes it"));
    connect(publishDraft, &QAction::triggered, this, [this] { this->publishDraft(targetPost()); });

    // Window-wide shortcuts; Delete is added to the tree only.
    window->addAction(newPost);
    window->addAction(rename);

    connect(m_undoBar, &UndoBar::undoRequested, this, &PostActions::undoDelete);
    updateActions();
}

QAction *PostActions::makeAction(const char *id, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(id));
    m_actions.append(action);
    return action;
}

QAction *PostActions::action(const QString &id) const
{
    for (QAction *action : m_actions) {
        if (action->objectName() == id)
            return action;
    }
    return nullptr;
}

void PostActions::setBlog(const Blog *blog, BlogIndex *index)
{
    m_blog = blog;
    m_index = index;
    m_currentPost.clear();
    // Undo restores into the blog it was deleted from; another blog's bar would only confuse.
    m_trashed.clear();
    m_undoBar->hide();
    updateActions();
}

void PostActions::setCategories(const QStringList &categories)
{
    m_categories = categories;
}

void PostActions::setCurrentPost(const QString &filePath)
{
    m_currentPost = filePath;
    updateActions();
}

void PostActions::setSaveOpenPost(std::function<bool()> saveOpenPost)
{
    m_saveOpenPost = std::move(saveOpenPost);
}

void PostActions::attachTo(PostTreeView *view)
{
    m_view = view;
    view->addAction(action(QStringLiteral("post.delete")));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &PostActions::showContextMenu);
    connect(view, &PostTreeView::postDropped, this, &PostActions::changeCategory);
}

QString PostActions::targetPost() const
{
    return m_menuPost.isEmpty() ? m_currentPost : m_menuPost;
}

QString PostActions::defaultCategory() const
{
    if (!m_menuCategory.isEmpty())
        return categoryName(m_menuCategory);
    if (m_view && m_view->currentIndex().isValid())
        return categoryName(m_view->currentIndex().data(PostTreeModel::CategoryRole).toString());
    if (m_index && !m_currentPost.isEmpty()) {
        if (const std::optional<Post> post = m_index->post(m_currentPost))
            return post->category();
    }
    return {};
}

void PostActions::updateActions()
{
    const bool hasPost = !targetPost().isEmpty() && m_blog != nullptr;
    action(QStringLiteral("post.new"))->setEnabled(m_blog != nullptr);
    for (const char *id : {"post.rename", "post.duplicate", "post.delete", "post.revealInFolder"})
        action(QString::fromLatin1(id))->setEnabled(hasPost);
    action(QStringLiteral("post.undoDelete"))->setEnabled(!m_trashed.isEmpty());
    QAction *publishDraft = action(QStringLiteral("post.publishDraft"));
    publishDraft->setEnabled(hasPost && PostFiles::isJekyllDraft(*m_blog, targetPost()));
    publishDraft->setVisible(m_blog && m_blog->kind() == SiteKind::Jekyll);
}

bool PostActions::saveOpenPost()
{
    return !m_saveOpenPost || m_saveOpenPost();
}

void PostActions::refresh(const QStringList &filePaths)
{
    if (!m_index)
        return;
    for (const QString &path : filePaths)
        m_index->refreshFile(path);
}

QString PostActions::relativePath(const QString &filePath) const
{
    if (!m_blog || !QFileInfo(filePath).isAbsolute())
        return filePath;
    const QString relative = QDir(m_blog->rootPath()).relativeFilePath(filePath);
    return relative.startsWith(QLatin1String("..")) ? filePath : relative;
}

void PostActions::reportError(const QString &title, const SourceError &error)
{
    SourceError shown = error;
    shown.file = relativePath(error.file);
    Q_EMIT errorOccurred(title, shown.toString());
}

bool PostActions::createPost(const QString &title, const QString &category, bool draft)
{
    if (!m_blog)
        return false;
    Result<QString> created =
        PostFiles::createPost(*m_blog, title, categoryName(category), nowWithOffset(), draft);
    if (!created) {
        reportError(tr("Could Not Create the Post"), created.error());
        return false;
    }
    refresh({created.value()});
    Q_EMIT postCreated(created.value());
    return true;
}

bool PostActions::renamePost(const QString &filePath, const QString &newTitle)
{
    if (!m_blog || filePath.isEmpty() || !saveOpenPost())
        return false;
    Result<QString> renamed = PostFiles::renamePost(filePath, newTitle, m_blog->rootPath());
    if (!renamed) {
        reportError(tr("Could Not Rename the Post"), renamed.error());
        return false;
    }
    const QString newPath = renamed.value();
    // The window follows the move first, so that the tree does not take the old row's
    // disappearance for the writer choosing another post.
    if (newPath != filePath) {
        if (m_currentPost == filePath)
            m_currentPost = newPath;
        Q_EMIT postMoved(filePath, newPath);
    }
    refresh({newPath, filePath});
    Q_EMIT postRewritten(newPath);
    return true;
}

bool PostActions::changeCategory(const QString &filePath, const QString &category)
{
    if (filePath.isEmpty() || !saveOpenPost())
        return false;
    if (Result<void> set = PostFiles::setCategory(filePath, categoryName(category)); !set) {
        reportError(tr("Could Not Change the Category"), set.error());
        return false;
    }
    refresh({filePath});
    Q_EMIT postRewritten(filePath);
    return true;
}

bool PostActions::duplicatePost(const QString &filePath)
{
    if (filePath.isEmpty() || !saveOpenPost())
        return false;
    Result<QString> copy = PostFiles::duplicatePost(filePath);
    if (!copy) {
        reportError(tr("Could Not Duplicate the Post"), copy.error());
        return false;
    }
    refresh({copy.value()});
    Q_EMIT postCreated(copy.value());
    return true;
}

bool PostActions::deletePost(const QString &filePath)
{
    // Saved first: what goes to the trash, and comes back with undo, is what the writer wrote.
    if (filePath.isEmpty() || !saveOpenPost())
        return false;
    Result<TrashedPost> trashed = PostFiles::moveToTrash(filePath);
    if (!trashed) {
        reportError(tr("Could Not Move the Post to the Trash"), trashed.error());
        return false;
    }
    m_trashed.append(trashed.value());
    if (m_currentPost == filePath)
        m_currentPost.clear();
    updateActions();
    refresh({filePath});
    m_undoBar->showMessage(tr("“%1” moved to the trash.").arg(trashed.value().title));
    Q_EMIT postDeleted(filePath);
    return true;
}

bool PostActions::undoDelete()
{
    if (m_trashed.isEmpty())
        return false;
    const TrashedPost post = m_trashed.constLast();
    // A failed restore keeps the post on the list: the writer can move the blocker and retry.
    if (Result<void> restored = PostFiles::restoreFromTrash(post); !restored) {
        reportError(tr("Could Not Restore the Post"), restored.error());
        return false;
    }
    m_trashed.removeLast();
    m_undoBar->hide();
    updateActions();
    refresh({post.originalPath});
    Q_EMIT postRestored(post.originalPath);
    return true;
}

bool PostActions::publishDraft(const QString &filePath)
{
    if (!m_blog || filePath.isEmpty() || !saveOpenPost())
        return false;
    Result<QString> moved = PostFiles::publishJekyllDraft(*m_blog, filePath, QDate::currentDate());
    if (!moved) {
        reportError(tr("Could Not Publish the Draft"), moved.error());
        return false;
    }
    const QString newPath = moved.value();
    // The window follows the move first: the open post's editor keeps its text and undo history.
    if (m_currentPost == filePath)
        m_currentPost = newPath;
    Q_EMIT postMoved(filePath, newPath);
    refresh({newPath, filePath});
    updateActions();
    return true;
}

void PostActions::openNewPostDialog()
{
    if (!m_blog)
        return;
    const QString root = m_blog->rootPath();
    const NewPost newPost(*m_blog); // the blog's layout, learnt once for the whole dialog
    const QDate today = QDate::currentDate();
    auto preview = [newPost, root, today](const QString &title, const QString &category, bool draft) {
        if (title.isEmpty())
            return QString();
        return QDir(root).relativeFilePath(newPost.path(title, categoryName(category), draft, today));
    };
    QStringList categories = m_categories;
    if (m_index) {
        // The blog's own categories too, so that a category made a minute ago is offered.
        for (const Post &post : m_index->posts()) {
            if (const QString category = post.category();
                !category.isEmpty() && !categories.contains(category))
                categories.append(category);
        }
    }
    categories.removeAll(PostTreeModel::uncategorizedName());
    categories.sort(Qt::CaseInsensitive);
    auto *dialog = new NewPostDialog(categories, defaultCategory(), preview, m_window);
    dialog->categoryBox()->lineEdit()->setPlaceholderText(tr("None"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createPost(dialog->title(), dialog->category(), dialog->isDraft()); });
    dialog->open();
}

void PostActions::openRenameDialog()
{
    const QString path = targetPost();
    if (!m_blog || path.isEmpty())
        return;
    const QString root = m_blog->rootPath();
    const QString title = Post::load(path, root).displayTitle();
    auto preview = [path, root](const QString &newTitle) -> Result<QString> {
        Result<QString> renamed = PostFiles::renamedPath(path, newTitle);
        if (!renamed)
            return renamed.error();
        return QDir(root).relativeFilePath(renamed.value());
    };
    auto *dialog = new RenamePostDialog(title, QDir(root).relativeFilePath(path), preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] { renamePost(path, dialog->title()); });
    dialog->open();
}

void PostActions::revealInFolder()
{
    const QString path = targetPost();
    if (path.isEmpty())
        return;
    // A bundle's folder holds its images too: show that folder; for a single file, its folder.
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void PostActions::showContextMenu(const QPoint &pos)
{
    if (!m_view)
        return;
    const QModelIndex index = m_view->indexAt(pos);
    const bool onCategory = index.data(PostTreeModel::IsCategoryRole).toBool();
    m_menuPost = onCategory ? QString() : index.data(PostTreeModel::FilePathRole).toString();
    m_menuCategory = index.data(PostTreeModel::CategoryRole).toString();
    updateActions();

    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("postContextMenu"));
    if (!m_menuPost.isEmpty()) {
        for (const char *id : {"post.rename", "post.duplicate", "post.revealInFolder", "post.delete"})
            menu.addAction(action(QString::fromLatin1(id)));
        if (QAction *publish = action(QStringLiteral("post.publishDraft")); publish->isEnabled())
            menu.addAction(publish);
        menu.addSeparator();
    }
    QAction *newPost = menu.addAction(onCategory ? tr("New Post in “%1”…").arg(m_menuCategory)
                                                 : action(QStringLiteral("post.new"))->text());
    newPost->setEnabled(m_blog != nullptr);
    connect(newPost, &QAction::triggered, this, &PostActions::openNewPostDialog);
    if (!m_trashed.isEmpty())
        menu.addAction(action(QStringLiteral("post.undoDelete")));
    menu.exec(m_view->viewport()->mapToGlobal(pos));

    m_menuPost.clear();
    m_menuCategory.clear();
    updateActions();
}

} // namespace Postwright
