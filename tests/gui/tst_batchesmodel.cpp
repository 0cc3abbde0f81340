// The batches and batch-rows models (under QAbstractItemModelTester), their
// live updates in place, CSV export escaping, and the credit cost of watching.

#include "ApiTestSupport.h"

#include "api/BatchWatcher.h"
#include "gui/BatchRowsModel.h"
#include "gui/BatchesModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

Batch makeBatch(int n, const QString &status, int finished = 0, int total = 10)
{
    Batch b;
    b.id = u"batch%1"_s.arg(n, 3, 10, QChar(u'0'));
    b.url = u"https://files.example/in/file%1.csv?sig=x"_s.arg(n);
    b.warehouseId = n % 2 ? u"W1"_s : u"W2"_s;
    b.status = status;
    b.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).addSecs(n * 60);
    b.updatedAt = b.createdAt;
    b.totalCount = total;
    b.finishedCount = finished;
    b.successCount = finished;
    return b;
}

QList<Batch> sampleBatches()
{
    return {makeBatch(1, u"success"_s, 10), makeBatch(2, u"processing"_s, 4),
            makeBatch(3, u"pending"_s),     makeBatch(4, u"error_partial"_s, 10),
            makeBatch(5, u"aborted"_s, 3),  makeBatch(6, u"error_all"_s, 10)};
}

// Submits a CSV to the static warehouse; the sync id or empty.
QString submit(ApiFixture &fixture, const QString &path, const QByteArray &csv)
{
    SubmitRequest request;
    request.url = fixture.serveCsv(path, csv);
    request.warehouseId = warehouseId();
    const SubmitResult result = waitFor<SubmitResult>(fixture.api->submit(request));
    return result.ok() ? result.syncId : QString();
}

} // namespace

class TestBatchesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelIsConsistent();
    void liveUpdateChangesOnlyThatRow();
    void newBatchKeepsSelection();
    void statusFilter_data();
    void statusFilter();
    void fileNameFallsBackToUrl();
    void sortKeepsSelection();
    void spreadsheetSafe_data();
    void spreadsheetSafe();
    void rowsPageByPageErrorsFirst();
    void watchingCostsLessThanOneFullRead();
};

void TestBatchesModel::modelIsConsistent()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(sampleBatches());
    QCOMPARE(model.rowCount(), 6);
    model.setStatusFilter(BatchesModel::StatusFilter::Errors);
    QCOMPARE(model.rowCount(), 2);
    model.setWarehouseFilter(u"W2"_s);
    QCOMPARE(model.rowCount(), 2); // batches 4 and 6
    model.setSearchText(u"file6"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setSearchText({});
    model.setWarehouseFilter({});
    model.setStatusFilter(BatchesModel::StatusFilter::Any);
    model.sort(BatchesModel::Failed, Qt::AscendingOrder);
    model.sort(BatchesModel::File, Qt::DescendingOrder);
    model.upsert({makeBatch(7, u"pending"_s)});
    QCOMPARE(model.rowCount(), 7);
    model.setWarehouseNames({{u"W1"_s, u"Primary"_s}});
    QCOMPARE(model.index(model.rowOf(u"batch001"_s), BatchesModel::Warehouse).data().toString(),
             u"Primary"_s);
}

void TestBatchesModel::liveUpdateChangesOnlyThatRow()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(sampleBatches());
    const int row = model.rowOf(u"batch002"_s);
    QVERIFY(row >= 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // The same batches again: nothing at all.
    model.upsert(sampleBatches());
    QCOMPARE(changed.count(), 0);

    Batch progressed = makeBatch(2, u"processing"_s, 7);
    progressed.updatedAt = progressed.updatedAt.addSecs(5);
    model.upsert({progressed});
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.at(0).at(0).toModelIndex();
    const QModelIndex to = changed.at(0).at(1).toModelIndex();
    QCOMPARE(from.row(), row);
    QCOMPARE(to.row(), row);
    // Progress, succeeded and updated moved; created, warehouse, file, status did not.
    QCOMPARE(from.column(), int(BatchesModel::Progress));
    QCOMPARE(to.column(), int(BatchesModel::Updated));
    QCOMPARE(model.index(row, BatchesModel::Progress).data(BatchesModel::ProgressRole).toInt(), 7);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 0);

    Batch done = progressed;
    done.status = u"success"_s;
    model.upsert({done});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), int(BatchesModel::Status));
    QCOMPARE(model.index(row, BatchesModel::Status).data(BatchesModel::StatusRole).toString(),
             u"success"_s);
    QCOMPARE(reset.count(), 0);
}

void TestBatchesModel::newBatchKeepsSelection()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    model.upsert(sampleBatches());
    selection.select(model.index(model.rowOf(u"batch003"_s), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.upsert({makeBatch(9, u"pending"_s)}); // newest: goes on top
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowOf(u"batch009"_s), 0);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(BatchesModel::SyncIdRole).toString(), u"batch003"_s);
}

void TestBatchesModel::statusFilter_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("ids");
    using F = BatchesModel::StatusFilter;
    QTest::newRow("pending") << int(F::Pending) << QStringList{u"batch003"_s};
    QTest::newRow("processing") << int(F::Processing) << QStringList{u"batch002"_s};
    QTest::newRow("success") << int(F::Success) << QStringList{u"batch001"_s};
    QTest::newRow("any error") << int(F::Errors) << QStringList{u"batch006"_s, u"batch004"_s};
    QTest::newRow("aborted") << int(F::Aborted) << QStringList{u"batch005"_s};
}

void TestBatchesModel::statusFilter()
{
    QFETCH(int, filter);
    QFETCH(QStringList, ids);
    BatchesModel model;
    model.upsert(sampleBatches());
    model.setStatusFilter(BatchesModel::StatusFilter(filter));
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, 0).data(BatchesModel::SyncIdRole).toString();
    QCOMPARE(shown, ids); // newest first
}

void TestBatchesModel::fileNameFallsBackToUrl()
{
    BatchesModel model;
    model.upsert(sampleBatches());
    const int row = model.rowOf(u"batch002"_s);
    QCOMPARE(model.index(row, BatchesModel::File).data().toString(), u"file2.csv"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFileNameProvider(
        [](const QString &id) { return id == u"batch002" ? u"march-stock.csv"_s : QString(); });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(row, BatchesModel::File).data().toString(), u"march-stock.csv"_s);
    QCOMPARE(model.index(model.rowOf(u"batch001"_s), BatchesModel::File).data().toString(),
             u"file1.csv"_s);

    model.setLocalSyncIds({u"batch002"_s});
    QVERIFY(model.index(row, BatchesModel::File).data(BatchesModel::LocalRole).toBool());
    model.setOnlyLocal(true);
    QCOMPARE(model.rowCount(), 1);
}

void TestBatchesModel::sortKeepsSelection()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    model.upsert(sampleBatches());
    selection.select(model.index(model.rowOf(u"batch005"_s), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.sort(BatchesModel::Succeeded, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data(BatchesModel::SyncIdRole).toString(), u"batch003"_s);
    QCOMPARE(selection.selectedRows().first().data(BatchesModel::SyncIdRole).toString(),
             u"batch005"_s);
}

void TestBatchesModel::spreadsheetSafe_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
    QTest::newRow("plus") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("plain") << u"SKU-1"_s << u"SKU-1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
}

void TestBatchesModel::spreadsheetSafe()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(BatchRowsModel::spreadsheetSafe(cell), written);
}

void TestBatchesModel::rowsPageByPageErrorsFirst()
{
    ApiFixture fixture;
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());
    // 25 rows; rows 6 and 19 name SKUs that do not exist.
    QByteArray csv = demoCsv(25);
    QList<QByteArray> lines = csv.split('\n');
    lines[6] = "=SUM(A1),1,replace,formula";
    lines[19] = "NO-SUCH-SKU,2,replace,@at";
    csv = lines.join('\n');
    const QString syncId = submit(fixture, u"/rows.csv"_s, csv);
    QVERIFY(!syncId.isEmpty());
    Batch batch;
    QVERIFY(QTest::qWaitFor(
        [&] {
            batch = waitFor<BatchResult>(fixture.api->batch(syncId)).batch;
            return batch.isFinished();
        },
        20000));
    // The two above, and whatever the demo data refuses among the others.
    const int errors = batch.errorCount;
    QVERIFY(errors >= 2 && errors < 10);

    // Paging, with no view (nor tester) asking for more.
    BatchRowsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPageSize(10);
    model.setApi(fixture.api.get());
    model.setBatch(batch);
    // First page: the failures, then a page of the other rows.
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), errors + 10);
    QList<int> failedRows;
    for (int r = 0; r < errors; ++r) {
        QVERIFY(model.rowAt(r).status.startsWith(u"error"_s));
        failedRows << model.rowAt(r).row;
    }
    QVERIFY(std::is_sorted(failedRows.cbegin(), failedRows.cend()));
    QVERIFY(failedRows.contains(6) && failedRows.contains(19));
    const BatchRow formula = model.rowAt(int(failedRows.indexOf(6)));
    QCOMPARE(formula.sku, u"=SUM(A1)"_s);
    QCOMPARE(formula.status, u"error_not_found"_s);
    QCOMPARE(model.rowAt(errors).status, u"success"_s);
    QVERIFY(model.canFetchMore({}));
    const int resets = int(reset.count());
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), errors + 20);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 25);
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(reset.count(), resets); // pages arrive as inserts

    // The same under the tester, which fetches more on every insert.
    BatchRowsModel checked;
    QAbstractItemModelTester tester(&checked,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.setPageSize(7);
    checked.setApi(fixture.api.get());
    checked.setBatch(batch);
    // As a view would, scrolling down: more each time the last page arrived.
    auto loadAll = [&] {
        return QTest::qWaitFor(
            [&] {
                checked.fetchMore({});
                return checked.isComplete() && !checked.isLoading();
            },
            10000);
    };
    QVERIFY(loadAll());
    QCOMPARE(checked.shownRows(), model.shownRows());
    checked.setFilter(BatchRowsModel::Filter::Errors);
    QVERIFY(loadAll());
    QCOMPARE(checked.rowCount(), errors);
    checked.setSearchText(u"sum"_s);
    QCOMPARE(checked.rowCount(), 1);

    const QByteArray exported = model.toCsv();
    QVERIFY(exported.startsWith("row,sku,quantity,action,reason,location,status,error\n"));
    QVERIFY(exported.contains("\n6,'=SUM(A1),1,"));
    QVERIFY(exported.contains(",'@at,"));
    QVERIFY(!exported.contains(",=SUM"));

    model.setFilter(BatchRowsModel::Filter::Errors);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), errors);
    model.setSearchText(u"no-such"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(BatchRowsModel::Filter::Pending);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
}

// 20 batches running for a real minute, watched at the default intervals,
// against one full read of a 3000-row batch's rows.
void TestBatchesModel::watchingCostsLessThanOneFullRead()
{
    SandboxConfig config = fastConfig();
    config.rowsPerSecond = 1; // every batch moves at every poll: the dearest case
    ApiFixture fixture(config);
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());
    for (int i = 0; i < 20; ++i)
        QVERIFY(!submit(fixture, u"/run%1.csv"_s.arg(i), demoCsv(150)).isEmpty());

    int watchCredits = 0;
    int watchRequests = 0;
    auto count = connect(fixture.client.get(), &GraphqlClient::answered, this,
                         [&](const QString &, const QString &, int complexity) {
                             watchCredits += std::max(0, complexity);
                             ++watchRequests;
                         });
    BatchWatcher watcher;
    int updates = 0;
    connect(&watcher, &BatchWatcher::batchesChanged, this,
            [&](const QList<Batch> &changed) { updates += int(changed.size()); });
    QElapsedTimer clock;
    clock.start();
    watcher.setApi(fixture.api.get());
    QTest::qWait(60000);
    const qint64 watchedMs = clock.elapsed();
    const QList<Batch> watched = watcher.batches();
    watcher.setApi(nullptr);
    disconnect(count);
    QCOMPARE(watched.size(), 20);
    // Still running at the end: the whole minute was the frequent kind of polling.
    QVERIFY(std::all_of(watched.cbegin(), watched.cend(),
                        [](const Batch &b) { return b.isRunning() && b.finishedCount > 30; }));
    QVERIFY(updates > 20 * 10); // the watcher did follow the batches

    const QString big = submit(fixture, u"/big.csv"_s, demoCsv(3000));
    QVERIFY(!big.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(waitFor<BatchResult>(fixture.api->batch(big)).batch.totalCount, 3000,
                              20000);
    int fullCredits = 0;
    connect(fixture.client.get(), &GraphqlClient::answered, this,
            [&](const QString &, const QString &, int complexity) {
                fullCredits += std::max(0, complexity);
            });
    RowsQuery query;
    query.syncId = big;
    query.allPages = true;
    const RowsResult rows = waitFor<RowsResult>(fixture.api->rows(query), 120000);
    QVERIFY2(rows.ok(), qPrintable(rows.error.message));
    QCOMPARE(rows.rows.size(), 3000);

    qInfo("watching 20 running batches for %lld ms: %d credits in %d requests; "
          "one full rows read of a 3000-row batch: %d credits",
          watchedMs, watchCredits, watchRequests, fullCredits);
    QVERIFY(watchCredits > 0);
    QVERIFY2(watchCredits < fullCredits,
             qPrintable(
                 u"watching cost %1 credits, a full read %2"_s.arg(watchCredits).arg(fullCredits)));
}

QTEST_MAIN(TestBatchesModel)
#include "tst_batchesmodel.moc"
