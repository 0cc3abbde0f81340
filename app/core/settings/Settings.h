#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace invsync {

// The application's preferences as one table of typed keys with their
// defaults (KeePassXC's Config), so no caller spells a QSettings path or a
// default twice. Secrets never go here: tokens and passwords belong in the
// secret store.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        RecentFiles,        // QStringList, most recent first, at most MaxRecentFiles
        LastOpenDirectory,  // QString
        MainWindowGeometry, // QByteArray from QWidget::saveGeometry
        MainWindowState,    // QByteArray from QMainWindow::saveState
        LargeChangeShare,   // double: the check against the warehouse warns above this change share
        // Making a file reachable by URL (the Upload page's step 3).
        ReachMethod,         // QString: "link", "host" or "s3", the last way chosen
        HostBindAddress,     // QString: the built-in host's address, loopback by default
        HostPort,            // int: 0 picks a free port
        HostPublicBaseUrl,   // QString: a port forward or reverse proxy in front of the host
        HostServeMinutes,    // int: how long a published file is served at most
        S3Endpoint,          // QString URL
        S3Region,            // QString
        S3Bucket,            // QString
        S3KeyPrefix,         // QString, joined to the file name as is
        S3PathStyle,         // bool: path-style rather than virtual-host addressing
        S3AccessKeyId,       // QString; the secret key lives in the secret store only
        S3LinkLifetimeHours, // int: presigned GET lifetime
        LastWarehouses,      // QVariantMap: connection profile id -> "warehouse id\ncustomer account id"
        // Appearance and manners (the Settings dialog).
        Theme,               // QString: "system", "light" or "dark"
        Language,            // QString: a locale name such as "pt_BR"; empty follows the system
        RefreshSeconds,      // int: how often the Batches page refreshes running batches
        NotifyFinished,      // bool: a desktop notification when a batch sent from here finishes
        ViewStates,          // QVariantMap: view name -> QByteArray (header or splitter state)
        KeyCount
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentFiles = 10;

    static Settings *instance();
    // Tests: replaces the instance with one backed by the given INI file.
    static void createInstance(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    static QString path(Key key);
    static QVariant defaultValue(Key key);

    QStringList recentFiles() const;
    void addRecentFile(const QString &file);
    void removeRecentFile(const QString &file);
    void clearRecentFiles();

    // The share of on-hand above which a change is a large_change warning;
    // a stored value that is not a positive number falls back to the default.
    double largeChangeShare() const;

    void sync();

Q_SIGNALS:
    void changed(invsync::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace invsync
