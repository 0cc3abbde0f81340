#include "common/AsyncReply.h"

#include <QMetaObject>

namespace invsync {

AsyncReply::AsyncReply(QObject *parent) : QObject(parent) { }

void AsyncReply::cancel()
{
    if (m_cancelled || m_delivered)
        return;
    m_cancelled = true;
    abortWork();
    // A pending delivery deletes the reply itself.
    if (!m_finishing)
        deleteLater();
}

void AsyncReply::deliver(std::function<void()> emitFinished)
{
    if (m_finishing || m_cancelled)
        return;
    m_finishing = true;
    QMetaObject::invokeMethod(
        this,
        [this, emitFinished = std::move(emitFinished)] {
            if (!m_cancelled) {
                m_delivered = true;
                emitFinished();
            }
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace invsync
