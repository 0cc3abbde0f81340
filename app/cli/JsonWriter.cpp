#include "cli/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace invsync {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_needsComma.empty()) {
        if (m_needsComma.back())
            m_text += u',';
        m_needsComma.back() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_text += u'{';
    m_needsComma.push_back(false);
}

void JsonWriter::endObject()
{
    m_text += u'}';
    m_needsComma.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_text += u'[';
    m_needsComma.push_back(false);
}

void JsonWriter::endArray()
{
    m_text += u']';
    m_needsComma.pop_back();
}

void JsonWriter::key(QStringView name)
{
    separate();
    m_text += quoted(name);
    m_text += u':';
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    m_text += quoted(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_text += QString::number(number);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_text += flag ? u"true"_s : u"false"_s;
}

void JsonWriter::nullValue()
{
    separate();
    m_text += u"null"_s;
}

QString JsonWriter::quoted(QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
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
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                // Control characters must be escaped; the two line separators
                // are escaped too so the output is also valid JavaScript.
                out += u"\\u"_s;
                out += QChar(hex[(c >> 12) & 0xf]);
                out += QChar(hex[(c >> 8) & 0xf]);
                out += QChar(hex[(c >> 4) & 0xf]);
                out += QChar(hex[c & 0xf]);
            } else if (QChar::isSurrogate(c) &&
                       !(QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                         text[i + 1].isLowSurrogate()) &&
                       !(QChar::isLowSurrogate(c) && i > 0 && text[i - 1].isHighSurrogate())) {
                out += QChar(QChar::ReplacementCharacter); // a lone surrogate is not valid UTF-8
            } else {
                out += QChar(c);
            }
        }
    }
    out += u'"';
    return out;
}

} // namespace invsync
