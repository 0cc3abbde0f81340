// libFuzzer target for the sandbox's GraphQL engine: arbitrary text is
// parsed as a document and validated against the shipped schema
// (resources/graphql/schema.graphqls) through Executor::prepare, exactly as
// the sandbox service does with a request's "query"; a valid request is then
// executed. The resolvers are not the service's (those need its state,
// tokens, credits and clock): every root field resolves to a value built
// from the schema once at start-up (each field of its type filled in, lists
// of two, a few levels deep), so execution projects real nested data onto
// the selection, deterministically and cheaply.
//
// Input layout: the document, then optionally a NUL byte, the variables as
// JSON, another NUL and the operation name.
//
// Besides what AddressSanitizer catches (deep recursion ends as a stack
// overflow), it aborts when:
// - an error has no message or a location outside the document;
// - a valid request names no operation type, or root fields that are not on
//   the root type, or a negative cost;
// - preparing the same request twice gives different results;
// - execution answers a response key that was not asked for, or misses one,
//   or dataJson() is not the JSON of data.
//
// Run: see README.md beside this file.

#define FUZZ_TARGET_NAME "fuzz_graphql"
#include "FuzzCheck.h"

#include "sandbox/graphql/GraphQL.h"
#include "sandbox/graphql/SchemaPrivate.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <cstdint>
#include <memory>

using namespace invsync::graphql;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Schema> g_schema;
std::unique_ptr<Executor> g_executor;

// A value of the given type with every field filled in, `depth` levels of
// objects deep (deeper objects are null, or {} when they cannot be null).
QJsonValue sample(const Schema::Private &schema, const ast::TypeRef &type, int depth)
{
    if (type.isList()) {
        QJsonArray items;
        for (int i = 0; i < 2; ++i)
            items.append(sample(schema, *type.ofType, depth));
        return items;
    }
    const QString &name = type.name;
    if (name == u"Int" || name == u"BigInt")
        return 7;
    if (name == u"Float")
        return 1.5;
    if (name == u"Boolean")
        return true;
    if (name == u"String" || name == u"ID")
        return u"VGVzdDox"_s;
    if (name == u"ISODateTime")
        return u"2024-05-01T12:00:00"_s;
    const TypeDef *def = schema.type(name);
    if (!def)
        return QJsonValue::Null;
    if (def->kind == TypeDef::Enum)
        return def->enumValues.value(0);
    if (def->kind == TypeDef::Scalar)
        return u"scalar"_s;
    if (depth <= 0)
        return type.nonNull ? QJsonValue(QJsonObject()) : QJsonValue(QJsonValue::Null);
    QJsonObject object;
    for (const FieldDef &field : def->fields)
        object.insert(field.name, sample(schema, field.type, depth - 1));
    return object;
}

void checkErrors(const QList<Error> &errors, const QString &query)
{
    const int lines = int(query.count(u'\n') + query.count(u'\r')) + 1;
    for (const Error &e : errors) {
        FUZZ_CHECK(!e.message.isEmpty());
        for (const SourceLocation &l : e.locations) {
            FUZZ_CHECK(l.line >= 1 && l.line <= lines, l.line, lines);
            FUZZ_CHECK(l.column >= 1 && l.column <= query.size() + 1, l.column, query.size());
        }
        (void)e.toJson();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile file(QStringLiteral(INVSYNC_GRAPHQL_SCHEMA));
    if (!file.open(QIODevice::ReadOnly))
        invsync::fuzz::fail(FUZZ_TARGET_NAME, "the schema file cannot be read");
    QString error;
    g_schema = Schema::fromSdl(QString::fromUtf8(file.readAll()), &error);
    if (!g_schema)
        invsync::fuzz::fail(FUZZ_TARGET_NAME, "the shipped schema does not parse");
    g_executor = std::make_unique<Executor>(g_schema);
    const Schema::Private &schema = *g_schema->d;
    for (const QString &root : {schema.queryType, schema.mutationType}) {
        const TypeDef *type = schema.type(root);
        if (!type)
            continue;
        for (const FieldDef &field : type->fields) {
            const QJsonValue value = sample(schema, field.type, 6);
            g_executor->setResolver(root, field.name, [value](const QJsonValue &, const ResolveInfo &) {
                return FieldResult{value, {}};
            });
        }
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    // The sandbox server answers 413 to larger bodies (SandboxConfig::maxBodyBytes).
    if (size > (1u << 20))
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> p;
        qsizetype from = 0;
        for (qsizetype at; p.size() < 2 && (at = input.indexOf('\0', from)) >= 0; from = at + 1)
            p.append(input.sliced(from, at - from));
        p.append(input.sliced(from));
        return p;
    }();
    const QString query = QString::fromUtf8(parts[0]);
    QJsonObject variables;
    if (parts.size() > 1)
        variables = QJsonDocument::fromJson(parts[1].toByteArray()).object();
    const QString operationName = parts.size() > 2 ? QString::fromUtf8(parts[2]) : QString();

    const PreparedRequest request = g_executor->prepare(query, variables, operationName);
    checkErrors(request.errors, query);

    // Preparing is a pure function of the request.
    const PreparedRequest again = g_executor->prepare(query, variables, operationName);
    FUZZ_CHECK(again.errors.size() == request.errors.size(), again.errors.size(),
               request.errors.size());
    for (qsizetype i = 0; i < request.errors.size(); ++i)
        FUZZ_CHECK(again.errors[i].message == request.errors[i].message, i);
    FUZZ_CHECK(again.complexity == request.complexity);
    FUZZ_CHECK(again.rootFields == request.rootFields);

    if (!request.isValid())
        return 0;

    const Schema::Private &schema = *g_schema->d;
    FUZZ_CHECK(request.operationType == u"query" || request.operationType == u"mutation");
    const QString rootType =
        request.operationType == u"query" ? schema.queryType : schema.mutationType;
    const TypeDef *root = schema.type(rootType);
    FUZZ_CHECK(root != nullptr);
    FUZZ_CHECK(request.rootFields.size() == request.rootResponseKeys.size());
    FUZZ_CHECK(request.complexity >= 0, request.complexity);
    for (const QString &field : request.rootFields)
        FUZZ_CHECK(field == u"__typename" || root->field(field) != nullptr);
    if (!operationName.isEmpty())
        FUZZ_CHECK(request.operationName == operationName);

    const Executor::Result result = g_executor->execute(request);
    checkErrors(result.errors, query);
    const QSet<QString> asked(request.rootResponseKeys.cbegin(), request.rootResponseKeys.cend());
    const QStringList answeredList = result.data.keys();
    const QSet<QString> answered(answeredList.cbegin(), answeredList.cend());
    FUZZ_CHECK(answered == asked, answered.size(), asked.size());
    const QByteArray json = result.dataJson();
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError, parseError.error, parseError.offset);
    FUZZ_CHECK(parsed.object() == result.data);
    return 0;
}
