#pragma once

#include "cli/Command.h"

namespace invsync {

// `invsync help [COMMAND]`: the general help, or one command's.
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    ExitCode run(CliContext &ctx) const override;
};

} // namespace invsync
