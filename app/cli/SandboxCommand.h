#pragma once

#include "cli/Command.h"

namespace invsync {

// `invsync sandbox [--bind ADDR] [--port N] [--rows-per-second N] [--state FILE]`:
// runs the emulator of ShipHero's API in the foreground, prints where it
// listens and how to sign in, and stops cleanly on Ctrl+C or SIGTERM
// (saving --state). Exit 0 after a clean stop, 2 on wrong usage or an
// unreadable state file, 4 when the address cannot be listened on.
class SandboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitCode run(CliContext &ctx) const override;
};

} // namespace invsync
