#include "api/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

qint64 number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    // BigInt-like values may arrive as strings.
    if (value.isString())
        return value.toString().toLongLong();
    // Clamped before converting: a double beyond qint64 has no defined conversion.
    constexpr double limit = 9.0e18;
    return qint64(std::clamp(value.toDouble(), -limit, limit));
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    QDateTime parsed = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
    return parsed;
}

// "Missing required scope(s): inventory:write" → "inventory:write"
QString scopeOf(const QString &serviceMessage)
{
    const qsizetype colon = serviceMessage.indexOf(u"scope(s):"_s);
    return colon < 0 ? QString() : serviceMessage.mid(colon + 9).trimmed();
}

} // namespace

ApiError ApiError::fromService(int code, const QString &serviceMessage, const QString &requestId,
                               const QString &serviceName)
{
    ApiError error;
    error.code = code;
    error.serviceMessage = serviceMessage;
    error.requestId = requestId;
    switch (code) {
    case 7: {
        error.kind = Kind::MissingScope;
        const QString scope = scopeOf(serviceMessage);
        error.message = scope.isEmpty()
                            ? tr("Your token may not do this (%1). Sign in as a user with the "
                                 "permission it needs.")
                                  .arg(serviceMessage)
                            : tr("Your token is missing the %1 scope. Sign in as a user who may "
                                 "do this.")
                                  .arg(scope);
        break;
    }
    case 5:
        error.kind = Kind::NotFound;
        error.message = tr("%1 could not find it: %2").arg(serviceName, serviceMessage);
        break;
    case 6:
        error.kind = Kind::InvalidArgument;
        error.message = tr("%1 refused a value: %2").arg(serviceName, serviceMessage);
        break;
    case 9:
        error.kind = Kind::NotAllowed;
        error.message = tr("%1 does not allow this now: %2").arg(serviceName, serviceMessage);
        break;
    case 30:
        error.kind = Kind::Throttled;
        error.message = tr("%1 is out of API credits: %2").arg(serviceName, serviceMessage);
        break;
    case -1:
        // Syntax and validation errors carry no code: the request itself was wrong.
        error.kind = Kind::InvalidRequest;
        error.message = tr("%1 did not understand InvSync's request (%2). This is a bug in "
                           "InvSync; please report it with request id %3.")
                            .arg(serviceName, serviceMessage, requestId);
        break;
    default:
        error.kind = Kind::Service;
        error.message = tr("%1 reported an error (code %2): %3")
                            .arg(serviceName)
                            .arg(code)
                            .arg(serviceMessage);
        break;
    }
    return error;
}

bool Batch::isFinished() const
{
    return status != u"pending"_s && status != u"processing"_s;
}

Batch Batch::fromJson(const QJsonObject &object)
{
    Batch batch;
    batch.id = text(object, "id"_L1);
    batch.url = text(object, "url"_L1);
    batch.userId = text(object, "user_id"_L1);
    batch.accountId = text(object, "account_id"_L1);
    batch.warehouseId = text(object, "warehouse_id"_L1);
    batch.customerAccountId = text(object, "customer_account_id"_L1);
    batch.status = text(object, "status"_L1);
    batch.error = text(object, "error"_L1);
    batch.createdAt = time(object, "created_at"_L1);
    batch.updatedAt = time(object, "updated_at"_L1);
    batch.totalCount = int(number(object, "total_count"_L1));
    batch.successCount = int(number(object, "success_count"_L1));
    batch.errorCount = int(number(object, "error_count"_L1));
    batch.finishedCount = int(number(object, "finished_count"_L1));
    return batch;
}

BatchRow BatchRow::fromJson(const QJsonObject &object)
{
    BatchRow row;
    row.id = text(object, "id"_L1);
    row.row = int(number(object, "row"_L1));
    row.sku = text(object, "sku"_L1);
    row.quantity = number(object, "quantity"_L1);
    row.action = text(object, "action"_L1);
    row.reason = text(object, "reason"_L1);
    row.location = text(object, "location"_L1);
    row.status = text(object, "status"_L1);
    row.error = text(object, "error"_L1);
    row.createdAt = time(object, "created_at"_L1);
    row.updatedAt = time(object, "updated_at"_L1);
    return row;
}

Warehouse Warehouse::fromJson(const QJsonObject &object)
{
    Warehouse warehouse;
    warehouse.id = text(object, "id"_L1);
    warehouse.legacyId = number(object, "legacy_id"_L1);
    warehouse.name = text(object, "identifier"_L1);
    warehouse.dynamicSlotting = object.value("dynamic_slotting"_L1).toBool();
    warehouse.active = object.value("active"_L1).toBool(true);
    return warehouse;
}

Account Account::fromJson(const QJsonObject &object)
{
    Account account;
    account.id = text(object, "id"_L1);
    account.email = text(object, "email"_L1);
    account.username = text(object, "username"_L1);
    account.dynamicSlotting = object.value("dynamic_slotting"_L1).toBool();
    account.is3pl = object.value("is_3pl"_L1).toBool();
    const QJsonArray warehouses = object.value("warehouses"_L1).toArray();
    for (const QJsonValue &warehouse : warehouses) {
        if (warehouse.isObject())
            account.warehouses.append(Warehouse::fromJson(warehouse.toObject()));
    }
    return account;
}

WarehouseProduct WarehouseProduct::fromJson(const QJsonObject &object)
{
    WarehouseProduct product;
    product.id = text(object, "id"_L1);
    product.sku = text(object, "sku"_L1);
    product.warehouseId = text(object, "warehouse_id"_L1);
    product.onHand = number(object, "on_hand"_L1);
    product.available = number(object, "available"_L1);
    product.active = object.value("active"_L1).toBool(true);
    return product;
}

Quota Quota::fromJson(const QJsonObject &object)
{
    Quota quota;
    quota.creditsRemaining = int(number(object, "credits_remaining"_L1));
    quota.maxAvailable = int(number(object, "max_available"_L1));
    quota.incrementRate = int(number(object, "increment_rate"_L1));
    return quota;
}

} // namespace invsync
