#include "buildcache.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace Postwright {

namespace {

// Bump whenever anything written below, or the meaning of an output key, changes.
constexpr quint32 magic = 0x50574243; // "PWBC"
constexpr quint32 formatVersion = 9;  // 9: PostMetadata::publishDate

// A plain length-prefixed binary format in host byte order, read straight from one buffer. This
// cache is read and written on every build, and QDataStream's per-field overhead was most of a
// no-op build of a large blog. The file is a cache: a different machine or version rebuilds it.
class Writer
{
public:
    void u32(quint32 v) { raw(&v, sizeof v); }
    void i64(qint64 v) { raw(&v, sizeof v); }
    void boolean(bool v) { u32(v ? 1 : 0); }
    void bytes(const QByteArray &v)
    {
        u32(quint32(v.size()));
        raw(v.constData(), size_t(v.size()));
    }
    void string(const QString &v) { bytes(v.toUtf8()); } // UTF-8: half the bytes to read and write
    void strings(const QStringList &v)
    {
        u32(quint32(v.size()));
        for (const QString &s : v)
            string(s);
    }
    void date(const QDateTime &v)
    {
        boolean(v.isValid());
        i64(v.isValid() ? v.toMSecsSinceEpoch() : 0);
        i64(v.isValid() ? v.offsetFromUtc() : 0);
    }
    QByteArray data;

private:
    void raw(const void *p, size_t n) { data.append(static_cast<const char *>(p), qsizetype(n)); }
};

class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_p(data.constData()), m_end(data.constData() + data.size()) {}
    bool ok() const { return m_ok; }
    quint32 u32() { return pod<quint32>(); }
    qint64 i64() { return pod<qint64>(); }
    bool boolean() { return u32() != 0; }
    QByteArray bytes()
    {
        const quint32 n = u32();
        if (!need(n))
            return {};
        QByteArray v(m_p, qsizetype(n));
        m_p += n;
        return v;
    }
    QString string()
    {
        const quint32 n = u32();
        if (!need(n))
            return {};
        QString v = QString::fromUtf8(m_p, qsizetype(n));
        m_p += n;
        return v;
    }
    QStringList strings()
    {
        const quint32 n = u32();
        QStringList v;
        for (quint32 i = 0; i < n && m_ok; ++i)
            v.append(string());
        return v;
    }
    QDateTime date()
    {
        const bool valid = boolean();
        const qint64 msecs = i64();
        const int offset = int(i64());
        if (!valid)
            return {};
        // Offset 0 as UTC, as FrontMatter::parseDate makes it, so output never depends on the cache.
        return offset == 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)
                           : QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
    }

private:
    bool need(size_t n)
    {
        if (size_t(m_end - m_p) < n)
            m_ok = false;
        return m_ok;
    }
    template<typename T>
    T pod()
    {
        T v{};
        if (need(sizeof v)) {
            std::memcpy(&v, m_p, sizeof v);
            m_p += sizeof v;
        }
        return v;
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

void write(Writer &w, const PostMetadata &m)
{
    w.string(m.title);
    w.date(m.date);
    w.date(m.updated);
    w.date(m.publishDate);
    w.boolean(m.draft);
    w.strings(m.categories);
    w.strings(m.tags);
    w.string(m.summary);
    w.string(m.slug);
    w.string(m.cover);
    w.strings(m.aliases);
    w.strings(m.unknownKeys);
}

PostMetadata readMetadata(Reader &r)
{
    PostMetadata m;
    m.title = r.string();
    m.date = r.date();
    m.updated = r.date();
    m.publishDate = r.date();
    m.draft = r.boolean();
    m.categories = r.strings();
    m.tags = r.strings();
    m.summary = r.string();
    m.slug = r.string();
    m.cover = r.string();
    m.aliases = r.strings();
    m.unknownKeys = r.strings();
    return m;
}

} // namespace

QString BuildCache::filePath(const QString &statePath)
{
    return statePath + QStringLiteral("/build-cache");
}

BuildCache BuildCache::load(const QString &statePath)
{
    QFile file(filePath(statePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    Reader r(data);
    if (r.u32() != magic || r.u32() != formatVersion)
        return {};
    BuildCache cache;
    cache.outputRoot = r.string();
    const quint32 sourceCount = r.u32();
    cache.sources.reserve(qsizetype(sourceCount));
    for (quint32 i = 0; i < sourceCount && r.ok(); ++i) {
        const QString key = r.string();
        Source s;
        s.size = r.i64();
        s.modifiedMs = r.i64();
        s.contentHash = r.bytes();
        s.metadata = readMetadata(r);
        if (r.boolean()) {
            SourceError error;
            error.file = r.string();
            error.line = int(r.u32());
            error.column = int(r.u32());
            error.message = r.string();
            s.error = error;
        }
        s.hasSummary = r.boolean();
        s.summaryHtml = r.string();
        s.wordCount = int(r.u32());
        s.hasCode = r.boolean();
        s.hasMath = r.boolean();
        s.permalinkPattern = r.string();
        s.slug = r.string();
        s.url = r.string();
        cache.sources.insert(key, std::move(s));
    }
    const quint32 outputCount = r.u32();
    cache.outputs.reserve(qsizetype(outputCount));
    for (quint32 i = 0; i < outputCount && r.ok(); ++i) {
        const QString key = r.string();
        OutputWriter::Entry entry;
        entry.key = r.bytes();
        entry.size = r.i64();
        cache.outputs.insert(key, entry);
    }
    if (!r.ok())
        return {};
    return cache;
}

Result<void> BuildCache::save(const QString &statePath) const
{
    QDir().mkpath(statePath);
    const QString ignore = statePath + QStringLiteral("/.gitignore");
    if (!QFileInfo::exists(ignore))
        AtomicFile::write(ignore, "# Postwright's local state: caches, manifests, recovery. Never commit it.\n*\n");

    Writer w;
    w.data.reserve(1 << 20);
    w.u32(magic);
    w.u32(formatVersion);
    w.string(outputRoot);
    w.u32(quint32(sources.size()));
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const Source &s = it.value();
        w.string(it.key());
        w.i64(s.size);
        w.i64(s.modifiedMs);
        w.bytes(s.contentHash);
        write(w, s.metadata);
        w.boolean(s.error.has_value());
        if (s.error) {
            w.string(s.error->file);
            w.u32(quint32(s.error->line));
            w.u32(quint32(s.error->column));
            w.string(s.error->message);
        }
        w.boolean(s.hasSummary);
        w.string(s.summaryHtml);
        w.u32(quint32(s.wordCount));
        w.boolean(s.hasCode);
        w.boolean(s.hasMath);
        w.string(s.permalinkPattern);
        w.string(s.slug);
        w.string(s.url);
    }
    w.u32(quint32(outputs.size()));
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        w.string(it.key());
        w.bytes(it->key);
        w.i64(it->size);
    }
    return AtomicFile::write(filePath(statePath), w.data);
}

} // namespace Postwright
