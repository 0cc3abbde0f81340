#pragma once

#include "settings/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace invsync {

// Secrets in the operating system's keychain through QtKeychain (Secret
// Service or KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). A missing or unreachable keychain service is reported as
// Unavailable, never papered over with QtKeychain's plain-text "insecure
// fallback"; FallbackSecretStore then keeps secrets in memory.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("InvSync"),
                                 QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

private:
    SecretReply *run(QKeychain::Job *job, bool isRead);

    QString m_service;
};

} // namespace invsync
