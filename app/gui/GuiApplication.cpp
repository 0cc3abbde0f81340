#include "gui/GuiApplication.h"

#include "gui/Connection.h"
#include "gui/MainWindow.h"
#include "gui/Theme.h"
#include "history/HistoryStore.h"
#include "sandbox/SandboxServer.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QUrl>

#include <cstdio>

namespace invsync {

namespace {

// Without a display Qt would abort with a message about platform plugins that
// tells a warehouse manager nothing; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int runGui(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs("invsync: no display found, so the window cannot open.\n"
                   "Run it under a virtual display:  xvfb-run -a ./scripts/run\n"
                   "or use the command line:         invsync --help\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppPaths::organizationName());
    QApplication::setApplicationName(AppPaths::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("InvSync"));
    // Ties the window to the installed desktop entry and icon (Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.invsync.InvSync"));
    QApplication::setApplicationVersion(QStringLiteral(INVSYNC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/invsync.svg")));

    // The Language setting (or the system's); a change applies at the next start.
    installTranslations(app);

    // The stored theme before any window shows, and again whenever it changes.
    const auto applyTheme = [] {
        Theme::apply(
            Theme::fromSetting(Settings::instance()->value(Settings::Key::Theme).toString()));
    };
    applyTheme();
    QObject::connect(Settings::instance(), &Settings::changed, &app,
                     [applyTheme](Settings::Key key) {
                         if (key == Settings::Key::Theme)
                             applyTheme();
                     });

    // The embedded sandbox is the connection until one to ShipHero is set
    // up: a new user can try everything without an account.
    SandboxServer sandbox;
    const bool sandboxRunning = sandbox.listen() != 0;
    const std::unique_ptr<QSettings> settings = AppPaths::openSettings();
    Connection connection(settings.get(), Connection::createSecretStore(),
                          sandboxRunning ? sandbox.baseUrl() : QUrl());
    if (!sandboxRunning)
        connection.setSandboxUrl(
            {}, MainWindow::tr("The embedded sandbox could not listen on 127.0.0.1."));

    // Every submission is recorded before it is sent; opened before the
    // window so it outlives it.
    HistoryStore history;
    const HistoryStore::OpenResult opened = history.open();

    MainWindow window;
    window.setConnection(&connection);
    window.setHistory(&history);
    if (!opened.message.isEmpty())
        window.showMessageBar(opened.message, opened.ok ? MainWindow::MessageKind::Info
                                                        : MainWindow::MessageKind::Warning);
    // invsync.portable beside the executable, but its folder cannot be written.
    if (const QString notice = AppPaths::notice(); !notice.isEmpty())
        window.showMessageBar(notice, MainWindow::MessageKind::Warning);
    window.show();

    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1 && !arguments.at(1).isEmpty())
        window.openFile(QFileInfo(arguments.at(1)).absoluteFilePath());

    return app.exec();
}

} // namespace invsync
