#include "api/ShipHeroApi.h"

#include "api/GraphqlClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// Several requests made for one answer: their costs add up, the last id is kept.
void addInfo(ReplyInfo &into, const ReplyInfo &from)
{
    if (!from.requestId.isEmpty())
        into.requestId = from.requestId;
    if (from.complexity >= 0)
        into.complexity = std::max(into.complexity, 0) + from.complexity;
    into.requests += from.requests;
    into.waitedMs += from.waitedMs;
}

void setOptional(QJsonObject &variables, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        variables.insert(name, value);
}

ApiError malformed(const GraphqlClient *client)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.message = ShipHeroApi::tr("%1 sent an answer without the data InvSync asked for.")
                        .arg(client->serviceName());
    return error;
}

ApiError missingArgument(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidArgument;
    error.message = message;
    return error;
}

// The root field's "data", or null when the reply lacks it.
QJsonValue rootData(const GraphqlResult &result, const QString &root)
{
    return result.data.value(root).toObject().value("data"_L1);
}

} // namespace

// --- replies ---------------------------------------------------------------------

ApiReply::ApiReply(QObject *parent) : AsyncReply(parent) { }

void ApiReply::track(GraphqlReply *request)
{
    m_request = request;
    connect(request, &GraphqlReply::waiting, this, &ApiReply::waiting);
}

void ApiReply::abortWork()
{
    if (m_request)
        m_request->cancel();
}

void SubmitReply::finish(const SubmitResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void BatchReply::finish(const BatchResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void BatchesReply::finish(const BatchesResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void RowsReply::finish(const RowsResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void AccountReply::finish(const AccountResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void ProductsReply::finish(const ProductsResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void QuotaReply::finish(const QuotaResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

// --- ShipHeroApi -------------------------------------------------------------------

ShipHeroApi::ShipHeroApi(GraphqlClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

template <typename Reply, typename Result, typename Item>
void ShipHeroApi::fetchPages(Reply *reply, const QString &operation, const QString &root,
                             QJsonObject variables, const PageQuery &query,
                             QList<Item> Result::*items, Result accumulated)
{
    const int loaded = int((accumulated.*items).size());
    int first = std::max(1, query.pageSize);
    if (query.limit > 0)
        first = std::min(first, query.limit - loaded);
    variables.insert(u"first"_s, first);
    // A connection page costs about one credit per item, plus the root field.
    GraphqlReply *call = m_client->send({operation, variables, first + 1, query.priority});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply,
            [=, this](const GraphqlResult &result) mutable {
                addInfo(accumulated.info, result.info);
                if (!result.ok()) {
                    accumulated.error = result.error;
                    reply->finish(accumulated);
                    return;
                }
                const QJsonValue data = rootData(result, root);
                if (!data.isObject()) {
                    accumulated.error = malformed(m_client);
                    reply->finish(accumulated);
                    return;
                }
                const QJsonObject connection = data.toObject();
                const QJsonArray edges = connection.value("edges"_L1).toArray();
                for (const QJsonValue &edge : edges) {
                    const QJsonObject node = edge.toObject().value("node"_L1).toObject();
                    if (!node.isEmpty())
                        (accumulated.*items).append(Item::fromJson(node));
                }
                const QJsonObject pageInfo = connection.value("pageInfo"_L1).toObject();
                accumulated.page.hasNextPage = pageInfo.value("hasNextPage"_L1).toBool();
                accumulated.page.endCursor = pageInfo.value("endCursor"_L1).toString();
                const int count = int((accumulated.*items).size());
                Q_EMIT reply->progress(count);

                const bool more = query.allPages && accumulated.page.hasNextPage &&
                                  !accumulated.page.endCursor.isEmpty() && !edges.isEmpty() &&
                                  (query.limit <= 0 || count < query.limit);
                if (!more) {
                    reply->finish(accumulated);
                    return;
                }
                variables.insert(u"after"_s, accumulated.page.endCursor);
                fetchPages(reply, operation, root, variables, query, items, accumulated);
            });
}

SubmitReply *ShipHeroApi::submit(const SubmitRequest &request)
{
    auto *reply = new SubmitReply(this);
    if (request.url.isEmpty() || request.warehouseId.isEmpty()) {
        SubmitResult result;
        result.error = missingArgument(tr("A sync needs the file's URL and a warehouse."));
        reply->finish(result);
        return reply;
    }
    QJsonObject variables{{u"url"_s, request.url}, {u"warehouseId"_s, request.warehouseId}};
    setOptional(variables, u"customerAccountId"_s, request.customerAccountId);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    GraphqlReply *call = m_client->send({u"Submit"_s, variables, 1, CreditBucket::Priority::User});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply,
            [this, reply, request, sentAt](const GraphqlResult &sent) {
                SubmitResult result;
                addInfo(result.info, sent.info);
                result.syncId =
                    sent.data.value("inventory_sync"_L1).toObject().value("sync_id"_L1).toString();
                if (sent.ok() && !result.syncId.isEmpty()) {
                    reply->finish(result);
                    return;
                }
                if (sent.ok() || sent.error.kind == ApiError::Kind::Ambiguous) {
                    // It may have started: find out before anyone sends it again.
                    result.error = sent.ok() ? malformed(m_client) : sent.error;
                    adopt(reply, request, sentAt, result);
                    return;
                }
                result.error = sent.error;
                reply->finish(result);
            });
    return reply;
}

void ShipHeroApi::adopt(SubmitReply *reply, const SubmitRequest &request,
                        const QDateTime &sentAt, SubmitResult result)
{
    Q_EMIT reply->waiting(0, tr("The answer to the sync request was lost; looking for its "
                                "batch on %1.")
                                 .arg(m_client->serviceName()));
    BatchesQuery query;
    query.warehouseId = request.warehouseId;
    query.customerAccountId = request.customerAccountId;
    query.pageSize = 50; // newest first: a lost batch is among the first few
    BatchesReply *lookup = batches(query);
    connect(lookup, &BatchesReply::waiting, reply, &ApiReply::waiting);
    connect(lookup, &BatchesReply::finished, reply,
            [this, reply, request, sentAt, result](const BatchesResult &found) mutable {
                addInfo(result.info, found.info);
                const ApiError lost = result.error;
                if (!found.ok()) {
                    result.error.kind = ApiError::Kind::Ambiguous;
                    result.error.message =
                        tr("%1 Looking for its batch failed too (%2). Check the Batches page "
                           "before sending the file again.")
                            .arg(lost.message, found.error.message);
                    reply->finish(result);
                    return;
                }
                const QDateTime since = sentAt.addSecs(-m_adoptionWindowSeconds);
                for (const Batch &batch : found.batches) {
                    if (batch.url == request.url && batch.warehouseId == request.warehouseId &&
                        (!batch.createdAt.isValid() || batch.createdAt >= since) &&
                        !request.knownSyncIds.contains(batch.id)) {
                        result.error = {};
                        result.syncId = batch.id;
                        result.adopted = true;
                        reply->finish(result);
                        return;
                    }
                }
                result.syncId.clear();
                result.error.kind = ApiError::Kind::NotStarted;
                result.error.message = tr("%1 The sync did not start: %2 has no new batch for "
                                          "this file. You can send it again.")
                                           .arg(lost.message, m_client->serviceName());
                reply->finish(result);
            });
}

BatchReply *ShipHeroApi::abort(const QString &syncId, const QString &reason)
{
    auto *reply = new BatchReply(this);
    if (syncId.isEmpty()) {
        BatchResult result;
        result.error = missingArgument(tr("Choose the batch to abort."));
        reply->finish(result);
        return reply;
    }
    QJsonObject variables{{u"syncId"_s, syncId}};
    setOptional(variables, u"reason"_s, reason);
    GraphqlReply *call = m_client->send({u"Abort"_s, variables, 1, CreditBucket::Priority::User});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply,
            [this, reply, syncId](const GraphqlResult &sent) {
                BatchResult result;
                addInfo(result.info, sent.info);
                result.error = sent.error;
                const QJsonObject sync =
                    sent.data.value("inventory_sync_abort"_L1).toObject().value("sync"_L1).toObject();
                if (sent.ok() && !sync.isEmpty()) {
                    result.batch = Batch::fromJson(sync);
                    reply->finish(result);
                    return;
                }
                if (sent.ok())
                    result.error = malformed(m_client);
                if (result.error.kind == ApiError::Kind::NotAllowed ||
                    result.error.kind == ApiError::Kind::Ambiguous ||
                    result.error.kind == ApiError::Kind::Malformed) {
                    // The batch's state tells what happened.
                    checkAbort(reply, syncId, result);
                    return;
                }
                reply->finish(result);
            });
    return reply;
}

void ShipHeroApi::checkAbort(BatchReply *reply, const QString &syncId, BatchResult result)
{
    BatchReply *lookup = batch(syncId);
    connect(lookup, &BatchReply::waiting, reply, &ApiReply::waiting);
    connect(lookup, &BatchReply::finished, reply,
            [reply, result](const BatchResult &current) mutable {
                addInfo(result.info, current.info);
                if (!current.ok()) {
                    reply->finish(result);
                    return;
                }
                result.batch = current.batch;
                if (current.batch.status == u"aborted"_s &&
                    result.error.kind != ApiError::Kind::NotAllowed) {
                    result.error = {}; // the lost answer was a success
                } else if (current.batch.isFinished()) {
                    result.error.kind = ApiError::Kind::NotAllowed;
                    result.error.message =
                        tr("The batch had already finished (%1), so nothing was aborted.")
                            .arg(current.batch.status);
                } else {
                    result.error.message = tr("%1 The batch is still %2; try Abort again.")
                                               .arg(result.error.message, current.batch.status);
                }
                reply->finish(result);
            });
}

BatchReply *ShipHeroApi::batch(const QString &syncId, CreditBucket::Priority priority)
{
    auto *reply = new BatchReply(this);
    GraphqlReply *call = m_client->send({u"Batch"_s, {{u"syncId"_s, syncId}}, 2, priority});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply, [this, reply](const GraphqlResult &answer) {
        BatchResult result;
        addInfo(result.info, answer.info);
        result.error = answer.error;
        if (answer.ok()) {
            const QJsonValue data = rootData(answer, u"inventory_sync_status"_s);
            if (data.isObject())
                result.batch = Batch::fromJson(data.toObject());
            else
                result.error = malformed(m_client);
        }
        reply->finish(result);
    });
    return reply;
}

BatchesReply *ShipHeroApi::batches(const BatchesQuery &query)
{
    auto *reply = new BatchesReply(this);
    QJsonObject variables;
    setOptional(variables, u"warehouseId"_s, query.warehouseId);
    setOptional(variables, u"customerAccountId"_s, query.customerAccountId);
    setOptional(variables, u"status"_s, query.status);
    setOptional(variables, u"after"_s, query.after);
    fetchPages(reply, u"Batches"_s, u"inventory_sync_statuses"_s, variables, query,
               &BatchesResult::batches, BatchesResult{});
    return reply;
}

RowsReply *ShipHeroApi::rows(const RowsQuery &query)
{
    auto *reply = new RowsReply(this);
    if (query.syncId.isEmpty()) {
        RowsResult result;
        result.error = missingArgument(tr("Choose the batch whose rows to show."));
        reply->finish(result);
        return reply;
    }
    QJsonObject variables{{u"syncId"_s, query.syncId}};
    setOptional(variables, u"status"_s, query.status);
    setOptional(variables, u"after"_s, query.after);
    fetchPages(reply, u"Rows"_s, u"inventory_sync_items_status"_s, variables, query,
               &RowsResult::rows, RowsResult{});
    return reply;
}

AccountReply *ShipHeroApi::account()
{
    auto *reply = new AccountReply(this);
    GraphqlReply *call = m_client->send({u"Warehouses"_s, {}, 2, CreditBucket::Priority::User});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply, [this, reply](const GraphqlResult &answer) {
        AccountResult result;
        addInfo(result.info, answer.info);
        result.error = answer.error;
        if (answer.ok()) {
            const QJsonValue data = rootData(answer, u"account"_s);
            if (data.isObject())
                result.account = Account::fromJson(data.toObject());
            else
                result.error = malformed(m_client);
        }
        reply->finish(result);
    });
    return reply;
}

ProductsReply *ShipHeroApi::warehouseProducts(const ProductsQuery &query)
{
    auto *reply = new ProductsReply(this);
    QJsonObject variables;
    setOptional(variables, u"warehouseId"_s, query.warehouseId);
    setOptional(variables, u"sku"_s, query.sku);
    setOptional(variables, u"customerAccountId"_s, query.customerAccountId);
    setOptional(variables, u"after"_s, query.after);
    fetchPages(reply, u"WarehouseProducts"_s, u"warehouse_products"_s, variables, query,
               &ProductsResult::products, ProductsResult{});
    return reply;
}

QuotaReply *ShipHeroApi::quota()
{
    auto *reply = new QuotaReply(this);
    GraphqlReply *call = m_client->send({u"UserQuota"_s, {}, 0, CreditBucket::Priority::User});
    reply->track(call);
    connect(call, &GraphqlReply::finished, reply, [this, reply](const GraphqlResult &answer) {
        QuotaResult result;
        addInfo(result.info, answer.info);
        result.error = answer.error;
        const QJsonValue data = answer.data.value("user_quota"_L1);
        if (answer.ok() && data.isObject()) {
            result.quota = Quota::fromJson(data.toObject());
            m_client->observeCredits(result.quota.creditsRemaining, result.quota.maxAvailable,
                                     result.quota.incrementRate);
        } else if (answer.ok()) {
            result.error = malformed(m_client);
        }
        reply->finish(result);
    });
    return reply;
}

} // namespace invsync
