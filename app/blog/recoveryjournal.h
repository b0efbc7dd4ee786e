#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postwright {

// What the editor held for one post at one moment, kept so a crash cannot take it.
struct RecoveryEntry
{
    QString filePath;     // absolute
    QString text;         // the editor's text (LF line ends)
    QDateTime writtenAt;  // UTC
    QByteArray diskHash;  // SHA-256 of the file's bytes the text was based on; empty when there was no file
};

// The crash-recovery journal of one blog: `.postwright/recovery/`, one small JSON file per post
// with unsaved text, replaced atomically on every write (QSaveFile), removed once the post is
// saved or the writer decides. A session that ends normally leaves nothing behind; whatever is
// found when a blog is opened was left by a crash (or a kill) and is offered back.
class RecoveryJournal
{
public:
    explicit RecoveryJournal(QString blogRoot = {});

    QString blogRoot() const { return m_root; }
    QString folder() const;
    bool isValid() const { return !m_root.isEmpty(); }

    Result<void> write(const RecoveryEntry &entry) const;
    void remove(const QString &filePath) const;

    // Entries that still hold something the file on disk does not: newest first. Entries whose
    // text equals the file (saved after all) are deleted on the way; unreadable ones are skipped.
    QList<RecoveryEntry> pending() const;

    static QByteArray hash(const QByteArray &bytes);

private:
    QString entryPath(const QString &filePath) const;

    QString m_root;
};

} // namespace Postwright
