// Every typed operation end to end against the sandbox over loopback:
// submit, status, rows, batches, warehouses, products, quota, abort; paging
// across many pages, status filters, and the service's errors worded for people.

#include "ApiTestSupport.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

class TestShipHeroApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void account();
    void quota();
    void submitAndFollow();
    void rowsAcrossPages();
    void rowsStatusFilter();
    void batchesNewestFirstAcrossPages();
    void batchesStatusFilter();
    void warehouseProducts();
    void abortRunningBatch();
    void abortFinishedBatchSaysSo();
    void serviceErrors_data();
    void serviceErrors();
    void missingScope();

private:
    // Submits `csv` to the static warehouse and waits until the batch finished.
    QString submitAndWait(const QByteArray &csv, const QString &path);

    std::unique_ptr<ApiFixture> m_fixture;
};

void TestShipHeroApi::init()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
}

void TestShipHeroApi::cleanup()
{
    m_fixture.reset();
}

QString TestShipHeroApi::submitAndWait(const QByteArray &csv, const QString &path)
{
    SubmitRequest request;
    request.url = m_fixture->serveCsv(path, csv);
    request.warehouseId = warehouseId();
    const SubmitResult submitted = waitFor<SubmitResult>(m_fixture->api->submit(request));
    if (!submitted.ok()) {
        qWarning("%s", qPrintable(submitted.error.message));
        return {};
    }
    BatchResult status;
    const bool finished = QTest::qWaitFor(
        [&] {
            status = waitFor<BatchResult>(m_fixture->api->batch(submitted.syncId));
            return status.ok() && status.batch.isFinished();
        },
        20000);
    return finished ? submitted.syncId : QString();
}

void TestShipHeroApi::account()
{
    const AccountResult result = waitFor<AccountResult>(m_fixture->api->account());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.account.email, DemoData::username());
    QVERIFY(result.account.is3pl);
    QCOMPARE(result.account.warehouses.size(), 2);
    const Warehouse primary = result.account.warehouses.at(0);
    QCOMPARE(primary.id, warehouseId(DemoData::StaticWarehouseId));
    QCOMPARE(primary.name, u"Primary (static slotting)"_s);
    QVERIFY(!primary.dynamicSlotting);
    QCOMPARE(result.account.warehouses.at(1).name, u"Overflow (dynamic slotting)"_s);
    QVERIFY(result.account.warehouses.at(1).dynamicSlotting);
    QVERIFY(!result.info.requestId.isEmpty());
    QVERIFY(result.info.complexity >= 0);
    QCOMPARE(result.info.requests, 1);
}

void TestShipHeroApi::quota()
{
    const QuotaResult result = waitFor<QuotaResult>(m_fixture->api->quota());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.quota.maxAvailable, 4004);
    QCOMPARE(result.quota.incrementRate, 60);
    QVERIFY(result.quota.creditsRemaining > 0);
    QVERIFY(result.quota.creditsRemaining <= 4004);
    // The client's bucket now knows the service's figures.
    QVERIFY(m_fixture->client->credits().isKnown());
    QCOMPARE(m_fixture->client->credits().max(), 4004);
    QCOMPARE(m_fixture->client->credits().refillPerSecond(), 60);
}

void TestShipHeroApi::submitAndFollow()
{
    const QByteArray csv = demoCsv(12);
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/follow.csv"_s, csv);
    request.warehouseId = warehouseId();
    const SubmitResult submitted = waitFor<SubmitResult>(m_fixture->api->submit(request));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error.message));
    QVERIFY(!submitted.syncId.isEmpty());
    QVERIFY(!submitted.adopted);
    QVERIFY(!submitted.info.requestId.isEmpty());
    QCOMPARE(m_fixture->batchCount(), 1);

    BatchResult status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = waitFor<BatchResult>(m_fixture->api->batch(submitted.syncId))).batch.isFinished(),
        20000);
    QVERIFY2(status.ok(), qPrintable(status.error.message));
    QCOMPARE(status.batch.id, submitted.syncId);
    QCOMPARE(status.batch.status, u"success"_s);
    QCOMPARE(status.batch.url, request.url);
    QCOMPARE(status.batch.warehouseId, request.warehouseId);
    QCOMPARE(status.batch.totalCount, 12);
    QCOMPARE(status.batch.successCount, 12);
    QCOMPARE(status.batch.errorCount, 0);
    QVERIFY(status.batch.createdAt.isValid());
    QVERIFY(status.info.complexity >= 1 && status.info.complexity <= 2);

    RowsQuery rows;
    rows.syncId = submitted.syncId;
    rows.allPages = true;
    const RowsResult all = waitFor<RowsResult>(m_fixture->api->rows(rows));
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    QCOMPARE(all.rows.size(), 12);
    QCOMPARE(all.rows.first().row, 1);
    QCOMPARE(all.rows.first().quantity, 10);
    QCOMPARE(all.rows.first().status, u"success"_s);
    QCOMPARE(all.rows.first().action, u"change"_s); // as the documented example echoes
    QVERIFY(!all.rows.first().sku.isEmpty());
}

void TestShipHeroApi::rowsAcrossPages()
{
    const QString syncId = submitAndWait(demoCsv(250), u"/many.csv"_s);
    QVERIFY(!syncId.isEmpty());

    RowsQuery query;
    query.syncId = syncId;
    query.pageSize = 20;
    query.allPages = true;
    RowsReply *reply = m_fixture->api->rows(query);
    QSignalSpy progress(reply, &ApiReply::progress);
    const RowsResult all = waitFor<RowsResult>(reply);
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    QCOMPARE(all.rows.size(), 250);
    QCOMPARE(all.info.requests, 13); // 12 full pages and one of 10
    QCOMPARE(progress.size(), 13);
    QCOMPARE(progress.last().at(0).toInt(), 250);
    QVERIFY(!all.page.hasNextPage);
    QSet<int> numbers;
    for (const BatchRow &row : all.rows)
        numbers.insert(row.row);
    QCOMPARE(numbers.size(), 250);
    QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 1);
    QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), 250);
    // Each page is charged by its size, so the total is about one credit a row.
    QVERIFY2(all.info.complexity >= 250 && all.info.complexity <= 250 + 13 * 2,
             qPrintable(QString::number(all.info.complexity)));

    // One page, then the next from its cursor.
    query.allPages = false;
    const RowsResult first = waitFor<RowsResult>(m_fixture->api->rows(query));
    QCOMPARE(first.rows.size(), 20);
    QVERIFY(first.page.hasNextPage);
    QVERIFY(!first.page.endCursor.isEmpty());
    query.after = first.page.endCursor;
    const RowsResult second = waitFor<RowsResult>(m_fixture->api->rows(query));
    QCOMPARE(second.rows.size(), 20);
    QCOMPARE(second.rows.first().row, first.rows.last().row + 1);

    // A limit stops early, asking only for what is missing.
    RowsQuery limited;
    limited.syncId = syncId;
    limited.pageSize = 20;
    limited.allPages = true;
    limited.limit = 45;
    const RowsResult some = waitFor<RowsResult>(m_fixture->api->rows(limited));
    QCOMPARE(some.rows.size(), 45);
    QCOMPARE(some.info.requests, 3);
}

void TestShipHeroApi::rowsStatusFilter()
{
    QByteArray csv = demoCsv(6);
    csv += "NO-SUCH-SKU-1,5,replace,test\nNO-SUCH-SKU-2,7,replace,test\n";
    const QString syncId = submitAndWait(csv, u"/mixed.csv"_s);
    QVERIFY(!syncId.isEmpty());

    const BatchResult status = waitFor<BatchResult>(m_fixture->api->batch(syncId));
    QCOMPARE(status.batch.status, u"error_partial"_s);
    QCOMPARE(status.batch.errorCount, 2);

    RowsQuery query;
    query.syncId = syncId;
    query.allPages = true;
    query.status = u"error"_s;
    const RowsResult errors = waitFor<RowsResult>(m_fixture->api->rows(query));
    QVERIFY2(errors.ok(), qPrintable(errors.error.message));
    QCOMPARE(errors.rows.size(), 2);
    for (const BatchRow &row : errors.rows) {
        QVERIFY(row.status.startsWith(u"error"_s));
        QVERIFY(row.sku.startsWith(u"NO-SUCH-SKU"_s));
        QVERIFY(!row.error.isEmpty());
    }
    query.status = u"success"_s;
    QCOMPARE(waitFor<RowsResult>(m_fixture->api->rows(query)).rows.size(), 6);
}

void TestShipHeroApi::batchesNewestFirstAcrossPages()
{
    QStringList started;
    for (int i = 0; i < 5; ++i) {
        SubmitRequest request;
        request.url = m_fixture->serveCsv(u"/b%1.csv"_s.arg(i), demoCsv(2));
        request.warehouseId = warehouseId();
        const SubmitResult submitted = waitFor<SubmitResult>(m_fixture->api->submit(request));
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.message));
        started.prepend(submitted.syncId); // newest first
    }
    BatchesQuery query;
    query.pageSize = 2;
    query.allPages = true;
    const BatchesResult all = waitFor<BatchesResult>(m_fixture->api->batches(query));
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    QCOMPARE(all.info.requests, 3);
    QStringList ids;
    for (const Batch &batch : all.batches)
        ids.append(batch.id);
    QCOMPARE(ids, started);

    query.warehouseId = warehouseId(DemoData::DynamicWarehouseId);
    const BatchesResult none = waitFor<BatchesResult>(m_fixture->api->batches(query));
    QVERIFY(none.ok());
    QVERIFY(none.batches.isEmpty());
}

void TestShipHeroApi::batchesStatusFilter()
{
    const QString good = submitAndWait(demoCsv(3), u"/good.csv"_s);
    const QString bad = submitAndWait("sku,quantity,action,reason\nNOPE,1,replace,x\n", u"/bad.csv"_s);
    QVERIFY(!good.isEmpty() && !bad.isEmpty());

    BatchesQuery query;
    query.allPages = true;
    query.status = u"success"_s;
    BatchesResult result = waitFor<BatchesResult>(m_fixture->api->batches(query));
    QCOMPARE(result.batches.size(), 1);
    QCOMPARE(result.batches.first().id, good);
    query.status = u"error"_s; // every error state
    result = waitFor<BatchesResult>(m_fixture->api->batches(query));
    QCOMPARE(result.batches.size(), 1);
    QCOMPARE(result.batches.first().id, bad);
    QCOMPARE(result.batches.first().status, u"error_all"_s);
}

void TestShipHeroApi::warehouseProducts()
{
    int expected = 0;
    QString someSku;
    for (const SandboxProduct &product : m_fixture->state().products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0) {
            ++expected;
            someSku = product.sku;
        }
    }
    QVERIFY(expected > 100);

    ProductsQuery query;
    query.warehouseId = warehouseId();
    query.allPages = true;
    const ProductsResult all = waitFor<ProductsResult>(m_fixture->api->warehouseProducts(query));
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    QCOMPARE(all.products.size(), expected);
    QCOMPARE(all.info.requests, (expected + 99) / 100);
    QSet<QString> skus;
    for (const WarehouseProduct &product : all.products)
        skus.insert(product.sku);
    QCOMPARE(skus.size(), expected);

    query.sku = someSku;
    const ProductsResult one = waitFor<ProductsResult>(m_fixture->api->warehouseProducts(query));
    QVERIFY2(one.ok(), qPrintable(one.error.message));
    QCOMPARE(one.products.size(), 1);
    QCOMPARE(one.products.first().sku, someSku);
    QCOMPARE(one.products.first().warehouseId, warehouseId());
    QVERIFY(one.products.first().onHand >= 0);

    query.sku = u"NO-SUCH-SKU"_s;
    QCOMPARE(waitFor<ProductsResult>(m_fixture->api->warehouseProducts(query)).products.size(), 0);
}

void TestShipHeroApi::abortRunningBatch()
{
    m_fixture->server->service().setRowsPerSecond(5);
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/slow.csv"_s, demoCsv(200));
    request.warehouseId = warehouseId();
    const SubmitResult submitted = waitFor<SubmitResult>(m_fixture->api->submit(request));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error.message));

    const BatchResult aborted =
        waitFor<BatchResult>(m_fixture->api->abort(submitted.syncId, u"Wrong file"_s));
    QVERIFY2(aborted.ok(), qPrintable(aborted.error.message));
    QCOMPARE(aborted.batch.id, submitted.syncId);
    QCOMPARE(aborted.batch.status, u"aborted"_s);
    QVERIFY(aborted.batch.finishedCount < 200);
    QCOMPARE(waitFor<BatchResult>(m_fixture->api->batch(submitted.syncId)).batch.status,
             u"aborted"_s);
}

void TestShipHeroApi::abortFinishedBatchSaysSo()
{
    const QString syncId = submitAndWait(demoCsv(2), u"/done.csv"_s);
    QVERIFY(!syncId.isEmpty());
    const BatchResult result = waitFor<BatchResult>(m_fixture->api->abort(syncId, u"Late"_s));
    QCOMPARE(result.error.kind, ApiError::Kind::NotAllowed);
    QCOMPARE(result.error.code, 9);
    QCOMPARE(result.batch.status, u"success"_s);
    QVERIFY2(result.error.message.contains(u"already finished (success)"_s),
             qPrintable(result.error.message));
}

void TestShipHeroApi::serviceErrors_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");

    QTest::newRow("unknown batch") << u"batch"_s << u"0123456789abcdef01234567"_s
                                   << ApiError::Kind::NotFound << 5;
    QTest::newRow("rows of unknown batch") << u"rows"_s << u"0123456789abcdef01234567"_s
                                           << ApiError::Kind::NotFound << 5;
    QTest::newRow("submit to unknown warehouse") << u"submit"_s << u"V2FyZWhvdXNlOjE="_s
                                                 << ApiError::Kind::NotFound << 5;
    QTest::newRow("submit with a bad URL") << u"submitUrl"_s << u"not a url"_s
                                           << ApiError::Kind::InvalidArgument << 6;
}

void TestShipHeroApi::serviceErrors()
{
    QFETCH(QString, operation);
    QFETCH(QString, argument);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);

    ApiError error;
    if (operation == u"batch"_s) {
        error = waitFor<BatchResult>(m_fixture->api->batch(argument)).error;
    } else if (operation == u"rows"_s) {
        RowsQuery query;
        query.syncId = argument;
        error = waitFor<RowsResult>(m_fixture->api->rows(query)).error;
    } else {
        SubmitRequest request;
        request.url = operation == u"submit"_s ? m_fixture->serveCsv(u"/x.csv"_s, demoCsv(1))
                                                : argument;
        request.warehouseId = operation == u"submit"_s ? argument : warehouseId();
        error = waitFor<SubmitResult>(m_fixture->api->submit(request)).error;
        QCOMPARE(m_fixture->batchCount(), 0);
    }
    QVERIFY2(error.kind == kind, qPrintable(error.message));
    QCOMPARE(error.code, code);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.serviceMessage.isEmpty());
    QVERIFY(error.message.contains(error.serviceMessage));
}

void TestShipHeroApi::missingScope()
{
    QVERIFY(m_fixture->signIn(DemoData::readOnlyUsername()));
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/scope.csv"_s, demoCsv(1));
    request.warehouseId = warehouseId();
    const SubmitResult result = waitFor<SubmitResult>(m_fixture->api->submit(request));
    QCOMPARE(result.error.kind, ApiError::Kind::MissingScope);
    QCOMPARE(result.error.code, 7);
    QVERIFY2(result.error.message.startsWith(u"Your token is missing the "_s),
             qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"scope"_s));
    QCOMPARE(m_fixture->batchCount(), 0);
    // Reading is still allowed.
    QVERIFY(waitFor<AccountResult>(m_fixture->api->account()).ok());
}

QTEST_GUILESS_MAIN(TestShipHeroApi)
#include "tst_shipheroapi.moc"
