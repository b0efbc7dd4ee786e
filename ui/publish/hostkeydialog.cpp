#include "publish/hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

HostKeyDialog::HostKeyDialog(const QString &host, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown Server"));

    auto *heading =
        new QLabel(tr("<b>Postwright has not connected to %1 before.</b>").arg(host.toHtmlEscaped()), this);
    auto *explanation = new QLabel(
        tr("Check that this is the fingerprint of the server's key before you trust it. Your hosting "
           "provider lists it, or run <tt>ssh-keygen -lf</tt> on the server's host key. Postwright will "
           "remember the key and refuse to connect if it ever changes."),
        this);
    explanation->setWordWrap(true);
    auto *key = new QLabel(fingerprint, this);
    key->setObjectName(QStringLiteral("hostKeyFingerprint"));
    key->setTextFormat(Qt::PlainText);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustHostKey"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(key);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Postwright
