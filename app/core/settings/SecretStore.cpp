#include "settings/SecretStore.h"

#include <QMetaObject>

namespace invsync {

SecretReply::SecretReply(QObject *parent) : QObject(parent) {}

void SecretReply::cancel()
{
    if (m_cancelled || m_delivered)
        return;
    m_cancelled = true;
    // A pending delivery deletes the reply itself.
    if (!m_finishing)
        deleteLater();
}

void SecretReply::finish(const SecretResult &result)
{
    if (m_finishing || m_cancelled)
        return;
    m_finishing = true;
    // Queued: a result may be known before the caller had a chance to connect.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            if (!m_cancelled) {
                m_delivered = true;
                Q_EMIT finished(result);
            }
            deleteLater();
        },
        Qt::QueuedConnection);
}

QString SecretStore::profileKey(const QString &profileId, const QString &name)
{
    return QStringLiteral("profile/") + profileId + u'/' + name;
}

} // namespace invsync
