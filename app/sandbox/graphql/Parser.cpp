#include "sandbox/graphql/Parser.h"

using namespace Qt::StringLiterals;

namespace invsync::graphql {

Parser::Parser(const QString &source) : m_lexer(source)
{
    m_token = m_lexer.next();
}

Parser::DepthGuard::DepthGuard(Parser &parser) : m_parser(parser)
{
    if (++m_parser.m_depth > kMaxDepth) {
        --m_parser.m_depth;
        throw SyntaxError{tooDeepMessage(), m_parser.m_token.location};
    }
}

QString Parser::tooDeepMessage()
{
    return u"Document is nested too deeply (more than "_s + QString::number(kMaxDepth) +
           u" levels)."_s;
}

Token Parser::advance()
{
    Token current = m_token;
    m_token = m_lexer.next();
    return current;
}

void Parser::unexpected(const Token &token) const
{
    throw SyntaxError{u"Unexpected "_s + token.description() + u'.', token.location};
}

Token Parser::expect(Token::Kind kind)
{
    if (m_token.kind == kind)
        return advance();
    throw SyntaxError{u"Expected "_s + Token::kindDescription(kind) + u", found "_s +
                          m_token.description() + u'.',
                      m_token.location};
}

bool Parser::expectOptional(Token::Kind kind)
{
    if (m_token.kind != kind)
        return false;
    advance();
    return true;
}

void Parser::expectKeyword(const QString &keyword)
{
    if (peekKeyword(keyword)) {
        advance();
        return;
    }
    throw SyntaxError{u"Expected \""_s + keyword + u"\", found "_s + m_token.description() + u'.',
                      m_token.location};
}

bool Parser::expectOptionalKeyword(const QString &keyword)
{
    if (!peekKeyword(keyword))
        return false;
    advance();
    return true;
}

QString Parser::parseName()
{
    return expect(Token::Name).value;
}

// --- Executable documents ---------------------------------------------------

ast::Document Parser::parseDocument()
{
    ast::Document document;
    // A document holds at least one definition: an empty one is "Unexpected <EOF>".
    do {
        if (peekKind(Token::BraceL) || peekKeyword(u"query"_s) || peekKeyword(u"mutation"_s) ||
            peekKeyword(u"subscription"_s)) {
            document.operations.push_back(parseOperation());
        } else if (peekKeyword(u"fragment"_s)) {
            document.fragments.push_back(parseFragmentDefinition());
        } else if (peekTypeSystemDefinition()) {
            ast::TypeSystemDefinition definition;
            definition.location = m_token.location;
            skipDescription();
            Schema::Private ignored;
            bool explicitMutation = false;
            if (peekKeyword(u"schema"_s)) {
                parseSchemaDefinition(ignored, explicitMutation);
            } else {
                parseTypeSystemDefinition(ignored);
                definition.name = m_definitionName;
            }
            document.typeSystemDefinitions.push_back(definition);
        } else {
            unexpected(m_token);
        }
    } while (!peekKind(Token::Eof));
    return document;
}

ast::OperationDefinition Parser::parseOperation()
{
    ast::OperationDefinition operation;
    operation.location = m_token.location;
    if (peekKind(Token::BraceL)) {
        operation.operation = u"query"_s;
        operation.selections = parseSelectionSet();
        return operation;
    }
    operation.operation = advance().value;
    if (peekKind(Token::Name))
        operation.name = parseName();
    if (expectOptional(Token::ParenL)) {
        do {
            operation.variables.push_back(parseVariableDefinition());
        } while (!expectOptional(Token::ParenR));
    }
    operation.directives = parseDirectives(false);
    operation.selections = parseSelectionSet();
    return operation;
}

ast::VariableDefinition Parser::parseVariableDefinition()
{
    ast::VariableDefinition definition;
    definition.location = m_token.location;
    expect(Token::Dollar);
    definition.nameLocation = m_token.location;
    definition.name = parseName();
    expect(Token::Colon);
    definition.type = parseType();
    if (expectOptional(Token::Equals))
        definition.defaultValue = parseValue(true);
    parseDirectives(true);
    return definition;
}

ast::FragmentDefinition Parser::parseFragmentDefinition()
{
    ast::FragmentDefinition fragment;
    fragment.location = m_token.location;
    expectKeyword(u"fragment"_s);
    if (peekKeyword(u"on"_s))
        unexpected(m_token);
    fragment.name = parseName();
    expectKeyword(u"on"_s);
    fragment.typeConditionLocation = m_token.location;
    fragment.typeCondition = parseName();
    fragment.directives = parseDirectives(false);
    fragment.selections = parseSelectionSet();
    return fragment;
}

std::vector<ast::Selection> Parser::parseSelectionSet(SourceLocation *location)
{
    const DepthGuard guard(*this);
    if (location)
        *location = m_token.location;
    expect(Token::BraceL);
    std::vector<ast::Selection> selections;
    do {
        selections.push_back(parseSelection());
    } while (!expectOptional(Token::BraceR));
    return selections;
}

ast::Selection Parser::parseSelection()
{
    ast::Selection selection;
    selection.location = m_token.location;
    if (expectOptional(Token::Spread)) {
        const bool hasTypeCondition = peekKeyword(u"on"_s);
        if (hasTypeCondition) {
            advance();
            selection.typeConditionLocation = m_token.location;
            selection.typeCondition = parseName();
        } else if (peekKind(Token::Name)) {
            selection.kind = ast::Selection::FragmentSpread;
            selection.nameLocation = m_token.location;
            selection.name = parseName();
            selection.directives = parseDirectives(false);
            return selection;
        }
        selection.kind = ast::Selection::InlineFragment;
        selection.directives = parseDirectives(false);
        selection.selections = parseSelectionSet(&selection.selectionSetLocation);
        selection.hasSelectionSet = true;
        return selection;
    }
    selection.kind = ast::Selection::Field;
    selection.nameLocation = m_token.location;
    selection.name = parseName();
    if (expectOptional(Token::Colon)) {
        selection.alias = selection.name;
        selection.nameLocation = m_token.location;
        selection.name = parseName();
    }
    selection.arguments = parseArguments(false);
    selection.directives = parseDirectives(false);
    if (peekKind(Token::BraceL)) {
        selection.selections = parseSelectionSet(&selection.selectionSetLocation);
        selection.hasSelectionSet = true;
    }
    return selection;
}

std::vector<ast::Argument> Parser::parseArguments(bool isConst)
{
    std::vector<ast::Argument> arguments;
    if (!expectOptional(Token::ParenL))
        return arguments;
    do {
        ast::Argument argument;
        argument.location = m_token.location;
        argument.name = parseName();
        expect(Token::Colon);
        argument.value = parseValue(isConst);
        arguments.push_back(std::move(argument));
    } while (!expectOptional(Token::ParenR));
    return arguments;
}

std::vector<ast::Directive> Parser::parseDirectives(bool isConst)
{
    std::vector<ast::Directive> directives;
    while (peekKind(Token::At)) {
        ast::Directive directive;
        directive.location = advance().location;
        directive.name = parseName();
        directive.arguments = parseArguments(isConst);
        directives.push_back(std::move(directive));
    }
    return directives;
}

ast::Value Parser::parseValue(bool isConst)
{
    const DepthGuard guard(*this);
    ast::Value value;
    value.location = m_token.location;
    switch (m_token.kind) {
    case Token::BracketL:
        advance();
        value.kind = ast::Value::List;
        while (!expectOptional(Token::BracketR))
            value.items.push_back(parseValue(isConst));
        return value;
    case Token::BraceL:
        advance();
        value.kind = ast::Value::Object;
        while (!expectOptional(Token::BraceR)) {
            const SourceLocation fieldLocation = m_token.location;
            const QString name = parseName();
            expect(Token::Colon);
            ast::Value field = parseValue(isConst);
            field.fieldName = name;
            field.fieldLocation = fieldLocation;
            value.items.push_back(std::move(field));
        }
        return value;
    case Token::Int:
        value.kind = ast::Value::Int;
        value.text = advance().value;
        return value;
    case Token::Float:
        value.kind = ast::Value::Float;
        value.text = advance().value;
        return value;
    case Token::String:
    case Token::BlockString:
        value.kind = ast::Value::String;
        value.text = advance().value;
        return value;
    case Token::Name: {
        const QString name = advance().value;
        if (name == u"true"_s || name == u"false"_s) {
            value.kind = ast::Value::Boolean;
            value.boolean = name == u"true"_s;
        } else if (name == u"null"_s) {
            value.kind = ast::Value::Null;
        } else {
            value.kind = ast::Value::Enum;
            value.text = name;
        }
        return value;
    }
    case Token::Dollar: {
        const Token dollar = advance();
        if (isConst) {
            if (peekKind(Token::Name)) {
                throw SyntaxError{u"Unexpected variable \"$"_s + m_token.value +
                                      u"\" in constant value."_s,
                                  dollar.location};
            }
            unexpected(dollar);
        }
        value.kind = ast::Value::Variable;
        value.text = parseName();
        return value;
    }
    default:
        unexpected(m_token);
    }
}

ast::TypeRef Parser::parseType()
{
    const DepthGuard guard(*this);
    ast::TypeRef type;
    type.location = m_token.location;
    if (expectOptional(Token::BracketL)) {
        type.ofType = std::make_shared<ast::TypeRef>(parseType());
        expect(Token::BracketR);
    } else {
        type.name = parseName();
    }
    type.nonNull = expectOptional(Token::Bang);
    return type;
}

// --- SDL ---------------------------------------------------------------------

Schema::Private Parser::parseSchema()
{
    Schema::Private schema;
    schema.mutationType.clear();
    bool explicitMutation = false;
    do {
        skipDescription();
        if (peekKeyword(u"schema"_s)) {
            parseSchemaDefinition(schema, explicitMutation);
        } else {
            parseTypeSystemDefinition(schema);
        }
    } while (!peekKind(Token::Eof));
    if (!explicitMutation && schema.types.contains(u"Mutation"_s))
        schema.mutationType = u"Mutation"_s;
    return schema;
}

void Parser::parseSchemaDefinition(Schema::Private &schema, bool &explicitMutation)
{
    expectKeyword(u"schema"_s);
    parseDirectives(true);
    expect(Token::BraceL);
    do {
        const QString operation = parseName();
        expect(Token::Colon);
        const QString typeName = parseName();
        if (operation == u"query"_s) {
            schema.queryType = typeName;
        } else if (operation == u"mutation"_s) {
            schema.mutationType = typeName;
            explicitMutation = true;
        }
    } while (!expectOptional(Token::BraceR));
}

bool Parser::peekTypeSystemDefinition() const
{
    if (peekKind(Token::String) || peekKind(Token::BlockString))
        return true; // a description
    static const QStringList keywords = {u"schema"_s, u"scalar"_s, u"type"_s,     u"interface"_s,
                                         u"enum"_s,   u"input"_s,  u"directive"_s};
    return peekKind(Token::Name) && keywords.contains(m_token.value);
}

void Parser::skipDescription()
{
    if (peekKind(Token::String) || peekKind(Token::BlockString))
        advance();
}

void Parser::parseTypeSystemDefinition(Schema::Private &schema)
{
    if (!peekKind(Token::Name))
        unexpected(m_token);
    const Token keyword = m_token;
    TypeDef type;
    if (keyword.value == u"scalar"_s) {
        advance();
        type.kind = TypeDef::Scalar;
        type.name = m_definitionName = parseName();
        parseDirectives(true);
    } else if (keyword.value == u"type"_s || keyword.value == u"interface"_s) {
        advance();
        type.kind = TypeDef::Object;
        type.name = m_definitionName = parseName();
        if (expectOptionalKeyword(u"implements"_s)) {
            expectOptional(Token::Amp);
            do {
                parseName();
            } while (expectOptional(Token::Amp));
        }
        parseDirectives(true);
        if (expectOptional(Token::BraceL)) {
            do {
                skipDescription();
                FieldDef field;
                field.name = parseName();
                if (peekKind(Token::ParenL))
                    field.arguments = parseInputValueDefs(Token::ParenL, Token::ParenR);
                expect(Token::Colon);
                field.type = parseType();
                parseDirectives(true);
                type.fields.push_back(std::move(field));
            } while (!expectOptional(Token::BraceR));
        }
    } else if (keyword.value == u"input"_s) {
        advance();
        type.kind = TypeDef::InputObject;
        type.name = m_definitionName = parseName();
        parseDirectives(true);
        if (peekKind(Token::BraceL))
            type.inputFields = parseInputValueDefs(Token::BraceL, Token::BraceR);
    } else if (keyword.value == u"enum"_s) {
        advance();
        type.kind = TypeDef::Enum;
        type.name = m_definitionName = parseName();
        parseDirectives(true);
        if (expectOptional(Token::BraceL)) {
            do {
                skipDescription();
                type.enumValues.append(parseName());
                parseDirectives(true);
            } while (!expectOptional(Token::BraceR));
        }
    } else if (keyword.value == u"directive"_s) {
        // Custom directives have no effect in the sandbox: parsed and dropped.
        advance();
        expect(Token::At);
        m_definitionName = parseName();
        if (peekKind(Token::ParenL))
            parseInputValueDefs(Token::ParenL, Token::ParenR);
        expectOptionalKeyword(u"repeatable"_s);
        expectKeyword(u"on"_s);
        expectOptional(Token::Pipe);
        do {
            parseName();
        } while (expectOptional(Token::Pipe));
        return;
    } else {
        unexpected(keyword);
    }
    schema.types.insert(type.name, std::move(type));
}

std::vector<InputValueDef> Parser::parseInputValueDefs(Token::Kind open, Token::Kind close)
{
    std::vector<InputValueDef> values;
    expect(open);
    do {
        skipDescription();
        InputValueDef value;
        value.name = parseName();
        expect(Token::Colon);
        value.type = parseType();
        if (expectOptional(Token::Equals))
            value.defaultValue = parseValue(true);
        parseDirectives(true);
        values.push_back(std::move(value));
    } while (!expectOptional(close));
    return values;
}

} // namespace invsync::graphql
