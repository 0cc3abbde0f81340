#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace invsync {

class InventoryDocument;

// One part of a split document: a run of consecutive rows written as its
// own CSV file (header repeated).
struct CsvBatch
{
    int firstRow = 0; // document position (0-based) of the batch's first row
    int rowCount = 0;
    QByteArray csv; // clean UTF-8, header included
    // More rows than the limit: rows sharing one SKU that could not be kept
    // together otherwise (see BatchSplitter).
    bool oversized = false;
};

// Splits a document into batches of at most maxRows data rows for the
// service, which processes files above 3000 rows slowly. Every row is in
// exactly one batch, in the document's order, and rows that share a SKU are
// never in different batches: the service may run batches side by side, so
// which of two rows for one SKU lands last would be left to chance.
//
// Rows sharing a SKU far apart pull everything between them into one block.
// A block longer than maxRows (e.g. more than 3000 rows of one SKU) cannot
// be cut without breaking that rule, so it becomes one batch of its own,
// marked oversized: correctness before the row guidance, which is only about
// speed. Such rows are duplicate_sku errors anyway, so the app does not
// offer to send the file before they are fixed.
class BatchSplitter
{
public:
    static constexpr int DefaultMaxRows = 3000;

    // One batch (the whole document) when it has at most maxRows rows; none
    // when it has no rows.
    static QList<CsvBatch> split(const InventoryDocument &document, int maxRows = DefaultMaxRows);

    // The same boundaries as split(), as (firstRow, rowCount) pairs; for
    // callers that do not need the bytes yet.
    static QList<QPair<int, int>> ranges(const InventoryDocument &document,
                                         int maxRows = DefaultMaxRows);
};

} // namespace invsync
