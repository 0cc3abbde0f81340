#include "sandbox/graphql/Values.h"

#include "sandbox/graphql/Suggestions.h"

#include <QJsonDocument>
#include <QLocale>
#include <QHash>
#include <QStringList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace invsync::graphql {

namespace {

QString jsonString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

bool fitsInt32(double d)
{
    return d >= double(std::numeric_limits<qint32>::min()) &&
           d <= double(std::numeric_limits<qint32>::max());
}

void report(QList<Error> &errors, const QString &message, const SourceLocation &location)
{
    errors.append(Error{message, {location}, {}, {}});
}

void validateScalarLiteral(const TypeDef &type, const ast::Value &value, QList<Error> &errors)
{
    const QString &name = type.name;
    const QString printed = value.print();
    using V = ast::Value;
    if (name == u"Int"_s) {
        if (value.kind != V::Int) {
            report(errors, u"Int cannot represent non-integer value: "_s + printed, value.location);
        } else {
            bool ok = false;
            const qint64 number = value.text.toLongLong(&ok);
            if (!ok || number < std::numeric_limits<qint32>::min() ||
                number > std::numeric_limits<qint32>::max()) {
                report(errors,
                       u"Int cannot represent non 32-bit signed integer value: "_s + printed,
                       value.location);
            }
        }
    } else if (name == u"Float"_s) {
        if (value.kind != V::Int && value.kind != V::Float)
            report(errors, u"Float cannot represent non numeric value: "_s + printed,
                   value.location);
    } else if (name == u"String"_s) {
        if (value.kind != V::String)
            report(errors, u"String cannot represent a non string value: "_s + printed,
                   value.location);
    } else if (name == u"Boolean"_s) {
        if (value.kind != V::Boolean)
            report(errors, u"Boolean cannot represent a non boolean value: "_s + printed,
                   value.location);
    } else if (name == u"ID"_s) {
        if (value.kind != V::String && value.kind != V::Int) {
            report(errors, u"ID cannot represent a non-string and non-integer value: "_s + printed,
                   value.location);
        }
    }
    // Custom scalars (ISODateTime, BigInt) accept any literal, as graphql-js's default.
}

void validateLiteralAt(const Schema::Private &schema, const ast::Value &value,
                       const ast::TypeRef &type, const QString &locationType, QList<Error> &errors)
{
    using V = ast::Value;
    if (value.kind == V::Variable)
        return;
    if (type.nonNull) {
        if (value.kind == V::Null) {
            report(errors, u"Expected value of type \""_s + locationType + u"\", found null."_s,
                   value.location);
            return;
        }
        validateLiteralAt(schema, value, type.nullable(), locationType, errors);
        return;
    }
    if (value.kind == V::Null)
        return;
    if (type.isList()) {
        const ast::TypeRef &itemType = *type.ofType;
        if (value.kind == V::List) {
            for (const V &item : value.items)
                validateLiteralAt(schema, item, itemType, itemType.toString(), errors);
        } else {
            validateLiteralAt(schema, value, itemType, locationType, errors);
        }
        return;
    }
    const TypeDef *named = schema.type(type.name);
    if (!named)
        return;
    if (named->kind == TypeDef::InputObject) {
        if (value.kind != V::Object) {
            report(errors,
                   u"Expected value of type \""_s + locationType + u"\", found "_s + value.print() +
                       u'.',
                   value.location);
            return;
        }
        for (const InputValueDef &field : named->inputFields) {
            const bool given = std::any_of(value.items.cbegin(), value.items.cend(),
                                           [&](const V &f) { return f.fieldName == field.name; });
            if (!given && field.type.nonNull && !field.defaultValue) {
                report(errors,
                       u"Field \""_s + field.name + u"\" of required type \""_s +
                           field.type.toString() + u"\" was not provided."_s,
                       value.location);
            }
        }
        QHash<QString, SourceLocation> seen;
        for (const V &fieldValue : value.items) {
            if (seen.contains(fieldValue.fieldName)) {
                errors.append(Error{u"There can be only one input field named \""_s +
                                        fieldValue.fieldName + u"\"."_s,
                                    {seen.value(fieldValue.fieldName), fieldValue.fieldLocation},
                                    {},
                                    {}});
            }
            seen.insert(fieldValue.fieldName, fieldValue.fieldLocation);
            const InputValueDef *field = named->inputField(fieldValue.fieldName);
            if (!field) {
                report(
                    errors,
                    u"Field \""_s + fieldValue.fieldName + u"\" is not defined by type \""_s +
                        named->name + u"\"."_s +
                        didYouMean(suggestionList(fieldValue.fieldName, named->inputFieldNames())),
                    fieldValue.fieldLocation);
                continue;
            }
            validateLiteralAt(schema, fieldValue, field->type, field->type.toString(), errors);
        }
        return;
    }
    if (named->kind == TypeDef::Enum) {
        if (value.kind != V::Enum) {
            report(errors,
                   u"Enum \""_s + named->name + u"\" cannot represent non-enum value: "_s +
                       value.print() + u'.' +
                       didYouMean(suggestionList(value.print(), named->enumValues),
                                  u"the enum value"_s),
                   value.location);
        } else if (!named->enumValues.contains(value.text)) {
            report(
                errors,
                u"Value \""_s + value.text + u"\" does not exist in \""_s + named->name +
                    u"\" enum."_s +
                    didYouMean(suggestionList(value.text, named->enumValues), u"the enum value"_s),
                value.location);
        }
        return;
    }
    if (named->kind == TypeDef::Scalar)
        validateScalarLiteral(*named, value, errors);
}

// parseValue() of the built-in scalars and enums; returns an error message
// or an empty string.
QString coerceLeaf(const TypeDef &type, const QJsonValue &value, QJsonValue *out)
{
    const QString &name = type.name;
    if (type.kind == TypeDef::Enum) {
        if (!value.isString())
            return u"Enum \""_s + name + u"\" cannot represent non-string value: "_s +
                   inspect(value) + u'.';
        if (!type.enumValues.contains(value.toString()))
            return u"Value \""_s + value.toString() + u"\" does not exist in \""_s + name +
                   u"\" enum."_s +
                   didYouMean(suggestionList(value.toString(), type.enumValues),
                              u"the enum value"_s);
        *out = value;
        return {};
    }
    if (name == u"Int"_s) {
        if (!value.isDouble() || !isIntegral(value.toDouble()))
            return u"Int cannot represent non-integer value: "_s + inspect(value);
        if (!fitsInt32(value.toDouble()))
            return u"Int cannot represent non 32-bit signed integer value: "_s + inspect(value);
        *out = QJsonValue(qint64(value.toDouble()));
        return {};
    }
    if (name == u"Float"_s) {
        if (!value.isDouble())
            return u"Float cannot represent non numeric value: "_s + inspect(value);
        *out = value;
        return {};
    }
    if (name == u"String"_s) {
        if (!value.isString())
            return u"String cannot represent a non string value: "_s + inspect(value);
        *out = value;
        return {};
    }
    if (name == u"Boolean"_s) {
        if (!value.isBool())
            return u"Boolean cannot represent a non boolean value: "_s + inspect(value);
        *out = value;
        return {};
    }
    if (name == u"ID"_s) {
        if (value.isString()) {
            *out = value;
            return {};
        }
        if (value.isDouble() && isIntegral(value.toDouble())) {
            *out = QString::number(qint64(value.toDouble()));
            return {};
        }
        return u"ID cannot represent value: "_s + inspect(value);
    }
    *out = value;
    return {};
}

} // namespace

QString inspect(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return u"undefined"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (isIntegral(d) && std::abs(d) < 1e21)
            return QString::number(d, 'f', 0);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return jsonString(value.toString());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(inspect(item));
        return u'[' + parts.join(u", "_s) + u']';
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return u"{}"_s;
        QStringList parts;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            parts.append(it.key() + u": "_s + inspect(it.value()));
        return u"{ "_s + parts.join(u", "_s) + u" }"_s;
    }
    }
    return {};
}

void validateLiteral(const Schema::Private &schema, const ast::Value &value,
                     const ast::TypeRef &type, QList<Error> &errors)
{
    validateLiteralAt(schema, value, type, type.toString(), errors);
}

QJsonValue coerceInputValue(const Schema::Private &schema, const QJsonValue &value,
                            const ast::TypeRef &type, const QJsonArray &path,
                            const CoercionErrorHandler &onError)
{
    if (type.nonNull) {
        if (!value.isNull() && !value.isUndefined())
            return coerceInputValue(schema, value, type.nullable(), path, onError);
        onError(path, value,
                u"Expected non-nullable type \""_s + type.toString() + u"\" not to be null."_s);
        return QJsonValue::Null;
    }
    if (value.isNull() || value.isUndefined())
        return QJsonValue::Null;
    if (type.isList()) {
        if (value.isArray()) {
            QJsonArray items;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonArray itemPath = path;
                itemPath.append(int(i));
                items.append(
                    coerceInputValue(schema, array.at(i), *type.ofType, itemPath, onError));
            }
            return items;
        }
        return QJsonArray{coerceInputValue(schema, value, *type.ofType, path, onError)};
    }
    const TypeDef *named = schema.type(type.name);
    if (!named)
        return QJsonValue::Null;
    if (named->kind == TypeDef::InputObject) {
        if (!value.isObject()) {
            onError(path, value, u"Expected type \""_s + named->name + u"\" to be an object."_s);
            return QJsonValue::Null;
        }
        const QJsonObject object = value.toObject();
        QJsonObject coerced;
        for (const InputValueDef &field : named->inputFields) {
            if (!object.contains(field.name)) {
                if (field.defaultValue) {
                    if (auto v = valueFromAst(schema, *field.defaultValue, field.type, {}))
                        coerced.insert(field.name, *v);
                } else if (field.type.nonNull) {
                    onError(path, value,
                            u"Field \""_s + field.name + u"\" of required type \""_s +
                                field.type.toString() + u"\" was not provided."_s);
                }
                continue;
            }
            QJsonArray fieldPath = path;
            fieldPath.append(field.name);
            coerced.insert(field.name, coerceInputValue(schema, object.value(field.name),
                                                        field.type, fieldPath, onError));
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!named->inputField(it.key())) {
                onError(path, value,
                        u"Field \""_s + it.key() + u"\" is not defined by type \""_s + named->name +
                            u"\"."_s +
                            didYouMean(suggestionList(it.key(), named->inputFieldNames())));
            }
        }
        return coerced;
    }
    QJsonValue out;
    const QString message = coerceLeaf(*named, value, &out);
    if (!message.isEmpty()) {
        onError(path, value, message);
        return QJsonValue::Null;
    }
    return out;
}

std::optional<QJsonValue> valueFromAst(const Schema::Private &schema, const ast::Value &value,
                                       const ast::TypeRef &type, const QJsonObject &variables)
{
    using V = ast::Value;
    switch (value.kind) {
    case V::Variable:
        if (!variables.contains(value.text))
            return std::nullopt;
        return variables.value(value.text);
    case V::Null:
        return QJsonValue(QJsonValue::Null);
    case V::List: {
        const ast::TypeRef itemType = type.isList() ? *type.ofType : type.nullable();
        QJsonArray items;
        for (const V &item : value.items)
            items.append(
                valueFromAst(schema, item, itemType, variables).value_or(QJsonValue::Null));
        return items;
    }
    default:
        break;
    }
    // A single value in a list position is coerced to a list of one.
    if (type.isList()) {
        const auto item = valueFromAst(schema, value, *type.ofType, variables);
        return QJsonArray{item.value_or(QJsonValue::Null)};
    }
    const TypeDef *named = schema.type(type.name);
    switch (value.kind) {
    case V::Object: {
        QJsonObject object;
        if (named && named->kind == TypeDef::InputObject) {
            for (const InputValueDef &field : named->inputFields) {
                const auto it = std::find_if(value.items.cbegin(), value.items.cend(),
                                             [&](const V &f) { return f.fieldName == field.name; });
                std::optional<QJsonValue> fieldValue;
                if (it != value.items.cend())
                    fieldValue = valueFromAst(schema, *it, field.type, variables);
                if (!fieldValue && field.defaultValue)
                    fieldValue = valueFromAst(schema, *field.defaultValue, field.type, {});
                if (fieldValue)
                    object.insert(field.name, *fieldValue);
            }
        } else {
            for (const V &field : value.items) {
                object.insert(field.fieldName,
                              valueFromAst(schema, field, type.nullable(), variables)
                                  .value_or(QJsonValue::Null));
            }
        }
        return object;
    }
    case V::Int:
        if (named && named->name == u"Float"_s)
            return QJsonValue(value.text.toDouble());
        if (named && named->name == u"ID"_s)
            return QJsonValue(value.text);
        {
            // Beyond 64 bits (a custom scalar such as BigInt): as a double, like JSON.
            bool ok = false;
            const qint64 number = value.text.toLongLong(&ok);
            return ok ? QJsonValue(number) : QJsonValue(value.text.toDouble());
        }
    case V::Float:
        return QJsonValue(value.text.toDouble());
    case V::String:
    case V::Enum:
        return QJsonValue(value.text);
    case V::Boolean:
        return QJsonValue(value.boolean);
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

} // namespace invsync::graphql
