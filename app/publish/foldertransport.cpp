#include "publish/foldertransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::FolderTransport", text);
}

TransportError fileError(const QString &path, const QFileDevice &file)
{
    // A full disk (or quota) must stop the deploy before anything is deleted; other file errors will
    // not go away by retrying.
    const bool full = file.error() == QFileDevice::ResourceError;
    return {full ? TransportError::Kind::DiskFull : TransportError::Kind::Permanent,
            full ? tr("No space left in the target folder while writing %1.").arg(path)
                 : tr("Cannot write %1: %2").arg(path, file.errorString())};
}

} // namespace

FolderTransport::FolderTransport(QString root)
    : m_root(std::move(root))
{}

std::optional<TransportError> FolderTransport::open()
{
    if (!QDir().mkpath(m_root))
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot create the target folder %1.").arg(m_root)};
    return std::nullopt;
}

std::optional<TransportError> FolderTransport::upload(const QString &localFile, const QString &remotePath)
{
    const QString target = QDir(m_root).filePath(remotePath);
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot create the folder for %1.").arg(remotePath)};
    QFile source(localFile);
    if (!source.open(QIODevice::ReadOnly))
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read %1: %2").arg(localFile, source.errorString())};
    QTemporaryFile temporary(info.absolutePath() + u"/."_s + info.fileName() + u".tmp-XXXXXX"_s);
    if (!temporary.open())
        return fileError(remotePath, temporary);
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = source.read(buffer, sizeof buffer);
        if (n < 0)
            return TransportError{TransportError::Kind::Permanent,
                                  tr("Cannot read %1: %2").arg(localFile, source.errorString())};
        if (n == 0)
            break;
        if (temporary.write(buffer, n) != n)
            return fileError(remotePath, temporary);
    }
    if (!temporary.flush())
        return fileError(remotePath, temporary);
    // Web servers serve files with the server's umask, not QTemporaryFile's private 0600.
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther);
    // rename(2) replaces the old file in one step; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        return TransportError{
            TransportError::Kind::Permanent,
            tr("Cannot replace %1: %2").arg(remotePath, QString::fromLocal8Bit(std::strerror(error)))};
    }
    temporary.setAutoRemove(false); // it is the target now
    return std::nullopt;
}

std::optional<TransportError> FolderTransport::remove(const QString &remotePath)
{
    QFile file(QDir(m_root).filePath(remotePath));
    if (!file.exists() || file.remove())
        return std::nullopt;
    return TransportError{TransportError::Kind::Permanent,
                          tr("Cannot delete %1: %2").arg(remotePath, file.errorString())};
}

std::optional<TransportError> FolderTransport::read(const QString &remotePath,
                                                    std::optional<QByteArray> &bytes)
{
    bytes.reset();
    QFile file(QDir(m_root).filePath(remotePath));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot read %1: %2").arg(remotePath, file.errorString())};
    bytes = file.readAll();
    return std::nullopt;
}

} // namespace Postwright
