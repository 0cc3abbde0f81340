#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace invsync {

// The process exit codes, the same for every command, so that a nightly
// script can tell "the file has problems" from "the call was wrong" from
// "the service was unreachable" without reading the output.
enum class ExitCode : int {
    Ok = 0,            // done, nothing wrong
    ProblemsFound = 1, // the work was done and found problems (validation errors, failed rows)
    Usage = 2,         // wrong usage or unreadable input
    Auth = 3,          // authentication refused or missing
    Network = 4,       // network or service unavailable after retries
    Interrupted = 5,   // stopped by Ctrl+C / SIGINT
};

class ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodes)

public:
    // Every code with its meaning, in order, for --help.
    static std::vector<std::pair<ExitCode, QString>> described();
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace invsync
