#include "cli/HelpCommand.h"

#include "cli/Cli.h"

using namespace Qt::StringLiterals;

namespace invsync {

QString HelpCommand::name() const
{
    return u"help"_s;
}

QString HelpCommand::summary() const
{
    return tr("Show the help of invsync or of one command");
}

QString HelpCommand::synopsis() const
{
    return tr("help [COMMAND]");
}

QString HelpCommand::description() const
{
    return tr("Shows what a command does, its options and its exit codes.");
}

ExitCode HelpCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (!parser.parse(ctx.arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << help();
        return ExitCode::Ok;
    }

    const QStringList words = parser.positional();
    if (words.isEmpty()) {
        ctx.out << Cli::help();
        return ExitCode::Ok;
    }
    if (words.size() > 1)
        return usageError(ctx, tr("expected at most one command, got %1").arg(words.join(u' ')));
    const Command *command = Cli::findCommand(words.constFirst());
    if (!command) {
        return usageError(
            ctx, tr("unknown command \"%1\"; the commands are: %2").arg(words.constFirst(), [] {
                QStringList names;
                for (const auto &c : Cli::commands())
                    names.append(c->name());
                return names.join(u", "_s);
            }()));
    }
    ctx.out << command->help();
    return ExitCode::Ok;
}

} // namespace invsync
