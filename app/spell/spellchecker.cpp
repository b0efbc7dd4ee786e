#include "spellchecker.h"

#include "spell/personaldictionary.h"
#include "spell/spelllogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <hunspell.hxx>

namespace Postwright {

namespace {

// Hunspell rejects longer words outright; a "word" that long is a hash or an identifier the
// scanner did not recognise, not something to underline.
constexpr qsizetype MaxWordLength = 100;

constexpr char16_t TypographicApostrophe = u'\u2019';

SourceError dictionaryError(const DictionaryInfo &dictionary, const QString &file, const QString &problem)
{
    return {file, 0, 0,
            QCoreApplication::translate("Postwright::SpellChecker",
                                        "The %1 spelling dictionary cannot be used: "
                                        "%2. Reinstall it or choose another language.")
                .arg(dictionary.name.isEmpty() ? dictionary.code : dictionary.name, problem)};
}

// The name Qt (with ICU) knows for the encoding an .aff file's SET line names.
QByteArray qtEncodingName(const QString &hunspellName)
{
    const QString upper = hunspellName.trimmed().toUpper();
    if (upper.startsWith(u"ISO8859-"))
        return "ISO-8859-" + upper.mid(8).toLatin1();
    if (upper == u"MICROSOFT-CP1251")
        return "windows-1251";
    if (upper == u"TIS620-2533")
        return "TIS-620";
    return upper.toLatin1();
}

// A .dic file starts with its number of words; anything else is not a dictionary Hunspell can
// read (it would silently accept every word or none).
std::optional<SourceError> checkFiles(const DictionaryInfo &dictionary)
{
    QFile aff(dictionary.affPath);
    if (!aff.open(QIODevice::ReadOnly))
        return dictionaryError(dictionary, dictionary.affPath, aff.errorString());
    QFile dic(dictionary.dicPath);
    if (!dic.open(QIODevice::ReadOnly))
        return dictionaryError(dictionary, dictionary.dicPath, dic.errorString());
    QByteArray first = dic.readLine(256).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    bool number = false;
    first.toLongLong(&number);
    if (!number)
        return dictionaryError(
            dictionary, dictionary.dicPath,
            QCoreApplication::translate("Postwright::SpellChecker",
                                        "its word list does not start with the number of words"));
    return std::nullopt;
}

QString withApostrophe(QStringView word, char16_t from, char16_t to)
{
    QString result = word.toString();
    result.replace(QChar(from), QChar(to));
    return result;
}

} // namespace

Result<std::shared_ptr<SpellChecker>> SpellChecker::open(const DictionaryInfo &dictionary,
                                                         std::shared_ptr<PersonalDictionary> personal)
{
    if (!dictionary.isValid())
        return SourceError{
            {},
            0,
            0,
            QCoreApplication::translate("Postwright::SpellChecker",
                                        "No spelling dictionary is installed for this language.")};
    if (std::optional<SourceError> error = checkFiles(dictionary))
        return *error;

    QElapsedTimer timer;
    timer.start();
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(dictionary.affPath).constData(),
                                               QFile::encodeName(dictionary.dicPath).constData());
    const QString encoding = QString::fromStdString(hunspell->get_dict_encoding());
    const QByteArray qtEncoding = qtEncodingName(encoding);
    if (!QStringEncoder(qtEncoding.constData()).isValid() ||
        !QStringDecoder(qtEncoding.constData()).isValid()) {
        return dictionaryError(dictionary, dictionary.affPath,
                               QCoreApplication::translate("Postwright::SpellChecker",
                                                           "its character encoding %1 is not supported")
                                   .arg(encoding));
    }

    if (!personal) {
        personal = std::make_shared<PersonalDictionary>();
        // Not fatal: checking works without it, and PersonalDictionary::add() refuses to
        // overwrite a file it cannot read, so the words in it are not lost.
        if (const Result<void> loaded = personal->load(); !loaded)
            qCWarning(lcSpell) << "personal dictionary not loaded:" << loaded.error().toString();
    }

    std::shared_ptr<SpellChecker> checker(
        new SpellChecker(dictionary, std::move(hunspell), encoding, qtEncoding, std::move(personal)));
    qCDebug(lcSpell).noquote() << QStringLiteral("opened the %1 dictionary (%2) in %3 ms")
                                      .arg(dictionary.code, encoding, QString::number(timer.elapsed()));
    return checker;
}

SpellChecker::SpellChecker(DictionaryInfo dictionary, std::unique_ptr<Hunspell> hunspell, QString encoding,
                           QByteArray qtEncoding, std::shared_ptr<PersonalDictionary> personal)
    : m_dictionary(std::move(dictionary))
    , m_encoding(std::move(encoding))
    , m_personal(std::move(personal))
    , m_qtEncoding(std::move(qtEncoding))
    , m_hunspell(std::move(hunspell))
    , m_encoder(m_qtEncoding.constData())
    , m_decoder(m_qtEncoding.constData())
{
    // Hunspell's own add() also accepts the capitalised and all-caps forms of a lower-case word.
    const QStringList words = m_personal->words();
    QMutexLocker lock(&m_mutex);
    for (const QString &word : words) {
        if (const std::optional<std::string> bytes = encodeLocked(word))
            m_hunspell->add(*bytes);
    }
}

SpellChecker::~SpellChecker() = default;

std::optional<std::string> SpellChecker::encodeLocked(QStringView word) const
{
    m_encoder.resetState();
    const QByteArray bytes = m_encoder.encode(word);
    if (m_encoder.hasError()) {
        // A character the dictionary's encoding cannot hold. resetState() does not clear the
        // error of ICU-backed converters (KOI8-R, ...), so start over with a fresh one.
        m_encoder = QStringEncoder(m_qtEncoding.constData());
        return std::nullopt;
    }
    return bytes.toStdString();
}

QString SpellChecker::decodeLocked(const std::string &bytes) const
{
    m_decoder.resetState();
    QString text = m_decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (m_decoder.hasError()) {
        m_decoder = QStringDecoder(m_qtEncoding.constData());
        return {};
    }
    return text;
}

bool SpellChecker::spellLocked(QStringView word) const
{
    if (m_ignored.contains(word.toString()))
        return true;
    const std::optional<std::string> bytes = encodeLocked(word);
    return bytes && m_hunspell->spell(*bytes);
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (word.isEmpty() || word.size() > MaxWordLength)
        return true;
    const QString text = word.toString();
    if (m_personal->contains(text))
        return true;

    QMutexLocker lock(&m_mutex);
    if (spellLocked(text))
        return true;
    // Dictionaries differ in which apostrophe they list (en_US maps ’ itself, many do not).
    if (text.contains(TypographicApostrophe))
        return spellLocked(withApostrophe(text, TypographicApostrophe, u'\''));
    if (text.contains(u'\''))
        return spellLocked(withApostrophe(text, u'\'', TypographicApostrophe));
    return false;
}

QStringList SpellChecker::suggestions(QStringView word, int max) const
{
    if (word.isEmpty() || word.size() > MaxWordLength || max <= 0)
        return {};
    const bool typographic = word.contains(TypographicApostrophe);

    QMutexLocker lock(&m_mutex);
    std::optional<std::string> bytes = encodeLocked(word);
    if (!bytes && typographic)
        bytes = encodeLocked(withApostrophe(word, TypographicApostrophe, u'\''));
    if (!bytes)
        return {};
    const std::vector<std::string> found = m_hunspell->suggest(*bytes);
    QStringList result;
    for (const std::string &suggestion : found) {
        QString text = decodeLocked(suggestion);
        if (typographic)
            text.replace(u'\'', QChar(TypographicApostrophe));
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
        if (result.size() >= max)
            break;
    }
    return result;
}

Result<void> SpellChecker::addToPersonal(const QString &word)
{
    const QString trimmed = word.trimmed();
    Result<void> saved = m_personal->add(trimmed);
    if (!m_personal->contains(trimmed))
        return saved; // not a word
    {
        QMutexLocker lock(&m_mutex);
        if (const std::optional<std::string> bytes = encodeLocked(trimmed))
            m_hunspell->add(*bytes);
        ++m_revision;
    }
    if (!saved)
        qCWarning(lcSpell) << "could not save the personal dictionary:" << saved.error().toString();
    return saved;
}

void SpellChecker::ignoreForSession(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_ignored.insert(trimmed);
    ++m_revision;
}

quint64 SpellChecker::revision() const
{
    return m_revision.load() + m_personal->revision();
}

} // namespace Postwright
