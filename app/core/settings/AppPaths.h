#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace invsync {

// Where the application keeps its settings and data. Normally that is the
// user's profile; with a file named invsync.portable beside the executable
// (a USB stick, a shared folder) everything lives in invsync-data beside it.
// One place for the QSettings names too, so the window and the command line
// read and write the same settings.
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(AppPaths)

public:
    static QString markerFileName();   // "invsync.portable"
    static QString portableDirName();  // "invsync-data"
    static QString organizationName(); // the window's QSettings names
    static QString applicationName();

    // The folder of the running executable, without a QCoreApplication:
    // the operating system's answer (/proc/self/exe and its kin), argv[0] as
    // the last resort.
    static QString executableDir(const char *argv0);

    // Call once in main(), before any QSettings exists: QSettings::setPath
    // does not move settings objects that are already open.
    static void initialize(const QString &executableDir);

    static bool isPortable();
    // <exe>/invsync-data when portable, AppDataLocation otherwise (derived
    // from the application names at call time).
    static QString dataDir();
    // Where QSettings files go in portable mode; empty otherwise.
    static QString settingsDir();
    // For people: why portable mode was asked for but not used; empty when
    // there is nothing to say. Translated when called.
    static QString notice();

    // The application's settings, in the portable folder when portable.
    static std::unique_ptr<QSettings> openSettings();
};

} // namespace invsync
