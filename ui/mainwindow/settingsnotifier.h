#pragma once

#include <QObject>
#include <QString>

namespace Postwright {

// Tells whoever applies settings (the main window) that one changed, wherever it was changed:
// the Preferences dialog, a View menu toggle, a test. UiSettings emits it for its writes.
class SettingsNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void notifyChanged(const QString &key) { Q_EMIT changed(key); }

Q_SIGNALS:
    // key: the setting's key as in SettingsTable (a blog's own key for a BlogSetting).
    void changed(const QString &key);
};

} // namespace Postwright
