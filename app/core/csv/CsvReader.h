#pragma once

#include "csv/CsvTable.h"

#include <QByteArray>

#include <functional>
#include <vector>

namespace invsync {

// Progress callback: bytes done, bytes in all. Returns false to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

struct CsvReadResult
{
    CsvTable table;
    std::vector<int> blankLines; // 1-based lines skipped because they held nothing
    int blankLineCount = 0;      // all of them (blankLines keeps only the first few)

    // A quoted field that never closes: where the quote opened.
    bool unterminatedQuote = false;
    int unterminatedLine = 0;
    int unterminatedRecord = -1;
    int unterminatedColumn = -1; // 0-based field index

    bool cancelled = false;
};

// RFC 4180 reader over UTF-8 text: quoted fields with delimiters, doubled
// quotes and line breaks inside; CRLF, LF and lone CR line ends; a missing
// final newline. Records whose fields are all empty (blank lines, or lines of
// delimiters only as spreadsheets write them) are skipped and reported.
//
// The buffer is taken over: quoted fields are unescaped inside it, which is
// always possible because an unescaped field is never longer than its source.
class CsvReader
{
public:
    enum class BlankRecords { Skip, Keep };

    explicit CsvReader(char delimiter = ',', BlankRecords blank = BlankRecords::Skip)
        : m_delimiter(delimiter), m_blank(blank)
    {
    }

    CsvReadResult read(QByteArray utf8, qsizetype start = 0,
                       const ProgressCallback &progress = {}) const;

    static constexpr int MaxBlankLinesKept = 20;

private:
    char m_delimiter;
    BlankRecords m_blank;
};

// Picks the delimiter among comma, semicolon, tab and pipe from the first lines.
char detectDelimiter(QByteArrayView utf8);

} // namespace invsync
