#include "cli/AccountCommands.h"

#include "api/ShipHeroApi.h"
#include "cli/ApiConnection.h"
#include "cli/JsonWriter.h"
#include "cli/TextTable.h"

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// Parses and answers --help; a value means the command is done.
std::optional<ExitCode> parseNoArguments(const Command &command, CliContext &ctx,
                                         OptionParser &parser,
                                         const std::function<ExitCode(const QString &)> &usage)
{
    if (!parser.parse(ctx.arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << command.help();
        return ExitCode::Ok;
    }
    if (!parser.positional().isEmpty())
        return usage(
            Command::tr("unexpected argument \"%1\"").arg(parser.positional().constFirst()));
    return std::nullopt;
}

const char CommonExitCodes[] =
    QT_TRANSLATE_NOOP("WarehousesCommand",
                      "Exit codes: 0 done; 2 wrong usage; 3 not signed in; 4 service unreachable;\n"
                      "5 interrupted.\n");

} // namespace

// --- warehouses ----------------------------------------------------------------

QString WarehousesCommand::name() const
{
    return u"warehouses"_s;
}

QString WarehousesCommand::summary() const
{
    return tr("List the account's warehouses");
}

QString WarehousesCommand::synopsis() const
{
    return tr("warehouses [--json]");
}

QString WarehousesCommand::description() const
{
    return tr("Lists the warehouses of the account: the id and the name that --warehouse\n"
              "accepts, the legacy (numeric) id, and whether it uses dynamic slotting.");
}

std::vector<OptionSpec> WarehousesCommand::options() const
{
    return {
        {{u"json"_s}, {}, tr("Print one JSON array instead of the table")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString WarehousesCommand::moreHelp() const
{
    return tr("JSON output (--json), one array:\n"
              "  [{\"id\": string, \"legacy_id\": number, \"name\": string, \"active\": bool,\n"
              "    \"dynamic_slotting\": bool}]\n"
              "\n") +
           tr(CommonExitCodes);
}

ExitCode WarehousesCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseNoArguments(*this, ctx, parser,
                                           [&](const QString &m) { return usageError(ctx, m); }))
        return *done;

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;
    Account account;
    if (const auto failed = connection.loadAccount(&account))
        return *failed;

    if (parser.isSet(u"json"_s)) {
        JsonWriter json;
        json.beginArray();
        for (const Warehouse &w : std::as_const(account.warehouses)) {
            json.beginObject();
            json.key(u"id");
            json.value(w.id);
            json.key(u"legacy_id");
            json.value(w.legacyId);
            json.key(u"name");
            json.value(w.name);
            json.key(u"active");
            json.value(w.active);
            json.key(u"dynamic_slotting");
            json.value(w.dynamicSlotting);
            json.endObject();
        }
        json.endArray();
        connection.print(json.take() + u'\n');
        return ExitCode::Ok;
    }
    if (account.warehouses.isEmpty()) {
        connection.print(tr("No warehouses.") + u'\n');
        return ExitCode::Ok;
    }
    using A = TextTable::Align;
    TextTable table({tr("ID"), tr("LEGACY ID"), tr("NAME"), tr("SLOTTING"), tr("ACTIVE")},
                    {A::Left, A::Right, A::Left, A::Left, A::Left});
    for (const Warehouse &w : std::as_const(account.warehouses)) {
        table.addRow({w.id, QString::number(w.legacyId), w.name,
                      w.dynamicSlotting ? tr("dynamic") : tr("static"),
                      w.active ? tr("yes") : tr("no")});
    }
    connection.print(table.text());
    return ExitCode::Ok;
}

// --- quota ---------------------------------------------------------------------

QString QuotaCommand::name() const
{
    return u"quota"_s;
}

QString QuotaCommand::summary() const
{
    return tr("Show the API credits left");
}

QString QuotaCommand::synopsis() const
{
    return tr("quota [--json]");
}

QString QuotaCommand::description() const
{
    return tr("Shows how many API credits are left, the most there can be, and how many\n"
              "come back each second. Every request costs credits; when they run out,\n"
              "commands wait (and say so on a terminal).");
}

std::vector<OptionSpec> QuotaCommand::options() const
{
    return {
        {{u"json"_s}, {}, tr("Print one JSON object")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString QuotaCommand::moreHelp() const
{
    return tr("JSON output (--json), one object:\n"
              "  {\"credits_remaining\": number, \"max_available\": number,\n"
              "   \"increment_rate\": number}\n"
              "\n") +
           WarehousesCommand::tr(CommonExitCodes);
}

ExitCode QuotaCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseNoArguments(*this, ctx, parser,
                                           [&](const QString &m) { return usageError(ctx, m); }))
        return *done;

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;
    const std::optional<QuotaResult> result =
        connection.wait<QuotaResult>(connection.api()->quota());
    if (!result)
        return connection.interrupted();
    if (!result->ok())
        return connection.fail(result->error);
    const Quota &quota = result->quota;

    if (parser.isSet(u"json"_s)) {
        JsonWriter json;
        json.beginObject();
        json.key(u"credits_remaining");
        json.value(quota.creditsRemaining);
        json.key(u"max_available");
        json.value(quota.maxAvailable);
        json.key(u"increment_rate");
        json.value(quota.incrementRate);
        json.endObject();
        connection.print(json.take() + u'\n');
        return ExitCode::Ok;
    }
    const std::pair<QString, QString> facts[] = {
        {tr("Credits left:"), QString::number(quota.creditsRemaining)},
        {tr("Maximum:"), QString::number(quota.maxAvailable)},
        {tr("Refill:"), tr("%1 per second").arg(quota.incrementRate)},
    };
    qsizetype width = 0;
    for (const auto &[label, value] : facts)
        width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : facts)
        text += label.leftJustified(width + 2) + value + u'\n';
    connection.print(text);
    return ExitCode::Ok;
}

} // namespace invsync
