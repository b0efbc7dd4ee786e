#include "publish/remotemanifest.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::RemoteManifest", text);
}

TransportError damaged(const QString &detail)
{
    return {TransportError::Kind::Permanent,
            tr("The deploy record on the server (%1) is damaged: %2. Delete %1 and the folder %3 on the "
               "server to upload everything again.")
                .arg(RemoteManifest::headFileName(), detail, RemoteManifest::folderName())};
}

// Names the record's own files may have: below the record's folder, nothing else.
bool isRecordFile(const QString &path)
{
    return path.startsWith(RemoteManifest::folderName() + u'/') && !path.contains(u"..")
        && path.count(u'/') == 1;
}

QString contentName(const QString &kind, const QByteArray &bytes)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
    return RemoteManifest::folderName() + u'/' + kind + u'-' + QString::fromLatin1(hash) + u".json"_s;
}

std::optional<TransportError> uploadBytes(DeployTransport &transport, const QByteArray &bytes,
                                          const QString &remotePath)
{
    QTemporaryFile file(QDir::tempPath() + u"/postwright-record-XXXXXX.json"_s);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        return TransportError{TransportError::Kind::Permanent,
                              tr("Cannot write a temporary file: %1").arg(file.errorString())};
    }
    return transport.upload(file.fileName(), remotePath);
}

QJsonObject entryJson(const ManifestEntry &entry)
{
    return QJsonObject{{u"sha256"_s, entry.sha256}, {u"size"_s, entry.size}};
}

} // namespace

QString RemoteManifest::cachePath(const QString &localManifestPath)
{
    QString path = localManifestPath;
    if (path.endsWith(u".json"_s))
        path.chop(5);
    return path + u".remote.json"_s;
}

QByteArray RemoteManifest::headBytes() const
{
    if (m_base.isEmpty()) // a version 1 record is the whole list in the head
        return m_files.toBytes(true);
    const QJsonObject head{{u"version"_s, FormatVersion},
                           {u"base"_s, m_base},
                           {u"deltas"_s, QJsonArray::fromStringList(m_deltas)}};
    return QJsonDocument(head).toJson(QJsonDocument::Compact);
}

Result<std::optional<RemoteManifest>> RemoteManifest::loadCache(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::optional<RemoteManifest>();
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    const QJsonObject root = QJsonDocument::fromJson(bytes.value()).object();
    Result<DeployManifest> files = DeployManifest::fromJson(root.value(u"files"_s).toObject(), path);
    if (!files)
        return files.error();
    RemoteManifest record;
    record.m_files = std::move(files).value();
    record.m_base = root.value(u"base"_s).toString();
    for (const QJsonValue &delta : root.value(u"deltas"_s).toArray())
        record.m_deltas.append(delta.toString());
    record.m_baseBytes = root.value(u"baseBytes"_s).toInteger();
    record.m_deltaBytes = root.value(u"deltaBytes"_s).toInteger();
    return std::optional<RemoteManifest>(std::move(record));
}

Result<void> RemoteManifest::saveCache(const QString &path) const
{
    const QJsonObject root{
        {u"files"_s, QJsonDocument::fromJson(m_files.toBytes(true)).object()},
        {u"base"_s, m_base},
        {u"deltas"_s, QJsonArray::fromStringList(m_deltas)},
        {u"baseBytes"_s, m_baseBytes},
        {u"deltaBytes"_s, m_deltaBytes},
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return SourceError{path, 0, 0, tr("Cannot create the folder for the deploy record.")};
    return AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<TransportError> RemoteManifest::read(DeployTransport &transport, std::optional<RemoteManifest> &record)
{
    // Another machine may replace the base between reading the head and the base (and then delete
    // the old one); reading the head again then finds the new one.
    std::optional<TransportError> lastError;
    for (int attempt = 0; attempt < 3; ++attempt) {
        record.reset();
        std::optional<QByteArray> head;
        if (std::optional<TransportError> error = transport.read(headFileName(), head))
            return error;
        if (!head)
            return std::nullopt;
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(*head, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return damaged(parseError.errorString());
        RemoteManifest result;
        const int version = root.value(u"version"_s).toInt(-1);
        if (version == DeployManifest::FormatVersion) {
            Result<DeployManifest> files = DeployManifest::fromJson(root, headFileName());
            if (!files)
                return damaged(files.error().message);
            result.m_files = std::move(files).value();
            result.m_baseBytes = head->size();
            record = std::move(result);
            return std::nullopt;
        }
        if (version != FormatVersion) {
            return TransportError{
                TransportError::Kind::Permanent,
                tr("The deploy record on the server (%1) has format version %2, which this version of "
                   "Postwright does not know. Update Postwright.")
                    .arg(headFileName())
                    .arg(version)};
        }
        result.m_base = root.value(u"base"_s).toString();
        for (const QJsonValue &delta : root.value(u"deltas"_s).toArray())
            result.m_deltas.append(delta.toString());
        if (!isRecordFile(result.m_base))
            return damaged(tr("the head names no valid base"));
        std::optional<QByteArray> base;
        if (std::optional<TransportError> error = transport.read(result.m_base, base))
            return error;
        if (!base) {
            lastError = damaged(tr("%1 is missing").arg(result.m_base));
            continue;
        }
        Result<DeployManifest> files = DeployManifest::fromBytes(*base, result.m_base);
        if (!files)
            return damaged(files.error().message);
        result.m_files = std::move(files).value();
        result.m_baseBytes = base->size();
        bool missing = false;
        for (const QString &deltaPath : std::as_const(result.m_deltas)) {
            if (!isRecordFile(deltaPath))
                return damaged(tr("the head names an invalid file"));
            std::optional<QByteArray> delta;
            if (std::optional<TransportError> error = transport.read(deltaPath, delta))
                return error;
            if (!delta) {
                missing = true;
                lastError = damaged(tr("%1 is missing").arg(deltaPath));
                break;
            }
            result.m_deltaBytes += delta->size();
            const QJsonObject changes = QJsonDocument::fromJson(*delta).object().value(u"changes"_s).toObject();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it->isNull()) {
                    result.m_files.remove(it.key());
                    continue;
                }
                const QJsonObject entry = it->toObject();
                const QString sha = entry.value(u"sha256"_s).toString();
                const qint64 size = entry.value(u"size"_s).toInteger(-1);
                if (sha.size() != 64 || size < 0)
                    return damaged(tr("%1 has a broken entry").arg(deltaPath));
                result.m_files.set(it.key(), {sha, size});
            }
        }
        if (missing)
            continue;
        record = std::move(result);
        return std::nullopt;
    }
    return lastError;
}

std::optional<TransportError> RemoteManifest::write(DeployTransport &transport, std::optional<RemoteManifest> &cached,
                                                    const DeployManifest &files, qint64 *bytesUploaded)
{
    qint64 sent = 0;
    const auto done = [&](std::optional<TransportError> error) {
        if (bytesUploaded)
            *bytesUploaded = sent;
        return error;
    };
    // What the target says now: the cached record if the head there is still the one written from
    // here, else the target's own.
    if (cached) {
        std::optional<QByteArray> head;
        if (std::optional<TransportError> error = transport.read(headFileName(), head))
            return done(error);
        if (!head || *head != cached->headBytes())
            cached.reset();
    }
    if (!cached) {
        if (std::optional<TransportError> error = read(transport, cached))
            return done(error);
    }
    if (cached && cached->m_files == files)
        return done(std::nullopt);

    QJsonObject changes;
    if (cached) {
        const QMap<QString, ManifestEntry> &before = cached->m_files.entries();
        for (auto it = files.entries().cbegin(); it != files.entries().cend(); ++it) {
            const auto old = before.constFind(it.key());
            if (old == before.cend() || *old != *it)
                changes.insert(it.key(), entryJson(*it));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!files.entries().contains(it.key()))
                changes.insert(it.key(), QJsonValue::Null);
        }
    }
    // The base and the position make every delta's name unique, even when a deploy repeats an
    // earlier change.
    const QByteArray delta =
        QJsonDocument(QJsonObject{{u"version"_s, FormatVersion},
                                  {u"base"_s, cached ? cached->m_base : QString()},
                                  {u"sequence"_s, cached ? int(cached->m_deltas.size()) + 1 : 1},
                                  {u"changes"_s, changes}})
            .toJson(QJsonDocument::Compact);

    RemoteManifest next;
    next.m_files = files;
    QStringList obsolete;
    const bool compact = !cached || cached->m_base.isEmpty() || cached->m_deltas.size() >= MaxDeltas
        || (cached->m_deltaBytes + delta.size()) * 8 > cached->m_baseBytes;
    if (compact) {
        const QByteArray base = files.toBytes(true);
        next.m_base = contentName(u"base"_s, base);
        next.m_baseBytes = base.size();
        if (std::optional<TransportError> error = uploadBytes(transport, base, next.m_base))
            return done(error);
        sent += base.size();
        if (cached) {
            obsolete = cached->m_deltas;
            if (!cached->m_base.isEmpty() && cached->m_base != next.m_base)
                obsolete.append(cached->m_base);
        }
    } else {
        next.m_base = cached->m_base;
        next.m_baseBytes = cached->m_baseBytes;
        next.m_deltas = cached->m_deltas;
        const QString deltaPath = contentName(u"delta"_s, delta);
        if (std::optional<TransportError> error = uploadBytes(transport, delta, deltaPath))
            return done(error);
        sent += delta.size();
        next.m_deltas.append(deltaPath);
        next.m_deltaBytes = cached->m_deltaBytes + delta.size();
    }
    const QByteArray head = next.headBytes();
    if (std::optional<TransportError> error = uploadBytes(transport, head, headFileName()))
        return done(error);
    sent += head.size();
    cached = std::move(next);
    // The head no longer names these; a failure only leaves a stray file behind.
    for (const QString &path : std::as_const(obsolete))
        transport.remove(path);
    return done(std::nullopt);
}

} // namespace Postwright
