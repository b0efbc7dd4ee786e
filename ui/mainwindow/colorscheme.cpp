#include "mainwindow/colorscheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QStyle>

namespace Postwright {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kSettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// The portal's value: 1 prefers dark, 2 prefers light, 0 no preference.
std::optional<bool> fromPortalValue(const QVariant &value)
{
    QVariant inner = value;
    // Read() wraps the value in one more variant than the signal does.
    while (inner.canConvert<QDBusVariant>())
        inner = inner.value<QDBusVariant>().variant();
    switch (inner.toUInt()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

} // namespace

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
    , m_originalPalette(QApplication::palette())
{
    m_dark = isDarkPalette(m_originalPalette);
    QDBusConnection::sessionBus().connect(kPortalService, kPortalPath, kSettingsInterface, QStringLiteral("SettingChanged"),
                                          this, SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
    readPortal();
}

ColorScheme::~ColorScheme()
{
    if (QApplication::palette() != m_originalPalette)
        QApplication::setPalette(m_originalPalette);
}

void ColorScheme::readPortal()
{
    // Asynchronous: a desktop without a portal must not delay the window.
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettingsInterface, QStringLiteral("Read"));
    call << kAppearance << kColorScheme;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QVariant> reply = *finished;
        if (reply.isError())
            return; // no portal: keep what the platform gave
        setSystemPreference(fromPortalValue(reply.value()));
    });
}

void ColorScheme::onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group == kAppearance && key == kColorScheme)
        setSystemPreference(fromPortalValue(value.variant()));
}

void ColorScheme::setSystemPreference(std::optional<bool> dark)
{
    m_systemDark = dark;
    apply();
}

void ColorScheme::setMode(Mode mode)
{
    m_mode = mode;
    apply();
}

void ColorScheme::apply()
{
    const bool platformDark = isDarkPalette(m_originalPalette);
    bool dark = platformDark;
    if (m_mode == Mode::Dark)
        dark = true;
    else if (m_mode == Mode::Light)
        dark = false;
    else if (m_systemDark)
        dark = *m_systemDark;

    // The platform's own palette when it already matches (it knows the desktop's accent colours).
    QPalette palette = dark == platformDark ? m_originalPalette : dark ? darkPalette() : QApplication::style()->standardPalette();
    if (QApplication::palette() != palette)
        QApplication::setPalette(palette);
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT changed(dark);
    }
}

bool ColorScheme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ColorScheme::darkPalette()
{
    // Close to the dark palettes of Breeze and Adwaita: calm greys, a blue accent.
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabled(0x7f, 0x84, 0x8b);
    const QColor accent(0x3d, 0x8b, 0xe0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x93, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x48, 0x4e));
    return palette;
}

} // namespace Postwright
