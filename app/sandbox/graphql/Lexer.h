#pragma once

// Splits GraphQL source text into tokens, skipping the ignored ones
// (whitespace, commas, comments, a byte order mark).

#include "sandbox/graphql/GraphQL.h"

#include <QString>

namespace invsync::graphql {

struct Token
{
    enum Kind {
        Eof,
        Bang,
        Dollar,
        Amp,
        ParenL,
        ParenR,
        Spread,
        Colon,
        Equals,
        At,
        BracketL,
        BracketR,
        BraceL,
        Pipe,
        BraceR,
        Name,
        Int,
        Float,
        String,
        BlockString
    };
    Kind kind = Eof;
    QString value; // the name, the number as written, or the decoded string
    SourceLocation location;

    // graphql-js getTokenDesc(): `Name "foo"`, `"}"`, `<EOF>`.
    QString description() const;
    static QString kindDescription(Kind kind);
};

// Thrown by the lexer and the parser; the caller turns it into an Error.
struct SyntaxError
{
    QString message; // without the "Syntax Error: " prefix
    SourceLocation location;
};

class Lexer
{
public:
    explicit Lexer(const QString &source);

    Token next(); // throws SyntaxError

private:
    SourceLocation locationAt(qsizetype pos) const;
    [[noreturn]] void fail(qsizetype pos, const QString &message) const;
    void skipIgnored();
    Token readNumber(qsizetype start);
    Token readString(qsizetype start);
    Token readBlockString(qsizetype start);
    QChar at(qsizetype pos) const { return pos < m_source.size() ? m_source.at(pos) : QChar(); }

    QString m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace invsync::graphql
