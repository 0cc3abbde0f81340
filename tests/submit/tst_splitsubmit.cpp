#include "ApiTestSupport.h"

#include "history/HistoryStore.h"
#include "inventory/BatchSplitter.h"
#include "inventory/InventoryDocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

// A 7,500-row file goes out as three batches of 3000, 3000 and 1500 rows,
// recorded in the history before each is sent, and the service receives
// every row exactly once.
class TestSplitSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sevenThousandFiveHundredRows();
};

void TestSplitSubmit::sevenThousandFiveHundredRows()
{
    constexpr int Rows = 7500;
    ApiFixture fixture;
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());

    // The warehouse knows every SKU, so each row can succeed.
    QList<QStringList> cells;
    for (int i = 0; i < Rows; ++i) {
        const QString sku = u"SPLIT-%1"_s.arg(i, 5, 10, QChar(u'0'));
        SandboxProduct product;
        product.legacyId = 900000 + i;
        product.warehouseLegacyId = DemoData::StaticWarehouseId;
        product.sku = sku;
        product.onHand = 1;
        fixture.state().products.append(product);
        cells.append({sku, QString::number(i + 2), u"replace"_s, u"Cycle count"_s});
    }
    const auto doc =
        InventoryDocument::fromRows({u"sku"_s, u"quantity"_s, u"action"_s, u"reason"_s}, cells);
    QCOMPARE(doc->errorCount(), 0);

    const QList<CsvBatch> parts = BatchSplitter::split(*doc);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).rowCount, 3000);
    QCOMPARE(parts.at(1).rowCount, 3000);
    QCOMPARE(parts.at(2).rowCount, 1500);

    QTemporaryDir dir;
    HistoryStore history;
    QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)).ok);
    UploadRecord upload;
    upload.fileName = u"big.csv"_s;
    upload.sha256 = HistoryStore::sha256Hex(doc->toCsv());
    upload.rows = Rows;
    upload.warehouseId = warehouseId();
    upload.connection = u"test"_s;
    upload.hostingMethod = u"builtin"_s;
    const qint64 uploadId = history.addUpload(upload); // no customer: empty, not NULL
    QVERIFY2(uploadId > 0, qPrintable(history.lastError()));

    QStringList syncIds;
    QStringList urls;
    for (int i = 0; i < parts.size(); ++i) {
        const CsvBatch &part = parts.at(i);
        const QString url = fixture.serveCsv(u"/big-part-%1.csv"_s.arg(i + 1), part.csv);
        urls.append(url);
        const qint64 record =
            history.beginBatch(uploadId, i, url, part.csv, part.firstRow, part.rowCount);
        QVERIFY(record > 0);
        SubmitRequest request;
        request.url = url;
        request.warehouseId = warehouseId();
        request.knownSyncIds = history.knownSyncIds();
        const SubmitResult sent = waitFor<SubmitResult>(fixture.api->submit(request));
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        QVERIFY(history.completeBatch(record, sent.syncId, sent.adopted));
        syncIds.append(sent.syncId);
    }
    QCOMPARE(QSet<QString>(syncIds.begin(), syncIds.end()).size(), 3);

    // Wait for the three batches to finish, as the app would: by asking.
    for (const QString &syncId : std::as_const(syncIds)) {
        Batch batch;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const BatchResult r =
                                         waitFor<BatchResult>(fixture.api->batch(syncId));
                                     batch = r.batch;
                                     return r.ok() && batch.isFinished();
                                 }()),
                                 90000);
        QCOMPARE(batch.status, u"success"_s);
        QVERIFY(history.updateStatus(batch));
    }
    QCOMPARE(fixture.batchCount(), 3);

    // Every row of the document exactly once across the three batches, in
    // the batch its part put it in.
    QHash<QString, int> seen;
    for (int b = 0; b < 3; ++b) {
        const SandboxBatch &batch = fixture.state().batches.at(b);
        QCOMPARE(batch.url, urls.at(b));
        QCOMPARE(int(batch.rows.size()), parts.at(b).rowCount);
        for (const SandboxRow &row : batch.rows) {
            QVERIFY2(!seen.contains(row.sku), qPrintable(row.sku));
            seen.insert(row.sku, b);
            QCOMPARE(row.status, u"success"_s);
        }
    }
    QCOMPARE(seen.size(), Rows);
    for (int i = 0; i < Rows; ++i) {
        const QString sku = doc->cell(i, 0);
        QCOMPARE(seen.value(sku, -1), i < 3000 ? 0 : i < 6000 ? 1 : 2);
        const SandboxProduct *product =
            fixture.state().product(DemoData::StaticWarehouseId, 0, sku);
        QVERIFY(product);
        QCOMPARE(product->onHand, qint64(i + 2));
    }

    // The history has the three batches, finished, and the bytes sent.
    const UploadRecord recorded = *history.upload(uploadId);
    QCOMPARE(recorded.batches.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(recorded.batches.at(i).syncId, syncIds.at(i));
        QCOMPARE(recorded.batches.at(i).state, SendState::Sent);
        QCOMPARE(recorded.batches.at(i).status, u"success"_s);
        QCOMPARE(history.batchContent(recorded.batches.at(i).id), parts.at(i).csv);
    }
    QCOMPARE(history.uploadContent(uploadId), doc->toCsv());
}

QTEST_GUILESS_MAIN(TestSplitSubmit)
#include "tst_splitsubmit.moc"
