#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace invsync {

// A parsed CSV file kept compact: one UTF-8 buffer and, per field, where its
// (unescaped) text lies in that buffer. A million-row file costs about
// 8 bytes a field plus 8 a record beside its own bytes, where a QString a cell
// would cost several times the file.
struct CsvField
{
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

struct CsvTable
{
    QByteArray data;                      // UTF-8; quoted fields are unescaped in place
    std::vector<CsvField> fields;         // all fields, record after record
    std::vector<std::uint32_t> firstField; // per record, index into fields; one sentinel at the end
    std::vector<std::uint32_t> lines;     // per record, 1-based line where it starts

    qsizetype recordCount() const { return qsizetype(lines.size()); }
    qsizetype fieldCount(qsizetype record) const
    {
        return qsizetype(firstField[size_t(record) + 1] - firstField[size_t(record)]);
    }
    QByteArrayView field(qsizetype record, qsizetype column) const
    {
        const CsvField &f = fields[firstField[size_t(record)] + size_t(column)];
        return QByteArrayView(data.constData() + f.offset, f.length);
    }
};

} // namespace invsync
