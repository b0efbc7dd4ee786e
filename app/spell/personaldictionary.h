#pragma once

#include "util/result.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Postwright {

// The writer's own words, accepted in every language: a UTF-8 text file, one word a line, kept
// sorted so that it reads and diffs well if the writer syncs it. Thread-safe; one instance is
// meant to be shared by every SpellChecker (the composition root makes it).
class PersonalDictionary final
{
public:
    // <AppDataLocation>/dictionary/personal.txt
    static QString defaultPath();

    explicit PersonalDictionary(QString path = defaultPath());

    QString path() const { return m_path; }

    // Reads the file; a missing file is an empty list, not an error.
    Result<void> load();

    QStringList words() const; // sorted
    bool contains(const QString &word) const;

    // Adds the word and saves at once (atomically). The file is read again first and merged, so
    // words another window or instance added are kept; if it cannot be read, nothing is written.
    // A word must be non-empty and contain no spaces. The word stays accepted for this session
    // even when saving fails; the error says why it will not survive a restart.
    Result<void> add(const QString &word);

    // Grows whenever the list does, so caches of checked words know when to forget.
    quint64 revision() const { return m_revision.load(); }

private:
    Result<QSet<QString>> readFile() const;

    const QString m_path;
    mutable QMutex m_mutex;
    QSet<QString> m_words;
    std::atomic<quint64> m_revision = 0;
};

} // namespace Postwright
