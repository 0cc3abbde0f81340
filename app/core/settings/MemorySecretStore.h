#pragma once

#include "settings/SecretStore.h"

#include <QHash>

namespace invsync {

// Secrets in this process's memory only: the store of tests, and the
// fallback when no keychain service runs. Gone when the application quits.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

    // Tests: behave like a keychain whose service is not running.
    void setAvailable(bool available) { m_available = available; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    SecretReply *unavailable();

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace invsync
