#include "outputwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::OutputWriter", text);
}

// The output is rebuilt from sources any time, so unlike saving a post (AtomicFile) it skips the
// fsync per file, which would dominate the build time of a large site; the rename still
// guarantees that a reader (a web server, an upload) never sees a half-written file. The folder
// exists already (OutputWriter::ensureFolder), and the temporary file is created 0644 (less the
// umask) by open() itself: a large build makes thousands of these, and every system call shows.
Result<void> replaceFile(const QString &path, const QByteArray &data)
{
    static std::atomic_uint counter = 0;
    const QByteArray target = QFile::encodeName(path);
    const qsizetype slash = target.lastIndexOf('/');
    const QByteArray prefix = target.left(slash + 1) + '.' + target.mid(slash + 1) + '.'
                              + QByteArray::number(::getpid()) + '-';
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary = prefix + QByteArray::number(counter++);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0 && errno != EEXIST)
            break; // a leftover of a killed build is the only reason to try another name
    }
    if (fd < 0)
        return SourceError{path, 0, 0, tr("Could not write the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(temporary.constData());
            return SourceError{path, 0, 0, tr("Could not write the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)))};
        }
        done += n;
    }
    if (::close(fd) != 0 || ::rename(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return SourceError{path, 0, 0, tr("Could not write the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)))};
    }
    return {};
}

bool sameContent(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.size() != data.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == data;
}

} // namespace

OutputWriter::OutputWriter(QString outputRoot, QHash<QString, Entry> previous)
    : m_root(std::move(outputRoot))
    , m_previous(std::move(previous))
    , m_fresh(!QFileInfo::exists(m_root))
{
}

bool OutputWriter::ensureFolder(const QString &folder)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (m_folders.contains(folder))
            return true;
    }
    if (!QDir().mkpath(folder))
        return false;
    const QMutexLocker locker(&m_mutex);
    m_folders.insert(folder);
    return true;
}

QString OutputWriter::absolute(const QString &path) const
{
    return m_root + u'/' + path;
}

bool OutputWriter::keep(const QString &path, const QByteArray &key)
{
    const auto it = m_previous.constFind(path);
    if (it == m_previous.cend() || it->key != key)
        return false;
    if (!m_trustPrevious) {
        struct stat st;
        if (::stat(QFile::encodeName(absolute(path)).constData(), &st) != 0 || !S_ISREG(st.st_mode)
            || st.st_size != it->size)
            return false;
    }
    record(path, key, it->size, false);
    return true;
}

Result<void> OutputWriter::write(const QString &path, const QByteArray &data, const QByteArray &key)
{
    const QString target = absolute(path);
    // Into a folder that did not exist when the build began, nothing but this build has written.
    if (!m_fresh && sameContent(target, data)) {
        record(path, key, data.size(), false);
        return {};
    }
    const QString folder = target.left(target.lastIndexOf(u'/'));
    if (!ensureFolder(folder)) {
        const QMutexLocker locker(&m_mutex);
        ++m_failures;
        return SourceError{path, 0, 0, tr("Could not create the folder %1.").arg(folder)};
    }
    Result<void> result = replaceFile(target, data);
    if (result) {
        record(path, key, data.size(), true);
    } else {
        const QMutexLocker locker(&m_mutex);
        ++m_failures;
        SourceError error = result.error();
        error.file = path;
        return error;
    }
    return result;
}

Result<void> OutputWriter::copy(const QString &path, const QString &sourcePath, const QByteArray &key)
{
    if (keep(path, key))
        return {};
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        const QMutexLocker locker(&m_mutex);
        ++m_failures;
        return SourceError{sourcePath, 0, 0, tr("Could not read the file: %1").arg(source.errorString())};
    }
    return write(path, source.readAll(), key);
}

void OutputWriter::record(const QString &path, const QByteArray &key, qint64 size, bool changed)
{
    const QMutexLocker locker(&m_mutex);
    m_current.insert(path, Entry{key, size});
    if (changed)
        m_written.append(path);
    else
        ++m_unchanged;
}

QStringList OutputWriter::removeStale()
{
    QStringList removed;
    const QMutexLocker locker(&m_mutex);
    QSet<QString> folders;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (m_current.contains(it.key()))
            continue;
        if (QFile::remove(absolute(it.key())) || !QFileInfo::exists(absolute(it.key())))
            removed.append(it.key());
        for (QString folder = QFileInfo(it.key()).path(); folder != u"." && !folder.isEmpty();
             folder = QFileInfo(folder).path())
            folders.insert(folder);
    }
    // Deepest first, so a folder emptied by removing its subfolder goes too. rmdir() refuses
    // folders that still hold anything (files the user put there themselves included).
    QStringList sorted(folders.cbegin(), folders.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(sorted))
        QDir(m_root).rmdir(folder);
    removed.sort();
    return removed;
}

QHash<QString, OutputWriter::Entry> OutputWriter::entries() const
{
    const QMutexLocker locker(&m_mutex);
    return m_current;
}

QStringList OutputWriter::written() const
{
    const QMutexLocker locker(&m_mutex);
    QStringList sorted = m_written;
    sorted.sort();
    return sorted;
}

int OutputWriter::unchanged() const
{
    const QMutexLocker locker(&m_mutex);
    return m_unchanged;
}

int OutputWriter::failures() const
{
    const QMutexLocker locker(&m_mutex);
    return m_failures;
}

} // namespace Postwright
