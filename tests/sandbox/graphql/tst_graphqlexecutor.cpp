#include "GraphQLTestUtil.h"

#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

using namespace invsync::graphql;
using namespace Qt::StringLiterals;

namespace {

const char *const kBatch =
    "{\"id\": \"5d9b6a3ba1361e00012268ea\", \"url\": \"https://some-url.com/inv-sync.csv\","
    " \"user_id\": \"VXNlcjo5MTIz\", \"account_id\": \"QWNjb3VudDozODAx\","
    " \"warehouse_id\": \"V2FyZWhvdXNlOjY1NDU=\", \"customer_account_id\": null, \"total_count\": "
    "5,"
    " \"status\": \"success\", \"error\": null, \"created_at\": \"2019-10-07T16:39:23+00:00\","
    " \"updated_at\": \"2019-10-07T16:39:24+00:00\", \"success_count\": 5, \"error_count\": 0,"
    " \"finished_count\": 5, \"secret\": \"never returned\"}";

const char *const kRow =
    "{\"id\": \"5d9b6a3ba1361e00012268e8\", \"row\": 1, \"sku\": \"45933041\", \"quantity\": 10,"
    " \"action\": \"change\", \"reason\": \"Reason for changing inventory\", \"location\": null,"
    " \"status\": \"success\", \"error\": null, \"created_at\": \"2019-10-07T16:39:23+00:00\","
    " \"updated_at\": \"2019-10-07T16:39:24+00:00\"}";

QJsonObject connectionOf(const QJsonObject &node, int count = 2)
{
    QJsonArray edges;
    for (int i = 0; i < count; ++i)
        edges.append(
            QJsonObject{{u"node"_s, node}, {u"cursor"_s, QString(u"c"_s + QString::number(i))}});
    return QJsonObject{{u"edges"_s, edges},
                       {u"pageInfo"_s, QJsonObject{{u"hasNextPage"_s, false},
                                                   {u"hasPreviousPage"_s, false},
                                                   {u"startCursor"_s, u"c0"_s},
                                                   {u"endCursor"_s, u"c1"_s}}}};
}

FieldResult value(const QJsonValue &v)
{
    return FieldResult{v, {}};
}

// Stub resolvers for every root field of the shipped schema, answering the
// reference's sample objects (with extra keys the projection must drop).
void addStubs(Executor &executor, QStringList *calls = nullptr)
{
    const QJsonObject batch = gqltest::jsonObject(kBatch);
    const QJsonObject row = gqltest::jsonObject(kRow);
    auto result = [](QJsonObject data) {
        return QJsonObject{{u"request_id"_s, u"5d9624af8f00587f435deb37"_s},
                           {u"complexity"_s, 1},
                           {u"data"_s, data}};
    };
    auto record = [calls](const ResolveInfo &info) {
        if (calls)
            calls->append(info.fieldName);
    };
    executor.setResolver(u"Query"_s, u"inventory_sync_statuses"_s,
                         [=](const QJsonValue &, const ResolveInfo &info) {
                             record(info);
                             return value(result(connectionOf(batch)));
                         });
    executor.setResolver(u"Query"_s, u"inventory_sync_status"_s,
                         [=](const QJsonValue &, const ResolveInfo &info) {
                             record(info);
                             QJsonObject b = batch;
                             if (info.arguments.value(u"id"_s).isString())
                                 b.insert(u"id"_s, info.arguments.value(u"id"_s));
                             return value(result(b));
                         });
    executor.setResolver(u"Query"_s, u"inventory_sync_items_status"_s,
                         [=](const QJsonValue &, const ResolveInfo &info) {
                             record(info);
                             return value(result(connectionOf(row, 5)));
                         });
    executor.setResolver(
        u"Query"_s, u"account"_s, [=](const QJsonValue &, const ResolveInfo &info) {
            record(info);
            const QJsonArray warehouses{QJsonObject{{u"id"_s, u"V2FyZWhvdXNlOjExNzkw"_s},
                                                    {u"legacy_id"_s, 11790},
                                                    {u"identifier"_s, u"Primary"_s},
                                                    {u"dynamic_slotting"_s, false},
                                                    {u"active"_s, true},
                                                    {u"profile"_s, u"default"_s}},
                                        QJsonObject{{u"id"_s, u"V2FyZWhvdXNlOjExNzkx"_s},
                                                    {u"legacy_id"_s, 11791},
                                                    {u"identifier"_s, u"Dynamic"_s},
                                                    {u"dynamic_slotting"_s, true},
                                                    {u"active"_s, true},
                                                    {u"profile"_s, u"default"_s}}};
            return value(result(QJsonObject{{u"id"_s, u"QWNjb3VudDozODAx"_s},
                                            {u"dynamic_slotting"_s, true},
                                            {u"is_3pl"_s, false},
                                            {u"warehouses"_s, warehouses}}));
        });
    executor.setResolver(
        u"Query"_s, u"warehouse_products"_s, [=](const QJsonValue &, const ResolveInfo &info) {
            record(info);
            const QJsonObject product{{u"sku"_s, u"45933041"_s},
                                      {u"on_hand"_s, 10},
                                      {u"available"_s, 8},
                                      {u"warehouse_id"_s, u"V2FyZWhvdXNlOjExNzkw"_s}};
            return value(result(connectionOf(product, 1)));
        });
    executor.setResolver(u"Query"_s, u"user_quota"_s,
                         [=](const QJsonValue &, const ResolveInfo &info) {
                             record(info);
                             return value(QJsonObject{{u"credits_remaining"_s, 4003},
                                                      {u"max_available"_s, 4004},
                                                      {u"increment_rate"_s, 60}});
                         });
    executor.setResolver(u"Query"_s, u"uuid"_s, [=](const QJsonValue &, const ResolveInfo &info) {
        record(info);
        return value(result(QJsonObject{{u"id"_s, u"V2FyZWhvdXNlOjExNzkw"_s},
                                        {u"legacy_id"_s, info.arguments.value(u"legacy_id"_s)}}));
    });
    executor.setResolver(
        u"Mutation"_s, u"inventory_sync"_s, [=](const QJsonValue &, const ResolveInfo &info) {
            record(info);
            return value(QJsonObject{{u"request_id"_s, u"r"_s},
                                     {u"complexity"_s, 0},
                                     {u"sync_id"_s, u"5d9624b054de070001fd315a"_s}});
        });
    executor.setResolver(
        u"Mutation"_s, u"inventory_sync_abort"_s, [=](const QJsonValue &, const ResolveInfo &info) {
            record(info);
            QJsonObject aborted = batch;
            aborted.insert(u"status"_s, u"aborted"_s);
            return value(
                QJsonObject{{u"request_id"_s, u"r"_s}, {u"complexity"_s, 1}, {u"sync"_s, aborted}});
        });
}

// Every key of an answer was asked for: walks the answer with the document's
// words as the allowed vocabulary.
bool onlyAskedKeys(const QJsonValue &value, const QString &document)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!document.contains(it.key()) || !onlyAskedKeys(it.value(), document))
                return false;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!onlyAskedKeys(item, document))
                return false;
        }
    }
    return true;
}

} // namespace

class TestGraphQLExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referenceOperations_data();
    void referenceOperations();
    void projection_data();
    void projection();
    void keyOrder();
    void arguments_data();
    void arguments();
    void nestedArgumentsAndComplexity();
    void typenameFromResolver();
    void nullPropagation_data();
    void nullPropagation();
    void nonNullRootField();
    void resolverErrorOnNonNullField();
    void resolverErrors();
    void resolverThrows();
    void mutationsRunInOrder();
    void contextIsPassed();
    void leafSerialization();
    void invalidRequest();

private:
    std::unique_ptr<Executor> m_executor;
    QStringList m_calls;
};

void TestGraphQLExecutor::initTestCase()
{
    QVERIFY(gqltest::shippedSchema());
    m_executor = std::make_unique<Executor>(gqltest::shippedSchema());
    addStubs(*m_executor, &m_calls);
}

void TestGraphQLExecutor::referenceOperations_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("rootField");
    for (const auto &[name, document] : gqltest::referenceOperations())
        QTest::newRow(name) << QString::fromUtf8(document) << QString::fromUtf8(name);
}

void TestGraphQLExecutor::referenceOperations()
{
    QFETCH(QString, document);
    QFETCH(QString, rootField);
    m_calls.clear();
    const PreparedRequest request = m_executor->prepare(document);
    QVERIFY(request.isValid());
    const Executor::Result result = m_executor->execute(request);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(m_calls, QStringList{rootField});
    QCOMPARE(result.data.keys(), QStringList{rootField});
    QVERIFY(result.data.value(rootField).isObject());
    QVERIFY2(onlyAskedKeys(result.data, document), result.dataJson().constData());
    QVERIFY(!result.dataJson().contains("never returned"));
}

void TestGraphQLExecutor::projection_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");

    QTest::newRow("only asked fields")
        << u"{ inventory_sync_status(id: \"b1\") { data { status id } } }"_s
        << u"{\"inventory_sync_status\":{\"data\":{\"status\":\"success\",\"id\":\"b1\"}}}"_s;
    QTest::newRow("aliases")
        << u"{ one: inventory_sync_status(id: \"b1\") { data { theId: id } } two: inventory_sync_status(id: \"b2\") { rid: request_id data { id } } }"_s
        << u"{\"one\":{\"data\":{\"theId\":\"b1\"}},\"two\":{\"rid\":\"5d9624af8f00587f435deb37\",\"data\":{\"id\":\"b2\"}}}"_s;
    QTest::newRow("same field twice merges")
        << u"{ inventory_sync_status(id: \"b1\") { data { id } data { status } } }"_s
        << u"{\"inventory_sync_status\":{\"data\":{\"id\":\"b1\",\"status\":\"success\"}}}"_s;
    QTest::newRow("named fragment")
        << u"query { inventory_sync_status(id: \"b1\") { ...Result } } fragment Result on InventorySyncBatchQueryResult { complexity data { ...Batch } } fragment Batch on InventorySyncStatus { total_count }"_s
        << u"{\"inventory_sync_status\":{\"complexity\":1,\"data\":{\"total_count\":5}}}"_s;
    QTest::newRow("inline fragments")
        << u"{ inventory_sync_status(id: \"b1\") { data { ... on InventorySyncStatus { id } ... { error } } } }"_s
        << u"{\"inventory_sync_status\":{\"data\":{\"id\":\"b1\",\"error\":null}}}"_s;
    QTest::newRow("typename")
        << u"{ __typename inventory_sync_status(id: \"b1\") { __typename data { kind: __typename id } } }"_s
        << u"{\"__typename\":\"Query\",\"inventory_sync_status\":{\"__typename\":\"InventorySyncBatchQueryResult\",\"data\":{\"kind\":\"InventorySyncStatus\",\"id\":\"b1\"}}}"_s;
    QTest::newRow("list of objects")
        << u"{ account { data { warehouses { identifier dynamic_slotting } } } }"_s
        << u"{\"account\":{\"data\":{\"warehouses\":[{\"identifier\":\"Primary\",\"dynamic_slotting\":false},{\"identifier\":\"Dynamic\",\"dynamic_slotting\":true}]}}}"_s;
    QTest::newRow("connection")
        << u"{ inventory_sync_items_status(id: \"x\") { data(first: 2) { pageInfo { hasNextPage endCursor } edges { cursor node { row sku } } } } }"_s
        << u"{\"inventory_sync_items_status\":{\"data\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"c1\"},\"edges\":[{\"cursor\":\"c0\",\"node\":{\"row\":1,\"sku\":\"45933041\"}},{\"cursor\":\"c1\",\"node\":{\"row\":1,\"sku\":\"45933041\"}},{\"cursor\":\"c2\",\"node\":{\"row\":1,\"sku\":\"45933041\"}},{\"cursor\":\"c3\",\"node\":{\"row\":1,\"sku\":\"45933041\"}},{\"cursor\":\"c4\",\"node\":{\"row\":1,\"sku\":\"45933041\"}}]}}}"_s;
    QTest::newRow("skip and include")
        << u"{ user_quota { a: max_available @skip(if: true) b: max_available @include(if: true) c: max_available @include(if: false) } }"_s
        << u"{\"user_quota\":{\"b\":4004}}"_s;
    QTest::newRow("skipped root field")
        << u"{ user_quota @skip(if: true) { max_available } account @include(if: true) { complexity } }"_s
        << u"{\"account\":{\"complexity\":1}}"_s;
    QTest::newRow("root order follows the document")
        << u"{ user_quota { max_available } account { complexity } }"_s
        << u"{\"user_quota\":{\"max_available\":4004},\"account\":{\"complexity\":1}}"_s;
}

void TestGraphQLExecutor::projection()
{
    QFETCH(QString, document);
    QFETCH(QString, expected);
    const PreparedRequest request = m_executor->prepare(document);
    QVERIFY2(request.isValid(), qPrintable(request.errors.value(0).message));
    const Executor::Result result = m_executor->execute(request);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(QString::fromUtf8(result.dataJson()), expected);
    // The object itself holds the same content.
    QCOMPARE(result.data, QJsonDocument::fromJson(expected.toUtf8()).object());
}

void TestGraphQLExecutor::keyOrder()
{
    const PreparedRequest request = m_executor->prepare(
        u"query ($all: Boolean!) { inventory_sync_status(id: \"b1\") { request_id data { updated_at status id ... @include(if: $all) { url } } } }"_s,
        {{u"all"_s, true}});
    QVERIFY(request.isValid());
    const Executor::Result result = m_executor->execute(request);
    QCOMPARE(
        result.dataJson(),
        QByteArray("{\"inventory_sync_status\":{\"request_id\":\"5d9624af8f00587f435deb37\","
                   "\"data\":{\"updated_at\":\"2019-10-07T16:39:24+00:00\",\"status\":\"success\","
                   "\"id\":\"b1\",\"url\":\"https://some-url.com/inv-sync.csv\"}}}"));
}

void TestGraphQLExecutor::arguments_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string literal")
        << u"{ inventory_sync_status(id: \"x\") { request_id } }"_s << QString()
        << u"inventory_sync_status"_s << u"{\"id\":\"x\"}"_s;
    QTest::newRow("absent optional arguments are left out")
        << u"{ inventory_sync_statuses { request_id } }"_s << QString()
        << u"inventory_sync_statuses"_s << u"{}"_s;
    QTest::newRow("explicit null is kept")
        << u"{ inventory_sync_status(id: null) { request_id } }"_s << QString()
        << u"inventory_sync_status"_s << u"{\"id\":null}"_s;
    QTest::newRow("variables, one not provided")
        << u"query ($w: String, $s: String) { inventory_sync_statuses(warehouse_id: $w, status: $s, analyze: true) { request_id } }"_s
        << u"{\"w\": \"W\"}"_s << u"inventory_sync_statuses"_s
        << u"{\"analyze\":true,\"warehouse_id\":\"W\"}"_s;
    QTest::newRow("variable default")
        << u"query ($s: String = \"pending,processing\") { inventory_sync_statuses(status: $s) { request_id } }"_s
        << QString() << u"inventory_sync_statuses"_s << u"{\"status\":\"pending,processing\"}"_s;
    QTest::newRow("variable given null")
        << u"query ($s: String = \"x\") { inventory_sync_statuses(status: $s) { request_id } }"_s
        << u"{\"s\": null}"_s << u"inventory_sync_statuses"_s << u"{\"status\":null}"_s;
    QTest::newRow("escaped string")
        << u"{ inventory_sync_statuses(status: \"!aborted\\n\\u00e9\") { request_id } }"_s
        << QString() << u"inventory_sync_statuses"_s << u"{\"status\":\"!aborted\\n\u00e9\"}"_s;
    QTest::newRow("block string")
        << u"{ inventory_sync_statuses(status: \"\"\"\n    pending\n  \"\"\") { request_id } }"_s
        << QString() << u"inventory_sync_statuses"_s << u"{\"status\":\"pending\"}"_s;
    QTest::newRow("input object literal")
        << u"mutation { inventory_sync(data: {url: \"https://x/y.csv\", warehouse_id: \"W\"}) { sync_id } }"_s
        << QString() << u"inventory_sync"_s
        << u"{\"data\":{\"url\":\"https://x/y.csv\",\"warehouse_id\":\"W\"}}"_s;
    QTest::newRow("variables inside an input object")
        << u"mutation ($u: String!, $c: String) { inventory_sync(data: {url: $u, warehouse_id: \"W\", customer_account_id: $c}) { sync_id } }"_s
        << u"{\"u\": \"https://x\"}"_s << u"inventory_sync"_s
        << u"{\"data\":{\"url\":\"https://x\",\"warehouse_id\":\"W\"}}"_s;
    QTest::newRow("input object variable")
        << u"mutation ($d: AbortInventorySyncInput!) { inventory_sync_abort(data: $d) { request_id } }"_s
        << u"{\"d\": {\"sync_id\": \"S\", \"reason\": \"Wrong File\"}}"_s
        << u"inventory_sync_abort"_s
        << u"{\"data\":{\"reason\":\"Wrong File\",\"sync_id\":\"S\"}}"_s;
    QTest::newRow("enum and big int")
        << u"{ uuid(legacy_id: 11790, entity: Warehouse) { request_id } }"_s << QString()
        << u"uuid"_s << u"{\"entity\":\"Warehouse\",\"legacy_id\":11790}"_s;
    QTest::newRow("big int beyond 64 bits")
        << u"{ uuid(legacy_id: 123456789012345678901234, entity: Bin) { request_id } }"_s
        << QString() << u"uuid"_s << u"{\"entity\":\"Bin\",\"legacy_id\":1.2345678901234569e+23}"_s;
    QTest::newRow("enum variable")
        << u"query ($e: EntityType!) { uuid(legacy_id: \"11790\", entity: $e) { request_id } }"_s
        << u"{\"e\": \"Product\"}"_s << u"uuid"_s
        << u"{\"entity\":\"Product\",\"legacy_id\":\"11790\"}"_s;
}

void TestGraphQLExecutor::arguments()
{
    QFETCH(QString, document);
    QFETCH(QString, variables);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Executor executor(gqltest::shippedSchema());
    QJsonObject seen;
    bool called = false;
    const QString type = document.startsWith(u"mutation"_s) ? u"Mutation"_s : u"Query"_s;
    executor.setResolver(type, field, [&](const QJsonValue &, const ResolveInfo &info) {
        called = true;
        seen = info.arguments;
        return FieldResult{};
    });
    const PreparedRequest request =
        executor.prepare(document, QJsonDocument::fromJson(variables.toUtf8()).object());
    QVERIFY2(request.isValid(), qPrintable(request.errors.value(0).message));
    executor.execute(request);
    QVERIFY(called);
    QCOMPARE(gqltest::compact(seen), expected);
}

void TestGraphQLExecutor::nestedArgumentsAndComplexity()
{
    Executor executor(gqltest::shippedSchema());
    QList<ResolveInfo> infos;
    executor.setResolver(u"Query"_s, u"inventory_sync_statuses"_s,
                         [&](const QJsonValue &, const ResolveInfo &info) {
                             infos.append(info);
                             return value(QJsonObject{{u"request_id"_s, u"r"_s}});
                         });
    executor.setResolver(
        u"InventorySyncBatchesQueryResult"_s, u"data"_s,
        [&](const QJsonValue &parent, const ResolveInfo &info) {
            infos.append(info);
            // The parent is what the root resolver returned.
            if (parent.toObject().value(u"request_id"_s) != u"r"_s)
                return FieldResult{QJsonValue::Null, {Error{u"bad parent"_s, {}, {}, {}}}};
            return value(connectionOf(gqltest::jsonObject(kBatch), 1));
        });
    const PreparedRequest request = executor.prepare(
        u"query ($n: Int) { batches: inventory_sync_statuses(status: \"!aborted\") { page: data(first: $n, after: \"c9\") { edges { node { id } } } } }"_s,
        {{u"n"_s, 25}});
    QVERIFY(request.isValid());
    QCOMPARE(request.complexity, 26);
    const Executor::Result result = executor.execute(request);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos[0].parentType, u"Query"_s);
    QCOMPARE(infos[0].fieldName, u"inventory_sync_statuses"_s);
    QCOMPARE(infos[0].complexity, 26);
    QCOMPARE(infos[0].path, QJsonArray{u"batches"_s});
    QCOMPARE(infos[1].parentType, u"InventorySyncBatchesQueryResult"_s);
    QCOMPARE(infos[1].fieldName, u"data"_s);
    QCOMPARE(infos[1].complexity, 25);
    QCOMPARE(infos[1].path, QJsonArray({u"batches"_s, u"page"_s}));
    QCOMPARE(gqltest::compact(infos[1].arguments), u"{\"after\":\"c9\",\"first\":25}"_s);
    QCOMPARE(result.dataJson(), QByteArray("{\"batches\":{\"page\":{\"edges\":[{\"node\":{\"id\":"
                                           "\"5d9b6a3ba1361e00012268ea\"}}]}}}"));
}

void TestGraphQLExecutor::typenameFromResolver()
{
    const auto schema = Schema::fromSdl(
        u"type Query { pet: Pet pets: [Pet] }\ntype Pet { name: String }\ntype Dog { name: String barks: Boolean }"_s);
    QVERIFY(schema);
    Executor executor(schema);
    executor.setResolver(u"Query"_s, u"pet"_s, [](const QJsonValue &, const ResolveInfo &) {
        return value(
            QJsonObject{{u"__typename"_s, u"Dog"_s}, {u"name"_s, u"Rex"_s}, {u"barks"_s, true}});
    });
    executor.setResolver(u"Query"_s, u"pets"_s, [](const QJsonValue &, const ResolveInfo &) {
        return value(QJsonArray{QJsonObject{{u"name"_s, u"Tom"_s}},
                                QJsonObject{{u"__typename"_s, u"Dog"_s}, {u"name"_s, u"Rex"_s}}});
    });
    const Executor::Result result = executor.execute(
        executor.prepare(u"{ pet { __typename name } pets { __typename name } }"_s));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(
        result.dataJson(),
        QByteArray("{\"pet\":{\"__typename\":\"Dog\",\"name\":\"Rex\"},\"pets\":[{\"__typename\":"
                   "\"Pet\",\"name\":\"Tom\"},{\"__typename\":\"Dog\",\"name\":\"Rex\"}]}"));
}

void TestGraphQLExecutor::nullPropagation_data()
{
    QTest::addColumn<QString>("connection"); // what the data resolver returns
    QTest::addColumn<QString>("expectedData");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("expectedPath");

    QTest::newRow("missing non-null object")
        << u"{\"edges\": []}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":null}}"_s
        << u"Cannot return null for non-nullable field InventorySyncStatusConnection.pageInfo."_s
        << u"[\"inventory_sync_statuses\",\"data\",\"pageInfo\"]"_s;
    QTest::newRow("null in a non-null scalar")
        << u"{\"edges\": [], \"pageInfo\": {\"hasNextPage\": null, \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":null}}"_s
        << u"Cannot return null for non-nullable field PageInfo.hasNextPage."_s
        << u"[\"inventory_sync_statuses\",\"data\",\"pageInfo\",\"hasNextPage\"]"_s;
    QTest::newRow("null list item becomes null")
        << u"{\"edges\": [{\"cursor\": \"a\", \"node\": {\"id\": \"1\"}}, {\"cursor\": null, \"node\": {\"id\": \"2\"}}], \"pageInfo\": {\"hasNextPage\": true, \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":{\"pageInfo\":{\"hasNextPage\":true},\"edges\":[{\"cursor\":\"a\",\"node\":{\"id\":\"1\"}},null]}}}"_s
        << u"Cannot return null for non-nullable field InventorySyncStatusEdge.cursor."_s
        << u"[\"inventory_sync_statuses\",\"data\",\"edges\",1,\"cursor\"]"_s;
    QTest::newRow("non-null list missing")
        << u"{\"pageInfo\": {\"hasNextPage\": true, \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":null}}"_s
        << u"Cannot return null for non-nullable field InventorySyncStatusConnection.edges."_s
        << u"[\"inventory_sync_statuses\",\"data\",\"edges\"]"_s;
    QTest::newRow("not a list")
        << u"{\"edges\": 5, \"pageInfo\": {\"hasNextPage\": true, \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":null}}"_s
        << u"Expected Iterable, but did not find one for field \"InventorySyncStatusConnection.edges\"."_s
        << u"[\"inventory_sync_statuses\",\"data\",\"edges\"]"_s;
    QTest::newRow("bad value in a non-null scalar: one error")
        << u"{\"edges\": [], \"pageInfo\": {\"hasNextPage\": \"abc\", \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":null}}"_s
        << u"Boolean cannot represent a non boolean value: \"abc\""_s
        << u"[\"inventory_sync_statuses\",\"data\",\"pageInfo\",\"hasNextPage\"]"_s;
    QTest::newRow("all fine")
        << u"{\"edges\": [], \"pageInfo\": {\"hasNextPage\": false, \"hasPreviousPage\": false}}"_s
        << u"{\"inventory_sync_statuses\":{\"request_id\":\"r\",\"data\":{\"pageInfo\":{\"hasNextPage\":false},\"edges\":[]}}}"_s
        << QString() << QString();
}

void TestGraphQLExecutor::nullPropagation()
{
    QFETCH(QString, connection);
    QFETCH(QString, expectedData);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedPath);
    Executor executor(gqltest::shippedSchema());
    const QJsonObject data = QJsonDocument::fromJson(connection.toUtf8()).object();
    executor.setResolver(
        u"Query"_s, u"inventory_sync_statuses"_s, [&](const QJsonValue &, const ResolveInfo &) {
            return value(QJsonObject{{u"request_id"_s, u"r"_s}, {u"data"_s, data}});
        });
    const Executor::Result result = executor.execute(executor.prepare(
        u"{ inventory_sync_statuses { request_id data { pageInfo { hasNextPage } edges { cursor node { id } } } } }"_s));
    QCOMPARE(QString::fromUtf8(result.dataJson()), expectedData);
    if (expectedError.isEmpty()) {
        QVERIFY(result.errors.isEmpty());
        return;
    }
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, expectedError);
    QCOMPARE(
        QString::fromUtf8(QJsonDocument(result.errors.first().path).toJson(QJsonDocument::Compact)),
        expectedPath);
    QCOMPARE(result.errors.first().locations.size(), 1);
}

void TestGraphQLExecutor::nonNullRootField()
{
    const auto schema = Schema::fromSdl(
        u"type Query { must: Item! other: Int }\ntype Item { id: String! name: String }"_s);
    QVERIFY(schema);
    Executor executor(schema);
    executor.setResolver(u"Query"_s, u"must"_s, [](const QJsonValue &, const ResolveInfo &) {
        return value(QJsonObject{{u"name"_s, u"x"_s}}); // no id
    });
    executor.setResolver(u"Query"_s, u"other"_s,
                         [](const QJsonValue &, const ResolveInfo &) { return value(7); });
    const Executor::Result result =
        executor.execute(executor.prepare(u"{\n  must { id name }\n  other\n}"_s));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message,
             u"Cannot return null for non-nullable field Item.id."_s);
    QCOMPARE(result.errors.first().locations.first().line, 2);
    QCOMPARE(result.errors.first().locations.first().column, 10);
    QCOMPARE(result.errors.first().path, QJsonArray({u"must"_s, u"id"_s}));
    QVERIFY(result.data.value(u"must"_s).isNull());
}

void TestGraphQLExecutor::resolverErrorOnNonNullField()
{
    const auto schema =
        Schema::fromSdl(u"type Query { item: Item }\ntype Item { id: String! name: String }"_s);
    QVERIFY(schema);
    Executor executor(schema);
    executor.setResolver(u"Query"_s, u"item"_s, [](const QJsonValue &, const ResolveInfo &) {
        return value(QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"x"_s}});
    });
    executor.setResolver(u"Item"_s, u"id"_s, [](const QJsonValue &, const ResolveInfo &) {
        return FieldResult{QJsonValue::Null, {Error{u"boom"_s, {}, {}, {}}}};
    });
    const Executor::Result result = executor.execute(executor.prepare(u"{ item { name id } }"_s));
    QCOMPARE(result.errors.size(), 1); // no "Cannot return null" on top of it
    QCOMPARE(result.errors.first().message, u"boom"_s);
    QCOMPARE(result.errors.first().path, QJsonArray({u"item"_s, u"id"_s}));
    QCOMPARE(result.dataJson(), QByteArray("{\"item\":null}"));
}

void TestGraphQLExecutor::resolverErrors()
{
    Executor executor(gqltest::shippedSchema());
    addStubs(executor);
    executor.setResolver(
        u"Query"_s, u"inventory_sync_status"_s, [](const QJsonValue &, const ResolveInfo &) {
            Error error;
            error.message = u"Not found"_s;
            error.extensions = QJsonObject{{u"code"_s, 5}, {u"request_id"_s, u"r1"_s}};
            return FieldResult{QJsonValue::Null, {error}};
        });
    const PreparedRequest request = executor.prepare(
        u"query Status {\n  batch: inventory_sync_status(id: \"nope\") { data { id } }\n  user_quota { max_available }\n}"_s);
    QVERIFY(request.isValid());
    const Executor::Result result = executor.execute(request);
    QCOMPARE(result.dataJson(),
             QByteArray("{\"batch\":null,\"user_quota\":{\"max_available\":4004}}"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(
        gqltest::compact(result.errors.first().toJson()),
        u"{\"code\":5,\"locations\":[{\"column\":3,\"line\":2}],\"message\":\"Not found\",\"path\":[\"batch\"],\"request_id\":\"r1\"}"_s);
}

void TestGraphQLExecutor::resolverThrows()
{
    Executor executor(gqltest::shippedSchema());
    executor.setResolver(u"Query"_s, u"user_quota"_s,
                         [](const QJsonValue &, const ResolveInfo &) -> FieldResult {
                             throw std::runtime_error("quota store is gone");
                         });
    const Executor::Result result =
        executor.execute(executor.prepare(u"{ user_quota { max_available } }"_s));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, u"quota store is gone"_s);
    QVERIFY(result.data.value(u"user_quota"_s).isNull());
}

void TestGraphQLExecutor::mutationsRunInOrder()
{
    Executor executor(gqltest::shippedSchema());
    QStringList calls;
    addStubs(executor, &calls);
    const PreparedRequest request = executor.prepare(
        u"mutation { a: inventory_sync_abort(data: {sync_id: \"1\"}) { request_id }"
        u" b: inventory_sync(data: {url: \"u\", warehouse_id: \"w\"}) { sync_id }"
        u" c: inventory_sync_abort(data: {sync_id: \"2\"}) { request_id } }"_s);
    QVERIFY(request.isValid());
    QCOMPARE(request.rootResponseKeys, QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(request.complexity, 3);
    const Executor::Result result = executor.execute(request);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(calls, QStringList({u"inventory_sync_abort"_s, u"inventory_sync"_s,
                                 u"inventory_sync_abort"_s}));
    QCOMPARE(result.dataJson(),
             QByteArray("{\"a\":{\"request_id\":\"r\"},\"b\":{\"sync_id\":"
                        "\"5d9624b054de070001fd315a\"},\"c\":{\"request_id\":\"r\"}}"));
}

void TestGraphQLExecutor::contextIsPassed()
{
    Executor executor(gqltest::shippedSchema());
    QVariant seen;
    executor.setResolver(u"Query"_s, u"user_quota"_s,
                         [&](const QJsonValue &, const ResolveInfo &info) {
                             seen = info.context;
                             return FieldResult{};
                         });
    executor.execute(executor.prepare(u"{ user_quota { max_available } }"_s), u"account-42"_s);
    QCOMPARE(seen.toString(), u"account-42"_s);
}

void TestGraphQLExecutor::leafSerialization()
{
    Executor executor(gqltest::shippedSchema());
    executor.setResolver(
        u"Query"_s, u"inventory_sync_status"_s, [](const QJsonValue &, const ResolveInfo &) {
            return value(QJsonObject{{u"request_id"_s, 42},  // String from a number
                                     {u"complexity"_s, 3.0}, // Int from a whole double
                                     {u"data"_s, QJsonObject{{u"total_count"_s, 2.5}}}});
        });
    const Executor::Result result = executor.execute(executor.prepare(
        u"{ inventory_sync_status(id: \"x\") { request_id complexity data { total_count } } }"_s));
    QCOMPARE(result.dataJson(), QByteArray("{\"inventory_sync_status\":{\"request_id\":\"42\","
                                           "\"complexity\":3,\"data\":{\"total_count\":null}}}"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, u"Int cannot represent non-integer value: 2.5"_s);
    QCOMPARE(result.errors.first().path,
             QJsonArray({u"inventory_sync_status"_s, u"data"_s, u"total_count"_s}));
}

void TestGraphQLExecutor::invalidRequest()
{
    const PreparedRequest request = m_executor->prepare(u"{ nope }"_s);
    QVERIFY(!request.isValid());
    const Executor::Result result = m_executor->execute(request);
    QVERIFY(result.data.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, u"Cannot query field \"nope\" on type \"Query\"."_s);
    QCOMPARE(Executor::Result{}.dataJson(), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestGraphQLExecutor)
#include "tst_graphqlexecutor.moc"
