#pragma once

#include <QString>

namespace invsync {

// Qt shows a "%n row(s)" source text as it is when no translation is loaded;
// English gets its plural here, other languages from their .ts numerus forms.
inline QString englishPlural(QString text, int n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace invsync
