// Credits and throttling, every fault injection switch, and restarting the
// sandbox on a saved state.

#include "SandboxTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

// 1 for the root field + 100 rows charged by default: 101.
const QString CostlyQuery =
    u"{ inventory_sync_statuses { request_id complexity data { edges { node { id } } } } }"_s;
const QString QuotaQuery = u"{ user_quota { credits_remaining max_available increment_rate } }"_s;
const QString StartMutation =
    u"mutation($d: InventorySyncInput!) { inventory_sync(data: $d) { sync_id } }"_s;

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttling();
    void tooCostlyEver();
    void refill();
    void faults_data();
    void faults();
    void faultsSpareAuthUnlessAsked();
    void latency();
    void throttleOnDemand();
    void restartKeepsState();
    void restartResumesBatch();
    void unreadableState();
};

void TestSandboxLimits::throttling()
{
    SandboxConfig config = fastConfig();
    config.creditsMax = 250;
    config.creditsRefillPerSecond = 1;
    SandboxServer server(config);
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    QCOMPARE(client.login().status, 200);

    const QJsonObject first = client.graphql(CostlyQuery);
    QCOMPARE(first[u"data"_s][u"inventory_sync_statuses"_s][u"complexity"_s].toInt(), 101);
    QVERIFY(!client.graphql(CostlyQuery).contains(u"errors"_s));

    const HttpResult throttled = client.graphqlHttp(CostlyQuery);
    QCOMPARE(throttled.status, 200);
    const QJsonObject error = throttled.json[u"errors"_s][0].toObject();
    QCOMPARE(error[u"code"_s].toInt(), 30);
    QCOMPARE(error[u"required_credits"_s].toInt(), 101);
    const int remaining = error[u"remaining_credits"_s].toInt();
    QVERIFY2(remaining >= 48 && remaining < 101, qPrintable(QString::number(remaining)));
    QVERIFY(error[u"time_remaining"_s].toString().endsWith(u" seconds"_s));
    QCOMPARE(error[u"time_remaining"_s].toString(), u"%1 seconds"_s.arg(101 - remaining));
    QCOMPARE(error[u"request_id"_s].toString().size(), 24);
    QVERIFY(throttled.json[u"data"_s].toObject().contains(u"inventory_sync_statuses"_s));
    QVERIFY(throttled.json[u"data"_s][u"inventory_sync_statuses"_s].isNull());

    // The quota stays readable while throttled, and says so.
    const QJsonObject quota = client.graphql(QuotaQuery);
    QVERIFY(!quota.contains(u"errors"_s));
    QCOMPARE(quota[u"data"_s][u"user_quota"_s][u"max_available"_s].toInt(), 250);
    QCOMPARE(quota[u"data"_s][u"user_quota"_s][u"increment_rate"_s].toInt(), 1);
    QVERIFY(quota[u"data"_s][u"user_quota"_s][u"credits_remaining"_s].toInt() < 101);

    // A cheap request still goes through.
    QVERIFY(
        !client
             .graphql(u"{ inventory_sync_statuses { data(first: 5) { edges { node { id } } } } }"_s)
             .contains(u"errors"_s));
}

void TestSandboxLimits::tooCostlyEver()
{
    SandboxServer server(fastConfig());
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    client.login();
    const QJsonObject reply = client.graphql(
        u"{ warehouse_products { data(first: 5000) { edges { node { sku } } } } }"_s);
    const QJsonObject error = reply[u"errors"_s][0].toObject();
    QCOMPARE(error[u"code"_s].toInt(), 30);
    QVERIFY(error[u"message"_s].toString().contains(u"4004"_s));
    QVERIFY(!error.contains(u"time_remaining"_s));
    // Asking only for the cost is fine.
    const QJsonObject analyzed = client.graphql(
        u"{ warehouse_products(analyze: true) { complexity data(first: 5000) { edges { node { sku } } } } }"_s);
    QCOMPARE(analyzed[u"data"_s][u"warehouse_products"_s][u"complexity"_s].toInt(), 5001);
}

void TestSandboxLimits::refill()
{
    SandboxConfig config = fastConfig();
    config.creditsMax = 200;
    config.creditsRefillPerSecond = 100;
    SandboxServer server(config);
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    server.service().setCreditsRemaining(0);
    QVERIFY(server.service().creditsRemaining() < 101);
    TestClient client(server.baseUrl());
    client.login();
    QCOMPARE(client.graphql(CostlyQuery)[u"errors"_s][0][u"code"_s].toInt(), 30);
    // About a second later there is enough again.
    // (The condition has no side effect: QTRY_ evaluates it once more at the end.)
    QTRY_VERIFY_WITH_TIMEOUT(
        client.graphql(QuotaQuery)[u"data"_s][u"user_quota"_s][u"credits_remaining"_s].toInt() >=
            101,
        3000);
    const QJsonObject reply = client.graphql(CostlyQuery);
    QVERIFY2(!reply.contains(u"errors"_s), QJsonDocument(reply).toJson().constData());
}

void TestSandboxLimits::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("batchCreated");
    QTest::newRow("500") << u"500"_s << 500 << false;
    QTest::newRow("502") << u"502"_s << 502 << false;
    QTest::newRow("drop before") << u"dropBefore"_s << 0 << false;
    QTest::newRow("drop after") << u"dropAfter"_s << 0 << true;
    QTest::newRow("malformed") << u"malformed"_s << 200 << true;
}

void TestSandboxLimits::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(bool, batchCreated);

    SandboxServer server(fastConfig());
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    QCOMPARE(client.login().status, 200);

    FaultSettings faults;
    if (fault == u"500")
        faults.serverErrorShare = 1;
    else if (fault == u"502")
        faults.badGatewayShare = 1;
    else if (fault == u"dropBefore")
        faults.dropBeforeShare = 1;
    else if (fault == u"dropAfter")
        faults.dropAfterShare = 1;
    else if (fault == u"malformed")
        faults.malformedShare = 1;
    server.setFaults(faults);

    const HttpResult result = client.graphqlHttp(
        StartMutation, {{u"d"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:1/none.csv"_s},
                                             {u"warehouse_id"_s, warehouseId()}}}});
    QCOMPARE(result.status, status);
    if (status == 0)
        QVERIFY(result.error != QNetworkReply::NoError);
    if (status == 502)
        QVERIFY(result.body.contains("Bad Gateway"));
    if (status == 500)
        QVERIFY(result.jsonValid);
    if (fault == u"malformed") {
        QVERIFY(!result.jsonValid);
        QVERIFY(result.body.startsWith("{"));
    }
    // The client may retry a dropped request on its own; what matters is
    // whether the work was done at all.
    QCOMPARE(!server.service().state().batches.isEmpty(), batchCreated);

    // Switched off, everything is normal again.
    server.setFaults({});
    const HttpResult normal = client.graphqlHttp(QuotaQuery);
    QCOMPARE(normal.status, 200);
    QVERIFY(normal.jsonValid);
}

void TestSandboxLimits::faultsSpareAuthUnlessAsked()
{
    SandboxConfig config = fastConfig();
    config.faults.serverErrorShare = 1;
    SandboxServer server(config);
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    QCOMPARE(client.login().status, 200);
    QCOMPARE(client.graphqlHttp(QuotaQuery).status, 500);

    FaultSettings faults = server.faults();
    faults.includeAuth = true;
    server.setFaults(faults);
    QCOMPARE(client.login().status, 500);
}

void TestSandboxLimits::latency()
{
    SandboxServer server(fastConfig());
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    client.login();
    FaultSettings faults;
    faults.latencyMs = 300;
    server.setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = client.graphqlHttp(QuotaQuery);
    QCOMPARE(result.status, 200);
    QVERIFY(result.jsonValid);
    QVERIFY2(timer.elapsed() >= 280, qPrintable(QString::number(timer.elapsed())));

    // A client that gives up early does not bring the server down.
    QNetworkRequest request(client.url(u"/graphql"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", client.bearer());
    QNetworkReply *reply =
        client.network().post(request, R"({"query":"{ user_quota { max_available } }"})");
    QTest::qWait(50);
    reply->abort();
    reply->deleteLater();
    QTest::qWait(350);
    server.setFaults({});
    QCOMPARE(client.graphqlHttp(QuotaQuery).status, 200);
}

void TestSandboxLimits::throttleOnDemand()
{
    SandboxServer server(fastConfig());
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    client.login();
    FaultSettings faults;
    faults.throttleAll = true;
    server.setFaults(faults);
    const QJsonObject reply = client.graphql(u"{ account { data { id } } }"_s);
    QCOMPARE(reply[u"errors"_s][0][u"code"_s].toInt(), 30);
    QVERIFY(reply[u"errors"_s][0][u"time_remaining"_s].toString().endsWith(u"seconds"_s));
    QVERIFY(reply[u"data"_s][u"account"_s].isNull());
    server.setFaults({});
    QVERIFY(!client.graphql(u"{ account { data { id } } }"_s).contains(u"errors"_s));
}

void TestSandboxLimits::restartKeepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.json"_s);
    FileServer files;
    files.serve(u"/f.csv"_s,
                {200, "text/csv", "sku,quantity,action\nCAP-RED,321,replace\nNOPE,1,replace\n"});

    QByteArray token;
    QString syncId;
    {
        SandboxServer server(fastConfig());
        server.service().setState(DemoData::create());
        QVERIFY(server.listen() != 0);
        TestClient client(server.baseUrl());
        client.login();
        token = client.token();
        syncId =
            client
                .graphql(
                    StartMutation,
                    {{u"d"_s,
                      QJsonObject{{u"url"_s, files.url(u"/f.csv"_s)},
                                  {u"warehouse_id"_s,
                                   warehouseId()}}}})[u"data"_s][u"inventory_sync"_s][u"sync_id"_s]
                .toString();
        QVERIFY(!syncId.isEmpty());
        QTRY_VERIFY(server.service().state().batches.value(0).status == u"error_partial");
        QString error;
        QVERIFY2(server.service().saveState(path, &error), qPrintable(error));
    }

    SandboxServer server(fastConfig());
    QString error;
    QVERIFY2(server.service().loadState(path, &error), qPrintable(error));
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    client.setToken(token); // tokens survive the restart
    const QJsonObject status = client.graphql(
        u"query($id: String) { inventory_sync_status(id: $id) { data { status error total_count } } }"_s,
        {{u"id"_s, syncId}});
    QVERIFY2(!status.contains(u"errors"_s), QJsonDocument(status).toJson().constData());
    const QJsonObject batch = status[u"data"_s][u"inventory_sync_status"_s][u"data"_s].toObject();
    QCOMPARE(batch[u"status"_s].toString(), u"error_partial"_s);
    QCOMPARE(batch[u"error"_s].toString(), u"error in 1 out of 2 rows"_s);
    const QJsonObject product = client.graphql(
        u"{ warehouse_products(warehouse_id: \"V2FyZWhvdXNlOjExNzkw\", sku: \"CAP-RED\") { data { edges { node { on_hand } } } } }"_s);
    QCOMPARE(product[u"data"_s][u"warehouse_products"_s][u"data"_s][u"edges"_s][0][u"node"_s]
                    [u"on_hand"_s]
                        .toInt(),
             321);
    // New batches do not reuse old ids.
    const QString next =
        client
            .graphql(StartMutation,
                     {{u"d"_s,
                       QJsonObject{{u"url"_s, files.url(u"/f.csv"_s)},
                                   {u"warehouse_id"_s,
                                    warehouseId()}}}})[u"data"_s][u"inventory_sync"_s][u"sync_id"_s]
            .toString();
    QVERIFY(!next.isEmpty());
    QVERIFY(next != syncId);
}

void TestSandboxLimits::restartResumesBatch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    FileServer files;
    QByteArray csv = "sku,quantity,action\n";
    for (int i = 0; i < 40; ++i)
        csv += "CAP-RED," + QByteArray::number(i) + ",replace\n";
    files.serve(u"/f.csv"_s, {200, "text/csv", csv});
    {
        SandboxConfig config = fastConfig();
        config.rowsPerSecond = 50;
        SandboxServer server(config);
        server.service().setState(DemoData::create());
        QVERIFY(server.listen() != 0);
        TestClient client(server.baseUrl());
        client.login();
        client.graphql(StartMutation, {{u"d"_s, QJsonObject{{u"url"_s, files.url(u"/f.csv"_s)},
                                                            {u"warehouse_id"_s, warehouseId()}}}});
        QTRY_VERIFY(server.service().state().batches.value(0).finishedCount >= 2);
        QString error;
        QVERIFY(server.service().saveState(path, &error));
    }
    const int requestsBefore = files.requests();
    SandboxServer server(fastConfig());
    QString error;
    QVERIFY(server.service().loadState(path, &error));
    QTRY_COMPARE(server.service().state().batches.value(0).status, u"success"_s);
    QCOMPARE(server.service().state().batches.value(0).finishedCount, 40);
    QCOMPARE(files.requests(), requestsBefore); // the rows were saved; no second download
}

void TestSandboxLimits::unreadableState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    SandboxService service;
    QString error;
    QVERIFY(!service.loadState(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!service.loadState(dir.filePath(u"missing.json"_s), &error));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
