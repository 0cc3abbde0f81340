// The Batches and Batch pages driven offscreen against the in-process
// sandbox: watch a batch finish, open its rows, filter, export, hand the
// failed rows on, abort another batch midway, and abort one that finished.

#include "ApiTestSupport.h"
#include "TestDialogProvider.h"

#include "api/BatchWatcher.h"
#include "gui/AbortDialog.h"
#include "gui/BatchPage.h"
#include "gui/BatchRowsModel.h"
#include "gui/BatchesModel.h"
#include "gui/BatchesPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// The demo static warehouse's own SKUs, each once.
QStringList demoSkus()
{
    const SandboxState state = DemoData::create();
    QStringList skus;
    for (const SandboxProduct &product : state.products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0 && !skus.contains(product.sku))
            skus.append(product.sku);
    }
    return skus;
}

// `rows` rows over the SKUs from `firstSku` on, quantities from `firstQuantity`.
QByteArray csvOf(const QStringList &skus, int firstSku, int rows, int firstQuantity)
{
    QByteArray csv = "sku,quantity,action,reason\n";
    for (int i = 0; i < rows; ++i)
        csv += skus.at(firstSku + i).toUtf8() + ',' + QByteArray::number(firstQuantity + i) +
               ",replace,count\n";
    return csv;
}

// INVSYNC_SCREENSHOTS=<dir>: saves what the pages look like, to check by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INVSYNC_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

qint64 onHand(ApiFixture &fixture, const QString &sku)
{
    const SandboxProduct *product = fixture.state().product(DemoData::StaticWarehouseId, 0, sku);
    return product ? product->onHand : -1;
}

} // namespace

class TestBatchesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void watchOpenExportAbort();
    void abortFinishedMeanwhile();
    void rowsFollowRunningBatch();
    void pauseStopsPolling();

private:
    QString submit(const QString &path, const QByteArray &csv);

    std::unique_ptr<ApiFixture> m_fixture;
    std::unique_ptr<TestDialogProvider> m_dialogs;
    std::unique_ptr<BatchesPage> m_page;
};

void TestBatchesPage::init()
{
    SandboxConfig config = fastConfig();
    config.rowsPerSecond = 10;
    config.pendingDelayMs = 800;
    m_fixture = std::make_unique<ApiFixture>(config);
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
    m_dialogs = std::make_unique<TestDialogProvider>();
    m_page = std::make_unique<BatchesPage>();
    m_page->setDialogProvider(m_dialogs.get());
    m_page->watcher()->setIntervals(300, 3000);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBatchesPage::cleanup()
{
    m_page.reset();
    m_dialogs.reset();
    m_fixture.reset();
}

QString TestBatchesPage::submit(const QString &path, const QByteArray &csv)
{
    SubmitRequest request;
    request.url = m_fixture->serveCsv(path, csv);
    request.warehouseId = warehouseId();
    const SubmitResult result = waitFor<SubmitResult>(m_fixture->api->submit(request));
    return result.ok() ? result.syncId : QString();
}

void TestBatchesPage::watchOpenExportAbort()
{
    const QStringList skus = demoSkus();
    QVERIFY(skus.size() >= 180);
    // A: 30 rows (3 s) with a formula-like SKU the service will not find.
    QByteArray small = csvOf(skus, 150, 30, 40);
    small.replace(QByteArray(skus.at(153).toUtf8() + ",43,replace,count"),
                  QByteArray("=SUM(A1),43,replace,@ops"));
    const QString a = submit(u"/march-small.csv"_s, small);
    // B: 120 rows (12 s), to abort midway; its quantities are easy to spot.
    const QString b = submit(u"/wrong-file.csv"_s, csvOf(skus, 0, 120, 5000));
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    BatchesModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setLocalSyncIds({a, b});
    m_page->setApi(m_fixture->api.get());
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_VERIFY(model->index(model->rowOf(a), BatchesModel::Warehouse).data().toString() ==
                u"Primary (static slotting)"_s);
    QCOMPARE(model->index(model->rowOf(a), BatchesModel::File).data().toString(),
             u"march-small.csv"_s);
    QVERIFY(model->index(model->rowOf(a), 0).data(BatchesModel::LocalRole).toBool());

    // A's badge and progress move in place until it finishes.
    QStringList statuses;
    QList<int> progress;
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    connect(
        model, &QAbstractItemModel::dataChanged, this,
        [&](const QModelIndex &from, const QModelIndex &to) {
            for (int r = from.row(); r <= to.row(); ++r) {
                if (model->index(r, 0).data(BatchesModel::SyncIdRole).toString() != a)
                    continue;
                const QString s =
                    model->index(r, BatchesModel::Status).data(BatchesModel::StatusRole).toString();
                if (statuses.isEmpty() || statuses.last() != s)
                    statuses << s;
                progress << model->index(r, 0).data(BatchesModel::ProgressRole).toInt();
            }
        });
    QTRY_VERIFY_WITH_TIMEOUT(
        model->index(model->rowOf(a), 0).data(BatchesModel::StatusRole).toString() ==
            u"error_partial"_s,
        20000);
    QCOMPARE(reset.count(), 0);
    QVERIFY2(statuses.contains(u"processing"_s), qPrintable(statuses.join(u',')));
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](int p) { return p > 0 && p < 30; }));
    QCOMPARE(model->index(model->rowOf(a), BatchesModel::Progress).data().toString(),
             u"30 of 30"_s);
    QCOMPARE(model->index(model->rowOf(a), BatchesModel::Failed).data().toString(), u"1"_s);
    auto *updated = child<QLabel>(m_page.get(), u"updatedLabel"_s);
    QVERIFY(updated->text().startsWith(u"Updated"_s));

    screenshot(m_page.get(), u"batches-page"_s);

    // Open A with Enter.
    auto *table = child<QTableView>(m_page.get(), u"batchesTable"_s);
    table->setFocus();
    table->setCurrentIndex(model->index(model->rowOf(a), 0));
    auto *abortButton =
        child<QPushButton>(m_page->findChild<QWidget *>(u"listPage"_s), u"abortButton"_s);
    QVERIFY(!abortButton->isEnabled()); // A finished
    QSignalSpy opened(m_page.get(), &BatchesPage::batchOpened);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    BatchPage *batchPage = m_page->batchPage();
    QCOMPARE(child<QStackedWidget>(m_page.get(), u"stack"_s)->currentWidget(), batchPage);
    QCOMPARE(child<QLabel>(batchPage, u"titleLabel"_s)->text(), u"march-small.csv"_s);
    QVERIFY(child<QLabel>(batchPage, u"countsValue"_s)->text().contains(u"29 succeeded"_s));
    QVERIFY(!child<QPushButton>(batchPage, u"abortButton"_s)->isEnabled());

    // Its rows, failures first.
    BatchRowsModel *rows = batchPage->rowsModel();
    QAbstractItemModelTester rowsTester(rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(rows->rowCount(), 30);
    QCOMPARE(rows->rowAt(0).sku, u"=SUM(A1)"_s);
    QCOMPARE(rows->rowAt(0).status, u"error_not_found"_s);

    screenshot(m_page.get(), u"batch-page"_s);

    // Only the errors, then export them.
    child<QComboBox>(batchPage, u"statusFilterCombo"_s)->setCurrentIndex(1);
    QTRY_COMPARE(rows->rowCount(), 1);
    QTRY_VERIFY(!rows->isLoading());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"errors.csv"_s);
    m_dialogs->saveFileNames << path;
    QTest::mouseClick(child<QPushButton>(batchPage, u"exportButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("row,sku,quantity,action,reason,location,status,error"));
    QVERIFY2(lines.at(1).startsWith("4,'=SUM(A1),43,"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",'@ops,"));
    QVERIFY(lines.at(1).contains(",error_not_found,"));
    QCOMPARE(lines.size(), 3); // header, one row, the final line end
    QVERIFY(m_dialogs->suggestedSaveNames.last().endsWith(u"march-small-rows.csv"_s));

    // Failed rows handed on for fixing.
    QSignalSpy fix(m_page.get(), &BatchesPage::fixFailedRows);
    QTest::mouseClick(child<QPushButton>(batchPage, u"fixButton"_s), Qt::LeftButton);
    QTRY_COMPARE(fix.count(), 1);
    const auto failed = fix.at(0).at(1).value<QList<BatchRow>>();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().sku, u"=SUM(A1)"_s);
    QCOMPARE(failed.first().quantity, 43);
    QCOMPARE(failed.first().reason, u"@ops"_s);
    QVERIFY(!failed.first().error.isEmpty());

    // Back to the list; abort B midway from the toolbar.
    QTest::mouseClick(child<QPushButton>(batchPage, u"backButton"_s), Qt::LeftButton);
    QVERIFY(model->index(model->rowOf(b), 0).data(BatchesModel::StatusRole).toString() ==
            u"processing"_s);
    table->setCurrentIndex(model->index(model->rowOf(b), 0));
    table->selectRow(model->rowOf(b));
    QVERIFY(abortButton->isEnabled());
    QTest::mouseClick(abortButton, Qt::LeftButton);
    AbortDialog *dialog = m_page->abortDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, u"appliedLabel"_s)->text().contains(u"will stay applied"_s));
    QVERIFY(!dialog->abortButton()->isEnabled()); // a reason first
    screenshot(dialog, u"abort-dialog"_s);
    auto *reasons = child<QComboBox>(dialog, u"reasonCombo"_s);
    QCOMPARE(reasons->count(), 3);
    reasons->setCurrentIndex(0);
    QCOMPARE(dialog->reason(), u"Wrong file"_s);
    QVERIFY(dialog->abortButton()->isEnabled());
    QTest::mouseClick(dialog->abortButton(), Qt::LeftButton);
    QTRY_COMPARE(model->index(model->rowOf(b), 0).data(BatchesModel::StatusRole).toString(),
                 u"aborted"_s);
    QVERIFY(!abortButton->isEnabled());
    QVERIFY(m_dialogs->warningsShown.isEmpty());

    // What was applied stays applied; the rest never arrived.
    const SandboxBatch *aborted = nullptr;
    for (const SandboxBatch &sb : m_fixture->state().batches) {
        if (sb.url.endsWith(u"/wrong-file.csv"_s))
            aborted = &sb;
    }
    QVERIFY(aborted);
    QCOMPARE(aborted->status, u"aborted"_s);
    const int applied = aborted->successCount;
    QVERIFY2(applied > 0 && aborted->finishedCount < 120,
             qPrintable(QString::number(aborted->finishedCount)));
    SandboxState fresh = DemoData::create();
    for (int i = 0; i < 120; ++i) {
        const QString sku = skus.at(i);
        const qint64 now = onHand(*m_fixture, sku);
        if (aborted->rows.at(i).status == u"success") {
            QVERIFY(i < aborted->finishedCount);
            QCOMPARE(now, qint64(5000 + i));
        } else {
            QCOMPARE(now, fresh.product(DemoData::StaticWarehouseId, 0, sku)->onHand);
        }
    }
    const Batch shown = model->batch(b);
    QCOMPARE(shown.successCount, applied);
}

void TestBatchesPage::abortFinishedMeanwhile()
{
    // Seen pending (the sandbox holds new batches for 800 ms), then the
    // watcher is paused while it finishes.
    m_page->setApi(m_fixture->api.get());
    QTRY_VERIFY(m_page->watcher()->isLoaded());
    const QString c = submit(u"/tiny.csv"_s, demoCsv(2));
    QVERIFY(!c.isEmpty());
    m_page->refresh();
    BatchesModel *model = m_page->model();
    QTRY_VERIFY(model->rowOf(c) >= 0);
    QCOMPARE(model->batch(c).status, u"pending"_s);
    m_page->pause();
    QVERIFY(QTest::qWaitFor(
        [&] { return waitFor<BatchResult>(m_fixture->api->batch(c)).batch.isFinished(); }, 10000));
    QCOMPARE(model->batch(c).status, u"pending"_s); // paused: not polled

    m_page->requestAbort(c);
    AbortDialog *dialog = m_page->abortDialog();
    QVERIFY(dialog);
    dialog->setReason(u"Typed my own reason"_s);
    QCOMPARE(dialog->reason(), u"Typed my own reason"_s);
    QTest::mouseClick(dialog->abortButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialogs->warningsShown.size(), 1);
    QVERIFY2(m_dialogs->warningsShown.first().contains(u"already finished (success)"_s),
             qPrintable(m_dialogs->warningsShown.first()));
    QTRY_COMPARE(model->batch(c).status, u"success"_s);
}

void TestBatchesPage::rowsFollowRunningBatch()
{
    const QString e = submit(u"/running.csv"_s, demoCsv(50));
    QVERIFY(!e.isEmpty());
    m_page->setApi(m_fixture->api.get());
    BatchesModel *model = m_page->model();
    QTRY_VERIFY(model->rowOf(e) >= 0 && model->batch(e).status == u"processing"_s);
    QVERIFY(m_page->openBatch(e));
    BatchRowsModel *rows = m_page->batchPage()->rowsModel();
    QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(rows->rowCount(), 50);
    const auto pendingRows = [rows] {
        int n = 0;
        for (const BatchRow &r : rows->shownRows())
            n += r.status == u"pending" || r.status == u"processing";
        return n;
    };
    QVERIFY(pendingRows() > 0);
    QSignalSpy reset(rows, &QAbstractItemModel::modelReset);
    QSignalSpy changed(rows, &QAbstractItemModel::dataChanged);
    // The rows move on in place as the batch is polled, until none is pending.
    QTRY_VERIFY_WITH_TIMEOUT(model->batch(e).isFinished(), 15000);
    QTRY_COMPARE(pendingRows(), 0);
    QVERIFY(changed.count() > 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(child<QLabel>(m_page->batchPage(), u"countsValue"_s)
                ->text()
                .contains(u"0 not processed yet"_s));
}

void TestBatchesPage::pauseStopsPolling()
{
    int requests = 0;
    connect(m_fixture->client.get(), &GraphqlClient::answered, this,
            [&](const QString &operation, const QString &, int) {
                if (operation == u"Batches" || operation == u"Batch")
                    ++requests;
            });
    const QString d = submit(u"/d.csv"_s, demoCsv(100));
    QVERIFY(!d.isEmpty());
    m_page->setApi(m_fixture->api.get());
    QTRY_VERIFY(requests >= 3); // frequent while D runs
    m_page->pause();
    QTest::qWait(500); // a request under way may still answer
    const int paused = requests;
    QTest::qWait(1500);
    QCOMPARE(requests, paused);
    QVERIFY(child<QLabel>(m_page.get(), u"updatedLabel"_s)->text().contains(u"paused"_s));
    m_page->resume();
    QTRY_VERIFY(requests > paused);
    // F5 refreshes at once.
    m_page->watcher()->setIntervals(60000, 60000);
    QTest::qWait(500);
    const int before = requests;
    QTest::keyClick(child<QTableView>(m_page.get(), u"batchesTable"_s), Qt::Key_F5);
    QTRY_VERIFY(requests > before);
}

QTEST_MAIN(TestBatchesPage)
#include "tst_batchespage.moc"
