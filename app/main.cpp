// InvSync: the window when started without a command, the command line otherwise.

#include "cli/Cli.h"
#include "gui/GuiApplication.h"

int main(int argc, char *argv[])
{
    if (invsync::Cli::wantsCli(argc, argv))
        return invsync::Cli::run(argc, argv);
    return invsync::runGui(argc, argv);
}
