#pragma once

#include "blog/postfiles.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QPoint;
class QWidget;

namespace Postwright {

class Blog;
class BlogIndex;
class PostTreeView;
class UndoBar;

// The post commands: new post, rename, duplicate, move to the trash and undo that, reveal in the
// file manager, publish a Jekyll draft (a move from _drafts/ to _posts/), and a category change by
// drag and drop in the tree. Each is a QAction with a
// stable id ("post.new", ...). They act on the current post (or the post a context menu was
// opened on), save the open post first through a callback, and report what happened with
// signals: the window decides what to open or show.
class PostActions final : public QObject
{
    Q_OBJECT

public:
    // window: parent of the dialogs and the undo bar; the window-wide shortcuts belong to it.
    explicit PostActions(QWidget *window);

    // The blog the commands work in; index (optional) is told about changed files at once,
    // before its file watcher notices them. Both must outlive this or be replaced first.
    void setBlog(const Blog *blog, BlogIndex *index = nullptr);
    // Categories the new post dialog offers besides those the blog's posts have.
    void setCategories(const QStringList &categories);
    // The post the commands act on (the open one); empty when there is none.
    void setCurrentPost(const QString &filePath);
    QString currentPost() const { return m_currentPost; }
    // Called before a command touches a post's file, so that the file has the editor's text;
    // false (the window said why) cancels the command.
    void setSaveOpenPost(std::function<bool()> saveOpenPost);
    // The tree view's context menu, drops and tree-only shortcuts (Delete) go through these actions.
    void attachTo(PostTreeView *view);

    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_actions; }
    // Shown after a post went to the trash; the window places it (above the post tree).
    UndoBar *undoBar() const { return m_undoBar; }

    // The steps behind the actions, without dialogs. Each returns false after reporting the
    // problem with errorOccurred().
    bool createPost(const QString &title, const QString &category, bool draft = true);
    bool renamePost(const QString &filePath, const QString &newTitle);
    bool changeCategory(const QString &filePath, const QString &category);
    bool duplicatePost(const QString &filePath);
    bool deletePost(const QString &filePath);
    bool undoDelete();
    // Jekyll: moves the draft to _posts/YYYY-MM-DD-slug.md (PostFiles::publishJekyllDraft).
    bool publishDraft(const QString &filePath);

    // The new post dialog's default category: the selected category in the tree, else the
    // current post's.
    QString defaultCategory() const;

Q_SIGNALS:
    void postCreated(const QString &filePath); // also for a duplicate: the window opens it
    void postMoved(const QString &oldPath, const QString &newPath);
    void postRewritten(const QString &filePath); // its front matter changed on disk
    void postDeleted(const QString &filePath);
    void postRestored(const QString &filePath);
    void errorOccurred(const QString &title, const QString &text);

private:
    QAction *makeAction(const char *id, const QString &text);
    QString targetPost() const;
    void updateActions();
    bool saveOpenPost();
    void refresh(const QStringList &filePaths);
    QString relativePath(const QString &filePath) const;
    void reportError(const QString &title, const SourceError &error);
    void showContextMenu(const QPoint &pos);

    void openNewPostDialog();
    void openRenameDialog();
    void revealInFolder();

    QWidget *m_window;
    QList<QAction *> m_actions;
    UndoBar *m_undoBar;
    const Blog *m_blog = nullptr;
    QPointer<BlogIndex> m_index;
    QPointer<PostTreeView> m_view;
    QStringList m_categories;
    QString m_currentPost;
    QString m_menuPost;     // the post a context menu was opened on, while it is open
    QString m_menuCategory; // the category row a context menu was opened on
    std::function<bool()> m_saveOpenPost;
    QList<TrashedPost> m_trashed; // newest last; undo restores from the end
};

} // namespace Postwright
