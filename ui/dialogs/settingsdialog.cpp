#include "dialogs/settingsdialog.h"

#include "editor/markdowneditor.h"
#include "mainwindow/uilanguage.h"
#include "mainwindow/uisettings.h"
#include "spell/dictionaries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Postwright {

namespace {

// Combo box items carry a PublishTargetChoice as its stored text.
QString choiceText(const PublishTargetChoice &choice)
{
    return SettingCodec<PublishTargetChoice>::encode(choice).toString();
}

PublishTargetChoice choiceFrom(const QVariant &text)
{
    return SettingCodec<PublishTargetChoice>::decode(text).value_or(PublishTargetChoice{});
}

// Selects the item whose data is value, adding one (named by label) when there is none.
void selectData(QComboBox *box, const QString &value, const QString &missingLabel)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(missingLabel, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(UiSettings *settings, BlogContext blog, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_blog(std::move(blog))
    , m_builtInFont(MarkdownEditor::builtInFont())
    , m_runningLanguage(settings->value(SettingsTable::uiLanguage))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createEditorPage(), tr("&Editor"));
    m_pages->addTab(createPreviewPage(), tr("Pre&view"));
    m_pages->addTab(createPublishingPage(), tr("&Publishing"));
    m_pages->addTab(createAppearancePage(), tr("&Appearance"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setObjectName(QStringLiteral("settingsRestoreDefaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Show the default settings; OK or Apply keeps them"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showValues(defaults()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    showValues(stored());

    // Apply is there while the widgets say something the settings do not.
    for (QCheckBox *box : {m_customFont, m_spellCheck, m_remoteImages, m_syncScroll, m_siteStyle})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);
    for (QComboBox *box : {static_cast<QComboBox *>(m_fontFamily), m_spellLanguage, m_publishTarget,
                           m_appearance, m_uiLanguage})
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateButtons);
    for (QSpinBox *box : {m_fontSize, m_autosave})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::updateButtons);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QLabel *SettingsDialog::hint(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setEnabled(false); // dimmed: help, not state
    return label;
}

QWidget *SettingsDialog::createEditorPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_customFont = new QCheckBox(tr("Use a font of my choice"), page);
    m_customFont->setObjectName(QStringLiteral("settingsCustomFont"));
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setObjectName(QStringLiteral("settingsFontFamily"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("settingsFontSize"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    connect(m_customFont, &QCheckBox::toggled, m_fontFamily, &QWidget::setEnabled);
    connect(m_customFont, &QCheckBox::toggled, m_fontSize, &QWidget::setEnabled);
    connect(m_customFont, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) { // what the editor uses then
            m_fontFamily->setCurrentFont(m_builtInFont);
            m_fontSize->setValue(qRound(m_builtInFont.pointSizeF()));
        }
    });
    form->addRow(tr("Font:"), m_customFont);
    form->addRow(QString(), fontRow);
    form->addRow(QString(),
                 hint(tr("Off: a typeface made for reading code and prose at small sizes (%1). Zooming "
                         "with Ctrl+wheel or Ctrl++ still works on top of the size.")
                          .arg(QFontInfo(m_builtInFont).family()),
                      "settingsFontHint", page));

    m_autosave = new QSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("settingsAutosave"));
    m_autosave->setRange(0, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    form->addRow(tr("Auto&save after:"), m_autosave);
    form->addRow(QString(),
                 hint(tr("Seconds after you stop typing. Off: the post is saved when you save it, switch "
                         "posts or quit; unsaved text is kept in the recovery journal either way."),
                      "settingsAutosaveHint", page));

    m_spellCheck = new QCheckBox(tr("Check spelling as you &type"), page);
    m_spellCheck->setObjectName(QStringLiteral("settingsSpellCheck"));
    form->addRow(tr("Spelling:"), m_spellCheck);
    m_spellLanguage = new QComboBox(page);
    m_spellLanguage->setObjectName(QStringLiteral("settingsSpellLanguage"));
    const Dictionaries dictionaries = Dictionaries::discover();
    const std::optional<DictionaryInfo> blogs = dictionaries.bestMatch(m_blog.language);
    m_spellLanguage->addItem(blogs ? tr("The blog\u2019s language (%1)").arg(blogs->name)
                                   : tr("The blog\u2019s language (no dictionary installed)"),
                             QString());
    for (const DictionaryInfo &info : dictionaries.all())
        m_spellLanguage->addItem(info.name, info.code);
    form->addRow(tr("&Language:"), m_spellLanguage);
    if (m_blog.root.isEmpty()) {
        m_spellLanguage->setEnabled(false);
        form->addRow(QString(),
                     hint(tr("Open a blog to choose its spelling language."), "settingsSpellHint", page));
    } else {
        form->addRow(
            QString(),
            hint(dictionaries.isEmpty()
                     ? tr("No Hunspell dictionaries are installed; install one (hunspell-en-us, say) "
                          "to check spelling.")
                     : tr("For %1 only; each blog keeps its own.").arg(m_blog.title),
                 "settingsSpellHint", page));
    }
    return page;
}

QWidget *SettingsDialog::createPreviewPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_remoteImages = new QCheckBox(tr("Show &images from the web"), page);
    m_remoteImages->setObjectName(QStringLiteral("settingsRemoteImages"));
    form->addRow(m_remoteImages);
    form->addRow(hint(tr("A post\u2019s image on another server tells that server the post is being edited. "
                         "Off, the preview shows the image\u2019s address and contacts no server."),
                      "settingsRemoteImagesHint", page));

    m_syncScroll = new QCheckBox(tr("&Synchronize scrolling of the editor and the preview"), page);
    m_syncScroll->setObjectName(QStringLiteral("settingsSyncScroll"));
    form->addRow(m_syncScroll);

    m_siteStyle = new QCheckBox(tr("Show posts in the site\u2019s own &style"), page);
    m_siteStyle->setObjectName(QStringLiteral("settingsSiteStyle"));
    m_siteStyle->setEnabled(m_blog.siteStyleAvailable);
    form->addRow(m_siteStyle);
    form->addRow(hint(m_blog.siteStyleAvailable
                          ? tr("For %1 only: its own stylesheets instead of the built-in theme. Postwright "
                               "keeps this choice itself; the site\u2019s files are not changed.")
                                .arg(m_blog.title)
                          : tr("Only for a Hugo or Jekyll site whose stylesheets Postwright found (build it "
                               "first, or name them in postwright.yaml)."),
                      "settingsSiteStyleHint", page));
    return page;
}

QWidget *SettingsDialog::createPublishingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_publishTarget = new QComboBox(page);
    m_publishTarget->setObjectName(QStringLiteral("settingsPublishTarget"));
    m_publishTarget->addItem(m_blog.defaultTarget.isEmpty()
                                 ? tr("The blog\u2019s default (none set: ask)")
                                 : tr("The blog\u2019s default (%1)").arg(m_blog.defaultTarget),
                             choiceText({}));
    for (const QString &name : m_blog.targets)
        m_publishTarget->addItem(name, choiceText({PublishTargetChoice::Kind::Target, name}));
    m_publishTarget->addItem(tr("Ask each time"), choiceText({PublishTargetChoice::Kind::Ask, {}}));
    form->addRow(tr("&Publish sends to:"), m_publishTarget);

    QString note;
    if (m_blog.root.isEmpty()) {
        m_publishTarget->setEnabled(false);
        note = tr("Open a blog to choose where its Publish button sends it.");
    } else if (!m_blog.targetsProblem.isEmpty()) {
        note = tr("The publish targets could not be read: %1").arg(m_blog.targetsProblem);
    } else if (m_blog.targets.isEmpty()) {
        note = tr("This blog has no publish targets yet: add them in Site \u25b8 Publish Targets.");
    } else {
        note = tr("For %1 only. Site \u25b8 Publish To still sends to any target.").arg(m_blog.title);
    }
    form->addRow(QString(), hint(note, "settingsPublishHint", page));
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_appearance = new QComboBox(page);
    m_appearance->setObjectName(QStringLiteral("settingsAppearance"));
    m_appearance->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Theme:"), m_appearance);

    m_uiLanguage = new QComboBox(page);
    m_uiLanguage->setObjectName(QStringLiteral("settingsUiLanguage"));
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_uiLanguage->addItem(choice.name, choice.language);
    form->addRow(tr("&Interface language:"), m_uiLanguage);
    m_restartNote = hint(UiLanguage::restartNote(), "settingsRestartNote", page);
    form->addRow(QString(), m_restartNote);
    return page;
}

SettingsDialog::Values SettingsDialog::stored() const
{
    Values values;
    values.fontFamily = m_settings->value(SettingsTable::editorFontFamily);
    values.fontSize = m_settings->value(SettingsTable::editorFontSize);
    values.customFont = !values.fontFamily.isEmpty() || values.fontSize != 0;
    values.autosaveSeconds = m_settings->value(SettingsTable::autosaveSeconds);
    values.spellCheck = m_settings->value(SettingsTable::spellCheck);
    values.remoteImages = m_settings->value(SettingsTable::remoteImages);
    values.syncScroll = m_settings->value(SettingsTable::syncScroll);
    values.siteStyle = m_blog.siteStyleByDefault;
    if (!m_blog.root.isEmpty()) {
        values.spellLanguage = m_settings->value(SettingsTable::spellLanguage.of(m_blog.root));
        values.siteStyle = m_settings->value(SettingsTable::previewSiteStyle.of(m_blog.root))
                               .value_or(m_blog.siteStyleByDefault);
        values.publishTarget = m_settings->value(SettingsTable::publishTarget.of(m_blog.root));
    }
    values.appearance = m_settings->value(SettingsTable::appearance);
    values.uiLanguage = m_settings->value(SettingsTable::uiLanguage);
    return values;
}

SettingsDialog::Values SettingsDialog::defaults() const
{
    Values values;
    values.customFont = false;
    values.autosaveSeconds = SettingsTable::autosaveSeconds.defaultValue;
    values.spellCheck = SettingsTable::spellCheck.defaultValue;
    values.remoteImages = SettingsTable::remoteImages.defaultValue;
    values.syncScroll = SettingsTable::syncScroll.defaultValue;
    values.siteStyle = m_blog.siteStyleByDefault;
    values.appearance = SettingsTable::appearance.defaultValue;
    values.uiLanguage = SettingsTable::uiLanguage.defaultValue;
    return values;
}

SettingsDialog::Values SettingsDialog::shown() const
{
    Values values;
    values.customFont = m_customFont->isChecked();
    if (values.customFont) {
        values.fontFamily = m_fontFamily->currentFont().family();
        values.fontSize = m_fontSize->value();
    }
    values.autosaveSeconds = m_autosave->value();
    values.spellCheck = m_spellCheck->isChecked();
    values.spellLanguage = m_spellLanguage->currentData().toString();
    values.remoteImages = m_remoteImages->isChecked();
    values.syncScroll = m_syncScroll->isChecked();
    values.siteStyle = m_siteStyle->isChecked();
    values.publishTarget = choiceFrom(m_publishTarget->currentData());
    values.appearance = m_appearance->currentData().toString();
    values.uiLanguage = m_uiLanguage->currentData().toString();
    return values;
}

void SettingsDialog::showValues(const Values &values)
{
    m_customFont->setChecked(values.customFont);
    m_fontFamily->setEnabled(values.customFont);
    m_fontSize->setEnabled(values.customFont);
    m_fontFamily->setCurrentFont(values.customFont && !values.fontFamily.isEmpty() ? QFont(values.fontFamily)
                                                                                   : m_builtInFont);
    m_fontSize->setValue(values.customFont && values.fontSize > 0 ? values.fontSize
                                                                  : qRound(m_builtInFont.pointSizeF()));
    m_autosave->setValue(values.autosaveSeconds);
    m_spellCheck->setChecked(values.spellCheck);
    selectData(m_spellLanguage, values.spellLanguage, tr("%1 (not installed)").arg(values.spellLanguage));
    m_remoteImages->setChecked(values.remoteImages);
    m_syncScroll->setChecked(values.syncScroll);
    m_siteStyle->setChecked(values.siteStyle);
    selectData(m_publishTarget, choiceText(values.publishTarget),
               tr("%1 (no longer in the blog\u2019s targets)").arg(values.publishTarget.name));
    selectData(m_appearance, values.appearance, values.appearance);
    selectData(m_uiLanguage, values.uiLanguage, values.uiLanguage);
}

void SettingsDialog::apply()
{
    const Values values = shown();
    m_settings->setValue(SettingsTable::editorFontFamily, values.fontFamily);
    m_settings->setValue(SettingsTable::editorFontSize, values.fontSize);
    m_settings->setValue(SettingsTable::autosaveSeconds, values.autosaveSeconds);
    m_settings->setValue(SettingsTable::spellCheck, values.spellCheck);
    m_settings->setValue(SettingsTable::remoteImages, values.remoteImages);
    m_settings->setValue(SettingsTable::syncScroll, values.syncScroll);
    if (!m_blog.root.isEmpty()) {
        m_settings->setValue(SettingsTable::spellLanguage.of(m_blog.root), values.spellLanguage);
        // Kept only where it differs from what the site asks for (see SettingsTable).
        m_settings->setValue(SettingsTable::previewSiteStyle.of(m_blog.root),
                             values.siteStyle == m_blog.siteStyleByDefault
                                 ? std::nullopt
                                 : std::optional<bool>(values.siteStyle));
        m_settings->setValue(SettingsTable::publishTarget.of(m_blog.root), values.publishTarget);
    }
    m_settings->setValue(SettingsTable::appearance, values.appearance);
    m_settings->setValue(SettingsTable::uiLanguage, values.uiLanguage);
    updateButtons();
}

void SettingsDialog::setRunningLanguage(const QString &language)
{
    m_runningLanguage = language;
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const Values values = shown();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(values != stored());
    // The language is installed once, at start: say so while a new one is chosen.
    m_restartNote->setVisible(values.uiLanguage != m_runningLanguage);
}

} // namespace Postwright
