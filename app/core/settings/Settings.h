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

    void sync();

Q_SIGNALS:
    void changed(invsync::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace invsync
