// The sandbox's HTTP surface end to end over loopback: sign-in and refresh,
// refused tokens, malformed and oversized requests, and every query
// operation with ShipHero's error shape.

#include "SandboxTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listensOnLoopback();
    void token();
    void tokenRefused_data();
    void tokenRefused();
    void graphqlRefusesToken_data();
    void graphqlRefusesToken();
    void expiryAndRefresh();
    void badRequests_data();
    void badRequests();
    void syntaxAndValidationErrors_data();
    void syntaxAndValidationErrors();
    void account();
    void warehouseProducts();
    void warehouseProductsPagination();
    void warehouseProductsForCustomer();
    void userQuota();
    void uuid();
    void analyzeCostsOnly();
    void missingScope();
    void unknownBatch_data();
    void unknownBatch();
    void variablesAndOperationName();
    void garbageOnTheWire_data();
    void garbageOnTheWire();

private:
    SandboxServer *m_server = nullptr;
    std::unique_ptr<TestClient> m_client;
};

void TestSandboxHttp::initTestCase()
{
    SandboxConfig config = fastConfig();
    config.maxBodyBytes = 64 * 1024;
    m_server = new SandboxServer(config, this);
    QVERIFY2(m_server->service().isReady(), qPrintable(m_server->service().schemaError()));
    m_server->service().setState(DemoData::create());
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<TestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login().status, 200);
}

void TestSandboxHttp::cleanupTestCase()
{
    m_client.reset();
    delete m_server;
    m_server = nullptr;
}

void TestSandboxHttp::listensOnLoopback()
{
    const QUrl url = m_server->baseUrl();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QCOMPARE(url.port(), int(m_server->port()));
}

void TestSandboxHttp::token()
{
    TestClient client(m_server->baseUrl());
    const HttpResult result = client.login();
    QCOMPARE(result.status, 200);
    QVERIFY(result.jsonValid);
    QVERIFY(!result.json.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!result.json.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(result.json.value(u"expires_in"_s).toInteger(), 2419200);
    QCOMPARE(result.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QVERIFY(result.json.value(u"scope"_s).toString().contains(DemoData::writeScope()));
    // Each sign-in gets its own token.
    QVERIFY(client.token() != m_client->token());
}

void TestSandboxHttp::tokenRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("wrong password")
        << u"/auth/token"_s
        << QByteArray(R"({"username":"demo@sandbox.invsync","password":"nope"})") << 403
        << u"invalid_grant"_s;
    QTest::newRow("unknown user") << u"/auth/token"_s
                                  << QByteArray(
                                         R"({"username":"who@example.com","password":"sandbox"})")
                                  << 403 << u"invalid_grant"_s;
    QTest::newRow("no password") << u"/auth/token"_s
                                 << QByteArray(R"({"username":"demo@sandbox.invsync"})") << 400
                                 << u"invalid_request"_s;
    QTest::newRow("malformed") << u"/auth/token"_s << QByteArray("{\"username\":") << 400
                               << u"invalid_request"_s;
    QTest::newRow("unknown refresh")
        << u"/auth/refresh"_s << QByteArray(R"({"refresh_token":"abc"})") << 403
        << u"invalid_grant"_s;
    QTest::newRow("refresh without token")
        << u"/auth/refresh"_s << QByteArray("{}") << 400 << u"invalid_request"_s;
}

void TestSandboxHttp::tokenRefused()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    TestClient client(m_server->baseUrl());
    const HttpResult result = client.send("POST", path, body);
    QCOMPARE(result.status, status);
    QVERIFY(result.jsonValid);
    QCOMPARE(result.json.value(u"error"_s).toString(), error);
    QVERIFY(!result.json.value(u"error_description"_s).toString().isEmpty());
}

void TestSandboxHttp::graphqlRefusesToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("description");
    QTest::newRow("none") << QByteArray() << u"No access token"_s;
    QTest::newRow("wrong") << QByteArray("Bearer not-a-token") << u"invalid"_s;
    QTest::newRow("not bearer") << QByteArray("Basic ZGVtbzpzYW5kYm94") << u"Bearer"_s;
}

void TestSandboxHttp::graphqlRefusesToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, description);
    const HttpResult result =
        m_client->send("POST", u"/graphql"_s, R"({"query":"{ user_quota { credits_remaining } }"})",
                       authorization);
    QCOMPARE(result.status, 401);
    QVERIFY(result.jsonValid);
    QCOMPARE(result.json.value(u"error"_s).toString(), u"invalid_token"_s);
    QVERIFY(result.json.value(u"error_description"_s).toString().contains(description));
    const QByteArray challenge = result.header("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Bearer "), challenge.constData());
    QVERIFY(challenge.contains("error=\"invalid_token\""));
    QVERIFY(challenge.contains("error_description="));
}

void TestSandboxHttp::expiryAndRefresh()
{
    SandboxConfig config = fastConfig();
    config.tokenLifetimeSeconds = 1;
    SandboxServer server(config);
    server.service().setState(DemoData::create());
    QVERIFY(server.listen() != 0);
    TestClient client(server.baseUrl());
    const HttpResult login = client.login();
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json.value(u"expires_in"_s).toInt(), 1);
    const QString query = u"{ user_quota { credits_remaining } }"_s;
    QCOMPARE(client.graphqlHttp(query).status, 200);

    HttpResult expired;
    QTRY_VERIFY_WITH_TIMEOUT((expired = client.graphqlHttp(query)).status == 401, 5000);
    QVERIFY(expired.json.value(u"error_description"_s).toString().contains(u"expired"_s));
    QVERIFY(expired.header("WWW-Authenticate").contains("expired"));

    const HttpResult refreshed =
        client.post(u"/auth/refresh"_s, {{u"refresh_token"_s, client.refreshToken()}});
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json.contains(u"refresh_token"_s));
    QCOMPARE(refreshed.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    client.setToken(refreshed.json.value(u"access_token"_s).toString().toLatin1());
    const HttpResult again = client.graphqlHttp(query);
    QCOMPARE(again.status, 200);
    QVERIFY(again.json.value(u"data"_s).toObject().contains(u"user_quota"_s));
}

void TestSandboxHttp::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed json")
        << QByteArray("POST") << u"/graphql"_s
        << QByteArray(R"({"query": "{ account { request_id } }")") << 400 << u"Malformed JSON"_s;
    QTest::newRow("not an object")
        << QByteArray("POST") << u"/graphql"_s << QByteArray("[1,2]") << 400 << u"JSON object"_s;
    QTest::newRow("no query") << QByteArray("POST") << u"/graphql"_s
                              << QByteArray(R"({"variables":{}})") << 400 << u"no \"query\""_s;
    QTest::newRow("bad variables")
        << QByteArray("POST") << u"/graphql"_s
        << QByteArray(R"({"query":"{ user_quota { max_available } }","variables":[1]})") << 400
        << u"variables"_s;
    QTest::newRow("oversized") << QByteArray("POST") << u"/graphql"_s
                               << (QByteArray(
                                       R"({"query":"{ user_quota { max_available } }","x":")") +
                                   QByteArray(70 * 1024, 'a') + "\"}")
                               << 413 << u"larger than"_s;
    QTest::newRow("GET graphql") << QByteArray("GET") << u"/graphql"_s << QByteArray() << 405
                                 << u"POST"_s;
    QTest::newRow("PUT token") << QByteArray("PUT") << u"/auth/token"_s << QByteArray("{}") << 405
                               << u"POST"_s;
    QTest::newRow("unknown path") << QByteArray("POST") << u"/api/v2"_s << QByteArray("{}") << 404
                                  << u"No such path"_s;
}

void TestSandboxHttp::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const HttpResult result = m_client->send(method, path, body, m_client->bearer());
    QCOMPARE(result.status, status);
    QVERIFY2(result.jsonValid, result.body.constData());
    const QString text =
        result.json.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    if (status == 405)
        QCOMPARE(result.header("Allow"), QByteArray("POST"));
    // The server is still fine afterwards.
    QCOMPARE(m_client->graphqlHttp(u"{ user_quota { max_available } }"_s).status, 200);
}

void TestSandboxHttp::syntaxAndValidationErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << u"{ account { data { id }"_s << u"Syntax Error"_s;
    QTest::newRow("unknown field")
        << u"{ account { data { color } } }"_s << u"Cannot query field \"color\""_s;
    QTest::newRow("missing argument")
        << u"{ inventory_sync_items_status { request_id } }"_s << u"\"id\""_s;
}

void TestSandboxHttp::syntaxAndValidationErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const HttpResult result = m_client->graphqlHttp(query);
    QCOMPARE(result.status, 200);
    const QJsonArray errors = result.json.value(u"errors"_s).toArray();
    QVERIFY(!errors.isEmpty());
    const QJsonObject first = errors.at(0).toObject();
    QVERIFY2(first.value(u"message"_s).toString().contains(message),
             qPrintable(first.value(u"message"_s).toString()));
    QVERIFY(!first.value(u"request_id"_s).toString().isEmpty());
    QVERIFY(first.value(u"locations"_s).isArray());
}

void TestSandboxHttp::account()
{
    const QJsonObject reply = m_client->graphql(
        u"{ account { request_id complexity data { id is_3pl dynamic_slotting "
        u"warehouses { id legacy_id identifier dynamic_slotting active } } } }"_s);
    QVERIFY2(!reply.contains(u"errors"_s), QJsonDocument(reply).toJson().constData());
    const QJsonObject account = reply[u"data"_s][u"account"_s].toObject();
    QCOMPARE(account.value(u"request_id"_s).toString().size(), 24);
    QVERIFY(account.value(u"complexity"_s).toInt() >= 1);
    QCOMPARE(account[u"data"_s][u"is_3pl"_s].toBool(), true);
    const QJsonArray warehouses = account[u"data"_s][u"warehouses"_s].toArray();
    QCOMPARE(warehouses.size(), 2);
    QCOMPARE(warehouses[0][u"id"_s].toString(), u"V2FyZWhvdXNlOjExNzkw"_s);
    QCOMPARE(warehouses[0][u"dynamic_slotting"_s].toBool(), false);
    QCOMPARE(warehouses[1][u"dynamic_slotting"_s].toBool(), true);
    // Only what was asked for.
    QVERIFY(!warehouses[0].toObject().contains(u"profile"_s));
}

void TestSandboxHttp::warehouseProducts()
{
    const QString query =
        u"query($w: String, $sku: String) { warehouse_products(warehouse_id: $w, sku: $sku) { "
        u"data(first: 5) { edges { node { sku on_hand available warehouse_id } } } } }"_s;
    // Every SKU of the clean sample exists in both warehouses.
    const QByteArray clean = readFile(sampleFile(u"inventory-clean.csv"_s));
    QVERIFY(!clean.isEmpty());
    for (const int warehouse : {DemoData::StaticWarehouseId, DemoData::DynamicWarehouseId}) {
        for (const QString &sku : {u"TSHIRT-BLK-S"_s, u"SOCKS-3PK, STRIPED"_s, u"00452"_s}) {
            const QJsonObject reply =
                m_client->graphql(query, {{u"w"_s, warehouseId(warehouse)}, {u"sku"_s, sku}});
            const QJsonArray edges =
                reply[u"data"_s][u"warehouse_products"_s][u"data"_s][u"edges"_s].toArray();
            QCOMPARE(edges.size(), 1);
            const QJsonObject node = edges[0][u"node"_s].toObject();
            QCOMPARE(node[u"sku"_s].toString(), sku);
            QCOMPARE(node[u"warehouse_id"_s].toString(), warehouseId(warehouse));
            QVERIFY(node[u"on_hand"_s].isDouble());
        }
    }
    const QJsonObject unknown =
        m_client->graphql(query, {{u"w"_s, warehouseId()}, {u"sku"_s, u"NOPE"_s}});
    QCOMPARE(unknown[u"data"_s][u"warehouse_products"_s][u"data"_s][u"edges"_s].toArray().size(),
             0);
    const QJsonObject badWarehouse =
        m_client->graphql(query, {{u"w"_s, warehouseId(1)}, {u"sku"_s, u"NOPE"_s}});
    QCOMPARE(badWarehouse[u"errors"_s][0][u"code"_s].toInt(), 5);
}

void TestSandboxHttp::warehouseProductsPagination()
{
    const QString query = u"query($after: String, $before: String, $first: Int, $last: Int) { "
                          u"warehouse_products(warehouse_id: \"V2FyZWhvdXNlOjExNzkw\") { "
                          u"data(first: $first, after: $after, last: $last, before: $before) { "
                          u"pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
                          u"edges { cursor node { sku } } } } }"_s;
    auto page = [&](const QJsonObject &variables) {
        return m_client->graphql(query, variables)[u"data"_s][u"warehouse_products"_s][u"data"_s]
            .toObject();
    };
    const QJsonObject first = page({{u"first"_s, 10}});
    QCOMPARE(first[u"edges"_s].toArray().size(), 10);
    QCOMPARE(first[u"pageInfo"_s][u"hasNextPage"_s].toBool(), true);
    QCOMPARE(first[u"pageInfo"_s][u"hasPreviousPage"_s].toBool(), false);
    const QString end = first[u"pageInfo"_s][u"endCursor"_s].toString();
    QCOMPARE(end, first[u"edges"_s][9][u"cursor"_s].toString());

    const QJsonObject second = page({{u"first"_s, 10}, {u"after"_s, end}});
    QCOMPARE(second[u"edges"_s].toArray().size(), 10);
    QCOMPARE(second[u"pageInfo"_s][u"hasPreviousPage"_s].toBool(), true);
    QVERIFY(second[u"edges"_s][0][u"node"_s][u"sku"_s] !=
            first[u"edges"_s][9][u"node"_s][u"sku"_s]);

    // Back again: the last 10 before the second page's start are the first page.
    const QJsonObject back =
        page({{u"last"_s, 10}, {u"before"_s, second[u"pageInfo"_s][u"startCursor"_s].toString()}});
    QCOMPARE(back[u"edges"_s].toArray(), first[u"edges"_s].toArray());

    // Without first/last, a page of 100.
    QCOMPARE(page({})[u"edges"_s].toArray().size(), 100);

    const QJsonObject invalid =
        m_client->graphql(query, {{u"first"_s, 2}, {u"after"_s, u"bm90IGEgY3Vyc29y"_s}});
    QCOMPARE(invalid[u"errors"_s][0][u"code"_s].toInt(), 6);
    QVERIFY(invalid[u"errors"_s][0][u"message"_s].toString().contains(u"cursor"_s));
}

void TestSandboxHttp::warehouseProductsForCustomer()
{
    const QString customer = SandboxIds::opaque(u"Account"_s, DemoData::CustomerId);
    const QJsonObject reply =
        m_client->graphql(u"query($c: String) { warehouse_products(customer_account_id: $c) { "
                          u"data(first: 50) { edges { node { sku account_id } } } } }"_s,
                          {{u"c"_s, customer}});
    const QJsonArray edges =
        reply[u"data"_s][u"warehouse_products"_s][u"data"_s][u"edges"_s].toArray();
    QCOMPARE(edges.size(), 20);
    QCOMPARE(edges[0][u"node"_s][u"account_id"_s].toString(), customer);
    QVERIFY(edges[0][u"node"_s][u"sku"_s].toString().startsWith(u"ACME-"_s));
}

void TestSandboxHttp::userQuota()
{
    const QJsonObject reply =
        m_client->graphql(u"{ user_quota { credits_remaining max_available increment_rate } }"_s);
    const QJsonObject quota = reply[u"data"_s][u"user_quota"_s].toObject();
    QCOMPARE(quota[u"max_available"_s].toInt(), 4004);
    QCOMPARE(quota[u"increment_rate"_s].toInt(), 60);
    QVERIFY(quota[u"credits_remaining"_s].toInt() > 0);
    QVERIFY(quota[u"credits_remaining"_s].toInt() <= 4004);
}

void TestSandboxHttp::uuid()
{
    const QJsonObject reply = m_client->graphql(
        u"{ uuid(legacy_id: 11790, entity: Warehouse) { request_id data { id legacy_id } } }"_s);
    QCOMPARE(reply[u"data"_s][u"uuid"_s][u"data"_s][u"id"_s].toString(), u"V2FyZWhvdXNlOjExNzkw"_s);
    QCOMPARE(reply[u"data"_s][u"uuid"_s][u"data"_s][u"legacy_id"_s].toInt(), 11790);
    const QJsonObject missing =
        m_client->graphql(u"{ uuid(legacy_id: 1, entity: Warehouse) { data { id } } }"_s);
    QCOMPARE(missing[u"errors"_s][0][u"code"_s].toInt(), 5);
    QVERIFY(missing[u"data"_s][u"uuid"_s].isNull());
}

void TestSandboxHttp::analyzeCostsOnly()
{
    const int before = m_server->service().creditsRemaining();
    const QJsonObject reply = m_client->graphql(
        u"{ inventory_sync_statuses(analyze: true) { complexity data(first: 20) { edges { node { id } } } } }"_s);
    const QJsonObject result = reply[u"data"_s][u"inventory_sync_statuses"_s].toObject();
    QCOMPARE(result[u"complexity"_s].toInt(), 21);
    QVERIFY(result[u"data"_s].isNull());
    QVERIFY(m_server->service().creditsRemaining() >= before);

    const QJsonObject charged = m_client->graphql(
        u"{ inventory_sync_statuses { complexity data(first: 20) { edges { node { id } } } } }"_s);
    QCOMPARE(charged[u"data"_s][u"inventory_sync_statuses"_s][u"complexity"_s].toInt(), 21);
    QVERIFY(charged[u"data"_s][u"inventory_sync_statuses"_s][u"data"_s].isObject());
}

void TestSandboxHttp::missingScope()
{
    TestClient viewer(m_server->baseUrl());
    QCOMPARE(viewer.login(DemoData::readOnlyUsername(), DemoData::readOnlyPassword()).status, 200);
    const QJsonObject reply = viewer.graphql(
        u"mutation($d: InventorySyncInput!) { inventory_sync(data: $d) { request_id sync_id } }"_s,
        {{u"d"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/x.csv"_s},
                              {u"warehouse_id"_s, warehouseId()}}}});
    const QJsonObject error = reply[u"errors"_s][0].toObject();
    QCOMPARE(error[u"code"_s].toInt(), 7);
    QCOMPARE(error[u"message"_s].toString(), u"Missing required scope(s): inventory:write"_s);
    QCOMPARE(error[u"request_id"_s].toString().size(), 24);
    QCOMPARE(error[u"operation"_s].toString(), u"inventory_sync"_s);
    QVERIFY(reply[u"data"_s].toObject().contains(u"inventory_sync"_s));
    QVERIFY(reply[u"data"_s][u"inventory_sync"_s].isNull());
    QVERIFY(m_server->service().state().batches.isEmpty());
    // Reading is allowed.
    QVERIFY(!viewer.graphql(u"{ account { data { id } } }"_s).contains(u"errors"_s));
}

void TestSandboxHttp::unknownBatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("status")
        << u"{ inventory_sync_status(id: \"5d9624b054de070000000999\") { data { id } } }"_s;
    QTest::newRow("items")
        << u"{ inventory_sync_items_status(id: \"nope\") { data { edges { node { id } } } } }"_s;
    QTest::newRow("abort")
        << u"mutation { inventory_sync_abort(data: {sync_id: \"nope\", reason: \"x\"}) { sync { id } } }"_s;
}

void TestSandboxHttp::unknownBatch()
{
    QFETCH(QString, query);
    const QJsonObject reply = m_client->graphql(query);
    QCOMPARE(reply[u"errors"_s][0][u"code"_s].toInt(), 5);
    QVERIFY(reply[u"errors"_s][0][u"message"_s].toString().contains(u"not found"_s));
}

void TestSandboxHttp::variablesAndOperationName()
{
    const QString document =
        u"query Quota { q: user_quota { max_available } } "
        u"query Houses($analyze: Boolean = false) { account(analyze: $analyze) { complexity data { warehouses { identifier } } } }"_s;
    const HttpResult quota = m_client->graphqlHttp(document, {}, u"Quota"_s);
    QCOMPARE(quota.json[u"data"_s][u"q"_s][u"max_available"_s].toInt(), 4004);
    const HttpResult houses = m_client->graphqlHttp(document, {}, u"Houses"_s);
    QCOMPARE(houses.json[u"data"_s][u"account"_s][u"data"_s][u"warehouses"_s].toArray().size(), 2);
    const HttpResult analyzed =
        m_client->graphqlHttp(document, {{u"analyze"_s, true}}, u"Houses"_s);
    QVERIFY(analyzed.json[u"data"_s][u"account"_s][u"data"_s].isNull());
}

void TestSandboxHttp::garbageOnTheWire_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not http") << QByteArray(
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n");
    QTest::newRow("half a request")
        << QByteArray("POST /graphql HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"qu");
    QTest::newRow("bad header") << QByteArray(
        "POST /graphql HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("nul bytes") << QByteArray(64, '\0');
}

void TestSandboxHttp::garbageOnTheWire()
{
    QFETCH(QByteArray, bytes);
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.waitForReadyRead(200);
        socket.abort();
    }
    // Still serving.
    QCOMPARE(m_client->graphqlHttp(u"{ user_quota { max_available } }"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
