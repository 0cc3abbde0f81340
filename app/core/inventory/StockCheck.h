#pragma once

#include "api/ApiTypes.h"
#include "common/AsyncReply.h"
#include "inventory/InventoryDocument.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

namespace invsync {

class ShipHeroApi;

struct StockCheckRequest
{
    QString connection;        // the connection profile: results are cached per connection...
    QString warehouseId;       // ...warehouse...
    QString customerAccountId; // ...and customer (a 3PL acting for one)
    QString warehouseName;     // for messages
    QStringList skus;          // the document's SKUs; repeats are looked up once
    bool refresh = false;      // forget what is cached for this warehouse first

    // How to ask: Auto picks by the numbers (see StockCheck); the others
    // are for tests and measurements.
    enum class Strategy { Auto, Listing, PerSku };
    Strategy strategy = Strategy::Auto;
};

struct StockCheckResult
{
    ApiError error;
    StockLevels levels;   // every requested SKU is in onHand or notFound, when ok
    int lookedUp = 0;     // SKUs the service was asked about (the rest came from the cache)
    int creditsSpent = 0; // the service's own complexity figures, summed
    int requests = 0;
    QString strategy; // "cache", "listing", "per_sku" or "listing+per_sku"

    bool ok() const { return error.ok(); }
};

class StockCheckReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit StockCheckReply(QObject *parent = nullptr) : AsyncReply(parent) {}
    void finish(const StockCheckResult &result);
    void track(AsyncReply *request);
    void stopRequests(); // cancels the requests under way

Q_SIGNALS:
    void progress(int skusDone, int skusTotal);
    void waiting(qint64 milliseconds, const QString &reason); // out of credits, retrying
    void finished(const invsync::StockCheckResult &result);

protected:
    void abortWork() override;

private:
    QList<QPointer<AsyncReply>> m_requests;
};

// The check against the warehouse: the current on-hand of every SKU of a
// document, looked up before anything is changed. Answers are cached per
// connection, warehouse and customer until the app quits or a refresh is
// asked for.
//
// Two ways to ask, chosen by their cost in credits: one lookup per SKU
// costs about PerSkuCost each; listing the warehouse's products costs
// about one credit per product, whatever the document holds. The number
// of products is not known in advance, so the listing is started when it
// may be cheaper and given up (falling back to per-SKU lookups for what
// it has not seen) once it has cost what the lookups would: never more
// than twice the cheaper way. Requests are paced by the client's credit
// bucket, so a large check waits for credits instead of failing.
class StockCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int PerSkuCost = 2; // a one-row connection plus its root field
    static constexpr int ListingPageSize = 100;
    static constexpr int InFlight = 4; // per-SKU lookups under way at once

    explicit StockCheck(ShipHeroApi *api, QObject *parent = nullptr);

    StockCheckReply *check(const StockCheckRequest &request);

    void clearCache() { m_cache.clear(); }
    // How many SKUs of this warehouse are known (found or not) without asking.
    int cachedCount(const QString &connection, const QString &warehouseId,
                    const QString &customerAccountId = {}) const;

private:
    struct Entry
    {
        bool complete = false; // every product was listed: an unseen SKU does not exist
        QHash<QString, qint64> onHand;
        QSet<QString> missing;
    };
    struct Job;

    static QString keyOf(const QString &connection, const QString &warehouseId,
                         const QString &customerAccountId);
    void list(StockCheckReply *reply, std::shared_ptr<Job> job);
    void lookUpNext(StockCheckReply *reply, std::shared_ptr<Job> job);
    void finish(StockCheckReply *reply, std::shared_ptr<Job> job);
    void fail(StockCheckReply *reply, std::shared_ptr<Job> job, const ApiError &error);

    ShipHeroApi *m_api;
    QHash<QString, Entry> m_cache;
};

} // namespace invsync
