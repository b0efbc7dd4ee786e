#pragma once

#include <QObject>
#include <QPalette>

class QDBusVariant;

namespace Postwright {

// Light or dark, as the writer's desktop says or as they choose. The desktop's preference comes
// from the XDG desktop portal (org.freedesktop.appearance color-scheme: GNOME, KDE and others
// publish it there), read once and then followed live; Qt 6.4 has no API for it yet
// (QStyleHints::colorScheme arrived in 6.5). A platform theme that already gives Qt a dark
// palette is kept as it is. The editor, the highlighting and the dialogs follow the palette.
class ColorScheme final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit ColorScheme(QObject *parent = nullptr);
    ~ColorScheme() override; // puts the platform's palette back

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    // What the desktop prefers: dark, light, or (nullopt) no preference or no portal.
    std::optional<bool> systemPrefersDark() const { return m_systemDark; }
    // For tests: as if the portal had said so.
    void setSystemPreference(std::optional<bool> dark);

    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void changed(bool dark);

private Q_SLOTS:
    void onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void readPortal();
    void apply();

    Mode m_mode = Mode::System;
    std::optional<bool> m_systemDark;
    QPalette m_originalPalette; // what the platform gave Qt
    bool m_dark = false;
};

} // namespace Postwright
