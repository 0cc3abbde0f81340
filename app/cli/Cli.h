#pragma once

#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace invsync {

// The command-line front: `invsync COMMAND [ARGS]`. main() asks wantsCli()
// first, so that `invsync` and `invsync FILE` open the window and everything
// else runs headless here, without a GUI library or a display.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // True when argv[1] is a command, an option, or a word that is no
    // existing file (a typo gets a usage error instead of a window). False
    // with no arguments, or when the first argument that is not one of Qt's
    // own GUI options (-platform offscreen, -style ...) is an existing file.
    static bool wantsCli(int argc, char *argv[]);
    static bool wantsCli(const QStringList &arguments); // arguments without the program name

    // Creates a QCoreApplication, loads the translation, runs the command
    // and returns the process exit code.
    static int run(int argc, char *argv[]);

    // Runs ctx.arguments (without the program name) in-process.
    static ExitCode execute(CliContext &ctx);

    static const std::vector<std::unique_ptr<Command>> &commands();
    static const Command *findCommand(QStringView name);

    static QString versionText(); // "invsync 0.1.0"
    static QString help();        // the text of `invsync --help`
};

} // namespace invsync
