// The typed settings table (keys, defaults, what a bad stored value reads as) and Edit ▸
// Preferences driven through the window's action: the dialog shows the settings, Apply writes
// them and the window applies them at once (the editor's font, the session's autosave, the
// preview, the appearance, the Publish button's target).

#include "dialogs/settingsdialog.h"
#include "editor/markdowneditor.h"
#include "editor/spellcontroller.h"
#include "mainwindow/postsession.h"
#include "mainwindow/settingsnotifier.h"
#include "mainwindow/uisettings.h"
#include "publish/publishcontroller.h"
#include "publish/publishreviewdialog.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

using T = SettingsTable;

// One setting of the table, seen through QVariant so that rows can name it.
struct Entry
{
    QString key;
    std::function<QVariant(UiSettings &)> read;
    std::function<void(UiSettings &)> writeSample;
    std::function<void(UiSettings &)> writeDefault;
    QVariant defaultValue;
    QVariant sample;
};

QVariant toVariant(const PublishTargetChoice &choice)
{
    return SettingCodec<PublishTargetChoice>::encode(choice).toString();
}
QVariant toVariant(std::optional<bool> value)
{
    return value ? QVariant(*value) : QVariant(QStringLiteral("unset"));
}
template<typename V>
QVariant toVariant(const V &value)
{
    return QVariant::fromValue(value);
}

template<typename V>
Entry entry(const Setting<V> &setting, const V &sample)
{
    return {setting.key,
            [setting](UiSettings &settings) { return toVariant(settings.value(setting)); },
            [setting, sample](UiSettings &settings) { settings.setValue(setting, sample); },
            [setting](UiSettings &settings) { settings.reset(setting); },
            toVariant(setting.defaultValue),
            toVariant(sample)};
}

const QString kBlog = QStringLiteral("/home/writer/blogs/ünïcode & spaces");

// Every setting in the table, by a name for the rows.
const QMap<QString, Entry> &entries()
{
    static const QMap<QString, Entry> all{
        {QStringLiteral("lastBlogPath"), entry(T::lastBlogPath, QStringLiteral("/tmp/blog"))},
        {QStringLiteral("windowGeometry"), entry(T::windowGeometry, QByteArray("\x01\x02geometry", 10))},
        {QStringLiteral("windowState"), entry(T::windowState, QByteArray("state"))},
        {QStringLiteral("splitterState"), entry(T::splitterState, QByteArray("splitter"))},
        {QStringLiteral("previewVisible"), entry(T::previewVisible, false)},
        {QStringLiteral("postTreeVisible"), entry(T::postTreeVisible, false)},
        {QStringLiteral("outlineVisible"), entry(T::outlineVisible, false)},
        {QStringLiteral("frontMatterExpanded"), entry(T::frontMatterExpanded, false)},
        {QStringLiteral("editorZoom"), entry(T::editorZoom, 150)},
        {QStringLiteral("editorFontFamily"), entry(T::editorFontFamily, QStringLiteral("DejaVu Serif"))},
        {QStringLiteral("editorFontSize"), entry(T::editorFontSize, 15)},
        {QStringLiteral("autosaveSeconds"), entry(T::autosaveSeconds, 42)},
        {QStringLiteral("spellCheck"), entry(T::spellCheck, false)},
        {QStringLiteral("spellLanguage"), entry(T::spellLanguage.of(kBlog), QStringLiteral("de_DE"))},
        {QStringLiteral("syncScroll"), entry(T::syncScroll, false)},
        {QStringLiteral("remoteImages"), entry(T::remoteImages, true)},
        {QStringLiteral("previewSiteStyle"),
         entry(T::previewSiteStyle.of(kBlog), std::optional<bool>(false))},
        {QStringLiteral("publishTarget"),
         entry(T::publishTarget.of(kBlog),
               PublishTargetChoice{PublishTargetChoice::Kind::Target, QStringLiteral("live: the one")})},
        {QStringLiteral("publishTargetAsk"),
         entry(T::publishTarget.of(kBlog), PublishTargetChoice{PublishTargetChoice::Kind::Ask, {}})},
        {QStringLiteral("appearance"), entry(T::appearance, QStringLiteral("dark"))},
        {QStringLiteral("uiLanguage"), entry(T::uiLanguage, QStringLiteral("fr"))},
    };
    return all;
}

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

QPushButton *button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

// An installed family other than the editor's, for the font rows.
QString otherFamily(const QString &current)
{
    for (const QString &candidate : {QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Sans"),
                                     QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif")}) {
        if (QFontDatabase::hasFamily(candidate) && candidate != current)
            return candidate;
    }
    for (const QString &family : QFontDatabase::families()) {
        if (family != current)
            return family;
    }
    return {};
}

} // namespace

class TstSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_fixture.setUp());
    }

    void cleanup()
    {
        QSettings().clear();
        m_fixture.tearDown();
    }

    // Writers' settings are stored under these keys: renaming one loses their choice.
    void keysAreThoseAlreadyStored_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last blog") << T::lastBlogPath.key << "blog/lastOpened";
        QTest::newRow("geometry") << T::windowGeometry.key << "mainWindow/geometry";
        QTest::newRow("state") << T::windowState.key << "mainWindow/state";
        QTest::newRow("splitter") << T::splitterState.key << "mainWindow/splitter";
        QTest::newRow("preview visible") << T::previewVisible.key << "view/previewVisible";
        QTest::newRow("post tree visible") << T::postTreeVisible.key << "view/postTreeVisible";
        QTest::newRow("outline visible") << T::outlineVisible.key << "view/outlineVisible";
        QTest::newRow("sync scroll") << T::syncScroll.key << "view/syncScroll";
        QTest::newRow("remote images") << T::remoteImages.key << "preview/remoteImages";
        QTest::newRow("appearance") << T::appearance.key << "view/appearance";
        QTest::newRow("zoom") << T::editorZoom.key << "editor/zoomPercent";
        QTest::newRow("front matter") << T::frontMatterExpanded.key << "view/frontMatterExpanded";
        QTest::newRow("ui language") << T::uiLanguage.key << "ui/language";
        // Per blog: the prefix, then the blog's path in URL-safe Base64.
        QTest::newRow("spelling language")
            << T::spellLanguage.of(QStringLiteral("/b")).key
            << "spelling/language/" +
                   QString::fromLatin1(QByteArray("/b").toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("site style") << T::previewSiteStyle.of(QStringLiteral("/b")).key
                                    << "preview/siteStyle/" + QString::fromLatin1(QByteArray("/b").toBase64(
                                                                  QByteArray::Base64UrlEncoding));
    }

    void keysAreThoseAlreadyStored()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(key, expected);
    }

    void everySettingRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : entries().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    // Absent: the default. Set: stored under its key, read back, and announced once. Set back to
    // the default: the key is gone (Restore Defaults leaves nothing behind).
    void everySettingRoundTrips()
    {
        QFETCH(QString, name);
        const Entry &setting = entries()[name];
        SettingsNotifier notifier;
        QSignalSpy changed(&notifier, &SettingsNotifier::changed);
        UiSettings settings(&notifier);
        QVERIFY(setting.sample != setting.defaultValue); // else the row proves nothing
        QCOMPARE(setting.read(settings), setting.defaultValue);
        QVERIFY(!settings.isStored(setting.key));

        setting.writeSample(settings);
        QCOMPARE(setting.read(settings), setting.sample);
        QVERIFY(settings.isStored(setting.key));
        QCOMPARE(setting.read(*std::make_unique<UiSettings>()), setting.sample); // another reader
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), setting.key);

        setting.writeSample(settings); // no change: no signal
        QCOMPARE(changed.size(), 1);

        setting.writeDefault(settings);
        QCOMPARE(setting.read(settings), setting.defaultValue);
        QVERIFY(!settings.isStored(setting.key));
        QCOMPARE(changed.size(), 2);
    }

    // What a hand edit, an older version or another type left under a key.
    void storedValuesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("autosave -5") << "autosaveSeconds" << QVariant(QStringLiteral("-5")) << QVariant(3);
        QTest::newRow("autosave abc") << "autosaveSeconds" << QVariant(QStringLiteral("abc")) << QVariant(3);
        QTest::newRow("autosave empty") << "autosaveSeconds" << QVariant(QString()) << QVariant(3);
        QTest::newRow("autosave 2.5") << "autosaveSeconds" << QVariant(QStringLiteral("2.5")) << QVariant(3);
        QTest::newRow("autosave too long")
            << "autosaveSeconds" << QVariant(QStringLiteral("3601")) << QVariant(3);
        QTest::newRow("autosave off") << "autosaveSeconds" << QVariant(QStringLiteral("0")) << QVariant(0);
        QTest::newRow("autosave spaced")
            << "autosaveSeconds" << QVariant(QStringLiteral(" 42 ")) << QVariant(42);
        QTest::newRow("autosave int") << "autosaveSeconds" << QVariant(60) << QVariant(60);
        QTest::newRow("zoom too big is clamped")
            << "editorZoom" << QVariant(QStringLiteral("1000")) << QVariant(400);
        QTest::newRow("zoom too small is clamped")
            << "editorZoom" << QVariant(QStringLiteral("10")) << QVariant(25);
        QTest::newRow("zoom abc") << "editorZoom" << QVariant(QStringLiteral("abc")) << QVariant(100);
        QTest::newRow("font size 5") << "editorFontSize" << QVariant(QStringLiteral("5")) << QVariant(0);
        QTest::newRow("font size 99") << "editorFontSize" << QVariant(QStringLiteral("99")) << QVariant(0);
        QTest::newRow("font size 12") << "editorFontSize" << QVariant(QStringLiteral("12")) << QVariant(12);
        QTest::newRow("bool yes") << "syncScroll" << QVariant(QStringLiteral("yes")) << QVariant(true);
        QTest::newRow("bool false") << "syncScroll" << QVariant(QStringLiteral("false")) << QVariant(false);
        QTest::newRow("bool 0") << "syncScroll" << QVariant(QStringLiteral("0")) << QVariant(false);
        QTest::newRow("bool TRUE") << "remoteImages" << QVariant(QStringLiteral("TRUE")) << QVariant(true);
        QTest::newRow("bool maybe") << "remoteImages" << QVariant(QStringLiteral("maybe")) << QVariant(false);
        QTest::newRow("appearance purple")
            << "appearance" << QVariant(QStringLiteral("purple")) << QVariant(QStringLiteral("system"));
        QTest::newRow("appearance list")
            << "appearance" << QVariant(QStringList{"dark", "light"}) << QVariant(QStringLiteral("system"));
        QTest::newRow("appearance light")
            << "appearance" << QVariant(QStringLiteral("light")) << QVariant(QStringLiteral("light"));
        QTest::newRow("site style junk")
            << "previewSiteStyle" << QVariant(QStringLiteral("junk")) << QVariant(QStringLiteral("unset"));
        QTest::newRow("site style true")
            << "previewSiteStyle" << QVariant(QStringLiteral("true")) << QVariant(true);
        QTest::newRow("target junk") << "publishTarget" << QVariant(QStringLiteral("junk"))
                                     << QVariant(QString());
        QTest::newRow("target without name")
            << "publishTarget" << QVariant(QStringLiteral("target:")) << QVariant(QString());
        QTest::newRow("target named") << "publishTarget" << QVariant(QStringLiteral("target:site"))
                                      << QVariant(QStringLiteral("target:site"));
        QTest::newRow("ask") << "publishTarget" << QVariant(QStringLiteral("ask"))
                             << QVariant(QStringLiteral("ask"));
    }

    void storedValuesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(QVariant, stored);
        QFETCH(QVariant, expected);
        const Entry &setting = entries()[name];
        QSettings().setValue(setting.key, stored);
        UiSettings settings;
        QCOMPARE(setting.read(settings), expected);
    }

    // The program's own writes obey the same rules.
    void refusedWritesStoreTheDefault()
    {
        UiSettings settings;
        settings.setValue(T::autosaveSeconds, -5);
        QCOMPARE(settings.value(T::autosaveSeconds), 3);
        QVERIFY(!settings.isStored(T::autosaveSeconds.key));
        settings.setEditorZoom(1000);
        QCOMPARE(settings.editorZoom(), 400);
        settings.setAppearance(QStringLiteral("purple"));
        QCOMPARE(settings.appearance(), QStringLiteral("system"));
    }

    void preferencesActionIsStandard()
    {
        const auto window = m_fixture.openWindow();
        QAction *preferences = window->action(QStringLiteral("edit.preferences"));
        QVERIFY(preferences);
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
        QVERIFY(!preferences->shortcut().isEmpty());
        const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!standard.isEmpty())
            QCOMPARE(preferences->shortcut(), standard.first());
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        window->action(QStringLiteral("edit.preferences"))->trigger(); // the same dialog, raised
        QCOMPARE(window->findChildren<SettingsDialog *>().size(), 1);
    }

    void dialogShowsTheCurrentValues()
    {
        const QString family = otherFamily(QString());
        QVERIFY(!family.isEmpty());
        {
            UiSettings settings;
            settings.setValue(T::editorFontFamily, family);
            settings.setValue(T::editorFontSize, 15);
            settings.setValue(T::autosaveSeconds, 42);
            settings.setValue(T::spellCheck, false);
            settings.setValue(T::remoteImages, true);
            settings.setValue(T::syncScroll, false);
            settings.setValue(T::appearance, QStringLiteral("dark"));
            settings.setValue(T::uiLanguage, QStringLiteral("de"));
            settings.setValue(T::publishTarget.of(m_fixture.blogRoot()),
                              PublishTargetChoice{PublishTargetChoice::Kind::Ask, {}});
        }
        const auto window = m_fixture.openWindow();
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "settingsCustomFont")->isChecked());
        QCOMPARE(child<QFontComboBox>(dialog, "settingsFontFamily")->currentFont().family(), family);
        QCOMPARE(child<QSpinBox>(dialog, "settingsFontSize")->value(), 15);
        QCOMPARE(child<QSpinBox>(dialog, "settingsAutosave")->value(), 42);
        QVERIFY(!child<QCheckBox>(dialog, "settingsSpellCheck")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "settingsRemoteImages")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "settingsSyncScroll")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "settingsAppearance")->currentData().toString(),
                 QStringLiteral("dark"));
        QCOMPARE(child<QComboBox>(dialog, "settingsUiLanguage")->currentData().toString(),
                 QStringLiteral("de"));
        QCOMPARE(child<QComboBox>(dialog, "settingsUiLanguage")->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(child<QComboBox>(dialog, "settingsPublishTarget")->currentData().toString(),
                 QStringLiteral("ask"));
        // The spelling list: the blog's language, then every installed dictionary.
        auto *spelling = child<QComboBox>(dialog, "settingsSpellLanguage");
        QVERIFY(spelling->isEnabled());
        QCOMPARE(spelling->currentData().toString(), QString());
        QVERIFY(spelling->findData(QStringLiteral("en_US")) > 0);
        QCOMPARE(dialog->shown(), dialog->stored());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled()); // nothing to apply yet
        // The window applied what was stored when it opened.
        QCOMPARE(window->editor()->font().family(), family);
        QCOMPARE(window->editor()->font().pointSizeF(), 15.0);
        QCOMPARE(window->session()->autosaveDelay(), 42000);
    }

    void applyWritesAndTheWindowFollows()
    {
        const auto window = m_fixture.openWindow();
        MarkdownEditor *editor = window->editor();
        const QString family = otherFamily(editor->font().family());
        QVERIFY(!family.isEmpty());
        QCOMPARE(window->session()->autosaveDelay(), 3000);
        QVERIFY(!window->action(QStringLiteral("view.remoteImages"))->isChecked());

        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "settingsCustomFont")->setChecked(true);
        child<QFontComboBox>(dialog, "settingsFontFamily")->setCurrentFont(QFont(family));
        child<QSpinBox>(dialog, "settingsFontSize")->setValue(17);
        child<QSpinBox>(dialog, "settingsAutosave")->setValue(7);
        child<QCheckBox>(dialog, "settingsRemoteImages")->setChecked(true);
        child<QCheckBox>(dialog, "settingsSyncScroll")->setChecked(false);
        child<QCheckBox>(dialog, "settingsSpellCheck")->setChecked(false);
        auto *appearance = child<QComboBox>(dialog, "settingsAppearance");
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        // Nothing changes before Apply.
        QVERIFY(editor->font().family() != family);
        QCOMPARE(window->session()->autosaveDelay(), 3000);
        QPushButton *apply = button(dialog, QDialogButtonBox::Apply);
        QVERIFY(apply->isEnabled());
        apply->click();

        QVERIFY(!apply->isEnabled());
        QVERIFY(dialog->isVisible()); // Apply keeps it open
        QCOMPARE(QSettings().value(QStringLiteral("editor/fontFamily")).toString(), family);
        QCOMPARE(QSettings().value(QStringLiteral("editor/fontSize")).toInt(), 17);
        QCOMPARE(QSettings().value(QStringLiteral("editor/autosaveSeconds")).toInt(), 7);
        QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));
        QCOMPARE(editor->font().family(), family);
        QCOMPARE(editor->font().pointSizeF(), 17.0);
        QCOMPARE(editor->zoomPercent(), 100);
        QCOMPARE(window->session()->autosaveDelay(), 7000);
        QVERIFY(window->action(QStringLiteral("view.remoteImages"))->isChecked());
        QVERIFY(!window->action(QStringLiteral("view.syncScroll"))->isChecked());
        QVERIFY(!window->action(QStringLiteral("spelling.enabled"))->isChecked());
        QVERIFY(window->action(QStringLiteral("view.appearance.dark"))->isChecked());

        // Zooming is on top of the chosen size, and resetting it comes back to that size.
        window->action(QStringLiteral("view.zoomIn"))->trigger();
        QCOMPARE(editor->font().pointSizeF(), 18.0);
        window->action(QStringLiteral("view.zoomReset"))->trigger();
        QCOMPARE(editor->font().pointSizeF(), 17.0);

        // Autosave off reaches the session too; Cancel keeps what was applied.
        child<QSpinBox>(dialog, "settingsAutosave")->setValue(0);
        QCOMPARE(child<QSpinBox>(dialog, "settingsAutosave")->text(), QStringLiteral("Off"));
        child<QCheckBox>(dialog, "settingsCustomFont")->setChecked(false);
        button(dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(window->session()->autosaveDelay(), 7000);
        QCOMPARE(editor->font().family(), family);

        dialog = openPreferences(window.get());
        QVERIFY(dialog);
        child<QSpinBox>(dialog, "settingsAutosave")->setValue(0);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(window->session()->autosaveDelay(), 0);
        QCOMPARE(QSettings().value(QStringLiteral("editor/autosaveSeconds")).toInt(), 0);
    }

    void viewMenuTogglesAndDialogAgree()
    {
        const auto window = m_fixture.openWindow();
        window->action(QStringLiteral("view.remoteImages"))->trigger();
        QVERIFY(window->settings().remoteImages());
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "settingsRemoteImages")->isChecked());
        dialog->reject();
        // A change made elsewhere (a second window, a script) through the settings applies too.
        window->settings().setValue(T::syncScroll, false);
        QVERIFY(!window->action(QStringLiteral("view.syncScroll"))->isChecked());
    }

    void restoreDefaultsShowsThemAndOkKeepsThem()
    {
        {
            UiSettings settings;
            settings.setValue(T::editorFontFamily, otherFamily(QString()));
            settings.setValue(T::editorFontSize, 20);
            settings.setValue(T::autosaveSeconds, 100);
            settings.setValue(T::remoteImages, true);
            settings.setValue(T::appearance, QStringLiteral("light"));
        }
        const auto window = m_fixture.openWindow();
        QCOMPARE(window->editor()->font().pointSizeF(), 20.0);
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->shown(), dialog->defaults());
        QVERIFY(!child<QCheckBox>(dialog, "settingsCustomFont")->isChecked());
        QVERIFY(!child<QFontComboBox>(dialog, "settingsFontFamily")->isEnabled());
        QCOMPARE(window->settings().value(T::autosaveSeconds), 100); // not before OK
        button(dialog, QDialogButtonBox::Ok)->click();

        for (const QString &key : {T::editorFontFamily.key, T::editorFontSize.key, T::autosaveSeconds.key,
                                   T::remoteImages.key, T::appearance.key})
            QVERIFY2(!QSettings().contains(key), qPrintable(key));
        QCOMPARE(window->editor()->font().pointSizeF(), MarkdownEditor::builtInFont().pointSizeF());
        QCOMPARE(window->session()->autosaveDelay(), 3000);
        QVERIFY(window->action(QStringLiteral("view.appearance.system"))->isChecked());
    }

    void languageChangeSaysARestartIsNeeded()
    {
        const auto window = m_fixture.openWindow();
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        auto *language = child<QComboBox>(dialog, "settingsUiLanguage");
        auto *note = child<QLabel>(dialog, "settingsRestartNote");
        auto *pages = child<QTabWidget>(dialog, "settingsPages");
        pages->setCurrentIndex(pages->count() - 1);
        QCOMPARE(pages->tabText(pages->currentIndex()), QStringLiteral("&Appearance"));
        QCOMPARE(language->itemData(0).toString(), QString()); // the system's first
        QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
        QVERIFY(language->findText(QStringLiteral("Français")) > 0);
        QVERIFY(language->findText(QStringLiteral("Español")) > 0);
        QVERIFY(language->findText(QStringLiteral("English")) > 0);
        QVERIFY(!note->isVisibleTo(dialog));
        language->setCurrentIndex(language->findText(QStringLiteral("Français")));
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY(note->text().contains(QStringLiteral("next time")));
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QVERIFY(note->isVisibleTo(dialog)); // still not the language in use
        language->setCurrentIndex(0);
        QVERIFY(!note->isVisibleTo(dialog));
        button(dialog, QDialogButtonBox::Ok)->click();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void spellingLanguageIsKeptForTheBlog()
    {
        const auto window = m_fixture.openWindow();
        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        auto *spelling = child<QComboBox>(dialog, "settingsSpellLanguage");
        const int english = spelling->findData(QStringLiteral("en_US"));
        QVERIFY2(english > 0, "install hunspell-en-us (see scripts/dev)");
        spelling->setCurrentIndex(english);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(window->settings().spellLanguage(m_fixture.blogRoot()), QStringLiteral("en_US"));
        QCOMPARE(window->spellController()->language(), QStringLiteral("en_US"));
        QVERIFY(!window->settings().isStored(T::spellLanguage.of(QStringLiteral("/another/blog")).key));
    }

    void publishUsesTheChosenTarget()
    {
        QTemporaryDir served;
        QVERIFY(served.isValid());
        writePublishTargets(served.path());
        const auto window = m_fixture.openWindow();
        window->publishController()->setKnownHostsFile(served.filePath(QStringLiteral("known_hosts")));

        SettingsDialog *dialog = openPreferences(window.get());
        QVERIFY(dialog);
        auto *target = child<QComboBox>(dialog, "settingsPublishTarget");
        QVERIFY(target->itemText(0).contains(QStringLiteral("first"))); // the blog's default
        QCOMPARE(target->count(), 4);                                   // default, 2 targets, ask
        target->setCurrentIndex(target->findText(QStringLiteral("second")));
        button(dialog, QDialogButtonBox::Ok)->click();

        window->action(QStringLiteral("site.publish"))->trigger();
        auto *sheet = waitFor<PublishReviewDialog>(window.get());
        QVERIFY(sheet);
        QVERIFY2(sheet->windowTitle().contains(QStringLiteral("second")), qPrintable(sheet->windowTitle()));
        sheet->reject();
        QVERIFY(QTest::qWaitFor([&] { return !window->publishController()->isRunning(); }, 60000));
    }

    void publishAsksEachTimeWhenChosen()
    {
        QTemporaryDir served;
        QVERIFY(served.isValid());
        writePublishTargets(served.path());
        const auto window = m_fixture.openWindow();
        window->settings().setValue(T::publishTarget.of(window->blogRoot()),
                                    PublishTargetChoice{PublishTargetChoice::Kind::Ask, {}});
        window->action(QStringLiteral("site.publish"))->trigger();
        auto *chooser = waitFor<QInputDialog>(window.get(), 5000);
        QVERIFY(chooser); // although the blog has a default
        QCOMPARE(chooser->comboBoxItems(), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        chooser->reject();
        QVERIFY(!window->publishController()->isRunning());
    }

    void withoutABlogBlogSettingsCannotBeChosen()
    {
        MainWindow window;
        window.show();
        window.action(QStringLiteral("edit.preferences"))->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(!child<QComboBox>(dialog, "settingsSpellLanguage")->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, "settingsPublishTarget")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "settingsSiteStyle")->isEnabled());
        child<QSpinBox>(dialog, "settingsAutosave")->setValue(9);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(window.session()->autosaveDelay(), 9000);
    }

private:
    SettingsDialog *openPreferences(MainWindow *window)
    {
        window->action(QStringLiteral("edit.preferences"))->trigger();
        return waitFor<SettingsDialog>(window, 5000);
    }

    template<typename Dialog>
    static Dialog *waitFor(QWidget *parent, int timeout = 60000)
    {
        Dialog *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (Dialog *dialog : parent->findChildren<Dialog *>()) {
                    if (dialog->isVisible())
                        found = dialog;
                }
                return found != nullptr;
            },
            timeout);
        return found;
    }

    void writePublishTargets(const QString &folder)
    {
        QFile file(m_fixture.blogRoot() + QStringLiteral("/blog.yaml"));
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray yaml = QStringLiteral("\npublish:\n"
                                               "  default: first\n"
                                               "  targets:\n"
                                               "    - name: first\n"
                                               "      type: folder\n"
                                               "      path: %1/first\n"
                                               "    - name: second\n"
                                               "      type: folder\n"
                                               "      path: %1/second\n")
                                    .arg(folder)
                                    .toUtf8();
        QVERIFY(file.write(yaml) == yaml.size());
    }

    WindowFixture m_fixture;
};

int main(int argc, char **argv)
{
    Postwright::Test::prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
