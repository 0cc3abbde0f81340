#include "gui/Notifier.h"

#include <QIcon>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr int StatusBarNotificationMs = 15000;
constexpr int TrayMessageMs = 10000;

} // namespace

std::unique_ptr<Notifier> Notifier::create(const QIcon &icon, QStatusBar *fallback)
{
#if QT_CONFIG(systemtrayicon)
    if (QSystemTrayIcon::isSystemTrayAvailable())
        return std::make_unique<TrayNotifier>(icon);
#else
    Q_UNUSED(icon)
#endif
    return std::make_unique<StatusBarNotifier>(fallback);
}

TrayNotifier::TrayNotifier(const QIcon &icon, QObject *parent) : Notifier(parent)
{
#if QT_CONFIG(systemtrayicon)
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(u"InvSync"_s);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_syncId.isEmpty())
            Q_EMIT activated(m_syncId);
    });
#else
    Q_UNUSED(icon)
#endif
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notify(const QString &title, const QString &text, const QString &syncId)
{
#if QT_CONFIG(systemtrayicon)
    m_syncId = syncId;
    // Most trays show messages only from a visible icon; it stays for the
    // rest of the run, where the next message will appear.
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, TrayMessageMs);
#else
    Q_UNUSED(title)
    Q_UNUSED(text)
    Q_UNUSED(syncId)
#endif
}

StatusBarNotifier::StatusBarNotifier(QStatusBar *statusBar, QObject *parent)
    : Notifier(parent), m_statusBar(statusBar)
{
}

void StatusBarNotifier::notify(const QString &title, const QString &text, const QString &syncId)
{
    Q_UNUSED(syncId)
    if (m_statusBar)
        m_statusBar->showMessage(tr("%1: %2").arg(title, text), StatusBarNotificationMs);
}

} // namespace invsync
