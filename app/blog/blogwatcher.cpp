#include "blogwatcher.h"

#include "blog/sitetoolsettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Postwright {

namespace {

// What a build reads, by the blog's kind: its config, posts, pages and static files, and theme/
// (Postwright's theme overrides, whichever the kind).
QStringList watchedFolders(const SiteLayout &layout)
{
    // Every folder the site is read from (for Jekyll the root's own folders, as Jekyll reads them),
    // and the theme's overrides.
    QStringList folders = layout.readFolders;
    folders.append(QStringLiteral("theme"));
    folders.removeAll(QString()); // the root: watched on its own, not recursively
    folders.removeDuplicates();
    return folders;
}

} // namespace

BlogWatcher::BlogWatcher(QString blogRoot, QString ignoredFolder, QObject *parent)
    : QObject(parent)
    , m_root(QDir(blogRoot).absolutePath())
    , m_ignored(ignoredFolder.isEmpty() ? QString() : QDir(ignoredFolder).absolutePath())
    , m_layout(SiteLayout::detect(m_root))
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
    if (!m_layout.isValid())
        m_layout = SiteLayout::detect(m_root); // blog.yaml (or a site's config) may come later
    QStringList files;
    for (const QString &config : m_layout.configFiles)
        files.append(m_layout.path(config));
    // Postwright's own settings beside a Hugo or Jekyll site's config (build command, preview style).
    if (const QString own = SiteToolSettings::filePath(m_layout); !files.contains(own))
        files.append(own);
    // Jekyll's pages are the root's own files: watched one by one, as the root is not recursively.
    if (m_layout.kind == SiteKind::Jekyll && m_layout.pagesFolder.isEmpty()) {
        for (const QString &name :
             QDir(m_root).entryList({QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files))
            files.append(m_root + u'/' + name);
    }
    const QStringList watchedFiles = m_watcher.files();
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo::exists(file) && !watchedFiles.contains(file))
            m_watcher.addPath(file);
    }
    for (const QString &name : watchedFolders(m_layout)) {
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
