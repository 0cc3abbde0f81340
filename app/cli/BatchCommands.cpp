#include "cli/BatchCommands.h"

#include "api/ShipHeroApi.h"
#include "cli/ApiConnection.h"
#include "cli/JsonWriter.h"
#include "cli/TextTable.h"
#include "csv/CsvWriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

const QStringList BatchStatuses = {u"pending"_s,   u"processing"_s,    u"success"_s,
                                   u"error_all"_s, u"error_partial"_s, u"error_unknown"_s,
                                   u"aborted"_s};
const QStringList RowStatuses = {u"pending"_s, u"processing"_s,    u"success"_s,
                                 u"error"_s,   u"error_unknown"_s, u"error_not_found"_s};

// "a,b" or "!a": each value must be one of `allowed`. Empty when fine,
// otherwise the message.
QString checkStatus(const QString &value, const QStringList &allowed)
{
    const QStringList parts = value.split(u',');
    for (QString part : parts) {
        part = part.trimmed();
        if (part.startsWith(u'!'))
            part.remove(0, 1);
        if (!allowed.contains(part)) {
            return Command::tr("unknown status \"%1\"; use one of: %2 (several joined "
                               "with commas, or !STATUS for all but one)")
                .arg(part, allowed.join(u", "_s));
        }
    }
    return {};
}

void nullableValue(JsonWriter &json, const QString &text)
{
    if (text.isEmpty())
        json.nullValue();
    else
        json.value(text);
}

bool isFailedRow(const BatchRow &row)
{
    return row.status.startsWith(u"error");
}

// Parses, answers --help, checks the positional arguments. A value for
// *code means the command is done.
std::optional<ExitCode> parseCommand(const Command &command, CliContext &ctx, OptionParser &parser,
                                     qsizetype positional, const QString &positionalName,
                                     const std::function<ExitCode(const QString &)> &usage)
{
    if (!parser.parse(ctx.arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << command.help();
        return ExitCode::Ok;
    }
    const QStringList words = parser.positional();
    if (words.size() < positional)
        return usage(Command::tr("no %1 given").arg(positionalName));
    if (words.size() > positional)
        return usage(Command::tr("unexpected argument \"%1\"").arg(words.at(positional)));
    return std::nullopt;
}

const char BatchJsonShape[] = QT_TRANSLATE_NOOP(
    "BatchCommand",
    "  {\"id\": string, \"status\": string, \"warehouse_id\": string,\n"
    "   \"customer_account_id\": string or null, \"url\": string, \"error\": string or null,\n"
    "   \"total\": number, \"finished\": number, \"succeeded\": number, \"failed\": number,\n"
    "   \"created_at\": string, \"updated_at\": string}\n"
    "  status is one of pending, processing, success, error_all, error_partial,\n"
    "  error_unknown, aborted; times are UTC, ISO 8601.\n");

} // namespace

// --- batches -------------------------------------------------------------------

QString BatchesCommand::name() const
{
    return u"batches"_s;
}

QString BatchesCommand::summary() const
{
    return tr("List the account's sync batches, newest first");
}

QString BatchesCommand::synopsis() const
{
    return tr("batches [--status S] [--warehouse W] [--limit N] [--json]");
}

QString BatchesCommand::description() const
{
    return tr("Lists the inventory sync batches of the account, newest first: status,\n"
              "rows done, succeeded and failed, warehouse and when each was created.");
}

std::vector<OptionSpec> BatchesCommand::options() const
{
    return {
        {{u"status"_s},
         tr("S"),
         tr("Only batches with this status (%1);\nseveral with commas, or !S for all but S")
             .arg(BatchStatuses.join(u", "_s))},
        {{u"warehouse"_s}, tr("W"), tr("Only batches of this warehouse: its id or its name")},
        {{u"limit"_s}, tr("N"), tr("At most N batches (default: 20; 0 for all)")},
        {{u"json"_s}, {}, tr("Print one JSON object instead of the table")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString BatchesCommand::moreHelp() const
{
    return tr("JSON output (--json), one object:\n"
              "  {\"batches\": [BATCH, ...], \"has_more\": bool}\n"
              "  each BATCH as \"invsync help batch\" shows; has_more is true when --limit\n"
              "  left batches out.\n"
              "\n"
              "Exit codes: 0 listed; 2 wrong usage or unknown warehouse; 3 not signed in;\n"
              "4 service unreachable; 5 interrupted.\n");
}

ExitCode BatchesCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseCommand(*this, ctx, parser, 0, {},
                                       [&](const QString &m) { return usageError(ctx, m); }))
        return *done;

    BatchesQuery query;
    query.allPages = true;
    query.limit = 20;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        query.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || query.limit < 0)
            return usageError(ctx, tr("--limit must be a number, 0 or more, not \"%1\"")
                                       .arg(parser.value(u"limit"_s)));
    }
    query.pageSize = query.limit > 0 ? std::min(query.limit, 100) : 100;
    if (parser.isSet(u"status"_s)) {
        query.status = parser.value(u"status"_s).remove(u' ');
        const QString problem = checkStatus(query.status, BatchStatuses);
        if (!problem.isEmpty())
            return usageError(ctx, problem);
    }
    const bool json = parser.isSet(u"json"_s);

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;

    Account account;
    if (parser.isSet(u"warehouse"_s)) {
        Warehouse warehouse;
        if (const auto failed =
                connection.findWarehouse(parser.value(u"warehouse"_s), &warehouse, &account))
            return *failed;
        query.warehouseId = warehouse.id;
    } else if (!json && !connection.quiet()) {
        // Names for the table; the JSON keeps ids only.
        if (const auto failed = connection.loadAccount(&account))
            return *failed;
    }

    const std::optional<BatchesResult> result =
        connection.wait<BatchesResult>(connection.api()->batches(query));
    if (!result)
        return connection.interrupted();
    if (!result->ok())
        return connection.fail(result->error);

    QList<Batch> batches = result->batches;
    bool hasMore = result->page.hasNextPage;
    if (query.limit > 0 && batches.size() > query.limit) {
        batches.resize(query.limit);
        hasMore = true;
    }

    if (json) {
        JsonWriter writer;
        writer.beginObject();
        writer.key(u"batches");
        writer.beginArray();
        for (const Batch &batch : std::as_const(batches))
            BatchCommand::writeJson(writer, batch);
        writer.endArray();
        writer.key(u"has_more");
        writer.value(hasMore);
        writer.endObject();
        connection.print(writer.take() + u'\n');
        return ExitCode::Ok;
    }

    if (batches.isEmpty()) {
        connection.print(tr("No batches.") + u'\n');
        return ExitCode::Ok;
    }
    QHash<QString, QString> names;
    for (const Warehouse &w : std::as_const(account.warehouses))
        names.insert(w.id, w.name);
    using A = TextTable::Align;
    TextTable table({tr("SYNC ID"), tr("STATUS"), tr("DONE"), tr("OK"), tr("FAILED"),
                     tr("WAREHOUSE"), tr("CREATED")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Left, A::Left});
    for (const Batch &batch : std::as_const(batches)) {
        table.addRow(
            {batch.id, batch.status, u"%1/%2"_s.arg(batch.finishedCount).arg(batch.totalCount),
             QString::number(batch.successCount), QString::number(batch.errorCount),
             names.value(batch.warehouseId, batch.warehouseId), localTime(batch.createdAt)});
    }
    QString text = table.text();
    if (hasMore)
        text += tr("More batches exist; use --limit N (0 for all) to see them.") + u'\n';
    connection.print(text);
    return ExitCode::Ok;
}

// --- batch ---------------------------------------------------------------------

QString BatchCommand::name() const
{
    return u"batch"_s;
}

QString BatchCommand::summary() const
{
    return tr("Show one batch, or follow it until it finishes");
}

QString BatchCommand::synopsis() const
{
    return tr("batch SYNC_ID [--json] [--wait]");
}

QString BatchCommand::description() const
{
    return tr("Shows the status of batch SYNC_ID and how many of its rows are done,\n"
              "succeeded and failed. With --wait it follows the batch until it finishes\n"
              "(progress on stderr when that is a terminal). Ctrl+C stops the waiting,\n"
              "not the batch; \"invsync batch SYNC_ID --wait\" takes it up again.");
}

std::vector<OptionSpec> BatchCommand::options() const
{
    return {
        {{u"wait"_s}, {}, tr("Follow the batch until it finishes")},
        {{u"json"_s}, {}, tr("Print one JSON object (with --wait: the final state)")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString BatchCommand::moreHelp() const
{
    return tr("JSON output (--json), one object:\n") + tr(BatchJsonShape) + u'\n' +
           tr("Exit codes:\n"
              "  0  the batch succeeded, or is still running (without --wait)\n"
              "  1  the batch ended with failed rows (error_all, error_partial,\n"
              "     error_unknown) or was aborted\n"
              "  2  wrong usage, or no batch SYNC_ID\n"
              "  3  not signed in, or the sign-in was refused\n"
              "  4  service unreachable after retries\n"
              "  5  interrupted: the batch keeps running\n");
}

ExitCode BatchCommand::exitCodeFor(const Batch &batch)
{
    if (!batch.isFinished() || batch.status == u"success")
        return ExitCode::Ok;
    return ExitCode::ProblemsFound;
}

void BatchCommand::writeJson(JsonWriter &json, const Batch &batch)
{
    json.beginObject();
    json.key(u"id");
    json.value(batch.id);
    json.key(u"status");
    json.value(batch.status);
    json.key(u"warehouse_id");
    json.value(batch.warehouseId);
    json.key(u"customer_account_id");
    nullableValue(json, batch.customerAccountId);
    json.key(u"url");
    json.value(batch.url);
    json.key(u"error");
    nullableValue(json, batch.error);
    json.key(u"total");
    json.value(batch.totalCount);
    json.key(u"finished");
    json.value(batch.finishedCount);
    json.key(u"succeeded");
    json.value(batch.successCount);
    json.key(u"failed");
    json.value(batch.errorCount);
    json.key(u"created_at");
    json.value(isoTime(batch.createdAt));
    json.key(u"updated_at");
    json.value(isoTime(batch.updatedAt));
    json.endObject();
}

QString BatchCommand::textReport(const Batch &batch, const QString &warehouseName)
{
    QList<std::pair<QString, QString>> facts = {
        {tr("Batch:"), batch.id},
        {tr("Status:"), batch.status},
        {tr("Rows:"), tr("%1 of %2 done: %3 succeeded, %4 failed")
                          .arg(batch.finishedCount)
                          .arg(batch.totalCount)
                          .arg(batch.successCount)
                          .arg(batch.errorCount)},
        {tr("Warehouse:"), warehouseName.isEmpty()
                               ? batch.warehouseId
                               : u"%1 (%2)"_s.arg(warehouseName, batch.warehouseId)},
        {tr("File:"), batch.url},
        {tr("Created:"), localTime(batch.createdAt)},
        {tr("Updated:"), localTime(batch.updatedAt)},
    };
    if (!batch.customerAccountId.isEmpty())
        facts.insert(4, {tr("Customer:"), batch.customerAccountId});
    if (!batch.error.isEmpty())
        facts.append({tr("Error:"), batch.error});
    qsizetype width = 0;
    for (const auto &[label, value] : std::as_const(facts))
        width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : std::as_const(facts))
        text += label.leftJustified(width + 2) + value + u'\n';
    return text;
}

ExitCode BatchCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseCommand(*this, ctx, parser, 1, u"SYNC_ID"_s,
                                       [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    const QString syncId = parser.positional().constFirst().trimmed();
    const bool json = parser.isSet(u"json"_s);
    const bool follow = parser.isSet(u"wait"_s);

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;

    const bool showProgress = follow && ctx.errIsTerminal && !connection.quiet();
    bool progressShown = false;
    auto clearProgress = [&] {
        if (progressShown) {
            ctx.err << u"\r\x1b[K"_s;
            ctx.err.flush();
            progressShown = false;
        }
    };
    auto stopped = [&](const Batch &batch, bool known) {
        clearProgress();
        const QString resume = u"invsync batch "_s + syncId + u" --wait"_s;
        connection.printError(
            known ? tr("stopped waiting; batch %1 keeps running (%2, %3 of %4 rows done) and "
                       "was not aborted. To follow it again, run: %5")
                        .arg(syncId, batch.status)
                        .arg(batch.finishedCount)
                        .arg(batch.totalCount)
                        .arg(resume)
                  : tr("stopped waiting; batch %1 was not aborted. To follow it again, run: %2")
                        .arg(syncId, resume));
        return ExitCode::Interrupted;
    };

    Batch batch;
    batch.id = syncId;
    batch.status = u"pending"_s;
    bool first = true;
    for (;;) {
        // Polling while following may wait for credits the user's own work needs.
        const auto priority =
            first ? CreditBucket::Priority::User : CreditBucket::Priority::Background;
        const std::optional<BatchResult> result =
            connection.wait<BatchResult>(connection.api()->batch(syncId, priority));
        if (!result)
            return follow ? stopped(batch, !first) : connection.interrupted();
        if (!result->ok()) {
            clearProgress();
            return connection.fail(result->error);
        }
        batch = result->batch;
        first = false;
        if (!follow || batch.isFinished())
            break;
        if (showProgress) {
            ctx.err << u'\r'
                    << tr("Batch %1: %2, %3 of %4 rows done, %5 failed")
                           .arg(syncId, batch.status)
                           .arg(batch.finishedCount)
                           .arg(batch.totalCount)
                           .arg(batch.errorCount)
                    << u"\x1b[K"_s;
            ctx.err.flush();
            progressShown = true;
        }
        if (!connection.pause(PollIntervalMs))
            return stopped(batch, true);
    }
    clearProgress();

    if (json) {
        JsonWriter writer;
        writeJson(writer, batch);
        connection.print(writer.take() + u'\n');
    } else {
        QString warehouseName;
        // The name is a nicety: when it cannot be had, the id is shown alone.
        if (!connection.quiet()) {
            const std::optional<AccountResult> account =
                connection.wait<AccountResult>(connection.api()->account());
            if (!account)
                return connection.interrupted();
            if (account->ok()) {
                for (const Warehouse &w : account->account.warehouses) {
                    if (w.id == batch.warehouseId)
                        warehouseName = w.name;
                }
            }
        }
        connection.print(textReport(batch, warehouseName));
    }
    return exitCodeFor(batch);
}

// --- rows ----------------------------------------------------------------------

QString RowsCommand::name() const
{
    return u"rows"_s;
}

QString RowsCommand::summary() const
{
    return tr("List the rows of a batch with their outcome");
}

QString RowsCommand::synopsis() const
{
    return tr("rows SYNC_ID [--status S] [--csv | --json]");
}

QString RowsCommand::description() const
{
    return tr("Lists the rows of batch SYNC_ID: row number, SKU, quantity, action,\n"
              "location, status and error. --csv writes them as a CSV file to stdout,\n"
              "e.g. to fix the failed rows: invsync rows SYNC_ID --status error --csv");
}

std::vector<OptionSpec> RowsCommand::options() const
{
    return {
        {{u"status"_s},
         tr("S"),
         tr("Only rows with this status (%1)").arg(RowStatuses.join(u", "_s))},
        {{u"csv"_s}, {}, tr("Print CSV instead of the table")},
        {{u"json"_s}, {}, tr("Print one JSON object instead of the table")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString RowsCommand::moreHelp() const
{
    return tr("JSON output (--json), one object:\n"
              "  {\"sync_id\": string, \"rows\": [{\"row\": number, \"sku\": string,\n"
              "   \"quantity\": number, \"action\": string, \"reason\": string,\n"
              "   \"location\": string, \"status\": string, \"error\": string or null}]}\n"
              "CSV output (--csv): UTF-8, a header line\n"
              "  row,sku,quantity,action,reason,location,status,error\n"
              "  A text cell that starts with =, +, - or @ gets a leading ' so that a\n"
              "  spreadsheet does not run it as a formula.\n"
              "\n"
              "Exit codes: 0 listed, none failed; 1 listed, some rows failed; 2 wrong usage\n"
              "or no batch SYNC_ID; 3 not signed in; 4 service unreachable; 5 interrupted.\n");
}

QString RowsCommand::csvSafe(const QString &cell)
{
    // Tab and carriage return start a formula in some spreadsheets too.
    static const QString starters = u"=+-@\t\r"_s;
    if (!cell.isEmpty() && starters.contains(cell.front()))
        return u'\'' + cell;
    return cell;
}

QByteArray RowsCommand::csv(const QList<BatchRow> &rows)
{
    const CsvWriter writer;
    QByteArray out;
    writer.appendRecord(out, QList<QByteArray>{"row", "sku", "quantity", "action", "reason",
                                               "location", "status", "error"});
    for (const BatchRow &row : rows) {
        // The numbers are InvSync's own, never formulas: a negative quantity stays a number.
        writer.appendRecord(out, QList<QByteArray>{
                                     QByteArray::number(row.row),
                                     csvSafe(row.sku).toUtf8(),
                                     QByteArray::number(row.quantity),
                                     csvSafe(row.action).toUtf8(),
                                     csvSafe(row.reason).toUtf8(),
                                     csvSafe(row.location).toUtf8(),
                                     csvSafe(row.status).toUtf8(),
                                     csvSafe(row.error).toUtf8(),
                                 });
    }
    return out;
}

ExitCode RowsCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseCommand(*this, ctx, parser, 1, u"SYNC_ID"_s,
                                       [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    const bool json = parser.isSet(u"json"_s);
    const bool asCsv = parser.isSet(u"csv"_s);
    if (json && asCsv)
        return usageError(ctx, tr("--csv and --json cannot be combined; choose one"));

    RowsQuery query;
    query.syncId = parser.positional().constFirst().trimmed();
    query.allPages = true;
    if (parser.isSet(u"status"_s)) {
        query.status = parser.value(u"status"_s).trimmed();
        if (!RowStatuses.contains(query.status))
            return usageError(ctx, tr("unknown status \"%1\"; use one of: %2")
                                       .arg(query.status, RowStatuses.join(u", "_s)));
    }

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;

    RowsReply *reply = connection.api()->rows(query);
    QObject::connect(reply, &ApiReply::progress, reply, [&connection](int loaded) {
        connection.notice(tr("%n row(s) loaded", nullptr, loaded));
    });
    const std::optional<RowsResult> result = connection.wait<RowsResult>(reply);
    if (!result)
        return connection.interrupted();
    if (!result->ok())
        return connection.fail(result->error);
    const QList<BatchRow> &rows = result->rows;
    const bool anyFailed = std::any_of(rows.cbegin(), rows.cend(), isFailedRow);

    if (asCsv) {
        connection.print(QString::fromUtf8(csv(rows)));
    } else if (json) {
        JsonWriter writer;
        writer.beginObject();
        writer.key(u"sync_id");
        writer.value(query.syncId);
        writer.key(u"rows");
        writer.beginArray();
        for (const BatchRow &row : rows) {
            writer.beginObject();
            writer.key(u"row");
            writer.value(row.row);
            writer.key(u"sku");
            writer.value(row.sku);
            writer.key(u"quantity");
            writer.value(row.quantity);
            writer.key(u"action");
            writer.value(row.action);
            writer.key(u"reason");
            writer.value(row.reason);
            writer.key(u"location");
            writer.value(row.location);
            writer.key(u"status");
            writer.value(row.status);
            writer.key(u"error");
            nullableValue(writer, row.error);
            writer.endObject();
        }
        writer.endArray();
        writer.endObject();
        connection.print(writer.take() + u'\n');
    } else if (rows.isEmpty()) {
        connection.print(tr("No rows.") + u'\n');
    } else {
        using A = TextTable::Align;
        TextTable table({tr("ROW"), tr("SKU"), tr("QUANTITY"), tr("ACTION"), tr("LOCATION"),
                         tr("STATUS"), tr("ERROR")},
                        {A::Right, A::Left, A::Right, A::Left, A::Left, A::Left, A::Left});
        for (const BatchRow &row : rows) {
            table.addRow({QString::number(row.row), row.sku, QString::number(row.quantity),
                          row.action, row.location, row.status, row.error});
        }
        connection.print(table.text());
    }
    return anyFailed ? ExitCode::ProblemsFound : ExitCode::Ok;
}

// --- abort ---------------------------------------------------------------------

QString AbortCommand::name() const
{
    return u"abort"_s;
}

QString AbortCommand::summary() const
{
    return tr("Stop a running batch");
}

QString AbortCommand::synopsis() const
{
    return tr("abort SYNC_ID --reason TEXT [--yes] [--json]");
}

QString AbortCommand::description() const
{
    return tr("Aborts batch SYNC_ID while it is pending or processing. Rows already\n"
              "applied stay applied; the rest are not run. Asks first on a terminal;\n"
              "when stdin is not a terminal, --yes is required.");
}

std::vector<OptionSpec> AbortCommand::options() const
{
    return {
        {{u"reason"_s}, tr("TEXT"), tr("Why the batch is aborted (required; kept with the batch)")},
        {{u"y"_s, u"yes"_s}, {}, tr("Abort without asking")},
        {{u"json"_s}, {}, tr("Print the aborted batch as one JSON object")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString AbortCommand::moreHelp() const
{
    return tr("JSON output (--json): the batch, as \"invsync help batch\" shows.\n"
              "\n"
              "Exit codes:\n"
              "  0  aborted\n"
              "  1  the batch had already finished: nothing was aborted\n"
              "  2  wrong usage (no --reason; no --yes when stdin is not a terminal),\n"
              "     or no batch SYNC_ID\n"
              "  3  not signed in, or the user may not write inventory\n"
              "  4  service unreachable after retries\n"
              "  5  interrupted, or the question was not answered yes\n");
}

ExitCode AbortCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done = parseCommand(*this, ctx, parser, 1, u"SYNC_ID"_s,
                                       [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    const QString syncId = parser.positional().constFirst().trimmed();
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (reason.isEmpty())
        return usageError(ctx, tr("say why with --reason TEXT; it is kept with the batch"));
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!confirmed && !ctx.inIsTerminal)
        return usageError(ctx, tr("stdin is not a terminal, so there is no one to ask; add "
                                  "--yes to abort batch %1 without a question")
                                   .arg(syncId));

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.open(parser))
        return *failed;

    if (!confirmed) {
        const std::optional<BatchResult> current =
            connection.wait<BatchResult>(connection.api()->batch(syncId));
        if (!current)
            return connection.interrupted();
        if (!current->ok())
            return connection.fail(current->error);
        const Batch &batch = current->batch;
        if (batch.isFinished()) {
            connection.printError(tr("batch %1 already finished (%2); nothing was aborted")
                                      .arg(syncId, batch.status));
            return ExitCode::ProblemsFound;
        }
        const std::optional<QString> answer =
            ctx.ask(tr("Abort batch %1 (%2, %3 of %4 rows done)? Rows already applied stay "
                       "applied. [y/N] ")
                        .arg(syncId, batch.status)
                        .arg(batch.finishedCount)
                        .arg(batch.totalCount),
                    false);
        if (ctx.interrupted())
            return connection.interrupted();
        const QString word = answer.value_or(QString()).trimmed().toLower();
        if (word != u"y" && word != u"yes" && word != tr("y") && word != tr("yes")) {
            connection.printError(tr("not aborted; batch %1 keeps running").arg(syncId));
            return ExitCode::Interrupted;
        }
    }

    const std::optional<BatchResult> result =
        connection.wait<BatchResult>(connection.api()->abort(syncId, reason));
    if (!result)
        return connection.interrupted();
    if (!result->ok()) {
        if (result->error.kind == ApiError::Kind::NotAllowed) {
            connection.printError(result->error.message);
            return ExitCode::ProblemsFound;
        }
        return connection.fail(result->error);
    }
    const Batch &batch = result->batch;
    if (parser.isSet(u"json"_s)) {
        JsonWriter writer;
        BatchCommand::writeJson(writer, batch);
        connection.print(writer.take() + u'\n');
    } else {
        connection.print(tr("Aborted batch %1. %2 of %3 rows had been applied and stay "
                            "applied; the others will not run.")
                             .arg(syncId)
                             .arg(batch.successCount)
                             .arg(batch.totalCount) +
                         u'\n');
    }
    return ExitCode::Ok;
}

} // namespace invsync
