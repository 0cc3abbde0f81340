#include "sandbox/SandboxState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray stringsToJson(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QJsonObject tokenToJson(const SandboxState::Token &token)
{
    return {{u"value"_s, token.value},
            {u"user"_s, token.userLegacyId},
            {u"expires_at"_s, timeToJson(token.expiresAt)}};
}

SandboxState::Token tokenFromJson(const QJsonObject &o)
{
    return {o.value(u"value"_s).toString(), o.value(u"user"_s).toInt(),
            timeFromJson(o.value(u"expires_at"_s))};
}

} // namespace

qint64 SandboxProduct::totalOnHand(bool dynamicSlotting) const
{
    if (!dynamicSlotting)
        return onHand;
    qint64 sum = 0;
    for (auto it = locations.cbegin(); it != locations.cend(); ++it)
        sum += it.value();
    return sum;
}

bool SandboxBatch::isFinished() const
{
    return status != u"pending" && status != u"processing";
}

SandboxUser *SandboxState::userByEmail(const QString &email)
{
    for (SandboxUser &u : users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

namespace {

// Users, warehouses, customers and batches are all found by their legacy id.
template<typename List>
auto findByLegacyId(List &list, int legacyId) -> decltype(&*list.begin())
{
    for (auto &item : list) {
        if (item.legacyId == legacyId)
            return &item;
    }
    return nullptr;
}

} // namespace

const SandboxUser *SandboxState::user(int legacyId) const
{
    return findByLegacyId(users, legacyId);
}

const SandboxWarehouse *SandboxState::warehouse(int legacyId) const
{
    return findByLegacyId(warehouses, legacyId);
}

const SandboxCustomer *SandboxState::customer(int legacyId) const
{
    return findByLegacyId(customers, legacyId);
}

SandboxProduct *SandboxState::product(int warehouseLegacyId, int customerLegacyId,
                                      const QString &sku)
{
    for (SandboxProduct &p : products) {
        if (p.warehouseLegacyId == warehouseLegacyId && p.customerLegacyId == customerLegacyId &&
            p.sku == sku)
            return &p;
    }
    return nullptr;
}

SandboxBatch *SandboxState::batch(int legacyId)
{
    return findByLegacyId(batches, legacyId);
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray usersJson;
    for (const SandboxUser &u : users) {
        usersJson.append(QJsonObject{{u"id"_s, u.legacyId},
                                     {u"email"_s, u.email},
                                     {u"password"_s, u.password},
                                     {u"scopes"_s, stringsToJson(u.scopes)}});
    }
    QJsonArray customersJson;
    for (const SandboxCustomer &c : customers)
        customersJson.append(QJsonObject{{u"id"_s, c.legacyId}, {u"name"_s, c.name}});
    QJsonArray warehousesJson;
    for (const SandboxWarehouse &w : warehouses) {
        warehousesJson.append(QJsonObject{{u"id"_s, w.legacyId},
                                          {u"identifier"_s, w.identifier},
                                          {u"dynamic_slotting"_s, w.dynamicSlotting},
                                          {u"active"_s, w.active}});
    }
    QJsonArray productsJson;
    for (const SandboxProduct &p : products) {
        QJsonObject o{{u"id"_s, p.legacyId},
                      {u"warehouse"_s, p.warehouseLegacyId},
                      {u"sku"_s, p.sku},
                      {u"active"_s, p.active},
                      {u"on_hand"_s, p.onHand}};
        if (p.customerLegacyId)
            o.insert(u"customer"_s, p.customerLegacyId);
        if (!p.locations.isEmpty()) {
            QJsonObject locations;
            for (auto it = p.locations.cbegin(); it != p.locations.cend(); ++it)
                locations.insert(it.key(), it.value());
            o.insert(u"locations"_s, locations);
        }
        productsJson.append(o);
    }
    QJsonArray batchesJson;
    for (const SandboxBatch &b : batches) {
        QJsonArray rowsJson;
        for (const SandboxRow &r : b.rows) {
            rowsJson.append(QJsonObject{
                {u"id"_s, r.legacyId},
                {u"row"_s, r.row},
                {u"sku"_s, r.sku},
                {u"quantity"_s, r.quantity ? QJsonValue(*r.quantity) : QJsonValue()},
                {u"quantity_text"_s, r.quantityText},
                {u"action"_s, r.action},
                {u"reason"_s, r.reason},
                {u"location"_s, r.location},
                {u"status"_s, r.status},
                {u"error"_s, r.error},
                {u"created_at"_s, timeToJson(r.createdAt)},
                {u"updated_at"_s, timeToJson(r.updatedAt)},
            });
        }
        batchesJson.append(QJsonObject{
            {u"id"_s, b.legacyId},
            {u"url"_s, b.url},
            {u"user"_s, b.userLegacyId},
            {u"warehouse"_s, b.warehouseLegacyId},
            {u"customer"_s, b.customerLegacyId},
            {u"status"_s, b.status},
            {u"error"_s, b.error},
            {u"created_at"_s, timeToJson(b.createdAt)},
            {u"updated_at"_s, timeToJson(b.updatedAt)},
            {u"success_count"_s, b.successCount},
            {u"error_count"_s, b.errorCount},
            {u"finished_count"_s, b.finishedCount},
            {u"rows_loaded"_s, b.rowsLoaded},
            {u"rows"_s, rowsJson},
        });
    }
    QJsonArray accessJson;
    for (const Token &t : accessTokens)
        accessJson.append(tokenToJson(t));
    QJsonArray refreshJson;
    for (const Token &t : refreshTokens)
        refreshJson.append(tokenToJson(t));

    return {
        {u"format"_s, u"invsync-sandbox-state"_s},
        {u"version"_s, 1},
        {u"account"_s, QJsonObject{{u"id"_s, accountLegacyId},
                                   {u"email"_s, accountEmail},
                                   {u"username"_s, accountUsername}}},
        {u"users"_s, usersJson},
        {u"customers"_s, customersJson},
        {u"warehouses"_s, warehousesJson},
        {u"products"_s, productsJson},
        {u"batches"_s, batchesJson},
        {u"next_batch_id"_s, nextBatchId},
        {u"next_row_id"_s, nextRowId},
        {u"access_tokens"_s, accessJson},
        {u"refresh_tokens"_s, refreshJson},
    };
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != u"invsync-sandbox-state" ||
        json.value(u"version"_s).toInt() != 1) {
        if (error)
            *error = u"not a sandbox state file (version 1)"_s;
        return std::nullopt;
    }
    SandboxState state;
    const QJsonObject account = json.value(u"account"_s).toObject();
    state.accountLegacyId = account.value(u"id"_s).toInt();
    state.accountEmail = account.value(u"email"_s).toString();
    state.accountUsername = account.value(u"username"_s).toString();
    for (const QJsonValue &v : json.value(u"users"_s).toArray()) {
        const QJsonObject o = v.toObject();
        state.users.append({o.value(u"id"_s).toInt(), o.value(u"email"_s).toString(),
                            o.value(u"password"_s).toString(),
                            stringsFromJson(o.value(u"scopes"_s))});
    }
    for (const QJsonValue &v : json.value(u"customers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        state.customers.append({o.value(u"id"_s).toInt(), o.value(u"name"_s).toString()});
    }
    for (const QJsonValue &v : json.value(u"warehouses"_s).toArray()) {
        const QJsonObject o = v.toObject();
        state.warehouses.append({o.value(u"id"_s).toInt(), o.value(u"identifier"_s).toString(),
                                 o.value(u"dynamic_slotting"_s).toBool(),
                                 o.value(u"active"_s).toBool(true)});
    }
    for (const QJsonValue &v : json.value(u"products"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxProduct p;
        p.legacyId = o.value(u"id"_s).toInt();
        p.warehouseLegacyId = o.value(u"warehouse"_s).toInt();
        p.customerLegacyId = o.value(u"customer"_s).toInt();
        p.sku = o.value(u"sku"_s).toString();
        p.active = o.value(u"active"_s).toBool(true);
        p.onHand = o.value(u"on_hand"_s).toInteger();
        const QJsonObject locations = o.value(u"locations"_s).toObject();
        for (auto it = locations.constBegin(); it != locations.constEnd(); ++it)
            p.locations.insert(it.key(), it.value().toInteger());
        state.products.append(p);
    }
    for (const QJsonValue &v : json.value(u"batches"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxBatch b;
        b.legacyId = o.value(u"id"_s).toInt();
        b.url = o.value(u"url"_s).toString();
        b.userLegacyId = o.value(u"user"_s).toInt();
        b.warehouseLegacyId = o.value(u"warehouse"_s).toInt();
        b.customerLegacyId = o.value(u"customer"_s).toInt();
        b.status = o.value(u"status"_s).toString();
        b.error = o.value(u"error"_s).toString();
        b.createdAt = timeFromJson(o.value(u"created_at"_s));
        b.updatedAt = timeFromJson(o.value(u"updated_at"_s));
        b.successCount = o.value(u"success_count"_s).toInt();
        b.errorCount = o.value(u"error_count"_s).toInt();
        b.finishedCount = o.value(u"finished_count"_s).toInt();
        b.rowsLoaded = o.value(u"rows_loaded"_s).toBool();
        for (const QJsonValue &rv : o.value(u"rows"_s).toArray()) {
            const QJsonObject ro = rv.toObject();
            SandboxRow r;
            r.legacyId = ro.value(u"id"_s).toInt();
            r.row = ro.value(u"row"_s).toInt();
            r.sku = ro.value(u"sku"_s).toString();
            if (!ro.value(u"quantity"_s).isNull())
                r.quantity = ro.value(u"quantity"_s).toInteger();
            r.quantityText = ro.value(u"quantity_text"_s).toString();
            r.action = ro.value(u"action"_s).toString();
            r.reason = ro.value(u"reason"_s).toString();
            r.location = ro.value(u"location"_s).toString();
            r.status = ro.value(u"status"_s).toString();
            r.error = ro.value(u"error"_s).toString();
            r.createdAt = timeFromJson(ro.value(u"created_at"_s));
            r.updatedAt = timeFromJson(ro.value(u"updated_at"_s));
            b.rows.append(r);
        }
        state.batches.append(b);
    }
    state.nextBatchId = std::max(1, json.value(u"next_batch_id"_s).toInt());
    state.nextRowId = std::max(1, json.value(u"next_row_id"_s).toInt());
    for (const QJsonValue &v : json.value(u"access_tokens"_s).toArray())
        state.accessTokens.append(tokenFromJson(v.toObject()));
    for (const QJsonValue &v : json.value(u"refresh_tokens"_s).toArray())
        state.refreshTokens.append(tokenFromJson(v.toObject()));
    if (state.users.isEmpty() || state.warehouses.isEmpty()) {
        if (error)
            *error = u"the state file has no users or no warehouses"_s;
        return std::nullopt;
    }
    return state;
}

bool SandboxState::save(const QString &path, QString *error) const
{
    // QSaveFile: a crash while writing never leaves half a state behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // It holds the sandbox's tokens and passwords: for its owner only.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

std::optional<SandboxState> SandboxState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

namespace SandboxIds {

QString opaque(const QString &type, qint64 legacyId)
{
    return QString::fromLatin1((type + u':' + QString::number(legacyId)).toUtf8().toBase64());
}

std::optional<qint64> legacyOf(const QString &type, const QString &id)
{
    bool ok = false;
    const qint64 plain = id.toLongLong(&ok);
    if (ok)
        return plain;
    const auto decoded =
        QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(decoded.decoded);
    const QString prefix = type + u':';
    if (!text.startsWith(prefix))
        return std::nullopt;
    const qint64 value = text.mid(prefix.size()).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString hexId(quint32 kind, qint64 legacyId)
{
    return QString::number(kind, 16).rightJustified(8, u'0') + u"54de0700"_s +
           QString::number(quint32(legacyId), 16).rightJustified(8, u'0');
}

std::optional<qint64> legacyOfHex(quint32 kind, const QString &id)
{
    if (id.size() != 24 || id.left(16) != hexId(kind, 0).left(16))
        return std::nullopt;
    bool ok = false;
    const qint64 value = id.mid(16).toLongLong(&ok, 16);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"+00:00"_s;
}

} // namespace SandboxIds

} // namespace invsync
