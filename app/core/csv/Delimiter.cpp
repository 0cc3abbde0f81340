#include "csv/Delimiter.h"

namespace invsync {

QString Delimiter::displayName(char delimiter)
{
    switch (delimiter) {
    case ',': return tr("Comma ( , )");
    case ';': return tr("Semicolon ( ; )");
    case '\t': return tr("Tab");
    case '|': return tr("Pipe ( | )");
    default: break;
    }
    return QString(QChar(char16_t(static_cast<unsigned char>(delimiter))));
}

QStringList Delimiter::typedNames()
{
    return {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("|"), QStringLiteral("tab")};
}

std::optional<char> Delimiter::fromText(QStringView text)
{
    const auto is = [text](const char *word) {
        return text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
    };
    if (text == u"," || is("comma"))
        return ',';
    if (text == u";" || is("semicolon"))
        return ';';
    if (text == u"|" || is("pipe"))
        return '|';
    if (text == u"\t" || text == u"\\t" || is("tab"))
        return '\t';
    if (is("auto"))
        return char(0);
    return std::nullopt;
}

} // namespace invsync
