#pragma once

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/OptionParser.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace invsync {

// One `invsync COMMAND`. A command describes itself (for `invsync --help`
// and `invsync help COMMAND`) and runs against a CliContext, so every
// command can be tested in-process without starting a process.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;     // what the user types; never translated
    virtual QString summary() const = 0;  // one line for the command list
    virtual QString synopsis() const = 0; // after "invsync ": "validate FILE [--json]"
    virtual QString description() const = 0;
    virtual std::vector<OptionSpec> options() const { return {}; } // --help is added for all
    virtual QString moreHelp() const { return {}; }                // sections after the options
    virtual ExitCode run(CliContext &ctx) const = 0;

    std::vector<OptionSpec> allOptions() const;
    QString usageLine() const; // "Usage: invsync validate FILE ..."
    QString help() const;      // the whole text of `invsync help COMMAND`

protected:
    // "invsync NAME: message" on stderr.
    void printError(CliContext &ctx, const QString &message) const;
    // The message, the usage line and where to read more; returns ExitCode::Usage.
    ExitCode usageError(CliContext &ctx, const QString &message) const;
};

} // namespace invsync
