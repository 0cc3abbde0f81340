#include "sandbox/graphql/Ast.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace invsync::graphql::ast {

QString TypeRef::toString() const
{
    const QString base = ofType ? u'[' + ofType->toString() + u']' : name;
    return nonNull ? base + u'!' : base;
}

namespace {

// graphql-js printString(): JSON-style escapes.
QString printString(const QString &text)
{
    QString out = u"\""_s;
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out +=
                    u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace

QString Value::print() const
{
    switch (kind) {
    case Variable:
        return u'$' + text;
    case Int:
    case Float:
    case Enum:
        return text;
    case String:
        return printString(text);
    case Boolean:
        return boolean ? u"true"_s : u"false"_s;
    case Null:
        return u"null"_s;
    case List: {
        QStringList parts;
        for (const Value &item : items)
            parts.append(item.print());
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Object: {
        QStringList parts;
        for (const Value &field : items)
            parts.append(field.fieldName + u": "_s + field.print());
        return u'{' + parts.join(u", "_s) + u'}';
    }
    }
    return {};
}

} // namespace invsync::graphql::ast
