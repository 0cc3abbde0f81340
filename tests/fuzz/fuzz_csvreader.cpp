// libFuzzer target for the CSV reading path, as DocumentLoader runs it:
// detectEncoding -> decodeToUtf8 -> detectDelimiter -> CsvReader::read ->
// InventoryDocument::fromCsv, on arbitrary bytes. Besides what AddressSanitizer
// catches, it checks the invariants the rest of the program relies on: every
// field lies inside the buffer, records are in file order, the record index
// is consistent, the decoded text is UTF-8, and reading what CsvWriter writes
// of the table gives the same table back.
//
// Run: see README.md beside this file.

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/TextEncoding.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace invsync;

namespace {

[[noreturn]] void fail(const char *what, long long a = 0, long long b = 0)
{
    std::fprintf(stderr, "fuzz_csvreader: invariant broken: %s (%lld, %lld)\n", what, a, b);
    std::abort();
}

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fail(#cond __VA_OPT__(, ) __VA_ARGS__);                                                \
    } while (false)

int lineBreaks(QByteArrayView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++n;
    }
    return n;
}

void checkTable(const CsvReadResult &result, QByteArrayView source)
{
    const CsvTable &t = result.table;
    const qsizetype records = t.recordCount();
    FUZZ_CHECK(t.firstField.size() == size_t(records) + 1, t.firstField.size(), records);
    FUZZ_CHECK(t.firstField.front() == 0);
    FUZZ_CHECK(t.firstField.back() == t.fields.size(), t.firstField.back(), t.fields.size());
    // The buffer is unescaped in place: it never grows.
    FUZZ_CHECK(t.data.size() <= source.size(), t.data.size(), source.size());

    const int maxLine = lineBreaks(source) + 1;
    for (qsizetype r = 0; r < records; ++r) {
        FUZZ_CHECK(t.firstField[size_t(r)] < t.firstField[size_t(r) + 1], r); // >= 1 field
        const std::uint32_t line = t.lines[size_t(r)];
        FUZZ_CHECK(line >= 1 && line <= std::uint32_t(maxLine), line, maxLine);
        if (r > 0)
            FUZZ_CHECK(line > t.lines[size_t(r) - 1], line, t.lines[size_t(r) - 1]);
        bool allEmpty = true;
        for (qsizetype c = 0; c < t.fieldCount(r); ++c) {
            const CsvField &f = t.fields[t.firstField[size_t(r)] + size_t(c)];
            FUZZ_CHECK(std::uint64_t(f.offset) + f.length <= std::uint64_t(t.data.size()), f.offset,
                       f.length);
            allEmpty = allEmpty && f.length == 0;
        }
        // Records of empty fields only are blank lines: skipped, not kept
        // (except the one holding a quote that never closes, which is reported).
        FUZZ_CHECK(!allEmpty || (result.unterminatedQuote && r == result.unterminatedRecord), r);
    }

    FUZZ_CHECK(result.blankLineCount >= int(result.blankLines.size()));
    FUZZ_CHECK(result.blankLines.size() <= size_t(CsvReader::MaxBlankLinesKept));
    for (size_t i = 0; i < result.blankLines.size(); ++i) {
        FUZZ_CHECK(result.blankLines[i] >= 1 && result.blankLines[i] <= maxLine);
        if (i > 0)
            FUZZ_CHECK(result.blankLines[i] > result.blankLines[i - 1]);
    }
    if (result.unterminatedQuote) {
        FUZZ_CHECK(result.unterminatedLine >= 1 && result.unterminatedLine <= maxLine);
        FUZZ_CHECK(result.unterminatedRecord >= 0 && result.unterminatedRecord < records,
                   result.unterminatedRecord, records);
        FUZZ_CHECK(result.unterminatedColumn >= 0 &&
                       result.unterminatedColumn < t.fieldCount(result.unterminatedRecord),
                   result.unterminatedColumn);
    }
}

// What the reader made of the file, written back as clean CSV and read
// again, must be the same table: the writer quotes exactly what the reader
// needs quoted. (A record of empty fields only, left by an unterminated
// quote, is written as a blank line and so skipped: it is left out.)
void checkRoundTrip(const CsvTable &t, char delimiter)
{
    const CsvWriter writer(delimiter);
    QByteArray written;
    std::vector<qsizetype> kept;
    std::vector<QByteArrayView> fields;
    for (qsizetype r = 0; r < t.recordCount(); ++r) {
        fields.clear();
        bool allEmpty = true;
        for (qsizetype c = 0; c < t.fieldCount(r); ++c) {
            fields.push_back(t.field(r, c));
            allEmpty = allEmpty && fields.back().isEmpty();
        }
        if (allEmpty)
            continue;
        writer.appendRecord(written, fields);
        kept.push_back(r);
    }
    const CsvReadResult again = CsvReader(delimiter).read(written);
    FUZZ_CHECK(!again.unterminatedQuote);
    FUZZ_CHECK(size_t(again.table.recordCount()) == kept.size(), again.table.recordCount(),
               kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        const qsizetype r = kept[i];
        FUZZ_CHECK(again.table.fieldCount(qsizetype(i)) == t.fieldCount(r), r, t.fieldCount(r));
        for (qsizetype c = 0; c < t.fieldCount(r); ++c)
            FUZZ_CHECK(again.table.field(qsizetype(i), c) == t.field(r, c), r, c);
    }
}

void checkDocument(const InventoryDocument &doc, const CsvTable &table)
{
    const int rows = doc.rowCount();
    FUZZ_CHECK(rows == (table.recordCount() > 0 ? table.recordCount() - 1 : 0), rows,
               table.recordCount());
    int previousLine = 0;
    for (int row = 0; row < rows; ++row) {
        const int line = doc.lineOf(row);
        FUZZ_CHECK(line > previousLine, line, previousLine);
        previousLine = line;
        for (int column = 0; column < doc.columnCount(); ++column) {
            (void)doc.cellUtf8(row, column);
            (void)doc.cellSeverity(row, column);
        }
    }
    int counted[4] = {0, 0, 0, 0};
    const QList<Issue> issues = doc.allIssues();
    for (const Issue &issue : issues) {
        FUZZ_CHECK(issue.severity == issueSeverity(issue.code), int(issue.code));
        FUZZ_CHECK(issue.row >= 0 && issue.row <= rows, issue.row, rows);
        FUZZ_CHECK(issue.column >= -1 && issue.column < doc.columnCount(), issue.column);
        FUZZ_CHECK(!issue.message.isEmpty(), int(issue.code));
        ++counted[size_t(issue.severity)];
    }
    FUZZ_CHECK(counted[size_t(Severity::Error)] == doc.errorCount(),
               counted[size_t(Severity::Error)], doc.errorCount());
    FUZZ_CHECK(counted[size_t(Severity::Warning)] == doc.warningCount(),
               counted[size_t(Severity::Warning)], doc.warningCount());
    const int next = doc.nextProblemRow(-1);
    FUZZ_CHECK(next >= -1 && next < rows, next);

    // "Save As" writes clean UTF-8.
    FUZZ_CHECK(isValidUtf8(doc.toCsv()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    // Field offsets are 32-bit; the loader refuses bigger files long before.
    if (size > (1u << 20))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const EncodingGuess guess = detectEncoding(bytes);
    FUZZ_CHECK(guess.encoding != TextEncoding::Auto);
    FUZZ_CHECK(guess.bomLength >= 0 && guess.bomLength <= bytes.size());
    const QByteArrayView body = QByteArrayView(bytes).sliced(guess.bomLength);
    FUZZ_CHECK(isValidUtf8(body) == (firstInvalidUtf8(body) < 0));
    // UTF-8 is only chosen for valid UTF-8, BOM or not (a BOM is no promise).
    if (guess.encoding == TextEncoding::Utf8)
        FUZZ_CHECK(isValidUtf8(body));
    if (guess.fallback)
        FUZZ_CHECK(guess.encoding == TextEncoding::Windows1252 && !isValidUtf8(bytes));

    const QByteArray utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength);
    FUZZ_CHECK(isValidUtf8(utf8));
    // Every encoding can also be forced (the user's override), whatever the bytes.
    for (TextEncoding forced :
         {TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252}) {
        FUZZ_CHECK(isValidUtf8(decodeToUtf8(bytes, forced, 0)));
    }

    const char delimiter = detectDelimiter(utf8);
    FUZZ_CHECK(delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|',
               delimiter);

    CsvReadResult parsed = CsvReader(delimiter).read(utf8);
    FUZZ_CHECK(!parsed.cancelled);
    checkTable(parsed, utf8);
    checkRoundTrip(parsed.table, delimiter);
    const CsvTable table = parsed.table; // shared copy for the document checks

    InventoryDocument::Source source;
    source.encoding = guess.encoding;
    source.encodingFallback = guess.fallback;
    source.hadBom = guess.bomLength > 0;
    source.delimiter = delimiter;
    source.byteSize = qint64(size);
    if (parsed.table.recordCount() == 0)
        return 0; // the loader refuses such a file before building a document
    const std::unique_ptr<InventoryDocument> doc =
        InventoryDocument::fromCsv(std::move(parsed), source);
    FUZZ_CHECK(doc != nullptr);
    checkDocument(*doc, table);
    return 0;
}
