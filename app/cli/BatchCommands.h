#pragma once

#include "api/ApiTypes.h"
#include "cli/Command.h"

#include <QByteArray>
#include <QList>

namespace invsync {

class JsonWriter;

// `invsync batches [--status S] [--warehouse W] [--limit N] [--json]`:
// the account's batches, newest first.
class BatchesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BatchesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;
};

// `invsync batch SYNC_ID [--json] [--wait]`: one batch; with --wait it is
// followed until it finishes. Ctrl+C stops the waiting, never the batch.
class BatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;

    // 0 while running or after success; 1 once it ended otherwise.
    static ExitCode exitCodeFor(const Batch &batch);
    static void writeJson(JsonWriter &json, const Batch &batch);
    static QString textReport(const Batch &batch, const QString &warehouseName = {});

    static constexpr int PollIntervalMs = 2000;
};

// `invsync rows SYNC_ID [--status S] [--csv | --json]`: a batch's rows.
class RowsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RowsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;

    // The rows as CSV (UTF-8, a header line); text cells that a spreadsheet
    // would run as a formula get a leading single quote.
    static QByteArray csv(const QList<BatchRow> &rows);
    static QString csvSafe(const QString &cell);
};

// `invsync abort SYNC_ID --reason TEXT [--yes]`: stops a running batch.
class AbortCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AbortCommand)

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
