#pragma once

// The syntax tree of GraphQL documents (executable and SDL), kept minimal:
// only what validation, cost estimation and execution look at.

#include "sandbox/graphql/GraphQL.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace invsync::graphql::ast {

// A type as written: "String", "[String]", "InventorySyncInput!".
struct TypeRef
{
    QString name;                    // the named type, for a non-list
    std::shared_ptr<TypeRef> ofType; // the item type, for a list
    bool nonNull = false;
    SourceLocation location;

    bool isList() const { return ofType != nullptr; }
    const QString &namedType() const { return ofType ? ofType->namedType() : name; }
    QString toString() const;
    TypeRef nullable() const
    {
        TypeRef copy = *this;
        copy.nonNull = false;
        return copy;
    }
};

struct Value
{
    enum Kind { Variable, Int, Float, String, Boolean, Null, Enum, List, Object };
    Kind kind = Null;
    QString text; // variable or enum name, string value, number as written
    bool boolean = false;
    std::vector<Value> items; // list items, or object fields (named by fieldName)
    QString fieldName;        // when this value is a field of an object literal
    SourceLocation location;
    SourceLocation fieldLocation;

    QString print() const; // graphql-js print(): "abc" -> "\"abc\"", {a: 1}
};

struct Argument
{
    QString name;
    Value value;
    SourceLocation location;
};

struct Directive
{
    QString name;
    std::vector<Argument> arguments;
    SourceLocation location;
};

struct Selection
{
    enum Kind { Field, FragmentSpread, InlineFragment };
    Kind kind = Field;
    QString alias;         // Field: empty without alias
    QString name;          // Field name, or FragmentSpread fragment name
    QString typeCondition; // InlineFragment: empty without condition
    SourceLocation typeConditionLocation;
    std::vector<Argument> arguments;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    bool hasSelectionSet = false;
    SourceLocation location;
    SourceLocation nameLocation;
    SourceLocation selectionSetLocation;

    const QString &responseKey() const { return alias.isEmpty() ? name : alias; }
};

struct VariableDefinition
{
    QString name; // without "$"
    TypeRef type;
    std::optional<Value> defaultValue;
    SourceLocation location;     // of the "$"
    SourceLocation nameLocation; // of the name after it
};

struct OperationDefinition
{
    QString operation; // "query", "mutation", "subscription"
    QString name;
    std::vector<VariableDefinition> variables;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    SourceLocation location;
};

struct FragmentDefinition
{
    QString name;
    QString typeCondition;
    SourceLocation typeConditionLocation;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    SourceLocation location;
};

// A type system definition met in an executable document: parsed, then
// refused by validation as graphql-js does ("... is not executable").
struct TypeSystemDefinition
{
    QString name; // empty for a schema definition
    SourceLocation location;
};

struct Document
{
    std::vector<OperationDefinition> operations;
    std::vector<FragmentDefinition> fragments;
    std::vector<TypeSystemDefinition> typeSystemDefinitions;
};

} // namespace invsync::graphql::ast
