#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace Postwright {

class Blog;

// A post moved to the system trash, and what it takes to put it back.
struct TrashedPost
{
    QString originalPath; // the post file as it was: NAME.md, or NAME/index.md for a bundle
    QString trashedPath;  // what sits in the trash now: the file, or the bundle's whole folder
    QString title;        // for "“Title” moved to the trash"

    bool isBundle() const;
    // The file or folder that went to the trash (the bundle's folder for a bundle).
    QString originalItemPath() const;
};

// Creates, renames, re-categorises, duplicates and trashes post files, following the blog's own
// naming (PostLayout). Each operation completes or leaves the files as they were, never
// overwrites another file, and never rewrites a post whose front matter or encoding is broken:
// it refuses with that problem (file:line) instead.
class PostFiles
{
public:
    // "Ünïcode & Friends!" -> "unicode-friends": lowercase, Latin and Greek accents folded
    // (é→e, ß→ss, ø→o), letters and digits of other scripts kept, anything else one `-`, at most
    // about 80 characters; "untitled" when nothing is left.
    static QString slugify(const QString &title);

    // Where createPost() would put a post with this title now (for a dialog to show).
    static QString newPostPath(const Blog &blog, const QString &title, const QString &category,
                               const QDateTime &now, bool draft = true);
    // A post (a draft unless draft is false) with title, date and the category (none for an empty or
    // "Uncategorized" one), in the folder and with the name pattern the blog's posts use, and as
    // its site makes new posts (NewPost: Jekyll's _drafts/, Hugo's archetypes).
    // Returns the new post file's absolute path.
    static Result<QString> createPost(const Blog &blog, const QString &title, const QString &category,
                                      const QDateTime &now, bool draft = true);
    // Creates a post file (NAME.md, or NAME/index.md with its bundle folder) with content, only
    // where nothing is: an existing file or folder is never overwritten. Returns path.
    static Result<QString> writeNewPost(const QString &path, const QByteArray &content);

    // Jekyll: moves a draft from _drafts/ to _posts/YYYY-MM-DD-slug.md, dated by its front matter,
    // else today, in one rename (the file's text is not touched). Returns the new path.
    static Result<QString> publishJekyllDraft(const Blog &blog, const QString &filePath, const QDate &today);
    // Whether filePath is a Jekyll draft that publishJekyllDraft() would move.
    static bool isJekyllDraft(const Blog &blog, const QString &filePath);

    // Where renamePost() would move the post (the same path when its name does not follow the title).
    static Result<QString> renamedPath(const QString &filePath, const QString &newTitle);
    // Sets the title. When the file (or bundle folder) name was made from the old title, it is
    // renamed to the new title's slug, keeping a date prefix; so is a `slug:` that was made from
    // the old title. A hand-picked name or slug is left alone: it may be a published URL.
    // Returns the post's new path.
    static Result<QString> renamePost(const QString &filePath, const QString &newTitle,
                                      const QString &blogRoot);

    // The first `categories` entry becomes category (the others stay); an empty or "Uncategorized"
    // category removes the key.
    static Result<void> setCategory(const QString &filePath, const QString &category);

    // "Title (copy)" beside the original, as a draft with its own slug (a bundle with all its
    // files). Returns the copy's post file path.
    static Result<QString> duplicatePost(const QString &filePath);

    // Moves the post (a bundle's whole folder) to the system trash.
    static Result<TrashedPost> moveToTrash(const QString &filePath);
    // Puts a trashed post back where it was; refuses when something occupies that place now.
    static Result<void> restoreFromTrash(const TrashedPost &post);
};

} // namespace Postwright
