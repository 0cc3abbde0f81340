#include "sandbox/SandboxService.h"

#include "sandbox/BatchProcessor.h"
#include "sandbox/DemoData.h"
#include "sandbox/graphql/GraphQL.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr quint32 BatchIdKind = 0x5d9624b0;
constexpr quint32 RowIdKind = 0x5d9b6a3b;
constexpr quint32 RequestIdKind = 0x5d9624af;

constexpr int CodeNotFound = 5;
constexpr int CodeInvalidArgument = 6;
constexpr int CodeMissingScope = 7;
constexpr int CodeNotAllowed = 9;
constexpr int CodeThrottled = 30;

constexpr int DefaultPageSize = 100; // what the cost model charges without first/last

// Private keys in a root result that carry its arguments down to the
// connection resolver; the engine returns only the fields asked for, so they
// never reach the client.
const QString ArgsKey = u"_args"_s;

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SandboxReply jsonReply(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = toJson(object);
    return reply;
}

SandboxReply oauthError(int status, const QString &error, const QString &description)
{
    return jsonReply(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A status filter as ShipHero reads it: "a", "a,b", "!a"; "error" stands
// for every error state.
struct StatusFilter
{
    QSet<QString> include;
    QSet<QString> exclude;

    bool matches(const QString &status) const
    {
        if (!include.isEmpty() && !include.contains(status))
            return false;
        return !exclude.contains(status);
    }
};

std::optional<StatusFilter> parseStatusFilter(const QString &text, const QStringList &known,
                                              QString *error)
{
    StatusFilter filter;
    const QStringList tokens = text.split(u',', Qt::SkipEmptyParts);
    for (QString token : tokens) {
        token = token.trimmed();
        const bool negated = token.startsWith(u'!');
        if (negated)
            token = token.mid(1).trimmed();
        QStringList expanded;
        if (token == u"error") {
            for (const QString &k : known) {
                if (k.startsWith(u"error_"))
                    expanded.append(k);
            }
        } else if (known.contains(token)) {
            expanded.append(token);
        } else {
            *error = u"Unknown status \"%1\"; expected one of: %2 (several separated by \",\", "
                     u"\"!\" to exclude)"_s.arg(token, known.join(u", "_s));
            return std::nullopt;
        }
        for (const QString &e : std::as_const(expanded))
            (negated ? filter.exclude : filter.include).insert(e);
    }
    return filter;
}

const QStringList BatchStatuses = {u"pending"_s,       u"processing"_s, u"success"_s,
                                   u"error"_s,         u"error_all"_s,  u"error_partial"_s,
                                   u"error_unknown"_s, u"aborted"_s};
const QStringList RowStatuses = {u"pending"_s, u"processing"_s,    u"success"_s,
                                 u"error"_s,   u"error_unknown"_s, u"error_not_found"_s};

QString cursorFor(const QString &key)
{
    return QString::fromLatin1((u"cursor:"_s + key).toUtf8().toBase64());
}

std::optional<QString> keyOfCursor(const QString &cursor)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("cursor:"))
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded.mid(7));
}

// Relay pagination over keys already filtered and sorted: first/after/last/before.
// The node of index i is built only for the page.
std::optional<QJsonObject> connection(const QStringList &keys, const QJsonObject &args,
                                      const std::function<QJsonObject(qsizetype)> &node,
                                      QString *error)
{
    qsizetype start = 0;
    qsizetype end = keys.size();
    auto indexOf = [&keys, error](const QString &name, const QString &cursor) -> qsizetype {
        const std::optional<QString> key = keyOfCursor(cursor);
        const qsizetype index = key ? keys.indexOf(*key) : -1;
        if (index < 0)
            *error = u"Invalid cursor for \"%1\": \"%2\""_s.arg(name, cursor);
        return index;
    };
    if (args.contains(u"after"_s) && !args.value(u"after"_s).isNull()) {
        const qsizetype index = indexOf(u"after"_s, args.value(u"after"_s).toString());
        if (index < 0)
            return std::nullopt;
        start = index + 1;
    }
    if (args.contains(u"before"_s) && !args.value(u"before"_s).isNull()) {
        const qsizetype index = indexOf(u"before"_s, args.value(u"before"_s).toString());
        if (index < 0)
            return std::nullopt;
        end = std::max(start, index);
    }
    const bool hasFirst = args.contains(u"first"_s) && !args.value(u"first"_s).isNull();
    const bool hasLast = args.contains(u"last"_s) && !args.value(u"last"_s).isNull();
    for (const QString &name : {u"first"_s, u"last"_s}) {
        if (args.value(name).toInt() < 0) {
            *error = u"\"%1\" must not be negative"_s.arg(name);
            return std::nullopt;
        }
    }
    if (hasFirst)
        end = std::min(end, start + args.value(u"first"_s).toInt());
    if (hasLast)
        start = std::max(start, end - args.value(u"last"_s).toInt());
    if (!hasFirst && !hasLast)
        end = std::min(end, start + DefaultPageSize);

    QJsonArray edges;
    for (qsizetype i = start; i < end; ++i)
        edges.append(QJsonObject{{u"node"_s, node(i)}, {u"cursor"_s, cursorFor(keys[i])}});
    const QJsonObject pageInfo{
        {u"hasNextPage"_s, end < keys.size()},
        {u"hasPreviousPage"_s, start > 0},
        {u"startCursor"_s, start < end ? QJsonValue(cursorFor(keys[start])) : QJsonValue()},
        {u"endCursor"_s, start < end ? QJsonValue(cursorFor(keys[end - 1])) : QJsonValue()},
    };
    return QJsonObject{{u"pageInfo"_s, pageInfo}, {u"edges"_s, edges}};
}

bool isAnalyze(const graphql::ResolveInfo &info)
{
    return info.arguments.value(u"analyze"_s).toBool();
}

} // namespace

SandboxService::SandboxService(const SandboxConfig &config, QObject *parent)
    : QObject(parent), m_config(config)
{
    m_processor = new BatchProcessor(&m_state, m_config, this);
    connect(m_processor, &BatchProcessor::batchChanged, this, &SandboxService::batchChanged);

    QFile schemaFile(u":/invsync/sandbox/schema.graphqls"_s);
    if (schemaFile.open(QIODevice::ReadOnly)) {
        const auto schema =
            graphql::Schema::fromSdl(QString::fromUtf8(schemaFile.readAll()), &m_schemaError);
        if (schema) {
            m_executor = std::make_unique<graphql::Executor>(schema);
            registerResolvers();
        }
    } else {
        m_schemaError = u"the schema resource is missing"_s;
    }

    m_clock.start();
    m_credits = m_config.creditsMax;
    // A sandbox starts with the demo account; --state or a test may replace it.
    setState(DemoData::create());
}

SandboxService::~SandboxService()
{
    m_processor->stopAll();
}

void SandboxService::setState(SandboxState state)
{
    m_processor->stopAll();
    m_state = std::move(state);
    for (const SandboxBatch &batch : std::as_const(m_state.batches)) {
        if (!batch.isFinished())
            m_processor->start(batch.legacyId);
    }
}

bool SandboxService::loadState(const QString &path, QString *error)
{
    std::optional<SandboxState> loaded = SandboxState::load(path, error);
    if (!loaded)
        return false;
    setState(std::move(*loaded));
    return true;
}

bool SandboxService::saveState(const QString &path, QString *error) const
{
    return m_state.save(path, error);
}

void SandboxService::setRowsPerSecond(double rowsPerSecond)
{
    m_config.rowsPerSecond = rowsPerSecond;
    m_processor->setRowsPerSecond(rowsPerSecond);
}

// --- credits -----------------------------------------------------------------

void SandboxService::refill()
{
    const qint64 nowMs = m_clock.elapsed();
    const double gained = double(nowMs - m_lastRefillMs) / 1000.0 * m_config.creditsRefillPerSecond;
    m_lastRefillMs = nowMs;
    m_credits = std::min<double>(m_config.creditsMax, m_credits + gained);
}

int SandboxService::creditsRemaining()
{
    refill();
    return int(std::floor(m_credits));
}

void SandboxService::setCreditsRemaining(int credits)
{
    refill();
    m_credits = std::clamp<double>(credits, 0, m_config.creditsMax);
}

// --- auth ----------------------------------------------------------------------

SandboxReply SandboxService::issueToken(int userLegacyId, const QString &refreshToken,
                                        bool newRefresh)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget what expired, so the list does not grow for ever.
    m_state.accessTokens.removeIf(
        [&now](const SandboxState::Token &t) { return t.expiresAt <= now; });
    const QString access = randomToken(32);
    m_state.accessTokens.append({access, userLegacyId, now.addSecs(m_config.tokenLifetimeSeconds)});
    const SandboxUser *user = m_state.user(userLegacyId);
    QJsonObject reply{
        {u"access_token"_s, access},
        {u"expires_in"_s, m_config.tokenLifetimeSeconds},
        {u"scope"_s, user ? user->scopes.join(u' ') : QString()},
        {u"token_type"_s, u"Bearer"_s},
    };
    if (newRefresh)
        reply.insert(u"refresh_token"_s, refreshToken);
    return jsonReply(200, reply);
}

SandboxReply SandboxService::token(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return oauthError(400, u"invalid_request"_s,
                          u"The body is not a JSON object: %1"_s.arg(parseError.errorString()));
    const QJsonObject o = document.object();
    const QString username = o.value(u"username"_s).toString();
    const QString password = o.value(u"password"_s).toString();
    if (username.isEmpty() || password.isEmpty())
        return oauthError(400, u"invalid_request"_s,
                          u"Both \"username\" and \"password\" are required"_s);
    const SandboxUser *user = m_state.userByEmail(username);
    if (!user || user->password != password)
        return oauthError(403, u"invalid_grant"_s, u"Wrong email or password."_s);
    const QString refresh = randomToken(32);
    m_state.refreshTokens.append({refresh, user->legacyId, {}});
    return issueToken(user->legacyId, refresh, true);
}

SandboxReply SandboxService::refresh(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return oauthError(400, u"invalid_request"_s,
                          u"The body is not a JSON object: %1"_s.arg(parseError.errorString()));
    const QString refresh = document.object().value(u"refresh_token"_s).toString();
    if (refresh.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"\"refresh_token\" is required"_s);
    for (const SandboxState::Token &t : std::as_const(m_state.refreshTokens)) {
        if (t.value == refresh && m_state.user(t.userLegacyId))
            return issueToken(t.userLegacyId, {}, false);
    }
    return oauthError(403, u"invalid_grant"_s, u"Unknown or revoked refresh token"_s);
}

std::pair<const SandboxUser *, QString>
SandboxService::authenticate(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.isEmpty())
        return {nullptr, u"No access token: send \"Authorization: Bearer <access_token>\""_s};
    if (!trimmed.toLower().startsWith("bearer "))
        return {nullptr, u"The Authorization header is not a Bearer token"_s};
    const QString value = QString::fromLatin1(trimmed.mid(7).trimmed());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SandboxState::Token &t : std::as_const(m_state.accessTokens)) {
        if (t.value != value)
            continue;
        if (t.expiresAt <= now)
            return {nullptr, u"The access token expired; refresh it"_s};
        if (const SandboxUser *user = m_state.user(t.userLegacyId))
            return {user, {}};
    }
    return {nullptr, u"The access token is invalid"_s};
}

// --- GraphQL over HTTP -------------------------------------------------------------

SandboxReply SandboxService::graphql(const QByteArray &authorization, const QByteArray &body,
                                     bool forceThrottle)
{
    const auto [user, authError] = authenticate(authorization);
    if (!user) {
        SandboxReply reply = jsonReply(
            401,
            {{u"error"_s, u"invalid_token"_s},
             {u"error_description"_s, authError},
             {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, authError}, {u"code"_s, 401}}}}});
        QString description = authError;
        description.replace(u'"', u'\'');
        reply.headers.append(
            {"WWW-Authenticate", "Bearer realm=\"ShipHero\", error=\"invalid_token\", "
                                 "error_description=\"" +
                                     description.toUtf8() + '"'});
        return reply;
    }

    auto badRequest = [](const QString &message) {
        return jsonReply(400, {{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message}}}}});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest(u"Malformed JSON body at offset %1: %2"_s.arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!document.isObject())
        return badRequest(u"The body must be a JSON object {\"query\", \"variables\", "
                          u"\"operationName\"}"_s);
    const QJsonObject request = document.object();
    const QString query = request.value(u"query"_s).toString();
    if (query.trimmed().isEmpty())
        return badRequest(u"The body has no \"query\""_s);
    QJsonObject variables;
    const QJsonValue variablesValue = request.value(u"variables"_s);
    if (variablesValue.isObject()) {
        variables = variablesValue.toObject();
    } else if (variablesValue.isString() && !variablesValue.toString().isEmpty()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(variablesValue.toString().toUtf8());
        if (!parsed.isObject())
            return badRequest(u"\"variables\" must be a JSON object"_s);
        variables = parsed.object();
    } else if (!variablesValue.isNull() && !variablesValue.isUndefined() &&
               !variablesValue.isString()) {
        return badRequest(u"\"variables\" must be a JSON object"_s);
    }
    const QString operationName = request.value(u"operationName"_s).toString();

    m_current = {SandboxIds::hexId(RequestIdKind, ++m_requestCounter), user};
    const QString requestId = m_current.requestId;
    if (!m_executor) {
        return jsonReply(
            500, {{u"errors"_s,
                   QJsonArray{QJsonObject{
                       {u"message"_s, QString(u"The sandbox has no schema: "_s + m_schemaError)},
                       {u"request_id"_s, requestId}}}}});
    }

    const graphql::PreparedRequest prepared = m_executor->prepare(query, variables, operationName);
    if (!prepared.isValid()) {
        QJsonArray errors;
        for (const graphql::Error &e : prepared.errors) {
            QJsonObject o = e.toJson();
            o.insert(u"request_id"_s, requestId);
            errors.append(o);
        }
        return jsonReply(200, {{u"errors"_s, errors}});
    }

    // A dry run tells which root fields only analyze and which are free
    // (user_quota must stay readable while throttled); the rest is charged.
    m_dryRun = true;
    m_dryRunCost = 0;
    m_executor->execute(prepared);
    m_dryRun = false;
    const int cost = m_dryRunCost;
    const int remaining = creditsRemaining();

    auto throttled = [&](const QString &message, std::optional<int> seconds) {
        QJsonObject e{{u"message"_s, message},
                      {u"code"_s, CodeThrottled},
                      {u"operation"_s, prepared.rootFields.value(0)},
                      {u"request_id"_s, requestId},
                      {u"required_credits"_s, cost},
                      {u"remaining_credits"_s, remaining}};
        if (seconds)
            e.insert(u"time_remaining"_s, u"%1 seconds"_s.arg(*seconds));
        QJsonObject data;
        for (const QString &key : prepared.rootResponseKeys)
            data.insert(key, QJsonValue());
        return jsonReply(200, {{u"errors"_s, QJsonArray{e}}, {u"data"_s, data}});
    };
    if (cost > m_config.creditsMax) {
        return throttled(u"The operation requires %1 credits, more than the %2 the account can "
                         u"hold; ask for fewer rows (first/last)"_s.arg(cost)
                             .arg(m_config.creditsMax),
                         std::nullopt);
    }
    if (forceThrottle || cost > remaining) {
        const int missing = std::max(1, cost - remaining);
        const int seconds =
            int(std::ceil(double(missing) / std::max(1, m_config.creditsRefillPerSecond)));
        return throttled(u"There are not enough credits to perform the requested operation, "
                         u"which requires %1 credits. The account has %2 left. Please try "
                         u"again in %3 seconds"_s.arg(cost)
                             .arg(remaining)
                             .arg(seconds),
                         seconds);
    }
    m_credits -= cost;

    const graphql::Executor::Result result = m_executor->execute(prepared);
    // Written by hand around the engine's text: a QJsonObject would sort the
    // fields, where the service answers them in the order they were asked.
    SandboxReply reply;
    reply.body = "{";
    if (!result.errors.isEmpty()) {
        QJsonArray errors;
        for (const graphql::Error &e : result.errors) {
            QJsonObject o = e.toJson();
            if (!o.contains(u"request_id"_s))
                o.insert(u"request_id"_s, requestId);
            errors.append(o);
        }
        reply.body += "\"errors\":" + QJsonDocument(errors).toJson(QJsonDocument::Compact) + ',';
    }
    reply.body += "\"data\":" + result.dataJson() + '}';
    return reply;
}

// --- resolvers ---------------------------------------------------------------------

graphql::Error SandboxService::error(const graphql::ResolveInfo &info, const QString &message,
                                     int code) const
{
    graphql::Error e;
    e.message = message;
    e.path = info.path;
    e.extensions = {{u"code"_s, code},
                    {u"operation"_s, info.fieldName},
                    {u"field"_s, info.fieldName},
                    {u"request_id"_s, m_current.requestId}};
    return e;
}

std::optional<graphql::Error> SandboxService::checkScope(const graphql::ResolveInfo &info,
                                                         const QString &scope) const
{
    if (m_current.user && m_current.user->scopes.contains(scope))
        return std::nullopt;
    return error(info, u"Missing required scope(s): "_s + scope, CodeMissingScope);
}

QJsonObject SandboxService::resultHead(const graphql::ResolveInfo &info) const
{
    return {{u"request_id"_s, m_current.requestId}, {u"complexity"_s, info.complexity}};
}

QJsonObject SandboxService::batchNode(const SandboxBatch &batch) const
{
    return {
        {u"id"_s, SandboxIds::hexId(BatchIdKind, batch.legacyId)},
        {u"url"_s, batch.url},
        {u"user_id"_s, SandboxIds::opaque(u"User"_s, batch.userLegacyId)},
        {u"account_id"_s, SandboxIds::opaque(u"Account"_s, m_state.accountLegacyId)},
        {u"warehouse_id"_s, SandboxIds::opaque(u"Warehouse"_s, batch.warehouseLegacyId)},
        {u"customer_account_id"_s,
         batch.customerLegacyId
             ? QJsonValue(SandboxIds::opaque(u"Account"_s, batch.customerLegacyId))
             : QJsonValue()},
        {u"total_count"_s, int(batch.rows.size())},
        {u"status"_s, batch.status},
        {u"error"_s, nullable(batch.error)},
        {u"created_at"_s, SandboxIds::isoTime(batch.createdAt)},
        {u"updated_at"_s, SandboxIds::isoTime(batch.updatedAt)},
        {u"success_count"_s, batch.successCount},
        {u"error_count"_s, batch.errorCount},
        {u"finished_count"_s, batch.finishedCount},
    };
}

QJsonObject SandboxService::rowNode(const SandboxRow &row) const
{
    return {
        {u"id"_s, SandboxIds::hexId(RowIdKind, row.legacyId)},
        {u"row"_s, row.row},
        {u"sku"_s, row.sku},
        {u"quantity"_s, row.quantity ? QJsonValue(*row.quantity) : QJsonValue()},
        {u"action"_s, row.action},
        {u"reason"_s, nullable(row.reason)},
        {u"location"_s, nullable(row.location)},
        {u"status"_s, row.status},
        {u"error"_s, nullable(row.error)},
        {u"created_at"_s, SandboxIds::isoTime(row.createdAt)},
        {u"updated_at"_s, SandboxIds::isoTime(row.updatedAt)},
    };
}

QJsonObject SandboxService::warehouseNode(const SandboxWarehouse &warehouse) const
{
    return {
        {u"id"_s, SandboxIds::opaque(u"Warehouse"_s, warehouse.legacyId)},
        {u"legacy_id"_s, warehouse.legacyId},
        {u"account_id"_s, SandboxIds::opaque(u"Account"_s, m_state.accountLegacyId)},
        {u"identifier"_s, warehouse.identifier},
        {u"dynamic_slotting"_s, warehouse.dynamicSlotting},
        {u"active"_s, warehouse.active},
        {u"profile"_s, u"default"_s},
    };
}

QJsonObject SandboxService::productNode(const SandboxProduct &product) const
{
    const SandboxWarehouse *warehouse = m_state.warehouse(product.warehouseLegacyId);
    const qint64 onHand = product.totalOnHand(warehouse && warehouse->dynamicSlotting);
    return {
        {u"id"_s, SandboxIds::opaque(u"WarehouseProduct"_s, product.legacyId)},
        {u"legacy_id"_s, product.legacyId},
        {u"account_id"_s,
         SandboxIds::opaque(u"Account"_s, product.customerLegacyId ? product.customerLegacyId
                                                                   : m_state.accountLegacyId)},
        {u"sku"_s, product.sku},
        {u"warehouse_id"_s, SandboxIds::opaque(u"Warehouse"_s, product.warehouseLegacyId)},
        {u"warehouse_identifier"_s, warehouse ? warehouse->identifier : QString()},
        {u"on_hand"_s, onHand},
        {u"available"_s, onHand},
        {u"active"_s, product.active},
    };
}

void SandboxService::registerResolvers()
{
    using graphql::FieldResult;
    using graphql::ResolveInfo;
    using Body = std::function<FieldResult(const ResolveInfo &)>;

    // Root fields: the dry run only adds up their cost; analyze and
    // user_quota are free.
    // `scope` is the one the token must carry (none when empty).
    auto root = [this](const QString &type, const QString &field, bool free, const QString &scope,
                       Body body) {
        m_executor->setResolver(
            type, field, [this, free, scope, body](const QJsonValue &, const ResolveInfo &info) {
                if (m_dryRun) {
                    if (!free && !isAnalyze(info))
                        m_dryRunCost += info.complexity;
                    return FieldResult{};
                }
                if (!scope.isEmpty()) {
                    if (auto e = checkScope(info, scope))
                        return FieldResult{QJsonValue(), {*e}};
                }
                return body(info);
            });
    };
    auto fail = [this](const ResolveInfo &info, const QString &message, int code) {
        return FieldResult{QJsonValue(), {error(info, message, code)}};
    };
    const QString read = u"inventory:read"_s;
    const QString write = u"inventory:write"_s;

    // Optional opaque id arguments: 0 when absent, nullopt when unreadable.
    auto idArgument = [](const QJsonObject &args, const QString &name,
                         const QString &type) -> std::optional<qint64> {
        const QJsonValue value = args.value(name);
        if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
            return 0;
        return SandboxIds::legacyOf(type, value.toString());
    };

    // inventory_sync_statuses and its connection.
    root(u"Query"_s, u"inventory_sync_statuses"_s, false, read, [=, this](const ResolveInfo &info) {
        QJsonObject result = resultHead(info);
        if (!isAnalyze(info))
            result.insert(ArgsKey, info.arguments);
        return FieldResult{result, {}};
    });
    m_executor->setResolver(
        u"InventorySyncBatchesQueryResult"_s, u"data"_s,
        [=, this](const QJsonValue &parent, const ResolveInfo &info) {
            if (m_dryRun || !parent.toObject().contains(ArgsKey))
                return FieldResult{};
            const QJsonObject args = parent.toObject().value(ArgsKey).toObject();
            const auto warehouse = idArgument(args, u"warehouse_id"_s, u"Warehouse"_s);
            if (!warehouse)
                return fail(
                    info,
                    u"Invalid warehouse_id \"%1\""_s.arg(args.value(u"warehouse_id"_s).toString()),
                    CodeInvalidArgument);
            const auto customer = idArgument(args, u"customer_account_id"_s, u"Account"_s);
            if (!customer)
                return fail(info,
                            u"Invalid customer_account_id \"%1\""_s.arg(
                                args.value(u"customer_account_id"_s).toString()),
                            CodeInvalidArgument);
            QString message;
            const auto filter =
                parseStatusFilter(args.value(u"status"_s).toString(), BatchStatuses, &message);
            if (!filter)
                return fail(info, message, CodeInvalidArgument);
            const QString sort = info.arguments.value(u"sort"_s).toString();
            if (!sort.isEmpty() && sort != u"created_at" && sort != u"-created_at")
                return fail(info, u"Invalid sort \"%1\"; use created_at or -created_at"_s.arg(sort),
                            CodeInvalidArgument);
            QList<const SandboxBatch *> batches;
            for (const SandboxBatch &b : m_state.batches) {
                if (*warehouse && b.warehouseLegacyId != *warehouse)
                    continue;
                if (*customer && b.customerLegacyId != *customer)
                    continue;
                if (filter->matches(b.status))
                    batches.append(&b);
            }
            // Newest first unless asked otherwise.
            if (sort != u"created_at")
                std::reverse(batches.begin(), batches.end());
            QStringList keys;
            for (const SandboxBatch *b : std::as_const(batches))
                keys.append(QString::number(b->legacyId));
            const auto page = connection(
                keys, info.arguments, [&](qsizetype i) { return batchNode(*batches[i]); },
                &message);
            if (!page)
                return fail(info, message, CodeInvalidArgument);
            return FieldResult{*page, {}};
        });

    root(u"Query"_s, u"inventory_sync_status"_s, false, read, [=, this](const ResolveInfo &info) {
        QJsonObject result = resultHead(info);
        if (isAnalyze(info))
            return FieldResult{result, {}};
        const QString id = info.arguments.value(u"id"_s).toString();
        const auto legacy = SandboxIds::legacyOfHex(BatchIdKind, id);
        const SandboxBatch *batch = legacy ? m_state.batch(int(*legacy)) : nullptr;
        if (!batch)
            return fail(info, u"Inventory sync batch not found: \"%1\""_s.arg(id), CodeNotFound);
        result.insert(u"data"_s, batchNode(*batch));
        return FieldResult{result, {}};
    });

    root(u"Query"_s, u"inventory_sync_items_status"_s, false, read, [=, this](const ResolveInfo &info) {
        QJsonObject result = resultHead(info);
        if (isAnalyze(info))
            return FieldResult{result, {}};
        const QString id = info.arguments.value(u"id"_s).toString();
        const auto legacy = SandboxIds::legacyOfHex(BatchIdKind, id);
        if (!legacy || !m_state.batch(int(*legacy)))
            return fail(info, u"Inventory sync batch not found: \"%1\""_s.arg(id), CodeNotFound);
        QString message;
        if (!parseStatusFilter(info.arguments.value(u"status"_s).toString(), RowStatuses, &message))
            return fail(info, message, CodeInvalidArgument);
        QJsonObject args = info.arguments;
        args.insert(u"_batch"_s, *legacy);
        result.insert(ArgsKey, args);
        return FieldResult{result, {}};
    });
    m_executor->setResolver(
        u"InventorySyncRowsQueryResult"_s, u"data"_s,
        [=, this](const QJsonValue &parent, const ResolveInfo &info) {
            if (m_dryRun || !parent.toObject().contains(ArgsKey))
                return FieldResult{};
            const QJsonObject args = parent.toObject().value(ArgsKey).toObject();
            SandboxBatch *batch = m_state.batch(args.value(u"_batch"_s).toInt());
            if (!batch)
                return FieldResult{};
            QString message;
            const auto filter =
                parseStatusFilter(args.value(u"status"_s).toString(), RowStatuses, &message);
            const QString sort = info.arguments.value(u"sort"_s).toString();
            if (!sort.isEmpty() && sort != u"row" && sort != u"-row")
                return fail(info, u"Invalid sort \"%1\"; use row or -row"_s.arg(sort),
                            CodeInvalidArgument);
            QList<const SandboxRow *> rows;
            for (const SandboxRow &r : batch->rows) {
                if (filter->matches(r.status))
                    rows.append(&r);
            }
            if (sort == u"-row")
                std::reverse(rows.begin(), rows.end());
            QStringList keys;
            for (const SandboxRow *r : std::as_const(rows))
                keys.append(QString::number(r->row));
            const auto page = connection(
                keys, info.arguments, [&](qsizetype i) { return rowNode(*rows[i]); }, &message);
            if (!page)
                return fail(info, message, CodeInvalidArgument);
            return FieldResult{*page, {}};
        });

    root(u"Query"_s, u"account"_s, false, read, [=, this](const ResolveInfo &info) {
        QJsonObject result = resultHead(info);
        if (isAnalyze(info))
            return FieldResult{result, {}};
        QJsonArray warehouses;
        bool anyDynamic = false;
        for (const SandboxWarehouse &w : m_state.warehouses) {
            warehouses.append(warehouseNode(w));
            anyDynamic = anyDynamic || w.dynamicSlotting;
        }
        result.insert(u"data"_s,
                      QJsonObject{
                          {u"id"_s, SandboxIds::opaque(u"Account"_s, m_state.accountLegacyId)},
                          {u"legacy_id"_s, m_state.accountLegacyId},
                          {u"email"_s, m_state.accountEmail},
                          {u"username"_s, m_state.accountUsername},
                          {u"status"_s, u"active"_s},
                          {u"dynamic_slotting"_s, anyDynamic},
                          {u"is_3pl"_s, !m_state.customers.isEmpty()},
                          {u"warehouses"_s, warehouses},
                      });
        return FieldResult{result, {}};
    });

    root(u"Query"_s, u"warehouse_products"_s, false, read, [=, this](const ResolveInfo &info) {
        QJsonObject result = resultHead(info);
        if (isAnalyze(info))
            return FieldResult{result, {}};
        const auto warehouse = idArgument(info.arguments, u"warehouse_id"_s, u"Warehouse"_s);
        if (!warehouse || (*warehouse && !m_state.warehouse(int(*warehouse))))
            return fail(info,
                        u"Warehouse not found: \"%1\""_s.arg(
                            info.arguments.value(u"warehouse_id"_s).toString()),
                        CodeNotFound);
        const auto customer = idArgument(info.arguments, u"customer_account_id"_s, u"Account"_s);
        if (!customer || (*customer && !m_state.customer(int(*customer))))
            return fail(info,
                        u"Customer account not found: \"%1\""_s.arg(
                            info.arguments.value(u"customer_account_id"_s).toString()),
                        CodeNotFound);
        result.insert(ArgsKey, info.arguments);
        return FieldResult{result, {}};
    });
    m_executor->setResolver(
        u"WarehouseProductsQueryResult"_s, u"data"_s,
        [=, this](const QJsonValue &parent, const ResolveInfo &info) {
            if (m_dryRun || !parent.toObject().contains(ArgsKey))
                return FieldResult{};
            const QJsonObject args = parent.toObject().value(ArgsKey).toObject();
            const qint64 warehouse =
                idArgument(args, u"warehouse_id"_s, u"Warehouse"_s).value_or(-1);
            const qint64 customer =
                idArgument(args, u"customer_account_id"_s, u"Account"_s).value_or(-1);
            const QString sku = args.value(u"sku"_s).toString();
            const QJsonValue active = args.value(u"active"_s);
            QList<const SandboxProduct *> products;
            for (const SandboxProduct &p : m_state.products) {
                if (warehouse && p.warehouseLegacyId != warehouse)
                    continue;
                if (p.customerLegacyId != customer)
                    continue;
                if (!sku.isEmpty() && p.sku != sku)
                    continue;
                if (active.isBool() && p.active != active.toBool())
                    continue;
                products.append(&p);
            }
            QStringList keys;
            for (const SandboxProduct *p : std::as_const(products))
                keys.append(QString::number(p->legacyId));
            QString message;
            const auto page = connection(
                keys, info.arguments, [&](qsizetype i) { return productNode(*products[i]); },
                &message);
            if (!page)
                return fail(info, message, CodeInvalidArgument);
            return FieldResult{*page, {}};
        });

    root(u"Query"_s, u"user_quota"_s, true, QString(), [this](const ResolveInfo &) {
        return FieldResult{QJsonObject{{u"credits_remaining"_s, creditsRemaining()},
                                       {u"max_available"_s, m_config.creditsMax},
                                       {u"increment_rate"_s, m_config.creditsRefillPerSecond}},
                           {}};
    });

    root(u"Query"_s, u"uuid"_s, false, read, [=, this](const ResolveInfo &info) {
        const qint64 legacy = info.arguments.value(u"legacy_id"_s).toInteger();
        const QString entity = info.arguments.value(u"entity"_s).toString();
        if (entity == u"Warehouse" && !m_state.warehouse(int(legacy)))
            return fail(info, u"Warehouse not found: %1"_s.arg(legacy), CodeNotFound);
        if (entity == u"Account" && legacy != m_state.accountLegacyId &&
            !m_state.customer(int(legacy)))
            return fail(info, u"Account not found: %1"_s.arg(legacy), CodeNotFound);
        QJsonObject result = resultHead(info);
        result.insert(u"data"_s, QJsonObject{{u"id"_s, SandboxIds::opaque(entity, legacy)},
                                             {u"legacy_id"_s, legacy}});
        return FieldResult{result, {}};
    });

    root(u"Mutation"_s, u"inventory_sync"_s, false, write, [=, this](const ResolveInfo &info) {
        const QJsonObject data = info.arguments.value(u"data"_s).toObject();
        const QString urlText = data.value(u"url"_s).toString().trimmed();
        const QUrl url(urlText, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https"))
            return fail(info,
                        u"Invalid url \"%1\": expected an http or https address"_s.arg(urlText),
                        CodeInvalidArgument);
        const QString warehouseText = data.value(u"warehouse_id"_s).toString();
        const auto warehouseId = SandboxIds::legacyOf(u"Warehouse"_s, warehouseText);
        const SandboxWarehouse *warehouse =
            warehouseId ? m_state.warehouse(int(*warehouseId)) : nullptr;
        if (!warehouse)
            return fail(info, u"Warehouse not found: \"%1\""_s.arg(warehouseText), CodeNotFound);
        if (!warehouse->active)
            return fail(info, u"Warehouse \"%1\" is not active"_s.arg(warehouse->identifier),
                        CodeNotAllowed);
        const auto customer = idArgument(data, u"customer_account_id"_s, u"Account"_s);
        if (!customer || (*customer && !m_state.customer(int(*customer))))
            return fail(info,
                        u"Customer account not found: \"%1\""_s.arg(
                            data.value(u"customer_account_id"_s).toString()),
                        CodeNotFound);

        SandboxBatch batch;
        batch.legacyId = m_state.nextBatchId++;
        batch.url = urlText;
        batch.userLegacyId = m_current.user->legacyId;
        batch.warehouseLegacyId = warehouse->legacyId;
        batch.customerLegacyId = int(*customer);
        batch.createdAt = QDateTime::currentDateTimeUtc();
        batch.updatedAt = batch.createdAt;
        m_state.batches.append(batch);
        m_processor->start(batch.legacyId);
        Q_EMIT batchChanged(batch.legacyId);

        QJsonObject result = resultHead(info);
        result.insert(u"sync_id"_s, SandboxIds::hexId(BatchIdKind, batch.legacyId));
        return FieldResult{result, {}};
    });

    root(u"Mutation"_s, u"inventory_sync_abort"_s, false, write, [=, this](const ResolveInfo &info) {
        const QJsonObject data = info.arguments.value(u"data"_s).toObject();
        const QString id = data.value(u"sync_id"_s).toString();
        const auto legacy = SandboxIds::legacyOfHex(BatchIdKind, id);
        if (!legacy || !m_state.batch(int(*legacy)))
            return fail(info, u"Inventory sync batch not found: \"%1\""_s.arg(id), CodeNotFound);
        QString message;
        if (!m_processor->abort(int(*legacy), data.value(u"reason"_s).toString(), &message))
            return fail(info, message, CodeNotAllowed);
        QJsonObject result = resultHead(info);
        result.insert(u"sync"_s, batchNode(*m_state.batch(int(*legacy))));
        return FieldResult{result, {}};
    });
}

} // namespace invsync
