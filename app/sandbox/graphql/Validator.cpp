#include "sandbox/graphql/Validator.h"

#include "sandbox/graphql/Parser.h"
#include "sandbox/graphql/Suggestions.h"
#include "sandbox/graphql/Values.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace invsync::graphql {

namespace {

bool isSubType(const ast::TypeRef &sub, const ast::TypeRef &super)
{
    if (super.nonNull)
        return sub.nonNull && isSubType(sub.nullable(), super.nullable());
    if (sub.nonNull)
        return isSubType(sub.nullable(), super);
    if (super.isList())
        return sub.isList() && isSubType(*sub.ofType, *super.ofType);
    if (sub.isList())
        return false;
    return sub.name == super.name;
}

// Arguments in a canonical text, to tell whether two fields ask the same.
QString argumentsText(const ast::Selection &field)
{
    QStringList parts;
    for (const ast::Argument &argument : field.arguments)
        parts.append(argument.name + u':' + argument.value.print());
    parts.sort();
    return parts.join(u',');
}

// Where the named type of "[[Name!]]" is written: graphql-js points there.
SourceLocation namedTypeLocation(const ast::TypeRef &type)
{
    return type.ofType ? namedTypeLocation(*type.ofType) : type.location;
}

ast::TypeRef booleanNonNull()
{
    ast::TypeRef type;
    type.name = u"Boolean"_s;
    type.nonNull = true;
    return type;
}

// Selection sets below `selections` (which is at `depth`), fields' and inline
// fragments' alike; bounded by the parser's depth limit.
void gatherSpreads(const std::vector<ast::Selection> &selections, int depth,
                   std::vector<std::pair<const ast::Selection *, int>> &spreads, int &ownDepth)
{
    ownDepth = std::max(ownDepth, depth);
    for (const ast::Selection &selection : selections) {
        if (selection.kind == ast::Selection::FragmentSpread)
            spreads.emplace_back(&selection, depth);
        else if (!selection.selections.empty())
            gatherSpreads(selection.selections, depth + 1, spreads, ownDepth);
    }
}

const QString kTooComplex = u"Document is too complex to validate."_s;

} // namespace

void collectFragmentSpreads(const std::vector<ast::Selection> &selections,
                            std::vector<const ast::Selection *> &spreads)
{
    for (const ast::Selection &selection : selections) {
        if (selection.kind == ast::Selection::FragmentSpread)
            spreads.push_back(&selection);
        else
            collectFragmentSpreads(selection.selections, spreads);
    }
}

Validator::Validator(const Schema::Private &schema, const ast::Document &document)
    : m_schema(schema), m_document(document)
{
}

void Validator::report(const QString &message, QList<SourceLocation> locations)
{
    m_errors.append(Error{message, std::move(locations), {}, {}});
}

QList<Error> Validator::validate()
{
    const auto tooComplex = [] { return QList<Error>{Error{kTooComplex, {}, {}, {}}}; };
    validateDocumentLevel();
    // Every walk below follows spreads recursively: refuse what would nest
    // deeper than the parser allows before any of them runs. Like a syntax
    // error, this is the only error then.
    if (!checkSpreadDepth())
        return {m_errors.last()};
    for (const ast::OperationDefinition &operation : m_document.operations) {
        validateOperation(operation);
        if (m_tooComplex)
            return tooComplex();
    }
    for (const ast::FragmentDefinition &fragment : m_document.fragments) {
        validateFragment(fragment);
        if (m_tooComplex)
            return tooComplex();
    }
    for (const ast::FragmentDefinition &fragment : m_document.fragments) {
        if (!m_usedFragments.contains(fragment.name))
            report(u"Fragment \""_s + fragment.name + u"\" is never used."_s, {fragment.location});
    }
    for (const ast::FragmentDefinition &fragment : m_document.fragments) {
        detectCycles(fragment);
        if (m_tooComplex)
            return tooComplex();
    }
    return m_errors;
}

// Charged for each selection visited again through a spread.
bool Validator::spend()
{
    if (m_tooComplex)
        return false;
    if (++m_spreadWork <= kMaxSpreadWork)
        return true;
    m_tooComplex = true;
    return false;
}

const Validator::SpreadInfo &Validator::spreadInfo(const std::vector<ast::Selection> &selections)
{
    const auto it = m_spreadInfo.find(&selections);
    if (it != m_spreadInfo.end())
        return it->second;
    SpreadInfo info;
    gatherSpreads(selections, 1, info.spreads, info.ownDepth);
    return m_spreadInfo.emplace(&selections, std::move(info)).first->second;
}

// How deep a fragment's selection set nests once every spread below it is
// expanded (its own set is 1), memoised, with an explicit stack: chains of
// spreads may be as long as the document allows. A spread back to a fragment
// being expanded (a cycle, reported later) adds nothing.
int Validator::fragmentDepth(const ast::FragmentDefinition &root)
{
    if (const auto it = m_fragmentDepth.constFind(&root); it != m_fragmentDepth.cend())
        return it.value();
    struct Frame
    {
        const ast::FragmentDefinition *fragment;
        size_t next;
        int depth;
    };
    std::vector<Frame> stack;
    QSet<const ast::FragmentDefinition *> onStack;
    stack.push_back(Frame{&root, 0, spreadInfo(root.selections).ownDepth});
    onStack.insert(&root);
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const SpreadInfo &info = spreadInfo(frame.fragment->selections);
        if (frame.next < info.spreads.size()) {
            const auto [spread, level] = info.spreads[frame.next++];
            const ast::FragmentDefinition *target = m_fragments.value(spread->name);
            if (!target || onStack.contains(target))
                continue;
            if (const auto it = m_fragmentDepth.constFind(target); it != m_fragmentDepth.cend()) {
                frame.depth = std::max(frame.depth, level + it.value());
                continue;
            }
            onStack.insert(target);
            stack.push_back(Frame{target, 0, spreadInfo(target->selections).ownDepth});
            continue;
        }
        const Frame done = frame;
        stack.pop_back();
        onStack.remove(done.fragment);
        m_fragmentDepth.insert(done.fragment, done.depth);
        if (!stack.empty()) {
            Frame &parent = stack.back();
            const int level = spreadInfo(parent.fragment->selections).spreads[parent.next - 1].second;
            parent.depth = std::max(parent.depth, level + done.depth);
        }
    }
    return m_fragmentDepth.value(&root);
}

bool Validator::checkSpreadDepth()
{
    constexpr int kMax = Parser::kMaxDepth;
    for (const ast::OperationDefinition &operation : m_document.operations) {
        const SpreadInfo &info = spreadInfo(operation.selections);
        int depth = info.ownDepth;
        for (const auto &[spread, level] : info.spreads) {
            if (const ast::FragmentDefinition *target = m_fragments.value(spread->name))
                depth = std::max(depth, level + fragmentDepth(*target));
        }
        if (depth > kMax) {
            reportTooDeep(operation.selections, operation.location);
            return false;
        }
    }
    for (const ast::FragmentDefinition &fragment : m_document.fragments) {
        if (fragmentDepth(fragment) > kMax) {
            reportTooDeep(fragment.selections, fragment.location);
            return false;
        }
    }
    return true;
}

// Follows spreads that lead too deep, down to the one whose fragment's
// selection set crosses the limit (or that brought in a fragment nesting too
// deeply on its own), and reports there. Each step goes a level deeper, so
// this ends within the limit.
void Validator::reportTooDeep(const std::vector<ast::Selection> &selections,
                              SourceLocation fallback)
{
    constexpr int kMax = Parser::kMaxDepth;
    const std::vector<ast::Selection> *set = &selections;
    int offset = 0; // selection sets above *set
    const ast::Selection *last = nullptr;
    for (;;) {
        const ast::FragmentDefinition *next = nullptr;
        int nextLevel = 0;
        for (const auto &[spread, level] : spreadInfo(*set).spreads) {
            const ast::FragmentDefinition *target = m_fragments.value(spread->name);
            if (!target || offset + level + fragmentDepth(*target) <= kMax)
                continue;
            if (offset + level + 1 > kMax) {
                report(Parser::tooDeepMessage(), {spread->location});
                return;
            }
            next = target;
            nextLevel = level;
            last = spread;
            break;
        }
        if (!next) {
            report(Parser::tooDeepMessage(), {last ? last->location : fallback});
            return;
        }
        offset += nextLevel;
        set = &next->selections;
    }
}

void Validator::validateDocumentLevel()
{
    for (const ast::TypeSystemDefinition &definition : m_document.typeSystemDefinitions) {
        report(u"The "_s +
                   (definition.name.isEmpty() ? u"schema"_s : u'"' + definition.name + u'"') +
                   u" definition is not executable."_s,
               {definition.location});
    }
    QHash<QString, SourceLocation> operationNames;
    for (const ast::OperationDefinition &operation : m_document.operations) {
        if (operation.name.isEmpty()) {
            if (m_document.operations.size() > 1) {
                report(u"This anonymous operation must be the only defined operation."_s,
                       {operation.location});
            }
            continue;
        }
        const auto it = operationNames.constFind(operation.name);
        if (it != operationNames.cend()) {
            report(u"There can be only one operation named \""_s + operation.name + u"\"."_s,
                   {it.value(), operation.location});
        } else {
            operationNames.insert(operation.name, operation.location);
        }
    }
    for (const ast::FragmentDefinition &fragment : m_document.fragments) {
        const auto it = m_fragments.constFind(fragment.name);
        if (it != m_fragments.cend()) {
            report(u"There can be only one fragment named \""_s + fragment.name + u"\"."_s,
                   {it.value()->location, fragment.location});
        } else {
            m_fragments.insert(fragment.name, &fragment);
        }
    }
}

void Validator::validateOperation(const ast::OperationDefinition &operation)
{
    QString rootName;
    if (operation.operation == u"query"_s) {
        rootName = m_schema.queryType;
    } else if (operation.operation == u"mutation"_s) {
        rootName = m_schema.mutationType;
    }
    Scope scope;
    scope.operation = &operation;

    QHash<QString, SourceLocation> variableNames;
    for (const ast::VariableDefinition &variable : operation.variables) {
        if (variableNames.contains(variable.name)) {
            report(u"There can be only one variable named \"$"_s + variable.name + u"\"."_s,
                   {variableNames.value(variable.name), variable.nameLocation});
        }
        variableNames.insert(variable.name, variable.nameLocation);
        const TypeDef *type = m_schema.type(variable.type.namedType());
        if (!type) {
            report(u"Unknown type \""_s + variable.type.namedType() + u"\"."_s +
                       didYouMean(suggestionList(variable.type.namedType(), m_schema.types.keys())),
                   {namedTypeLocation(variable.type)});
            continue;
        }
        if (!type->isInput()) {
            report(u"Variable \"$"_s + variable.name + u"\" cannot be non-input type \""_s +
                       variable.type.toString() + u"\"."_s,
                   {variable.type.location});
            continue;
        }
        if (variable.defaultValue)
            validateLiteral(m_schema, *variable.defaultValue, variable.type, m_errors);
    }
    validateDirectives(operation.directives, scope, operation.operation.toUpper());

    const TypeDef *root = rootName.isEmpty() ? nullptr : m_schema.type(rootName);
    if (!root) {
        report(u"Schema is not configured to execute "_s + operation.operation + u" operation."_s,
               {operation.location});
        return;
    }
    checkFieldConflicts(operation.selections, *root);
    validateSelections(operation.selections, *root, scope);
}

void Validator::validateFragment(const ast::FragmentDefinition &fragment)
{
    const TypeDef *type = m_schema.type(fragment.typeCondition);
    if (!type) {
        report(u"Unknown type \""_s + fragment.typeCondition + u"\"."_s +
                   didYouMean(suggestionList(fragment.typeCondition, m_schema.types.keys())),
               {fragment.typeConditionLocation});
        return;
    }
    if (!type->isComposite()) {
        report(u"Fragment \""_s + fragment.name +
                   u"\" cannot condition on non composite type \""_s + type->name + u"\"."_s,
               {fragment.typeConditionLocation});
        return;
    }
    Scope scope; // variables are checked from each operation that spreads it
    validateDirectives(fragment.directives, scope, u"FRAGMENT_DEFINITION"_s);
    checkFieldConflicts(fragment.selections, *type);
    validateSelections(fragment.selections, *type, scope);
}

// A simple form of graphql-js OverlappingFieldsCanBeMergedRule: one response
// key must mean one field with one set of arguments, across the fragments
// merged into the same selection set.
void Validator::checkFieldConflicts(const std::vector<ast::Selection> &selections,
                                    const TypeDef &parent)
{
    QHash<QString, const ast::Selection *> firstByKey;
    QSet<QString> visited;
    // depth: of `set` below `selections`; bounded although checkSpreadDepth()
    // made it unnecessary, since its depths ignore cycles (reported later).
    const auto walk = [&](const auto &self, const std::vector<ast::Selection> &set, int depth,
                          bool viaSpread) -> void {
        for (const ast::Selection &selection : set) {
            if (viaSpread && !spend())
                return;
            switch (selection.kind) {
            case ast::Selection::Field: {
                const QString &key = selection.responseKey();
                const ast::Selection *first = firstByKey.value(key);
                if (!first) {
                    firstByKey.insert(key, &selection);
                } else if (first->name != selection.name) {
                    report(
                        u"Fields \""_s + key + u"\" conflict because \""_s + first->name +
                            u"\" and \""_s + selection.name +
                            u"\" are different fields. Use different aliases on the fields to fetch both if this was intentional."_s,
                        {first->location, selection.location});
                } else if (argumentsText(*first) != argumentsText(selection)) {
                    report(
                        u"Fields \""_s + key +
                            u"\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."_s,
                        {first->location, selection.location});
                }
                break;
            }
            case ast::Selection::InlineFragment:
                if ((selection.typeCondition.isEmpty() || selection.typeCondition == parent.name) &&
                    depth < Parser::kMaxDepth)
                    self(self, selection.selections, depth + 1, viaSpread);
                break;
            case ast::Selection::FragmentSpread: {
                const ast::FragmentDefinition *fragment = m_fragments.value(selection.name);
                if (fragment && fragment->typeCondition == parent.name &&
                    !visited.contains(selection.name) && depth < Parser::kMaxDepth) {
                    visited.insert(selection.name);
                    self(self, fragment->selections, depth + 1, true);
                }
                break;
            }
            }
        }
    };
    walk(walk, selections, 1, false);
}

// graphql-js NoFragmentCyclesRule: one report per cycle, naming the path.
// Depth first with an explicit stack: the spread path may be long.
void Validator::detectCycles(const ast::FragmentDefinition &root)
{
    struct Frame
    {
        const ast::FragmentDefinition *fragment;
        std::vector<const ast::Selection *> spreads;
        size_t next = 0;
    };
    std::vector<Frame> stack;
    // Starts on a fragment not checked yet; false when it spreads nothing.
    const auto enter = [&](const ast::FragmentDefinition &fragment) {
        m_cycleChecked.insert(fragment.name);
        Frame frame{&fragment, {}, 0};
        collectFragmentSpreads(fragment.selections, frame.spreads);
        if (frame.spreads.empty())
            return false;
        m_spreadPathIndex.insert(fragment.name, qsizetype(m_spreadPath.size()));
        stack.push_back(std::move(frame));
        return true;
    };
    if (m_cycleChecked.contains(root.name) || !enter(root))
        return;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.spreads.size()) {
            m_spreadPathIndex.remove(frame.fragment->name);
            stack.pop_back();
            if (!stack.empty())
                m_spreadPath.pop_back(); // the spread that led to it
            continue;
        }
        const ast::Selection *spread = frame.spreads[frame.next++];
        const auto index = m_spreadPathIndex.constFind(spread->name);
        m_spreadPath.push_back(spread);
        if (index == m_spreadPathIndex.cend()) {
            const ast::FragmentDefinition *next = m_fragments.value(spread->name);
            if (next && !m_cycleChecked.contains(next->name) && enter(*next))
                continue; // the spread stays on the path while `next` is walked
        } else {
            QStringList via;
            QList<SourceLocation> locations;
            for (size_t i = size_t(index.value()); i < m_spreadPath.size(); ++i) {
                // The path's length is not bounded by the depth check (cycles
                // are left out of it): charge it.
                if (!spend())
                    return;
                locations.append(m_spreadPath[i]->location);
                if (i + 1 < m_spreadPath.size())
                    via.append(u'"' + m_spreadPath[i]->name + u'"');
            }
            report(u"Cannot spread fragment \""_s + spread->name + u"\" within itself"_s +
                       (via.isEmpty() ? u"."_s : u" via "_s + via.join(u", "_s) + u'.'),
                   locations);
        }
        m_spreadPath.pop_back();
    }
}

void Validator::validateDirectives(const std::vector<ast::Directive> &directives, Scope &scope,
                                   const QString &location)
{
    QHash<QString, SourceLocation> seen;
    for (const ast::Directive &directive : directives) {
        if (directive.name != u"include"_s && directive.name != u"skip"_s) {
            if (scope.reportStatic)
                report(u"Unknown directive \"@"_s + directive.name + u"\"."_s,
                       {directive.location});
            continue;
        }
        if (scope.reportStatic) {
            if (location != u"FIELD"_s && location != u"FRAGMENT_SPREAD"_s &&
                location != u"INLINE_FRAGMENT"_s) {
                report(u"Directive \"@"_s + directive.name + u"\" may not be used on "_s +
                           location + u'.',
                       {directive.location});
            }
            if (seen.contains(directive.name)) {
                report(u"The directive \"@"_s + directive.name +
                           u"\" can only be used once at this location."_s,
                       {seen.value(directive.name), directive.location});
            }
        }
        seen.insert(directive.name, directive.location);
        bool hasIf = false;
        for (const ast::Argument &argument : directive.arguments) {
            if (argument.name != u"if"_s) {
                if (scope.reportStatic) {
                    report(u"Unknown argument \""_s + argument.name + u"\" on directive \"@"_s +
                               directive.name + u"\"."_s +
                               didYouMean(suggestionList(argument.name, {u"if"_s})),
                           {argument.location});
                }
                continue;
            }
            hasIf = true;
            validateValue(argument.value, booleanNonNull(), false, scope);
        }
        if (!hasIf && scope.reportStatic) {
            report(
                u"Directive \"@"_s + directive.name +
                    u"\" argument \"if\" of type \"Boolean!\" is required, but it was not provided."_s,
                {directive.location});
        }
    }
}

void Validator::validateSelections(const std::vector<ast::Selection> &selections,
                                   const TypeDef &parent, Scope &scope)
{
    for (const ast::Selection &selection : selections) {
        if (scope.viaSpread && !spend())
            return;
        static const QString kLocations[] = {u"FIELD"_s, u"FRAGMENT_SPREAD"_s,
                                             u"INLINE_FRAGMENT"_s};
        validateDirectives(selection.directives, scope, kLocations[selection.kind]);
        switch (selection.kind) {
        case ast::Selection::Field:
            validateField(selection, parent, scope);
            break;
        case ast::Selection::FragmentSpread: {
            m_usedFragments.insert(selection.name);
            const ast::FragmentDefinition *fragment = m_fragments.value(selection.name);
            if (!fragment) {
                if (scope.reportStatic) {
                    report(u"Unknown fragment \""_s + selection.name + u"\"."_s,
                           {selection.nameLocation});
                }
                break;
            }
            const TypeDef *type = m_schema.type(fragment->typeCondition);
            if (!type || !type->isComposite())
                break; // reported with the fragment's definition
            if (type->name != parent.name && scope.reportStatic) {
                report(u"Fragment \""_s + selection.name +
                           u"\" cannot be spread here as objects of type \""_s + parent.name +
                           u"\" can never be of type \""_s + type->name + u"\"."_s,
                       {selection.location});
            }
            // Fields were checked with the fragment's definition; walk it again
            // (once per operation) only for the variables it uses.
            // The depth bound only matters with cycles (see checkFieldConflicts).
            if (scope.operation && !scope.visitedFragments.contains(selection.name) &&
                scope.depth < Parser::kMaxDepth) {
                scope.visitedFragments.insert(selection.name);
                const bool wasStatic = scope.reportStatic;
                const bool wasViaSpread = scope.viaSpread;
                scope.reportStatic = false;
                scope.viaSpread = true;
                ++scope.depth;
                validateSelections(fragment->selections, *type, scope);
                --scope.depth;
                scope.reportStatic = wasStatic;
                scope.viaSpread = wasViaSpread;
            }
            break;
        }
        case ast::Selection::InlineFragment: {
            const TypeDef *type = &parent;
            if (!selection.typeCondition.isEmpty()) {
                type = m_schema.type(selection.typeCondition);
                if (!type) {
                    if (scope.reportStatic) {
                        report(u"Unknown type \""_s + selection.typeCondition + u"\"."_s +
                                   didYouMean(suggestionList(selection.typeCondition,
                                                             m_schema.types.keys())),
                               {selection.typeConditionLocation});
                    }
                    break;
                }
                if (!type->isComposite()) {
                    if (scope.reportStatic) {
                        report(u"Fragment cannot condition on non composite type \""_s +
                                   type->name + u"\"."_s,
                               {selection.typeConditionLocation});
                    }
                    break;
                }
                if (type->name != parent.name && scope.reportStatic) {
                    report(u"Fragment cannot be spread here as objects of type \""_s + parent.name +
                               u"\" can never be of type \""_s + type->name + u"\"."_s,
                           {selection.location});
                }
            }
            ++scope.depth;
            validateSelections(selection.selections, *type, scope);
            --scope.depth;
            break;
        }
        }
    }
}

void Validator::validateField(const ast::Selection &field, const TypeDef &parent, Scope &scope)
{
    if (field.name == u"__typename"_s) {
        if (field.hasSelectionSet && scope.reportStatic) {
            report(
                u"Field \"__typename\" must not have a selection since type \"String!\" has no subfields."_s,
                {field.selectionSetLocation});
        }
        return;
    }
    const FieldDef *definition = parent.field(field.name);
    if (!definition) {
        if (scope.reportStatic) {
            report(u"Cannot query field \""_s + field.name + u"\" on type \""_s + parent.name +
                       u"\"."_s + didYouMean(suggestionList(field.name, parent.fieldNames())),
                   {field.location});
        }
        return;
    }
    QHash<QString, SourceLocation> given;
    for (const ast::Argument &argument : field.arguments) {
        if (given.contains(argument.name) && scope.reportStatic) {
            report(u"There can be only one argument named \""_s + argument.name + u"\"."_s,
                   {given.value(argument.name), argument.location});
        }
        given.insert(argument.name, argument.location);
        const InputValueDef *argDef = definition->argument(argument.name);
        if (!argDef) {
            if (scope.reportStatic) {
                report(u"Unknown argument \""_s + argument.name + u"\" on field \""_s +
                           parent.name + u'.' + field.name + u"\"."_s +
                           didYouMean(suggestionList(argument.name, definition->argumentNames())),
                       {argument.location});
            }
            continue;
        }
        validateValue(argument.value, argDef->type, argDef->defaultValue.has_value(), scope);
    }
    if (scope.reportStatic) {
        for (const InputValueDef &argDef : definition->arguments) {
            if (argDef.type.nonNull && !argDef.defaultValue && !given.contains(argDef.name)) {
                report(u"Field \""_s + field.name + u"\" argument \""_s + argDef.name +
                           u"\" of type \""_s + argDef.type.toString() +
                           u"\" is required, but it was not provided."_s,
                       {field.location});
            }
        }
    }
    const TypeDef *type = m_schema.type(definition->type.namedType());
    if (!type)
        return;
    if (type->isLeaf()) {
        if (field.hasSelectionSet && scope.reportStatic) {
            report(u"Field \""_s + field.name + u"\" must not have a selection since type \""_s +
                       definition->type.toString() + u"\" has no subfields."_s,
                   {field.selectionSetLocation});
        }
        return;
    }
    if (!field.hasSelectionSet) {
        if (scope.reportStatic) {
            report(u"Field \""_s + field.name + u"\" of type \""_s + definition->type.toString() +
                       u"\" must have a selection of subfields. Did you mean \""_s + field.name +
                       u" { ... }\"?"_s,
                   {field.location});
        }
        return;
    }
    if (scope.reportStatic)
        checkFieldConflicts(field.selections, *type);
    ++scope.depth;
    validateSelections(field.selections, *type, scope);
    --scope.depth;
}

void Validator::validateValue(const ast::Value &value, const ast::TypeRef &type,
                              bool hasLocationDefault, Scope &scope)
{
    if (scope.reportStatic)
        validateLiteral(m_schema, value, type, m_errors);
    // Variables may sit anywhere inside lists and input objects.
    if (value.kind == ast::Value::Variable) {
        checkVariableUsage(value, type, hasLocationDefault, scope);
        return;
    }
    if (value.kind == ast::Value::List) {
        if (!type.isList())
            return;
        // The literal was checked as a whole above: only its variables are left.
        const bool wasStatic = scope.reportStatic;
        scope.reportStatic = false;
        for (const ast::Value &item : value.items)
            validateValue(item, *type.ofType, false, scope);
        scope.reportStatic = wasStatic;
        return;
    }
    if (value.kind == ast::Value::Object) {
        const TypeDef *named = type.isList() ? nullptr : m_schema.type(type.name);
        if (!named || named->kind != TypeDef::InputObject)
            return;
        for (const ast::Value &fieldValue : value.items) {
            const InputValueDef *field = named->inputField(fieldValue.fieldName);
            if (!field)
                continue;
            const bool wasStatic = scope.reportStatic;
            scope.reportStatic = false;
            validateValue(fieldValue, field->type, field->defaultValue.has_value(), scope);
            scope.reportStatic = wasStatic;
        }
    }
}

void Validator::checkVariableUsage(const ast::Value &variable, const ast::TypeRef &type,
                                   bool hasLocationDefault, Scope &scope)
{
    if (!scope.operation)
        return; // checked from the operations that spread this fragment
    const ast::OperationDefinition &operation = *scope.operation;
    const auto definition =
        std::find_if(operation.variables.cbegin(), operation.variables.cend(),
                     [&](const ast::VariableDefinition &v) { return v.name == variable.text; });
    if (definition == operation.variables.cend()) {
        report(u"Variable \"$"_s + variable.text + u"\" is not defined"_s +
                   (operation.name.isEmpty() ? u"."_s
                                             : u" by operation \""_s + operation.name + u"\"."_s),
               {variable.location, operation.location});
        return;
    }
    const TypeDef *varType = m_schema.type(definition->type.namedType());
    if (!varType || !varType->isInput())
        return;
    ast::TypeRef locationType = type;
    if (type.nonNull && !definition->type.nonNull) {
        const bool hasNonNullDefault =
            definition->defaultValue && definition->defaultValue->kind != ast::Value::Null;
        if (hasNonNullDefault || hasLocationDefault)
            locationType = type.nullable();
    }
    if (!isSubType(definition->type, locationType)) {
        report(u"Variable \"$"_s + variable.text + u"\" of type \""_s +
                   definition->type.toString() + u"\" used in position expecting type \""_s +
                   type.toString() + u"\"."_s,
               {definition->location, variable.location});
    }
}

} // namespace invsync::graphql
