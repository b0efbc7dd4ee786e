#include "dialogs/buildsettingsdialog.h"

#include "site/externalbuild.h"
#include "site/externalbuildsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

namespace {

QLabel *plainLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BuildSettingsDialog::BuildSettingsDialog(const QString &siteRoot, QWidget *parent)
    : QDialog(parent)
    , m_layout(SiteLayout::detect(siteRoot))
{
    setObjectName(QStringLiteral("buildSettingsDialog"));
    setWindowTitle(tr("Build Settings"));
    const ExternalBuildSettings::Choice choice = ExternalBuildSettings::choose(m_layout);
    m_settingsPath = choice.settingsPath;

    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel("buildSettingsIntro", this);
    layout->addWidget(intro);
    m_error = plainLabel("buildSettingsError", this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    if (!choice.hasGenerator) {
        intro->setText(
            tr("This blog is built by Postwright\u2019s theme, into %1. It has no build command to set.")
                .arg(QDir::toNativeSeparators(m_layout.path(m_layout.outputFolder))));
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        return;
    }

    const QString name = ExternalBuildSettings::generatorName(m_layout.kind);
    const auto generator = m_layout.kind == SiteKind::Hugo ? ExternalBuildOptions::Generator::Hugo
                                                           : ExternalBuildOptions::Generator::Jekyll;
    intro->setText(tr("How Postwright builds this %1 site, for Build and for Publish. Saved in %2 at the "
                      "site\u2019s root; %3 does not read that file.")
                       .arg(SiteLayout::kindName(m_layout.kind), QFileInfo(m_settingsPath).fileName(), name));
    if (choice.error) {
        m_error->setText(tr("%1 has a problem, so saving would not be safe until it is fixed:\n%2")
                             .arg(QFileInfo(m_settingsPath).fileName(), choice.error->toString()));
        m_error->show();
    }

    m_useGenerator = new QCheckBox(tr("Build with %1 when it is installed").arg(name), this);
    m_useGenerator->setObjectName(QStringLiteral("buildUseGenerator"));
    m_useGenerator->setChecked(choice.settings.useGenerator);
    m_useGenerator->setToolTip(
        tr("Off: Postwright\u2019s own theme builds the site, as when %1 is missing").arg(name));
    m_command = new QLineEdit(choice.settings.buildCommand, this);
    m_command->setObjectName(QStringLiteral("buildCommandField"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setPlaceholderText(ExternalBuild::defaultCommand(generator));
    m_command->setClearButtonEnabled(true);
    auto *commandHint = plainLabel("buildCommandHint", this);
    commandHint->setText(
        tr("Empty: \u201c%1\u201d. Runs in the site\u2019s folder without a shell; Postwright adds "
           "--destination with the output folder below.")
            .arg(ExternalBuild::defaultCommand(generator)));
    commandHint->setEnabled(false); // dimmed: help, not state
    m_program = plainLabel("buildProgramStatus", this);
    m_output = plainLabel("buildOutputFolder", this);
    m_output->setText(QDir::toNativeSeparators(ExternalBuild::detectOutputPath(generator, m_layout.root)));
    m_output->setToolTip(
        tr("Where %1\u2019s configuration sends the site (publishDir, destination); publishing "
           "sends this folder")
            .arg(name));

    auto *form = new QFormLayout;
    form->addRow(QString(), m_useGenerator);
    form->addRow(tr("Command:"), m_command);
    form->addRow(QString(), commandHint);
    form->addRow(QString(), m_program);
    form->addRow(tr("Output folder:"), m_output);
    layout->addLayout(form);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("buildSettingsSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_command, &QLineEdit::textChanged, this, &BuildSettingsDialog::updateProgram);
    connect(m_useGenerator, &QCheckBox::toggled, this, &BuildSettingsDialog::updateProgram);
    updateProgram();
    resize(560, sizeHint().height());
}

void BuildSettingsDialog::updateProgram()
{
    const QString name = ExternalBuildSettings::generatorName(m_layout.kind);
    const QString command =
        m_command->text().trimmed().isEmpty() ? m_command->placeholderText() : m_command->text();
    const QString program = ExternalBuildSettings::findProgram(command, m_layout.root);
    const QString first = command.section(u' ', 0, 0, QString::SectionSkipEmpty);
    m_command->setEnabled(m_useGenerator->isChecked());
    if (!program.isEmpty()) {
        m_program->setText(tr("Found %1 at %2.").arg(first, QDir::toNativeSeparators(program)));
        m_program->setStyleSheet(QString());
    } else if (m_command->text().trimmed().isEmpty()) {
        m_program->setText(tr("%1 is not installed, so Postwright\u2019s theme builds the site. %2")
                               .arg(name, ExternalBuildSettings::installHint(m_layout.kind)));
        m_program->setStyleSheet(QStringLiteral("color: #9a6700;"));
    } else {
        m_program->setText(
            tr("%1 is not on PATH (or not executable): the build will fail until it is installed. %2")
                .arg(first, ExternalBuildSettings::installHint(m_layout.kind)));
        m_program->setStyleSheet(QStringLiteral("color: #9a6700;"));
    }
}

bool BuildSettingsDialog::save()
{
    if (!m_useGenerator)
        return true; // a native blog: nothing to save
    const Result<void> saved =
        ExternalBuildSettings::save(m_settingsPath, m_command->text().trimmed(), m_useGenerator->isChecked());
    if (!saved) {
        m_error->setText(tr("The settings were not saved: %1").arg(saved.error().toString()));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace Postwright
