// InvSync: the window when started without a command, the command line otherwise.

#include "cli/Cli.h"
#include "gui/GuiApplication.h"
#include "settings/AppPaths.h"

int main(int argc, char *argv[])
{
    // Before either front creates its application object or any QSettings:
    // portable mode moves QSettings' paths, which only new settings objects
    // see. The executable's folder comes from the operating system, since
    // QCoreApplication::applicationDirPath() needs an application object.
    invsync::AppPaths::initialize(invsync::AppPaths::executableDir(argc > 0 ? argv[0] : nullptr));
    if (invsync::Cli::wantsCli(argc, argv))
        return invsync::Cli::run(argc, argv);
    return invsync::runGui(argc, argv);
}
