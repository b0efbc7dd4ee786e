#include "publish/zipdeploy.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <zip.h>

#include <cerrno>
#include <ctime>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::ZipDeploy", text);
}

// Formats that are compressed already: deflating them again costs time and saves nothing.
bool isCompressed(const QString &path)
{
    static const QStringList suffixes{
        QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("woff"), QStringLiteral("woff2"),
        QStringLiteral("zip"),  QStringLiteral("gz"),   QStringLiteral("br"),   QStringLiteral("mp3"),
        QStringLiteral("mp4"),  QStringLiteral("webm"), QStringLiteral("ogg"),  QStringLiteral("pdf"),
    };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// 1980-01-01 00:00 in local time, the earliest time a zip entry can hold. libzip stores local
// time, so a local midnight reads back the same in every time zone.
time_t fixedTimestamp()
{
    std::tm date{};
    date.tm_year = 80;
    date.tm_mday = 1;
    date.tm_isdst = -1;
    return std::mktime(&date);
}

TransportError errorFor(const zip_error_t *error, const QString &zipPath, const QString &file)
{
    const int system = zip_error_system_type(error) == ZIP_ET_SYS ? zip_error_code_system(error) : 0;
    if (system == ENOSPC || system == EDQUOT) {
        return {TransportError::Kind::DiskFull,
                file.isEmpty()
                    ? tr("No space left on the disk while writing %1.").arg(zipPath)
                    : tr("No space left on the disk while writing %1 (at %2).").arg(zipPath, file)};
    }
    const QString reason = QString::fromLocal8Bit(zip_error_strerror(const_cast<zip_error_t *>(error)));
    return {TransportError::Kind::Permanent,
            file.isEmpty() ? tr("Cannot write %1: %2").arg(zipPath, reason)
                           : tr("Cannot write %1 (at %2): %3").arg(zipPath, file, reason)};
}

struct ProgressState
{
    const QStringList *files = nullptr;
    const ZipDeploy::Progress *progress = nullptr;
    int reported = -1;
};

// libzip reports the share of entries written so far.
void onProgress(zip_t *, double done, void *data)
{
    auto *state = static_cast<ProgressState *>(data);
    const int total = int(state->files->size());
    const int filesDone = std::min(total, int(done * total + 1e-6));
    if (filesDone == state->reported)
        return;
    state->reported = filesDone;
    (*state->progress)(filesDone, total, filesDone < total ? state->files->at(filesDone) : QString());
}

} // namespace

std::optional<TransportError> ZipDeploy::check(const QString &zipPath)
{
    const QString folder = QFileInfo(zipPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot create the folder %1 for %2.").arg(folder, zipPath)};
    }
    QTemporaryFile probe(folder + QStringLiteral("/.postwright-probe-XXXXXX"));
    if (!probe.open()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot write into %1: %2").arg(folder, probe.errorString())};
    }
    return std::nullopt;
}

std::optional<TransportError> ZipDeploy::write(const QString &folder, const QStringList &files,
                                               const QString &zipPath, const Progress &progress)
{
    if (std::optional<TransportError> problem = check(zipPath))
        return problem;
    // ZIP_TRUNCATE starts from an empty archive without touching the old file: libzip writes the
    // new one to a temporary file beside it and renames it over the old one in zip_close().
    int openError = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &openError);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, openError);
        const TransportError result = errorFor(&error, zipPath, {});
        zip_error_fini(&error);
        return result;
    }
    const time_t timestamp = fixedTimestamp();
    const QDir root(folder);
    for (const QString &file : files) {
        zip_source_t *source =
            zip_source_file(archive, QFile::encodeName(root.filePath(file)).constData(), 0, -1);
        const zip_int64_t index =
            source ? zip_file_add(archive, file.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const TransportError result = errorFor(zip_get_error(archive), zipPath, file);
            zip_discard(archive);
            return result;
        }
        // Fixed times and permissions: the archive depends on the files' contents only.
        zip_file_set_mtime(archive, zip_uint64_t(index), timestamp, 0);
        zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, 0100644u << 16);
        if (isCompressed(file))
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    ProgressState state{&files, &progress};
    if (progress && !files.isEmpty()) {
        zip_register_progress_callback_with_state(archive, 0.5 / double(files.size()), &onProgress, nullptr,
                                                  &state);
    }
    // The files are read here, not in zip_file_add().
    if (zip_close(archive) != 0) {
        const TransportError result = errorFor(zip_get_error(archive), zipPath, {});
        zip_discard(archive); // removes the temporary file; the old archive stays
        qCWarning(lcPublish) << "zip" << zipPath << "failed:" << result.message;
        return result;
    }
    if (progress)
        progress(int(files.size()), int(files.size()), QString());
    return std::nullopt;
}

} // namespace Postwright
