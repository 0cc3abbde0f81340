#include "cli/Cli.h"

#include "cli/AccountCommands.h"
#include "cli/AuthCommands.h"
#include "cli/BatchCommands.h"
#include "cli/HelpCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/ValidateCommand.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX // std::min and std::max stay functions
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

#ifndef INVSYNC_VERSION
#define INVSYNC_VERSION "unknown"
#endif

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

void onInterrupt(int)
{
    s_interrupted = 1;
    // A second Ctrl+C ends the process at once, should the work not notice the first.
    std::signal(SIGINT, SIG_DFL);
}

void installInterruptHandler()
{
#ifdef Q_OS_WIN
    std::signal(SIGINT, onInterrupt);
#else
    // Without SA_RESTART, so that Ctrl+C at a prompt ends the read (and the
    // echo is switched back on) instead of waiting for a line.
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
#endif
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

// The prompt goes to stderr so that stdout stays the command's result.
std::optional<QString> askTerminal(const QString &prompt, bool secret)
{
    {
        QTextStream err(stderr);
        err << prompt;
    }
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool restore = secret && GetConsoleMode(input, &mode) &&
                         SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved = {};
    bool restore = false;
    if (secret && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        restore = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    }
#endif
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (restore) {
#ifdef Q_OS_WIN
        SetConsoleMode(input, mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    }
    if (secret) {
        QTextStream err(stderr);
        err << u'\n'; // the Enter the terminal did not echo
    }
    if (!ok || s_interrupted)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

QString readAllInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readAll());
}

// Qt's own GUI options (QGuiApplication parses them, with one or two
// dashes). They are no command: `invsync -platform offscreen stock.csv`
// still opens the window.
qsizetype skipQtGuiOptions(const QStringList &args)
{
    static const QStringList withValue = {
        u"-platform"_s,        u"-platformpluginpath"_s,
        u"-platformtheme"_s,   u"-plugin"_s,
        u"-qwindowgeometry"_s, u"-qwindowicon"_s,
        u"-qwindowtitle"_s,    u"-style"_s,
        u"-stylesheet"_s,      u"-display"_s,
        u"-geometry"_s,        u"-session"_s,
        u"-qmljsdebugger"_s,
    };
    static const QStringList flags = {u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s,
                                      u"-sync"_s};
    qsizetype i = 0;
    while (i < args.size()) {
        QString arg = args.at(i);
        if (arg.startsWith(u"--"))
            arg.remove(0, 1);
        // -platform=offscreen style is accepted by Qt for a few options too.
        const QString bare = arg.section(u'=', 0, 0);
        if (withValue.contains(bare))
            i += arg.contains(u'=') ? 1 : 2;
        else if (flags.contains(arg))
            i += 1;
        else
            break;
    }
    return i;
}

bool isHelpOption(QStringView arg)
{
    return arg == u"-h" || arg == u"--help" || arg == u"-?";
}

bool isVersionOption(QStringView arg)
{
    return arg == u"-v" || arg == u"--version";
}

// Edit distance, to suggest the command a typo meant ("valdiate").
qsizetype distance(QStringView a, QStringView b)
{
    std::vector<qsizetype> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            const qsizetype cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

} // namespace

bool Cli::wantsCli(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return wantsCli(args);
}

bool Cli::wantsCli(const QStringList &arguments)
{
    const qsizetype first = skipQtGuiOptions(arguments);
    if (first >= arguments.size())
        return false; // no arguments (or only Qt's): the window
    const QString &arg = arguments.at(first);
    if (arg.startsWith(u'-') || findCommand(arg))
        return true;
    const QFileInfo info(arg);
    return !(info.exists() && !info.isDir()); // an existing file opens in the window
}

int Cli::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"invsync"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(INVSYNC_VERSION));
    installTranslations(app);

    s_interrupted = 0;
    installInterruptHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext ctx{out, err, QCoreApplication::arguments().mid(1),
                   [] { return s_interrupted != 0; }, stderrIsTerminal()};
    ctx.inIsTerminal = stdinIsTerminal();
    ctx.ask = [&out, &err](const QString &prompt, bool secret) {
        out.flush();
        err.flush();
        return askTerminal(prompt, secret);
    };
    ctx.readInput = readAllInput;
    const ExitCode code = execute(ctx);
    out.flush();
    err.flush();
    return toInt(code);
}

ExitCode Cli::execute(CliContext &ctx)
{
    const QStringList args = ctx.arguments.mid(skipQtGuiOptions(ctx.arguments));
    auto finish = [&ctx](ExitCode code) {
        ctx.out.flush();
        ctx.err.flush();
        return code;
    };

    if (args.isEmpty()) {
        ctx.err << help();
        return finish(ExitCode::Usage);
    }
    const QString &first = args.constFirst();
    if (isHelpOption(first)) {
        // `invsync --help validate` means the same as `invsync help validate`.
        const Command *command = args.size() > 1 ? findCommand(args.at(1)) : nullptr;
        ctx.out << (command ? command->help() : help());
        return finish(ExitCode::Ok);
    }
    if (isVersionOption(first)) {
        ctx.out << versionText() << u'\n';
        return finish(ExitCode::Ok);
    }

    const Command *command = findCommand(first);
    if (!command) {
        QString message;
        if (first.startsWith(u'-')) {
            message = tr("unknown option %1").arg(first);
        } else if (QFileInfo(first).isDir()) {
            message = tr("\"%1\" is a folder; to check a file in it, run \"invsync validate FILE\"")
                          .arg(first);
        } else {
            message = tr("unknown command \"%1\"").arg(first);
            for (const auto &c : commands()) {
                if (distance(first, c->name()) <= 2) {
                    message += u". "_s + tr("Did you mean \"%1\"?").arg(c->name());
                    break;
                }
            }
        }
        ctx.err << u"invsync: "_s << message << u'\n'
                << tr("Run \"%1\" for the list of commands.").arg(u"invsync --help"_s) << u'\n';
        return finish(ExitCode::Usage);
    }

    CliContext commandContext{ctx.out,           ctx.err,          args.mid(1), ctx.interrupted,
                              ctx.errIsTerminal, ctx.inIsTerminal, ctx.ask,     ctx.readInput};
    return finish(command->run(commandContext));
}

const std::vector<std::unique_ptr<Command>> &Cli::commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<ValidateCommand>());
        list.push_back(std::make_unique<SubmitCommand>());
        list.push_back(std::make_unique<BatchesCommand>());
        list.push_back(std::make_unique<BatchCommand>());
        list.push_back(std::make_unique<RowsCommand>());
        list.push_back(std::make_unique<AbortCommand>());
        list.push_back(std::make_unique<WarehousesCommand>());
        list.push_back(std::make_unique<QuotaCommand>());
        list.push_back(std::make_unique<LoginCommand>());
        list.push_back(std::make_unique<LogoutCommand>());
        list.push_back(std::make_unique<ProfileCommand>());
        list.push_back(std::make_unique<SandboxCommand>());
        list.push_back(std::make_unique<HelpCommand>());
        return list;
    }();
    return all;
}

const Command *Cli::findCommand(QStringView name)
{
    for (const auto &command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString Cli::versionText()
{
    return u"invsync "_s + QString::fromUtf8(INVSYNC_VERSION);
}

QString Cli::help()
{
    const QString usage = tr("Usage: %1").arg(u"invsync COMMAND [OPTIONS]"_s);
    // The second form lines up under the first, whatever "Usage:" is translated to.
    const qsizetype indent = std::max(qsizetype(0), usage.indexOf(u"invsync"));
    QString text = usage + u'\n' + QString(indent, u' ') + u"invsync [FILE]"_s + u"\n\n"_s +
                   tr("Checks inventory CSV files and syncs them to ShipHero. Without a command,\n"
                      "invsync opens its window, with FILE in it when one is given.") +
                   u"\n\n"_s + tr("Commands:") + u'\n';

    qsizetype width = 0;
    for (const auto &command : commands())
        width = std::max(width, command->name().size());
    for (const auto &command : commands())
        text +=
            u"  "_s + command->name().leftJustified(width) + u"  "_s + command->summary() + u'\n';

    text += u'\n' + tr("Options:") + u'\n' +
            OptionParser::formatHelp({
                {{u"h"_s, u"help"_s}, {}, tr("Show this help")},
                {{u"v"_s, u"version"_s}, {}, tr("Show the version")},
            });

    text += u'\n' + tr("Exit codes:") + u'\n';
    for (const auto &[code, meaning] : ExitCodes::described())
        text += u"  "_s + QString::number(toInt(code)) + u"  "_s + meaning + u'\n';

    text += u'\n' +
            tr("The commands that talk to ShipHero use the active profile (\"invsync profile\")\n"
               "or --endpoint URL, signed in with \"invsync login\" or the token in\n"
               "INVSYNC_TOKEN. They never ask a question when stdin is not a terminal.") +
            u'\n';
    text += u'\n' + tr("Run \"%1\" for the options of a command.").arg(u"invsync help COMMAND"_s) +
            u'\n';
    return text;
}

} // namespace invsync
