#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace invsync {

// What a command runs with: its arguments and where it writes. The process
// entry (Cli::run) binds the sinks to stdout/stderr; tests bind them to
// strings and run commands in-process.
struct CliContext
{
    QTextStream &out;      // results: the report, the JSON value
    QTextStream &err;      // diagnostics: usage errors, unreadable files, progress
    QStringList arguments; // the command's own arguments, without program and command name
    // Polled by long work; true once the user pressed Ctrl+C (exit code 5).
    std::function<bool()> interrupted = [] { return false; };
    bool errIsTerminal = false; // progress output only makes sense on a terminal
};

} // namespace invsync
