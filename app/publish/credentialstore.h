#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Postwright {

// Secrets (passwords, tokens, keys) for publish targets, kept only in the system keychain
// through QtKeychain (the Secret Service on Linux) under "<service>/<key>". There is no
// plaintext fallback. Error texts say what failed (no keychain running, access denied, not
// found) and never contain the secret. Callbacks run on the caller's thread with `context`
// alive; the calls never block.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QString service = QStringLiteral("Postwright"), QObject *parent = nullptr);

    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     std::function<void(Result<void>)> done);
    void readSecret(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    void removeSecret(const QString &key, QObject *context, std::function<void(Result<void>)> done);

    const QString &service() const { return m_service; }

private:
    QString m_service;
};

} // namespace Postwright
