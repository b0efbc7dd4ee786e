#include "mainwindow/sampleblog.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Postwright {

namespace {

Result<void> copyTree(const QString &sourcePath, const QString &targetPath)
{
    const QDir source(sourcePath);
    QDirIterator it(sourcePath, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return SourceError{from, 0, 0, in.errorString()};
        // Written fresh rather than QFile::copy(): a copy would keep the resource's read-only
        // permissions and the writer could not save the sample posts.
        const QString to = QDir(targetPath).filePath(source.relativeFilePath(from));
        if (Result<void> written = AtomicFile::write(to, in.readAll()); !written)
            return written.error();
        ++copied;
    }
    if (copied == 0)
        return SourceError{sourcePath, 0, 0, SampleBlog::tr("The bundled sample blog is missing.")};
    return {};
}

} // namespace

QString SampleBlog::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Sample Blog");
}

Result<QString> SampleBlog::install(const QString &targetPath, const QString &sourcePath)
{
    if (QFileInfo::exists(QDir(targetPath).filePath(QStringLiteral("blog.yaml"))))
        return targetPath;
    if (QFileInfo::exists(targetPath) && !QDir(targetPath).isEmpty())
        return SourceError{
            targetPath, 0, 0,
            SampleBlog::tr("The folder exists but holds no blog; move it away to get the sample blog back.")};

    // Copy beside the target, then rename: the target only ever holds a complete blog.
    const QString partial = targetPath + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (Result<void> copied = copyTree(sourcePath, partial); !copied) {
        QDir(partial).removeRecursively();
        return copied.error();
    }
    QDir().rmdir(targetPath); // an empty leftover folder would block the rename
    if (!QDir().rename(partial, targetPath)) {
        QDir(partial).removeRecursively();
        return SourceError{targetPath, 0, 0, SampleBlog::tr("Could not create the sample blog folder.")};
    }
    return targetPath;
}

} // namespace Postwright
