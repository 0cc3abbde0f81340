#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <iterator>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

struct State
{
    bool portable = false;
    QString root;          // <exe>/invsync-data when portable
    QString unwritableDir; // the folder that had the marker but could not be written
};

State &state()
{
    static State s;
    return s;
}

// Creating the folders is not proof enough (an existing folder on a
// read-only medium): write and remove a small file.
bool canWriteInto(const QString &dir)
{
    QFile probe(QDir(dir).filePath(u".invsync-write-test"_s));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written = probe.write("ok", 2) == 2 && probe.flush();
    probe.close();
    return probe.remove() && written;
}

QString osExecutablePath()
{
#if defined(Q_OS_LINUX)
    return QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
#elif defined(Q_OS_WIN)
    wchar_t buffer[32768];
    const DWORD length = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    if (length == 0 || length >= std::size(buffer))
        return {};
    return QFileInfo(QString::fromWCharArray(buffer, int(length))).canonicalFilePath();
#elif defined(Q_OS_MACOS)
    char buffer[4096];
    uint32_t size = sizeof(buffer);
    if (_NSGetExecutablePath(buffer, &size) != 0)
        return {};
    return QFileInfo(QString::fromLocal8Bit(buffer)).canonicalFilePath();
#else
    return {};
#endif
}

} // namespace

QString AppPaths::markerFileName()
{
    return u"invsync.portable"_s;
}

QString AppPaths::portableDirName()
{
    return u"invsync-data"_s;
}

QString AppPaths::organizationName()
{
    return u"InvSync"_s;
}

QString AppPaths::applicationName()
{
    return u"InvSync"_s;
}

QString AppPaths::executableDir(const char *argv0)
{
    QString path = osExecutablePath();
    if (path.isEmpty() && argv0 && *argv0) {
        // A bare name was found on PATH by the shell; a path is relative to
        // the working directory, which has not changed yet.
        const QString arg = QString::fromLocal8Bit(argv0);
        path =
            arg.contains(u'/') || arg.contains(u'\\') ? arg : QStandardPaths::findExecutable(arg);
        if (!path.isEmpty())
            path = QFileInfo(path).canonicalFilePath();
    }
    return path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
}

void AppPaths::initialize(const QString &executableDir)
{
    State &s = state();
    s = State{};
    if (executableDir.isEmpty() ||
        !QFileInfo::exists(QDir(executableDir).filePath(markerFileName())))
        return;

    const QString root = QDir(executableDir).filePath(portableDirName());
    const QString settings = QDir(root).filePath(u"settings"_s);
    if (!QDir().mkpath(settings) || !canWriteInto(root)) {
        s.unwritableDir = QDir::toNativeSeparators(executableDir);
        return;
    }

    s.portable = true;
    s.root = root;
    // Files, not the Windows registry or a macOS plist: INI there. On other
    // Unixes the native format already is an INI file, and keeping it means
    // QSettings() and QSettings(organization, application) share one file.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
}

bool AppPaths::isPortable()
{
    return state().portable;
}

QString AppPaths::dataDir()
{
    if (state().portable)
        return state().root;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::settingsDir()
{
    return state().portable ? QDir(state().root).filePath(u"settings"_s) : QString();
}

QString AppPaths::notice()
{
    if (state().unwritableDir.isEmpty())
        return {};
    return tr("InvSync found %1 in %2 but cannot write there, so settings and history are kept "
              "in your user profile this time. Move InvSync to a folder you can write to, or "
              "remove %1 to stop this message.")
        .arg(markerFileName(), state().unwritableDir);
}

std::unique_ptr<QSettings> AppPaths::openSettings()
{
    // The default format, not QSettings(organization, application): that one
    // is always the native format, the registry on Windows.
    return std::make_unique<QSettings>(QSettings::defaultFormat(), QSettings::UserScope,
                                       organizationName(), applicationName());
}

} // namespace invsync
