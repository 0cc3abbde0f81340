// libFuzzer target for the API client's reading of replies: the HTTP status,
// the network error and the body bytes go through GraphqlClient::interpret
// (the pure function the client runs on every answer), then every object
// found in the reply's "data" goes through the typed parsers of ApiTypes.h
// (Batch, BatchRow, Warehouse, Account, WarehouseProduct, Quota).
//
// Input layout: byte 0 chooses the HTTP status (kStatuses, or raw with the
// next byte), byte 1 the network error (kNetworkErrors), the rest is the body.
//
// Besides what the sanitizers catch, it aborts when:
// - the action does not follow from the status and the body, read here
//   independently: Renew exactly for 401; Retry for no HTTP answer, 5xx and
//   an unreadable 200; Deliver exactly for a 200 whose body is a JSON object
//   with an object "data" and no "errors"; Throttled only when an error has
//   code 30 (and always when one has the number 30);
// - an answer that is not delivered has no error message, an error kind of
//   None, or data; a delivered one has an error, or a request id or
//   complexity other than its root fields' (the sum of their complexities,
//   negative ones counted as 0, capped at INT_MAX);
// - throttling figures are set on an answer that is not Throttled;
// - reading the same response twice gives another answer;
// - a typed parser gives text fields other than the object's strings, an
//   account's warehouses other than the objects of its "warehouses", or
//   whole numbers that differ from the JSON's.
//
// Run: see README.md beside this file.

#define FUZZ_TARGET_NAME "fuzz_apireply"
#include "FuzzCheck.h"

#include "api/ApiTypes.h"
#include "api/GraphqlClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

const QString kService = u"ShipHero"_s;

// Mostly 200 (what the service answers, errors included), then the statuses
// interpret() treats apart, and a few it has no case for.
constexpr int kStatuses[] = {200, 200, 200, 200, 200, 200, 200, 200, 0,   0,   401, 401,
                             500, 502, 503, 504, 400, 403, 404, 429, 201, 204, 301, 304,
                             418, 499, 599, 600, 100, 199, 1,   999};

constexpr QNetworkReply::NetworkError kNetworkErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TemporaryNetworkFailureError,
    QNetworkReply::NetworkSessionFailedError,
    QNetworkReply::UnknownNetworkError,
    QNetworkReply::ProxyConnectionRefusedError,
    QNetworkReply::ContentReSendError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::InternalServerError,
    QNetworkReply::UnknownServerError,
    QNetworkReply::AuthenticationRequiredError,
};

// An error entry's field, at its top level or under "extensions" (ShipHero
// puts them at the top, graphql-js under extensions).
QJsonValue entryField(const QJsonObject &entry, const QString &key)
{
    const QJsonValue value = entry.value(key);
    return value.isUndefined() ? entry.value(u"extensions"_s).toObject().value(key) : value;
}

// Code 30 written in any way the client may meet it.
bool mayBeThrottling(const QJsonObject &entry)
{
    const QJsonValue code = entryField(entry, u"code"_s);
    if (code.isDouble())
        return code.toDouble() == 30;
    return code.toString().trimmed().toInt() == 30;
}

bool isThrottlingNumber(const QJsonObject &entry)
{
    const QJsonValue code = entryField(entry, u"code"_s);
    return code.isDouble() && code.toDouble() == 30;
}

// The whole number a typed parser must give for `value`, when it is one
// that survives the trip through a double exactly.
std::optional<qint64> exactNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

void checkText(const QString &parsed, const QJsonObject &object, const char *key)
{
    FUZZ_CHECK(parsed == object.value(QLatin1StringView(key)).toString());
}

void checkNumber(qint64 parsed, const QJsonObject &object, const char *key, bool narrowed)
{
    const std::optional<qint64> expected = exactNumber(object.value(QLatin1StringView(key)));
    if (!expected)
        return;
    if (narrowed && (*expected < std::numeric_limits<int>::min() ||
                     *expected > std::numeric_limits<int>::max()))
        return; // an int field: what a too large count becomes is not specified
    FUZZ_CHECK(parsed == *expected, parsed, *expected);
}

void parseTyped(const QJsonObject &object)
{
    const Batch batch = Batch::fromJson(object);
    checkText(batch.id, object, "id");
    checkText(batch.url, object, "url");
    checkText(batch.warehouseId, object, "warehouse_id");
    checkText(batch.status, object, "status");
    checkText(batch.error, object, "error");
    checkNumber(batch.totalCount, object, "total_count", true);
    checkNumber(batch.finishedCount, object, "finished_count", true);
    FUZZ_CHECK(batch.isFinished() ==
               (batch.status != u"pending"_s && batch.status != u"processing"_s));
    FUZZ_CHECK(batch == Batch::fromJson(object));

    const BatchRow row = BatchRow::fromJson(object);
    checkText(row.sku, object, "sku");
    checkText(row.action, object, "action");
    checkText(row.location, object, "location");
    checkNumber(row.row, object, "row", true);
    checkNumber(row.quantity, object, "quantity", false);
    if (object.value("created_at"_L1).toString().isEmpty())
        FUZZ_CHECK(!row.createdAt.isValid());

    const Warehouse warehouse = Warehouse::fromJson(object);
    checkText(warehouse.name, object, "identifier");
    checkNumber(warehouse.legacyId, object, "legacy_id", false);
    if (!object.contains("active"_L1))
        FUZZ_CHECK(warehouse.active);

    const Account account = Account::fromJson(object);
    checkText(account.email, object, "email");
    qsizetype warehouses = 0;
    for (const QJsonValue &value : object.value("warehouses"_L1).toArray())
        warehouses += value.isObject() ? 1 : 0;
    FUZZ_CHECK(account.warehouses.size() == warehouses, account.warehouses.size(), warehouses);

    const WarehouseProduct product = WarehouseProduct::fromJson(object);
    checkText(product.sku, object, "sku");
    checkNumber(product.onHand, object, "on_hand", false);
    checkNumber(product.available, object, "available", false);

    const Quota quota = Quota::fromJson(object);
    checkNumber(quota.creditsRemaining, object, "credits_remaining", true);
    checkNumber(quota.maxAvailable, object, "max_available", true);
    checkNumber(quota.incrementRate, object, "increment_rate", true);
}

// Every object below `value`, bounded: a reply is small, a fuzz input need not be.
void walk(const QJsonValue &value, int depth, int &budget)
{
    if (depth > 64 || budget <= 0)
        return;
    if (value.isObject()) {
        --budget;
        const QJsonObject object = value.toObject();
        parseTyped(object);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), depth + 1, budget);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            walk(item, depth + 1, budget);
    }
}

bool sameAnswer(const GraphqlAnswer &a, const GraphqlAnswer &b)
{
    return a.action == b.action && a.error.kind == b.error.kind &&
           a.error.message == b.error.message && a.error.code == b.error.code &&
           a.mayHaveArrived == b.mayHaveArrived && a.data == b.data &&
           a.requestId == b.requestId && a.complexity == b.complexity &&
           a.throttleWaitMs == b.throttleWaitMs && a.requiredCredits == b.requiredCredits &&
           a.remainingCredits == b.remainingCredits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    using Action = GraphqlAnswer::Action;
    GraphqlResponse response;
    size_t offset = 0;
    const std::uint8_t statusByte = size > 0 ? data[offset++] : 0;
    response.httpStatus = kStatuses[statusByte % std::size(kStatuses)];
    if (statusByte >= 0xf0 && offset < size) // any status at all, -15..1200
        response.httpStatus = int(statusByte & 0x0f) * 64 + data[offset++] - 15;
    const std::uint8_t errorByte = offset < size ? data[offset++] : 0;
    response.networkError = kNetworkErrors[errorByte % std::size(kNetworkErrors)];
    response.errorString = u"Connection closed"_s;
    response.body = QByteArray(reinterpret_cast<const char *>(data + offset), qsizetype(size - offset));
    const int status = response.httpStatus;

    const GraphqlAnswer answer = GraphqlClient::interpret(response, kService);
    FUZZ_CHECK(sameAnswer(answer, GraphqlClient::interpret(response, kService)));

    // The reply as this target reads it.
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && json.isObject();
    const QJsonObject object = json.object();
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    const bool dataIsObject = object.value(u"data"_s).isObject();
    bool anyThrottling = false;
    bool numericThrottling = false;
    for (const QJsonValue &entry : errors) {
        anyThrottling = anyThrottling || mayBeThrottling(entry.toObject());
        numericThrottling = numericThrottling || isThrottlingNumber(entry.toObject());
    }
    const bool answered = status != 0 && status != 401 && status < 500;

    FUZZ_CHECK((answer.action == Action::Renew) == (status == 401), status);
    if (status == 0 || status >= 500)
        FUZZ_CHECK(answer.action == Action::Retry, status);
    if (status == 0)
        FUZZ_CHECK(answer.error.kind == ApiError::Kind::Network ||
                   answer.error.kind == ApiError::Kind::Timeout);
    const bool deliverable = status == 200 && isObject && errors.isEmpty() && dataIsObject;
    FUZZ_CHECK((answer.action == Action::Deliver) == deliverable, int(answer.action), status);
    if (answer.action == Action::Throttled) {
        FUZZ_CHECK(answered && anyThrottling, status);
        FUZZ_CHECK(!answer.mayHaveArrived);
        FUZZ_CHECK(answer.error.kind == ApiError::Kind::Throttled);
        FUZZ_CHECK(answer.error.code == 30, answer.error.code);
    } else {
        FUZZ_CHECK(!(answered && isObject && numericThrottling), int(answer.action), status);
        FUZZ_CHECK(answer.throttleWaitMs == -1 && answer.requiredCredits == -1 &&
                   answer.remainingCredits == -1);
    }
    // A body that is no JSON object, or nothing to deliver, with a 200: read again.
    if (status == 200 && (!isObject || (errors.isEmpty() && !dataIsObject)))
        FUZZ_CHECK(answer.action == Action::Retry && answer.error.kind == ApiError::Kind::Malformed);

    if (answer.action == Action::Deliver) {
        FUZZ_CHECK(answer.error.ok() && answer.error.message.isEmpty());
        FUZZ_CHECK(answer.data == object.value(u"data"_s).toObject());
        // request_id and complexity come from the root fields.
        QStringList requestIds;
        qint64 complexity = -1;
        for (auto it = answer.data.constBegin(); it != answer.data.constEnd(); ++it) {
            const QJsonObject root = it.value().toObject();
            if (root.contains(u"request_id"_s))
                requestIds.append(root.value(u"request_id"_s).toString());
            // A negative cost counts as 0; the sum is capped at INT_MAX.
            if (root.value(u"complexity"_s).isDouble())
                complexity = std::max<qint64>(complexity, 0) +
                             std::max(root.value(u"complexity"_s).toInt(), 0);
        }
        FUZZ_CHECK(requestIds.isEmpty() ? answer.requestId.isEmpty()
                                        : requestIds.contains(answer.requestId));
        complexity = std::min<qint64>(complexity, std::numeric_limits<int>::max());
        FUZZ_CHECK(answer.complexity == complexity, answer.complexity, complexity);
    } else {
        FUZZ_CHECK(!answer.error.ok());
        FUZZ_CHECK(!answer.error.message.isEmpty(), int(answer.action), int(answer.error.kind));
        FUZZ_CHECK(answer.data.isEmpty());
        FUZZ_CHECK(answer.complexity == -1, answer.complexity);
        FUZZ_CHECK(answer.error.httpStatus == status, answer.error.httpStatus, status);
        if (answer.action == Action::Fail || answer.action == Action::Throttled)
            FUZZ_CHECK(answer.error.requestId == answer.requestId);
    }

    int budget = 10000;
    walk(object.value(u"data"_s), 0, budget);
    return 0;
}
