#include "credentialstore.h"

#include "util/logging.h"

#include <QThread>
#include <qt6keychain/keychain.h>

namespace Postwright {

namespace {

// Words for the writer, never the secret: QtKeychain's own texts are only used for the rare
// errors it cannot classify.
SourceError keychainError(const QKeychain::Job &job)
{
    QString message;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message =
            CredentialStore::tr("No system keychain is running (the Secret Service, e.g. GNOME Keyring or "
                                "KWallet). Start one, or enter the secret each time.");
        break;
    case QKeychain::EntryNotFound:
        message = CredentialStore::tr("No secret is stored for %1.").arg(job.key());
        break;
    case QKeychain::AccessDeniedByUser:
        message = CredentialStore::tr("Access to the secret for %1 was refused in the keychain prompt.")
                      .arg(job.key());
        break;
    case QKeychain::AccessDenied:
        message = CredentialStore::tr("The keychain refused access to the secret for %1. It may be locked: "
                                      "unlock it and try again.")
                      .arg(job.key());
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = CredentialStore::tr("Could not remove the secret for %1 from the keychain: %2")
                      .arg(job.key(), job.errorString());
        break;
    case QKeychain::NoError:
    case QKeychain::OtherError:
        message = CredentialStore::tr("The system keychain reported a problem with the secret for %1: %2")
                      .arg(job.key(), job.errorString());
        break;
    }
    return SourceError{{}, 0, 0, message};
}

template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    // No parent: a job must outlive its caller until the keychain answers (it deletes itself).
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // secrets only ever go to the system keychain
    job->setKey(key);
    return job;
}

// The job deletes itself right after `finished`, so the callback must run during that signal:
// the context has to live in the calling thread (where the job lives) for a direct connection.
bool isUsableContext(const QObject *context)
{
    return context && context->thread() == QThread::currentThread();
}

Result<void> voidResult(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError)
        return {};
    return keychainError(job);
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void CredentialStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                  std::function<void(Result<void>)> done)
{
    Q_ASSERT(isUsableContext(context));
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        qCDebug(lcPublish) << "keychain write" << job->key() << "finished with code" << job->error();
        done(voidResult(*job));
    });
    job->start();
}

void CredentialStore::readSecret(const QString &key, QObject *context,
                                 std::function<void(Result<QString>)> done)
{
    Q_ASSERT(isUsableContext(context));
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        qCDebug(lcPublish) << "keychain read" << job->key() << "finished with code" << job->error();
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else
            done(keychainError(*job));
    });
    job->start();
}

void CredentialStore::removeSecret(const QString &key, QObject *context,
                                   std::function<void(Result<void>)> done)
{
    Q_ASSERT(isUsableContext(context));
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        qCDebug(lcPublish) << "keychain remove" << job->key() << "finished with code" << job->error();
        done(voidResult(*job));
    });
    job->start();
}

} // namespace Postwright
