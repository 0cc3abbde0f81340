#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>

#include <array>

namespace invsync {

namespace {

struct Entry
{
    const char *path;
    QVariant defaultValue;
};

// One row per Settings::Key, in the enum's order.
const std::array<Entry, size_t(Settings::Key::KeyCount)> &table()
{
    static const std::array<Entry, size_t(Settings::Key::KeyCount)> entries = {{
        {"Recent/Files", QStringList()},
        {"Recent/LastOpenDirectory", QString()},
        {"MainWindow/Geometry", QByteArray()},
        {"MainWindow/State", QByteArray()},
        {"Check/LargeChangeShare", 0.5},
        {"Reach/Method", QStringLiteral("host")},
        {"Reach/Host/BindAddress", QStringLiteral("127.0.0.1")},
        {"Reach/Host/Port", 0},
        {"Reach/Host/PublicBaseUrl", QString()},
        {"Reach/Host/ServeMinutes", 24 * 60},
        {"Reach/S3/Endpoint", QString()},
        {"Reach/S3/Region", QStringLiteral("us-east-1")},
        {"Reach/S3/Bucket", QString()},
        {"Reach/S3/KeyPrefix", QStringLiteral("invsync/")},
        {"Reach/S3/PathStyle", false},
        {"Reach/S3/AccessKeyId", QString()},
        {"Reach/S3/LinkLifetimeHours", 24},
        {"Submit/LastWarehouses", QVariantMap()},
        {"Appearance/Theme", QStringLiteral("system")},
        {"Appearance/Language", QString()},
        {"Batches/RefreshSeconds", 5},
        {"Notifications/BatchFinished", true},
        {"MainWindow/ViewStates", QVariantMap()},
    }};
    return entries;
}

std::unique_ptr<Settings> &instanceSlot()
{
    static std::unique_ptr<Settings> settings;
    return settings;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) {}

Settings *Settings::instance()
{
    auto &slot = instanceSlot();
    if (!slot)
        slot.reset(new Settings(std::make_unique<QSettings>()));
    return slot.get();
}

void Settings::createInstance(const QString &iniFile)
{
    instanceSlot().reset(new Settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)));
}

QString Settings::path(Key key)
{
    return QString::fromLatin1(table()[size_t(key)].path);
}

QVariant Settings::defaultValue(Key key)
{
    return table()[size_t(key)].defaultValue;
}

double Settings::largeChangeShare() const
{
    bool ok = false;
    const double share = value(Key::LargeChangeShare).toDouble(&ok);
    return ok && share > 0 ? share : defaultValue(Key::LargeChangeShare).toDouble();
}

QVariant Settings::value(Key key) const
{
    const QVariant &fallback = table()[size_t(key)].defaultValue;
    QVariant stored = m_settings->value(path(key), fallback);
    if (stored.metaType() == fallback.metaType())
        return stored;
    // INI files store everything as text (a one-element list as a plain
    // string): give callers the type they expect. A hand-edited value that
    // is not of that type ("Port=http") counts as unset rather than as 0.
    if (fallback.metaType().id() == QMetaType::Bool && stored.metaType().id() == QMetaType::QString) {
        const QString text = stored.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return fallback;
    }
    if (!stored.canConvert(fallback.metaType()) || !stored.convert(fallback.metaType()))
        return fallback;
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    // Against what callers read, not the raw text: writing the default of
    // a key never stored, or "8080" over 8080, changes nothing to announce.
    if (this->value(key) == value)
        return;
    m_settings->setValue(path(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(path(key));
    Q_EMIT changed(key);
}

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &file)
{
    const QString absolute = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
    setValue(Key::LastOpenDirectory, QFileInfo(absolute).absolutePath());
}

void Settings::removeRecentFile(const QString &file)
{
    QStringList files = recentFiles();
    if (files.removeAll(file) > 0)
        setValue(Key::RecentFiles, files);
}

void Settings::clearRecentFiles()
{
    setValue(Key::RecentFiles, QStringList());
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace invsync
