#pragma once

#include "cli/Command.h"

namespace invsync {

// `invsync warehouses [--json]`: the account's warehouses, with the ids and
// names that --warehouse accepts.
class WarehousesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WarehousesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;
};

// `invsync quota [--json]`: the API credits left and how fast they refill.
class QuotaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QuotaCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;
};

} // namespace invsync
