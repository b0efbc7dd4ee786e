#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Postwright {

// Writes a build's outputs below one folder and remembers, per output, the key of the inputs it
// was made from (the build graph). An output whose key did not change is not rendered again; one
// whose bytes did not change is not written, so its mtime stays and uploads can skip it. Each file
// is replaced atomically (temporary file + rename). Thread-safe.
class OutputWriter
{
public:
    struct Entry
    {
        QByteArray key;
        qint64 size = 0;
    };

    explicit OutputWriter(QString outputRoot, QHash<QString, Entry> previous = {});

    const QString &root() const { return m_root; }
    // The previous outputs were written by this process and nobody touched them since (a build
    // session): keep() believes the record instead of checking the file.
    void setTrustPrevious(bool trust) { m_trustPrevious = trust; }

    // True when path was made from the same key before and is still there: mark it kept and skip it.
    bool keep(const QString &path, const QByteArray &key);
    // Writes data unless the file already holds exactly these bytes; records the key either way.
    Result<void> write(const QString &path, const QByteArray &data, const QByteArray &key);
    // Copies a file (static files, images, theme assets) the same way.
    Result<void> copy(const QString &path, const QString &sourcePath, const QByteArray &key);

    // Deletes outputs of the previous build that this build did not produce, and folders left empty.
    QStringList removeStale();

    QHash<QString, Entry> entries() const;
    QStringList written() const;
    int unchanged() const;
    int failures() const; // writes and copies that failed

private:
    QString absolute(const QString &path) const;
    bool ensureFolder(const QString &folder); // creates it once per build
    void record(const QString &path, const QByteArray &key, qint64 size, bool changed);

    QString m_root;
    QHash<QString, Entry> m_previous;
    bool m_fresh = false; // the output folder did not exist: no file there to compare with
    QSet<QString> m_folders; // known to exist
    bool m_trustPrevious = false;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_current;
    QStringList m_written;
    int m_unchanged = 0;
    int m_failures = 0;
};

} // namespace Postwright
