#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace invsync {

// The delimiters InvSync detects and offers, in order of preference.
inline constexpr std::array<char, 4> SupportedDelimiters = {',', ';', '\t', '|'};

class Delimiter
{
    Q_DECLARE_TR_FUNCTIONS(Delimiter)

public:
    // "Comma ( , )", translated: what a person reads in a list or a report.
    static QString displayName(char delimiter);
    // What can be typed for it on a command line: ",", ";", "|", "tab".
    static QStringList typedNames();
    // Parses ",", "comma", ";", "semicolon", "|", "pipe", a tab, "\t" or
    // "tab" (shells make a real tab hard to type), and "auto" (0: detect).
    static std::optional<char> fromText(QStringView text);
};

} // namespace invsync
