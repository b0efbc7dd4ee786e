#pragma once

#include <QList>
#include <QString>

namespace Postwright {

// The language the writer chose for Postwright's own interface (empty: the system's), kept in the
// settings as ui/language. main.cpp installs it before the first window exists, so a new choice
// takes effect at the next start.
class UiLanguage
{
public:
    static QString chosen();
    static void setChosen(const QString &language);

    struct Choice
    {
        QString language; // empty: follow the system
        QString name;     // "Deutsch", "Français": each language in its own words
    };
    // For a settings list: "the system's language" first, then every translation (English
    // included) ordered by its own name.
    static QList<Choice> choices();
    // What the settings dialog says beside the choice.
    static QString restartNote();
};

} // namespace Postwright
