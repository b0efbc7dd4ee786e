#pragma once

#include "spell/dictionaries.h"
#include "util/result.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <memory>
#include <optional>
#include <string>

class Hunspell;

namespace Postwright {

class PersonalDictionary;

// Answers "is this word spelled right?" and "what did you mean?" with one Hunspell dictionary,
// plus the writer's personal words and the words ignored for this session.
//
// Thread-safe: every method may be called from any thread. A Hunspell handle is not (it keeps
// scratch buffers), so one mutex serialises its use. Sharing one checker between the UI thread
// (suggestions) and SpellCheckService's worker (isCorrect) costs little, since a spell() call
// takes microseconds, and avoids loading a dictionary twice (tens of MB for some languages).
class SpellChecker final
{
public:
    // Loads the dictionary (a few hundred ms for large ones: call it off the UI thread if that
    // matters). personal: the shared personal dictionary; null loads the default one from disk.
    // A missing, unreadable or damaged dictionary, or one in an encoding Qt cannot convert, is
    // an error that names the file.
    static Result<std::shared_ptr<SpellChecker>> open(const DictionaryInfo &dictionary,
                                                      std::shared_ptr<PersonalDictionary> personal = {});

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    const DictionaryInfo &dictionary() const { return m_dictionary; }
    // As the .aff file's SET line names it: "UTF-8", "ISO8859-1", ...
    QString encoding() const { return m_encoding; }
    const std::shared_ptr<PersonalDictionary> &personalDictionary() const { return m_personal; }

    // A word as MarkdownSpellScanner finds it. Typographic (’) and straight (') apostrophes are
    // both accepted whichever one the dictionary uses. Empty words and words longer than
    // Hunspell's limit count as correct.
    bool isCorrect(QStringView word) const;

    // Best first, at most max; apostrophes in the writer's style (’ if the word had one).
    QStringList suggestions(QStringView word, int max = 7) const;

    // Accepts the word from now on in every language and saves it to the personal dictionary.
    // The error (disk full, bad word) is for the UI to show; the word stays accepted for the
    // session either way unless it was rejected as not a word.
    Result<void> addToPersonal(const QString &word);

    // Accepts the word until this checker goes away; nothing is saved.
    void ignoreForSession(const QString &word);

    // Grows whenever a word becomes accepted (here or in the shared personal dictionary), so a
    // cache of results knows when to forget.
    quint64 revision() const;

private:
    SpellChecker(DictionaryInfo dictionary, std::unique_ptr<Hunspell> hunspell, QString encoding,
                 QByteArray qtEncoding, std::shared_ptr<PersonalDictionary> personal);

    // With m_mutex held.
    std::optional<std::string> encodeLocked(QStringView word) const;
    QString decodeLocked(const std::string &bytes) const;
    bool spellLocked(QStringView word) const;

    const DictionaryInfo m_dictionary;
    const QString m_encoding;
    const std::shared_ptr<PersonalDictionary> m_personal;
    const QByteArray m_qtEncoding;

    mutable QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
    QSet<QString> m_ignored;
    std::atomic<quint64> m_revision = 0;
};

} // namespace Postwright
