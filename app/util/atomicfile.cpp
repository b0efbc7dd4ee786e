#include "atomicfile.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace Postwright::AtomicFile {

namespace {

// The path is in SourceError::file; toString() puts it in front of the message.
SourceError saveError(const QString &path, const QString &reason)
{
    return {path, 0, 0,
            QCoreApplication::translate("Postwright::AtomicFile", "Could not save the file: %1")
                .arg(reason)};
}

SourceError readError(const QString &path, const QString &reason)
{
    return {path, 0, 0,
            QCoreApplication::translate("Postwright::AtomicFile", "Could not read the file: %1")
                .arg(reason)};
}

// QDir::mkpath() only says whether it worked; std::filesystem also says why (a file in the way,
// no permission), which is what the writer needs to fix it.
std::error_code makeParentFolders(const QString &path)
{
    std::error_code error;
    std::filesystem::create_directories(QFileInfo(path).filesystemAbsolutePath(), error);
    return error;
}

} // namespace

Result<void> write(const QString &path, const QByteArray &data)
{
    if (const std::error_code error = makeParentFolders(path))
        return saveError(path, QString::fromLocal8Bit(error.message()));

    // Unbuffered: the data arrives in one piece, and a failure then shows up in write() with the
    // system's reason instead of in a flush hidden inside commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return saveError(path, file.errorString());
    // A write can stop part-way (disk full, file size limit); the next call then fails with the
    // reason. Returning before commit() makes QSaveFile delete its temporary file.
    for (qsizetype written = 0; written < data.size();) {
        const qint64 chunk = file.write(data.constData() + written, data.size() - written);
        if (chunk <= 0)
            return saveError(path, file.errorString());
        written += chunk;
    }
    if (!file.commit())
        return saveError(path, file.errorString());

    qCDebug(lcIo) << "saved" << path << data.size() << "bytes";
    return {};
}

Result<void> writeNew(const QString &path, const QByteArray &data)
{
    if (const std::error_code error = makeParentFolders(path))
        return saveError(path, QString::fromLocal8Bit(error.message()));
    QFile reservation(path);
    if (!reservation.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return SourceError{path, 0, 0,
                           QCoreApplication::translate("Postwright::AtomicFile", "The file could not be created: %1")
                               .arg(reservation.errorString())};
    }
    reservation.close();
    if (Result<void> written = write(path, data); !written) {
        QFile::remove(path);
        return written;
    }
    return {};
}

Result<QByteArray> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(path, file.errorString());
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readError(path, file.errorString());
    return data;
}

} // namespace Postwright::AtomicFile
