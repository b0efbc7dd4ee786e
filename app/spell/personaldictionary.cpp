#include "personaldictionary.h"

#include "spell/spelllogging.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Postwright {

namespace {

// Longer than any word a dictionary could hold (Hunspell stops at 100 bytes); also keeps a
// pasted paragraph out of the file.
constexpr qsizetype MaxWordLength = 100;

QStringList sorted(const QSet<QString> &words)
{
    QStringList list(words.begin(), words.end());
    // Case-insensitive first so "api" and "API" sit together; then exact for a stable order.
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return list;
}

} // namespace

QString PersonalDictionary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/dictionary/personal.txt";
}

PersonalDictionary::PersonalDictionary(QString path)
    : m_path(std::move(path))
{}

Result<QSet<QString>> PersonalDictionary::readFile() const
{
    if (!QFileInfo::exists(m_path))
        return QSet<QString>();
    Result<QByteArray> bytes = AtomicFile::read(m_path);
    if (!bytes)
        return bytes.error();
    QSet<QString> words;
    const QStringList lines = QString::fromUtf8(bytes.value()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            words.insert(word);
    }
    return words;
}

Result<void> PersonalDictionary::load()
{
    Result<QSet<QString>> words = readFile();
    if (!words)
        return words.error();
    QMutexLocker lock(&m_mutex);
    m_words = std::move(words).value();
    ++m_revision;
    qCDebug(lcSpell) << "personal dictionary" << m_path << "has" << m_words.size() << "words";
    return {};
}

QStringList PersonalDictionary::words() const
{
    QMutexLocker lock(&m_mutex);
    return sorted(m_words);
}

bool PersonalDictionary::contains(const QString &word) const
{
    QMutexLocker lock(&m_mutex);
    return m_words.contains(word);
}

Result<void> PersonalDictionary::add(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxWordLength ||
        std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); })) {
        return SourceError{{},
                           0,
                           0,
                           QCoreApplication::translate("Postwright::PersonalDictionary",
                                                       "“%1” cannot be added to the dictionary: "
                                                       "add one word at a time, without spaces.")
                               .arg(trimmed.left(40))};
    }

    QMutexLocker lock(&m_mutex);
    if (!m_words.contains(trimmed)) {
        m_words.insert(trimmed);
        ++m_revision;
    }
    Result<QSet<QString>> onDisk = readFile();
    if (!onDisk)
        return onDisk.error();
    const qsizetype before = m_words.size();
    m_words.unite(onDisk.value());
    if (m_words.size() != before)
        ++m_revision;
    if (onDisk.value().contains(trimmed))
        return {};
    const QByteArray data = sorted(m_words).join(u'\n').toUtf8() + '\n';
    return AtomicFile::write(m_path, data);
}

} // namespace Postwright
