#include "sandbox/graphql/GraphQL.h"
#include "sandbox/graphql/Parser.h"
#include "sandbox/graphql/SchemaPrivate.h"

using namespace Qt::StringLiterals;

namespace invsync::graphql {

namespace {

QString at(const SourceLocation &location)
{
    return u" ("_s + QString::number(location.line) + u':' + QString::number(location.column) +
           u')';
}

// Every type a definition mentions must exist, and be of the right kind:
// catching a typo here beats a puzzling validation error later.
QString checkTypes(const Schema::Private &schema)
{
    auto checkRef = [&](const ast::TypeRef &ref, bool input, const QString &where) -> QString {
        const TypeDef *type = schema.type(ref.namedType());
        if (!type) {
            const ast::TypeRef *named = &ref;
            while (named->ofType)
                named = named->ofType.get();
            return u"Unknown type \""_s + named->name + u"\"."_s + at(named->location);
        }
        if (input && !type->isInput())
            return u"The type of "_s + where + u" must be Input Type but got: "_s + ref.toString() +
                   u'.';
        if (!input && type->kind == TypeDef::InputObject)
            return u"The type of "_s + where + u" must be Output Type but got: "_s +
                   ref.toString() + u'.';
        return {};
    };
    for (const TypeDef &type : schema.types) {
        for (const FieldDef &field : type.fields) {
            const QString where = type.name + u'.' + field.name;
            QString error = checkRef(field.type, false, where);
            for (const InputValueDef &arg : field.arguments) {
                if (error.isEmpty())
                    error = checkRef(arg.type, true, where + u'(' + arg.name + u":)"_s);
            }
            if (!error.isEmpty())
                return error;
        }
        for (const InputValueDef &field : type.inputFields) {
            const QString error = checkRef(field.type, true, type.name + u'.' + field.name);
            if (!error.isEmpty())
                return error;
        }
    }
    const TypeDef *query = schema.type(schema.queryType);
    if (!query || query->kind != TypeDef::Object)
        return u"Query root type must be provided."_s;
    if (!schema.mutationType.isEmpty()) {
        const TypeDef *mutation = schema.type(schema.mutationType);
        if (!mutation || mutation->kind != TypeDef::Object)
            return u"Mutation root type must be an object type."_s;
    }
    return {};
}

} // namespace

QJsonObject Error::toJson() const
{
    QJsonObject json{{u"message"_s, message}};
    if (!locations.isEmpty()) {
        QJsonArray array;
        for (const SourceLocation &location : locations)
            array.append(QJsonObject{{u"line"_s, location.line}, {u"column"_s, location.column}});
        json.insert(u"locations"_s, array);
    }
    if (!path.isEmpty())
        json.insert(u"path"_s, path);
    // ShipHero puts "code" and friends beside "message", not under "extensions".
    for (auto it = extensions.constBegin(); it != extensions.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

std::shared_ptr<const Schema> Schema::fromSdl(const QString &sdl, QString *error)
{
    auto d = std::make_shared<Private>();
    try {
        *d = Parser(sdl).parseSchema();
    } catch (const SyntaxError &syntaxError) {
        if (error)
            *error = u"Syntax Error: "_s + syntaxError.message + at(syntaxError.location);
        return nullptr;
    }
    for (const QString &name : {u"String"_s, u"Int"_s, u"Float"_s, u"Boolean"_s, u"ID"_s}) {
        TypeDef scalar;
        scalar.kind = TypeDef::Scalar;
        scalar.name = name;
        d->types.insert(name, scalar);
    }
    const QString problem = checkTypes(*d);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    auto schema = std::make_shared<Schema>();
    schema->d = std::move(d);
    if (error)
        error->clear();
    return schema;
}

QString Schema::fieldType(const QString &typeName, const QString &fieldName) const
{
    if (!d)
        return {};
    const TypeDef *type = d->type(typeName);
    const FieldDef *field = type ? type->field(fieldName) : nullptr;
    return field ? field->type.toString() : QString();
}

bool Schema::hasType(const QString &typeName) const
{
    return d && d->types.contains(typeName);
}

} // namespace invsync::graphql
