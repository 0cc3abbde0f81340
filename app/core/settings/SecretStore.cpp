#include "settings/SecretStore.h"

namespace invsync {

SecretReply::SecretReply(QObject *parent) : AsyncReply(parent) { }

void SecretReply::finish(const SecretResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

QString SecretStore::profileKey(const QString &profileId, const QString &name)
{
    return QStringLiteral("profile/") + profileId + u'/' + name;
}

} // namespace invsync
