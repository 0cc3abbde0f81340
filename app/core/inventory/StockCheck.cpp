#include "inventory/StockCheck.h"

#include "api/ShipHeroApi.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace invsync {

void StockCheckReply::finish(const StockCheckResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void StockCheckReply::track(AsyncReply *request)
{
    m_requests.removeAll(nullptr);
    m_requests.append(request);
}

void StockCheckReply::abortWork()
{
    stopRequests();
}

void StockCheckReply::stopRequests()
{
    for (const QPointer<AsyncReply> &request : std::as_const(m_requests)) {
        if (request)
            request->cancel();
    }
}

struct StockCheck::Job
{
    StockCheckRequest request;
    QString key;
    QStringList skus;     // distinct, in the document's order
    QStringList toLookUp; // not answered by the cache when the check started
    qsizetype nextLookup = 0;
    int inFlight = 0;
    int done = 0; // of toLookUp
    bool failed = false;
    StockCheckResult result;
};

namespace {

void addInfo(StockCheckResult &result, const ReplyInfo &info)
{
    if (info.complexity > 0)
        result.creditsSpent += info.complexity;
    result.requests += info.requests;
}

} // namespace

StockCheck::StockCheck(ShipHeroApi *api, QObject *parent) : QObject(parent), m_api(api) {}

QString StockCheck::keyOf(const QString &connection, const QString &warehouseId,
                          const QString &customerAccountId)
{
    return connection + u'\n' + warehouseId + u'\n' + customerAccountId;
}

int StockCheck::cachedCount(const QString &connection, const QString &warehouseId,
                            const QString &customerAccountId) const
{
    const auto it = m_cache.constFind(keyOf(connection, warehouseId, customerAccountId));
    return it == m_cache.constEnd() ? 0 : int(it->onHand.size() + it->missing.size());
}

StockCheckReply *StockCheck::check(const StockCheckRequest &request)
{
    auto *reply = new StockCheckReply(this);
    auto job = std::make_shared<Job>();
    job->request = request;
    job->key = keyOf(request.connection, request.warehouseId, request.customerAccountId);
    if (request.warehouseId.isEmpty()) {
        job->result.error.kind = ApiError::Kind::InvalidArgument;
        job->result.error.message = tr("Choose the warehouse to check the file against.");
        reply->finish(job->result);
        return reply;
    }
    if (request.refresh)
        m_cache.remove(job->key);
    const Entry &entry = m_cache[job->key];

    QSet<QString> seen;
    for (const QString &sku : request.skus) {
        if (sku.isEmpty() || seen.contains(sku))
            continue;
        seen.insert(sku);
        job->skus.append(sku);
        if (!entry.complete && !entry.onHand.contains(sku) && !entry.missing.contains(sku))
            job->toLookUp.append(sku);
    }
    job->result.lookedUp = int(job->toLookUp.size());

    if (job->toLookUp.isEmpty()) {
        job->result.strategy = u"cache"_s;
        finish(reply, job);
        return reply;
    }
    using Strategy = StockCheckRequest::Strategy;
    // Per-SKU lookups cost PerSkuCost each; a listing page ListingPageSize + 1.
    const qint64 perSkuCredits = qint64(job->toLookUp.size()) * PerSkuCost;
    const bool listing =
        request.strategy == Strategy::Listing ||
        (request.strategy == Strategy::Auto && perSkuCredits > ListingPageSize + 1);
    if (listing) {
        job->result.strategy = u"listing"_s;
        list(reply, job);
    } else {
        job->result.strategy = u"per_sku"_s;
        lookUpNext(reply, job);
    }
    return reply;
}

void StockCheck::list(StockCheckReply *reply, std::shared_ptr<Job> job)
{
    ProductsQuery query;
    query.warehouseId = job->request.warehouseId;
    query.customerAccountId = job->request.customerAccountId;
    query.pageSize = ListingPageSize;
    query.allPages = true;
    if (job->request.strategy == StockCheckRequest::Strategy::Auto) {
        // Stop once the listing has cost what the lookups would have.
        const qint64 budget = qint64(job->toLookUp.size()) * PerSkuCost;
        query.limit = int(std::min<qint64>(budget, std::numeric_limits<int>::max()));
    }
    ProductsReply *call = m_api->warehouseProducts(query);
    reply->track(call);
    connect(call, &ProductsReply::waiting, reply, &StockCheckReply::waiting);
    const int total = int(job->toLookUp.size());
    connect(call, &ProductsReply::progress, reply, [reply, total](int items) {
        // Products listed, not SKUs answered; the page count is what moves.
        Q_EMIT reply->progress(std::min(items, total - 1), total);
    });
    connect(call, &ProductsReply::finished, reply, [this, reply, job](const ProductsResult &found) {
        addInfo(job->result, found.info);
        if (!found.ok()) {
            fail(reply, job, found.error);
            return;
        }
        Entry &entry = m_cache[job->key];
        for (const WarehouseProduct &product : found.products)
            entry.onHand.insert(product.sku, product.onHand);
        if (!found.page.hasNextPage) {
            entry.complete = true;
            finish(reply, job);
            return;
        }
        // The warehouse has more products than the document has SKUs to
        // look up: ask for the ones the listing has not shown.
        QStringList rest;
        for (const QString &sku : std::as_const(job->toLookUp)) {
            if (!entry.onHand.contains(sku))
                rest.append(sku);
        }
        job->done = int(job->toLookUp.size() - rest.size());
        job->toLookUp = rest;
        job->nextLookup = 0;
        job->result.strategy = u"listing+per_sku"_s;
        lookUpNext(reply, job);
    });
}

void StockCheck::lookUpNext(StockCheckReply *reply, std::shared_ptr<Job> job)
{
    const int total = job->result.lookedUp;
    while (!job->failed && job->inFlight < InFlight && job->nextLookup < job->toLookUp.size()) {
        const QString sku = job->toLookUp.at(job->nextLookup++);
        ProductsQuery query;
        query.warehouseId = job->request.warehouseId;
        query.customerAccountId = job->request.customerAccountId;
        query.sku = sku;
        query.pageSize = 1;
        ++job->inFlight;
        ProductsReply *call = m_api->warehouseProducts(query);
        reply->track(call);
        connect(call, &ProductsReply::waiting, reply, &StockCheckReply::waiting);
        connect(call, &ProductsReply::finished, reply,
                [this, reply, job, sku, total](const ProductsResult &found) {
                    --job->inFlight;
                    addInfo(job->result, found.info);
                    if (job->failed)
                        return;
                    if (!found.ok()) {
                        fail(reply, job, found.error);
                        return;
                    }
                    Entry &entry = m_cache[job->key];
                    const auto match =
                        std::find_if(found.products.begin(), found.products.end(),
                                     [&sku](const WarehouseProduct &p) { return p.sku == sku; });
                    if (match != found.products.end())
                        entry.onHand.insert(sku, match->onHand);
                    else
                        entry.missing.insert(sku);
                    ++job->done;
                    Q_EMIT reply->progress(job->done, total);
                    if (job->inFlight == 0 && job->nextLookup >= job->toLookUp.size())
                        finish(reply, job);
                    else
                        lookUpNext(reply, job);
                });
    }
}

void StockCheck::fail(StockCheckReply *reply, std::shared_ptr<Job> job, const ApiError &error)
{
    // What was learnt stays cached; the lookups still under way are dropped.
    job->failed = true;
    job->result.error = error;
    job->result.error.message =
        tr("The check against %1 stopped: %2")
            .arg(job->request.warehouseName.isEmpty() ? tr("the warehouse")
                                                      : job->request.warehouseName,
                 error.message);
    reply->finish(job->result);
    reply->stopRequests();
}

void StockCheck::finish(StockCheckReply *reply, std::shared_ptr<Job> job)
{
    const Entry &entry = m_cache[job->key];
    StockLevels &levels = job->result.levels;
    levels.warehouseName = job->request.warehouseName;
    for (const QString &sku : std::as_const(job->skus)) {
        const auto it = entry.onHand.constFind(sku);
        if (it != entry.onHand.constEnd())
            levels.onHand.insert(sku, *it);
        else if (entry.complete || entry.missing.contains(sku))
            levels.notFound.insert(sku);
    }
    reply->finish(job->result);
}

} // namespace invsync
