#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

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
    // A command asks questions only when stdin is a terminal; scripts get
    // a usage error instead of a prompt that waits forever.
    bool inIsTerminal = false;
    // Shows `prompt` on the terminal and reads one line, without echo when
    // `secret`; nullopt at the end of input.
    std::function<std::optional<QString>(const QString &prompt, bool secret)> ask =
        [](const QString &, bool) { return std::optional<QString>(); };
    // All of standard input, for --token-stdin.
    std::function<QString()> readInput = [] { return QString(); };
};

} // namespace invsync
