// libFuzzer target for validation and editing: builds an InventoryDocument
// from arbitrary bytes the way the app does (DocumentLoader::loadBytes:
// encoding, binary check, delimiter, parse, validate), then applies edits
// derived from the input (set a cell, copy a row over another, remove rows,
// undo each of them) and checks after every step:
//
// - every row's issue bits equal those of a reference validator written here
//   from the rules (column count, empty SKU, SKU spaces, quantity, action,
//   reason, duplicate SKU(+location) among the living rows), computed from
//   the cells as they are now;
// - errorCount/warningCount/noticeCount equal the severities of the file
//   issues plus every row's issues; rowIssues, cellIssues, rowSeverity,
//   cellSeverity, rowsWithIssues, nextProblemRow, issueRefs and allIssues
//   agree with the bits; a duplicate names a real other row;
// - the row count follows the edits (a cell edit keeps it, a removal lowers
//   it by the rows removed, an undo restores it) and undo restores cells,
//   bits, counts and file issues exactly;
// - toCsv() is valid UTF-8 and reads back as the document's rows.
//
// Input layout: the file's bytes, then optionally a NUL byte and an edit
// script (the loader refuses files with a NUL, so nothing is lost). Without a
// script the edits come from a generator seeded by the bytes.
//
// Run: see README.md beside this file.

#define FUZZ_TARGET_NAME "fuzz_validator"
#include "FuzzCheck.h"

#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

constexpr std::uint32_t bit(IssueCode code)
{
    return 1u << unsigned(code);
}

// --- the reference validator ---------------------------------------------------

bool blank(QByteArrayView v)
{
    for (char c : v) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

bool outerSpace(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (space(v.front()) || space(v.back()))
        return true;
    return v.startsWith("\xC2\xA0") || v.endsWith("\xC2\xA0"); // no-break space
}

// Whole numbers 0..2147483647; "-0" is zero; any other minus is negative.
enum class Quantity { Valid, Invalid, Negative };
Quantity quantity(QByteArrayView v)
{
    const bool minus = v.startsWith('-');
    QByteArrayView digits = minus ? v.sliced(1) : v;
    if (digits.isEmpty())
        return Quantity::Invalid;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return Quantity::Invalid;
    }
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    if (minus)
        return digits == "0" ? Quantity::Valid : Quantity::Negative;
    if (digits.size() > 10 || (digits.size() == 10 && digits > QByteArrayView("2147483647")))
        return Quantity::Invalid;
    return Quantity::Valid;
}

bool isReplace(QByteArrayView v)
{
    static const char word[] = "replace";
    if (v.size() != 7)
        return false;
    for (int i = 0; i < 7; ++i) {
        char c = v[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

struct Columns
{
    int sku = -1, quantity = -1, action = -1, reason = -1, location = -1;
};

std::vector<std::uint32_t> referenceMasks(const InventoryDocument &doc, const Columns &col)
{
    const int rows = doc.rowCount();
    std::vector<std::uint32_t> masks(size_t(rows), 0);
    std::map<std::pair<QByteArray, QByteArray>, std::vector<int>> keys;
    for (int r = 0; r < rows; ++r) {
        std::uint32_t &m = masks[size_t(r)];
        const auto cell = [&](int c) { return c >= 0 ? doc.cellUtf8(r, c) : QByteArrayView(); };
        if (doc.fieldCount(r) != doc.headerColumnCount())
            m |= bit(IssueCode::WrongColumnCount);
        if (col.sku >= 0) {
            const QByteArrayView sku = cell(col.sku);
            if (blank(sku)) {
                m |= bit(IssueCode::EmptySku);
            } else {
                if (outerSpace(sku))
                    m |= bit(IssueCode::SkuWhitespace);
                keys[{sku.toByteArray(), cell(col.location).toByteArray()}].push_back(r);
            }
        }
        if (col.quantity >= 0) {
            const Quantity q = quantity(cell(col.quantity));
            if (q == Quantity::Invalid)
                m |= bit(IssueCode::InvalidQuantity);
            else if (q == Quantity::Negative)
                m |= bit(IssueCode::NegativeQuantity);
        }
        if (col.action >= 0 && !isReplace(cell(col.action)))
            m |= bit(IssueCode::InvalidAction);
        if (col.reason >= 0 && blank(cell(col.reason)))
            m |= bit(IssueCode::EmptyReason);
    }
    for (const auto &[key, members] : keys) {
        if (members.size() > 1) {
            for (int r : members)
                masks[size_t(r)] |= bit(IssueCode::DuplicateSku);
        }
    }
    return masks;
}

// --- what one state of the document looks like ------------------------------------

struct Snapshot
{
    std::vector<QList<QByteArray>> rows;
    std::vector<std::uint32_t> masks;
    std::vector<bool> edited;
    int counts[3] = {0, 0, 0};
    std::vector<std::pair<IssueCode, int>> fileIssues;

    bool operator==(const Snapshot &o) const
    {
        return rows == o.rows && masks == o.masks && edited == o.edited
            && std::equal(counts, counts + 3, o.counts) && fileIssues == o.fileIssues;
    }
};

Snapshot snapshot(const InventoryDocument &doc)
{
    Snapshot s;
    for (int r = 0; r < doc.rowCount(); ++r) {
        s.rows.push_back(doc.rowFields(r));
        s.masks.push_back(doc.rowIssueMask(r));
        s.edited.push_back(doc.isEdited(r));
    }
    s.counts[0] = doc.errorCount();
    s.counts[1] = doc.warningCount();
    s.counts[2] = doc.noticeCount();
    for (const Issue &i : doc.fileIssues())
        s.fileIssues.emplace_back(i.code, i.column);
    return s;
}

Columns columnsOf(const InventoryDocument &doc)
{
    // The first header column of each role, by the documented header names.
    Columns col;
    for (int c = doc.headerColumnCount() - 1; c >= 0; --c) {
        switch (InventoryDocument::roleForHeader(doc.columnName(c))) {
        case ColumnRole::Sku: col.sku = c; break;
        case ColumnRole::Quantity: col.quantity = c; break;
        case ColumnRole::Action: col.action = c; break;
        case ColumnRole::Reason: col.reason = c; break;
        case ColumnRole::Location: col.location = c; break;
        default: break;
        }
    }
    FUZZ_CHECK(doc.columnOf(ColumnRole::Sku) == col.sku, doc.columnOf(ColumnRole::Sku), col.sku);
    FUZZ_CHECK(doc.columnOf(ColumnRole::Quantity) == col.quantity);
    FUZZ_CHECK(doc.columnOf(ColumnRole::Action) == col.action);
    FUZZ_CHECK(doc.columnOf(ColumnRole::Reason) == col.reason);
    FUZZ_CHECK(doc.columnOf(ColumnRole::Location) == col.location);
    return col;
}

void checkDocument(const InventoryDocument &doc, const Columns &col, int expectedRows)
{
    const int rows = doc.rowCount();
    FUZZ_CHECK(rows == expectedRows, rows, expectedRows);
    FUZZ_CHECK(doc.headerColumnCount() <= doc.columnCount());
    const std::vector<std::uint32_t> expected = referenceMasks(doc, col);
    constexpr std::uint32_t Unterminated = bit(IssueCode::UnterminatedQuote);

    int counts[4] = {0, 0, 0, 0};
    int withIssues = 0;
    int unterminatedRows = 0;
    size_t rowIssueTotal = 0;
    for (int r = 0; r < rows; ++r) {
        const std::uint32_t mask = doc.rowIssueMask(r);
        FUZZ_CHECK((mask & ~Unterminated) == expected[size_t(r)], r, mask ^ expected[size_t(r)]);
        FUZZ_CHECK(mask < (1u << RowIssueCodeCount), mask);
        // Only the file's row holding the open quote, as read, carries it.
        if (mask & Unterminated) {
            FUZZ_CHECK(!doc.isEdited(r), r);
            ++unterminatedRows;
        }
        FUZZ_CHECK(doc.fieldCount(r) >= 0 && doc.fieldCount(r) <= doc.columnCount(), r,
                   doc.fieldCount(r));
        Severity worst = Severity::None;
        for (std::uint32_t m = mask; m; m &= m - 1) {
            const Severity s = issueSeverity(IssueCode(std::countr_zero(m)));
            worst = qMax(worst, s);
            ++counts[size_t(s)];
        }
        FUZZ_CHECK(doc.rowSeverity(r) == worst, r);
        withIssues += mask != 0;
        rowIssueTotal += size_t(std::popcount(mask));
        for (int c = 0; c < doc.columnCount(); ++c)
            FUZZ_CHECK(doc.cellSeverity(r, c) <= worst, r, c);
    }
    FUZZ_CHECK(unterminatedRows <= 1, unterminatedRows);
    for (const Issue &i : doc.fileIssues()) {
        FUZZ_CHECK(i.severity == issueSeverity(i.code), int(i.code));
        FUZZ_CHECK(i.row == 0, i.row);
        FUZZ_CHECK(int(i.code) >= RowIssueCodeCount || i.code == IssueCode::UnterminatedQuote,
                   int(i.code));
        FUZZ_CHECK(!i.message.isEmpty(), int(i.code));
        ++counts[size_t(i.severity)];
    }
    FUZZ_CHECK(counts[size_t(Severity::Error)] == doc.errorCount(), counts[3], doc.errorCount());
    FUZZ_CHECK(counts[size_t(Severity::Warning)] == doc.warningCount(), counts[2],
               doc.warningCount());
    FUZZ_CHECK(counts[size_t(Severity::Notice)] == doc.noticeCount(), counts[1],
               doc.noticeCount());
    FUZZ_CHECK(doc.rowsWithIssues() == withIssues, doc.rowsWithIssues(), withIssues);

    // "No data rows" is about the rows there are now.
    bool noData = false;
    for (const Issue &i : doc.fileIssues())
        noData = noData || i.code == IssueCode::NoDataRows;
    bool tooMany = false;
    for (const Issue &i : doc.fileIssues())
        tooMany = tooMany || i.code == IssueCode::TooManyRows;
    if (doc.headerColumnCount() > 0)
        FUZZ_CHECK(noData == (rows == 0), noData, rows);
    FUZZ_CHECK(tooMany == (rows > InventoryDocument::ServiceRowGuidance), tooMany, rows);

    // Navigation, forwards and backwards, against the bits.
    for (int from : {-1, 0, rows / 2, rows - 1, rows}) {
        int next = -1;
        for (int r = qMax(from + 1, 0); r < rows && next < 0; ++r)
            next = expected[size_t(r)] || (doc.rowIssueMask(r) & Unterminated) ? r : -1;
        FUZZ_CHECK(doc.nextProblemRow(from) == next, from, doc.nextProblemRow(from));
        int previous = -1;
        for (int r = qMin(from, rows) - 1; r >= 0 && previous < 0; --r)
            previous = expected[size_t(r)] || (doc.rowIssueMask(r) & Unterminated) ? r : -1;
        FUZZ_CHECK(doc.nextProblemRow(from, true) == previous, from, doc.nextProblemRow(from, true));
    }

    const std::vector<InventoryDocument::IssueRef> refs = doc.issueRefs();
    FUZZ_CHECK(refs.size() == size_t(doc.fileIssues().size()) + rowIssueTotal, refs.size());

    // Materialising every issue names the other row of each duplicate, which
    // scans the rows: only for documents of a reasonable size.
    if (rows <= 200) {
        const QList<Issue> all = doc.allIssues();
        FUZZ_CHECK(size_t(all.size()) == refs.size());
        for (const Issue &i : all) {
            FUZZ_CHECK(i.severity == issueSeverity(i.code), int(i.code));
            FUZZ_CHECK(i.row >= 0 && i.row <= rows, i.row, rows);
            FUZZ_CHECK(i.column >= -1 && i.column < doc.columnCount(), i.column);
            FUZZ_CHECK(!i.message.isEmpty(), int(i.code));
            if (i.code == IssueCode::DuplicateSku) {
                FUZZ_CHECK(i.column == col.sku, i.column);
                // "... is also on row N; ...": N is another living row with the same SKU.
                const QString marker = u"is also on row "_s;
                const qsizetype at = i.message.lastIndexOf(marker);
                FUZZ_CHECK(at >= 0, i.row);
                const qsizetype end = i.message.indexOf(u';', at);
                bool ok = false;
                const int other = i.message.mid(at + marker.size(), end - at - marker.size()).toInt(&ok);
                FUZZ_CHECK(ok && other >= 1 && other <= rows && other != i.row, i.row, other);
                FUZZ_CHECK(doc.rowIssueMask(other - 1) & bit(IssueCode::DuplicateSku), i.row, other);
                FUZZ_CHECK(doc.cellUtf8(other - 1, col.sku) == doc.cellUtf8(i.row - 1, col.sku),
                           i.row, other);
            }
        }
        // Per cell, issues are materialised with their messages: the first rows.
        for (int r = 0; r < qMin(rows, 24); ++r) {
            const QList<Issue> issues = doc.rowIssues(r);
            FUZZ_CHECK(issues.size() == std::popcount(doc.rowIssueMask(r)), r);
            for (const Issue &i : issues)
                FUZZ_CHECK(i.row == r + 1 && (doc.rowIssueMask(r) & bit(i.code)), r, int(i.code));
            for (int c = 0; c < doc.columnCount(); ++c) {
                Severity worst = Severity::None;
                for (const Issue &i : doc.cellIssues(r, c)) {
                    FUZZ_CHECK(doc.rowIssueMask(r) & bit(i.code), r, int(i.code));
                    FUZZ_CHECK(i.column == c || i.code == IssueCode::WrongColumnCount, r, c);
                    worst = qMax(worst, i.severity);
                }
                FUZZ_CHECK(doc.cellSeverity(r, c) == worst, r, c);
            }
        }
    }

    // "Save As": clean UTF-8, the role columns of every row, in order.
    const QByteArray csv = doc.toCsv();
    FUZZ_CHECK(isValidUtf8(csv));
    const CsvReadResult back = CsvReader(',', CsvReader::BlankRecords::Keep).read(csv);
    FUZZ_CHECK(!back.unterminatedQuote);
    FUZZ_CHECK(back.table.recordCount() == rows + 1, back.table.recordCount(), rows);
    const int saved[] = {col.sku, col.quantity, col.action, col.reason, col.location};
    const int savedCount = col.location >= 0 ? 5 : 4;
    for (int r = 0; r < rows; ++r) {
        FUZZ_CHECK(back.table.fieldCount(r + 1) == savedCount, r, back.table.fieldCount(r + 1));
        for (int k = 0; k < savedCount; ++k) {
            const QByteArrayView expectedField =
                saved[k] >= 0 ? doc.cellUtf8(r, saved[k]) : QByteArrayView();
            FUZZ_CHECK(back.table.field(r + 1, k) == expectedField, r, k);
        }
    }
}

// --- the edits -------------------------------------------------------------------

// Bytes of the edit script, or a generator when the script runs out.
class Script
{
public:
    Script(QByteArrayView bytes, std::uint64_t seed) : m_bytes(bytes), m_state(seed | 1) { }

    unsigned next()
    {
        if (m_at < m_bytes.size())
            return static_cast<unsigned char>(m_bytes[m_at++]);
        // xorshift64*: deterministic, so a finding reproduces from its input.
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return unsigned((m_state * 0x2545F4914F6CDD1Dull) >> 56);
    }
    int below(int n) { return n > 0 ? int((next() << 8 | next()) % unsigned(n)) : 0; }
    QByteArrayView bytes(int n)
    {
        n = int(qMin<qsizetype>(n, m_bytes.size() - m_at));
        const QByteArrayView v = m_bytes.sliced(m_at, n);
        m_at += n;
        return v;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    std::uint64_t m_state;
};

// Values that hit each rule's edges.
const char *const Interesting[] = {
    "",       " ",        "replace",    "REPLACE", "Replace ", "0",          "-0",
    "-1",     "12",       "2147483647", "2147483648", "99999999999", "1.5", "1,200",
    "+3",     " sku",     "sku ",       "\xC2\xA0sku", "SKU-1", "Cycle count", "A1",
    "\t",     "x\"y",     "a,b",        "\n",
};

QString valueFor(Script &script, const InventoryDocument &doc)
{
    const unsigned how = script.next() % 4;
    if (how == 0 && doc.rowCount() > 0) {
        // Another cell's value: how duplicates appear and disappear.
        return doc.cell(script.below(doc.rowCount()), script.below(doc.columnCount()));
    }
    if (how == 1)
        return QString::fromUtf8(script.bytes(int(script.next() % 16)));
    return QString::fromUtf8(Interesting[script.below(int(std::size(Interesting)))]);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.lastIndexOf('\0');
    const QByteArrayView file = nul >= 0 ? input.first(nul) : input;
    const QByteArrayView script = nul >= 0 ? input.sliced(nul + 1) : QByteArrayView();

    LoadOptions options; // auto encoding, sniffed delimiter: what "Open" does
    const LoadResult loaded = DocumentLoader::loadBytes(file.toByteArray(), u"fuzz.csv"_s, options);
    FUZZ_CHECK(!loaded.cancelled);
    if (!loaded.document) {
        FUZZ_CHECK(!loaded.error.isEmpty()); // a refusal always says why
        return 0;
    }
    FUZZ_CHECK(loaded.error.isEmpty());
    InventoryDocument &doc = *loaded.document;
    const Columns col = columnsOf(doc);
    int rows = doc.rowCount();
    checkDocument(doc, col, rows);

    Script edits(script, qHash(file, 0x5eed));
    const int steps = 1 + int(edits.next() % 8);
    for (int step = 0; step < steps && doc.columnCount() > 0; ++step) {
        const unsigned op = edits.next() % 4;
        if (rows == 0 && op != 3)
            continue;
        const Snapshot before = snapshot(doc);
        switch (op) {
        case 0: { // edit a cell, check, undo, check it is as before
            const int r = edits.below(rows);
            const int c = edits.below(doc.columnCount());
            const QList<QByteArray> old = doc.rowFields(r);
            const std::vector<int> touched = doc.setCell(r, c, valueFor(edits, doc));
            FUZZ_CHECK(std::find(touched.begin(), touched.end(), r) != touched.end(), r);
            for (int t : touched)
                FUZZ_CHECK(t >= 0 && t < rows, t, rows);
            checkDocument(doc, col, rows);
            if (edits.next() % 2) { // the GUI's undo
                doc.setRowFields(r, old);
                checkDocument(doc, col, rows);
                FUZZ_CHECK(snapshot(doc) == before, r, c);
            }
            break;
        }
        case 1: { // a row's fields over another's: a duplicate, a short or long row
            const int to = edits.below(rows);
            QList<QByteArray> fields = doc.rowFields(edits.below(rows));
            if (edits.next() % 4 == 0 && !fields.isEmpty())
                fields.removeLast();
            doc.setRowFields(to, fields);
            FUZZ_CHECK(doc.rowFields(to) == fields, to);
            checkDocument(doc, col, rows);
            break;
        }
        case 2: { // remove some rows, check, maybe undo
            std::vector<int> remove;
            const int n = 1 + edits.below(qMin(rows, 4));
            for (int k = 0; k < n; ++k)
                remove.push_back(edits.below(rows));
            std::vector<int> unique = remove;
            std::sort(unique.begin(), unique.end());
            unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
            const InventoryDocument::RemovedRows removed = doc.removeRows(remove);
            FUZZ_CHECK(removed.positions == unique);
            FUZZ_CHECK(removed.handles.size() == unique.size());
            checkDocument(doc, col, rows - int(unique.size()));
            if (edits.next() % 2) {
                doc.restoreRows(removed);
                checkDocument(doc, col, rows);
                FUZZ_CHECK(snapshot(doc) == before);
            } else {
                rows -= int(unique.size());
            }
            break;
        }
        case 3: // only looking: counts and checks must not change
            checkDocument(doc, col, rows);
            FUZZ_CHECK(snapshot(doc) == before);
            break;
        }
    }
    return 0;
}
