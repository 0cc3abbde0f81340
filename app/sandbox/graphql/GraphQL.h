#pragma once

// A GraphQL engine for the sandbox: parses documents, validates them against
// a schema written in SDL, estimates their cost, and executes them through
// resolvers, returning only the fields asked for.
//
// This header is the contract between the engine (graphql/*.cpp) and the
// sandbox service that registers resolvers.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace invsync::graphql {

struct SourceLocation
{
    int line = 0;   // 1-based
    int column = 0; // 1-based
};

// One entry of a response's "errors". Messages follow graphql-js wording
// ("Cannot query field \"x\" on type \"Query\".", "Syntax Error: ...").
struct Error
{
    QString message;
    QList<SourceLocation> locations;
    QJsonArray path;        // response path of the field, when execution failed at one
    QJsonObject extensions; // merged into the error object as they are (e.g. "code": 30)

    QJsonObject toJson() const; // {"message", "locations"?, "path"?, ...extensions}
};

// A schema parsed from SDL (type, input, enum, scalar definitions; the
// Query and Mutation root types). Built-in scalars: String, Int, Float,
// Boolean, ID.
class Schema
{
public:
    static std::shared_ptr<const Schema> fromSdl(const QString &sdl, QString *error = nullptr);

    // The type a field returns, as written ("InventorySyncStatusConnection",
    // "[Warehouse]", "String!"); empty when there is no such field.
    QString fieldType(const QString &typeName, const QString &fieldName) const;
    bool hasType(const QString &typeName) const;

    struct Private;
    std::shared_ptr<const Private> d;
};

// What a resolver is called with.
struct ResolveInfo
{
    QString parentType;    // "Query", "Mutation", "InventorySyncBatchesQueryResult", ...
    QString fieldName;     // the schema's field name (not the alias)
    QJsonObject arguments; // coerced: variables substituted, defaults applied,
                           // absent optional arguments left out
    QJsonArray path;       // response path down to this field
    int complexity = 0;    // estimated cost of this field with everything selected below it
    QVariant context;      // what the caller passed to execute()
};

struct FieldResult
{
    QJsonValue value;    // an object for object types, an array for lists, a scalar, or null
    QList<Error> errors; // reported in "errors"; the field's value is then null
};

using Resolver = std::function<FieldResult(const QJsonValue &parent, const ResolveInfo &info)>;

// A parsed and validated request, ready to execute.
class PreparedRequest
{
public:
    bool isValid() const { return errors.isEmpty(); }

    QList<Error> errors;          // syntax, validation and variable errors
    QString operationType;        // "query" or "mutation"
    QString operationName;        // empty for an anonymous operation
    QStringList rootFields;       // schema names of the selected root fields, in order
    QStringList rootResponseKeys; // their response keys (alias or name), in order
    int complexity = 0;           // estimated cost of the whole operation

    struct Private;
    std::shared_ptr<const Private> d;
};

// Cost model (as ShipHero charges): every root field costs 1; a field whose
// type is a connection costs its `first` or `last` argument (100 when
// neither is given) times (1 + the cost of what is selected in its nodes).
class Executor
{
public:
    explicit Executor(std::shared_ptr<const Schema> schema);

    // A resolver for one field. Without one, a field resolves to
    // parent[fieldName] (null when absent).
    void setResolver(const QString &typeName, const QString &fieldName, Resolver resolver);

    PreparedRequest prepare(const QString &query, const QJsonObject &variables = {},
                            const QString &operationName = {}) const;

    struct Result
    {
        QJsonObject data;    // response keys -> values; a failed root field is null
        QList<Error> errors; // field errors raised by resolvers

        // `data` as compact JSON text with every object's keys in the order
        // of the selection, as the spec asks (QJsonObject sorts its keys).
        QByteArray dataJson() const;

        struct KeyOrder;
        std::shared_ptr<const KeyOrder> keyOrder; // filled by execute()
    };
    // Runs root fields in order (mutations one after another), then projects
    // every value onto the selection: aliases, fragments (named and inline,
    // by type condition), __typename, lists; fields not asked for are never
    // returned.
    Result execute(const PreparedRequest &request, const QVariant &context = {}) const;

private:
    std::shared_ptr<const Schema> m_schema;
    QHash<QString, Resolver> m_resolvers; // "Type.field"
};

} // namespace invsync::graphql
