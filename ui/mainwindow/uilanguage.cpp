#include "uilanguage.h"

#include "util/translations.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace Postwright {

namespace {

const QString kKey = QStringLiteral("ui/language");

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::UiLanguage", text);
}

} // namespace

QString UiLanguage::chosen()
{
    return QSettings().value(kKey).toString();
}

void UiLanguage::setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, language);
}

QList<UiLanguage::Choice> UiLanguage::choices()
{
    QList<Choice> languages;
    for (const QString &language : Translations::available())
        languages.append({language, Translations::nativeName(language)});
    std::sort(languages.begin(), languages.end(),
              [](const Choice &a, const Choice &b) { return a.name.localeAwareCompare(b.name) < 0; });
    languages.prepend({QString(), tr("System language")});
    return languages;
}

QString UiLanguage::restartNote()
{
    return tr("The new language takes effect the next time Postwright starts.");
}

} // namespace Postwright
