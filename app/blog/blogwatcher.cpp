#include "blogwatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Postwright {

namespace {

const QStringList &watchedFolders()
{
    static const QStringList folders{QStringLiteral("posts"), QStringLiteral("pages"), QStringLiteral("static"),
                                     QStringLiteral("theme")};
    return folders;
}

} // namespace

BlogWatcher::BlogWatcher(QString blogRoot, QString ignoredFolder, QObject *parent)
    : QObject(parent)
    , m_root(QDir(blogRoot).absolutePath())
    , m_ignored(ignoredFolder.isEmpty() ? QString() : QDir(ignoredFolder).absolutePath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(30);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        QStringList paths(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        paths.sort();
        Q_EMIT changed(paths);
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BlogWatcher::onDirectoryChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &BlogWatcher::onFileChanged);
    watchRoot();
}

int BlogWatcher::watchedCount() const
{
    return int(m_watcher.files().size() + m_watcher.directories().size());
}

bool BlogWatcher::ignored(const QString &path) const
{
    if (!m_ignored.isEmpty() && (path == m_ignored || path.startsWith(m_ignored + u'/')))
        return true;
    return QFileInfo(path).fileName().startsWith(u'.');
}

void BlogWatcher::watchRoot()
{
    // The root itself for blog.yaml being replaced and the folders appearing; not recursively:
    // the output and the cache live there too.
    m_watcher.addPath(m_root);
    const QString settings = m_root + QStringLiteral("/blog.yaml");
    if (QFileInfo::exists(settings))
        m_watcher.addPath(settings);
    for (const QString &name : watchedFolders()) {
        const QString folder = m_root + u'/' + name;
        if (QFileInfo(folder).isDir() && !m_watcher.directories().contains(folder))
            watchTree(folder);
    }
}

void BlogWatcher::watchTree(const QString &folder)
{
    if (ignored(folder))
        return;
    QStringList paths{folder};
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!ignored(path) && !path.contains(u"/."))
            paths.append(path);
    }
    const QStringList known = m_watcher.files() + m_watcher.directories();
    const QSet<QString> already(known.cbegin(), known.cend());
    paths.removeIf([&already](const QString &path) { return already.contains(path); });
    if (!paths.isEmpty() && !m_watcher.addPaths(paths).isEmpty())
        m_complete = false;
}

void BlogWatcher::onDirectoryChanged(const QString &path)
{
    if (path == m_root) {
        // Only what a build reads counts: the build's own output and cache appear here too.
        const int before = watchedCount();
        watchRoot();
        if (watchedCount() != before)
            note(path);
        return;
    }
    if (QFileInfo(path).isDir()) {
        // Editors' swap and temporary files come and go beside the posts: only a change to the
        // entries that count is one.
        QSet<QString> entries;
        for (const QString &name : QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
            const QString entry = path + u'/' + name;
            if (!ignored(entry))
                entries.insert(entry);
        }
        QSet<QString> known;
        const QStringList watched = m_watcher.files() + m_watcher.directories();
        for (const QString &entry : watched) {
            if (entry.size() > path.size() && entry.startsWith(path) && entry.at(path.size()) == u'/'
                && entry.indexOf(u'/', path.size() + 1) < 0)
                known.insert(entry);
        }
        if (entries == known)
            return;
        watchTree(path); // files or folders added inside
    }
    note(path);
}

void BlogWatcher::onFileChanged(const QString &path)
{
    // A file replaced by rename (an atomic save) is no longer watched: follow the new one.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    note(path);
}

void BlogWatcher::note(const QString &path)
{
    m_pending.insert(path);
    m_settle.start();
}

} // namespace Postwright
