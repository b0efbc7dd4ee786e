#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Postwright::AtomicFile {

// Replaces the file at path with data, or leaves the old file exactly as it was: the data goes
// to a temporary file beside it (QSaveFile) that is renamed over the original only after every
// byte was written and flushed. Creates missing parent folders. Errors name the file and the
// reason (disk full, permission, ...).
Result<void> write(const QString &path, const QByteArray &data);

// Creates the file at path with data only when nothing has that name yet, never replacing a file:
// an exclusive create reserves the name, then write() fills it atomically (on failure the
// reservation is removed again). Creates missing parent folders.
Result<void> writeNew(const QString &path, const QByteArray &data);

// Reads a whole file; the error names the file and the reason.
Result<QByteArray> read(const QString &path);

} // namespace Postwright::AtomicFile
