#include "sandbox/graphql/GraphQL.h"

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/Parser.h"
#include "sandbox/graphql/SchemaPrivate.h"
#include "sandbox/graphql/Validator.h"
#include "sandbox/graphql/Values.h"

#include <QJsonDocument>

#include <cmath>
#include <exception>
#include <limits>

using namespace Qt::StringLiterals;

namespace invsync::graphql {

// Response keys of every object of a result, by response path, so that the
// text can follow the selection's order.
struct Executor::Result::KeyOrder
{
    QHash<QString, QStringList> keys;
};

struct PreparedRequest::Private
{
    std::shared_ptr<const ast::Document> document;
    const ast::OperationDefinition *operation = nullptr; // inside document
    QHash<QString, const ast::FragmentDefinition *> fragments;
    QJsonObject variables; // coerced
};

namespace {

using Nodes = std::vector<const ast::Selection *>;

// Fields grouped by response key, in document order (the spec's CollectFields).
struct FieldGroup
{
    QString responseKey;
    Nodes nodes;
};
struct FieldGroups : std::vector<FieldGroup>
{
    QHash<QString, size_t> index; // response key -> position, for wide selections

    void add(const QString &key, const ast::Selection *node)
    {
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            (*this)[it.value()].nodes.push_back(node);
            return;
        }
        index.insert(key, size());
        push_back(FieldGroup{key, {node}});
    }
};

const QString kTypename = u"__typename"_s;

QString pathKey(const QJsonArray &path)
{
    QString key;
    for (const QJsonValue &step : path) {
        key += QChar(u'\x1f');
        key += step.isString() ? step.toString() : QString::number(step.toInteger());
    }
    return key;
}

void writeJson(QByteArray &out, const QJsonValue &value, const QString &path,
               const Executor::Result::KeyOrder *order)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = order ? order->keys.value(path) : QStringList();
        if (keys.size() != object.size())
            keys = object.keys();
        out += '{';
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += ',';
            first = false;
            writeJson(out, key, {}, nullptr);
            out += ':';
            writeJson(out, object.value(key), path + QChar(u'\x1f') + key, order);
        }
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeJson(out, array.at(i), path + QChar(u'\x1f') + QString::number(i), order);
        }
        out += ']';
    } else {
        // A scalar as QJsonDocument writes it, without the wrapping array.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += json.mid(1, json.size() - 2);
    }
}

// Everything an execution needs beside the resolvers, shared by the cost
// estimate (at prepare time) and the executor.
class Engine
{
public:
    Engine(const Schema::Private &schema, const PreparedRequest::Private &request)
        : m_schema(schema), m_request(request)
    {
    }

    bool shouldInclude(const ast::Selection &selection) const
    {
        for (const ast::Directive &directive : selection.directives) {
            if (directive.name != u"include"_s && directive.name != u"skip"_s)
                continue;
            bool condition = false;
            for (const ast::Argument &argument : directive.arguments) {
                if (argument.name != u"if"_s)
                    continue;
                ast::TypeRef booleanType;
                booleanType.name = u"Boolean"_s;
                const auto value =
                    valueFromAst(m_schema, argument.value, booleanType, m_request.variables);
                condition = value && value->toBool();
            }
            if ((directive.name == u"skip"_s) == condition)
                return false;
        }
        return true;
    }

    void collectFields(const QString &typeName, const std::vector<ast::Selection> &selections,
                       FieldGroups &groups, QSet<QString> &visitedFragments) const
    {
        for (const ast::Selection &selection : selections) {
            if (!shouldInclude(selection))
                continue;
            switch (selection.kind) {
            case ast::Selection::Field:
                groups.add(selection.responseKey(), &selection);
                break;
            case ast::Selection::FragmentSpread: {
                if (visitedFragments.contains(selection.name))
                    break;
                visitedFragments.insert(selection.name);
                const ast::FragmentDefinition *fragment = m_request.fragments.value(selection.name);
                if (fragment && fragment->typeCondition == typeName)
                    collectFields(typeName, fragment->selections, groups, visitedFragments);
                break;
            }
            case ast::Selection::InlineFragment:
                if (selection.typeCondition.isEmpty() || selection.typeCondition == typeName)
                    collectFields(typeName, selection.selections, groups, visitedFragments);
                break;
            }
        }
    }

    FieldGroups collectSubfields(const QString &typeName, const Nodes &nodes) const
    {
        FieldGroups groups;
        QSet<QString> visited;
        for (const ast::Selection *node : nodes)
            collectFields(typeName, node->selections, groups, visited);
        return groups;
    }

    QJsonObject coerceArguments(const FieldDef &field, const ast::Selection &node) const
    {
        QJsonObject arguments;
        for (const InputValueDef &argDef : field.arguments) {
            const auto given =
                std::find_if(node.arguments.cbegin(), node.arguments.cend(),
                             [&](const ast::Argument &a) { return a.name == argDef.name; });
            std::optional<QJsonValue> value;
            if (given != node.arguments.cend())
                value = valueFromAst(m_schema, given->value, argDef.type, m_request.variables);
            if (!value && argDef.defaultValue)
                value = valueFromAst(m_schema, *argDef.defaultValue, argDef.type, {});
            if (value)
                arguments.insert(argDef.name, *value);
        }
        return arguments;
    }

    // The cost model of GraphQL.h: root fields 1, connections first/last
    // (100 by default) times (1 + what their nodes select).
    qint64 fieldCost(const FieldDef &field, const Nodes &nodes, bool isRoot) const
    {
        if (++m_expandedFields > kMaxExpandedFields)
            throw TooManyFields{};
        const TypeDef *type = m_schema.type(field.type.namedType());
        qint64 cost = 0;
        if (type && type->isComposite()) {
            for (const FieldGroup &group : collectSubfields(type->name, nodes)) {
                const FieldDef *sub = type->field(group.nodes.front()->name);
                if (sub)
                    cost += fieldCost(*sub, group.nodes, false);
            }
            if (type->name.endsWith(u"Connection"_s)) {
                const QJsonObject arguments = coerceArguments(field, *nodes.front());
                qint64 pageSize = 100;
                if (arguments.value(u"first"_s).isDouble())
                    pageSize = arguments.value(u"first"_s).toInteger();
                else if (arguments.value(u"last"_s).isDouble())
                    pageSize = arguments.value(u"last"_s).toInteger();
                cost = std::max<qint64>(pageSize, 0) * (1 + cost);
            }
        }
        if (isRoot)
            cost += 1;
        return std::min<qint64>(cost, std::numeric_limits<int>::max());
    }

    // Fragments reused at every level multiply a small document into a huge
    // tree; prepare() refuses those before anything walks them for real.
    static constexpr qint64 kMaxExpandedFields = 100000;
    struct TooManyFields
    {
    };

protected:
    const Schema::Private &m_schema;
    const PreparedRequest::Private &m_request;
    mutable qint64 m_expandedFields = 0;
};

struct Completed
{
    QJsonValue value;
    bool propagate = false; // null that must bubble up to the nearest nullable parent
    bool errored = false;   // null because of an error already reported: a non-null
                            // wrapper must not add "Cannot return null" on top
};

class Execution : public Engine
{
public:
    Execution(const Schema::Private &schema, const PreparedRequest::Private &request,
              const QHash<QString, Resolver> &resolvers, const QVariant &context)
        : Engine(schema, request), m_resolvers(resolvers), m_context(context)
    {
    }

    QList<Error> errors;
    std::shared_ptr<Executor::Result::KeyOrder> order =
        std::make_shared<Executor::Result::KeyOrder>();

    // nullopt when a non-null field's null made the whole object null.
    std::optional<QJsonObject> executeFields(const TypeDef &type, const QJsonValue &parent,
                                             const FieldGroups &groups, const QJsonArray &path,
                                             bool isRoot)
    {
        QJsonObject object;
        bool nulled = false;
        for (const FieldGroup &group : groups) {
            QJsonArray fieldPath = path;
            fieldPath.append(group.responseKey);
            const ast::Selection &node = *group.nodes.front();
            if (node.name == kTypename) {
                object.insert(group.responseKey, type.name);
                continue;
            }
            const FieldDef *field = type.field(node.name);
            if (!field)
                continue; // cannot happen once validated
            const Completed completed =
                executeField(type, *field, parent, group.nodes, fieldPath, isRoot);
            if (completed.propagate) {
                nulled = true;
                // Root fields all run (mutations have effects); below, the
                // object is null anyway.
                if (!isRoot)
                    return std::nullopt;
                object.insert(group.responseKey, QJsonValue::Null);
                continue;
            }
            object.insert(group.responseKey, completed.value);
        }
        if (nulled)
            return std::nullopt;
        QStringList keys;
        keys.reserve(qsizetype(groups.size()));
        for (const FieldGroup &group : groups)
            keys.append(group.responseKey);
        order->keys.insert(pathKey(path), keys);
        return object;
    }

private:
    Completed executeField(const TypeDef &parentType, const FieldDef &field,
                           const QJsonValue &parent, const Nodes &nodes, const QJsonArray &path,
                           bool isRoot)
    {
        const ast::Selection &node = *nodes.front();
        ResolveInfo info;
        info.parentType = parentType.name;
        info.fieldName = field.name;
        info.arguments = coerceArguments(field, node);
        info.path = path;
        info.context = m_context;

        FieldResult result;
        const auto resolver = m_resolvers.constFind(parentType.name + u'.' + field.name);
        if (resolver != m_resolvers.cend() && *resolver) {
            // Only resolvers read the cost, and prepare() already bounded the
            // whole tree, so a subtree never trips the guard.
            m_expandedFields = 0;
            try {
                info.complexity = int(fieldCost(field, nodes, isRoot));
            } catch (const TooManyFields &) {
                info.complexity = std::numeric_limits<int>::max();
            }
        }
        if (resolver == m_resolvers.cend() || !*resolver) {
            const QJsonValue value = parent.toObject().value(field.name);
            result.value = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
        } else {
            // A resolver that throws must not take the whole service down.
            try {
                result = (*resolver)(parent, info);
            } catch (const std::exception &e) {
                result =
                    FieldResult{QJsonValue::Null, {Error{QString::fromUtf8(e.what()), {}, {}, {}}}};
            } catch (...) {
                result = FieldResult{QJsonValue::Null,
                                     {Error{u"Internal error while resolving "_s + parentType.name +
                                                u'.' + field.name + u'.',
                                            {},
                                            {},
                                            {}}}};
            }
        }
        if (!result.errors.isEmpty()) {
            for (Error error : std::as_const(result.errors)) {
                if (error.locations.isEmpty())
                    error.locations = {node.location};
                if (error.path.isEmpty())
                    error.path = path;
                errors.append(error);
            }
            return Completed{QJsonValue::Null, field.type.nonNull, true};
        }
        return complete(field.type, parentType, field, nodes, result.value, path);
    }

    void fieldError(const QString &message, const Nodes &nodes, const QJsonArray &path)
    {
        errors.append(Error{message, {nodes.front()->location}, path, {}});
    }

    Completed complete(const ast::TypeRef &type, const TypeDef &parentType, const FieldDef &field,
                       const Nodes &nodes, const QJsonValue &value, const QJsonArray &path)
    {
        if (type.nonNull) {
            const Completed inner =
                complete(type.nullable(), parentType, field, nodes, value, path);
            if (inner.propagate)
                return inner;
            if (inner.value.isNull()) {
                if (!inner.errored) {
                    fieldError(u"Cannot return null for non-nullable field "_s + parentType.name +
                                   u'.' + field.name + u'.',
                               nodes, path);
                }
                return Completed{QJsonValue::Null, true, true};
            }
            return inner;
        }
        if (value.isNull() || value.isUndefined())
            return Completed{QJsonValue::Null, false};
        if (type.isList()) {
            if (!value.isArray()) {
                fieldError(u"Expected Iterable, but did not find one for field \""_s +
                               parentType.name + u'.' + field.name + u"\"."_s,
                           nodes, path);
                return Completed{QJsonValue::Null, false, true};
            }
            QJsonArray items;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonArray itemPath = path;
                itemPath.append(int(i));
                const Completed item =
                    complete(*type.ofType, parentType, field, nodes, array.at(i), itemPath);
                if (item.propagate) {
                    return Completed{QJsonValue::Null, false, true};
                }
                items.append(item.value);
            }
            return Completed{items, false};
        }
        const TypeDef *named = m_schema.type(type.name);
        if (!named)
            return Completed{QJsonValue::Null, false};
        if (named->isLeaf())
            return completeLeaf(*named, nodes, value, path);
        if (!value.isObject()) {
            fieldError(u"Expected value of type \""_s + named->name + u"\" but got: "_s +
                           inspect(value) + u'.',
                       nodes, path);
            return Completed{QJsonValue::Null, false, true};
        }
        // A resolver may name the concrete type itself (for interfaces to come).
        const TypeDef *runtime = named;
        const QJsonValue typeName = value.toObject().value(kTypename);
        if (typeName.isString()) {
            if (const TypeDef *t = m_schema.type(typeName.toString()); t && t->isComposite())
                runtime = t;
        }
        const auto object =
            executeFields(*runtime, value, collectSubfields(runtime->name, nodes), path, false);
        if (!object) {
            return Completed{QJsonValue::Null, false, true};
        }
        return Completed{*object, false};
    }

    // graphql-js serialize() of the built-in scalars; custom scalars pass through.
    Completed completeLeaf(const TypeDef &type, const Nodes &nodes, const QJsonValue &value,
                           const QJsonArray &path)
    {
        const QString &name = type.name;
        auto fail = [&](const QString &message) {
            fieldError(message, nodes, path);
            return Completed{QJsonValue::Null, false, true};
        };
        if (type.kind == TypeDef::Enum) {
            if (!value.isString() || !type.enumValues.contains(value.toString()))
                return fail(u"Enum \""_s + name + u"\" cannot represent value: "_s +
                            inspect(value));
            return Completed{value, false};
        }
        if (name == u"Int"_s) {
            double d = 0;
            if (value.isBool())
                d = value.toBool() ? 1 : 0;
            else if (value.isDouble())
                d = value.toDouble();
            else
                return fail(u"Int cannot represent non-integer value: "_s + inspect(value));
            if (!std::isfinite(d) || std::floor(d) != d)
                return fail(u"Int cannot represent non-integer value: "_s + inspect(value));
            if (d < double(std::numeric_limits<qint32>::min()) ||
                d > double(std::numeric_limits<qint32>::max()))
                return fail(u"Int cannot represent non 32-bit signed integer value: "_s +
                            inspect(value));
            return Completed{QJsonValue(qint64(d)), false};
        }
        if (name == u"Float"_s) {
            if (value.isBool())
                return Completed{QJsonValue(value.toBool() ? 1.0 : 0.0), false};
            if (!value.isDouble())
                return fail(u"Float cannot represent non numeric value: "_s + inspect(value));
            return Completed{value, false};
        }
        if (name == u"String"_s || name == u"ID"_s) {
            if (value.isString())
                return Completed{value, false};
            if (value.isDouble())
                return Completed{inspect(value), false};
            if (value.isBool() && name == u"String"_s)
                return Completed{value.toBool() ? u"true"_s : u"false"_s, false};
            return fail(name + u" cannot represent value: "_s + inspect(value));
        }
        if (name == u"Boolean"_s) {
            if (value.isBool())
                return Completed{value, false};
            if (value.isDouble())
                return Completed{QJsonValue(value.toDouble() != 0), false};
            return fail(u"Boolean cannot represent a non boolean value: "_s + inspect(value));
        }
        return Completed{value, false};
    }

    const QHash<QString, Resolver> &m_resolvers;
    QVariant m_context;
};

Error requestError(const QString &message, QList<SourceLocation> locations = {})
{
    return Error{message, std::move(locations), {}, {}};
}

} // namespace

Executor::Executor(std::shared_ptr<const Schema> schema) : m_schema(std::move(schema)) {}

void Executor::setResolver(const QString &typeName, const QString &fieldName, Resolver resolver)
{
    m_resolvers.insert(typeName + u'.' + fieldName, std::move(resolver));
}

PreparedRequest Executor::prepare(const QString &query, const QJsonObject &variables,
                                  const QString &operationName) const
{
    PreparedRequest request;
    if (!m_schema || !m_schema->d) {
        request.errors.append(requestError(u"Schema is not available."_s));
        return request;
    }
    const Schema::Private &schema = *m_schema->d;

    auto document = std::make_shared<ast::Document>();
    try {
        *document = Parser(query).parseDocument();
    } catch (const SyntaxError &error) {
        request.errors.append(requestError(u"Syntax Error: "_s + error.message, {error.location}));
        return request;
    }

    request.errors = Validator(schema, *document).validate();
    if (!request.errors.isEmpty())
        return request;

    // graphql-js getOperation()
    const ast::OperationDefinition *operation = nullptr;
    if (operationName.isEmpty()) {
        if (document->operations.size() > 1) {
            request.errors.append(requestError(
                u"Must provide operation name if query contains multiple operations."_s));
            return request;
        }
        operation = document->operations.empty() ? nullptr : &document->operations.front();
    } else {
        for (const ast::OperationDefinition &candidate : document->operations) {
            if (candidate.name == operationName)
                operation = &candidate;
        }
        if (!operation) {
            request.errors.append(
                requestError(u"Unknown operation named \""_s + operationName + u"\"."_s));
            return request;
        }
    }
    if (!operation) {
        request.errors.append(requestError(u"Must provide an operation."_s));
        return request;
    }

    auto d = std::make_shared<PreparedRequest::Private>();
    d->document = document;
    d->operation = operation;
    for (const ast::FragmentDefinition &fragment : document->fragments)
        d->fragments.insert(fragment.name, &fragment);

    // graphql-js coerceVariableValues()
    for (const ast::VariableDefinition &definition : operation->variables) {
        const QString prefix = u"Variable \"$"_s + definition.name + u'"';
        const QString typeText = definition.type.toString();
        if (!variables.contains(definition.name)) {
            if (definition.defaultValue) {
                if (auto value =
                        valueFromAst(schema, *definition.defaultValue, definition.type, {}))
                    d->variables.insert(definition.name, *value);
            } else if (definition.type.nonNull) {
                request.errors.append(requestError(prefix + u" of required type \""_s + typeText +
                                                       u"\" was not provided."_s,
                                                   {definition.location}));
            }
            continue;
        }
        const QJsonValue value = variables.value(definition.name);
        if (value.isNull() && definition.type.nonNull) {
            request.errors.append(requestError(prefix + u" of non-null type \""_s + typeText +
                                                   u"\" must not be null."_s,
                                               {definition.location}));
            continue;
        }
        const auto onError = [&](const QJsonArray &path, const QJsonValue &invalid,
                                 const QString &message) {
            QString at;
            if (!path.isEmpty()) {
                at = u" at \""_s + definition.name;
                for (const QJsonValue &step : path) {
                    if (step.isString())
                        at += u'.' + step.toString();
                    else
                        at += u'[' + QString::number(step.toInteger()) + u']';
                }
                at += u'"';
            }
            request.errors.append(requestError(prefix + u" got invalid value "_s +
                                                   inspect(invalid) + at + u"; "_s + message,
                                               {definition.location}));
        };
        d->variables.insert(definition.name,
                            coerceInputValue(schema, value, definition.type, {}, onError));
    }
    if (!request.errors.isEmpty())
        return request;

    request.operationType = operation->operation;
    request.operationName = operation->name;
    const TypeDef *root =
        schema.type(operation->operation == u"mutation"_s ? schema.mutationType : schema.queryType);
    if (!root) {
        request.errors.append(requestError(u"Schema is not configured to execute "_s +
                                               operation->operation + u" operation."_s,
                                           {operation->location}));
        return request;
    }
    const Engine engine(schema, *d);
    FieldGroups groups;
    QSet<QString> visited;
    engine.collectFields(root->name, operation->selections, groups, visited);
    qint64 complexity = 0;
    try {
        for (const FieldGroup &group : groups) {
            const QString &name = group.nodes.front()->name;
            request.rootFields.append(name);
            request.rootResponseKeys.append(group.responseKey);
            if (const FieldDef *field = root->field(name))
                complexity += engine.fieldCost(*field, group.nodes, true);
        }
    } catch (const Engine::TooManyFields &) {
        request.rootFields.clear();
        request.rootResponseKeys.clear();
        request.errors.append(requestError(u"Query has too many fields: more than "_s +
                                           QString::number(Engine::kMaxExpandedFields) +
                                           u" once its fragments are expanded."_s));
        return request;
    }
    request.complexity = int(std::min<qint64>(complexity, std::numeric_limits<int>::max()));
    request.d = std::move(d);
    return request;
}

Executor::Result Executor::execute(const PreparedRequest &request, const QVariant &context) const
{
    Result result;
    if (!request.isValid() || !request.d || !m_schema || !m_schema->d) {
        result.errors = request.errors;
        return result;
    }
    const Schema::Private &schema = *m_schema->d;
    const ast::OperationDefinition &operation = *request.d->operation;
    const TypeDef *root =
        schema.type(operation.operation == u"mutation"_s ? schema.mutationType : schema.queryType);
    if (!root)
        return result;
    Execution execution(schema, *request.d, m_resolvers, context);
    FieldGroups groups;
    QSet<QString> visited;
    execution.collectFields(root->name, operation.selections, groups, visited);
    // Synchronous resolvers in document order: mutations run one after another.
    const auto data = execution.executeFields(*root, QJsonObject(), groups, {}, true);
    if (data) {
        result.data = *data;
    } else {
        // A non-null root field came back null: every root key is null.
        QStringList keys;
        for (const FieldGroup &group : groups) {
            result.data.insert(group.responseKey, QJsonValue::Null);
            keys.append(group.responseKey);
        }
        execution.order->keys.insert(QString(), keys);
    }
    result.errors = execution.errors;
    result.keyOrder = execution.order;
    return result;
}

QByteArray Executor::Result::dataJson() const
{
    QByteArray out;
    writeJson(out, data, {}, keyOrder.get());
    return out;
}

} // namespace invsync::graphql
