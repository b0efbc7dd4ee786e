#pragma once

#include "blog/postdocument.h"
#include "blog/recoveryjournal.h"
#include "util/result.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

class QPlainTextEdit;

namespace Postwright {

class MarkdownEditor;

// The open post and everything that keeps its text safe:
// - the file as loaded (PostDocument: its bytes, BOM, line endings) and its hash, the baseline
//   every save is checked against, so another program's change is never overwritten silently;
// - autosave, a few seconds after typing stops (and whenever the window asks: switching posts,
//   losing focus, quitting);
// - the recovery journal, written at most a second after any edit while the text is unsaved,
//   on a worker thread, so a crash or a kill loses at most that second;
// - a watcher on the file and its folder (other programs often replace a file by renaming a new
//   one over it, which ends a watch on the file itself): with no local edits the new text is
//   taken silently, otherwise the writer is asked (conflict()).
class PostSession final : public QObject
{
    Q_OBJECT

public:
    enum class Conflict {
        None,
        ChangedOnDisk, // another program changed the file while the editor has unsaved edits
        DeletedOnDisk, // the file is gone; the text is still in the editor
    };

    explicit PostSession(MarkdownEditor *editor, QObject *parent = nullptr);
    ~PostSession() override;

    // Where the journal lives (.postwright/recovery below the blog); empty: no journal.
    void setBlogRoot(const QString &root);
    RecoveryJournal journal() const { return m_journal; }

    // Reads a post into the editor; the previous post is not saved (the caller decides).
    Result<void> open(const QString &filePath);
    // Opens a post with text recovered from the journal, as an unsaved edit over the file's own
    // text (one undo step brings the file's text back). The file may be gone.
    Result<void> openRecovered(const RecoveryEntry &entry);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    const PostDocument &document() const { return m_document; }
    bool isModified() const;
    bool isLoading() const { return m_loading; }

    // Writes the text if modified. Refuses while another program's change is unresolved
    // (ChangedOnDisk); after DeletedOnDisk it writes the file again.
    Result<void> save();
    // The same, unless it would have to ask: skipped while there is a conflict.
    Result<void> autosave();
    // The file was moved (renamed, turned into a bundle): follow it. What it holds is still
    // compared with the text last loaded or saved, so a change made while moving it (a new
    // title) is noticed like any other.
    void setFilePath(const QString &filePath);
    // The file now holds what the editor shows (the caller made them agree): the new baseline.
    void adoptFile();

    // Milliseconds after the last keystroke; 0 switches autosave off (the journal stays on).
    void setAutosaveDelay(int ms);
    int autosaveDelay() const { return m_autosaveDelay; }
    void setJournalDelay(int ms) { m_journalTimer.setInterval(ms); }

    Conflict conflict() const { return m_conflict; }
    QString diskText() const { return m_diskText; } // the other program's version (ChangedOnDisk)
    // Keep the editor's text: it is saved over the other version now.
    Result<void> keepMine();
    // Take the other program's version: the editor's text is replaced (undo brings it back).
    void takeTheirs();
    // Looks at the file now (the window calls this when it becomes active again).
    void checkDisk();

    // Blocks until every journal write queued so far is on disk (tests, and quitting).
    void flushJournal();

Q_SIGNALS:
    void saved(const QString &filePath);
    void autosaveFailed(const Postwright::SourceError &error);
    void journalFailed(const Postwright::SourceError &error);
    void reloadedFromDisk(); // taken silently: there were no local edits
    void conflictChanged();

private:
    void onContentsChanged();
    void onModificationChanged(bool modified);
    void writeJournal();
    void watch();
    void setConflict(Conflict conflict);
    Result<void> write();
    // Replaces the editor's text with the fewest changed characters, as one undo step.
    void replaceText(const QString &text);
    void setBaseline(const QByteArray &bytes);
    // The editor shows what the file holds now (undo brings the previous text back).
    void takeDiskVersion(const QByteArray &bytes);

    MarkdownEditor *m_editor;
    QString m_path;
    PostDocument m_document;
    QByteArray m_diskHash; // of the bytes the text is based on; empty: no file yet
    bool m_loading = false;

    QTimer m_autosaveTimer;
    int m_autosaveDelay = 3000;
    QTimer m_journalTimer;
    RecoveryJournal m_journal;
    QThreadPool m_journalPool; // one thread: entries are written in order

    QFileSystemWatcher m_watcher;
    QTimer m_diskCheckTimer;
    Conflict m_conflict = Conflict::None;
    QString m_diskText;
    QByteArray m_conflictHash;
};

} // namespace Postwright
