#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace invsync {

// Writes RFC 4180 CSV: fields quoted only when they hold the delimiter, a
// quote or a line break; CRLF-free LF line ends; UTF-8 without BOM.
class CsvWriter
{
public:
    explicit CsvWriter(char delimiter = ',') : m_delimiter(delimiter) { }

    void appendField(QByteArray &out, QByteArrayView field) const;
    // Appends one record and its line end.
    template<typename Fields>
    void appendRecord(QByteArray &out, const Fields &fields) const
    {
        bool first = true;
        for (const auto &f : fields) {
            if (!first)
                out.append(m_delimiter);
            first = false;
            appendField(out, QByteArrayView(f));
        }
        out.append('\n');
    }

private:
    char m_delimiter;
};

} // namespace invsync
