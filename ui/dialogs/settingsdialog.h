#pragma once

#include "mainwindow/settingstable.h"

#include <QDialog>
#include <QFont>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace Postwright {

class UiSettings;

// Edit ▸ Preferences: the settings of SettingsTable a writer changes on purpose, on four pages
// (Editor, Preview, Publishing, Appearance). It writes them through UiSettings on OK or Apply;
// whoever listens to the settings' notifier (the window) applies them at once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // What the open blog offers to choose from; root empty: no blog is open, and its settings are
    // shown but cannot be chosen.
    struct BlogContext
    {
        QString root;
        QString title;
        QString language;       // blog.yaml's language ("en"), for "the blog's language"
        QStringList targets;    // publish target names
        QString defaultTarget;  // the one blog.yaml names (or the only one); empty: none
        QString targetsProblem; // why the targets could not be read
        bool siteStyleAvailable = false;
        bool siteStyleByDefault = false;
    };

    // Every value the dialog shows, read from the settings or from its widgets.
    struct Values
    {
        bool customFont = false;
        QString fontFamily;
        int fontSize = 0;
        int autosaveSeconds = 0;
        bool spellCheck = true;
        QString spellLanguage;
        bool remoteImages = false;
        bool syncScroll = true;
        bool siteStyle = false;
        PublishTargetChoice publishTarget;
        QString appearance;
        QString uiLanguage;

        bool operator==(const Values &other) const = default;
    };

    SettingsDialog(UiSettings *settings, BlogContext blog, QWidget *parent = nullptr);

    // The interface language installed at start (the setting then), when it may differ from the
    // setting now: the dialog says a restart is needed while another one is chosen.
    void setRunningLanguage(const QString &language);

    // Writes what the widgets show (OK and Apply do).
    void apply();
    Values stored() const;
    Values shown() const;
    Values defaults() const;

private:
    QWidget *createEditorPage();
    QWidget *createPreviewPage();
    QWidget *createPublishingPage();
    QWidget *createAppearancePage();
    void showValues(const Values &values);
    void updateButtons();
    static QLabel *hint(const QString &text, const char *objectName, QWidget *parent);

    UiSettings *m_settings;
    BlogContext m_blog;
    QFont m_builtInFont;

    QTabWidget *m_pages = nullptr;
    QCheckBox *m_customFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_autosave = nullptr;
    QCheckBox *m_spellCheck = nullptr;
    QComboBox *m_spellLanguage = nullptr;
    QCheckBox *m_remoteImages = nullptr;
    QCheckBox *m_syncScroll = nullptr;
    QCheckBox *m_siteStyle = nullptr;
    QComboBox *m_publishTarget = nullptr;
    QComboBox *m_appearance = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QLabel *m_restartNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_runningLanguage; // the interface language in use
};

} // namespace Postwright
