#include "settings/FallbackSecretStore.h"

#include <QPointer>

namespace invsync {

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_memory(new MemorySecretStore(this))
{
    m_primary->setParent(this);
}

QString FallbackSecretStore::memoryNotice() const
{
    return tr("No keychain service is running, so your sign-in is kept in memory only and "
              "is forgotten when InvSync quits.");
}

void FallbackSecretStore::switchToMemory()
{
    if (m_usingMemory)
        return;
    m_usingMemory = true;
    Q_EMIT keychainUnavailable(memoryNotice());
}

SecretReply *FallbackSecretStore::forward(SecretReply *primaryReply, SecretReply *reply,
                                          const std::function<SecretReply *()> &inMemory)
{
    QPointer<SecretReply> target(reply);
    connect(primaryReply, &SecretReply::finished, this,
            [this, target, inMemory](const SecretResult &result) {
                if (!target)
                    return;
                if (result.status != SecretResult::Status::Unavailable) {
                    target->finish(result);
                    return;
                }
                switchToMemory();
                SecretReply *memoryReply = inMemory();
                connect(memoryReply, &SecretReply::finished, this,
                        [target](const SecretResult &memoryResult) {
                            if (target)
                                target->finish(memoryResult);
                        });
            });
    return reply;
}

SecretReply *FallbackSecretStore::read(const QString &key)
{
    if (m_usingMemory)
        return m_memory->read(key);
    return forward(m_primary->read(key), new SecretReply(this),
                   [this, key] { return m_memory->read(key); });
}

SecretReply *FallbackSecretStore::write(const QString &key, const QString &secret)
{
    if (m_usingMemory)
        return m_memory->write(key, secret);
    return forward(m_primary->write(key, secret), new SecretReply(this),
                   [this, key, secret] { return m_memory->write(key, secret); });
}

SecretReply *FallbackSecretStore::remove(const QString &key)
{
    if (m_usingMemory)
        return m_memory->remove(key);
    return forward(m_primary->remove(key), new SecretReply(this),
                   [this, key] { return m_memory->remove(key); });
}

} // namespace invsync
