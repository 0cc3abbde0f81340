#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QJsonObject;

namespace invsync {

// What went wrong with an API request, worded for a person. `message` never
// contains a token; `serviceMessage`, `code` and `requestId` are the service's
// own, kept for logs and support.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        SignInRequired,  // no token, or the service refused it and renewal failed
        MissingScope,    // code 7
        NotFound,        // code 5
        InvalidArgument, // code 6
        NotAllowed,      // code 9: not in the current state (e.g. aborting a finished batch)
        Throttled,       // code 30, still after waiting as long as allowed
        InvalidRequest,  // a syntax or validation error: InvSync sent something wrong
        Service,         // another error the service reported
        Network,         // no answer after the retries
        Timeout,         // no answer in time after the retries
        Http,            // an HTTP error status
        Malformed,       // an answer that is not the expected JSON, after the retries
        Ambiguous,       // a mutation may have reached the service, its answer was lost
        NotStarted,      // a lost submission was looked for: no batch was started
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;        // for people
    QString serviceMessage; // the service's own text, when it gave one
    int code = -1;          // the service's error code, -1 when none
    int httpStatus = 0;
    QString requestId;

    bool ok() const { return kind == Kind::None; }

    // The sentence for a service error `code` (ShipHero's documented codes).
    static ApiError fromService(int code, const QString &serviceMessage, const QString &requestId,
                                const QString &serviceName);
};

// What every reply tells besides its data: kept for the UI and logs.
struct ReplyInfo
{
    QString requestId;   // of the last request made for this answer
    int complexity = -1; // credits the answer cost (summed over pages)
    int requests = 0;    // HTTP requests made, retries and pages included
    qint64 waitedMs = 0; // time spent waiting for credits or retries
};

struct ApiOutcome
{
    ApiError error;
    ReplyInfo info;

    bool ok() const { return error.ok(); }
};

struct PageInfo
{
    bool hasNextPage = false;
    QString endCursor;
};

// One sync batch (InventorySyncStatus).
struct Batch
{
    QString id;
    QString url;
    QString userId;
    QString accountId;
    QString warehouseId;
    QString customerAccountId;
    QString status; // pending, processing, success, error_all, error_partial, error_unknown, aborted
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
    int totalCount = 0;
    int successCount = 0;
    int errorCount = 0;
    int finishedCount = 0;

    bool isFinished() const;
    bool isRunning() const { return !isFinished(); }

    static Batch fromJson(const QJsonObject &object);
    bool operator==(const Batch &) const = default;
};

// One row of a batch (InventorySyncItemStatus).
struct BatchRow
{
    QString id;
    int row = 0;
    QString sku;
    qint64 quantity = 0;
    QString action;
    QString reason;
    QString location;
    QString status; // pending, processing, success, error_unknown, error_not_found
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;

    static BatchRow fromJson(const QJsonObject &object);
    bool operator==(const BatchRow &) const = default;
};

struct Warehouse
{
    QString id;
    qint64 legacyId = 0;
    QString name; // the schema's `identifier`
    bool dynamicSlotting = false;
    bool active = true;

    static Warehouse fromJson(const QJsonObject &object);
};

struct Account
{
    QString id;
    QString email;
    QString username;
    bool dynamicSlotting = false;
    bool is3pl = false;
    QList<Warehouse> warehouses;

    static Account fromJson(const QJsonObject &object);
};

struct WarehouseProduct
{
    QString id;
    QString sku;
    QString warehouseId;
    qint64 onHand = 0;
    qint64 available = 0;
    bool active = true;

    static WarehouseProduct fromJson(const QJsonObject &object);
};

struct Quota
{
    int creditsRemaining = 0;
    int maxAvailable = 0;
    int incrementRate = 0;

    static Quota fromJson(const QJsonObject &object);
};

struct SubmitResult : ApiOutcome
{
    QString syncId;
    // The reply was lost and the batch was found among the newest ones
    // instead; it is the one this submission started.
    bool adopted = false;
};

struct BatchResult : ApiOutcome
{
    Batch batch;
};

struct BatchesResult : ApiOutcome
{
    QList<Batch> batches;
    PageInfo page; // of the last page fetched
};

struct RowsResult : ApiOutcome
{
    QList<BatchRow> rows;
    PageInfo page;
};

struct AccountResult : ApiOutcome
{
    Account account;
};

struct ProductsResult : ApiOutcome
{
    QList<WarehouseProduct> products;
    PageInfo page;
};

struct QuotaResult : ApiOutcome
{
    Quota quota;
};

} // namespace invsync
