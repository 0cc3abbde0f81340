#include "inventory/BatchSplitter.h"

#include "inventory/InventoryDocument.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace invsync {

QList<QPair<int, int>> BatchSplitter::ranges(const InventoryDocument &document, int maxRows)
{
    maxRows = std::max(1, maxRows);
    const int n = document.rowCount();
    const int skuCol = document.columnOf(ColumnRole::Sku);

    // The last row of every SKU, so a block is not closed while one of its
    // SKUs is still to come. Empty SKUs tie nothing together.
    std::vector<int> lastOf(size_t(n), 0);
    if (skuCol >= 0) {
        QHash<QByteArray, int> last;
        last.reserve(n);
        for (int row = 0; row < n; ++row) {
            const QByteArrayView sku = document.cellUtf8(row, skuCol);
            if (!sku.trimmed().isEmpty())
                last.insert(sku.toByteArray(), row);
        }
        for (int row = 0; row < n; ++row) {
            const QByteArrayView sku = document.cellUtf8(row, skuCol);
            lastOf[size_t(row)] = sku.trimmed().isEmpty() ? row : last.value(sku.toByteArray());
        }
    } else {
        for (int row = 0; row < n; ++row)
            lastOf[size_t(row)] = row;
    }

    QList<QPair<int, int>> result;
    int batchStart = 0;
    int batchSize = 0;
    int blockStart = 0;
    int blockEnd = -1;
    for (int row = 0; row < n; ++row) {
        blockEnd = std::max(blockEnd, lastOf[size_t(row)]);
        if (row < blockEnd)
            continue;
        // Rows blockStart..row form a block no SKU reaches out of.
        const int blockSize = row - blockStart + 1;
        if (batchSize > 0 && batchSize + blockSize > maxRows) {
            result.append({batchStart, batchSize});
            batchStart = blockStart;
            batchSize = 0;
        }
        batchSize += blockSize;
        blockStart = row + 1;
    }
    if (batchSize > 0)
        result.append({batchStart, batchSize});
    return result;
}

QList<CsvBatch> BatchSplitter::split(const InventoryDocument &document, int maxRows)
{
    QList<CsvBatch> batches;
    for (const auto &[first, count] : ranges(document, maxRows)) {
        CsvBatch batch;
        batch.firstRow = first;
        batch.rowCount = count;
        batch.csv = document.toCsv(first, count);
        batch.oversized = count > std::max(1, maxRows);
        batches.append(batch);
    }
    return batches;
}

} // namespace invsync
