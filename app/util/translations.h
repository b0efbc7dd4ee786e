#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Postwright {

// The translations compiled into the core (translations/*.ts as ":/i18n/postwright_<language>.qm"):
// which languages there are, a translator for a blog's language (the theme's labels follow the
// blog, not the UI), and the translators for the application's own messages.
class Translations
{
public:
    // The source language first, then every compiled translation: "en", "de", "es", "fr".
    static QStringList available();
    // The available language a language tag falls back to ("de-AT", "de_AT.UTF-8" -> "de");
    // empty when there is none ("pt-BR", "xx", "C").
    static QString match(const QString &language);
    // What a language calls itself ("Deutsch", "Français"), for a list of choices.
    static QString nativeName(const QString &language);

    // A loaded translator for language or its base language; nullptr for English and for
    // languages without a translation (callers then keep the English source text).
    static std::unique_ptr<QTranslator> translatorFor(const QString &language);

    // Installs the application's translators (Postwright's and, when installed, Qt's own) for
    // override, or for the system's UI languages when override is empty, replacing those an
    // earlier call installed. Returns the language now in use ("en" when nothing matched).
    static QString installUi(const QString &override = {});
};

} // namespace Postwright
