#pragma once

#include "cli/Command.h"

namespace invsync {

// `invsync submit (FILE | --url URL) --warehouse W [--customer-account ID]
// [--host builtin|s3|none] [--public-url BASE] [--skip-invalid]
// [--check-warehouse] [--wait] [--json]`: validates the file, splits it into
// batches of at most 3000 rows, makes each reachable by URL, starts one
// inventory sync per part, records everything in the history (before each
// mutation is sent), and with --wait follows the batches to the end.
//
// The steps live in SubmitCommand.cpp as small functions over one state
// struct (load, prune, check, split, host, send, follow), so that they can
// move to a shared core orchestrator once the GUI's exists.
class SubmitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    QString moreHelp() const override;
    ExitCode run(CliContext &ctx) const override;

    // Environment variable that overrides the stored S3 secret, for automation.
    static constexpr const char *S3SecretEnvironment = "INVSYNC_S3_SECRET_KEY";
    // How long the built-in host waits, without --wait, for ShipHero to
    // download every part before it gives up.
    static constexpr int DownloadTimeoutMs = 10 * 60 * 1000;
    // How long it serves on after the last download was answered.
    static constexpr int DownloadGraceMs = 2000;
};

} // namespace invsync
