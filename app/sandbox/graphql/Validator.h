#pragma once

// Validation of an executable document against a schema: the graphql-js
// rules that matter for a faithful emulator, with its wording and locations.

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/SchemaPrivate.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace invsync::graphql {

class Validator
{
public:
    Validator(const Schema::Private &schema, const ast::Document &document);

    QList<Error> validate();

private:
    struct Scope
    {
        const ast::OperationDefinition *operation = nullptr; // null inside a fragment definition
        bool reportStatic = true; // false when re-walking a fragment for its variables
        QSet<QString> visitedFragments;
    };

    void validateDocumentLevel();
    void validateOperation(const ast::OperationDefinition &operation);
    void validateFragment(const ast::FragmentDefinition &fragment);
    void detectCycles(const ast::FragmentDefinition &fragment);
    void validateSelections(const std::vector<ast::Selection> &selections, const TypeDef &parent,
                            Scope &scope);
    void checkFieldConflicts(const std::vector<ast::Selection> &selections, const TypeDef &parent);
    void validateField(const ast::Selection &field, const TypeDef &parent, Scope &scope);
    // location: where the directives stand, for @include/@skip only
    // FIELD, FRAGMENT_SPREAD and INLINE_FRAGMENT are allowed.
    void validateDirectives(const std::vector<ast::Directive> &directives, Scope &scope,
                            const QString &location);
    void validateValue(const ast::Value &value, const ast::TypeRef &type, bool hasLocationDefault,
                       Scope &scope);
    void checkVariableUsage(const ast::Value &variable, const ast::TypeRef &type,
                            bool hasLocationDefault, Scope &scope);
    void report(const QString &message, QList<SourceLocation> locations);

    const Schema::Private &m_schema;
    const ast::Document &m_document;
    QHash<QString, const ast::FragmentDefinition *> m_fragments;
    QSet<QString> m_usedFragments;
    QSet<QString> m_cycleChecked;
    QHash<QString, qsizetype> m_spreadPathIndex;
    std::vector<const ast::Selection *> m_spreadPath;
    QList<Error> m_errors;
};

// Every fragment spread below a selection set, nested fields included.
void collectFragmentSpreads(const std::vector<ast::Selection> &selections,
                            std::vector<const ast::Selection *> &spreads);

} // namespace invsync::graphql
