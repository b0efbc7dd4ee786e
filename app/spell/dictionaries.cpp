#include "dictionaries.h"

#include "spell/spelllogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Postwright {

namespace {

// A dictionary code split the way locale names are: language, then an optional 4-letter script,
// an optional territory (2 letters or 3 digits) and anything else as a variant ("frami").
struct CodeParts
{
    QString language;
    QString script;
    QString territory;
    QString variant;
};

CodeParts splitCode(const QString &code)
{
    CodeParts parts;
    QStringList pieces = code.trimmed().split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    if (pieces.isEmpty())
        return parts;
    parts.language = pieces.takeFirst().toLower();
    if (!pieces.isEmpty() && pieces.first().size() == 4 && pieces.first().front().isLetter()) {
        parts.script = pieces.takeFirst();
        parts.script = parts.script.left(1).toUpper() + parts.script.mid(1).toLower();
    }
    if (!pieces.isEmpty()) {
        const QString &first = pieces.first();
        const bool letters = first.size() == 2 && first[0].isLetter() && first[1].isLetter();
        const bool digits =
            first.size() == 3 && std::all_of(first.begin(), first.end(), [](QChar c) { return c.isDigit(); });
        if (letters || digits)
            parts.territory = pieces.takeFirst().toUpper();
    }
    parts.variant = pieces.join(u'_');
    return parts;
}

QString normalized(const QString &code)
{
    QString result = code.trimmed().toLower();
    result.replace(u'-', u'_');
    return result;
}

void addFolder(QStringList &folders, const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString clean = QDir::cleanPath(folder);
    if (!folders.contains(clean))
        folders.append(clean);
}

} // namespace

QStringList Dictionaries::searchFolders(const QStringList &extraFolders)
{
    QStringList folders;
    for (const QString &folder : extraFolders)
        addFolder(folders, folder);
    // Read the environment directly: QStandardPaths' test mode would hide the system folders.
    const QStringList dicPath = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    for (const QString &folder : dicPath)
        addFolder(folders, folder);
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty())
        dataHome = QDir::homePath() + u"/.local/share";
    addFolder(folders, dataHome + u"/hunspell");
    QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dataDirs.isEmpty())
        dataDirs = QStringLiteral("/usr/local/share:/usr/share");
    for (const QString &folder : dataDirs.split(u':', Qt::SkipEmptyParts))
        addFolder(folders, folder + u"/hunspell");
    addFolder(folders, QStringLiteral("/usr/share/hunspell"));
    addFolder(folders, QStringLiteral("/usr/share/myspell/dicts"));
    addFolder(folders, QStringLiteral("/usr/share/myspell"));
    return folders;
}

Dictionaries Dictionaries::discover(const QStringList &extraFolders)
{
    return inFolders(searchFolders(extraFolders));
}

Dictionaries Dictionaries::inFolders(const QStringList &folders)
{
    QList<DictionaryInfo> found;
    QSet<QString> codes;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList affixFiles =
            dir.entryInfoList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &aff : affixFiles) {
            const QString code = aff.fileName().chopped(4);
            const QFileInfo dic(dir.filePath(code + u".dic"));
            if (code.isEmpty() || codes.contains(code) || !dic.isFile() || !dic.isReadable())
                continue;
            codes.insert(code);
            found.append({code, displayName(code), aff.absoluteFilePath(), dic.absoluteFilePath()});
        }
    }
    qCDebug(lcSpell) << "found" << found.size() << "dictionaries in" << folders;
    return Dictionaries(std::move(found));
}

QString Dictionaries::displayName(const QString &code)
{
    const CodeParts parts = splitCode(code);
    const QLocale::Language language = QLocale::codeToLanguage(parts.language);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return code;
    QStringList details;
    if (!parts.script.isEmpty()) {
        const QLocale::Script script = QLocale::codeToScript(parts.script);
        details.append(script == QLocale::AnyScript ? parts.script : QLocale::scriptToString(script));
    }
    if (!parts.territory.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(parts.territory);
        details.append(territory == QLocale::AnyTerritory ? parts.territory
                                                          : QLocale::territoryToString(territory));
    }
    if (!parts.variant.isEmpty())
        details.append(parts.variant);
    const QString name = QLocale::languageToString(language);
    return details.isEmpty() ? name : name + u" (" + details.join(u", ") + u')';
}

Dictionaries::Dictionaries(QList<DictionaryInfo> dictionaries)
    : m_dictionaries(std::move(dictionaries))
{
    std::sort(m_dictionaries.begin(), m_dictionaries.end(),
              [](const DictionaryInfo &a, const DictionaryInfo &b) { return a.code < b.code; });
}

std::optional<DictionaryInfo> Dictionaries::find(const QString &code) const
{
    const QString wanted = normalized(code);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const DictionaryInfo &dictionary : m_dictionaries) {
        if (normalized(dictionary.code) == wanted)
            return dictionary;
    }
    return std::nullopt;
}

std::optional<DictionaryInfo> Dictionaries::bestMatch(const QString &language) const
{
    if (std::optional<DictionaryInfo> exact = find(language))
        return exact;
    const CodeParts wanted = splitCode(language);
    if (wanted.language.isEmpty())
        return std::nullopt;
    // Where the language is mostly spoken and how it is mostly written (QLocale's likely
    // subtags): en -> US, pt -> BR, sr -> Cyrillic.
    const QLocale::Language qtLanguage = QLocale::codeToLanguage(wanted.language);
    const bool known = qtLanguage != QLocale::AnyLanguage && qtLanguage != QLocale::C;
    const QLocale home = known ? QLocale(qtLanguage) : QLocale::c();
    const QString homeTerritory = known ? QLocale::territoryToCode(home.territory()) : QString();
    const QString homeScript = known ? QLocale::scriptToCode(home.script()) : QString();
    const QString wantedScript = wanted.script.isEmpty() ? homeScript : wanted.script;

    // Lower is better: another alphabet is worst, then another country, then a variant.
    const auto penalty = [&](const CodeParts &parts) {
        const QString script = parts.script.isEmpty() ? homeScript : parts.script;
        int score = script == wantedScript ? 0 : 8;
        const bool named = !wanted.territory.isEmpty() && parts.territory == wanted.territory;
        if (!named && !homeTerritory.isEmpty() && parts.territory == homeTerritory)
            score += 2;
        else if (!named)
            score += parts.territory.isEmpty() ? 3 : 4;
        return score + (parts.variant.isEmpty() ? 0 : 1);
    };

    std::optional<DictionaryInfo> best;
    int bestScore = 0;
    for (const DictionaryInfo &dictionary : m_dictionaries) { // by code, so ties go to the first
        const CodeParts parts = splitCode(dictionary.code);
        if (parts.language != wanted.language)
            continue;
        const int score = penalty(parts);
        if (!best || score < bestScore) {
            best = dictionary;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Postwright
