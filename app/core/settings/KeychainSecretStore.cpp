#include "settings/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace invsync {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

SecretReply *KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    return run(job, true);
}

SecretReply *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    return run(job, false);
}

SecretReply *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    return run(job, false);
}

SecretReply *KeychainSecretStore::run(QKeychain::Job *job, bool isRead)
{
    auto *reply = new SecretReply(this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<SecretReply> target(reply);
    connect(job, &QKeychain::Job::finished, this, [this, target, isRead](QKeychain::Job *done) {
        if (!target)
            return;
        SecretResult result;
        switch (done->error()) {
        case QKeychain::NoError:
            if (isRead)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = SecretResult::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = SecretResult::Status::Failed;
            result.message = tr("Access to the keychain was denied.");
            break;
        case QKeychain::CouldNotDeleteEntry:
            result.status = SecretResult::Status::Failed;
            result.message =
                tr("The keychain could not delete the entry: %1").arg(done->errorString());
            break;
        default:
            // Without a D-Bus session or a Secret Service, QtKeychain answers
            // OtherError ("Cannot autolaunch D-Bus", "Could not connect"), not
            // NoBackendAvailable: to the user it is the same missing keychain.
            // QtKeychain's text names the backend's problem, never the secret.
            result.status = SecretResult::Status::Unavailable;
            result.message = tr("The keychain is not available: %1").arg(done->errorString());
            break;
        }
        target->finish(result);
    });
    job->start();
    return reply;
}

} // namespace invsync
