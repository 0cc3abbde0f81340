#include "cli/SubmitCommand.h"

#include "api/ShipHeroApi.h"
#include "cli/ApiConnection.h"
#include "cli/BatchCommands.h"
#include "cli/JsonWriter.h"
#include "cli/TextTable.h"
#include "cli/ValidateCommand.h"
#include "history/HistoryStore.h"
#include "hosting/FileHost.h"
#include "hosting/HostingSettings.h"
#include "hosting/S3Uploader.h"
#include "hosting/UrlSource.h"
#include "inventory/BatchSplitter.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"
#include "inventory/StockCheck.h"
#include "settings/AppPaths.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// The window's organisation and application names. The command line runs
// as "invsync", but it must read the window's settings (hosting, S3) and
// write the window's history, whose paths Qt derives from these names.
class WindowIdentity
{
public:
    WindowIdentity()
        : m_organization(QCoreApplication::organizationName()),
          m_application(QCoreApplication::applicationName())
    {
        QCoreApplication::setOrganizationName(AppPaths::organizationName());
        QCoreApplication::setApplicationName(AppPaths::applicationName());
    }
    ~WindowIdentity()
    {
        QCoreApplication::setOrganizationName(m_organization);
        QCoreApplication::setApplicationName(m_application);
    }
    WindowIdentity(const WindowIdentity &) = delete;
    WindowIdentity &operator=(const WindowIdentity &) = delete;

private:
    QString m_organization;
    QString m_application;
};

enum class Hosting { Builtin, S3, None };

QString hostingName(Hosting hosting)
{
    switch (hosting) {
    case Hosting::Builtin:
        return u"builtin"_s;
    case Hosting::S3:
        return u"s3"_s;
    case Hosting::None:
        return u"none"_s;
    }
    return {};
}

// One part of the upload: one file, one batch.
struct Part
{
    int firstRow = 0;
    int rows = 0;
    QByteArray bytes;
    QUrl url;
    QString token; // on the built-in host
    qint64 recordId = 0;
    bool sent = false;
    bool downloaded = false;
    Batch batch; // sync id in batch.id once sent
    bool adopted = false;
    QString error; // why it was not started
};

// Everything one run knows; the steps below fill it in turn.
struct SubmitState
{
    // From the command line.
    QString file;
    QUrl sourceUrl;
    QString warehouseText;
    QString customerAccountId;
    Hosting hosting = Hosting::Builtin;
    QString publicUrl;
    bool skipInvalid = false;
    bool checkWarehouse = false;
    bool follow = false;
    bool json = false;

    // Found on the way.
    QString displayName;   // the file's path or the URL, for messages
    QByteArray downloaded; // --url: the bytes, exactly as ShipHero will get them
    QUrl directUrl;        // --url: the URL to give ShipHero
    std::shared_ptr<InventoryDocument> document;
    int rowsRead = 0;
    int leftOut = 0;
    Warehouse warehouse;
    std::optional<StockSummary> stock;
    QStringList notFound;
    qint64 uploadId = 0;
    QByteArray sha256;
    QList<Part> parts;
    bool waited = false;
    bool interrupted = false;
};

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void nullable(JsonWriter &json, const QString &text)
{
    if (text.isEmpty())
        json.nullValue();
    else
        json.value(text);
}

} // namespace

QString SubmitCommand::name() const
{
    return u"submit"_s;
}

QString SubmitCommand::summary() const
{
    return tr("Check a file and start the inventory sync of it");
}

QString SubmitCommand::synopsis() const
{
    return tr("submit (FILE | --url URL) --warehouse W [--host builtin|s3|none] [--wait] [--json]");
}

QString SubmitCommand::description() const
{
    return tr("Checks FILE (or the file at --url URL) as \"invsync validate\" does and refuses\n"
              "it when it has errors, unless --skip-invalid leaves those rows out. A file of\n"
              "more than 3000 rows is split into batches of at most 3000. Each part is made\n"
              "reachable by URL (--host), sent to warehouse W as one inventory sync batch,\n"
              "and recorded in the history the window shows. With --wait the batches are\n"
              "followed until they finish; Ctrl+C stops the waiting, never the batches.");
}

std::vector<OptionSpec> SubmitCommand::options() const
{
    return {
        {{u"url"_s}, tr("URL"), tr("Send the file at URL rather than a local FILE")},
        {{u"warehouse"_s}, tr("W"), tr("The warehouse (required): its id, legacy id or name")},
        {{u"customer-account"_s}, tr("ID"), tr("The customer account a 3PL acts for")},
        {{u"host"_s},
         tr("HOW"),
         tr("How ShipHero gets the file: builtin (this program serves it;\n"
            "the default for FILE), s3 (uploaded to the bucket of the File Hosting\n"
            "settings), none (the --url as given; the default with --url)")},
        {{u"public-url"_s},
         tr("BASE"),
         tr("The address ShipHero reaches the built-in host at (a port forward\n"
            "or reverse proxy); default: the File Hosting settings")},
        {{u"skip-invalid"_s},
         {},
         tr("Leave rows with errors (and, with --check-warehouse, SKUs the\n"
            "warehouse does not have) out instead of refusing the file")},
        {{u"check-warehouse"_s},
         {},
         tr("Look every SKU up in the warehouse first: refuse SKUs it does not\n"
            "have, and show the units going up and down")},
        {{u"wait"_s}, {}, tr("Follow the batches until they finish")},
        {{u"json"_s}, {}, tr("Print one JSON object instead of the report")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString SubmitCommand::moreHelp() const
{
    return tr(
        "Built-in host: the parts are served by this process, so it keeps running\n"
        "until ShipHero has them: with --wait until the batches finish; without\n"
        "--wait until ShipHero has downloaded every part (at most 10 minutes). Its\n"
        "address and port come from the File Hosting settings; ShipHero must be\n"
        "able to reach it (--public-url).\n"
        "S3: the bucket, endpoint and access key id come from the File Hosting\n"
        "settings, the secret key from the keychain or INVSYNC_S3_SECRET_KEY.\n"
        "none: only with --url; the file is downloaded and checked first, and the\n"
        "same URL is given to ShipHero, unchanged and unsplit.\n"
        "\n"
        "JSON output (--json), one object:\n"
        "  {\"upload\": {\"id\": number or null, \"file\": string, \"sha256\": string,\n"
        "    \"rows\": number, \"left_out\": number, \"warehouse_id\": string,\n"
        "    \"customer_account_id\": string or null, \"hosting\": string},\n"
        "   \"stock\": null or {\"units_up\": number, \"units_down\": number,\n"
        "    \"rows_up\": number, \"rows_down\": number, \"rows_unchanged\": number,\n"
        "    \"not_found\": [string]},\n"
        "   \"batches\": [{\"part\": number, \"sync_id\": string or null, \"first_row\": number,\n"
        "    \"rows\": number, \"url\": string, \"status\": string, \"adopted\": bool,\n"
        "    \"finished\": number, \"succeeded\": number, \"failed\": number,\n"
        "    \"error\": string or null}],\n"
        "   \"waited\": bool, \"interrupted\": bool}\n"
        "  status is the batch's last known status (\"pending\" right after it was\n"
        "  sent), or \"not_started\" when the service started no batch for the part.\n"
        "  A file refused for its errors gives {\"upload\": null, \"validation\": {...}}\n"
        "  with the object \"invsync validate --json\" prints.\n"
        "\n"
        "Exit codes:\n"
        "  0  sent (with --wait: every batch succeeded)\n"
        "  1  the file has errors (or SKUs the warehouse does not have) and was not\n"
        "     sent; or, with --wait, a batch ended with failed rows or was aborted\n"
        "  2  wrong usage, the file could not be read, hosting not set up\n"
        "  3  not signed in, or the sign-in was refused\n"
        "  4  service, S3 or network unavailable; or ShipHero did not download a part\n"
        "  5  interrupted: batches already sent keep running; follow one with\n"
        "     \"invsync batch SYNC_ID --wait\"\n");
}

ExitCode SubmitCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (!parser.parse(ctx.arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << help();
        return ExitCode::Ok;
    }

    SubmitState s;
    const QStringList words = parser.positional();
    if (words.size() > 1)
        return usageError(ctx, tr("unexpected argument \"%1\"").arg(words.at(1)));
    if (!words.isEmpty())
        s.file = words.constFirst();
    if (parser.isSet(u"url"_s)) {
        if (!s.file.isEmpty())
            return usageError(ctx, tr("give either FILE or --url URL, not both"));
        const QString text = parser.value(u"url"_s).trimmed();
        s.sourceUrl = QUrl(text, QUrl::StrictMode);
        if (!s.sourceUrl.isValid() ||
            (s.sourceUrl.scheme() != u"http" && s.sourceUrl.scheme() != u"https") ||
            s.sourceUrl.host().isEmpty())
            return usageError(ctx, tr("\"%1\" is not a web address (http or https)").arg(text));
        s.displayName = text;
    } else if (s.file.isEmpty()) {
        return usageError(ctx, tr("no FILE given (or --url URL)"));
    } else {
        s.displayName = s.file;
    }
    s.warehouseText = parser.value(u"warehouse"_s).trimmed();
    if (s.warehouseText.isEmpty())
        return usageError(ctx, tr("say which warehouse with --warehouse W; \"invsync "
                                  "warehouses\" lists them"));
    s.customerAccountId = parser.value(u"customer-account"_s).trimmed();
    const QString host = parser.isSet(u"host"_s) ? parser.value(u"host"_s).trimmed()
                         : s.file.isEmpty()      ? u"none"_s
                                                 : u"builtin"_s;
    if (host == u"builtin")
        s.hosting = Hosting::Builtin;
    else if (host == u"s3")
        s.hosting = Hosting::S3;
    else if (host == u"none")
        s.hosting = Hosting::None;
    else
        return usageError(ctx, tr("unknown --host \"%1\"; use builtin, s3 or none").arg(host));
    if (s.hosting == Hosting::None && s.sourceUrl.isEmpty())
        return usageError(ctx, tr("--host none needs --url URL: a local file must be hosted "
                                  "(--host builtin or s3)"));
    s.publicUrl = parser.value(u"public-url"_s).trimmed();
    if (!s.publicUrl.isEmpty()) {
        const QUrl url(s.publicUrl, QUrl::StrictMode);
        if (s.hosting != Hosting::Builtin)
            return usageError(ctx, tr("--public-url is for --host builtin"));
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https"))
            return usageError(
                ctx,
                tr("--public-url \"%1\" is not a web address (http or https)").arg(s.publicUrl));
    }
    s.skipInvalid = parser.isSet(u"skip-invalid"_s);
    s.checkWarehouse = parser.isSet(u"check-warehouse"_s);
    s.follow = parser.isSet(u"wait"_s);
    s.json = parser.isSet(u"json"_s);

    // The window's settings and history, whatever this process is called.
    Settings *settings = nullptr;
    QString historyPath;
    {
        const WindowIdentity identity;
        settings = Settings::instance();
        historyPath = HistoryStore::defaultPath();
    }

    ApiConnection connection(*this, ctx);
    QNetworkAccessManager network;
    auto printError = [&](const QString &message) { connection.printError(message); };
    auto notice = [&](const QString &message) {
        if (!parser.isSet(u"quiet"_s)) {
            ctx.err << message << u'\n';
            ctx.err.flush();
        }
    };

    // --- 1. the bytes, exactly as they will be checked ------------------------------
    LoadResult loaded;
    if (!s.sourceUrl.isEmpty()) {
        UrlSource source(&network);
        UrlSourceRequest request;
        request.url = s.sourceUrl;
        const std::optional<UrlSourceResult> result =
            connection.wait<UrlSourceResult>(source.download(request));
        if (!result)
            return connection.interrupted();
        if (!result->ok()) {
            printError(result->message);
            return result->error == UrlSourceResult::Error::Network ||
                           result->error == UrlSourceResult::Error::HttpError
                       ? ExitCode::Network
                       : ExitCode::Usage;
        }
        if (!result->shareNote.isEmpty())
            notice(result->shareNote);
        s.downloaded = result->bytes;
        s.directUrl = result->directUrl.isEmpty() ? s.sourceUrl : result->directUrl;
        loaded = DocumentLoader::loadBytes(s.downloaded, s.displayName, {});
    } else {
        loaded = DocumentLoader::loadFile(s.file, {});
    }
    if (!loaded.document) {
        printError(loaded.error);
        return ExitCode::Usage;
    }
    s.document = loaded.document;
    InventoryDocument &document = *s.document;
    s.rowsRead = document.rowCount();

    // --- 2. errors: refuse, or leave the rows out --------------------------------------
    auto refuse = [&](const QString &message) {
        if (s.json) {
            QString report = ValidateCommand::jsonReport(document, s.displayName).trimmed();
            connection.print(u"{\"upload\":null,\"batches\":[],\"validation\":"_s + report +
                             u"}\n"_s);
        } else {
            ctx.err << ValidateCommand::textReport(document, s.displayName, true);
        }
        printError(message);
        return ExitCode::ProblemsFound;
    };
    // Rows with errors (both rows of a duplicate SKU) out; false when what
    // is left still cannot be sent.
    auto leaveOutErrors = [&]() {
        std::vector<int> rows;
        for (int row = 0; row < document.rowCount(); ++row) {
            if (document.rowSeverity(row) == Severity::Error)
                rows.push_back(row);
        }
        s.leftOut += int(rows.size());
        if (!rows.empty())
            document.removeRows(std::move(rows));
        return document.errorCount() == 0 && document.rowCount() > 0;
    };
    const QString unchanged =
        tr("the file at the URL is sent unchanged with --host none, so no row can be left "
           "out; use --host builtin or s3 to send the rest");
    if (document.errorCount() > 0) {
        if (!s.skipInvalid)
            return refuse(tr("%1 has %n error(s); nothing was sent. Fix them (\"invsync validate "
                             "%2\"), or leave those rows out with --skip-invalid.",
                             nullptr, document.errorCount())
                              .arg(s.displayName, s.file.isEmpty() ? u"FILE"_s : s.file));
        if (s.hosting == Hosting::None) {
            printError(unchanged);
            return ExitCode::Usage;
        }
        if (!leaveOutErrors())
            return refuse(tr("%1 cannot be sent even without its rows with errors; nothing "
                             "was sent")
                              .arg(s.displayName));
    }

    // --- 3. the connection, the warehouse, the check against it ------------------------
    if (const auto failed = connection.open(parser))
        return *failed;
    if (const auto failed = connection.findWarehouse(s.warehouseText, &s.warehouse))
        return *failed;

    if (s.checkWarehouse) {
        const int skuColumn = document.columnOf(ColumnRole::Sku);
        QStringList skus;
        QSet<QString> seen;
        for (int row = 0; row < document.rowCount(); ++row) {
            const QString sku = document.cell(row, skuColumn).trimmed();
            if (!sku.isEmpty() && !seen.contains(sku)) {
                seen.insert(sku);
                skus.append(sku);
            }
        }
        StockCheck check(connection.api());
        StockCheckRequest request;
        request.connection = connection.profileId();
        request.warehouseId = s.warehouse.id;
        request.customerAccountId = s.customerAccountId;
        request.warehouseName = s.warehouse.name;
        request.skus = skus;
        StockCheckReply *reply = check.check(request);
        QObject::connect(reply, &StockCheckReply::progress, reply, [&](int done, int total) {
            connection.notice(tr("Checked %1 of %2 SKUs").arg(done).arg(total));
        });
        const std::optional<StockCheckResult> result = connection.wait<StockCheckResult>(reply);
        if (!result)
            return connection.interrupted();
        if (!result->ok())
            return connection.fail(result->error);
        StockLevels levels = result->levels;
        levels.warehouseName = s.warehouse.name;
        levels.largeChangeShare = settings->largeChangeShare();
        s.notFound = QStringList(levels.notFound.cbegin(), levels.notFound.cend());
        s.notFound.sort();
        document.setStockLevels(std::move(levels));
        if (document.errorCount() > 0) {
            if (!s.skipInvalid)
                return refuse(tr("%n SKU(s) not found in warehouse %1: %2. Nothing was sent; "
                                 "leave those rows out with --skip-invalid.",
                                 nullptr, int(s.notFound.size()))
                                  .arg(s.warehouse.name, s.notFound.join(u", "_s)));
            if (s.hosting == Hosting::None) {
                printError(unchanged);
                return ExitCode::Usage;
            }
            if (!leaveOutErrors())
                return refuse(tr("no row is left to send once the SKUs warehouse %1 does not "
                                 "have are left out")
                                  .arg(s.warehouse.name));
        }
        s.stock = document.stockSummary();
    }

    // --- 4. the parts -----------------------------------------------------------------
    if (s.hosting == Hosting::None) {
        // The URL as given: ShipHero gets the very bytes checked, in one batch.
        Part part;
        part.rows = document.rowCount();
        part.bytes = s.downloaded;
        part.url = s.directUrl;
        s.parts.append(part);
        s.sha256 = HistoryStore::sha256Hex(s.downloaded);
        if (part.rows > BatchSplitter::DefaultMaxRows)
            notice(tr("Note: %1 rows in one batch; ShipHero is slow above %2. Use --host builtin "
                      "or s3 to have the file split.")
                       .arg(part.rows)
                       .arg(BatchSplitter::DefaultMaxRows));
    } else {
        s.sha256 = HistoryStore::sha256Hex(document.toCsv());
        const QList<CsvBatch> batches = BatchSplitter::split(document);
        for (const CsvBatch &batch : batches) {
            Part part;
            part.firstRow = batch.firstRow;
            part.rows = batch.rowCount;
            part.bytes = batch.csv;
            s.parts.append(part);
        }
    }
    const int partCount = int(s.parts.size());
    const QString baseName = s.file.isEmpty() ? QFileInfo(s.sourceUrl.path()).completeBaseName()
                                              : QFileInfo(s.file).completeBaseName();
    auto partFileName = [&](int index) {
        QString name = baseName.isEmpty() ? u"inventory"_s : baseName;
        if (partCount > 1)
            name += u"-%1-of-%2"_s.arg(index + 1).arg(partCount);
        return FileHost::safeFileName(name + u".csv"_s);
    };

    // --- 5. reachable by URL ----------------------------------------------------------
    FileHost fileHost;
    QObject::connect(&fileHost, &FileHost::accessed, &fileHost, [&s](const AccessLogEntry &entry) {
        if (entry.method != u"GET" || entry.status != 200 || entry.token.isEmpty())
            return;
        for (Part &part : s.parts) {
            if (part.token == entry.token)
                part.downloaded = true;
        }
    });
    if (s.hosting == Hosting::Builtin) {
        const QString addressText = settings->value(Settings::Key::HostBindAddress).toString();
        QHostAddress address(QHostAddress::LocalHost);
        if (!addressText.trimmed().isEmpty() && !address.setAddress(addressText.trimmed())) {
            printError(tr("the built-in host's address \"%1\" is not an IP address; fix it in "
                          "the window's File Hosting settings")
                           .arg(addressText));
            return ExitCode::Usage;
        }
        const int port = settings->value(Settings::Key::HostPort).toInt();
        if (port < 0 || port > 65535 || fileHost.listen(address, quint16(port)) == 0) {
            printError(tr("the built-in host could not listen on %1 port %2; the port may be in "
                          "use. Choose another in the window's File Hosting settings.")
                           .arg(address.toString())
                           .arg(port));
            return ExitCode::Usage;
        }
        QString base = s.publicUrl;
        if (base.isEmpty())
            base = settings->value(Settings::Key::HostPublicBaseUrl).toString().trimmed();
        if (!base.isEmpty())
            fileHost.setPublicBaseUrl(QUrl(base, QUrl::StrictMode));
        if (isLoopback(fileHost.baseUrl()) && !isLoopback(connection.baseUrl()))
            notice(tr("Warning: the built-in host is at %1, which ShipHero cannot reach; give "
                      "the address it can reach with --public-url.")
                       .arg(fileHost.baseUrl().toString()));
        for (int i = 0; i < partCount; ++i) {
            Part &part = s.parts[i];
            const PublishedFile published = fileHost.publish(part.bytes, partFileName(i),
                                                             HostingSettings::serveTime(*settings));
            part.url = published.url;
            part.token = published.token;
        }
    } else if (s.hosting == Hosting::S3) {
        const S3Settings s3 = HostingSettings::s3(*settings);
        QString secret = qEnvironmentVariable(S3SecretEnvironment);
        if (secret.isEmpty()) {
            const std::optional<SecretResult> read = connection.wait<SecretResult>(
                connection.secrets()->read(HostingSettings::s3SecretKeyName()));
            if (!read)
                return connection.interrupted();
            if (read->ok())
                secret = read->value;
        }
        QString problem = S3Uploader::checkSettings(s3, secret);
        if (problem.endsWith(u'.'))
            problem.chop(1);
        if (!problem.isEmpty()) {
            printError(tr("S3 is not set up: %1. Set it up in the window's File Hosting "
                          "settings; the secret key may also come from %2.")
                           .arg(problem, QString::fromLatin1(S3SecretEnvironment)));
            return ExitCode::Usage;
        }
        S3Uploader uploader(&network);
        // A folder of its own per upload: parts of two uploads never overwrite each other.
        const QString folder = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) +
                               u'-' + QString::number(QRandomGenerator::system()->generate(), 16) +
                               u'/';
        for (int i = 0; i < partCount; ++i) {
            Part &part = s.parts[i];
            const std::optional<S3UploadResult> result = connection.wait<S3UploadResult>(
                uploader.upload(s3, secret, folder + partFileName(i), part.bytes));
            if (!result)
                return connection.interrupted();
            if (!result->ok()) {
                printError(result->message);
                switch (result->error) {
                case S3UploadResult::Error::WrongCredentials:
                case S3UploadResult::Error::AccessDenied:
                    return ExitCode::Auth;
                case S3UploadResult::Error::NoSuchBucket:
                case S3UploadResult::Error::InvalidSettings:
                    return ExitCode::Usage;
                case S3UploadResult::Error::Cancelled:
                    return ExitCode::Interrupted;
                default:
                    return ExitCode::Network;
                }
            }
            part.url = result->presignedUrl;
        }
    }

    // --- 6. recorded, then sent ---------------------------------------------------------
    HistoryStore history;
    const HistoryStore::OpenResult opened = history.open(historyPath);
    if (!opened.ok) {
        // Never a batch this app does not know of: no history, nothing sent.
        printError(
            tr("the history could not be opened, so nothing was sent: %1").arg(opened.message));
        return ExitCode::Usage;
    }
    if (!opened.message.isEmpty())
        notice(opened.message);
    UploadRecord upload;
    upload.fileName =
        s.file.isEmpty() ? s.directUrl.toString() : QFileInfo(s.file).absoluteFilePath();
    upload.sha256 = s.sha256;
    upload.rows = document.rowCount();
    upload.warehouseId = s.warehouse.id;
    upload.customerAccountId = s.customerAccountId;
    upload.connection = connection.connectionName();
    upload.hostingMethod = s.hosting == Hosting::None ? u"reference"_s : hostingName(s.hosting);
    s.uploadId = history.addUpload(upload);
    if (s.uploadId == 0) {
        printError(tr("the history could not be written, so nothing was sent: %1")
                       .arg(history.lastError()));
        return ExitCode::Usage;
    }

    std::optional<ExitCode> failure;
    for (int i = 0; i < partCount && !failure; ++i) {
        Part &part = s.parts[i];
        const QString url = part.url.toString(QUrl::FullyEncoded);
        part.recordId =
            history.beginBatch(s.uploadId, i, url, part.bytes, part.firstRow, part.rows);
        if (part.recordId == 0) {
            printError(tr("the history could not be written, so part %1 was not sent: %2")
                           .arg(i + 1)
                           .arg(history.lastError()));
            failure = ExitCode::Usage;
            break;
        }
        SubmitRequest request;
        request.url = url;
        request.warehouseId = s.warehouse.id;
        request.customerAccountId = s.customerAccountId;
        request.knownSyncIds = history.knownSyncIds();
        const std::optional<SubmitResult> result =
            connection.wait<SubmitResult>(connection.api()->submit(request));
        if (!result) {
            // The mutation may be on its way: the record stays "sending" and
            // the window reconciles it with the service's batches.
            s.interrupted = true;
            printError(tr("interrupted while part %1 was being sent; it may have started. The "
                          "history keeps it as sending, and the window checks it on start; "
                          "\"invsync batches\" lists the batches.")
                           .arg(i + 1));
            failure = ExitCode::Interrupted;
            break;
        }
        if (!result->ok()) {
            part.error = result->error.message;
            // Ambiguous: the service may have a batch; leave the record for the Reconciler.
            if (result->error.kind != ApiError::Kind::Ambiguous)
                history.failBatch(part.recordId, result->error.message);
            failure = connection.fail(result->error);
            break;
        }
        part.sent = true;
        part.adopted = result->adopted;
        part.batch.id = result->syncId;
        part.batch.url = url;
        part.batch.status = u"pending"_s;
        part.batch.totalCount = part.rows;
        history.completeBatch(part.recordId, result->syncId, result->adopted);
    }

    QList<Part *> sent;
    for (Part &part : s.parts) {
        if (part.sent)
            sent.append(&part);
    }

    auto partsTable = [&]() {
        using A = TextTable::Align;
        TextTable table({tr("SYNC ID"), tr("ROWS"), tr("STATUS"), tr("DONE"), tr("FAILED")},
                        {A::Left, A::Right, A::Left, A::Right, A::Right});
        for (const Part &part : std::as_const(s.parts)) {
            table.addRow(
                {part.sent ? part.batch.id : tr("(not started)"), QString::number(part.rows),
                 part.sent ? part.batch.status : u"not_started"_s,
                 part.sent ? u"%1/%2"_s.arg(part.batch.finishedCount).arg(part.rows) : QString(),
                 part.sent ? QString::number(part.batch.errorCount) : QString()});
        }
        return table.text();
    };

    if (!s.json && !sent.isEmpty()) {
        QString text;
        if (s.leftOut > 0)
            text += tr("Left out %n row(s) with errors.", nullptr, s.leftOut) + u'\n';
        if (s.stock) {
            text += tr("Warehouse check: %1 units going up over %2 rows, %3 going down over %4 "
                       "rows, %5 rows unchanged.")
                        .arg(s.stock->unitsUp)
                        .arg(s.stock->rowsUp)
                        .arg(s.stock->unitsDown)
                        .arg(s.stock->rowsDown)
                        .arg(s.stock->rowsUnchanged) +
                    u'\n';
        }
        text += tr("Sent %1 (%n row(s)) to %2 in %3 batch(es):", nullptr, document.rowCount())
                    .arg(s.displayName, s.warehouse.name)
                    .arg(partCount) +
                u'\n';
        text += partsTable();
        connection.print(text);
    }

    // --- 7. served until downloaded, or followed to the end ---------------------------
    bool downloadTimedOut = false;
    QStringList notDownloaded;
    // Parts already sent are served and followed even when a later one failed.
    if (!s.interrupted && s.follow && !sent.isEmpty()) {
        s.waited = true;
        bool pollFailed = false;
        const bool showProgress = ctx.errIsTerminal && !connection.quiet();
        bool progressShown = false;
        auto clearProgress = [&] {
            if (progressShown) {
                ctx.err << u"\r\x1b[K"_s;
                ctx.err.flush();
                progressShown = false;
            }
        };
        for (;;) {
            bool allFinished = true;
            for (Part *part : std::as_const(sent)) {
                if (part->batch.isFinished())
                    continue;
                const std::optional<BatchResult> result = connection.wait<BatchResult>(
                    connection.api()->batch(part->batch.id, CreditBucket::Priority::Background));
                if (!result) {
                    s.interrupted = true;
                    break;
                }
                if (!result->ok()) {
                    clearProgress();
                    const ExitCode code = connection.fail(result->error);
                    failure = failure.value_or(code);
                    pollFailed = true;
                    break;
                }
                part->batch = result->batch;
                history.updateStatus(part->batch);
                if (!part->batch.isFinished())
                    allFinished = false;
            }
            if (s.interrupted || pollFailed || allFinished)
                break;
            if (showProgress) {
                int finished = 0, done = 0, failed = 0, total = 0;
                for (const Part *part : std::as_const(sent)) {
                    finished += part->batch.isFinished() ? 1 : 0;
                    done += part->batch.finishedCount;
                    failed += part->batch.errorCount;
                    total += part->rows;
                }
                ctx.err << u'\r'
                        << tr("%1 of %2 batches finished, %3 of %4 rows done, %5 failed")
                               .arg(finished)
                               .arg(sent.size())
                               .arg(done)
                               .arg(total)
                               .arg(failed)
                        << u"\x1b[K"_s;
                ctx.err.flush();
                progressShown = true;
            }
            if (!connection.pause(BatchCommand::PollIntervalMs)) {
                s.interrupted = true;
                break;
            }
        }
        clearProgress();
    } else if (!s.interrupted && s.hosting == Hosting::Builtin && !sent.isEmpty()) {
        // Without --wait the process still has to serve every part until
        // ShipHero has it: its download is the one 200 GET of the token.
        const QDeadlineTimer deadline(DownloadTimeoutMs);
        auto allDownloaded = [&] {
            return std::all_of(sent.cbegin(), sent.cend(),
                               [](const Part *part) { return part->downloaded; });
        };
        if (!allDownloaded())
            connection.notice(tr("Serving the file until ShipHero has downloaded it..."));
        while (!allDownloaded()) {
            if (deadline.hasExpired()) {
                downloadTimedOut = true;
                break;
            }
            if (!connection.pause(100)) {
                s.interrupted = true;
                break;
            }
        }
        for (const Part *part : std::as_const(sent)) {
            if (!part->downloaded)
                notDownloaded.append(part->batch.id);
        }
        // FileHost reports a download when its answer is queued, not when
        // the last byte has left: serve on a little (at 100 KB/s at worst),
        // so that exiting does not cut the answer off.
        if (notDownloaded.isEmpty() && !s.interrupted) {
            qint64 bytes = 0;
            for (const Part *part : std::as_const(sent))
                bytes += part->bytes.size();
            const qint64 grace = std::min<qint64>(DownloadGraceMs + bytes / 100, 120000);
            connection.pause(int(grace)); // Ctrl+C ends it early: every part was answered
        }
    }

    // --- 8. the outcome -----------------------------------------------------------------
    if (s.json) {
        JsonWriter json;
        json.beginObject();
        json.key(u"upload");
        json.beginObject();
        json.key(u"id");
        json.value(s.uploadId);
        json.key(u"file");
        json.value(s.displayName);
        json.key(u"sha256");
        json.value(QString::fromLatin1(s.sha256));
        json.key(u"rows");
        json.value(document.rowCount());
        json.key(u"left_out");
        json.value(s.leftOut);
        json.key(u"warehouse_id");
        json.value(s.warehouse.id);
        json.key(u"customer_account_id");
        nullable(json, s.customerAccountId);
        json.key(u"hosting");
        json.value(hostingName(s.hosting));
        json.endObject();
        json.key(u"stock");
        if (s.stock) {
            json.beginObject();
            json.key(u"units_up");
            json.value(s.stock->unitsUp);
            json.key(u"units_down");
            json.value(s.stock->unitsDown);
            json.key(u"rows_up");
            json.value(s.stock->rowsUp);
            json.key(u"rows_down");
            json.value(s.stock->rowsDown);
            json.key(u"rows_unchanged");
            json.value(s.stock->rowsUnchanged);
            json.key(u"not_found");
            json.beginArray();
            for (const QString &sku : std::as_const(s.notFound))
                json.value(sku);
            json.endArray();
            json.endObject();
        } else {
            json.nullValue();
        }
        json.key(u"batches");
        json.beginArray();
        for (int i = 0; i < partCount; ++i) {
            const Part &part = s.parts.at(i);
            json.beginObject();
            json.key(u"part");
            json.value(i + 1);
            json.key(u"sync_id");
            nullable(json, part.batch.id);
            json.key(u"first_row");
            json.value(part.firstRow + 1);
            json.key(u"rows");
            json.value(part.rows);
            json.key(u"url");
            json.value(part.url.toString(QUrl::FullyEncoded));
            json.key(u"status");
            json.value(part.sent ? part.batch.status : u"not_started"_s);
            json.key(u"adopted");
            json.value(part.adopted);
            json.key(u"finished");
            json.value(part.batch.finishedCount);
            json.key(u"succeeded");
            json.value(part.batch.successCount);
            json.key(u"failed");
            json.value(part.batch.errorCount);
            json.key(u"error");
            nullable(json, part.sent ? part.batch.error : part.error);
            json.endObject();
        }
        json.endArray();
        json.key(u"waited");
        json.value(s.waited);
        json.key(u"interrupted");
        json.value(s.interrupted);
        json.endObject();
        connection.print(json.take() + u'\n');
    } else if (s.waited && !s.interrupted && !failure) {
        connection.print(tr("Finished:") + u'\n' + partsTable());
    }

    if (s.interrupted) {
        if (failure == ExitCode::Interrupted)
            return ExitCode::Interrupted; // said while sending
        QStringList running;
        for (const Part *part : std::as_const(sent)) {
            if (!part->batch.isFinished())
                running.append(part->batch.id);
        }
        QString message =
            s.waited ? tr("stopped waiting; the batches keep running and were not aborted.")
                     : tr("stopped serving the file before ShipHero downloaded it; the batches "
                          "were not aborted, but %n part(s) will fail to download.",
                          nullptr, int(notDownloaded.size()));
        if (s.waited && s.hosting == Hosting::Builtin &&
            std::any_of(sent.cbegin(), sent.cend(),
                        [](const Part *p) { return !p->downloaded && !p->batch.isFinished(); }))
            message += u' ' + tr("The built-in host stopped too: a part ShipHero has not "
                                 "downloaded yet will fail.");
        if (!running.isEmpty()) {
            message += u' ' + tr("To follow them again, run:");
            for (const QString &id : std::as_const(running))
                message += u"\n  invsync batch "_s + id + u" --wait"_s;
        }
        printError(message);
        return ExitCode::Interrupted;
    }
    if (failure)
        return *failure;
    if (downloadTimedOut) {
        printError(tr("ShipHero did not download %n part(s) within %1 minutes; their batches "
                      "will fail: %2",
                      nullptr, int(notDownloaded.size()))
                       .arg(DownloadTimeoutMs / 60000)
                       .arg(notDownloaded.join(u", "_s)));
        return ExitCode::Network;
    }
    if (s.waited) {
        for (const Part *part : std::as_const(sent)) {
            if (BatchCommand::exitCodeFor(part->batch) != ExitCode::Ok)
                return ExitCode::ProblemsFound;
        }
    }
    return ExitCode::Ok;
}

} // namespace invsync
