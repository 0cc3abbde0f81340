#include "sandbox/graphql/Lexer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace invsync::graphql {

namespace {

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isNameContinue(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// graphql-js printCodePointAt(): a printable character quoted, others as U+XXXX.
QString printChar(QChar c, bool atEnd)
{
    if (atEnd)
        return u"<EOF>"_s;
    const char16_t u = c.unicode();
    if (u == u'"')
        return u"'\"'"_s;
    if (u >= 0x20 && u <= 0x7E)
        return u'"' + QString(c) + u'"';
    return u"U+"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0');
}

bool isWhiteSpaceLine(const QString &line)
{
    for (QChar c : line) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

int leadingWhiteSpace(const QString &line)
{
    int i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}

// The spec's BlockStringValue(): strip the common indentation and the blank
// first and last lines, so that indented documentation reads naturally.
QString blockStringValue(const QString &raw)
{
    QString normalized = raw;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    int commonIndent = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int indent = leadingWhiteSpace(line);
        if (indent == line.size())
            continue;
        if (commonIndent < 0 || indent < commonIndent)
            commonIndent = indent;
    }
    if (commonIndent > 0) {
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i] = lines.at(i).mid(commonIndent);
    }
    while (!lines.isEmpty() && isWhiteSpaceLine(lines.constFirst()))
        lines.removeFirst();
    while (!lines.isEmpty() && isWhiteSpaceLine(lines.constLast()))
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

QString Token::kindDescription(Kind kind)
{
    switch (kind) {
    case Eof:
        return u"<EOF>"_s;
    case Bang:
        return u"\"!\""_s;
    case Dollar:
        return u"\"$\""_s;
    case Amp:
        return u"\"&\""_s;
    case ParenL:
        return u"\"(\""_s;
    case ParenR:
        return u"\")\""_s;
    case Spread:
        return u"\"...\""_s;
    case Colon:
        return u"\":\""_s;
    case Equals:
        return u"\"=\""_s;
    case At:
        return u"\"@\""_s;
    case BracketL:
        return u"\"[\""_s;
    case BracketR:
        return u"\"]\""_s;
    case BraceL:
        return u"\"{\""_s;
    case Pipe:
        return u"\"|\""_s;
    case BraceR:
        return u"\"}\""_s;
    case Name:
        return u"Name"_s;
    case Int:
        return u"Int"_s;
    case Float:
        return u"Float"_s;
    case String:
        return u"String"_s;
    case BlockString:
        return u"BlockString"_s;
    }
    return {};
}

QString Token::description() const
{
    const QString kindText = kindDescription(kind);
    if (kind == Name || kind == Int || kind == Float || kind == String || kind == BlockString)
        return kindText + u" \""_s + value + u'"';
    return kindText;
}

Lexer::Lexer(const QString &source) : m_source(source)
{
    if (m_source.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

SourceLocation Lexer::locationAt(qsizetype pos) const
{
    return {m_line, int(pos - m_lineStart + 1)};
}

void Lexer::fail(qsizetype pos, const QString &message) const
{
    throw SyntaxError{message, locationAt(pos)};
}

void Lexer::skipIgnored()
{
    while (m_pos < m_source.size()) {
        const QChar c = m_source.at(m_pos);
        if (c == u' ' || c == u'\t' || c == u',' || c == QChar(0xFEFF)) {
            ++m_pos;
        } else if (c == u'\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else if (c == u'\r') {
            ++m_pos;
            if (at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else if (c == u'#') {
            while (m_pos < m_source.size() && m_source.at(m_pos) != u'\n' &&
                   m_source.at(m_pos) != u'\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

Token Lexer::next()
{
    skipIgnored();
    const qsizetype start = m_pos;
    Token token;
    token.location = locationAt(start);
    if (m_pos >= m_source.size()) {
        token.kind = Token::Eof;
        return token;
    }
    const QChar c = m_source.at(m_pos);
    auto punct = [&](Token::Kind kind, int length) {
        token.kind = kind;
        m_pos += length;
        return token;
    };
    switch (c.unicode()) {
    case u'!':
        return punct(Token::Bang, 1);
    case u'$':
        return punct(Token::Dollar, 1);
    case u'&':
        return punct(Token::Amp, 1);
    case u'(':
        return punct(Token::ParenL, 1);
    case u')':
        return punct(Token::ParenR, 1);
    case u':':
        return punct(Token::Colon, 1);
    case u'=':
        return punct(Token::Equals, 1);
    case u'@':
        return punct(Token::At, 1);
    case u'[':
        return punct(Token::BracketL, 1);
    case u']':
        return punct(Token::BracketR, 1);
    case u'{':
        return punct(Token::BraceL, 1);
    case u'|':
        return punct(Token::Pipe, 1);
    case u'}':
        return punct(Token::BraceR, 1);
    case u'.':
        if (at(m_pos + 1) == u'.' && at(m_pos + 2) == u'.')
            return punct(Token::Spread, 3);
        break;
    case u'"':
        if (at(m_pos + 1) == u'"' && at(m_pos + 2) == u'"')
            return readBlockString(start);
        return readString(start);
    default:
        break;
    }
    if (isNameStart(c)) {
        qsizetype end = m_pos + 1;
        while (end < m_source.size() && isNameContinue(m_source.at(end)))
            ++end;
        token.kind = Token::Name;
        token.value = m_source.mid(m_pos, end - m_pos);
        m_pos = end;
        return token;
    }
    if (isDigit(c) || c == u'-')
        return readNumber(start);
    if (c == u'\'')
        fail(start,
             u"Unexpected single quote character ('), did you mean to use a double quote (\")?"_s);
    fail(start, u"Unexpected character: "_s + printChar(c, false) + u'.');
}

Token Lexer::readNumber(qsizetype start)
{
    qsizetype pos = start;
    bool isFloat = false;
    auto readDigits = [&] {
        if (!isDigit(at(pos))) {
            fail(pos, u"Invalid number, expected digit but got: "_s +
                          printChar(at(pos), pos >= m_source.size()) + u'.');
        }
        while (isDigit(at(pos)))
            ++pos;
    };
    if (at(pos) == u'-')
        ++pos;
    if (at(pos) == u'0') {
        ++pos;
        if (isDigit(at(pos))) {
            fail(pos, u"Invalid number, unexpected digit after 0: "_s + printChar(at(pos), false) +
                          u'.');
        }
    } else {
        readDigits();
    }
    if (at(pos) == u'.') {
        isFloat = true;
        ++pos;
        readDigits();
    }
    if (at(pos) == u'e' || at(pos) == u'E') {
        isFloat = true;
        ++pos;
        if (at(pos) == u'+' || at(pos) == u'-')
            ++pos;
        readDigits();
    }
    if (at(pos) == u'.' || isNameStart(at(pos))) {
        fail(pos, u"Invalid number, expected digit but got: "_s + printChar(at(pos), false) + u'.');
    }
    Token token;
    token.kind = isFloat ? Token::Float : Token::Int;
    token.value = m_source.mid(start, pos - start);
    token.location = locationAt(start);
    m_pos = pos;
    return token;
}

Token Lexer::readString(qsizetype start)
{
    qsizetype pos = start + 1;
    QString value;
    while (pos < m_source.size()) {
        const QChar c = m_source.at(pos);
        if (c == u'"') {
            Token token;
            token.kind = Token::String;
            token.value = value;
            token.location = locationAt(start);
            m_pos = pos + 1;
            return token;
        }
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u'\\') {
            const QChar e = at(pos + 1);
            switch (e.unicode()) {
            case u'"':
                value += u'"';
                break;
            case u'\\':
                value += u'\\';
                break;
            case u'/':
                value += u'/';
                break;
            case u'b':
                value += u'\b';
                break;
            case u'f':
                value += u'\f';
                break;
            case u'n':
                value += u'\n';
                break;
            case u'r':
                value += u'\r';
                break;
            case u't':
                value += u'\t';
                break;
            case u'u': {
                if (at(pos + 2) == u'{') {
                    // The spec's variable-width form: \u{1F600}.
                    const qsizetype close = m_source.indexOf(u'}', pos + 3);
                    const QString digits =
                        close < 0 ? QString() : m_source.mid(pos + 3, close - pos - 3);
                    bool ok = false;
                    const uint code = digits.toUInt(&ok, 16);
                    if (!ok || digits.size() > 6 || digits.startsWith(u'+') || code > 0x10FFFF ||
                        (code >= 0xD800 && code <= 0xDFFF)) {
                        fail(pos,
                             u"Invalid Unicode escape sequence: \"\\u{"_s + digits + u"}\"."_s);
                    }
                    const char32_t codePoint = code;
                    value += QString::fromUcs4(&codePoint, 1);
                    pos = close + 1;
                    continue;
                }
                const QString hex = m_source.mid(pos + 2, 4);
                bool ok = hex.size() == 4;
                for (QChar h : hex)
                    ok = ok && (isDigit(h) || (h.toLower() >= u'a' && h.toLower() <= u'f'));
                if (!ok)
                    fail(pos, u"Invalid Unicode escape sequence: \"\\u"_s + hex + u"\"."_s);
                value += QChar(char16_t(hex.toUShort(nullptr, 16)));
                pos += 6;
                continue;
            }
            default:
                fail(pos, u"Invalid character escape sequence: \"\\"_s + QString(e) + u"\"."_s);
            }
            pos += 2;
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\t') {
            fail(pos, u"Invalid character within String: "_s + printChar(c, false) + u'.');
        }
        value += c;
        ++pos;
    }
    fail(pos, u"Unterminated string."_s);
}

Token Lexer::readBlockString(qsizetype start)
{
    const SourceLocation location = locationAt(start);
    qsizetype pos = start + 3;
    QString raw;
    while (pos < m_source.size()) {
        const QChar c = m_source.at(pos);
        if (c == u'"' && at(pos + 1) == u'"' && at(pos + 2) == u'"') {
            Token token;
            token.kind = Token::BlockString;
            token.value = blockStringValue(raw);
            token.location = location;
            m_pos = pos + 3;
            return token;
        }
        if (c == u'\\' && at(pos + 1) == u'"' && at(pos + 2) == u'"' && at(pos + 3) == u'"') {
            raw += u"\"\"\""_s;
            pos += 4;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            raw += c;
            if (c == u'\r' && at(pos + 1) == u'\n') {
                raw += u'\n';
                ++pos;
            }
            ++pos;
            ++m_line;
            m_lineStart = pos;
            continue;
        }
        raw += c;
        ++pos;
    }
    fail(pos, u"Unterminated string."_s);
}

} // namespace invsync::graphql
