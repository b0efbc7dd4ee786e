#include "postpublishstate.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PostPublishState", text);
}

constexpr int FormatVersion = 1;

QJsonObject toJson(const PostRemoteRecord &record)
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1StringView(key), value);
    };
    put("id", record.id);
    put("url", record.url);
    put("slug", record.slug);
    put("version", record.version);
    put("seenVersion", record.seenVersion);
    put("hash", record.hash);
    if (record.sourceSize >= 0)
        object.insert(QLatin1StringView("sourceSize"), record.sourceSize);
    if (record.sourceModified.isValid())
        object.insert(QLatin1StringView("sourceModified"), record.sourceModified.toMSecsSinceEpoch());
    if (record.publishedAt.isValid())
        object.insert(QLatin1StringView("publishedAt"), record.publishedAt.toString(Qt::ISODate));
    if (record.pending) {
        object.insert(QLatin1StringView("pending"), true);
        put("pendingTitle", record.pendingTitle);
    }
    return object;
}

PostRemoteRecord recordFromJson(const QJsonObject &object)
{
    PostRemoteRecord record;
    record.id = object.value(QLatin1StringView("id")).toString();
    record.url = object.value(QLatin1StringView("url")).toString();
    record.slug = object.value(QLatin1StringView("slug")).toString();
    record.version = object.value(QLatin1StringView("version")).toString();
    record.seenVersion = object.value(QLatin1StringView("seenVersion")).toString();
    record.hash = object.value(QLatin1StringView("hash")).toString();
    record.sourceSize = qint64(object.value(QLatin1StringView("sourceSize")).toDouble(-1));
    if (object.contains(QLatin1StringView("sourceModified"))) {
        record.sourceModified = QDateTime::fromMSecsSinceEpoch(
            qint64(object.value(QLatin1StringView("sourceModified")).toDouble()), Qt::UTC);
    }
    record.publishedAt =
        QDateTime::fromString(object.value(QLatin1StringView("publishedAt")).toString(), Qt::ISODate);
    record.pending = object.value(QLatin1StringView("pending")).toBool();
    record.pendingTitle = object.value(QLatin1StringView("pendingTitle")).toString();
    return record;
}

QString fileNameFor(const QString &targetId)
{
    QString name = targetId;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    }
    return name;
}

} // namespace

QString PostPublishState::path(const QString &blogRoot, const QString &targetId)
{
    return QDir(blogRoot).filePath(QStringLiteral(".postwright/publish/") + fileNameFor(targetId) +
                                   QStringLiteral(".json"));
}

Result<PostPublishState> PostPublishState::load(const QString &blogRoot, const QString &targetId)
{
    PostPublishState state;
    state.m_jsonPath = path(blogRoot, targetId);
    state.m_journalPath = state.m_jsonPath.chopped(5) + QStringLiteral(".journal");
    const auto apply = [&state](const QJsonObject &change) {
        const QString post = change.value(QLatin1StringView("post")).toString();
        const QString media = change.value(QLatin1StringView("media")).toString();
        if (!post.isEmpty()) {
            if (change.value(QLatin1StringView("removed")).toBool())
                state.m_posts.remove(post);
            else
                state.m_posts.insert(post,
                                     recordFromJson(change.value(QLatin1StringView("record")).toObject()));
        } else if (!media.isEmpty()) {
            state.m_media.insert(media, {change.value(QLatin1StringView("id")).toString(),
                                         change.value(QLatin1StringView("url")).toString()});
        }
    };
    if (QFileInfo::exists(state.m_jsonPath)) {
        const Result<QByteArray> bytes = AtomicFile::read(state.m_jsonPath);
        if (!bytes)
            return bytes.error();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
        if (!document.isObject() ||
            document.object().value(QLatin1StringView("format")).toInt() != FormatVersion) {
            return SourceError{state.m_jsonPath, 0, 0,
                               tr("This record of published posts is damaged or from another version of "
                                  "Postwright (%1). Move it away to start a new record.")
                                   .arg(parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : tr("unknown format"))};
        }
        const QJsonObject root = document.object();
        const QJsonObject posts = root.value(QLatin1StringView("posts")).toObject();
        for (auto it = posts.begin(); it != posts.end(); ++it)
            state.m_posts.insert(it.key(), recordFromJson(it.value().toObject()));
        const QJsonObject media = root.value(QLatin1StringView("media")).toObject();
        for (auto it = media.begin(); it != media.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            state.m_media.insert(it.key(), {item.value(QLatin1StringView("id")).toString(),
                                            item.value(QLatin1StringView("url")).toString()});
        }
    }
    QFile journal(state.m_journalPath);
    if (journal.exists()) {
        if (!journal.open(QIODevice::ReadOnly)) {
            return SourceError{
                state.m_journalPath, 0, 0,
                tr("Cannot read the journal of published posts: %1").arg(journal.errorString())};
        }
        // One JSON object per line. A crash can leave the last line torn; it was never acknowledged,
        // so it is skipped (the change it describes is looked up again by the next publish).
        while (!journal.atEnd()) {
            const QByteArray line = journal.readLine().trimmed();
            const QJsonDocument change = QJsonDocument::fromJson(line);
            if (change.isObject())
                apply(change.object());
        }
    }
    return state;
}

std::optional<PostRemoteRecord> PostPublishState::post(const QString &relativePath) const
{
    const auto it = m_posts.constFind(relativePath);
    if (it == m_posts.cend())
        return std::nullopt;
    return *it;
}

std::optional<std::pair<QString, QString>> PostPublishState::media(const QString &sha256) const
{
    const auto it = m_media.constFind(sha256);
    if (it == m_media.cend())
        return std::nullopt;
    return *it;
}

Result<void> PostPublishState::append(const QByteArray &line)
{
    QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    QFile journal(m_journalPath);
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return SourceError{m_journalPath, 0, 0,
                           tr("Cannot record the published post: %1").arg(journal.errorString())};
    }
    const QByteArray data = line + '\n';
    if (journal.write(data) != data.size() || !journal.flush()) {
        return SourceError{m_journalPath, 0, 0,
                           tr("Cannot record the published post: %1").arg(journal.errorString())};
    }
    // The id must survive a crash or power cut right after the blog answered.
    ::fsync(journal.handle());
    return {};
}

Result<void> PostPublishState::setPost(const QString &relativePath, const PostRemoteRecord &record)
{
    m_posts.insert(relativePath, record);
    QJsonObject change{{QStringLiteral("post"), relativePath}, {QStringLiteral("record"), toJson(record)}};
    return append(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

Result<void> PostPublishState::removePost(const QString &relativePath)
{
    m_posts.remove(relativePath);
    QJsonObject change{{QStringLiteral("post"), relativePath}, {QStringLiteral("removed"), true}};
    return append(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

Result<void> PostPublishState::setMedia(const QString &sha256, const QString &id, const QString &url)
{
    m_media.insert(sha256, {id, url});
    QJsonObject change{
        {QStringLiteral("media"), sha256}, {QStringLiteral("id"), id}, {QStringLiteral("url"), url}};
    return append(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

Result<void> PostPublishState::compact()
{
    QJsonObject posts;
    for (auto it = m_posts.cbegin(); it != m_posts.cend(); ++it)
        posts.insert(it.key(), toJson(it.value()));
    QJsonObject media;
    for (auto it = m_media.cbegin(); it != m_media.cend(); ++it)
        media.insert(it.key(),
                     QJsonObject{{QStringLiteral("id"), it->first}, {QStringLiteral("url"), it->second}});
    const QJsonObject root{{QStringLiteral("format"), FormatVersion},
                           {QStringLiteral("posts"), posts},
                           {QStringLiteral("media"), media}};
    if (Result<void> written =
            AtomicFile::write(m_jsonPath, QJsonDocument(root).toJson(QJsonDocument::Indented));
        !written) {
        return written;
    }
    // The journal's changes are all in the file now; a crash before this line only replays them again.
    if (QFile::exists(m_journalPath) && !QFile::remove(m_journalPath)) {
        return SourceError{m_journalPath, 0, 0, tr("Cannot clear the journal of published posts.")};
    }
    return {};
}

PostPublishStatus PostPublishState::status(const std::optional<PostRemoteRecord> &record, qint64 fileSize,
                                           const QDateTime &fileModified)
{
    if (!record)
        return PostPublishStatus::NeverPublished;
    if (record->pending && record->id.isEmpty())
        return PostPublishStatus::Pending;
    if (!record->seenVersion.isEmpty() && !record->version.isEmpty() &&
        record->seenVersion != record->version)
        return PostPublishStatus::ChangedRemotely;
    if (record->sourceSize != fileSize || record->sourceModified != fileModified)
        return PostPublishStatus::ChangedLocally;
    return PostPublishStatus::Published;
}

} // namespace Postwright
