#include "sandbox/graphql/Parser.h"

#include "GraphQLTestUtil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace invsync::graphql;
using namespace Qt::StringLiterals;

class TestGraphQLParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDocuments_data();
    void parsesDocuments();
    void syntaxErrors_data();
    void syntaxErrors();
    void syntaxErrorThroughPrepare();
    void stringLiterals_data();
    void stringLiterals();
    void valueLiterals();
    void operationDetails();
    void selectionDetails();
    void parsesShippedSchema();
    void schemaErrors_data();
    void schemaErrors();
    void neverCrashesOnBrokenDocuments();
};

void TestGraphQLParser::parsesDocuments_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("fragments");

    for (const auto &[name, document] : gqltest::referenceOperations())
        QTest::newRow(name) << QString::fromUtf8(document) << 1 << 0;
    QTest::newRow("shorthand") << u"{ a }"_s << 1 << 0;
    QTest::newRow("anonymous query") << u"query { a }"_s << 1 << 0;
    QTest::newRow("named mutation") << u"mutation M { a }"_s << 1 << 0;
    QTest::newRow("several operations")
        << u"query A { a } query B { b } mutation C { c }"_s << 3 << 0;
    QTest::newRow("variables")
        << u"query Q($id: String!, $ids: [String], $n: [[Int!]!] = [[1]], $s: String = \"x\") { a }"_s
        << 1 << 0;
    QTest::newRow("aliases and arguments") << u"{ x: a(b: 1, c: \"d\") { y: e } }"_s << 1 << 0;
    QTest::newRow("fragments")
        << u"query { ...F ... on Query { a } ... { b } } fragment F on Query { c }"_s << 1 << 1;
    QTest::newRow("directives")
        << u"query ($x: Boolean!) { a @include(if: $x) b @skip(if: true) ...F @include(if: false) }"
           u" fragment F on Query { c }"_s
        << 1 << 1;
    QTest::newRow("comments and commas")
        << u"# leading comment\nquery Q, { # trailing\n  a,,, b # more\n , }\n# end"_s << 1 << 0;
    QTest::newRow("all literals")
        << u"{ a(i: -12, f: 1.5e3, s: \"s\", b: \"\"\"block\"\"\", t: true, n: null, e: ENUM_V,"
           u" l: [1, [2], {x: 1}], o: {a: {b: [true]}, c: null}) }"_s
        << 1 << 0;
    QTest::newRow("byte order mark and CRLF") << u"\uFEFFquery {\r\n a\r\n}\r\n"_s << 1 << 0;
    QTest::newRow("type system definitions (refused later by validation)")
        << u"{ a } \"desc\" type T { a: Int } input I { b: [String!] = [] } enum E { X }"
           u" scalar S directive @d on FIELD schema { query: T }"_s
        << 1 << 0;
    QTest::newRow("keywords as names")
        << u"{ query mutation fragment on: on(on: on) true: null }"_s << 1 << 0;
}

void TestGraphQLParser::parsesDocuments()
{
    QFETCH(QString, document);
    QFETCH(int, operations);
    QFETCH(int, fragments);
    try {
        const ast::Document parsed = Parser(document).parseDocument();
        QCOMPARE(int(parsed.operations.size()), operations);
        QCOMPARE(int(parsed.fragments.size()), fragments);
    } catch (const SyntaxError &error) {
        QFAIL(qPrintable(error.message));
    }
}

void TestGraphQLParser::syntaxErrors_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty selection") << u"{}"_s << u"Expected Name, found \"}\"."_s << 1 << 2;
    QTest::newRow("empty document") << u""_s << u"Unexpected <EOF>."_s << 1 << 1;
    QTest::newRow("only a comment") << u"# nothing\n"_s << u"Unexpected <EOF>."_s << 2 << 1;
    QTest::newRow("unclosed selection") << u"{ a"_s << u"Expected Name, found <EOF>."_s << 1 << 4;
    QTest::newRow("missing value") << u"query { a(b: ) }"_s << u"Unexpected \")\"."_s << 1 << 14;
    QTest::newRow("missing colon in variable")
        << u"query Q($a String) { a }"_s << u"Expected \":\", found Name \"String\"."_s << 1 << 12;
    QTest::newRow("unterminated string")
        << u"{ a(b: \"abc) }"_s << u"Unterminated string."_s << 1 << 15;
    QTest::newRow("bad escape") << u"{ a(b: \"\\x\") }"_s
                                << u"Invalid character escape sequence: \"\\x\"."_s << 1 << 9;
    QTest::newRow("bad unicode escape")
        << u"{ a(b: \"\\u00ZZ\") }"_s << u"Invalid Unicode escape sequence: \"\\u00ZZ\"."_s << 1
        << 9;
    QTest::newRow("bad braced unicode escape")
        << u"{ a(b: \"\\u{110000}\") }"_s << u"Invalid Unicode escape sequence: \"\\u{110000}\"."_s
        << 1 << 9;
    QTest::newRow("digit after zero")
        << u"{ a(b: 01) }"_s << u"Invalid number, unexpected digit after 0: \"1\"."_s << 1 << 9;
    QTest::newRow("no fraction digits")
        << u"{ a(b: 1.) }"_s << u"Invalid number, expected digit but got: \")\"."_s << 1 << 10;
    QTest::newRow("name after number")
        << u"{ a(b: 12abc) }"_s << u"Invalid number, expected digit but got: \"a\"."_s << 1 << 10;
    QTest::newRow("fragment named on")
        << u"fragment on on Query { a }"_s << u"Unexpected Name \"on\"."_s << 1 << 10;
    QTest::newRow("fragment without on")
        << u"fragment F Query { a }"_s << u"Expected \"on\", found Name \"Query\"."_s << 1 << 12;
    QTest::newRow("unknown definition")
        << u"notakeyword { a }"_s << u"Unexpected Name \"notakeyword\"."_s << 1 << 1;
    QTest::newRow("stray brace") << u"{ a }\n\n  }"_s << u"Unexpected \"}\"."_s << 3 << 3;
    QTest::newRow("variable in default")
        << u"query ($a: Int = $b) { a }"_s << u"Unexpected variable \"$b\" in constant value."_s
        << 1 << 18;
    QTest::newRow("unexpected character")
        << u"{ a ? }"_s << u"Unexpected character: \"?\"."_s << 1 << 5;
    QTest::newRow("single quote")
        << u"{ a(b: 'x') }"_s
        << u"Unexpected single quote character ('), did you mean to use a double quote (\")?"_s << 1
        << 8;
    QTest::newRow("multi-line with comment")
        << u"# comment\nquery {\n  a(x: )\n}"_s << u"Unexpected \")\"."_s << 3 << 8;
    QTest::newRow("after block string")
        << u"{ a(b: \"\"\"one\ntwo\n\"\"\" c: ) }"_s << u"Unexpected \")\"."_s << 3 << 8;
    QTest::newRow("inline fragment without type")
        << u"{ ... on }"_s << u"Expected Name, found \"}\"."_s << 1 << 10;
    QTest::newRow("unclosed list") << u"{ a(b: [1, 2) }"_s << u"Unexpected \")\"."_s << 1 << 13;
    QTest::newRow("missing variable name")
        << u"query ($: Int) { a }"_s << u"Expected Name, found \":\"."_s << 1 << 9;
    QTest::newRow("unterminated block string")
        << u"{ a(b: \"\"\"abc) }"_s << u"Unterminated string."_s << 1 << 17;
    // Documents come from the network: nesting is bounded before anything recurses.
    QTest::newRow("selections nested too deeply")
        << QString(u"{ a "_s.repeated(200) + u"}"_s.repeated(200))
        << u"Document is nested too deeply (more than 128 levels)."_s << 1 << 513;
    QTest::newRow("lists nested too deeply")
        << QString(u"{ a(b: "_s + u"["_s.repeated(100000))
        << u"Document is nested too deeply (more than 128 levels)."_s << 1 << 135;
}

void TestGraphQLParser::syntaxErrors()
{
    QFETCH(QString, document);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    try {
        Parser(document).parseDocument();
        QFAIL("no syntax error");
    } catch (const SyntaxError &error) {
        QCOMPARE(error.message, message);
        QCOMPARE(error.location.line, line);
        QCOMPARE(error.location.column, column);
    }
}

void TestGraphQLParser::syntaxErrorThroughPrepare()
{
    const Executor executor(gqltest::shippedSchema());
    const PreparedRequest request =
        executor.prepare(u"query {\n  inventory_sync_status(id: ) { request_id }\n}"_s);
    QVERIFY(!request.isValid());
    QCOMPARE(request.errors.size(), 1);
    const QJsonObject json = request.errors.first().toJson();
    QCOMPARE(
        gqltest::compact(json),
        u"{\"locations\":[{\"column\":29,\"line\":2}],\"message\":\"Syntax Error: Unexpected \\\")\\\".\"}"_s);
}

void TestGraphQLParser::stringLiterals_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << u"\"abc\""_s << u"abc"_s;
    QTest::newRow("empty") << u"\"\""_s << QString();
    QTest::newRow("escapes") << u"\"a\\\"b\\\\c\\/d\\n\\te\""_s << u"a\"b\\c/d\n\te"_s;
    QTest::newRow("unicode escape") << u"\"caf\\u00e9 \\u00E9\""_s << u"caf\u00e9 \u00e9"_s;
    QTest::newRow("braced unicode escape")
        << u"\"smile \\u{1F600} \\u{e9}\""_s
        << QString(u"smile "_s + QString::fromUcs4(U"\U0001F600", 1) + u" \u00e9"_s);
    QTest::newRow("surrogate pair escape")
        << u"\"\\uD83D\\uDE00\""_s << QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("unicode text") << u"\"ma\u00f1ana\""_s << u"ma\u00f1ana"_s;
    QTest::newRow("comment sign") << u"\"# not a comment\""_s << u"# not a comment"_s;
    QTest::newRow("block") << u"\"\"\"block\"\"\""_s << u"block"_s;
    QTest::newRow("block dedent") << u"\"\"\"\n    hello\n      world\n    \"\"\""_s
                                  << u"hello\n  world"_s;
    QTest::newRow("block escaped quotes") << u"\"\"\"a \\\"\"\" b\"\"\""_s << u"a \"\"\" b"_s;
    QTest::newRow("block keeps backslashes") << u"\"\"\"a\\nb\"\"\""_s << u"a\\nb"_s;
}

void TestGraphQLParser::stringLiterals()
{
    QFETCH(QString, literal);
    QFETCH(QString, value);
    const ast::Document document = Parser(u"{ a(s: "_s + literal + u") }"_s).parseDocument();
    const ast::Value &parsed =
        document.operations.front().selections.front().arguments.front().value;
    QCOMPARE(parsed.kind, ast::Value::String);
    QCOMPARE(parsed.text, value);
}

void TestGraphQLParser::valueLiterals()
{
    const ast::Document document =
        Parser(u"{ a(i: -12, f: 1.5e3, t: true, n: null, e: ENUM_V, v: $var,"
               u" l: [1, \"x\"], o: {a: 1, b: {c: false}}) }"_s)
            .parseDocument();
    const auto &args = document.operations.front().selections.front().arguments;
    QCOMPARE(int(args.size()), 8);
    QCOMPARE(args[0].value.kind, ast::Value::Int);
    QCOMPARE(args[0].value.text, u"-12"_s);
    QCOMPARE(args[1].value.kind, ast::Value::Float);
    QCOMPARE(args[1].value.text, u"1.5e3"_s);
    QCOMPARE(args[2].value.kind, ast::Value::Boolean);
    QVERIFY(args[2].value.boolean);
    QCOMPARE(args[3].value.kind, ast::Value::Null);
    QCOMPARE(args[4].value.kind, ast::Value::Enum);
    QCOMPARE(args[4].value.text, u"ENUM_V"_s);
    QCOMPARE(args[5].value.kind, ast::Value::Variable);
    QCOMPARE(args[5].value.text, u"var"_s);
    QCOMPARE(args[6].value.kind, ast::Value::List);
    QCOMPARE(args[6].value.print(), u"[1, \"x\"]"_s);
    QCOMPARE(args[7].value.kind, ast::Value::Object);
    QCOMPARE(args[7].value.print(), u"{a: 1, b: {c: false}}"_s);
    QCOMPARE(args[7].value.items[1].fieldName, u"b"_s);
}

void TestGraphQLParser::operationDetails()
{
    const ast::Document document =
        Parser(u"query First($id: String!, $ids: [String], $n: Int = 5) { a }\n"
               u"mutation Second { b }\n"
               u"{ c }"_s)
            .parseDocument();
    QCOMPARE(int(document.operations.size()), 3);
    const ast::OperationDefinition &first = document.operations[0];
    QCOMPARE(first.operation, u"query"_s);
    QCOMPARE(first.name, u"First"_s);
    QCOMPARE(int(first.variables.size()), 3);
    QCOMPARE(first.variables[0].name, u"id"_s);
    QCOMPARE(first.variables[0].type.toString(), u"String!"_s);
    QCOMPARE(first.variables[1].type.toString(), u"[String]"_s);
    QVERIFY(first.variables[1].type.isList());
    QCOMPARE(first.variables[1].type.namedType(), u"String"_s);
    QVERIFY(first.variables[2].defaultValue.has_value());
    QCOMPARE(first.variables[2].defaultValue->text, u"5"_s);
    QCOMPARE(first.variables[0].location.column, 13);
    QCOMPARE(document.operations[1].operation, u"mutation"_s);
    QCOMPARE(document.operations[1].location.line, 2);
    QCOMPARE(document.operations[2].operation, u"query"_s);
    QVERIFY(document.operations[2].name.isEmpty());
}

void TestGraphQLParser::selectionDetails()
{
    const ast::Document document =
        Parser(u"{\n  alias: field(arg: 1) @skip(if: false) { sub }\n  ...Frag\n  ... on T { x }\n "
               u" ... @include(if: true) { y }\n}\n"
               u"fragment Frag on Query { z }"_s)
            .parseDocument();
    const auto &selections = document.operations.front().selections;
    QCOMPARE(int(selections.size()), 4);
    QCOMPARE(selections[0].kind, ast::Selection::Field);
    QCOMPARE(selections[0].alias, u"alias"_s);
    QCOMPARE(selections[0].name, u"field"_s);
    QCOMPARE(selections[0].responseKey(), u"alias"_s);
    QCOMPARE(selections[0].location.line, 2);
    QCOMPARE(selections[0].location.column, 3);
    QCOMPARE(int(selections[0].directives.size()), 1);
    QCOMPARE(selections[0].directives[0].name, u"skip"_s);
    QVERIFY(selections[0].hasSelectionSet);
    QCOMPARE(selections[1].kind, ast::Selection::FragmentSpread);
    QCOMPARE(selections[1].name, u"Frag"_s);
    QCOMPARE(selections[1].nameLocation.column, 6);
    QCOMPARE(selections[2].kind, ast::Selection::InlineFragment);
    QCOMPARE(selections[2].typeCondition, u"T"_s);
    QCOMPARE(selections[3].kind, ast::Selection::InlineFragment);
    QVERIFY(selections[3].typeCondition.isEmpty());
    QCOMPARE(int(selections[3].directives.size()), 1);
    QCOMPARE(document.fragments.front().typeCondition, u"Query"_s);
}

void TestGraphQLParser::parsesShippedSchema()
{
    const QString sdl = gqltest::schemaSdl();
    QVERIFY(!sdl.isEmpty());
    QString error;
    const auto schema = Schema::fromSdl(sdl, &error);
    QVERIFY2(schema, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(schema->hasType(u"Query"_s));
    QVERIFY(schema->hasType(u"Mutation"_s));
    QVERIFY(schema->hasType(u"ISODateTime"_s));
    QVERIFY(schema->hasType(u"EntityType"_s));
    QVERIFY(schema->hasType(u"InventorySyncInput"_s));
    for (const QString &scalar : {u"String"_s, u"Int"_s, u"Float"_s, u"Boolean"_s, u"ID"_s})
        QVERIFY(schema->hasType(scalar));
    QVERIFY(!schema->hasType(u"Nope"_s));
    QCOMPARE(schema->fieldType(u"Query"_s, u"inventory_sync_statuses"_s),
             u"InventorySyncBatchesQueryResult"_s);
    QCOMPARE(schema->fieldType(u"Account"_s, u"warehouses"_s), u"[Warehouse]"_s);
    QCOMPARE(schema->fieldType(u"InventorySyncStatusConnection"_s, u"edges"_s),
             u"[InventorySyncStatusEdge]!"_s);
    QCOMPARE(schema->fieldType(u"PageInfo"_s, u"hasNextPage"_s), u"Boolean!"_s);
    QCOMPARE(schema->fieldType(u"Mutation"_s, u"inventory_sync"_s), u"InventorySyncOutput"_s);
    QVERIFY(schema->fieldType(u"Query"_s, u"nope"_s).isEmpty());
    QVERIFY(schema->fieldType(u"Nope"_s, u"id"_s).isEmpty());
}

void TestGraphQLParser::schemaErrors_data()
{
    QTest::addColumn<QString>("sdl");
    QTest::addColumn<QString>("error"); // empty: valid

    QTest::newRow("minimal") << u"type Query { a: String }"_s << QString();
    QTest::newRow("descriptions and defaults")
        << u"\"\"\"The root\"\"\"\ntype Query {\n  \"a field\"\n  a(n: Int = 10, s: String = "
           u"\"x\", l: [Int] = [1]): [String!]!\n}\n"
           u"enum E { A B }\ninput I { x: E = A }\nscalar S @specifiedBy(url: \"x\")\n"
           u"schema { query: Query }\ndirective @flag(on: Boolean) on FIELD_DEFINITION | OBJECT"_s
        << QString();
    QTest::newRow("custom root") << u"schema { query: Root } type Root { a: Int }"_s << QString();
    QTest::newRow("no query type")
        << u"type Other { a: Int }"_s << u"Query root type must be provided."_s;
    QTest::newRow("unknown field type")
        << u"type Query { a: Nope }"_s << u"Unknown type \"Nope\". (1:17)"_s;
    QTest::newRow("unknown argument type")
        << u"type Query {\n  a(x: [Nope!]): Int\n}"_s << u"Unknown type \"Nope\". (2:9)"_s;
    QTest::newRow("input used as output")
        << u"input I { a: Int } type Query { a: I }"_s
        << u"The type of Query.a must be Output Type but got: I."_s;
    QTest::newRow("syntax error") << u"type Query {\n  a: String\n"_s
                                  << u"Syntax Error: Expected Name, found <EOF>. (3:1)"_s;
}

void TestGraphQLParser::schemaErrors()
{
    QFETCH(QString, sdl);
    QFETCH(QString, error);
    QString actual = u"untouched"_s;
    const auto schema = Schema::fromSdl(sdl, &actual);
    QCOMPARE(actual, error);
    QCOMPARE(schema != nullptr, error.isEmpty());
}

// Every prefix of every reference operation, and random damage to them, gets
// an answer (valid or errors) and never a crash or an error without a message.
void TestGraphQLParser::neverCrashesOnBrokenDocuments()
{
    const Executor executor(gqltest::shippedSchema());
    QRandomGenerator random(42);
    const QString noise = u"{}()[]:$@!=.\"#,\\ \nazAZ09-_\u00e9"_s;
    int checked = 0;
    for (const auto &[name, text] : gqltest::referenceOperations()) {
        const QString document = QString::fromUtf8(text);
        QList<QString> variants;
        for (qsizetype i = 0; i < document.size(); ++i)
            variants.append(document.left(i));
        for (int round = 0; round < 200; ++round) {
            QString damaged = document;
            for (int edits = 0; edits < 3; ++edits) {
                const qsizetype at = random.bounded(int(damaged.size()));
                const QChar c = noise.at(random.bounded(int(noise.size())));
                if (random.bounded(2) == 0)
                    damaged[at] = c;
                else
                    damaged.insert(at, c);
            }
            variants.append(damaged);
        }
        for (const QString &variant : std::as_const(variants)) {
            const PreparedRequest request = executor.prepare(variant);
            if (!request.isValid()) {
                for (const Error &error : request.errors)
                    QVERIFY2(!error.message.isEmpty(), qPrintable(variant));
            } else {
                executor.execute(request);
            }
            ++checked;
        }
        // A prefix is never a whole document, except the empty one which is an error too.
        QVERIFY(!executor.prepare(document.left(document.size() - 1)).isValid());
    }
    QVERIFY(checked > 1000);
}

QTEST_GUILESS_MAIN(TestGraphQLParser)
#include "tst_graphqlparser.moc"
