#include "GraphQLTestUtil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <ctime>

using namespace invsync::graphql;
using namespace Qt::StringLiterals;

class TestGraphQLValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validDocuments_data();
    void validDocuments();
    void errors_data();
    void errors();
    void complexity_data();
    void complexity();
    void rootFields();
    void operationSelection_data();
    void operationSelection();
    void errorJson();
    void fragmentBomb();
    void spreadNesting_data();
    void spreadNesting();

private:
    std::unique_ptr<Executor> m_executor;
};

void TestGraphQLValidation::initTestCase()
{
    QVERIFY(gqltest::shippedSchema());
    m_executor = std::make_unique<Executor>(gqltest::shippedSchema());
}

void TestGraphQLValidation::validDocuments_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("operationName");

    for (const auto &[name, document] : gqltest::referenceOperations())
        QTest::newRow(name) << QString::fromUtf8(document) << QString() << QString();
    QTest::newRow("variables and fragment")
        << u"query Status($id: String, $analyze: Boolean = false) {"
           u" inventory_sync_status(id: $id, analyze: $analyze) { request_id complexity data { "
           u"...Batch } } }"
           u" fragment Batch on InventorySyncStatus { id status __typename }"_s
        << u"{\"id\": \"abc\"}"_s << QString();
    QTest::newRow("input object variable")
        << u"mutation Start($data: InventorySyncInput!) { inventory_sync(data: $data) { sync_id } }"_s
        << u"{\"data\": {\"url\": \"https://x/y.csv\", \"warehouse_id\": \"w\"}}"_s << QString();
    QTest::newRow("variables inside an input object")
        << u"mutation Start($url: String!, $w: String!) { inventory_sync(data: {url: $url, warehouse_id: $w}) { sync_id } }"_s
        << u"{\"url\": \"u\", \"w\": \"w\"}"_s << QString();
    QTest::newRow("non-null variable in nullable position")
        << u"query ($id: String!) { inventory_sync_status(id: $id) { request_id } }"_s
        << u"{\"id\": \"x\"}"_s << QString();
    QTest::newRow("nullable variable with default in non-null position")
        << u"query ($id: String = \"x\") { inventory_sync_items_status(id: $id) { request_id } }"_s
        << QString() << QString();
    QTest::newRow("unused variable")
        << u"query ($unused: Int) { user_quota { max_available } }"_s << QString() << QString();
    QTest::newRow("several operations by name")
        << u"query A { user_quota { max_available } } query B { account { request_id } }"_s
        << QString() << u"B"_s;
    QTest::newRow("directives with variables")
        << u"query ($all: Boolean!) { account { request_id data @include(if: $all) { id } complexity @skip(if: $all) } }"_s
        << u"{\"all\": true}"_s << QString();
    QTest::newRow("typename everywhere")
        << u"{ __typename account { __typename data { __typename warehouses { __typename id } } } }"_s
        << QString() << QString();
    QTest::newRow("inline fragments")
        << u"{ ... on Query { user_quota { max_available } } ... { account { request_id } } }"_s
        << QString() << QString();
    QTest::newRow("custom scalar accepts a string")
        << u"{ uuid(legacy_id: \"11790\", entity: Product) { data { id } } }"_s << QString()
        << QString();
    QTest::newRow("int variable given as a whole float")
        << u"query ($n: Int) { inventory_sync_statuses { data(first: $n) { edges { cursor } } } }"_s
        << u"{\"n\": 5.0}"_s << QString();
    QTest::newRow("null for a nullable argument")
        << u"{ inventory_sync_status(id: null) { request_id } }"_s << QString() << QString();
    QTest::newRow("comments, commas, aliases")
        << u"# Poll a batch\nquery Poll,{\n  batch: inventory_sync_status(id: \"x\",) { # one\n    rid: request_id,\n  }\n}"_s
        << QString() << QString();
    QTest::newRow("fragment used in two operations")
        << u"query A { ...Q } query B { ...Q } fragment Q on Query { user_quota { max_available } }"_s
        << QString() << u"A"_s;
}

void TestGraphQLValidation::validDocuments()
{
    QFETCH(QString, document);
    QFETCH(QString, variables);
    QFETCH(QString, operationName);
    const QJsonObject vars = QJsonDocument::fromJson(variables.toUtf8()).object();
    const PreparedRequest request = m_executor->prepare(document, vars, operationName);
    QStringList messages;
    for (const Error &error : request.errors)
        messages.append(error.message);
    QVERIFY2(request.isValid(), qPrintable(messages.join(u'\n')));
    QVERIFY(request.d);
}

void TestGraphQLValidation::errors_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line"); // 0: no location
    QTest::addColumn<int>("column");

    auto row = [](const char *name, const QString &document, const QString &message, int line,
                  int column, const QString &variables = {}, const QString &operationName = {}) {
        QTest::newRow(name) << document << variables << operationName << message << line << column;
    };

    row("unknown root field", u"{ nope }"_s, u"Cannot query field \"nope\" on type \"Query\"."_s, 1,
        3);
    row("unknown nested field", u"{ inventory_sync_status(id: \"x\") { data { idd } } }"_s,
        u"Cannot query field \"idd\" on type \"InventorySyncStatus\". Did you mean \"id\"?"_s, 1,
        43);
    row("unknown field on multiple lines",
        u"query {\n  inventory_sync_status(id: \"x\") {\n    data { nope }\n  }\n}"_s,
        u"Cannot query field \"nope\" on type \"InventorySyncStatus\"."_s, 3, 12);
    row("mutation field in a query",
        u"{ inventory_sync(data: {url: \"u\", warehouse_id: \"w\"}) { sync_id } }"_s,
        u"Cannot query field \"inventory_sync\" on type \"Query\"."_s, 1, 3);
    row("unknown field in a fragment", u"{ ...F } fragment F on Query { nope }"_s,
        u"Cannot query field \"nope\" on type \"Query\"."_s, 1, 32);
    row("unknown argument", u"{ inventory_sync_status(idd: \"x\") { request_id } }"_s,
        u"Unknown argument \"idd\" on field \"Query.inventory_sync_status\". Did you mean \"id\"?"_s,
        1, 25);
    row("duplicate argument", u"{ inventory_sync_status(id: \"a\", id: \"b\") { request_id } }"_s,
        u"There can be only one argument named \"id\"."_s, 1, 25);
    row("missing required argument", u"{ inventory_sync_items_status { request_id } }"_s,
        u"Field \"inventory_sync_items_status\" argument \"id\" of type \"String!\" is required, but it was not provided."_s,
        1, 3);
    row("null for a required argument",
        u"{ inventory_sync_items_status(id: null) { request_id } }"_s,
        u"Expected value of type \"String!\", found null."_s, 1, 35);
    row("string for Int",
        u"{ inventory_sync_statuses { data(first: \"abc\") { edges { cursor } } } }"_s,
        u"Int cannot represent non-integer value: \"abc\""_s, 1, 41);
    row("float for Int", u"{ inventory_sync_statuses { data(first: 1.5) { edges { cursor } } } }"_s,
        u"Int cannot represent non-integer value: 1.5"_s, 1, 41);
    row("Int out of 32-bit range",
        u"{ inventory_sync_statuses { data(first: 2147483648) { edges { cursor } } } }"_s,
        u"Int cannot represent non 32-bit signed integer value: 2147483648"_s, 1, 41);
    row("int for String", u"{ inventory_sync_status(id: 5) { request_id } }"_s,
        u"String cannot represent a non string value: 5"_s, 1, 29);
    row("enum for String", u"{ inventory_sync_status(id: abc) { request_id } }"_s,
        u"String cannot represent a non string value: abc"_s, 1, 29);
    row("int for Boolean", u"{ account(analyze: 1) { request_id } }"_s,
        u"Boolean cannot represent a non boolean value: 1"_s, 1, 20);
    row("string for an input object", u"mutation { inventory_sync(data: \"abc\") { sync_id } }"_s,
        u"Expected value of type \"InventorySyncInput!\", found \"abc\"."_s, 1, 33);
    row("list for an input object", u"mutation { inventory_sync(data: [1]) { sync_id } }"_s,
        u"Expected value of type \"InventorySyncInput!\", found [1]."_s, 1, 33);
    row("missing input field",
        u"mutation { inventory_sync(data: { warehouse_id: \"w\" }) { sync_id } }"_s,
        u"Field \"url\" of required type \"String!\" was not provided."_s, 1, 33);
    row("unknown input field",
        u"mutation { inventory_sync(data: { url: \"u\", warehouse_id: \"w\", x: 1 }) { sync_id } }"_s,
        u"Field \"x\" is not defined by type \"InventorySyncInput\"."_s, 1, 64);
    row("wrong input field type",
        u"mutation { inventory_sync(data: { url: 1, warehouse_id: \"w\" }) { sync_id } }"_s,
        u"String cannot represent a non string value: 1"_s, 1, 40);
    row("unknown enum value", u"{ uuid(legacy_id: 1, entity: Nope) { data { id } } }"_s,
        u"Value \"Nope\" does not exist in \"EntityType\" enum."_s, 1, 30);
    row("string for an enum", u"{ uuid(legacy_id: 1, entity: \"Warehouse\") { data { id } } }"_s,
        u"Enum \"EntityType\" cannot represent non-enum value: \"Warehouse\". Did you mean the enum value \"Warehouse\"?"_s,
        1, 30);
    row("object without subselection", u"{ inventory_sync_status(id: \"x\") { data } }"_s,
        u"Field \"data\" of type \"InventorySyncStatus\" must have a selection of subfields. Did you mean \"data { ... }\"?"_s,
        1, 36);
    row("root object without subselection", u"{ user_quota }"_s,
        u"Field \"user_quota\" of type \"UserQuota\" must have a selection of subfields. Did you mean \"user_quota { ... }\"?"_s,
        1, 3);
    row("list without subselection", u"{ account { data { warehouses } } }"_s,
        u"Field \"warehouses\" of type \"[Warehouse]\" must have a selection of subfields. Did you mean \"warehouses { ... }\"?"_s,
        1, 20);
    row("scalar with subselection", u"{ inventory_sync_status(id: \"x\") { request_id { a } } }"_s,
        u"Field \"request_id\" must not have a selection since type \"String\" has no subfields."_s,
        1, 47);
    row("typename with subselection", u"{ __typename { a } }"_s,
        u"Field \"__typename\" must not have a selection since type \"String!\" has no subfields."_s,
        1, 14);
    row("unknown fragment", u"{ ...F }"_s, u"Unknown fragment \"F\"."_s, 1, 6);
    row("fragment on unknown type", u"{ ...F } fragment F on Nope { a }"_s,
        u"Unknown type \"Nope\"."_s, 1, 24);
    row("inline fragment on unknown type", u"{ ... on Nope { a } }"_s, u"Unknown type \"Nope\"."_s,
        1, 10);
    row("fragment spread on a wrong type", u"{ ...F } fragment F on Warehouse { id }"_s,
        u"Fragment \"F\" cannot be spread here as objects of type \"Query\" can never be of type \"Warehouse\"."_s,
        1, 3);
    row("inline fragment on a wrong type", u"{ ... on Warehouse { id } }"_s,
        u"Fragment cannot be spread here as objects of type \"Query\" can never be of type \"Warehouse\"."_s,
        1, 3);
    row("fragment on a scalar", u"{ ...F } fragment F on String { a }"_s,
        u"Fragment \"F\" cannot condition on non composite type \"String\"."_s, 1, 24);
    row("unused fragment",
        u"{ user_quota { max_available } } fragment F on Query { account { request_id } }"_s,
        u"Fragment \"F\" is never used."_s, 1, 34);
    row("fragment cycle", u"{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"_s,
        u"Cannot spread fragment \"A\" within itself via \"B\"."_s, 1, 32);
    row("fragment spreading itself", u"{ ...A } fragment A on Query { ...A }"_s,
        u"Cannot spread fragment \"A\" within itself."_s, 1, 32);
    row("duplicate fragment",
        u"{ ...A } fragment A on Query { account { request_id } } fragment A on Query { account { request_id } }"_s,
        u"There can be only one fragment named \"A\"."_s, 1, 10);
    row("undefined variable", u"query { inventory_sync_status(id: $x) { request_id } }"_s,
        u"Variable \"$x\" is not defined."_s, 1, 35);
    row("undefined variable in a named operation",
        u"query Q { inventory_sync_status(id: $x) { request_id } }"_s,
        u"Variable \"$x\" is not defined by operation \"Q\"."_s, 1, 37);
    row("undefined variable in a fragment",
        u"query Q { ...F } fragment F on Query { inventory_sync_status(id: $x) { request_id } }"_s,
        u"Variable \"$x\" is not defined by operation \"Q\"."_s, 1, 66);
    row("undefined variable in an input object",
        u"mutation { inventory_sync(data: {url: $u, warehouse_id: \"w\"}) { sync_id } }"_s,
        u"Variable \"$u\" is not defined."_s, 1, 39);
    row("variable of an unknown type", u"query ($x: Nope) { user_quota { max_available } }"_s,
        u"Unknown type \"Nope\"."_s, 1, 12);
    row("list variable of an unknown type",
        u"query ($x: [[Nope!]]) { user_quota { max_available } }"_s, u"Unknown type \"Nope\"."_s, 1,
        14);
    row("variable of an output type", u"query ($x: Warehouse) { user_quota { max_available } }"_s,
        u"Variable \"$x\" cannot be non-input type \"Warehouse\"."_s, 1, 12);
    row("duplicate variable", u"query ($x: Int, $x: Int) { user_quota { max_available } }"_s,
        u"There can be only one variable named \"$x\"."_s, 1, 9);
    row("nullable variable in a non-null position",
        u"query ($id: String) { inventory_sync_items_status(id: $id) { request_id } }"_s,
        u"Variable \"$id\" of type \"String\" used in position expecting type \"String!\"."_s, 1,
        8);
    row("variable of a wrong type",
        u"query ($id: Int) { inventory_sync_status(id: $id) { request_id } }"_s,
        u"Variable \"$id\" of type \"Int\" used in position expecting type \"String\"."_s, 1, 8);
    row("bad variable default",
        u"query ($s: String = 5) { inventory_sync_status(id: $s) { request_id } }"_s,
        u"String cannot represent a non string value: 5"_s, 1, 21);
    row("unknown directive", u"{ user_quota @nope { max_available } }"_s,
        u"Unknown directive \"@nope\"."_s, 1, 14);
    row("include without if", u"{ user_quota @include { max_available } }"_s,
        u"Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided."_s,
        1, 14);
    row("include with a string", u"{ user_quota @include(if: \"yes\") { max_available } }"_s,
        u"Boolean cannot represent a non boolean value: \"yes\""_s, 1, 27);
    row("subscription", u"subscription { user_quota { max_available } }"_s,
        u"Schema is not configured to execute subscription operation."_s, 1, 1);
    row("anonymous among several",
        u"{ user_quota { max_available } } query B { user_quota { max_available } }"_s,
        u"This anonymous operation must be the only defined operation."_s, 1, 1);
    row("duplicate operation name",
        u"query A { user_quota { max_available } } query A { account { request_id } }"_s,
        u"There can be only one operation named \"A\"."_s, 1, 7 - 6);

    row("same key, different fields",
        u"{ a: user_quota { max_available } a: account { complexity } }"_s,
        u"Fields \"a\" conflict because \"user_quota\" and \"account\" are different fields. Use different aliases on the fields to fetch both if this was intentional."_s,
        1, 3);
    row("same field, different arguments",
        u"{ inventory_sync_status(id: \"1\") { request_id } inventory_sync_status(id: \"2\") { complexity } }"_s,
        u"Fields \"inventory_sync_status\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."_s,
        1, 3);
    row("conflict through a fragment",
        u"{ user_quota { max_available ...Q } } fragment Q on UserQuota { max_available: increment_rate }"_s,
        u"Fields \"max_available\" conflict because \"max_available\" and \"increment_rate\" are different fields. Use different aliases on the fields to fetch both if this was intentional."_s,
        1, 16);

    // graphql-js "Did you mean" hints
    row("suggested field", u"{ user_qouta { max_available } }"_s,
        u"Cannot query field \"user_qouta\" on type \"Query\". Did you mean \"user_quota\"?"_s, 1,
        3);
    row("several suggested fields", u"{ inventory_sync_statu(id: \"x\") { request_id } }"_s,
        u"Cannot query field \"inventory_sync_statu\" on type \"Query\". Did you mean \"inventory_sync_status\", \"inventory_sync_statuses\", or \"inventory_sync_items_status\"?"_s,
        1, 3);
    row("suggested type", u"query ($id: Strin) { inventory_sync_status(id: $id) { request_id } }"_s,
        u"Unknown type \"Strin\". Did you mean \"String\"?"_s, 1, 13);
    row("suggested input field",
        u"mutation { inventory_sync(data: {url: \"u\", warehouse_id: \"w\", warehouseid: \"w\"}) { sync_id } }"_s,
        u"Field \"warehouseid\" is not defined by type \"InventorySyncInput\". Did you mean \"warehouse_id\"?"_s,
        1, 63);
    row("suggested enum value", u"{ uuid(legacy_id: 1, entity: warehouse) { data { id } } }"_s,
        u"Value \"warehouse\" does not exist in \"EntityType\" enum. Did you mean the enum value \"Warehouse\"?"_s,
        1, 30);

    row("unknown directive argument",
        u"{ user_quota @skip(if: true, iff: true) { max_available } }"_s,
        u"Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?"_s, 1, 30);

    row("directive in a wrong place",
        u"query Q @include(if: true) { user_quota { max_available } }"_s,
        u"Directive \"@include\" may not be used on QUERY."_s, 1, 9);
    row("directive twice", u"{ user_quota @skip(if: false) @skip(if: true) { max_available } }"_s,
        u"The directive \"@skip\" can only be used once at this location."_s, 1, 14);
    row("input field twice",
        u"mutation { inventory_sync(data: {url: \"u\", url: \"v\", warehouse_id: \"w\"}) { sync_id } }"_s,
        u"There can be only one input field named \"url\"."_s, 1, 34);

    row("type definition in a request", u"{ user_quota { max_available } }\ntype Foo { a: Int }"_s,
        u"The \"Foo\" definition is not executable."_s, 2, 1);
    row("schema definition in a request",
        u"{ user_quota { max_available } }\n\"\"\"doc\"\"\" schema { query: Query }"_s,
        u"The schema definition is not executable."_s, 2, 1);

    // Operation selection (graphql-js getOperation)
    row("several operations without a name",
        u"query A { user_quota { max_available } } query B { user_quota { max_available } }"_s,
        u"Must provide operation name if query contains multiple operations."_s, 0, 0);
    row("unknown operation name", u"query A { user_quota { max_available } }"_s,
        u"Unknown operation named \"B\"."_s, 0, 0, {}, u"B"_s);

    // Variable values (graphql-js coerceVariableValues)
    const QString byId =
        u"query ($id: String!) { inventory_sync_items_status(id: $id) { request_id } }"_s;
    row("required variable missing", byId,
        u"Variable \"$id\" of required type \"String!\" was not provided."_s, 1, 8, u"{}"_s);
    row("required variable null", byId,
        u"Variable \"$id\" of non-null type \"String!\" must not be null."_s, 1, 8,
        u"{\"id\": null}"_s);
    row("variable not a string", byId,
        u"Variable \"$id\" got invalid value 5; String cannot represent a non string value: 5"_s, 1,
        8, u"{\"id\": 5}"_s);
    const QString byFirst =
        u"query ($first: Int) { inventory_sync_statuses { data(first: $first) { edges { cursor } } } }"_s;
    row("Int variable given a string", byFirst,
        u"Variable \"$first\" got invalid value \"a\"; Int cannot represent non-integer value: \"a\""_s,
        1, 8, u"{\"first\": \"a\"}"_s);
    row("Int variable given a fraction", byFirst,
        u"Variable \"$first\" got invalid value 2.5; Int cannot represent non-integer value: 2.5"_s,
        1, 8, u"{\"first\": 2.5}"_s);
    row("Int variable out of range", byFirst,
        u"Variable \"$first\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648"_s,
        1, 8, u"{\"first\": 2147483648}"_s);
    row("Int variable given a boolean", byFirst,
        u"Variable \"$first\" got invalid value true; Int cannot represent non-integer value: true"_s,
        1, 8, u"{\"first\": true}"_s);
    const QString start =
        u"mutation ($data: InventorySyncInput!) { inventory_sync(data: $data) { sync_id } }"_s;
    row("input variable missing a field", start,
        u"Variable \"$data\" got invalid value { warehouse_id: \"w\" }; Field \"url\" of required type \"String!\" was not provided."_s,
        1, 11, u"{\"data\": {\"warehouse_id\": \"w\"}}"_s);
    row("input variable with a bad field", start,
        u"Variable \"$data\" got invalid value 5 at \"data.url\"; String cannot represent a non string value: 5"_s,
        1, 11, u"{\"data\": {\"url\": 5, \"warehouse_id\": \"w\"}}"_s);
    row("input variable with an unknown field", start,
        u"Variable \"$data\" got invalid value { url: \"u\", warehouse_id: \"w\", x: 1 }; Field \"x\" is not defined by type \"InventorySyncInput\"."_s,
        1, 11, u"{\"data\": {\"url\": \"u\", \"warehouse_id\": \"w\", \"x\": 1}}"_s);
    row("input variable not an object", start,
        u"Variable \"$data\" got invalid value \"x\"; Expected type \"InventorySyncInput\" to be an object."_s,
        1, 11, u"{\"data\": \"x\"}"_s);
    row("enum variable with an unknown value",
        u"query ($e: EntityType!) { uuid(legacy_id: 1, entity: $e) { data { id } } }"_s,
        u"Variable \"$e\" got invalid value \"Nope\"; Value \"Nope\" does not exist in \"EntityType\" enum."_s,
        1, 8, u"{\"e\": \"Nope\"}"_s);
    row("list variable item", u"query ($ids: [Int!]) { user_quota { max_available } }"_s,
        u"Variable \"$ids\" got invalid value \"x\" at \"ids[1]\"; Int cannot represent non-integer value: \"x\""_s,
        1, 8, u"{\"ids\": [1, \"x\"]}"_s);
    row("list variable null item", u"query ($ids: [Int!]) { user_quota { max_available } }"_s,
        u"Variable \"$ids\" got invalid value null at \"ids[0]\"; Expected non-nullable type \"Int!\" not to be null."_s,
        1, 8, u"{\"ids\": [null]}"_s);
}

void TestGraphQLValidation::errors()
{
    QFETCH(QString, document);
    QFETCH(QString, variables);
    QFETCH(QString, operationName);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const QJsonObject vars = QJsonDocument::fromJson(variables.toUtf8()).object();
    const PreparedRequest request = m_executor->prepare(document, vars, operationName);
    QVERIFY(!request.isValid());
    QStringList messages;
    for (const Error &error : request.errors)
        messages.append(error.message);
    QVERIFY2(request.errors.size() == 1, qPrintable(messages.join(u'\n')));
    const Error &error = request.errors.first();
    QCOMPARE(error.message, message);
    if (line == 0) {
        QVERIFY(error.locations.isEmpty());
    } else {
        QVERIFY(!error.locations.isEmpty());
        QCOMPARE(error.locations.first().line, line);
        QCOMPARE(error.locations.first().column, column);
    }
    QVERIFY(error.path.isEmpty());
    QVERIFY(!request.d);
}

void TestGraphQLValidation::complexity_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<int>("complexity");

    QTest::newRow("rows of a batch, default page")
        << u"{ inventory_sync_items_status(id: \"x\") { data { edges { node { id } } } } }"_s
        << QString() << 101;
    QTest::newRow("one batch") << u"{ inventory_sync_status(id: \"x\") { data { id } } }"_s
                               << QString() << 1;
    QTest::newRow("first 3")
        << u"{ inventory_sync_statuses { data(first: 3) { edges { node { id } } } } }"_s
        << QString() << 4;
    QTest::newRow("last 7")
        << u"{ inventory_sync_statuses { data(last: 7) { pageInfo { hasNextPage } } } }"_s
        << QString() << 8;
    QTest::newRow("first from a variable")
        << u"query ($n: Int) { inventory_sync_statuses { data(first: $n) { edges { node { id } } } } }"_s
        << u"{\"n\": 10}"_s << 11;
    QTest::newRow("first from a variable default")
        << u"query ($n: Int = 20) { inventory_sync_statuses { data(first: $n) { edges { node { id } } } } }"_s
        << QString() << 21;
    QTest::newRow("first 0")
        << u"{ inventory_sync_statuses { data(first: 0) { edges { cursor } } } }"_s << QString()
        << 1;
    QTest::newRow("connection not asked")
        << u"{ inventory_sync_items_status(id: \"x\") { request_id complexity } }"_s << QString()
        << 1;
    QTest::newRow("two root fields")
        << u"{ user_quota { max_available } account { data { warehouses { id } } } }"_s << QString()
        << 2;
    QTest::newRow("mutation")
        << u"mutation { inventory_sync(data: {url: \"u\", warehouse_id: \"w\"}) { sync_id } }"_s
        << QString() << 1;
    QTest::newRow("through a fragment")
        << u"{ ...Q } fragment Q on Query { inventory_sync_items_status(id: \"x\") { data(first: 10) { edges { node { id } } } } }"_s
        << QString() << 11;
    QTest::newRow("skipped root field")
        << u"{ inventory_sync_items_status(id: \"x\") @skip(if: true) { data { edges { cursor } } } user_quota { max_available } }"_s
        << QString() << 1;
    QTest::newRow("aliased twice")
        << u"{ a: inventory_sync_statuses { data(first: 2) { edges { cursor } } } b: inventory_sync_statuses { data(first: 5) { edges { cursor } } } }"_s
        << QString() << 9;
    for (const auto &[name, document] : gqltest::referenceOperations()) {
        const QByteArray op(name);
        const int expected = op == "inventory_sync_statuses"       ? 4
                             : op == "inventory_sync_items_status" ? 101
                             : op == "warehouse_products"          ? 6
                                                                   : 1;
        QTest::newRow(QByteArray("reference " + op).constData())
            << QString::fromUtf8(document) << QString() << expected;
    }
}

void TestGraphQLValidation::complexity()
{
    QFETCH(QString, document);
    QFETCH(QString, variables);
    QFETCH(int, complexity);
    const PreparedRequest request =
        m_executor->prepare(document, QJsonDocument::fromJson(variables.toUtf8()).object());
    QVERIFY(request.isValid());
    QCOMPARE(request.complexity, complexity);
}

void TestGraphQLValidation::rootFields()
{
    const PreparedRequest request = m_executor->prepare(
        u"query Poll { q: user_quota { max_available } account { request_id } ... on Query { w: warehouse_products { request_id } } }"_s);
    QVERIFY(request.isValid());
    QCOMPARE(request.operationType, u"query"_s);
    QCOMPARE(request.operationName, u"Poll"_s);
    QCOMPARE(request.rootFields,
             QStringList({u"user_quota"_s, u"account"_s, u"warehouse_products"_s}));
    QCOMPARE(request.rootResponseKeys, QStringList({u"q"_s, u"account"_s, u"w"_s}));

    const PreparedRequest mutation = m_executor->prepare(
        u"mutation { inventory_sync_abort(data: {sync_id: \"s\"}) { sync { id } } }"_s);
    QVERIFY(mutation.isValid());
    QCOMPARE(mutation.operationType, u"mutation"_s);
    QVERIFY(mutation.operationName.isEmpty());
    QCOMPARE(mutation.rootFields, QStringList({u"inventory_sync_abort"_s}));
}

void TestGraphQLValidation::operationSelection_data()
{
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<QString>("operationType");
    QTest::addColumn<QStringList>("rootFields");

    QTest::newRow("A") << u"A"_s << u"query"_s << QStringList({u"user_quota"_s});
    QTest::newRow("B") << u"B"_s << u"query"_s << QStringList({u"account"_s});
    QTest::newRow("C") << u"C"_s << u"mutation"_s << QStringList({u"inventory_sync"_s});
}

void TestGraphQLValidation::operationSelection()
{
    QFETCH(QString, operationName);
    QFETCH(QString, operationType);
    QFETCH(QStringList, rootFields);
    const PreparedRequest request = m_executor->prepare(
        u"query A { user_quota { max_available } }\n"
        u"query B { account { request_id } }\n"
        u"mutation C($d: InventorySyncInput!) { inventory_sync(data: $d) { sync_id } }"_s,
        {{u"d"_s, QJsonObject{{u"url"_s, u"u"_s}, {u"warehouse_id"_s, u"w"_s}}}}, operationName);
    QVERIFY(request.isValid());
    QCOMPARE(request.operationName, operationName);
    QCOMPARE(request.operationType, operationType);
    QCOMPARE(request.rootFields, rootFields);
}

void TestGraphQLValidation::errorJson()
{
    Error error;
    error.message = u"Not enough credits"_s;
    error.locations = {{2, 3}};
    error.path = QJsonArray{u"inventory_sync"_s};
    error.extensions = QJsonObject{{u"code"_s, 30}, {u"time_remaining"_s, u"10 seconds"_s}};
    QCOMPARE(
        gqltest::compact(error.toJson()),
        u"{\"code\":30,\"locations\":[{\"column\":3,\"line\":2}],\"message\":\"Not enough credits\",\"path\":[\"inventory_sync\"],\"time_remaining\":\"10 seconds\"}"_s);

    const Error bare{
        u"Must provide operation name if query contains multiple operations."_s, {}, {}, {}};
    QCOMPARE(
        gqltest::compact(bare.toJson()),
        u"{\"message\":\"Must provide operation name if query contains multiple operations.\"}"_s);
}

void TestGraphQLValidation::fragmentBomb()
{
    // 50 x 50 x 50 fields from a document of a few kilobytes.
    QString document = u"{ inventory_sync_statuses { data { ...C } } }\n"_s;
    auto fragment = [&](const QString &name, const QString &type, const QString &body) {
        document += u"fragment "_s + name + u" on "_s + type + u" {"_s;
        for (int i = 0; i < 50; ++i)
            document += u' ' + body.arg(i);
        document += u" }\n"_s;
    };
    fragment(u"C"_s, u"InventorySyncStatusConnection"_s, u"e%1: edges { ...E }"_s);
    fragment(u"E"_s, u"InventorySyncStatusEdge"_s, u"n%1: node { ...N }"_s);
    fragment(u"N"_s, u"InventorySyncStatus"_s, u"i%1: id"_s);
    const PreparedRequest request = m_executor->prepare(document);
    QCOMPARE(request.errors.size(), 1);
    QCOMPARE(request.errors.first().message,
             u"Query has too many fields: more than 100000 once its fragments are expanded."_s);
    QVERIFY(!request.d);
}

namespace {

// { ...a0 } fragment a0 on Query { ...a1 } ... fragment aN on Query { last }:
// the body of aN sits N + 2 selection sets deep once the spreads are expanded.
QString fragmentChain(int levels, const QString &last)
{
    QString document = u"{...a0}"_s;
    for (int i = 0; i < levels; ++i)
        document += u"fragment a%1 on Query{...a%2}"_s.arg(i).arg(i + 1);
    document += u"fragment a%1 on Query{%2}"_s.arg(levels).arg(last);
    return document;
}

// `levels` rows of `width` fragments, each spreading two of the next row: no
// path deeper than `levels`, but every fragment reaches most of the rows below.
QString fragmentDag(int levels, int width)
{
    QString document = u"{...f0_0}"_s;
    for (int l = 0; l < levels; ++l) {
        for (int i = 0; i < width; ++i) {
            const QString body = l == levels - 1 ? u"__typename"_s
                                                  : u"...f%1_%2 ...f%1_%3"_s.arg(l + 1).arg(i).arg(
                                                        (i + 1) % width);
            document += u" fragment f%1_%2 on Query{%3}"_s.arg(l).arg(i).arg(body);
        }
    }
    return document;
}

} // namespace

// Found by fuzzing (tests/fuzz/crashes/graphql): nesting through fragment
// spreads escaped the parser's depth limit and overflowed the stack of the
// process hosting the sandbox, and validation took time quadratic in the
// fragments. Both must be refused quickly (the bound catches a return to
// quadratic time: before the fix the DAG took 23 s, a 4,000 chain 27.5 s).
void TestGraphQLValidation::spreadNesting_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::addColumn<QString>("at");      // the text the error points to

    const QString tooDeep = u"Document is nested too deeply (more than 128 levels)."_s;
    const QString tooComplex = u"Document is too complex to validate."_s;
    QTest::newRow("chain at the limit") << fragmentChain(126, u"__typename"_s) << QString()
                                        << QString();
    QTest::newRow("chain one past the limit")
        << fragmentChain(127, u"__typename"_s) << tooDeep << u"...a127}"_s;
    QTest::newRow("fields at the limit through a spread")
        << fragmentChain(100, u"user_quota{max_available}"_s) << QString() << QString();
    QTest::newRow("fields past the limit through a spread")
        << fragmentChain(126, u"user_quota{max_available}"_s) << tooDeep << u"...a126}"_s;
    // 678 KB: under the sandbox's 1 MiB body limit; overflowed an -O2 build.
    QTest::newRow("chain of 20000") << fragmentChain(20000, u"__typename"_s) << tooDeep
                                    << u"...a127}"_s;
    QTest::newRow("cycle of 20000") << fragmentChain(20000, u"...a0"_s) << tooDeep
                                    << u"...a127}"_s;
    QTest::newRow("chain of 4000") << fragmentChain(4000, u"__typename"_s) << tooDeep
                                   << u"...a127}"_s;
    // 445 KB, 62 levels deep: within the depth limit, but validating it
    // naively walks fragments x reachable fragments.
    QTest::newRow("dag 60 x 160") << fragmentDag(60, 160) << tooComplex << QString();
    // Shallow, but every operation walks the fragment again for its variables.
    QString operations;
    for (int i = 0; i < 5000; ++i)
        operations += u"query q%1{...F} "_s.arg(i);
    operations += u"fragment F on Query{"_s;
    for (int i = 0; i < 200; ++i)
        operations += u"a%1: user_quota{max_available} "_s.arg(i);
    QTest::newRow("5000 operations spreading 200 fields") << operations + u'}' << tooComplex
                                                          << QString();
}

void TestGraphQLValidation::spreadNesting()
{
    QFETCH(QString, document);
    QFETCH(QString, message);
    QFETCH(QString, at);
    // The bound is on the processor time this process spent (the test runs
    // on one thread), since the wall time also counts whatever else loads
    // the machine; the wall time has a loose bound of its own.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const PreparedRequest request = m_executor->prepare(document);
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 elapsed = timer.elapsed();
    QStringList messages;
    for (const Error &error : std::as_const(request.errors))
        messages.append(error.message);
    if (message.isEmpty()) {
        QVERIFY2(request.isValid(), qPrintable(messages.join(u'\n')));
    } else {
        QVERIFY(!request.isValid());
        QVERIFY(!request.d);
        QVERIFY2(request.errors.size() == 1, qPrintable(messages.mid(0, 5).join(u'\n')));
        QCOMPARE(request.errors.first().message, message);
        if (!at.isEmpty()) {
            QCOMPARE(request.errors.first().locations.size(), 1);
            QCOMPARE(request.errors.first().locations.first().line, 1);
            QCOMPARE(request.errors.first().locations.first().column,
                     int(document.indexOf(at)) + 1);
        }
    }
    const QString took = u"%1 ms of processor time, %2 ms in all"_s.arg(cpuMs).arg(elapsed);
    QVERIFY2(cpuMs < 2000, qPrintable(took));
    QVERIFY2(elapsed < 20000, qPrintable(took));
}

QTEST_GUILESS_MAIN(TestGraphQLValidation)
#include "tst_graphqlvalidation.moc"
