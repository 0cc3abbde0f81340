#pragma once

// Validation of an executable document against a schema: the graphql-js
// rules that matter for a faithful emulator, with its wording and locations.

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/SchemaPrivate.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <unordered_map>
#include <utility>

namespace invsync::graphql {

class Validator
{
public:
    Validator(const Schema::Private &schema, const ast::Document &document);

    QList<Error> validate();

    // Selections visited again through fragment spreads, per document: past
    // this, validation stops ("Document is too complex to validate."), so
    // that its work stays linear in the document's size.
    static constexpr qint64 kMaxSpreadWork = 100000;

private:
    struct Scope
    {
        const ast::OperationDefinition *operation = nullptr; // null inside a fragment definition
        bool reportStatic = true; // false when re-walking a fragment for its variables
        bool viaSpread = false;   // inside a fragment reached through a spread
        int depth = 1;            // of the selection set walked, spreads expanded
        QSet<QString> visitedFragments;
    };

    // What the spread depth check needs of one selection set, computed once.
    struct SpreadInfo
    {
        int ownDepth = 1; // selection sets nested inside, the set itself included
        // Each spread, with the depth of the selection set it stands in.
        std::vector<std::pair<const ast::Selection *, int>> spreads;
    };

    void validateDocumentLevel();
    bool checkSpreadDepth();
    const SpreadInfo &spreadInfo(const std::vector<ast::Selection> &selections);
    int fragmentDepth(const ast::FragmentDefinition &fragment);
    void reportTooDeep(const std::vector<ast::Selection> &selections, SourceLocation fallback);
    bool spend();
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
    // By selection set; node-based, so that references survive insertions.
    std::unordered_map<const void *, SpreadInfo> m_spreadInfo;
    QHash<const ast::FragmentDefinition *, int> m_fragmentDepth; // spreads expanded
    qint64 m_spreadWork = 0;
    bool m_tooComplex = false;
    QList<Error> m_errors;
};

// Every fragment spread below a selection set, nested fields included.
void collectFragmentSpreads(const std::vector<ast::Selection> &selections,
                            std::vector<const ast::Selection *> &spreads);

} // namespace invsync::graphql
