#pragma once

// The schema's type system, as the SDL parser builds it and validation and
// execution read it.

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/GraphQL.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace invsync::graphql {

struct InputValueDef
{
    QString name;
    ast::TypeRef type;
    std::optional<ast::Value> defaultValue;
};

struct FieldDef
{
    QString name;
    ast::TypeRef type;
    std::vector<InputValueDef> arguments;

    const InputValueDef *argument(const QString &argName) const
    {
        for (const InputValueDef &arg : arguments) {
            if (arg.name == argName)
                return &arg;
        }
        return nullptr;
    }
    QStringList argumentNames() const
    {
        QStringList names;
        for (const InputValueDef &arg : arguments)
            names.append(arg.name);
        return names;
    }
};

struct TypeDef
{
    enum Kind { Scalar, Object, InputObject, Enum };
    Kind kind = Scalar;
    QString name;
    std::vector<FieldDef> fields;           // Object
    std::vector<InputValueDef> inputFields; // InputObject
    QStringList enumValues;                 // Enum

    const FieldDef *field(const QString &fieldName) const
    {
        for (const FieldDef &f : fields) {
            if (f.name == fieldName)
                return &f;
        }
        return nullptr;
    }
    const InputValueDef *inputField(const QString &fieldName) const
    {
        for (const InputValueDef &f : inputFields) {
            if (f.name == fieldName)
                return &f;
        }
        return nullptr;
    }
    QStringList fieldNames() const
    {
        QStringList names;
        for (const FieldDef &f : fields)
            names.append(f.name);
        return names;
    }
    QStringList inputFieldNames() const
    {
        QStringList names;
        for (const InputValueDef &f : inputFields)
            names.append(f.name);
        return names;
    }
    bool isLeaf() const { return kind == Scalar || kind == Enum; }
    bool isInput() const { return kind != Object; }
    bool isComposite() const { return kind == Object; }
};

struct Schema::Private
{
    QHash<QString, TypeDef> types;
    QString queryType = QStringLiteral("Query");
    QString mutationType;

    const TypeDef *type(const QString &name) const
    {
        const auto it = types.constFind(name);
        return it == types.cend() ? nullptr : &it.value();
    }
};

} // namespace invsync::graphql
