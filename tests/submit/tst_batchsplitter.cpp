#include "inventory/BatchSplitter.h"
#include "inventory/InventoryDocument.h"

#include <QSet>
#include <QTest>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

const QStringList Header{u"sku"_s, u"quantity"_s, u"action"_s, u"reason"_s};

// `rows` rows with distinct SKUs, except that the rows in `same` all share one.
std::unique_ptr<InventoryDocument> makeDocument(int rows, const QList<int> &same)
{
    const QSet<int> shared(same.begin(), same.end());
    QList<QStringList> cells;
    cells.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const QString sku = shared.contains(i) ? u"SHARED"_s : u"SKU-%1"_s.arg(i);
        cells.append({sku, QString::number(i), u"replace"_s, u"count"_s});
    }
    return InventoryDocument::fromRows(Header, cells);
}

QList<int> range(int from, int to) // [from, to)
{
    QList<int> r;
    for (int i = from; i < to; ++i)
        r.append(i);
    return r;
}

} // namespace

class TestBatchSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void smallerLimit();
};

void TestBatchSplitter::split_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("same");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("0 rows") << 0 << QList<int>{} << QList<int>{};
    QTest::newRow("1 row") << 1 << QList<int>{} << QList<int>{1};
    QTest::newRow("2999 rows") << 2999 << QList<int>{} << QList<int>{2999};
    QTest::newRow("3000 rows") << 3000 << QList<int>{} << QList<int>{3000};
    QTest::newRow("3001 rows") << 3001 << QList<int>{} << QList<int>{3000, 1};
    QTest::newRow("6000 rows") << 6000 << QList<int>{} << QList<int>{3000, 3000};
    QTest::newRow("7500 rows") << 7500 << QList<int>{} << QList<int>{3000, 3000, 1500};
    // Rows 3000 and 3001 (positions 2999, 3000) share a SKU: the pair moves
    // to the next batch together.
    QTest::newRow("duplicate at the boundary")
        << 3001 << QList<int>{2999, 3000} << QList<int>{2999, 2};
    QTest::newRow("duplicate just inside") << 3001 << QList<int>{2998, 2999} << QList<int>{3000, 1};
    QTest::newRow("duplicates straddling the limit")
        << 7500 << QList<int>{2990, 3010} << QList<int>{2990, 3000, 1510};
    // A SKU on the first and the 3502nd row ties 3502 rows together: one
    // oversized batch rather than the SKU in two batches.
    QTest::newRow("duplicates far apart") << 4000 << QList<int>{0, 3501} << QList<int>{3502, 498};
    // More than 3000 rows of one SKU: kept whole, oversized, on its own.
    QTest::newRow("run of 3500 identical SKUs")
        << 4000 << range(250, 3750) << QList<int>{250, 3500, 250};
}

void TestBatchSplitter::split()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, same);
    QFETCH(QList<int>, expected);

    const auto doc = makeDocument(rows, same);
    QCOMPARE(doc->rowCount(), rows);
    const QList<CsvBatch> batches = BatchSplitter::split(*doc);

    QList<int> sizes;
    for (const CsvBatch &b : batches)
        sizes.append(b.rowCount);
    QCOMPARE(sizes, expected);

    // Every row exactly once, in order, the header on top of every batch,
    // and no SKU in two batches.
    const QByteArray header = "sku,quantity,action,reason";
    QList<QByteArray> allRows;
    QHash<QByteArray, int> batchOfSku;
    int expectedFirst = 0;
    for (int b = 0; b < batches.size(); ++b) {
        const CsvBatch &batch = batches.at(b);
        QCOMPARE(batch.firstRow, expectedFirst);
        expectedFirst += batch.rowCount;
        QCOMPARE(batch.oversized, batch.rowCount > BatchSplitter::DefaultMaxRows);
        QList<QByteArray> lines = batch.csv.split('\n');
        QVERIFY(batch.csv.endsWith('\n'));
        lines.removeLast();
        QCOMPARE(lines.first(), header);
        lines.removeFirst();
        QCOMPARE(int(lines.size()), batch.rowCount);
        for (const QByteArray &line : std::as_const(lines)) {
            const QByteArray sku = line.left(line.indexOf(','));
            const int seenIn = batchOfSku.value(sku, b);
            QVERIFY2(seenIn == b,
                     qPrintable(u"SKU %1 in batches %2 and %3"_s.arg(QString::fromUtf8(sku))
                                    .arg(seenIn)
                                    .arg(b)));
            batchOfSku.insert(sku, b);
        }
        allRows += lines;
    }
    QCOMPARE(int(allRows.size()), rows);
    const QList<QByteArray> original = doc->toCsv().split('\n').mid(1, rows);
    QCOMPARE(allRows, original);
}

void TestBatchSplitter::smallerLimit()
{
    // The limit is a parameter: 10 rows in batches of 4.
    const auto doc = makeDocument(10, {});
    const QList<QPair<int, int>> ranges = BatchSplitter::ranges(*doc, 4);
    const QList<QPair<int, int>> expected{{0, 4}, {4, 4}, {8, 2}};
    QCOMPARE(ranges, expected);
}

QTEST_GUILESS_MAIN(TestBatchSplitter)
#include "tst_batchsplitter.moc"
