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

// Reads a whole file; the error names the file and the reason.
Result<QByteArray> read(const QString &path);

} // namespace Postwright::AtomicFile
