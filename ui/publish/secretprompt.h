#pragma once

#include "publish/publishtargets.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Postwright {

// Asks for a target's password (or key passphrase) before connecting, with the reason it is
// asked (nothing stored yet, the server refused the last one, no keychain) and whether to
// remember it in the system keychain. Shown with open(); the caller reads secret() on accept.
class SecretPrompt final : public QDialog
{
    Q_OBJECT

public:
    SecretPrompt(const PublishTarget &target, QWidget *parent = nullptr);

    // Why the secret is asked again, e.g. the server's refusal; shown above the field.
    void setProblem(const QString &problem);
    // Without a keychain the secret stays in memory until Postwright quits; `why` says so.
    void setKeychainUnavailable(const QString &why);

    QString secret() const;
    bool remember() const;

private:
    QLabel *m_problem = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace Postwright
