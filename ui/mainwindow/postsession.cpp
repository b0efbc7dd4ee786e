#include "mainwindow/postsession.h"

#include "editor/markdowneditor.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Postwright {

namespace {

// The journal follows the writer within a second: a kill loses at most about that much.
constexpr int kJournalDelayMs = 1000;
// Other programs write a file in several steps; look once they are done.
constexpr int kDiskSettleMs = 250;

} // namespace

PostSession::PostSession(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_autosaveTimer.setSingleShot(true);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (Result<void> saved = autosave(); !saved)
            Q_EMIT autosaveFailed(saved.error());
    });
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(kJournalDelayMs);
    connect(&m_journalTimer, &QTimer::timeout, this, &PostSession::writeJournal);
    m_journalPool.setMaxThreadCount(1);

    m_diskCheckTimer.setSingleShot(true);
    m_diskCheckTimer.setInterval(kDiskSettleMs);
    connect(&m_diskCheckTimer, &QTimer::timeout, this, &PostSession::checkDisk);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_diskCheckTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_diskCheckTimer, qOverload<>(&QTimer::start));

    QTextDocument *document = m_editor->document();
    connect(document, &QTextDocument::contentsChanged, this, &PostSession::onContentsChanged);
    connect(document, &QTextDocument::modificationChanged, this, &PostSession::onModificationChanged);
}

PostSession::~PostSession()
{
    m_journalPool.waitForDone();
}

void PostSession::setBlogRoot(const QString &root)
{
    flushJournal();
    m_journal = RecoveryJournal(root);
}

bool PostSession::isModified() const
{
    return isOpen() && m_editor->document()->isModified();
}

Result<void> PostSession::open(const QString &filePath)
{
    Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error();
    close();
    m_path = filePath;
    m_document = PostDocument::fromBytes(bytes.value(), filePath);
    m_diskHash = RecoveryJournal::hash(bytes.value());
    m_loading = true;
    m_editor->loadText(m_document.text());
    m_loading = false;
    watch();
    return {};
}

Result<void> PostSession::openRecovered(const RecoveryEntry &entry)
{
    if (QFileInfo::exists(entry.filePath)) {
        if (Result<void> opened = open(entry.filePath); !opened)
            return opened;
    } else {
        close();
        m_path = entry.filePath;
        m_loading = true;
        m_editor->loadText({});
        m_loading = false;
        watch();
    }
    // An edit over the file's text: undo shows what the file says, redo the recovered text.
    replaceText(entry.text);
    m_editor->document()->setModified(true);
    return {};
}

void PostSession::close()
{
    m_autosaveTimer.stop();
    m_journalTimer.stop();
    m_diskCheckTimer.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path.clear();
    m_document = {};
    m_diskHash.clear();
    m_diskText.clear();
    m_conflictHash.clear();
    setConflict(Conflict::None);
}

void PostSession::setFilePath(const QString &filePath)
{
    if (filePath == m_path)
        return;
    const QString oldPath = m_path;
    m_journal.remove(oldPath);
    m_path = filePath;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    watch();
    if (isModified())
        m_journalTimer.start();
}

void PostSession::adoptFile()
{
    if (Result<QByteArray> bytes = AtomicFile::read(m_path))
        setBaseline(bytes.value());
}

void PostSession::setAutosaveDelay(int ms)
{
    m_autosaveDelay = ms;
    if (ms <= 0)
        m_autosaveTimer.stop();
}

Result<void> PostSession::save()
{
    if (!isModified())
        return {};
    if (m_conflict == Conflict::ChangedOnDisk)
        return SourceError{m_path, 0, 0,
                           tr("The file was changed by another program. Choose which version to keep first.")};
    return write();
}

Result<void> PostSession::autosave()
{
    if (m_conflict != Conflict::None || !isModified())
        return {};
    return write();
}

Result<void> PostSession::write()
{
    // The last look before writing: a change the watcher has not reported yet must not be lost.
    if (QFileInfo::exists(m_path)) {
        Result<QByteArray> onDisk = AtomicFile::read(m_path);
        if (!onDisk)
            return onDisk.error();
        if (RecoveryJournal::hash(onDisk.value()) != m_diskHash) {
            checkDisk();
            if (m_conflict == Conflict::ChangedOnDisk)
                return SourceError{m_path, 0, 0, tr("The file was changed by another program. Choose which version to keep first.")};
        }
    }
    const QByteArray bytes = m_document.toBytes(m_editor->markdown());
    if (Result<void> written = AtomicFile::write(m_path, bytes); !written)
        return written;
    setBaseline(bytes);
    setConflict(Conflict::None);
    m_editor->document()->setModified(false);
    watch(); // the file was replaced (QSaveFile renames), which ends a watch on it
    Q_EMIT saved(m_path);
    return {};
}

void PostSession::setBaseline(const QByteArray &bytes)
{
    m_document = PostDocument::fromBytes(bytes, m_path);
    m_diskHash = RecoveryJournal::hash(bytes);
}

Result<void> PostSession::keepMine()
{
    Result<QByteArray> onDisk = AtomicFile::read(m_path);
    m_diskHash = onDisk ? RecoveryJournal::hash(onDisk.value()) : QByteArray();
    setConflict(Conflict::None);
    m_editor->document()->setModified(true);
    return write();
}

void PostSession::takeTheirs()
{
    Result<QByteArray> onDisk = AtomicFile::read(m_path);
    if (!onDisk) {
        setConflict(Conflict::DeletedOnDisk);
        return;
    }
    takeDiskVersion(onDisk.value());
}

void PostSession::takeDiskVersion(const QByteArray &bytes)
{
    m_loading = true;
    replaceText(PostDocument::fromBytes(bytes, m_path).text());
    m_loading = false;
    setBaseline(bytes);
    m_editor->document()->setModified(false);
    setConflict(Conflict::None);
    m_autosaveTimer.stop();
}

void PostSession::checkDisk()
{
    if (!isOpen())
        return;
    Result<QByteArray> onDisk = AtomicFile::read(m_path);
    if (!onDisk) {
        if (!QFileInfo::exists(m_path))
            setConflict(Conflict::DeletedOnDisk);
        return;
    }
    watch();
    const QByteArray hash = RecoveryJournal::hash(onDisk.value());
    if (hash == m_diskHash) {
        if (m_conflict == Conflict::DeletedOnDisk)
            setConflict(Conflict::None); // back as it was (a checkout, an undo in another program)
        return;
    }
    if (m_conflict == Conflict::ChangedOnDisk && hash == m_conflictHash)
        return;
    if (!isModified()) {
        // Nothing of the writer's to lose: follow the other program.
        takeDiskVersion(onDisk.value());
        Q_EMIT reloadedFromDisk();
        return;
    }
    m_diskText = PostDocument::fromBytes(onDisk.value(), m_path).text();
    m_conflictHash = hash;
    m_autosaveTimer.stop();
    if (m_conflict == Conflict::ChangedOnDisk)
        Q_EMIT conflictChanged(); // changed again while asking: ask about the newest version
    else
        setConflict(Conflict::ChangedOnDisk);
}

void PostSession::flushJournal()
{
    m_journalPool.waitForDone();
}

void PostSession::onContentsChanged()
{
    if (m_loading || !isOpen())
        return;
    if (m_autosaveDelay > 0)
        m_autosaveTimer.start(m_autosaveDelay);
    // Not restarted by each keystroke: while the writer types, the journal is never more than
    // a second behind.
    if (!m_journalTimer.isActive())
        m_journalTimer.start();
}

void PostSession::onModificationChanged(bool modified)
{
    if (modified || !m_journal.isValid() || !isOpen())
        return;
    // Saved (or undone back to the file's text): nothing left to recover. Queued behind any
    // write still running, so that write cannot bring the entry back.
    m_journalTimer.stop();
    m_journalPool.start([journal = m_journal, path = m_path] { journal.remove(path); });
}

void PostSession::writeJournal()
{
    if (!isModified() || !m_journal.isValid())
        return;
    RecoveryEntry entry{m_path, m_editor->markdown(), QDateTime::currentDateTimeUtc(), m_diskHash};
    m_journalPool.start([this, journal = m_journal, entry = std::move(entry)] {
        if (Result<void> written = journal.write(entry); !written)
            QMetaObject::invokeMethod(this, [this, error = written.error()] { Q_EMIT journalFailed(error); });
    });
}

void PostSession::watch()
{
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
}

void PostSession::setConflict(Conflict conflict)
{
    if (conflict == m_conflict)
        return;
    m_conflict = conflict;
    Q_EMIT conflictChanged();
}

void PostSession::replaceText(const QString &text)
{
    const QString current = m_editor->markdown();
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(current.size(), text.size());
    while (prefix < shorter && current[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && current[current.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    if (prefix == current.size() && prefix == text.size())
        return;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

} // namespace Postwright
