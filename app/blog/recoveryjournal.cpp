#include "blog/recoveryjournal.h"

#include "blog/postdocument.h"
#include "util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Postwright {

namespace {

constexpr int kFormat = 1;

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

RecoveryJournal::RecoveryJournal(QString blogRoot)
    : m_root(std::move(blogRoot))
{
}

QString RecoveryJournal::folder() const
{
    return m_root + str("/.postwright/recovery");
}

QByteArray RecoveryJournal::hash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString RecoveryJournal::entryPath(const QString &filePath) const
{
    // Named after the post's place in the blog, so a post has one entry however often it is written.
    const QString relative = QDir(m_root).relativeFilePath(filePath);
    return folder() + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(relative.toUtf8(), QCryptographicHash::Sha1).toHex()) + str(".json");
}

Result<void> RecoveryJournal::write(const RecoveryEntry &entry) const
{
    QJsonObject object;
    object.insert(str("format"), kFormat);
    object.insert(str("path"), QDir(m_root).relativeFilePath(entry.filePath));
    object.insert(str("writtenAt"), entry.writtenAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(str("diskHash"), QString::fromLatin1(entry.diskHash));
    object.insert(str("text"), entry.text);
    return AtomicFile::write(entryPath(entry.filePath), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void RecoveryJournal::remove(const QString &filePath) const
{
    QFile::remove(entryPath(filePath));
}

QList<RecoveryEntry> RecoveryJournal::pending() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({str("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (object.value(str("format")).toInt() != kFormat || !object.contains(str("text")))
            continue; // a newer or damaged entry: left alone rather than deleted
        RecoveryEntry entry;
        entry.filePath = QDir::cleanPath(m_root + u'/' + object.value(str("path")).toString());
        entry.text = object.value(str("text")).toString();
        entry.writtenAt = QDateTime::fromString(object.value(str("writtenAt")).toString(), Qt::ISODateWithMs);
        entry.diskHash = object.value(str("diskHash")).toString().toLatin1();
        // Nothing to offer when the file already says the same.
        QFile post(entry.filePath);
        if (post.open(QIODevice::ReadOnly) && PostDocument::fromBytes(post.readAll()).text() == entry.text) {
            QFile::remove(path);
            continue;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.writtenAt > b.writtenAt; });
    return entries;
}

} // namespace Postwright
