#pragma once

#include "settings/MemorySecretStore.h"

#include <functional>

namespace invsync {

// The keychain when there is one, memory otherwise: as soon as the primary
// store answers Unavailable, every secret stays in memory until the
// application quits, and keychainUnavailable() lets the application say so.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

    bool isUsingMemory() const { return m_usingMemory; }
    // For people: why secrets are not kept after the application quits.
    QString memoryNotice() const;

Q_SIGNALS:
    void keychainUnavailable(const QString &notice);

private:
    void switchToMemory();
    SecretReply *forward(SecretReply *primaryReply, SecretReply *reply,
                         const std::function<SecretReply *()> &inMemory);

    SecretStore *m_primary;
    MemorySecretStore *m_memory;
    bool m_usingMemory = false;
};

} // namespace invsync
