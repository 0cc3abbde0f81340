#include "inventory/InventoryDocument.h"

#include "csv/CsvWriter.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace invsync {

namespace {

enum RowFlag : std::uint8_t { Alive = 1, Edited = 2 };

constexpr std::uint32_t bit(IssueCode code)
{
    return 1u << unsigned(code);
}

constexpr std::uint32_t DuplicateBit = bit(IssueCode::DuplicateSku);
constexpr std::uint32_t RowWideBits = bit(IssueCode::WrongColumnCount);

// The column role each row-level code is shown on (Unknown: decided elsewhere).
constexpr ColumnRole roleOfCode(IssueCode code)
{
    switch (code) {
    case IssueCode::EmptySku:
    case IssueCode::DuplicateSku:
    case IssueCode::SkuWhitespace:
    case IssueCode::SkuNotFound:
        return ColumnRole::Sku;
    case IssueCode::InvalidQuantity:
    case IssueCode::NegativeQuantity:
    case IssueCode::LargeChange:
        return ColumnRole::Quantity;
    case IssueCode::InvalidAction:
        return ColumnRole::Action;
    case IssueCode::EmptyReason:
        return ColumnRole::Reason;
    default:
        return ColumnRole::Unknown;
    }
}

bool isBlank(QByteArrayView v)
{
    for (char c : v) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Leading or trailing white space, including the no-break space (U+00A0)
// that spreadsheet programs paste in.
bool hasOuterSpace(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    const qsizetype n = v.size();
    return isSpace(char(p[0])) || isSpace(char(p[n - 1]))
        || (n >= 2 && ((p[0] == 0xC2 && p[1] == 0xA0) || (p[n - 2] == 0xC2 && p[n - 1] == 0xA0)));
}

enum class QuantityKind { Valid, Invalid, TooLarge, Negative };

QuantityKind classifyQuantity(QByteArrayView v)
{
    qsizetype i = 0;
    bool negative = false;
    if (!v.isEmpty() && v[0] == '-') {
        negative = true;
        i = 1;
    }
    if (i == v.size())
        return QuantityKind::Invalid;
    std::uint64_t value = 0;
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (c < '0' || c > '9')
            return QuantityKind::Invalid;
        if (value <= 0xFFFFFFFFull)
            value = value * 10 + std::uint64_t(c - '0');
    }
    if (negative)
        return value == 0 ? QuantityKind::Valid : QuantityKind::Negative;
    return value > 2147483647ull ? QuantityKind::TooLarge : QuantityKind::Valid;
}

// The value of a quantity that classifyQuantity accepts.
std::optional<qint64> quantityValue(QByteArrayView v)
{
    if (classifyQuantity(v) != QuantityKind::Valid)
        return std::nullopt;
    qint64 value = 0;
    for (char c : v) {
        if (c >= '0' && c <= '9')
            value = value * 10 + (c - '0');
    }
    return value; // "-0" is 0
}

// "replace" in any letter case: the only action ShipHero supports, checked
// on every row, so compared as one 7-byte word. OR-ing 0x20 lowercases an
// ASCII letter and maps no other byte onto a lowercase letter.
bool isReplace(QByteArrayView v)
{
    if (v.size() != 7)
        return false;
    std::uint32_t a;
    std::uint32_t b;
    std::memcpy(&a, v.data(), 4);
    std::memcpy(&b, v.data() + 3, 4);
    std::uint32_t ra;
    std::uint32_t rb;
    std::memcpy(&ra, "repl", 4);
    std::memcpy(&rb, "lace", 4);
    return (a | 0x20202020u) == ra && (b | 0x20202020u) == rb;
}

// A fast 64-bit hash (multiply-rotate over 8-byte words): the SKU key of
// every row is hashed while a file is read, where qHash cost a tenth of the time.
std::uint64_t hashBytes(QByteArrayView v, std::uint64_t seed)
{
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = seed ^ (std::uint64_t(v.size()) * K);
    const char *p = v.data();
    qsizetype n = v.size();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = std::rotl((h ^ w) * K, 31);
        p += 8;
        n -= 8;
    }
    if (n >= 4) {
        // Two overlapping fixed-size loads instead of a variable-length copy.
        std::uint32_t a;
        std::uint32_t b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        h = std::rotl((h ^ ((std::uint64_t(a) << 32) | b)) * K, 31);
    } else if (n > 0) {
        const auto *u = reinterpret_cast<const unsigned char *>(p);
        const std::uint64_t w = u[0] | (std::uint64_t(u[n / 2]) << 8) | (std::uint64_t(u[n - 1]) << 16);
        h = std::rotl((h ^ w) * K, 31);
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h;
}

QString quoted(QByteArrayView v)
{
    constexpr qsizetype MaxShown = 60;
    QString s = QString::fromUtf8(v.first(qMin(v.size(), MaxShown)));
    if (v.size() > MaxShown)
        s += QChar(0x2026);
    return s;
}

} // namespace

InventoryDocument::InventoryDocument() = default;
InventoryDocument::~InventoryDocument() = default;

ColumnRole InventoryDocument::roleForHeader(QStringView header)
{
    const QString h = header.trimmed().toString().toLower();
    if (h == u"sku" || h == u"#sku")
        return ColumnRole::Sku;
    if (h == u"quantity")
        return ColumnRole::Quantity;
    if (h == u"action")
        return ColumnRole::Action;
    if (h == u"reason")
        return ColumnRole::Reason;
    if (h == u"location")
        return ColumnRole::Location;
    return ColumnRole::Unknown;
}

std::unique_ptr<InventoryDocument> InventoryDocument::fromCsv(CsvReadResult parsed,
                                                              const Source &source,
                                                              const ProgressCallback &progress)
{
    std::unique_ptr<InventoryDocument> doc(new InventoryDocument);
    doc->m_source = source;
    doc->m_table = std::move(parsed.table);
    parsed.table = {};
    doc->m_readInfo = std::move(parsed);

    CsvTable &t = doc->m_table;
    if (t.recordCount() == 0) {
        // No header at all: keep an empty table with the sentinel in place.
        t.firstField.assign(1, 0);
    }

    QStringList header;
    if (t.recordCount() > 0) {
        for (qsizetype c = 0; c < t.fieldCount(0); ++c)
            header.append(QString::fromUtf8(t.field(0, c)).trimmed());
    }
    doc->setHeader(header);
    if (!doc->validateAll(progress))
        return nullptr;
    return doc;
}

std::unique_ptr<InventoryDocument> InventoryDocument::fromRows(const QStringList &header,
                                                               const QList<QStringList> &rows)
{
    // Written as CSV and read back: one storage and one validation path.
    const CsvWriter writer;
    QByteArray csv;
    QList<QByteArray> fields;
    for (const QString &h : header)
        fields.append(h.toUtf8());
    writer.appendRecord(csv, fields);
    for (const QStringList &row : rows) {
        fields.clear();
        for (const QString &v : row)
            fields.append(v.toUtf8());
        writer.appendRecord(csv, fields);
    }
    Source source;
    source.byteSize = csv.size();
    // Empty rows are kept: the app makes them for the user to fill in.
    auto doc = fromCsv(CsvReader(',', CsvReader::BlankRecords::Keep).read(std::move(csv)), source);
    doc->m_hasLines = false;
    return doc;
}

void InventoryDocument::setHeader(const QStringList &names)
{
    m_headerCount = int(names.size());
    m_columnNames = names;
    m_roles.assign(size_t(m_headerCount), ColumnRole::Unknown);
    for (int c = 0; c < m_headerCount; ++c) {
        const ColumnRole role = roleForHeader(names[c]);
        if (role == ColumnRole::Unknown)
            continue;
        int &slot = m_col[int(role)];
        if (slot < 0) {
            slot = c;
            m_roles[size_t(c)] = role;
        }
    }
    // Rows longer than the header get columns of their own, so the stray
    // fields are visible and can be cleared.
    int widest = m_headerCount;
    for (qsizetype r = 1; r < m_table.recordCount(); ++r)
        widest = qMax(widest, int(m_table.fieldCount(r)));
    for (int c = m_headerCount; c < widest; ++c) {
        m_columnNames.append(tr("(extra %1)").arg(c - m_headerCount + 1));
        m_roles.push_back(ColumnRole::Extra);
    }
}

int InventoryDocument::columnOf(ColumnRole role) const
{
    const int r = int(role);
    return r < 5 ? m_col[r] : -1;
}

// --- cells -------------------------------------------------------------------

QByteArrayView InventoryDocument::fieldOf(std::uint32_t handle, int column) const
{
    if (m_flags[handle] & Edited) {
        const QList<QByteArray> &fields = *m_edited.constFind(handle);
        return column < fields.size() ? QByteArrayView(fields[column]) : QByteArrayView();
    }
    const qsizetype record = qsizetype(handle) + 1;
    if (column >= m_table.fieldCount(record))
        return {};
    return m_table.field(record, column);
}

int InventoryDocument::fieldCountOf(std::uint32_t handle) const
{
    if (m_flags[handle] & Edited)
        return int(m_edited.constFind(handle)->size());
    return int(m_table.fieldCount(qsizetype(handle) + 1));
}

QString InventoryDocument::cell(int row, int column) const
{
    return QString::fromUtf8(cellUtf8(row, column));
}

QByteArrayView InventoryDocument::cellUtf8(int row, int column) const
{
    return fieldOf(m_order[size_t(row)], column);
}

int InventoryDocument::fieldCount(int row) const
{
    return fieldCountOf(m_order[size_t(row)]);
}

int InventoryDocument::lineOf(int row) const
{
    return m_hasLines ? int(m_table.lines[m_order[size_t(row)] + 1]) : 0;
}

bool InventoryDocument::isEdited(int row) const
{
    return m_flags[m_order[size_t(row)]] & Edited;
}

QList<QByteArray> InventoryDocument::rowFields(int row) const
{
    const std::uint32_t h = m_order[size_t(row)];
    if (m_flags[h] & Edited)
        return *m_edited.constFind(h);
    QList<QByteArray> fields;
    const int n = fieldCountOf(h);
    fields.reserve(n);
    for (int c = 0; c < n; ++c)
        fields.append(fieldOf(h, c).toByteArray());
    return fields;
}

// --- validation ----------------------------------------------------------------

namespace {

// One row's fields, looked up once: validation reads every field of every
// row, so it avoids fieldOf's per-call checks.
struct RowView
{
    const CsvTable *table = nullptr;
    const QList<QByteArray> *edited = nullptr;
    std::uint32_t first = 0;
    int count = 0;

    QByteArrayView field(int column) const
    {
        if (column >= count)
            return {};
        if (edited)
            return QByteArrayView((*edited)[column]);
        const CsvField &f = table->fields[first + std::uint32_t(column)];
        return QByteArrayView(table->data.constData() + f.offset, f.length);
    }
};

} // namespace

InventoryDocument::RowCheck InventoryDocument::checkRow(std::uint32_t h) const
{
    RowView row;
    row.table = &m_table;
    if (m_flags[h] & Edited) {
        row.edited = &*m_edited.constFind(h);
        row.count = int(row.edited->size());
    } else {
        row.first = m_table.firstField[h + 1];
        row.count = int(m_table.firstField[h + 2] - row.first);
    }

    RowCheck check;
    std::uint32_t &mask = check.mask;
    if (row.count != m_headerCount)
        mask |= bit(IssueCode::WrongColumnCount);
    if (m_readInfo.unterminatedQuote && std::int64_t(h) + 1 == m_readInfo.unterminatedRecord
        && !row.edited)
        mask |= bit(IssueCode::UnterminatedQuote);
    if (const int c = m_col[int(ColumnRole::Sku)]; c >= 0) {
        const QByteArrayView sku = row.field(c);
        if (isBlank(sku)) {
            mask |= bit(IssueCode::EmptySku);
        } else {
            if (hasOuterSpace(sku))
                mask |= bit(IssueCode::SkuWhitespace);
            if (m_flags[h] & Alive) {
                check.hash = hashBytes(sku, 0);
                if (const int l = m_col[int(ColumnRole::Location)]; l >= 0)
                    check.hash ^= hashBytes(row.field(l), check.hash);
                if (!check.hash)
                    check.hash = 1;
            }
        }
    }
    if (const int c = m_col[int(ColumnRole::Quantity)]; c >= 0) {
        switch (classifyQuantity(row.field(c))) {
        case QuantityKind::Valid: break;
        case QuantityKind::Invalid:
        case QuantityKind::TooLarge: mask |= bit(IssueCode::InvalidQuantity); break;
        case QuantityKind::Negative: mask |= bit(IssueCode::NegativeQuantity); break;
        }
    }
    if (const int c = m_col[int(ColumnRole::Action)]; c >= 0) {
        if (!isReplace(row.field(c)))
            mask |= bit(IssueCode::InvalidAction);
    }
    if (const int c = m_col[int(ColumnRole::Reason)]; c >= 0) {
        if (isBlank(row.field(c)))
            mask |= bit(IssueCode::EmptyReason);
    }
    if (m_stock && !(mask & bit(IssueCode::EmptySku))) {
        const int s = m_col[int(ColumnRole::Sku)];
        const int q = m_col[int(ColumnRole::Quantity)];
        if (s >= 0)
            mask |= stockBits(row.field(s), q >= 0 ? row.field(q) : QByteArrayView());
    }
    return check;
}

std::uint32_t InventoryDocument::stockBits(QByteArrayView sku, QByteArrayView quantity) const
{
    const QString key = QString::fromUtf8(sku);
    if (m_stock->notFound.contains(key))
        return bit(IssueCode::SkuNotFound);
    const auto current = m_stock->onHand.constFind(key);
    const std::optional<qint64> wanted = quantityValue(quantity);
    if (current == m_stock->onHand.constEnd() || !wanted)
        return 0;
    const qint64 now = *current;
    if (*wanted == now)
        return 0;
    // Emptying a stocked SKU, or a change beyond the share of what is there
    // (anything from nothing counts as beyond any share).
    const bool large = *wanted == 0 || now <= 0
        || double(qAbs(*wanted - now)) > m_stock->largeChangeShare * double(now);
    return large ? bit(IssueCode::LargeChange) : 0;
}

bool InventoryDocument::sameKey(std::uint32_t a, std::uint32_t b) const
{
    const int skuCol = m_col[int(ColumnRole::Sku)];
    if (fieldOf(a, skuCol) != fieldOf(b, skuCol))
        return false;
    const int locCol = m_col[int(ColumnRole::Location)];
    return locCol < 0 || fieldOf(a, locCol) == fieldOf(b, locCol);
}

bool InventoryDocument::validateAll(const ProgressCallback &progress)
{
    const auto n = std::uint32_t(qMax<qsizetype>(0, m_table.recordCount() - 1));
    m_order.resize(n);
    m_masks.assign(n, 0);
    m_hashes.assign(n, 0);
    m_flags.assign(n, Alive);
    constexpr std::uint32_t ProgressRows = 1 << 16;

    for (std::uint32_t h = 0; h < n; ++h) {
        m_order[h] = h;
        const RowCheck check = checkRow(h);
        m_masks[h] = check.mask;
        m_hashes[h] = check.hash;
        if (progress && (h % ProgressRows) == ProgressRows - 1 && !progress(h, 2 * qint64(n)))
            return false;
    }

    // Duplicates: an open-addressing table of handles, keyed by the row hash.
    size_t capacity = 16;
    while (capacity < size_t(n) * 2)
        capacity <<= 1;
    std::vector<std::uint32_t> table(capacity, 0); // handle + 1; 0 = empty
    const size_t slotMask = capacity - 1;
    for (std::uint32_t h = 0; h < n; ++h) {
        const std::uint64_t hash = m_hashes[h];
        if (!hash)
            continue;
        for (size_t slot = size_t(hash) & slotMask;; slot = (slot + 1) & slotMask) {
            const std::uint32_t e = table[slot];
            if (!e) {
                table[slot] = h + 1;
                break;
            }
            if (m_hashes[e - 1] == hash && sameKey(e - 1, h)) {
                m_masks[e - 1] |= DuplicateBit;
                m_masks[h] |= DuplicateBit;
                break;
            }
        }
        if (progress && (h % ProgressRows) == ProgressRows - 1
            && !progress(qint64(n) + h, 2 * qint64(n)))
            return false;
    }
    countAll();
    rebuildFileIssues();
    return true;
}

void InventoryDocument::countAll()
{
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    for (std::uint32_t h : m_order) {
        std::uint32_t mask = m_masks[h];
        while (mask) {
            const auto code = IssueCode(std::countr_zero(mask));
            ++m_counts[size_t(issueSeverity(code))];
            mask &= mask - 1;
        }
    }
}

void InventoryDocument::setMask(std::uint32_t h, std::uint32_t mask)
{
    std::uint32_t old = m_masks[h];
    while (old) {
        --m_counts[size_t(issueSeverity(IssueCode(std::countr_zero(old))))];
        old &= old - 1;
    }
    m_masks[h] = mask;
    while (mask) {
        ++m_counts[size_t(issueSeverity(IssueCode(std::countr_zero(mask))))];
        mask &= mask - 1;
    }
}

void InventoryDocument::rebuildFileIssues()
{
    for (const Issue &i : std::as_const(m_fileIssues))
        --m_counts[size_t(i.severity)];
    m_fileIssues.clear();

    auto add = [this](IssueCode code, int line, int column, const QString &message) {
        Issue i;
        i.code = code;
        i.severity = issueSeverity(code);
        i.line = m_hasLines ? line : 0;
        i.column = column;
        if (column >= 0)
            i.columnName = m_columnNames.value(column);
        i.message = message;
        m_fileIssues.append(i);
        ++m_counts[size_t(i.severity)];
    };
    const int headerLine = m_table.lines.empty() ? 1 : int(m_table.lines.front());

    if (m_source.encodingFallback) {
        add(IssueCode::EncodingFallback, 0, -1,
            tr("The file is not valid UTF-8, so it was read as Windows-1252. Check that accented "
               "letters look right; if not, choose the file's encoding and read it again."));
    }
    if (m_readInfo.blankLineCount > 0) {
        QStringList lines;
        for (int l : m_readInfo.blankLines)
            lines.append(QString::number(l));
        QString where = lines.join(QStringLiteral(", "));
        if (m_readInfo.blankLineCount > int(m_readInfo.blankLines.size()))
            where += QStringLiteral(", ") + QString(QChar(0x2026));
        add(IssueCode::BlankLines, m_readInfo.blankLines.empty() ? 0 : m_readInfo.blankLines.front(),
            -1,
            tr("%n blank line(s) skipped (line(s) %1); blank lines are left out when the file is "
               "saved.",
               "",
               m_readInfo.blankLineCount)
                .arg(where));
    }
    if (m_readInfo.unterminatedQuote && m_readInfo.unterminatedRecord == 0) {
        add(IssueCode::UnterminatedQuote, m_readInfo.unterminatedLine, -1,
            tr("A quoted field in the header that opens on line %1 never closes, so the whole file "
               "was read into it. Add the closing quote (\") in the file and open it again.")
                .arg(m_readInfo.unterminatedLine));
    }
    static const struct
    {
        ColumnRole role;
        const char *name;
    } Required[] = {{ColumnRole::Sku, "sku"},
                    {ColumnRole::Quantity, "quantity"},
                    {ColumnRole::Action, "action"},
                    {ColumnRole::Reason, "reason"}};
    if (m_headerCount > 0) {
        for (const auto &r : Required) {
            if (m_col[int(r.role)] < 0) {
                add(IssueCode::MissingColumn, headerLine, -1,
                    tr("The header has no “%1” column. The columns ShipHero reads are sku, "
                       "quantity, action, reason and, optionally, location; add the missing one or "
                       "rename the column that holds it.")
                        .arg(QString::fromLatin1(r.name)));
            }
        }
    }
    for (int c = 0; c < m_headerCount; ++c) {
        if (m_roles[size_t(c)] != ColumnRole::Unknown)
            continue;
        const QString name = m_columnNames[c];
        if (roleForHeader(name) != ColumnRole::Unknown) {
            add(IssueCode::DuplicateColumn, headerLine, c,
                tr("Column “%1” appears more than once; only the first one is used. Remove "
                   "or rename the repeated ones.")
                    .arg(name));
        } else {
            add(IssueCode::UnknownColumn, headerLine, c,
                tr("Column “%1” is not one ShipHero uses; it is ignored and left out when the "
                   "file is saved or sent.")
                    .arg(name.isEmpty() ? tr("(no name)") : name));
        }
    }
    if (rowCount() == 0) {
        add(IssueCode::NoDataRows, headerLine, -1,
            tr("The file has a header but no data rows: there is nothing to sync."));
    } else if (rowCount() > ServiceRowGuidance) {
        add(IssueCode::TooManyRows, 0, -1,
            tr("The file has %1 data rows; ShipHero recommends at most %2 rows a file, larger files "
               "are processed slowly.")
                .arg(rowCount())
                .arg(ServiceRowGuidance));
    }
}

// --- issues ------------------------------------------------------------------

Severity InventoryDocument::rowSeverity(int row) const
{
    std::uint32_t mask = rowIssueMask(row);
    Severity worst = Severity::None;
    while (mask) {
        worst = qMax(worst, issueSeverity(IssueCode(std::countr_zero(mask))));
        mask &= mask - 1;
    }
    return worst;
}

namespace {

// Which column a row-level issue is shown on; -1 for the whole row.
int columnOfCode(IssueCode code, const int *roleColumns, int unterminatedColumn)
{
    if (code == IssueCode::UnterminatedQuote)
        return unterminatedColumn;
    const ColumnRole role = roleOfCode(code);
    return role == ColumnRole::Unknown ? -1 : roleColumns[int(role)];
}

} // namespace

Severity InventoryDocument::cellSeverity(int row, int column) const
{
    std::uint32_t mask = rowIssueMask(row);
    Severity worst = Severity::None;
    while (mask) {
        const auto code = IssueCode(std::countr_zero(mask));
        mask &= mask - 1;
        const int c = columnOfCode(code, m_col, m_readInfo.unterminatedColumn);
        if (c == column || (bit(code) & RowWideBits))
            worst = qMax(worst, issueSeverity(code));
    }
    return worst;
}

QList<Issue> InventoryDocument::cellIssues(int row, int column) const
{
    QList<Issue> issues;
    std::uint32_t mask = rowIssueMask(row);
    while (mask) {
        const auto code = IssueCode(std::countr_zero(mask));
        mask &= mask - 1;
        const int c = columnOfCode(code, m_col, m_readInfo.unterminatedColumn);
        if (c == column || (bit(code) & RowWideBits))
            issues.append(makeRowIssue(code, row));
    }
    return issues;
}

QList<Issue> InventoryDocument::rowIssues(int row) const
{
    QList<Issue> issues;
    std::uint32_t mask = rowIssueMask(row);
    while (mask) {
        issues.append(makeRowIssue(IssueCode(std::countr_zero(mask)), row));
        mask &= mask - 1;
    }
    return issues;
}

std::vector<InventoryDocument::IssueRef> InventoryDocument::issueRefs() const
{
    std::vector<IssueRef> refs;
    for (int i = 0; i < m_fileIssues.size(); ++i)
        refs.push_back({-1, i});
    for (int pos = 0; pos < rowCount(); ++pos) {
        std::uint32_t mask = m_masks[m_order[size_t(pos)]];
        while (mask) {
            refs.push_back({pos, std::countr_zero(mask)});
            mask &= mask - 1;
        }
    }
    return refs;
}

Issue InventoryDocument::issue(const IssueRef &ref) const
{
    if (ref.row < 0)
        return m_fileIssues.value(ref.index);
    return makeRowIssue(IssueCode(ref.index), ref.row);
}

QList<Issue> InventoryDocument::allIssues() const
{
    QList<Issue> issues;
    const std::vector<IssueRef> refs = issueRefs();
    issues.reserve(qsizetype(refs.size()));
    for (const IssueRef &ref : refs)
        issues.append(issue(ref));
    return issues;
}

int InventoryDocument::rowsWithIssues() const
{
    int n = 0;
    for (std::uint32_t h : m_order)
        n += m_masks[h] != 0;
    return n;
}

int InventoryDocument::nextProblemRow(int from, bool backwards) const
{
    const int n = rowCount();
    if (backwards) {
        for (int pos = qMin(from, n) - 1; pos >= 0; --pos) {
            if (m_masks[m_order[size_t(pos)]])
                return pos;
        }
    } else {
        for (int pos = qMax(from + 1, 0); pos < n; ++pos) {
            if (m_masks[m_order[size_t(pos)]])
                return pos;
        }
    }
    return -1;
}

int InventoryDocument::positionOf(std::uint32_t handle) const
{
    if (!m_positionCacheValid) {
        m_positionCache.assign(m_masks.size(), -1);
        for (size_t pos = 0; pos < m_order.size(); ++pos)
            m_positionCache[m_order[pos]] = std::int32_t(pos);
        m_positionCacheValid = true;
    }
    return m_positionCache[handle];
}

int InventoryDocument::duplicatePartner(std::uint32_t handle) const
{
    // Scanning a vector of hashes is a millisecond for a million rows, and is
    // only done for an issue that is being shown.
    const std::uint64_t hash = m_hashes[handle];
    for (std::uint32_t h : m_order) {
        if (h != handle && m_hashes[h] == hash && sameKey(h, handle))
            return positionOf(h);
    }
    return -1;
}

Issue InventoryDocument::makeRowIssue(IssueCode code, int position) const
{
    const std::uint32_t h = m_order[size_t(position)];
    Issue i;
    i.code = code;
    i.severity = issueSeverity(code);
    i.row = position + 1;
    i.line = lineOf(position);
    if (code == IssueCode::UnterminatedQuote && m_hasLines)
        i.line = m_readInfo.unterminatedLine;
    i.column = columnOfCode(code, m_col, m_readInfo.unterminatedColumn);
    if (i.column >= 0)
        i.columnName = m_columnNames.value(i.column);
    i.message = messageFor(code, h, i.column);
    return i;
}

QString InventoryDocument::messageFor(IssueCode code, std::uint32_t h, int column) const
{
    const QByteArrayView value = column >= 0 ? fieldOf(h, column) : QByteArrayView();
    switch (code) {
    case IssueCode::WrongColumnCount:
        return tr("This row has %n field(s) but the header has %1. Look for a stray delimiter (a "
                  "thousands separator or a comma in an unquoted text) or a missing field.",
                  "", fieldCountOf(h))
            .arg(m_headerCount);
    case IssueCode::UnterminatedQuote:
        return tr("A quoted field that opens on line %1 never closes, so the rest of the file was "
                  "read into it. Add the closing quote (\") in the file and open it again.")
            .arg(m_readInfo.unterminatedLine);
    case IssueCode::EmptySku:
        return tr("The SKU is empty. Enter the product's SKU or delete the row.");
    case IssueCode::InvalidQuantity:
        if (classifyQuantity(value) == QuantityKind::TooLarge) {
            return tr("Quantity %1 is larger than 2147483647, the largest quantity ShipHero accepts.")
                .arg(quoted(value));
        }
        if (value.isEmpty())
            return tr("The quantity is empty. Enter the new on-hand quantity as a whole number.");
        return tr("Quantity “%1” is not a whole number. Write it with digits only, without "
                  "decimals, thousands separators or spaces (for example 1200).")
            .arg(quoted(value));
    case IssueCode::NegativeQuantity:
        return tr("Quantity %1 is below zero. On-hand stock cannot be negative; enter 0 or more.")
            .arg(quoted(value));
    case IssueCode::InvalidAction:
        if (value.isEmpty())
            return tr("The action is empty. Write “replace”: ShipHero supports only "
                      "replace, which sets the on-hand quantity.");
        return tr("Action “%1” is not supported. ShipHero supports only “replace”, "
                  "which sets the on-hand quantity to the given number.")
            .arg(quoted(value));
    case IssueCode::DuplicateSku: {
        // One arg() call with every value: chained calls would read a "%1"
        // inside a SKU as a placeholder.
        const int other = duplicatePartner(h);
        const int locCol = m_col[int(ColumnRole::Location)];
        if (locCol >= 0) {
            return tr("SKU “%1” at location “%2” is also on row %3; the stock "
                      "would depend on which row is processed last. Keep one row.")
                .arg(quoted(value), quoted(fieldOf(h, locCol)), QString::number(other + 1));
        }
        return tr("SKU “%1” is also on row %2; the stock would depend on which row is "
                  "processed last. Keep one row.")
            .arg(quoted(value), QString::number(other + 1));
    }
    case IssueCode::EmptyReason:
        return tr("The reason is empty. ShipHero records the reason with the change; add one (for "
                  "example “Cycle count”).");
    case IssueCode::SkuWhitespace:
        return tr("SKU “%1” starts or ends with a space, so ShipHero would look for a "
                  "different SKU. Remove the spaces.")
            .arg(quoted(value));
    case IssueCode::SkuNotFound: {
        const QString warehouse = m_stock && !m_stock->warehouseName.isEmpty()
            ? m_stock->warehouseName
            : tr("the chosen warehouse");
        return tr("SKU “%1” does not exist in %2, so ShipHero would reject this row. Check the "
                  "spelling, create the product in the warehouse first, or delete the row.")
            .arg(quoted(value), warehouse);
    }
    case IssueCode::LargeChange: {
        const std::optional<qint64> now = onHandOf(h);
        const int skuCol = m_col[int(ColumnRole::Sku)];
        const QString sku = quoted(skuCol >= 0 ? fieldOf(h, skuCol) : QByteArrayView());
        if (quantityValue(value).value_or(-1) == 0) {
            return tr("This sets the stock of “%1” to 0; there are %2 on hand now. Check that the "
                      "product is really out of stock.")
                .arg(sku, QString::number(now.value_or(0)));
        }
        return tr("This changes the stock of “%1” from %2 to %3, by more than %4% of what is on "
                  "hand. Check the quantity before sending.")
            .arg(sku, QString::number(now.value_or(0)), quoted(value),
                 QString::number(qRound(100 * (m_stock ? m_stock->largeChangeShare : 0.5))));
    }
    default:
        break;
    }
    return {};
}

// --- editing -------------------------------------------------------------------

std::vector<int> InventoryDocument::setCell(int row, int column, const QString &value)
{
    QList<QByteArray> fields = rowFields(row);
    if (fields.size() <= column)
        fields.resize(column + 1);
    fields[column] = value.toUtf8();
    // Stray fields past the header that are cleared are gone, so clearing the
    // extra cell of a too-long row fixes it.
    while (fields.size() > m_headerCount && fields.back().isEmpty())
        fields.removeLast();
    return applyFields(m_order[size_t(row)], std::move(fields));
}

std::vector<int> InventoryDocument::setRowFields(int row, const QList<QByteArray> &fields)
{
    return applyFields(m_order[size_t(row)], fields);
}

bool InventoryDocument::matchesFile(std::uint32_t h, const QList<QByteArray> &fields) const
{
    const qsizetype record = qsizetype(h) + 1;
    if (fields.size() != m_table.fieldCount(record))
        return false;
    for (int c = 0; c < fields.size(); ++c) {
        if (QByteArrayView(fields[c]) != m_table.field(record, c))
            return false;
    }
    return true;
}

std::vector<int> InventoryDocument::applyFields(std::uint32_t h, QList<QByteArray> fields)
{
    // A row put back as it was read is the file's row again (undo restores
    // even what only the reader knew, such as an unterminated quote).
    if (matchesFile(h, fields)) {
        m_edited.remove(h);
        m_flags[h] &= ~Edited;
    } else {
        m_edited.insert(h, std::move(fields));
        m_flags[h] |= Edited;
    }

    const std::uint64_t oldHash = m_hashes[h];
    const RowCheck check = checkRow(h);
    m_hashes[h] = check.hash;
    setMask(h, check.mask | (m_masks[h] & DuplicateBit));

    std::vector<int> touched{positionOf(h)};
    std::vector<std::uint64_t> hashes;
    if (oldHash)
        hashes.push_back(oldHash);
    if (m_hashes[h] && m_hashes[h] != oldHash)
        hashes.push_back(m_hashes[h]);
    if (!m_hashes[h] && (m_masks[h] & DuplicateBit))
        setMask(h, m_masks[h] & ~DuplicateBit);
    updateDuplicates(hashes, touched);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    return touched;
}

void InventoryDocument::updateDuplicates(const std::vector<std::uint64_t> &hashes,
                                         std::vector<int> &touched)
{
    if (hashes.empty())
        return;
    // Gather the living rows that share any of the hashes, in one pass.
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> groups;
    for (std::uint64_t hash : hashes)
        groups[hash];
    const bool few = hashes.size() <= 4;
    for (std::uint32_t h : m_order) {
        const std::uint64_t hash = m_hashes[h];
        if (!hash)
            continue;
        if (few) {
            if (std::find(hashes.begin(), hashes.end(), hash) == hashes.end())
                continue;
        }
        auto it = groups.find(hash);
        if (it != groups.end())
            it->second.push_back(h);
    }
    for (auto &[hash, members] : groups) {
        for (std::uint32_t h : members) {
            bool duplicate = false;
            for (std::uint32_t other : members) {
                if (other != h && sameKey(h, other)) {
                    duplicate = true;
                    break;
                }
            }
            const std::uint32_t mask = duplicate ? (m_masks[h] | DuplicateBit)
                                                 : (m_masks[h] & ~DuplicateBit);
            if (mask != m_masks[h]) {
                setMask(h, mask);
                touched.push_back(positionOf(h));
            }
        }
    }
}

InventoryDocument::RemovedRows InventoryDocument::removeRows(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    RemovedRows removed;
    removed.positions = rows;
    std::vector<std::uint64_t> hashes;
    for (int pos : rows) {
        const std::uint32_t h = m_order[size_t(pos)];
        removed.handles.push_back(h);
        m_flags[h] &= ~Alive;
        if (m_hashes[h])
            hashes.push_back(m_hashes[h]);
        m_hashes[h] = 0;
        setMask(h, 0);
    }
    // Compact the order in one pass.
    size_t out = 0;
    size_t next = 0;
    for (size_t pos = 0; pos < m_order.size(); ++pos) {
        if (next < rows.size() && size_t(rows[next]) == pos) {
            ++next;
            continue;
        }
        m_order[out++] = m_order[pos];
    }
    m_order.resize(out);
    m_positionCacheValid = false;

    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    std::vector<int> touched;
    updateDuplicates(hashes, touched);
    rebuildFileIssues();
    return removed;
}

void InventoryDocument::restoreRows(const RemovedRows &removed)
{
    std::vector<std::uint32_t> order;
    order.reserve(m_order.size() + removed.handles.size());
    size_t src = 0;
    size_t k = 0;
    while (src < m_order.size() || k < removed.handles.size()) {
        if (k < removed.handles.size() && size_t(removed.positions[k]) == order.size())
            order.push_back(removed.handles[k++]);
        else if (src < m_order.size())
            order.push_back(m_order[src++]);
        else
            order.push_back(removed.handles[k++]); // positions past the end: append in order
    }
    m_order = std::move(order);
    m_positionCacheValid = false;

    std::vector<std::uint64_t> hashes;
    for (std::uint32_t h : removed.handles) {
        m_flags[h] |= Alive;
        const RowCheck check = checkRow(h);
        m_hashes[h] = check.hash;
        setMask(h, check.mask);
        if (m_hashes[h])
            hashes.push_back(m_hashes[h]);
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    std::vector<int> touched;
    updateDuplicates(hashes, touched);
    rebuildFileIssues();
}

// --- saving --------------------------------------------------------------------

QByteArray InventoryDocument::toCsv() const
{
    return toCsv(0, rowCount());
}

QByteArray InventoryDocument::toCsv(int firstRow, int count) const
{
    firstRow = qBound(0, firstRow, rowCount());
    count = qBound(0, count, rowCount() - firstRow);
    std::vector<int> columns;
    QList<QByteArray> header{"sku", "quantity", "action", "reason"};
    for (ColumnRole role :
         {ColumnRole::Sku, ColumnRole::Quantity, ColumnRole::Action, ColumnRole::Reason})
        columns.push_back(m_col[int(role)]);
    if (hasLocation()) {
        header.append("location");
        columns.push_back(m_col[int(ColumnRole::Location)]);
    }
    const CsvWriter writer;
    QByteArray out;
    out.reserve(m_table.data.size() + 64);
    writer.appendRecord(out, header);
    std::vector<QByteArrayView> fields(columns.size());
    for (int pos = firstRow; pos < firstRow + count; ++pos) {
        const std::uint32_t h = m_order[size_t(pos)];
        for (size_t i = 0; i < columns.size(); ++i)
            fields[i] = columns[i] >= 0 ? fieldOf(h, columns[i]) : QByteArrayView();
        writer.appendRecord(out, fields);
    }
    return out;
}

// --- the check against the warehouse ---------------------------------------------

void InventoryDocument::setStockLevels(StockLevels levels)
{
    m_stock = std::make_unique<StockLevels>(std::move(levels));
    recheckAll();
}

void InventoryDocument::clearStockLevels()
{
    m_stock.reset();
    recheckAll();
}

void InventoryDocument::recheckAll()
{
    // Only the row's own bits change; duplicates stay as they are.
    for (std::uint32_t h : m_order)
        setMask(h, checkRow(h).mask | (m_masks[h] & DuplicateBit));
}

std::optional<qint64> InventoryDocument::onHandOf(std::uint32_t h) const
{
    const int skuCol = m_col[int(ColumnRole::Sku)];
    if (!m_stock || skuCol < 0)
        return std::nullopt;
    const auto it = m_stock->onHand.constFind(QString::fromUtf8(fieldOf(h, skuCol)));
    if (it == m_stock->onHand.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qint64> InventoryDocument::onHand(int row) const
{
    return onHandOf(m_order[size_t(row)]);
}

std::optional<qint64> InventoryDocument::stockChange(int row) const
{
    const std::optional<qint64> now = onHand(row);
    const int q = m_col[int(ColumnRole::Quantity)];
    if (!now || q < 0)
        return std::nullopt;
    const std::optional<qint64> wanted = quantityValue(cellUtf8(row, q));
    if (!wanted)
        return std::nullopt;
    return *wanted - *now;
}

StockSummary InventoryDocument::stockSummary() const
{
    StockSummary summary;
    for (int row = 0; row < rowCount(); ++row) {
        if (rowIssueMask(row) & bit(IssueCode::SkuNotFound)) {
            ++summary.rowsNotFound;
            continue;
        }
        const std::optional<qint64> change = stockChange(row);
        if (!change) {
            ++summary.rowsUnchecked;
        } else if (*change > 0) {
            ++summary.rowsUp;
            summary.unitsUp += *change;
        } else if (*change < 0) {
            ++summary.rowsDown;
            summary.unitsDown += -*change;
        } else {
            ++summary.rowsUnchanged;
        }
    }
    return summary;
}

} // namespace invsync
