#pragma once

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace Postwright::Test {

// A Hugo or Jekyll site from tests/app/blog/data, copied to a temporary folder so that what
// Postwright writes beside it (.postwright/) never lands in the source tree, plus a fingerprint of
// every file to prove the site's own files are left byte for byte as they were.
class SiteFixture
{
public:
    explicit SiteFixture(const QString &name)
        : m_source(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/blog/data/") + name)
    {
        QDirIterator it(m_source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = m_dir.filePath(QDir(m_source).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            if (!QFile::copy(from, to))
                qFatal("SiteFixture: cannot copy %s", qPrintable(from));
            // An hour old, as a checked-out site is: old enough for the index cache to trust.
            QFile copy(to);
            if (!copy.open(QIODevice::ReadWrite) ||
                !copy.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                  QFileDevice::FileModificationTime))
                qFatal("SiteFixture: cannot set the time of %s", qPrintable(to));
        }
    }

    bool isValid() const { return m_dir.isValid() && QFileInfo(m_source).isDir(); }
    QString root() const { return m_dir.path(); }
    QString sourceRoot() const { return m_source; }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // relative path -> SHA-256 of the bytes, for every file but Postwright's own state.
    static QMap<QString, QByteArray> fingerprint(const QString &root)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.startsWith(u".postwright/"))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("SiteFixture: cannot read %s", qPrintable(path));
            files.insert(relative, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return files;
    }

private:
    QString m_source;
    QTemporaryDir m_dir;
};

} // namespace Postwright::Test
