#pragma once

#include "blog/sitelayout.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Postwright {

// Tells when anything a site build reads changed on disk: blog.yaml, and every file below posts/,
// pages/, static/ and theme/ (bundles and new folders included); for a Hugo or Jekyll site, its
// config and its own folders (SiteLayout). Hidden folders (.postwright,
// .git) and the build's output folder are not watched, so a build does not wake its own watcher.
// Changes arriving within the settle time are reported together, once: editors write a file in
// several steps.
class BlogWatcher final : public QObject
{
    Q_OBJECT

public:
    // ignoredFolder: absolute path of the output folder when it lies inside the blog.
    explicit BlogWatcher(QString blogRoot, QString ignoredFolder = {}, QObject *parent = nullptr);

    void setSettleTime(int ms) { m_settle.setInterval(ms); }
    int watchedCount() const;
    // False when the system refused to watch some path (too many watches): changes there go unseen.
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    // paths: the files and folders the system reported, sorted.
    void changed(const QStringList &paths);

private:
    void watchRoot();
    void watchTree(const QString &folder);
    void onDirectoryChanged(const QString &path);
    void onFileChanged(const QString &path);
    void note(const QString &path);
    bool ignored(const QString &path) const;

    QString m_root;
    QString m_ignored;
    SiteLayout m_layout;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QSet<QString> m_pending;
    bool m_complete = true;
};

} // namespace Postwright
