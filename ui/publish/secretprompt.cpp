#include "publish/secretprompt.h"

#include "publish/publishtext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

SecretPrompt::SecretPrompt(const PublishTarget &target, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretPrompt"));
    const QString secretName = PublishText::secretName(target);
    setWindowTitle(tr("Publish to %1").arg(target.name));

    auto *intro = new QLabel(
        target.keyFile.isEmpty()
            ? tr("Enter the password for <b>%1</b>.").arg(PublishText::location(target).toHtmlEscaped())
            : tr("Enter the passphrase of the key %1 for <b>%2</b>.")
                  .arg(target.keyFile.toHtmlEscaped(), PublishText::location(target).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("secretProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(260);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Stored only after the server accepted it. It never goes into blog.yaml."));
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(secretName.isEmpty() ? tr("Secret") : secretName + u':', m_secret);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_secret->setFocus();
}

void SecretPrompt::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SecretPrompt::setKeychainUnavailable(const QString &why)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(
        tr("%1\nPostwright will keep what you enter in memory until you quit, and ask again next time.")
            .arg(why));
    m_keychainNote->show();
}

QString SecretPrompt::secret() const
{
    return m_secret->text();
}

bool SecretPrompt::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace Postwright
