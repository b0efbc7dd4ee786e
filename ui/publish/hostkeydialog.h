#pragma once

#include <QDialog>

namespace Postwright {

// Asks whether to trust an SFTP server this computer has not connected to before, showing its
// key's SHA-256 fingerprint. Cancel is the default: trusting is a decision, not a reflex.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    HostKeyDialog(const QString &host, const QString &fingerprint, QWidget *parent = nullptr);
};

} // namespace Postwright
