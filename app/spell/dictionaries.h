#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// One installed Hunspell dictionary: a NAME.aff and NAME.dic pair.
struct DictionaryInfo
{
    QString code;    // the file name without extension: "en_US", "de_DE_frami", "nl"
    QString name;    // for people: "English (United States)"; the code if the language is unknown
    QString affPath; // absolute paths
    QString dicPath;

    bool isValid() const { return !code.isEmpty(); }
    bool operator==(const DictionaryInfo &other) const = default;
};

// The Hunspell dictionaries installed on this system, and which one suits a blog's language.
// Discovery reads folder listings only (no dictionary is loaded), so it is cheap enough to repeat
// when the user opens the language menu.
class Dictionaries final
{
public:
    // Where to look, first match of a code wins: extraFolders (tests, Flatpak's /app/share/...),
    // then $DICPATH (colon-separated, as hunspell reads it), $XDG_DATA_HOME/hunspell,
    // $XDG_DATA_DIRS/*/hunspell, /usr/share/hunspell, /usr/share/myspell/dicts, /usr/share/myspell.
    static QStringList searchFolders(const QStringList &extraFolders = {});

    // The dictionaries in searchFolders(extraFolders).
    static Dictionaries discover(const QStringList &extraFolders = {});
    // The dictionaries in exactly these folders, in this order of precedence.
    static Dictionaries inFolders(const QStringList &folders);

    // "en_US" -> "English (United States)", "de_DE_frami" -> "German (Germany, frami)".
    static QString displayName(const QString &code);

    Dictionaries() = default;
    explicit Dictionaries(QList<DictionaryInfo> dictionaries);

    // Sorted by code.
    const QList<DictionaryInfo> &all() const { return m_dictionaries; }
    bool isEmpty() const { return m_dictionaries.isEmpty(); }

    // The dictionary with this code; case and '-' versus '_' do not matter ("en-us" finds en_US).
    std::optional<DictionaryInfo> find(const QString &code) const;

    // The dictionary for a language as blog.yaml or a locale names it ("en", "en-GB", "de_AT",
    // "sr-Latn"): the exact one; else one of the same language, preferring the same script
    // (where none is named: the usual one), then the named country, then the country where the
    // language is mostly spoken (QLocale's default: en -> US, pt -> BR, de -> DE), then one with
    // no country, and plain ones before variants (de_DE before de_DE_frami). None for an empty
    // or unknown language.
    std::optional<DictionaryInfo> bestMatch(const QString &language) const;

private:
    QList<DictionaryInfo> m_dictionaries;
};

} // namespace Postwright
