#include "csv/CsvWriter.h"

namespace invsync {

void CsvWriter::appendField(QByteArray &out, QByteArrayView field) const
{
    bool needsQuotes = false;
    for (char c : field) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        out.append(field);
        return;
    }
    out.append('"');
    for (char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace invsync
