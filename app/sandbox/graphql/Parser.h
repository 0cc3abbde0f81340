#pragma once

// A recursive-descent parser for GraphQL executable documents and for the
// SDL of a schema, with graphql-js's syntax error wording.

#include "sandbox/graphql/Ast.h"
#include "sandbox/graphql/Lexer.h"
#include "sandbox/graphql/SchemaPrivate.h"

namespace invsync::graphql {

class Parser
{
public:
    explicit Parser(const QString &source);

    // Both throw SyntaxError.
    ast::Document parseDocument();
    Schema::Private parseSchema();

    // Documents come from the network, and every later stage recurses as deep
    // as the document does: the parser refuses deeper nesting, and validation
    // refuses the same once fragment spreads are expanded.
    static constexpr int kMaxDepth = 128;
    static QString tooDeepMessage();

private:
    // Executable documents
    ast::OperationDefinition parseOperation();
    ast::FragmentDefinition parseFragmentDefinition();
    ast::VariableDefinition parseVariableDefinition();
    std::vector<ast::Selection> parseSelectionSet(SourceLocation *location = nullptr);
    ast::Selection parseSelection();
    std::vector<ast::Argument> parseArguments(bool isConst);
    std::vector<ast::Directive> parseDirectives(bool isConst);
    ast::Value parseValue(bool isConst);
    ast::TypeRef parseType();
    QString parseName();

    // SDL
    void parseTypeSystemDefinition(Schema::Private &schema);
    void parseSchemaDefinition(Schema::Private &schema, bool &explicitMutation);
    bool peekTypeSystemDefinition() const;
    std::vector<InputValueDef> parseInputValueDefs(Token::Kind open, Token::Kind close);
    void skipDescription();

    // Tokens
    const Token &peek() const { return m_token; }
    bool peekKind(Token::Kind kind) const { return m_token.kind == kind; }
    bool peekKeyword(const QString &keyword) const
    {
        return m_token.kind == Token::Name && m_token.value == keyword;
    }
    Token advance();
    Token expect(Token::Kind kind);
    bool expectOptional(Token::Kind kind);
    void expectKeyword(const QString &keyword);
    bool expectOptionalKeyword(const QString &keyword);
    [[noreturn]] void unexpected(const Token &token) const;

    // Nesting guard (kMaxDepth).
    class DepthGuard
    {
    public:
        explicit DepthGuard(Parser &parser);
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

    private:
        Parser &m_parser;
    };

    Lexer m_lexer;
    Token m_token;
    int m_depth = 0;
    QString m_definitionName; // of the last type system definition parsed
};

} // namespace invsync::graphql
