#pragma once

#include "blog/frontmatter.h"
#include "util/sourceerror.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Postwright {

// One post or page as the blog index knows it: where it lives, what its front matter says, and
// whether that front matter could be read at all. A post with an error still has a place in the
// tree (with its file name as title) so the writer can open and fix it.
struct Post
{
    enum class Kind { Post, Page };
    enum class Status { Draft, Scheduled, Published };

    QString filePath;     // absolute
    QString relativePath; // to the blog root, with '/' separators
    Kind kind = Kind::Post;
    PostMetadata metadata;
    std::optional<SourceError> error; // front matter or encoding problem, with file:line:col
    qint64 fileSize = 0;
    QDateTime fileModified;
    bool isBundle = false; // NAME/index.md with its files beside it

    // Reads and parses the file; never fails: problems end up in `error`.
    static Post load(const QString &filePath, const QString &blogRoot, Kind kind = Kind::Post);
    // Decodes and parses a file's bytes (read elsewhere); encoding problems end up in `error`.
    static Post fromBytes(const QByteArray &bytes, const QString &filePath, const QString &blogRoot,
                          Kind kind = Kind::Post);
    // Parses text that is not (yet) on disk, e.g. the editor's buffer.
    static Post fromText(const QString &text, const QString &filePath, const QString &blogRoot,
                         Kind kind = Kind::Post);

    Status status(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString category() const;     // first category, empty when none
    QString displayTitle() const; // the title, else a title made from the file name
    QString slug() const;         // front matter slug, else from the file or bundle name
};

} // namespace Postwright
