#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QIcon;
class QStatusBar;
class QSystemTrayIcon;

namespace invsync {

// Desktop notifications about batches go through this interface, so that a
// test can record them instead of showing real ones (the DialogProvider seam).
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // `syncId` names the batch the notification is about; it comes back
    // through activated() when the user clicks the notification.
    virtual void notify(const QString &title, const QString &text, const QString &syncId) = 0;

    // A system tray when the desktop has one, otherwise the status bar.
    static std::unique_ptr<Notifier> create(const QIcon &icon, QStatusBar *fallback);

Q_SIGNALS:
    void activated(const QString &syncId);
};

// A message from the system tray icon; a click on it reports the batch of
// the last message shown (the tray tells only that its message was clicked).
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(const QIcon &icon, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const QString &title, const QString &text, const QString &syncId) override;

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_syncId;
};

// Without a system tray: the text in the status bar for a while.
class StatusBarNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit StatusBarNotifier(QStatusBar *statusBar, QObject *parent = nullptr);

    void notify(const QString &title, const QString &text, const QString &syncId) override;

private:
    QPointer<QStatusBar> m_statusBar;
};

} // namespace invsync
