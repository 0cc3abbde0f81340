#include "settings/MemorySecretStore.h"

namespace invsync {

SecretReply *MemorySecretStore::unavailable()
{
    auto *reply = new SecretReply(this);
    SecretResult result;
    result.status = SecretResult::Status::Unavailable;
    result.message = tr("No keychain service is running.");
    reply->finish(result);
    return reply;
}

SecretReply *MemorySecretStore::read(const QString &key)
{
    if (!m_available)
        return unavailable();
    auto *reply = new SecretReply(this);
    SecretResult result;
    result.inMemoryOnly = true;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        result.status = SecretResult::Status::NotFound;
    else
        result.value = it.value();
    reply->finish(result);
    return reply;
}

SecretReply *MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (!m_available)
        return unavailable();
    m_secrets.insert(key, secret);
    auto *reply = new SecretReply(this);
    SecretResult result;
    result.inMemoryOnly = true;
    reply->finish(result);
    return reply;
}

SecretReply *MemorySecretStore::remove(const QString &key)
{
    if (!m_available)
        return unavailable();
    auto *reply = new SecretReply(this);
    SecretResult result;
    result.inMemoryOnly = true;
    if (m_secrets.remove(key) == 0)
        result.status = SecretResult::Status::NotFound;
    reply->finish(result);
    return reply;
}

} // namespace invsync
