#include "blog/indexcache.h"

#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright {

namespace {

constexpr quint32 magic = 0x50574958; // "PWIX"
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

// A file saved within this long before the cache was written may change again without its
// modification time moving (coarse file system clocks, two saves in one millisecond): such an
// entry is parsed again rather than trusted, as git does with "racily clean" index entries.
constexpr qint64 racyWindowMs = 2000;

void writeMetadata(QDataStream &out, const PostMetadata &m)
{
    out << m.title << m.date << m.updated << m.publishDate << m.draft << m.categories << m.tags << m.summary
        << m.slug << m.cover << m.aliases << m.unknownKeys;
}

void readMetadata(QDataStream &in, PostMetadata &m)
{
    in >> m.title >> m.date >> m.updated >> m.publishDate >> m.draft >> m.categories >> m.tags >> m.summary >>
        m.slug >> m.cover >> m.aliases >> m.unknownKeys;
}

QByteArray checksum(const QByteArray &payload)
{
    // Detects a damaged file, nothing more: MD5 is fast and plenty for that.
    return QCryptographicHash::hash(payload, QCryptographicHash::Md5);
}

} // namespace

QString IndexCache::filePath(const QString &statePath)
{
    return QDir(statePath).filePath(QStringLiteral("index.cache"));
}

IndexCache IndexCache::load(const QString &cacheFile, const QString &blogRoot)
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromBytes(file.readAll(), blogRoot);
}

IndexCache IndexCache::fromBytes(const QByteArray &bytes, const QString &blogRoot)
{
    QDataStream header(bytes);
    header.setVersion(streamVersion);
    quint32 fileMagic = 0;
    quint32 version = 0;
    QString appVersion;
    qint64 writtenAtMs = 0;
    QByteArray payload;
    QByteArray sum;
    header >> fileMagic >> version;
    if (header.status() != QDataStream::Ok || fileMagic != magic || version != formatVersion)
        return {};
    header >> appVersion >> writtenAtMs >> payload >> sum;
    // Another Postwright version may parse front matter differently: its cache is not ours.
    if (header.status() != QDataStream::Ok || appVersion != QLatin1StringView(POSTWRIGHT_VERSION)
        || sum != checksum(payload)) {
        qCInfo(lcBlog) << "ignoring an unusable post index cache; it will be rewritten";
        return {};
    }

    IndexCache cache;
    cache.m_writtenAtMs = writtenAtMs;
    QDataStream in(payload);
    in.setVersion(streamVersion);
    quint32 count = 0;
    in >> count;
    const QString prefix = blogRoot + u'/';
    cache.m_posts.reserve(qsizetype(std::min<quint32>(count, quint32(payload.size()))));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Post post;
        quint8 kind = 0;
        qint64 modifiedMs = 0;
        bool hasError = false;
        in >> post.relativePath >> post.fileSize >> modifiedMs >> kind >> post.isBundle;
        readMetadata(in, post.metadata);
        in >> hasError;
        if (hasError) {
            SourceError error;
            qint32 line = 0;
            qint32 column = 0;
            in >> error.file >> line >> column >> error.message;
            error.line = line;
            error.column = column;
            post.error = std::move(error);
        }
        post.kind = kind == quint8(Post::Kind::Page) ? Post::Kind::Page : Post::Kind::Post;
        // UTC: a local time would cost a time zone lookup per post, and only the instant matters.
        post.fileModified = QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC);
        post.filePath = prefix + post.relativePath;
        const QString key = post.relativePath;
        cache.m_posts.insert(key, {std::move(post), modifiedMs});
    }
    if (in.status() != QDataStream::Ok)
        return {};
    return cache;
}

QByteArray IndexCache::toBytes() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(streamVersion);
        out << quint32(m_posts.size());
        for (const auto &[post, modifiedMs] : m_posts) {
            out << post.relativePath << post.fileSize << modifiedMs << quint8(post.kind) << post.isBundle;
            writeMetadata(out, post.metadata);
            out << post.error.has_value();
            if (post.error) {
                out << post.error->file << qint32(post.error->line) << qint32(post.error->column)
                    << post.error->message;
            }
        }
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << magic << formatVersion << QStringLiteral(POSTWRIGHT_VERSION) << QDateTime::currentMSecsSinceEpoch()
        << payload << checksum(payload);
    return bytes;
}

Result<void> IndexCache::save(const QString &cacheFile) const
{
    // .postwright/ is local state: keep it out of git even when the blog has no .gitignore.
    const QString ignore = QFileInfo(cacheFile).dir().filePath(QStringLiteral(".gitignore"));
    if (!QFileInfo::exists(ignore)) {
        if (Result<void> written = AtomicFile::write(
                ignore, "# Postwright's local state: caches, manifests, recovery. Never commit it.\n*\n");
            !written)
            return written;
    }
    return AtomicFile::write(cacheFile, toBytes());
}

const Post *IndexCache::find(const QString &relativePath, qint64 size, qint64 modifiedMs) const
{
    const auto it = m_posts.constFind(relativePath);
    if (it == m_posts.cend() || it->post.fileSize != size || it->modifiedMs != modifiedMs)
        return nullptr;
    if (modifiedMs > m_writtenAtMs - racyWindowMs)
        return nullptr;
    return &it->post;
}

void IndexCache::insert(const Post &post)
{
    m_posts.insert(post.relativePath, {post, post.fileModified.toMSecsSinceEpoch()});
}

} // namespace Postwright
