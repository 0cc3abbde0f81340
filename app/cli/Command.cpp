#include "cli/Command.h"

using namespace Qt::StringLiterals;

namespace invsync {

std::vector<OptionSpec> Command::allOptions() const
{
    std::vector<OptionSpec> specs = options();
    specs.push_back({{u"h"_s, u"help"_s}, {}, tr("Show this help")});
    return specs;
}

QString Command::usageLine() const
{
    return tr("Usage: %1").arg(u"invsync "_s + synopsis());
}

QString Command::help() const
{
    QString text = usageLine() + u"\n\n"_s + description() + u"\n\n"_s + tr("Options:") + u'\n' +
                   OptionParser::formatHelp(allOptions());
    const QString more = moreHelp();
    if (!more.isEmpty())
        text += u'\n' + more;
    return text;
}

void Command::printError(CliContext &ctx, const QString &message) const
{
    ctx.err << u"invsync "_s << name() << u": "_s << message << u'\n';
    ctx.err.flush();
}

ExitCode Command::usageError(CliContext &ctx, const QString &message) const
{
    printError(ctx, message);
    ctx.err << usageLine() << u'\n' << tr("Run \"%1\" for more.").arg(u"invsync help "_s + name())
            << u'\n';
    ctx.err.flush();
    return ExitCode::Usage;
}

} // namespace invsync
