// Batches end to end: files served on loopback are downloaded, parsed and
// applied row by row; counts move live; abort; download failures; status
// filters and pagination of batches and rows.

#include "SandboxTestSupport.h"
#include "sandbox/BatchProcessor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

const QString StatusQuery =
    u"query($id: String) { inventory_sync_status(id: $id) { complexity data { id url user_id "
    u"account_id warehouse_id customer_account_id total_count status error created_at "
    u"updated_at success_count error_count finished_count } } }"_s;

const QString RowsQuery =
    u"query($id: String!, $status: String, $first: Int, $after: String) { "
    u"inventory_sync_items_status(id: $id, status: $status) { request_id complexity "
    u"data(first: $first, after: $after) { pageInfo { hasNextPage endCursor } "
    u"edges { cursor node { id row sku quantity action reason location status error created_at updated_at } } } } }"_s;

const QString StatusesQuery =
    u"query($w: String, $c: String, $s: String, $first: Int, $after: String, $last: Int, $before: "
    u"String) { "
    u"inventory_sync_statuses(warehouse_id: $w, customer_account_id: $c, status: $s) { "
    u"data(first: $first, after: $after, last: $last, before: $before) { "
    u"pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
    u"edges { cursor node { id status warehouse_id customer_account_id } } } } }"_s;

QByteArray csvOfRows(int count)
{
    QByteArray csv = "sku,quantity,action,reason\n";
    for (int i = 0; i < count; ++i)
        csv += "TEE-BLK-M," + QByteArray::number(i) + ",replace,count\n";
    return csv;
}

} // namespace

class TestSandboxBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parseCsv_data();
    void parseCsv();
    void cleanFileSucceeds_data();
    void cleanFileSucceeds();
    void unknownSkusEndPartial();
    void problemsFile();
    void dynamicSlottingLocations();
    void customerAccount();
    void downloadFailures_data();
    void downloadFailures();
    void invalidInput_data();
    void invalidInput();
    void liveCounts();
    void abortMidway();
    void abortFinished();
    void statusFilters_data();
    void statusFilters();
    void statusesPagination();
    void rowsPagination();

private:
    QString startBatch(const QString &url, const QString &warehouse = warehouseId(),
                       const QString &customer = {});
    QJsonObject status(const QString &syncId);
    QJsonObject waitFinished(const QString &syncId);
    qint64 onHand(const QString &sku, int warehouse = DemoData::StaticWarehouseId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FileServer> m_files;
    std::unique_ptr<TestClient> m_client;
};

void TestSandboxBatches::init()
{
    m_server = std::make_unique<SandboxServer>(fastConfig());
    m_server->service().setState(DemoData::create());
    QVERIFY(m_server->listen() != 0);
    m_files = std::make_unique<FileServer>();
    QVERIFY(m_files->port() != 0);
    for (const QString &name : {u"inventory-clean.csv"_s, u"inventory-with-problems.csv"_s,
                                u"inventory-unknown-skus.csv"_s}) {
        const QByteArray bytes = readFile(sampleFile(name));
        QVERIFY(!bytes.isEmpty());
        m_files->serve(u"/"_s + name, {200, "text/csv", bytes});
    }
    m_client = std::make_unique<TestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login().status, 200);
}

void TestSandboxBatches::cleanup()
{
    m_client.reset();
    m_files.reset();
    m_server.reset();
}

QString TestSandboxBatches::startBatch(const QString &url, const QString &warehouse,
                                       const QString &customer)
{
    QJsonObject data{{u"url"_s, url}, {u"warehouse_id"_s, warehouse}};
    if (!customer.isEmpty())
        data.insert(u"customer_account_id"_s, customer);
    const QJsonObject reply = m_client->graphql(
        u"mutation($d: InventorySyncInput!) { inventory_sync(data: $d) { request_id complexity sync_id } }"_s,
        {{u"d"_s, data}});
    if (reply.contains(u"errors"_s))
        qWarning() << reply;
    return reply[u"data"_s][u"inventory_sync"_s][u"sync_id"_s].toString();
}

QJsonObject TestSandboxBatches::status(const QString &syncId)
{
    return m_client
        ->graphql(StatusQuery,
                  {{u"id"_s, syncId}})[u"data"_s][u"inventory_sync_status"_s][u"data"_s]
        .toObject();
}

QJsonObject TestSandboxBatches::waitFinished(const QString &syncId)
{
    QJsonObject batch;
    const QStringList running = {u"pending"_s, u"processing"_s};
    for (int i = 0; i < 400; ++i) {
        batch = status(syncId);
        if (!running.contains(batch[u"status"_s].toString()))
            return batch;
        QTest::qWait(20);
    }
    return batch;
}

qint64 TestSandboxBatches::onHand(const QString &sku, int warehouse)
{
    const QJsonObject reply = m_client->graphql(
        u"query($w: String, $s: String) { warehouse_products(warehouse_id: $w, sku: $s) { "
        u"data { edges { node { on_hand } } } } }"_s,
        {{u"w"_s, warehouseId(warehouse)}, {u"s"_s, sku}});
    return reply[u"data"_s][u"warehouse_products"_s][u"data"_s][u"edges"_s][0][u"node"_s]
                [u"on_hand"_s]
                    .toInteger(-1);
}

void TestSandboxBatches::parseCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("firstSku");
    QTest::addColumn<QString>("firstLocation");
    QTest::addColumn<int>("rows");

    QTest::newRow("plain") << QByteArray(
                                  "sku,quantity,action,reason\nA,1,replace,x\nB,2,replace,y\n")
                           << QString() << u"A"_s << QString() << 2;
    QTest::newRow("#sku header, CRLF, no final newline")
        << QByteArray(
               "#sku,quantity,action,reason,location\r\nA,1,replace,x,L-1\r\nB,2,replace,y,L-2")
        << QString() << u"A"_s << u"L-1"_s << 2;
    QTest::newRow("semicolons, columns in another order")
        << QByteArray("action;quantity;SKU\nreplace;1;A\n") << QString() << u"A"_s << QString()
        << 1;
    QTest::newRow("utf-8 bom") << QByteArray(
                                      "\xEF\xBB\xBFsku,quantity,action\nCAF\xC3\x89,1,replace\n")
                               << QString() << u"CAF\u00C9"_s << QString() << 1;
    QTest::newRow("windows-1252") << QByteArray("sku,quantity,action\nCAF\xC9,1,replace\n")
                                  << QString() << u"CAF\u00C9"_s << QString() << 1;
    const QString text = u"sku,quantity,action\nA,1,replace\n"_s;
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) // little-endian whatever the machine
        utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16le") << utf16 << QString() << u"A"_s << QString() << 1;
    QTest::newRow("header only") << QByteArray("sku,quantity,action\n") << QString() << QString()
                                 << QString() << 0;
    QTest::newRow("no action") << QByteArray("sku,quantity\nA,1\n") << u"action"_s << QString()
                               << QString() << 0;
}

void TestSandboxBatches::parseCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QString, firstSku);
    QFETCH(QString, firstLocation);
    QFETCH(int, rows);
    const BatchProcessor::Parsed parsed = BatchProcessor::parseCsv(bytes, "text/csv");
    if (error.isEmpty())
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    else
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), rows);
    if (rows > 0) {
        QCOMPARE(parsed.rows[0].sku, firstSku);
        QCOMPARE(parsed.rows[0].location, firstLocation);
        QCOMPARE(parsed.rows[0].quantity, u"1"_s);
    }
}

void TestSandboxBatches::cleanFileSucceeds_data()
{
    QTest::addColumn<int>("warehouse");
    QTest::newRow("static slotting") << int(DemoData::StaticWarehouseId);
    QTest::newRow("dynamic slotting") << int(DemoData::DynamicWarehouseId);
}

void TestSandboxBatches::cleanFileSucceeds()
{
    QFETCH(int, warehouse);
    const QString url = m_files->url(u"/inventory-clean.csv"_s);
    const QString syncId = startBatch(url, warehouseId(warehouse));
    QCOMPARE(syncId.size(), 24);

    const QJsonObject batch = waitFinished(syncId);
    QCOMPARE(batch[u"status"_s].toString(), u"success"_s);
    QVERIFY(batch[u"error"_s].isNull());
    QCOMPARE(batch[u"total_count"_s].toInt(), 20);
    QCOMPARE(batch[u"success_count"_s].toInt(), 20);
    QCOMPARE(batch[u"error_count"_s].toInt(), 0);
    QCOMPARE(batch[u"finished_count"_s].toInt(), 20);
    QCOMPARE(batch[u"url"_s].toString(), url);
    QCOMPARE(batch[u"id"_s].toString(), syncId);
    QCOMPARE(batch[u"warehouse_id"_s].toString(), warehouseId(warehouse));
    QCOMPARE(batch[u"user_id"_s].toString(), SandboxIds::opaque(u"User"_s, 9123));
    QVERIFY(batch[u"customer_account_id"_s].isNull());
    QVERIFY(batch[u"created_at"_s].toString().endsWith(u"+00:00"_s));
    // The file is fetched without credentials.
    QVERIFY(m_files->lastAuthorization().isEmpty());

    QCOMPARE(onHand(u"TSHIRT-BLK-S"_s, warehouse), 42);
    QCOMPARE(onHand(u"SOCKS-3PK, STRIPED"_s, warehouse), 64);
    QCOMPARE(onHand(u"00452"_s, warehouse), 0);

    const QJsonObject rows = m_client->graphql(RowsQuery, {{u"id"_s, syncId}, {u"first"_s, 3}});
    const QJsonArray edges =
        rows[u"data"_s][u"inventory_sync_items_status"_s][u"data"_s][u"edges"_s].toArray();
    QCOMPARE(edges.size(), 3);
    const QJsonObject first = edges[0][u"node"_s].toObject();
    QCOMPARE(first[u"row"_s].toInt(), 1);
    QCOMPARE(first[u"sku"_s].toString(), u"TSHIRT-BLK-S"_s);
    QCOMPARE(first[u"quantity"_s].toInt(), 42);
    QCOMPARE(first[u"status"_s].toString(), u"success"_s);
    QCOMPARE(first[u"reason"_s].toString(), u"Cycle count"_s);
    QCOMPARE(first[u"location"_s].toString(), u"A-01-01"_s);
    QVERIFY(first[u"error"_s].isNull());
}

void TestSandboxBatches::unknownSkusEndPartial()
{
    const QString syncId = startBatch(m_files->url(u"/inventory-unknown-skus.csv"_s));
    const QJsonObject batch = waitFinished(syncId);
    QCOMPARE(batch[u"status"_s].toString(), u"error_partial"_s);
    QCOMPARE(batch[u"error"_s].toString(), u"error in 3 out of 5 rows"_s);
    QCOMPARE(batch[u"success_count"_s].toInt(), 2);
    QCOMPARE(batch[u"error_count"_s].toInt(), 3);

    const QJsonArray notFound =
        m_client
            ->graphql(
                RowsQuery,
                {{u"id"_s, syncId},
                 {u"status"_s, u"error_not_found"_s}})[u"data"_s][u"inventory_sync_items_status"_s]
                                                      [u"data"_s][u"edges"_s]
            .toArray();
    QCOMPARE(notFound.size(), 2);
    QCOMPARE(notFound[0][u"node"_s][u"sku"_s].toString(), u"NOT-A-REAL-SKU"_s);
    QCOMPARE(notFound[0][u"node"_s][u"error"_s].toString(), u"Product was not found"_s);

    const QJsonArray unknown =
        m_client
            ->graphql(
                RowsQuery,
                {{u"id"_s, syncId},
                 {u"status"_s, u"error_unknown"_s}})[u"data"_s][u"inventory_sync_items_status"_s]
                                                    [u"data"_s][u"edges"_s]
            .toArray();
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown[0][u"node"_s][u"sku"_s].toString(), u"CAP-NAVY"_s);
    QVERIFY(unknown[0][u"node"_s][u"quantity"_s].isNull());
    QVERIFY(unknown[0][u"node"_s][u"error"_s].toString().contains(u"12.5"_s));
    QCOMPARE(onHand(u"MUG-LOGO-11OZ"_s), 200);
}

void TestSandboxBatches::problemsFile()
{
    const QString syncId = startBatch(m_files->url(u"/inventory-with-problems.csv"_s));
    const QJsonObject batch = waitFinished(syncId);
    QCOMPARE(batch[u"status"_s].toString(), u"error_partial"_s);
    const int total = batch[u"total_count"_s].toInt();
    QCOMPARE(total, 20); // the blank line is no row
    QCOMPARE(batch[u"success_count"_s].toInt() + batch[u"error_count"_s].toInt(), total);
    QCOMPARE(batch[u"error"_s].toString(),
             u"error in %1 out of %2 rows"_s.arg(batch[u"error_count"_s].toInt()).arg(total));
    // The duplicate: both rows apply, the last one wins.
    QCOMPARE(onHand(u"CAP-NAVY"_s), 118);
}

void TestSandboxBatches::dynamicSlottingLocations()
{
    m_files->serve(u"/dyn.csv"_s, {200, "text/csv",
                                   "sku,quantity,action,reason,location\n"
                                   "TSHIRT-BLK-S,7,replace,count,A-01-01\n"
                                   "TSHIRT-BLK-S,5,replace,count,Z-99-99\n"
                                   "TSHIRT-BLK-M,3,replace,count,\n"});
    const QString syncId =
        startBatch(m_files->url(u"/dyn.csv"_s), warehouseId(DemoData::DynamicWarehouseId));
    QCOMPARE(waitFinished(syncId)[u"status"_s].toString(), u"success"_s);
    const SandboxState &state = m_server->service().state();
    const SandboxProduct *product = const_cast<SandboxState &>(state).product(
        DemoData::DynamicWarehouseId, 0, u"TSHIRT-BLK-S"_s);
    QVERIFY(product);
    QCOMPARE(product->locations.value(u"A-01-01"_s), 7);
    QCOMPARE(product->locations.value(u"Z-99-99"_s), 5);
    QCOMPARE(onHand(u"TSHIRT-BLK-S"_s, DemoData::DynamicWarehouseId), 12);
    const SandboxProduct *unplaced = const_cast<SandboxState &>(state).product(
        DemoData::DynamicWarehouseId, 0, u"TSHIRT-BLK-M"_s);
    QCOMPARE(unplaced->locations.value(u"Unassigned"_s), 3);
}

void TestSandboxBatches::customerAccount()
{
    m_files->serve(u"/acme.csv"_s, {200, "text/csv",
                                    "sku,quantity,action,reason\nACME-001,9,replace,count\n"
                                    "TSHIRT-BLK-S,1,replace,count\n"});
    const QString customer = SandboxIds::opaque(u"Account"_s, DemoData::CustomerId);
    const QString syncId = startBatch(m_files->url(u"/acme.csv"_s), warehouseId(), customer);
    const QJsonObject batch = waitFinished(syncId);
    // The 3PL's own SKU is not the customer's.
    QCOMPARE(batch[u"status"_s].toString(), u"error_partial"_s);
    QCOMPARE(batch[u"customer_account_id"_s].toString(), customer);

    const QJsonObject reply = m_client->graphql(StatusesQuery, {{u"c"_s, customer}});
    QCOMPARE(reply[u"data"_s][u"inventory_sync_statuses"_s][u"data"_s][u"edges"_s].toArray().size(),
             1);
}

void TestSandboxBatches::downloadFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("404") << 404 << QByteArray("text/plain") << QByteArray("gone") << u"HTTP 404"_s;
    QTest::newRow("403 private") << 403 << QByteArray("application/xml")
                                 << QByteArray("<Error>AccessDenied</Error>") << u"HTTP 403"_s;
    QTest::newRow("html") << 200 << QByteArray("text/html")
                          << QByteArray("<!doctype html><html><body>Sign in</body></html>")
                          << u"not a CSV"_s;
    QTest::newRow("json") << 200 << QByteArray("application/json") << QByteArray("{\"a\":1}")
                          << u"not a CSV"_s;
    QTest::newRow("binary") << 200 << QByteArray("application/octet-stream")
                            << QByteArray("PK\x03\x04\x00\x00\x01", 7) << u"not a CSV"_s;
    QTest::newRow("empty") << 200 << QByteArray("text/csv") << QByteArray() << u"empty"_s;
    QTest::newRow("no quantity column")
        << 200 << QByteArray("text/csv") << QByteArray("sku,qty,action\nTSHIRT-BLK-S,1,replace\n")
        << u"quantity"_s;
    QTest::newRow("unterminated quote")
        << 200 << QByteArray("text/csv") << QByteArray("sku,quantity,action\n\"TSHIRT,1,replace\n")
        << u"never closes"_s;
}

void TestSandboxBatches::downloadFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    m_files->serve(u"/file.csv"_s, {status, contentType, body});
    const QString syncId = startBatch(m_files->url(u"/file.csv"_s));
    QVERIFY(!syncId.isEmpty());
    const QJsonObject batch = waitFinished(syncId);
    QCOMPARE(batch[u"status"_s].toString(), u"error_unknown"_s);
    QVERIFY2(batch[u"error"_s].toString().contains(error),
             qPrintable(batch[u"error"_s].toString()));
}

void TestSandboxBatches::invalidInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<int>("code");
    QTest::newRow("ftp url") << u"ftp://127.0.0.1/x.csv"_s << warehouseId() << 6;
    QTest::newRow("not a url") << u"inventory.csv"_s << warehouseId() << 6;
    QTest::newRow("unknown warehouse") << u"http://127.0.0.1:1/x.csv"_s << warehouseId(4) << 5;
    QTest::newRow("garbage warehouse") << u"http://127.0.0.1:1/x.csv"_s << u"%%%"_s << 5;
}

void TestSandboxBatches::invalidInput()
{
    QFETCH(QString, url);
    QFETCH(QString, warehouse);
    QFETCH(int, code);
    const QJsonObject reply = m_client->graphql(
        u"mutation($d: InventorySyncInput!) { inventory_sync(data: $d) { sync_id } }"_s,
        {{u"d"_s, QJsonObject{{u"url"_s, url}, {u"warehouse_id"_s, warehouse}}}});
    QCOMPARE(reply[u"errors"_s][0][u"code"_s].toInt(), code);
    QVERIFY(reply[u"data"_s][u"inventory_sync"_s].isNull());
    QVERIFY(m_server->service().state().batches.isEmpty());
}

void TestSandboxBatches::liveCounts()
{
    m_server->service().setRowsPerSecond(100);
    m_files->serve(u"/big.csv"_s, {200, "text/csv", csvOfRows(60)});
    const QString syncId = startBatch(m_files->url(u"/big.csv"_s));
    QJsonObject batch;
    QTRY_VERIFY_WITH_TIMEOUT((batch = status(syncId))[u"finished_count"_s].toInt() > 5, 5000);
    QCOMPARE(batch[u"status"_s].toString(), u"processing"_s);
    QCOMPARE(batch[u"total_count"_s].toInt(), 60);
    QVERIFY(batch[u"finished_count"_s].toInt() < 60);
    QCOMPARE(batch[u"success_count"_s].toInt(), batch[u"finished_count"_s].toInt());
    // The row being worked on shows as processing.
    const QJsonArray processing =
        m_client
            ->graphql(RowsQuery,
                      {{u"id"_s, syncId},
                       {u"status"_s, u"processing"_s}})[u"data"_s][u"inventory_sync_items_status"_s]
                                                       [u"data"_s][u"edges"_s]
            .toArray();
    QVERIFY(processing.size() <= 1);
    const QJsonObject done = waitFinished(syncId);
    QCOMPARE(done[u"status"_s].toString(), u"success"_s);
    QCOMPARE(done[u"finished_count"_s].toInt(), 60);
    QCOMPARE(onHand(u"TEE-BLK-M"_s), 59);
}

void TestSandboxBatches::abortMidway()
{
    m_server->service().setRowsPerSecond(100);
    m_files->serve(u"/big.csv"_s, {200, "text/csv", csvOfRows(200)});
    const QString syncId = startBatch(m_files->url(u"/big.csv"_s));
    QTRY_VERIFY_WITH_TIMEOUT(status(syncId)[u"finished_count"_s].toInt() >= 3, 5000);

    const QJsonObject reply = m_client->graphql(
        u"mutation($id: String!) { inventory_sync_abort(data: {sync_id: $id, reason: \"Wrong "
        u"File\"}) { "
        u"request_id complexity sync { id status error total_count finished_count success_count error_count } } }"_s,
        {{u"id"_s, syncId}});
    QVERIFY2(!reply.contains(u"errors"_s), QJsonDocument(reply).toJson().constData());
    const QJsonObject sync = reply[u"data"_s][u"inventory_sync_abort"_s][u"sync"_s].toObject();
    QCOMPARE(sync[u"id"_s].toString(), syncId);
    QCOMPARE(sync[u"status"_s].toString(), u"aborted"_s);
    QCOMPARE(sync[u"error"_s].toString(), u"Wrong File"_s);
    const int finished = sync[u"finished_count"_s].toInt();
    QVERIFY(finished >= 3 && finished < 200);
    QCOMPARE(sync[u"total_count"_s].toInt(), 200);

    // Nothing more runs; applied rows stay applied.
    QTest::qWait(100);
    const QJsonObject later = status(syncId);
    QCOMPARE(later[u"status"_s].toString(), u"aborted"_s);
    QCOMPARE(later[u"finished_count"_s].toInt(), finished);
    QCOMPARE(onHand(u"TEE-BLK-M"_s), finished - 1);
    const QJsonArray pending =
        m_client
            ->graphql(RowsQuery,
                      {{u"id"_s, syncId},
                       {u"status"_s, u"pending"_s},
                       {u"first"_s,
                        500}})[u"data"_s][u"inventory_sync_items_status"_s][u"data"_s][u"edges"_s]
            .toArray();
    QCOMPARE(pending.size(), 200 - finished);

    // A second abort is refused.
    const QJsonObject again = m_client->graphql(
        u"mutation($id: String!) { inventory_sync_abort(data: {sync_id: $id}) { sync { id } } }"_s,
        {{u"id"_s, syncId}});
    QCOMPARE(again[u"errors"_s][0][u"code"_s].toInt(), 9);
    QVERIFY(again[u"errors"_s][0][u"message"_s].toString().contains(u"aborted"_s));
}

void TestSandboxBatches::abortFinished()
{
    const QString syncId = startBatch(m_files->url(u"/inventory-clean.csv"_s));
    QCOMPARE(waitFinished(syncId)[u"status"_s].toString(), u"success"_s);
    const QJsonObject reply = m_client->graphql(
        u"mutation($id: String!) { inventory_sync_abort(data: {sync_id: $id, reason: \"late\"}) { sync { id } } }"_s,
        {{u"id"_s, syncId}});
    QCOMPARE(reply[u"errors"_s][0][u"code"_s].toInt(), 9);
    QVERIFY(reply[u"errors"_s][0][u"message"_s].toString().contains(u"success"_s));
    QVERIFY(reply[u"data"_s][u"inventory_sync_abort"_s].isNull());
    QCOMPARE(status(syncId)[u"status"_s].toString(), u"success"_s);
}

void TestSandboxBatches::statusFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("dynamicOnly");
    // Made below: 2 success (one in the dynamic warehouse), 1 error_partial,
    // 1 error_unknown, 1 aborted.
    QTest::newRow("all") << QString() << 5 << false;
    QTest::newRow("success") << u"success"_s << 2 << false;
    QTest::newRow("error") << u"error"_s << 2 << false;
    QTest::newRow("error_unknown") << u"error_unknown"_s << 1 << false;
    QTest::newRow("success,aborted") << u"success,aborted"_s << 3 << false;
    QTest::newRow("!success") << u"!success"_s << 3 << false;
    QTest::newRow("!error") << u"!error"_s << 3 << false;
    QTest::newRow("pending") << u"pending"_s << 0 << false;
    QTest::newRow("dynamic warehouse") << QString() << 1 << true;
}

void TestSandboxBatches::statusFilters()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    QFETCH(bool, dynamicOnly);

    m_files->serve(u"/slow.csv"_s, {200, "text/csv", csvOfRows(100)});
    QCOMPARE(
        waitFinished(startBatch(m_files->url(u"/inventory-clean.csv"_s)))[u"status"_s].toString(),
        u"success"_s);
    QCOMPARE(waitFinished(startBatch(m_files->url(u"/inventory-clean.csv"_s),
                                     warehouseId(DemoData::DynamicWarehouseId)))[u"status"_s]
                 .toString(),
             u"success"_s);
    QCOMPARE(waitFinished(startBatch(m_files->url(u"/inventory-unknown-skus.csv"_s)))[u"status"_s]
                 .toString(),
             u"error_partial"_s);
    QCOMPARE(waitFinished(startBatch(m_files->url(u"/missing.csv"_s)))[u"status"_s].toString(),
             u"error_unknown"_s);
    m_server->service().setRowsPerSecond(20);
    const QString slow = startBatch(m_files->url(u"/slow.csv"_s));
    QTRY_COMPARE_WITH_TIMEOUT(status(slow)[u"status"_s].toString(), u"processing"_s, 5000);
    QVERIFY(
        !m_client
             ->graphql(
                 u"mutation($id: String!) { inventory_sync_abort(data: {sync_id: $id}) { sync { id } } }"_s,
                 {{u"id"_s, slow}})
             .contains(u"errors"_s));

    QJsonObject variables{{u"first"_s, 50}};
    if (!filter.isNull())
        variables.insert(u"s"_s, filter);
    if (dynamicOnly)
        variables.insert(u"w"_s, warehouseId(DemoData::DynamicWarehouseId));
    const QJsonObject reply = m_client->graphql(StatusesQuery, variables);
    QVERIFY2(!reply.contains(u"errors"_s), QJsonDocument(reply).toJson().constData());
    const QJsonArray edges =
        reply[u"data"_s][u"inventory_sync_statuses"_s][u"data"_s][u"edges"_s].toArray();
    QCOMPARE(edges.size(), count);
    for (const QJsonValue &edge : edges) {
        const QString status = edge[u"node"_s][u"status"_s].toString();
        if (filter == u"error")
            QVERIFY(status.startsWith(u"error_"_s));
        if (filter == u"!success")
            QVERIFY(status != u"success");
        if (dynamicOnly)
            QCOMPARE(edge[u"node"_s][u"warehouse_id"_s].toString(),
                     warehouseId(DemoData::DynamicWarehouseId));
    }

    const QJsonObject bad = m_client->graphql(StatusesQuery, {{u"s"_s, u"finished"_s}});
    QCOMPARE(bad[u"errors"_s][0][u"code"_s].toInt(), 6);
    QVERIFY(bad[u"errors"_s][0][u"message"_s].toString().contains(u"finished"_s));
}

void TestSandboxBatches::statusesPagination()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.prepend(startBatch(m_files->url(u"/inventory-clean.csv"_s))); // newest first
    for (const QString &id : std::as_const(ids))
        waitFinished(id);

    auto page = [&](const QJsonObject &variables) {
        return m_client
            ->graphql(StatusesQuery, variables)[u"data"_s][u"inventory_sync_statuses"_s][u"data"_s]
            .toObject();
    };
    auto idsOf = [](const QJsonObject &connection) {
        QStringList list;
        for (const QJsonValue &edge : connection[u"edges"_s].toArray())
            list.append(edge[u"node"_s][u"id"_s].toString());
        return list;
    };
    const QJsonObject first = page({{u"first"_s, 2}});
    QCOMPARE(idsOf(first), ids.mid(0, 2));
    QCOMPARE(first[u"pageInfo"_s][u"hasNextPage"_s].toBool(), true);
    QCOMPARE(first[u"pageInfo"_s][u"hasPreviousPage"_s].toBool(), false);
    const QJsonObject second =
        page({{u"first"_s, 2}, {u"after"_s, first[u"pageInfo"_s][u"endCursor"_s].toString()}});
    QCOMPARE(idsOf(second), ids.mid(2, 2));
    const QJsonObject third =
        page({{u"first"_s, 2}, {u"after"_s, second[u"pageInfo"_s][u"endCursor"_s].toString()}});
    QCOMPARE(idsOf(third), ids.mid(4, 1));
    QCOMPARE(third[u"pageInfo"_s][u"hasNextPage"_s].toBool(), false);
    QCOMPARE(third[u"pageInfo"_s][u"hasPreviousPage"_s].toBool(), true);

    const QJsonObject last = page({{u"last"_s, 2}});
    QCOMPARE(idsOf(last), ids.mid(3, 2));
    const QJsonObject beforeLast =
        page({{u"last"_s, 2}, {u"before"_s, last[u"pageInfo"_s][u"startCursor"_s].toString()}});
    QCOMPARE(idsOf(beforeLast), ids.mid(1, 2));
    // Cursors are opaque: not the ids themselves.
    QVERIFY(!first[u"pageInfo"_s][u"endCursor"_s].toString().contains(ids[1]));
}

void TestSandboxBatches::rowsPagination()
{
    const QString syncId = startBatch(m_files->url(u"/inventory-clean.csv"_s));
    waitFinished(syncId);
    QList<int> rows;
    QString after;
    int pages = 0;
    while (true) {
        QJsonObject variables{{u"id"_s, syncId}, {u"first"_s, 5}};
        if (!after.isEmpty())
            variables.insert(u"after"_s, after);
        const QJsonObject reply = m_client->graphql(RowsQuery, variables);
        const QJsonObject result = reply[u"data"_s][u"inventory_sync_items_status"_s].toObject();
        QCOMPARE(result[u"complexity"_s].toInt(), 6);
        const QJsonObject connection = result[u"data"_s].toObject();
        for (const QJsonValue &edge : connection[u"edges"_s].toArray())
            rows.append(edge[u"node"_s][u"row"_s].toInt());
        ++pages;
        if (!connection[u"pageInfo"_s][u"hasNextPage"_s].toBool())
            break;
        after = connection[u"pageInfo"_s][u"endCursor"_s].toString();
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 4);
    QCOMPARE(rows.size(), 20);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i], i + 1);
    // Without first, the default page size is charged, as ShipHero's example shows (101).
    const QJsonObject full = m_client->graphql(
        u"query($id: String!) { inventory_sync_items_status(id: $id) { complexity data { edges { node { id } } } } }"_s,
        {{u"id"_s, syncId}});
    QCOMPARE(full[u"data"_s][u"inventory_sync_items_status"_s][u"complexity"_s].toInt(), 101);
}

QTEST_GUILESS_MAIN(TestSandboxBatches)
#include "tst_sandbox_batches.moc"
