#pragma once

#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "inventory/Issue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace invsync {

// What a header column means to the service.
enum class ColumnRole : std::uint8_t { Sku, Quantity, Action, Reason, Location, Unknown, Extra };

// What the check against a warehouse found (see StockCheck): the current
// on-hand of every SKU it looked up, and the SKUs the warehouse does not have.
// A SKU in neither set was not checked and gets no stock issue.
struct StockLevels
{
    QString warehouseName;              // for messages
    QHash<QString, qint64> onHand;      // SKU -> on-hand now
    QSet<QString> notFound;             // looked up, not in the warehouse
    double largeChangeShare = 0.5;      // a change above this share of on-hand is large_change

    bool isEmpty() const { return onHand.isEmpty() && notFound.isEmpty(); }
};

// Units going up and down if the document were sent, from the stock levels.
struct StockSummary
{
    qint64 unitsUp = 0;
    qint64 unitsDown = 0;
    int rowsUp = 0;
    int rowsDown = 0;
    int rowsUnchanged = 0;
    int rowsNotFound = 0;
    int rowsUnchecked = 0; // no valid quantity, or the SKU was not looked up
};

// An inventory document: the rows of one CSV file, the user's edits, and the
// problems found in them. Row numbers in this API are positions in the
// document (0-based); Issue::row reports them 1-based, as ShipHero counts.
//
// Storage is the parsed CSV (one UTF-8 buffer plus field offsets) with edited
// rows kept beside it, so a million-row file stays within a few times its size.
// Validation state is one bit mask per row, updated in place by every edit.
//
// Not a QObject and not thread-affine: it is built on a worker thread and then
// handed to the GUI thread as a whole.
class InventoryDocument
{
    Q_DECLARE_TR_FUNCTIONS(InventoryDocument)

public:
    struct Source
    {
        QString fileName;       // the path or URL it came from
        TextEncoding encoding = TextEncoding::Utf8;
        bool encodingFallback = false;
        bool hadBom = false;
        char delimiter = ',';
        qint64 byteSize = 0;
    };

    // Builds the document from a parsed file (first record = header) and
    // validates it. Returns null when the progress callback cancels.
    static std::unique_ptr<InventoryDocument> fromCsv(CsvReadResult parsed, const Source &source,
                                                      const ProgressCallback &progress = {});
    // A document from cells, for tests and for documents made by the app.
    static std::unique_ptr<InventoryDocument> fromRows(const QStringList &header,
                                                       const QList<QStringList> &rows);

    const Source &source() const { return m_source; }

    // Columns: the header's columns in file order, then "extra" columns for
    // rows that have more fields than the header.
    int columnCount() const { return int(m_columnNames.size()); }
    QString columnName(int column) const { return m_columnNames.value(column); }
    ColumnRole columnRole(int column) const { return m_roles[size_t(column)]; }
    int columnOf(ColumnRole role) const; // -1 when absent
    int headerColumnCount() const { return m_headerCount; }

    int rowCount() const { return int(m_order.size()); }
    QString cell(int row, int column) const;
    QByteArrayView cellUtf8(int row, int column) const;
    int fieldCount(int row) const; // fields the row really has (may differ from the header)
    int lineOf(int row) const;     // 1-based file line; 0 for documents made by the app
    bool isEdited(int row) const;

    // --- validation ---------------------------------------------------------
    std::uint32_t rowIssueMask(int row) const { return m_masks[m_order[size_t(row)]]; }
    Severity rowSeverity(int row) const;
    Severity cellSeverity(int row, int column) const;
    QList<Issue> cellIssues(int row, int column) const; // row-wide issues shown on every cell
    QList<Issue> rowIssues(int row) const;
    const QList<Issue> &fileIssues() const { return m_fileIssues; }
    // Every issue, file-level first, then by row; duplicates name the other row.
    QList<Issue> allIssues() const;
    // A light reference to one issue, for lists over very large documents:
    // materialise only what is shown with issue().
    struct IssueRef
    {
        int row = -1;  // position; -1 for a file-level issue
        int index = 0; // the IssueCode for a row issue, an index into fileIssues() otherwise
    };
    std::vector<IssueRef> issueRefs() const;
    Issue issue(const IssueRef &ref) const;
    int errorCount() const { return m_counts[size_t(Severity::Error)]; }
    int warningCount() const { return m_counts[size_t(Severity::Warning)]; }
    int noticeCount() const { return m_counts[size_t(Severity::Notice)]; }
    int rowsWithIssues() const;
    // The next row with a problem after (or before, backwards) the given one; -1 when none.
    int nextProblemRow(int from, bool backwards = false) const;

    // --- editing (the GUI wraps each call in a QUndoCommand) -----------------
    // Each returns the rows whose cells or problems changed, so views can
    // refresh just those.
    std::vector<int> setCell(int row, int column, const QString &value);
    // The row's fields as they are now, and putting them back exactly (for
    // undo: a short row stays short, a long one long).
    QList<QByteArray> rowFields(int row) const;
    std::vector<int> setRowFields(int row, const QList<QByteArray> &fields);
    // Removes rows (any order); returns the removed rows' handles and their
    // positions so that the removal can be undone.
    struct RemovedRows
    {
        std::vector<std::uint32_t> handles;
        std::vector<int> positions; // ascending
    };
    RemovedRows removeRows(std::vector<int> rows);
    void restoreRows(const RemovedRows &removed);

    // Whether saving keeps the location column (it does when the file had one).
    bool hasLocation() const { return columnOf(ColumnRole::Location) >= 0; }
    // Clean UTF-8: sku,quantity,action,reason[,location], LF line ends.
    QByteArray toCsv() const;
    // The same for rows [firstRow, firstRow + count), header included (a batch).
    QByteArray toCsv(int firstRow, int count) const;

    // --- the check against the warehouse -----------------------------------
    // Attaches the check's results: rows get sku_not_found and large_change
    // issues, kept up to date by edits like every other issue, until the
    // levels are replaced or cleared. Views reset after either call.
    void setStockLevels(StockLevels levels);
    void clearStockLevels();
    bool hasStockLevels() const { return m_stock != nullptr; }
    const StockLevels *stockLevels() const { return m_stock.get(); }
    // The row SKU's on-hand now; empty when not checked or not found.
    std::optional<qint64> onHand(int row) const;
    // The row's quantity minus its SKU's on-hand; empty when either is unknown.
    std::optional<qint64> stockChange(int row) const;
    StockSummary stockSummary() const;

    static ColumnRole roleForHeader(QStringView header);
    static constexpr int MaxRows = 100'000'000;
    static constexpr int ServiceRowGuidance = 3000;

    ~InventoryDocument();

private:
    InventoryDocument();
    void setHeader(const QStringList &names);
    bool validateAll(const ProgressCallback &progress);
    bool matchesFile(std::uint32_t handle, const QList<QByteArray> &fields) const;
    // One pass over a row's fields: its issue bits (all but duplicates) and
    // the hash of its sku(+location) key, 0 when it has none.
    struct RowCheck
    {
        std::uint32_t mask = 0;
        std::uint64_t hash = 0;
    };
    RowCheck checkRow(std::uint32_t handle) const;
    bool sameKey(std::uint32_t a, std::uint32_t b) const;
    void updateDuplicates(const std::vector<std::uint64_t> &hashes, std::vector<int> &touchedPositions);
    std::vector<int> applyFields(std::uint32_t handle, QList<QByteArray> fields);
    int duplicatePartner(std::uint32_t handle) const;
    void setMask(std::uint32_t handle, std::uint32_t mask);
    void rebuildFileIssues();
    void countAll();
    void recheckAll();
    std::uint32_t stockBits(QByteArrayView sku, QByteArrayView quantity) const;
    std::optional<qint64> onHandOf(std::uint32_t handle) const;
    QByteArrayView fieldOf(std::uint32_t handle, int column) const;
    int fieldCountOf(std::uint32_t handle) const;
    int positionOf(std::uint32_t handle) const;
    QString messageFor(IssueCode code, std::uint32_t handle, int column) const;
    Issue makeRowIssue(IssueCode code, int position) const;

    Source m_source;
    CsvTable m_table;                   // record 0 is the header
    QStringList m_columnNames;
    std::vector<ColumnRole> m_roles;
    int m_headerCount = 0;
    int m_col[5] = {-1, -1, -1, -1, -1}; // column per role Sku..Location

    // A handle names a row for life: handle h is the file's record h+1.
    // Positions move when rows are removed; handles do not.
    std::vector<std::uint32_t> m_order;  // position -> handle
    std::vector<std::uint32_t> m_masks;  // handle -> issue bits
    std::vector<std::uint64_t> m_hashes; // handle -> sku(+location) hash, 0 for removed rows
    std::vector<std::uint8_t> m_flags;   // handle -> Alive | Edited
    bool m_hasLines = true;
    QHash<std::uint32_t, QList<QByteArray>> m_edited; // handle -> its fields after edits

    CsvReadResult m_readInfo; // blank lines, unterminated quote
    QList<Issue> m_fileIssues;
    int m_counts[4] = {0, 0, 0, 0};
    mutable std::vector<std::int32_t> m_positionCache; // handle -> position, rebuilt lazily
    mutable bool m_positionCacheValid = false;
    std::unique_ptr<StockLevels> m_stock;
};

} // namespace invsync
