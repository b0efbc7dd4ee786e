#include "publish/targetsdialog.h"

#include "blog/sitelayout.h"
#include "blog/sitetoolsettings.h"
#include "publish/credentialstore.h"
#include "publish/hostkeyconfirmer.h"
#include "publish/publishsession.h"
#include "publish/publishtext.h"
#include "site/externalbuildsettings.h"
#include "util/atomicfile.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {

enum Column { NameColumn, TypeColumn, WhereColumn };

} // namespace

TargetsDialog::TargetsDialog(QString blogRoot, CredentialStore *credentials, QString knownHostsFile,
                             QWidget *parent)
    : QDialog(parent)
    , m_blogRoot(std::move(blogRoot))
    , m_credentials(credentials)
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_openFile([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_confirmer(new HostKeyConfirmer(this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Publish Targets"));
    // A Hugo or Jekyll site has no blog.yaml: its targets live in postwright.yaml beside the
    // generator's config (SiteToolSettings).
    const SiteLayout site = SiteLayout::detect(m_blogRoot);
    m_generator = ExternalBuildSettings::generatorName(site.kind);
    m_kindName = SiteLayout::kindName(site.kind);
    m_settingsPath = SiteToolSettings::filePath(site);
    const QString fileName = settingsFileName();

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("targetsIntro"));
    intro->setText(m_generator.isEmpty()
                       ? tr("Postwright publishes to the targets listed in <b>blog.yaml</b> under "
                            "<tt>publish:</tt>. Passwords and tokens never go there: save them here, "
                            "in the system keychain.")
                       : tr("Postwright publishes this %1 site to the targets listed in <b>%2</b> under "
                            "<tt>publish:</tt>, at the site\u2019s root (not in blog.yaml: a %1 site has "
                            "none, and %3 does not read %2). What %3 builds is what is sent. Passwords and "
                            "tokens never go there: save them here, in the system keychain.")
                             .arg(m_kindName, fileName, m_generator));
    intro->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("targetsList"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::Stretch);
    m_list->setMinimumHeight(110);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TargetsDialog::showTarget);

    // The selected target.
    m_details = new QGroupBox(this);
    m_where = new QLabel(m_details);
    m_where->setObjectName(QStringLiteral("targetWhere"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretLabel = new QLabel(tr("Password:"), m_details);
    m_secret = new QLineEdit(m_details);
    m_secret->setObjectName(QStringLiteral("targetSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_save = new QPushButton(tr("Save to Keychain"), m_details);
    m_save->setObjectName(QStringLiteral("saveSecret"));
    m_forget = new QPushButton(tr("Forget"), m_details);
    m_forget->setObjectName(QStringLiteral("forgetSecret"));
    m_secretHint = new QLabel(m_details);
    m_secretHint->setObjectName(QStringLiteral("secretHint"));
    m_secretHint->setTextFormat(Qt::PlainText);
    m_secretHint->setWordWrap(true);
    m_secretHint->setEnabled(false); // dimmed: help, not state
    m_secretState = new QLabel(m_details);
    m_secretState->setObjectName(QStringLiteral("secretState"));
    m_secretState->setTextFormat(Qt::PlainText);
    m_secretState->setWordWrap(true);
    m_test = new QPushButton(tr("Test Connection"), m_details);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(m_details);
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review = new QCheckBox(tr("Show the review before publishing to this target"), m_details);
    m_review->setObjectName(QStringLiteral("reviewBeforePublish"));

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_save);
    secretRow->addWidget(m_forget);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto *form = new QFormLayout(m_details);
    form->addRow(tr("Where:"), m_where);
    form->addRow(m_secretLabel, secretRow);
    form->addRow(QString(), m_secretHint);
    form->addRow(QString(), m_secretState);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_review);

    connect(m_save, &QPushButton::clicked, this, &TargetsDialog::saveSecret);
    connect(m_forget, &QPushButton::clicked, this, &TargetsDialog::forgetSecret);
    connect(m_test, &QPushButton::clicked, this, &TargetsDialog::testConnection);
    connect(m_secret, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.isEmpty()); });
    connect(m_review, &QCheckBox::toggled, this, [this](bool review) {
        if (const PublishTarget *target = currentTarget())
            m_settings.setSkipsReview(m_blogRoot, target->id(), !review);
    });
    connect(&m_testWatcher, &QFutureWatcher<std::optional<TransportError>>::finished, this,
            &TargetsDialog::onConnectionTested);

    // How to add one: folded away once the blog has targets.
    m_showExample = new QToolButton(this);
    m_showExample->setObjectName(QStringLiteral("showTargetsExample"));
    m_showExample->setText(tr("How to add a target"));
    m_showExample->setCheckable(true);
    m_showExample->setAutoRaise(true);
    m_showExample->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showExample->setArrowType(Qt::RightArrow);
    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("targetsExample"));
    m_example->setTextFormat(Qt::PlainText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_example->setText(
        tr("Add a section like this to %2 (types: folder, zip, sftp, ftp, ftps, s3, git,\n"
           "netlify for the built site; wordpress, ghost, metaweblog, micropub to send the\n"
           "posts to a hosted blog):\n\n%1\n"
           "Then save the sftp target's password here, the WordPress application password\n"
           "and the Ghost Admin API key.")
            .arg(PublishText::exampleYaml(), fileName));
    m_example->setContentsMargins(12, 4, 4, 4);
    connect(m_showExample, &QToolButton::toggled, this, [this](bool shown) {
        m_showExample->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_example->setVisible(shown);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *openYaml = buttons->addButton(tr("Open %1").arg(fileName), QDialogButtonBox::ActionRole);
    openYaml->setObjectName(m_generator.isEmpty() ? QStringLiteral("openBlogYaml")
                                                  : QStringLiteral("openSettingsFile"));
    QPushButton *reloadButton = buttons->addButton(tr("Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadTargets"));
    connect(openYaml, &QPushButton::clicked, this, &TargetsDialog::openSettingsFile);
    connect(reloadButton, &QPushButton::clicked, this, &TargetsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_showExample, 0, Qt::AlignLeft);
    layout->addWidget(m_example);
    layout->addWidget(buttons);
    resize(640, 460);
    reload();
}

void TargetsDialog::reload()
{
    const QString selected = currentTarget() ? currentTarget()->name : QString();
    const Result<PublishTargets> read = PublishSession::readTargets(m_blogRoot);
    m_targets = read ? read.value() : PublishTargets{};
    m_error->setText(
        read ? QString()
             : tr("The publish section of %1 has a problem:\n%2")
                   .arg(settingsFileName(), read.error().toString()));
    m_error->setVisible(!read);

    m_list->clear();
    for (const PublishTarget &target : m_targets.targets) {
        const bool isDefault = m_targets.defaultTarget() == &target;
        auto *item =
            new QTreeWidgetItem({isDefault ? tr("%1 (default)").arg(target.name) : target.name,
                                 PublishTarget::typeName(target.type), PublishText::location(target)});
        item->setData(NameColumn, Qt::UserRole, target.name);
        if (isDefault) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        m_list->addTopLevelItem(item);
    }
    m_list->resizeColumnToContents(NameColumn);
    m_list->resizeColumnToContents(TypeColumn);
    const bool empty = m_targets.targets.empty();
    m_showExample->setChecked(empty && read);
    m_example->setVisible(m_showExample->isChecked());
    if (empty && read)
        m_error->setText(tr("This blog has no publish targets yet."));
    m_error->setVisible(!read || empty);
    m_error->setStyleSheet(read ? QString() : QStringLiteral("color: #b3261e;"));
    if (!selectTarget(selected) && !empty)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showTarget();
}

QString TargetsDialog::settingsFileName() const
{
    return QFileInfo(m_settingsPath).fileName();
}

QString TargetsDialog::settingsExample() const
{
    // Everything commented out: the file does nothing until the writer says where to publish.
    QString example = tr("# Postwright's settings for this %1 site: where it is published and how it is\n"
                         "# built. %2 does not read this file. Passwords and tokens never go here:\n"
                         "# save them in Site > Publish Targets, in the system keychain.\n"
                         "#\n"
                         "# Publish sends what %2 builds. Uncomment a target and adapt it:\n")
                          .arg(m_kindName, m_generator);
    for (const QString &line : PublishText::exampleYaml().split(u'\n', Qt::SkipEmptyParts))
        example += QStringLiteral("# ") + line + u'\n';
    example += tr("#\n"
                  "# How the site is built (Site > Build Settings): the command, or generator: false\n"
                  "# for Postwright's own theme.\n"
                  "# build:\n"
                  "#   command: %1\n")
                   .arg(m_generator == u"hugo" ? QStringLiteral("hugo --minify")
                                               : QStringLiteral("jekyll build"));
    if (m_generator == u"jekyll")
        example += tr("#\n"
                      "# Jekyll copies files it does not know into the site: keep this one out of it with\n"
                      "# \"exclude: [postwright.yaml]\" in _config.yml.\n");
    return example;
}

void TargetsDialog::openSettingsFile()
{
    if (!m_generator.isEmpty() && !QFileInfo::exists(m_settingsPath)) {
        const Result<void> written = AtomicFile::write(m_settingsPath, settingsExample().toUtf8());
        if (!written) {
            m_error->setText(
                tr("%1 could not be created: %2").arg(settingsFileName(), written.error().toString()));
            m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_error->show();
            return;
        }
    }
    m_openFile(QUrl::fromLocalFile(m_settingsPath));
}

bool TargetsDialog::selectTarget(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

const PublishTarget *TargetsDialog::currentTarget() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_targets.find(item->data(NameColumn, Qt::UserRole).toString()) : nullptr;
}

void TargetsDialog::showTarget()
{
    const PublishTarget *target = currentTarget();
    m_details->setVisible(target);
    m_secret->clear();
    m_testResult->clear();
    if (!target)
        return;
    m_details->setTitle(target->name);
    m_where->setText(QStringLiteral("%1 \u00b7 %2")
                         .arg(PublishText::typeDisplayName(target->type), PublishText::location(*target)));
    const QString secretName = PublishText::secretName(*target);
    const bool hasSecret = !secretName.isEmpty();
    m_secretLabel->setText(hasSecret ? secretName + u':' : tr("Secret:"));
    m_secret->setEnabled(hasSecret);
    m_secret->setPlaceholderText(hasSecret ? tr("Type it to save or test it") : tr("This target needs none"));
    const QString hint = PublishText::secretHint(*target);
    m_secretHint->setText(hint);
    m_secretHint->setVisible(!hint.isEmpty());
    m_save->setEnabled(false);
    m_forget->setEnabled(false);
    m_secretState->clear();
    const std::optional<QString> unsupported = PublishSession::unsupportedReason(*target);
    m_test->setEnabled(!unsupported && !m_testWatcher.isRunning());
    if (unsupported)
        setResult(m_testResult, *unsupported, false);
    const QSignalBlocker blocker(m_review);
    m_review->setChecked(!m_settings.skipsReview(m_blogRoot, target->id()));
    if (hasSecret)
        refreshSecretState();
}

void TargetsDialog::refreshSecretState()
{
    const PublishTarget *target = currentTarget();
    if (!target)
        return;
    const QString key = target->id();
    const QString storedText = PublishText::secretSentence(*target, PublishText::SecretSentence::Stored);
    const QString notStoredText = PublishText::secretSentence(*target, PublishText::SecretSentence::NotStored);
    m_secretState->setText(tr("Looking in the keychain\u2026"));
    m_credentials->readSecret(
        key, this, [this, key, storedText, notStoredText, request = ++m_secretRequest](Result<QString> stored) {
            if (request != m_secretRequest)
                return;
            if (stored) {
                m_secretState->setText(storedText);
            } else if (PublishText::isNothingStored(stored.error(), key)) {
                m_secretState->setText(notStoredText);
            } else {
                m_secretState->setText(stored.error().message);
            }
            m_forget->setEnabled(stored.ok());
            Q_EMIT secretStateChanged(stored.ok());
        });
}

void TargetsDialog::saveSecret()
{
    const PublishTarget *target = currentTarget();
    if (!target || m_secret->text().isEmpty())
        return;
    m_save->setEnabled(false);
    m_credentials->writeSecret(target->id(), m_secret->text(), this,
                               [this, request = ++m_secretRequest](Result<void> saved) {
                                   if (request != m_secretRequest)
                                       return;
                                   if (!saved) {
                                       m_secretState->setText(tr("Not saved: %1").arg(saved.error().message));
                                       m_save->setEnabled(!m_secret->text().isEmpty());
                                       return;
                                   }
                                   m_secret->clear();
                                   refreshSecretState();
                               });
}

void TargetsDialog::forgetSecret()
{
    const PublishTarget *target = currentTarget();
    if (!target)
        return;
    m_forget->setEnabled(false);
    m_credentials->removeSecret(target->id(), this,
                                [this, request = ++m_secretRequest](Result<void> removed) {
                                    if (request != m_secretRequest)
                                        return;
                                    if (!removed) {
                                        m_secretState->setText(removed.error().message);
                                        m_forget->setEnabled(true);
                                        return;
                                    }
                                    refreshSecretState();
                                });
}

void TargetsDialog::testConnection()
{
    const PublishTarget *target = currentTarget();
    if (!target || m_testWatcher.isRunning())
        return;
    m_test->setEnabled(false);
    setResult(m_testResult, tr("Connecting\u2026"), true);
    m_testResult->setStyleSheet(QString());
    if (!m_secret->text().isEmpty() || PublishText::secretName(*target).isEmpty()) {
        runConnectionTest(*target, m_secret->text());
        return;
    }
    // Nothing typed: the stored secret, read without blocking.
    m_credentials->readSecret(target->id(), this, [this, target = *target](Result<QString> stored) {
        if (stored) {
            runConnectionTest(target, stored.value());
        } else if (!PublishSession::requiresSecret(target)) {
            runConnectionTest(target, QString()); // a key file without a passphrase
        } else {
            setResult(
                m_testResult,
                PublishText::isNothingStored(stored.error(), target.id())
                    ? PublishText::secretSentence(target, PublishText::SecretSentence::TypeFirst)
                    : stored.error().message,
                false);
            m_test->setEnabled(true);
            Q_EMIT connectionTested(false);
        }
    });
}

void TargetsDialog::runConnectionTest(const PublishTarget &target, const QString &secret)
{
    m_testedTarget = target.name;
    PublishSession::Connection connection{secret, m_knownHostsFile, m_confirmer->callback(), {}};
    // Values only: the dialog may close before the server answers.
    m_testWatcher.setFuture(QtConcurrent::run([blogRoot = m_blogRoot, target, connection] {
        PublishSession session(blogRoot, target, connection, DeployOptions{});
        return session.checkConnection();
    }));
}

void TargetsDialog::onConnectionTested()
{
    const std::optional<TransportError> error = m_testWatcher.result();
    const PublishTarget *target = currentTarget();
    m_test->setEnabled(target && !PublishSession::unsupportedReason(*target));
    if (!target || target->name != m_testedTarget)
        return; // the answer is about a target no longer shown
    if (error) {
        setResult(m_testResult,
                  error->kind == TransportError::Kind::Authentication
                      ? tr("Could not log in: %1").arg(error->message)
                      : tr("Could not connect: %1").arg(error->message),
                  false);
    } else {
        setResult(m_testResult, tr("Connected."), true);
    }
    Q_EMIT connectionTested(!error);
}

void TargetsDialog::setResult(QLabel *label, const QString &text, bool good)
{
    label->setText(text);
    label->setStyleSheet(good ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b3261e;"));
}

} // namespace Postwright
