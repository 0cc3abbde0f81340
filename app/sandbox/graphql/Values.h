#pragma once

// Input values: checking literals against input types, coercing JSON
// variable values, and turning literals into JSON for resolvers. Messages
// follow graphql-js (ValuesOfCorrectTypeRule, coerceInputValue).

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/SchemaPrivate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace invsync::graphql {

// graphql-js inspect(): "abc" quoted, { a: 1 }, [1, 2], integral numbers without ".0".
QString inspect(const QJsonValue &value);

// Reports every problem of a literal in a position of the given type;
// variables inside are left to the variable rules.
void validateLiteral(const Schema::Private &schema, const ast::Value &value,
                     const ast::TypeRef &type, QList<Error> &errors);

// Coerces a JSON value given for a variable. onError gets the path inside the
// value, the offending part and the message.
using CoercionErrorHandler =
    std::function<void(const QJsonArray &path, const QJsonValue &invalid, const QString &message)>;
QJsonValue coerceInputValue(const Schema::Private &schema, const QJsonValue &value,
                            const ast::TypeRef &type, const QJsonArray &path,
                            const CoercionErrorHandler &onError);

// A validated literal as JSON, with variables substituted and input-object
// defaults applied; nullopt when it is a variable that was not provided.
std::optional<QJsonValue> valueFromAst(const Schema::Private &schema, const ast::Value &value,
                                       const ast::TypeRef &type, const QJsonObject &variables);

} // namespace invsync::graphql
