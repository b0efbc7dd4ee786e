#pragma once

#include "mainwindow/settingsnotifier.h"
#include "mainwindow/settingstable.h"

#include <QByteArray>
#include <QPointer>
#include <QSettings>
#include <QString>

#include <optional>

namespace Postwright {

// Typed access to what the GUI remembers between runs: every setting is declared once in
// SettingsTable and read and written here, with a change signal for the window to apply it.
class UiSettings
{
public:
    // notifier: told of every change made through this object; may be set later.
    explicit UiSettings(SettingsNotifier *notifier = nullptr)
        : m_notifier(notifier)
    {}

    void setNotifier(SettingsNotifier *notifier) { m_notifier = notifier; }
    SettingsNotifier *notifier() const { return m_notifier; }

    template<typename T>
    T value(const Setting<T> &setting) const
    {
        return setting.fromStored(m_settings.value(setting.key));
    }

    // A value equal to the default is removed rather than stored, so that Restore Defaults leaves
    // nothing behind (and a later default applies to those who never chose).
    template<typename T>
    void setValue(const Setting<T> &setting, const T &value)
    {
        const T before = this->value(setting);
        const T accepted = setting.accepted(value);
        const QVariant encoded = SettingCodec<T>::encode(accepted);
        if (accepted == setting.defaultValue || !encoded.isValid())
            m_settings.remove(setting.key);
        else
            m_settings.setValue(setting.key, encoded);
        if (m_notifier && this->value(setting) != before)
            m_notifier->notifyChanged(setting.key);
    }

    template<typename T>
    void reset(const Setting<T> &setting)
    {
        setValue(setting, setting.defaultValue);
    }

    bool isStored(const QString &key) const { return m_settings.contains(key); }

    // The settings older code asks for by name.
    QString lastBlogPath() const;
    void setLastBlogPath(const QString &path);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    bool postTreeVisible() const;
    void setPostTreeVisible(bool visible);
    bool outlineVisible() const;
    void setOutlineVisible(bool visible);
    bool syncScroll() const;
    void setSyncScroll(bool on);
    bool remoteImages() const;
    void setRemoteImages(bool on);
    QString appearance() const; // "system", "light" or "dark"
    void setAppearance(const QString &appearance);
    int editorZoom() const; // percent
    void setEditorZoom(int percent);
    QString spellLanguage(const QString &blogRoot) const; // empty: the blog's own language
    void setSpellLanguage(const QString &blogRoot, const QString &language);
    bool frontMatterExpanded() const;
    void setFrontMatterExpanded(bool expanded);
    std::optional<bool> previewSiteStyle(const QString &blogRoot) const; // nullopt: the site's default
    void setPreviewSiteStyle(const QString &blogRoot, std::optional<bool> on);

private:
    QSettings m_settings;
    QPointer<SettingsNotifier> m_notifier;
};

} // namespace Postwright
