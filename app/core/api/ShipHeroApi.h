#pragma once

#include "api/ApiTypes.h"
#include "api/CreditBucket.h"
#include "common/AsyncReply.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace invsync {

class GraphqlClient;
class GraphqlReply;

// Base of the typed replies: forwards the transport's waits, reports pages
// as they arrive, and cancels whatever request is under way.
class ApiReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit ApiReply(QObject *parent = nullptr);

    // For ShipHeroApi: the request now under way.
    void track(GraphqlReply *request);

Q_SIGNALS:
    void waiting(qint64 milliseconds, const QString &reason);
    void progress(int itemsLoaded); // paged operations, after each page

protected:
    void abortWork() override;

private:
    QPointer<GraphqlReply> m_request;
};

class SubmitReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const SubmitResult &result);
Q_SIGNALS:
    void finished(const invsync::SubmitResult &result);
};

class BatchReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const BatchResult &result);
Q_SIGNALS:
    void finished(const invsync::BatchResult &result);
};

class BatchesReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const BatchesResult &result);
Q_SIGNALS:
    void finished(const invsync::BatchesResult &result);
};

class RowsReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const RowsResult &result);
Q_SIGNALS:
    void finished(const invsync::RowsResult &result);
};

class AccountReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const AccountResult &result);
Q_SIGNALS:
    void finished(const invsync::AccountResult &result);
};

class ProductsReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const ProductsResult &result);
Q_SIGNALS:
    void finished(const invsync::ProductsResult &result);
};

class QuotaReply : public ApiReply
{
    Q_OBJECT
public:
    using ApiReply::ApiReply;
    void finish(const QuotaResult &result);
Q_SIGNALS:
    void finished(const invsync::QuotaResult &result);
};

struct SubmitRequest
{
    QString url;
    QString warehouseId;
    QString customerAccountId; // a 3PL acting for one of its customers
    // Batches the caller already knows (e.g. from history): never adopted
    // after a lost reply, even when their URL matches.
    QStringList knownSyncIds;
};

// Which page(s) of a connection to fetch.
struct PageQuery
{
    int pageSize = 100; // the service's default; each row of a page costs a credit
    QString after;      // the cursor to continue from
    bool allPages = false;
    int limit = 0; // stop after this many items; 0 for no limit
    CreditBucket::Priority priority = CreditBucket::Priority::User;
};

struct BatchesQuery : PageQuery
{
    QString warehouseId;
    QString customerAccountId;
    QString status; // one value, "a,b", or "!aborted"
};

struct RowsQuery : PageQuery
{
    QString syncId;
    QString status; // pending, processing, success, error, error_unknown, error_not_found
};

struct ProductsQuery : PageQuery
{
    QString warehouseId;
    QString sku; // one SKU, or empty for all
    QString customerAccountId;
};

// The inventory sync operations, typed. Every operation is a document in
// resources/graphql sent through the GraphqlClient (retries, throttling,
// pacing); replies carry request_id and complexity in their ReplyInfo.
class ShipHeroApi : public QObject
{
    Q_OBJECT

public:
    explicit ShipHeroApi(GraphqlClient *client, QObject *parent = nullptr);

    GraphqlClient *client() const { return m_client; }

    // Starts a batch. When the reply is lost the batch is looked for among
    // the newest ones (same URL and warehouse, created since the request)
    // and adopted; only when none exists does it say nothing was started.
    SubmitReply *submit(const SubmitRequest &request);
    // Aborts a pending or processing batch. A batch that finished meanwhile
    // gives NotAllowed with the status it finished in.
    BatchReply *abort(const QString &syncId, const QString &reason);

    BatchReply *batch(const QString &syncId,
                      CreditBucket::Priority priority = CreditBucket::Priority::User);
    BatchesReply *batches(const BatchesQuery &query);
    RowsReply *rows(const RowsQuery &query);
    AccountReply *account(); // the account with its warehouses
    ProductsReply *warehouseProducts(const ProductsQuery &query);
    QuotaReply *quota();

    // How far back a lost submission's batch is looked for.
    void setAdoptionWindowSeconds(int seconds) { m_adoptionWindowSeconds = seconds; }

private:
    template <typename Reply, typename Result, typename Item>
    void fetchPages(Reply *reply, const QString &operation, const QString &root,
                    QJsonObject variables, const PageQuery &query, QList<Item> Result::*items,
                    Result accumulated);
    void adopt(SubmitReply *reply, const SubmitRequest &request, const QDateTime &sentAt,
               SubmitResult result);
    void checkAbort(BatchReply *reply, const QString &syncId, BatchResult result);

    GraphqlClient *m_client;
    int m_adoptionWindowSeconds = 600;
};

} // namespace invsync
