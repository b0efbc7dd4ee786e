#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

#include <algorithm>

namespace Postwright {

namespace {

const QString kSourceLanguage = QStringLiteral("en");
// Marks the translators installUi() owns, so a second call replaces them.
constexpr QStringView kInstalledName = u"postwright-ui-translator";

// Each translation names its own language, so a new one needs no code to be listed by name.
struct SourceText
{
    const char *source;
    const char *comment;
};
constexpr SourceText kLanguageName = QT_TRANSLATE_NOOP3(
    "Postwright::Translations", "English",
    "The name of this translation's language in that language, as a list of languages shows it: "
    "Deutsch, Français, Español");

QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/postwright_") + language + QStringLiteral(".qm");
}

void installOwned(std::unique_ptr<QTranslator> translator)
{
    translator->setObjectName(kInstalledName.toString());
    translator->setParent(QCoreApplication::instance()); // lives as long as the application
    QCoreApplication::installTranslator(translator.release());
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{kSourceLanguage};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("postwright_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(11, file.size() - 11 - 3)); // postwright_<language>.qm
    return languages;
}

QString Translations::match(const QString &language)
{
    // BCP 47 ("de-AT") and POSIX ("de_AT.UTF-8@euro") tags alike: the base language decides,
    // as no translation is regional.
    QString base = language.trimmed().toLower();
    const auto separator = std::find_if(base.cbegin(), base.cend(), [](QChar c) {
        return c == u'-' || c == u'_' || c == u'.' || c == u'@';
    });
    base.truncate(separator - base.cbegin());
    return !base.isEmpty() && available().contains(base) ? base : QString();
}

QString Translations::nativeName(const QString &language)
{
    const QString matched = match(language);
    if (matched == kSourceLanguage)
        return QString::fromUtf8(kLanguageName.source);
    if (const std::unique_ptr<QTranslator> translator = translatorFor(matched)) {
        const QString name = translator->translate("Postwright::Translations", kLanguageName.source,
                                                   kLanguageName.comment);
        if (!name.isEmpty())
            return name;
    }
    // Not one of ours: what the locale calls itself, capitalised as a list item ("français").
    const QLocale locale(language);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

std::unique_ptr<QTranslator> Translations::translatorFor(const QString &language)
{
    const QString matched = match(language);
    if (matched.isEmpty() || matched == kSourceLanguage)
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(qmPath(matched)))
        return nullptr;
    return translator;
}

QString Translations::installUi(const QString &override)
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        const QList<QTranslator *> installed =
            app->findChildren<QTranslator *>(kInstalledName.toString(), Qt::FindDirectChildrenOnly);
        qDeleteAll(installed); // a translator removes itself from the application when deleted
    }

    // The first of the system's languages we have, rather than QTranslator::load(QLocale()):
    // that skips English (there is no postwright_en.qm) and would pick a later language on a
    // system set to "English, then German".
    QString language;
    const QStringList wanted = override.isEmpty() ? QLocale().uiLanguages() : QStringList{override};
    for (const QString &tag : wanted) {
        language = match(tag);
        if (!language.isEmpty())
            break;
    }
    if (language.isEmpty() || language == kSourceLanguage)
        return kSourceLanguage;

    if (std::unique_ptr<QTranslator> ours = translatorFor(language))
        installOwned(std::move(ours));
    // Qt's own strings (standard buttons, file dialogs, the command line's --help) in the same
    // language; Debian ships them in qt6-translations-l10n, which may be missing.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installOwned(std::move(qt));
    return language;
}

} // namespace Postwright
