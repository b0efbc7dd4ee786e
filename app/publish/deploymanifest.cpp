#include "publish/deploymanifest.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::DeployManifest", text);
}

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar ch : text) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
            return false;
    }
    return true;
}

struct HashedFile
{
    QString relativePath;
    ManifestEntry entry;
    QString error;
};

HashedFile hashFile(const QString &folder, const QString &relativePath)
{
    HashedFile result{relativePath, {}, {}};
    QFile file(folder + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        result.error = file.errorString();
        return result;
    }
    result.entry.sha256 = QString::fromLatin1(hash.result().toHex());
    result.entry.size = file.size();
    return result;
}

} // namespace

QString DeployManifest::localPath(const QString &blogRoot, const QString &targetId)
{
    return QDir(blogRoot).filePath(u".postwright/deploy/"_s + targetId + u".json"_s);
}

Result<DeployManifest> DeployManifest::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return DeployManifest();
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value(), path);
}

Result<void> DeployManifest::save(const QString &path) const
{
    return AtomicFile::write(path, toBytes());
}

QByteArray DeployManifest::toBytes(bool compact) const
{
    // An array sorted by path keeps the file diffable and stable between saves.
    QJsonArray files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        files.append(QJsonObject{{u"path"_s, it.key()}, {u"sha256"_s, it->sha256}, {u"size"_s, it->size}});
    }
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"files"_s, files}};
    return QJsonDocument(root).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

Result<DeployManifest> DeployManifest::fromBytes(const QByteArray &bytes, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        return SourceError{origin, 0, 0,
                           tr("The deploy record is damaged (%1). Delete it to upload everything again.")
                               .arg(parseError.errorString())};
    }
    return fromJson(document.object(), origin);
}

Result<DeployManifest> DeployManifest::fromJson(const QJsonObject &root, const QString &origin)
{
    const int version = root.value(u"version"_s).toInt(-1);
    if (version != FormatVersion) {
        return SourceError{
            origin, 0, 0,
            tr("The deploy record has format version %1, which this version of Postwright does not "
               "know. Update Postwright, or delete the record to upload everything again.")
                .arg(version)};
    }
    DeployManifest manifest;
    for (const QJsonValue &value : root.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(u"path"_s).toString();
        const QString sha = file.value(u"sha256"_s).toString();
        const qint64 size = file.value(u"size"_s).toInteger(-1);
        if (path.isEmpty() || !isHex64(sha) || size < 0) {
            return SourceError{
                origin, 0, 0,
                tr("The deploy record has a broken entry. Delete it to upload everything again.")};
        }
        manifest.m_entries.insert(path, {sha, size});
    }
    return manifest;
}

Result<QMap<QString, ManifestEntry>> DeployManifest::hashFolder(const QString &folder)
{
    const QDir root(folder);
    if (!root.exists())
        return SourceError{folder, 0, 0, tr("The output folder does not exist. Build the site first.")};
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative != remoteFileName())
            paths.append(relative);
    }
    const QList<HashedFile> hashed = QtConcurrent::blockingMapped(
        paths, [&folder](const QString &path) { return hashFile(folder, path); });
    QMap<QString, ManifestEntry> entries;
    for (const HashedFile &file : hashed) {
        if (!file.error.isEmpty())
            return SourceError{root.filePath(file.relativePath), 0, 0,
                               tr("Cannot read the file: %1").arg(file.error)};
        entries.insert(file.relativePath, file.entry);
    }
    return entries;
}

std::optional<ManifestEntry> DeployManifest::entry(const QString &remotePath) const
{
    const auto it = m_entries.constFind(remotePath);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

} // namespace Postwright
