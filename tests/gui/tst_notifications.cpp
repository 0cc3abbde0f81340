// A batch started from this computer announces its end once, with its
// status and counts, and the notification opens its page; its failed rows
// reopen from the bytes kept in history, every column as sent, with the
// service's error beside each. Offscreen, against the in-process sandbox.

#include "SandboxWindowFixture.h"
#include "TestDialogProvider.h"

#include "api/BatchWatcher.h"
#include "csv/CsvWriter.h"
#include "gui/BatchPage.h"
#include "gui/BatchesPage.h"
#include "gui/Connection.h"
#include "gui/DocumentSession.h"
#include "gui/MainWindow.h"
#include "gui/Notifier.h"
#include "gui/SubmitPanel.h"
#include "gui/UploadPage.h"
#include "history/HistoryStore.h"
#include "inventory/InventoryDocument.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

// Records every notification instead of showing it.
class TestNotifier : public Notifier
{
public:
    struct Call
    {
        QString title;
        QString text;
        QString syncId;
    };
    QList<Call> calls;

    void notify(const QString &title, const QString &text, const QString &syncId) override
    {
        calls.append({title, text, syncId});
    }
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void localBatchNotifiesOnce_data();
    void localBatchNotifiesOnce();
    void otherBatchesStayQuiet();
    void minimizedStillNotifies();
    void clickOpensBatch();
    void fixFailedRowsFromHistory();
    void fixFailedRowsWithoutHistory();

private:
    void makeWindow();
    QString submit(const QString &fileName, const QByteArray &csv);
    void record(const QString &syncId, const QString &fileName, const QByteArray &csv);
    Batch waitFinished(const QString &syncId);

    QTemporaryDir m_dir;
    SandboxWindowFixture m_env;
    std::unique_ptr<MainWindow> m_window;
    TestNotifier *m_notifier = nullptr;
};

void TestNotifications::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotifications::init()
{
    SandboxConfig config = fastConfig();
    config.rowsPerSecond = 20;
    config.pendingDelayMs = 300;
    QString problem;
    QVERIFY2(m_env.start(m_dir, config, &problem), qPrintable(problem));
    makeWindow();
}

void TestNotifications::makeWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(std::make_unique<TestDialogProvider>());
    auto notifier = std::make_unique<TestNotifier>();
    m_notifier = notifier.get();
    m_window->setNotifier(std::move(notifier));
    m_window->batchesPage()->watcher()->setIntervals(150, 300);
    m_window->setConnection(m_env.connection.get());
    m_window->setHistory(m_env.history.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNotifications::cleanup()
{
    m_window.reset();
    m_env.reset();
}

QString TestNotifications::submit(const QString &fileName, const QByteArray &csv)
{
    const QString path = u'/' + fileName;
    m_env.files->serve(path, {200, "text/csv", csv});
    SubmitRequest request;
    request.url = m_env.files->url(path);
    request.warehouseId = warehouseId();
    const SubmitResult result = waitFor<SubmitResult>(m_env.connection->api()->submit(request));
    return result.ok() ? result.syncId : QString();
}

// In the history as the Submit step records it.
void TestNotifications::record(const QString &syncId, const QString &fileName,
                               const QByteArray &csv)
{
    UploadRecord upload;
    upload.fileName = fileName;
    upload.rows = int(csv.count('\n')) - 1;
    upload.warehouseId = warehouseId();
    upload.connection = m_env.connection->session()->profileId();
    upload.hostingMethod = u"builtin"_s;
    const qint64 uploadId = m_env.history->addUpload(upload);
    QVERIFY(uploadId > 0);
    const qint64 batchId =
        m_env.history->beginBatch(uploadId, 0, m_env.files->url(u'/' + fileName), csv, 0, upload.rows);
    QVERIFY(batchId > 0);
    QVERIFY(m_env.history->completeBatch(batchId, syncId));
}

Batch TestNotifications::waitFinished(const QString &syncId)
{
    Batch batch;
    const bool finished = QTest::qWaitFor(
        [&] {
            batch = waitFor<BatchResult>(m_env.connection->api()->batch(syncId)).batch;
            return batch.isFinished();
        },
        20000);
    return finished ? batch : Batch();
}

void TestNotifications::localBatchNotifiesOnce_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("abort");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("counts");

    QTest::newRow("success") << demoCsv(6) << false << u"succeeded"_s
                             << u"6 of 6 rows succeeded, 0 failed"_s;
    QByteArray partial = demoCsv(5);
    partial += "NO-SUCH-SKU,3,replace,test\n";
    QTest::newRow("error_partial") << partial << false << u"partly failed"_s
                                   << u"5 of 6 rows succeeded, 1 failed"_s;
    QTest::newRow("aborted") << demoCsv(200) << true << u"aborted"_s << u"of 200 rows"_s;
}

void TestNotifications::localBatchNotifiesOnce()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, abort);
    QFETCH(QString, title);
    QFETCH(QString, counts);

    const QString syncId = submit(u"counts.csv"_s, csv);
    QVERIFY(!syncId.isEmpty());
    // As the Submit step reports a batch it started.
    Q_EMIT m_window->uploadPage()->submitPanel()->batchStarted(syncId, u"counts.csv"_s);
    BatchWatcher *watcher = m_window->batchesPage()->watcher();
    if (abort) {
        QTRY_VERIFY_WITH_TIMEOUT(watcher->batch(syncId).status == u"processing"_s, 10000);
        QVERIFY(m_notifier->calls.isEmpty());
        const BatchResult aborted =
            waitFor<BatchResult>(m_env.connection->api()->abort(syncId, u"Wrong file"_s));
        QVERIFY2(aborted.ok(), qPrintable(aborted.error.message));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_notifier->calls.size(), 1, 20000);
    const TestNotifier::Call call = m_notifier->calls.first();
    QCOMPARE(call.syncId, syncId);
    QVERIFY2(call.title.contains(title), qPrintable(call.title));
    QVERIFY2(call.text.contains(u"counts.csv"_s), qPrintable(call.text));
    QVERIFY2(call.text.contains(counts), qPrintable(call.text));
    const Batch finished = watcher->batch(syncId);
    QVERIFY(finished.isFinished());
    if (abort) {
        QCOMPARE(finished.status, u"aborted"_s);
        QVERIFY(finished.successCount > 0 && finished.successCount < 200);
        QVERIFY2(call.text.contains(u"%1 of 200 rows succeeded"_s.arg(finished.successCount)),
                 qPrintable(call.text));
    }
    // Later polls of the finished batch announce nothing more.
    watcher->refreshNow();
    QTest::qWait(800);
    QCOMPARE(m_notifier->calls.size(), 1);
}

void TestNotifications::otherBatchesStayQuiet()
{
    // Started elsewhere: seen running and finishing, never announced.
    const QString elsewhere = submit(u"elsewhere.csv"_s, demoCsv(6));
    QVERIFY(!elsewhere.isEmpty());
    BatchWatcher *watcher = m_window->batchesPage()->watcher();
    QTRY_VERIFY_WITH_TIMEOUT(watcher->contains(elsewhere), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->batch(elsewhere).isFinished(), 20000);

    // From this computer, but finished before this run saw it.
    const QByteArray csv = demoCsv(4);
    const QString before = submit(u"before.csv"_s, csv);
    QVERIFY(!before.isEmpty());
    QVERIFY(waitFinished(before).isFinished());
    record(before, u"before.csv"_s, csv);
    makeWindow(); // the app starts again with that history
    watcher = m_window->batchesPage()->watcher();
    QTRY_VERIFY_WITH_TIMEOUT(watcher->contains(before), 10000);
    QVERIFY(watcher->batch(before).isFinished());
    watcher->refreshNow();
    QTest::qWait(800);
    QVERIFY(m_notifier->calls.isEmpty());
}

// A minimized window stops polling, but not before the batch it started has
// finished and been announced.
void TestNotifications::minimizedStillNotifies()
{
    BatchWatcher *watcher = m_window->batchesPage()->watcher();
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    QVERIFY(watcher->isPaused()); // nothing of ours runs

    m_window->showNormal();
    QTRY_VERIFY(!watcher->isPaused());
    const QString syncId = submit(u"away.csv"_s, demoCsv(20));
    QVERIFY(!syncId.isEmpty());
    Q_EMIT m_window->uploadPage()->submitPanel()->batchStarted(syncId, u"away.csv"_s);
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    QVERIFY(!watcher->isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(m_notifier->calls.size(), 1, 20000);
    QCOMPARE(m_notifier->calls.first().syncId, syncId);
    QVERIFY(watcher->isPaused());
}

void TestNotifications::clickOpensBatch()
{
    const QString syncId = submit(u"click.csv"_s, demoCsv(3));
    QVERIFY(!syncId.isEmpty());
    Q_EMIT m_window->uploadPage()->submitPanel()->batchStarted(syncId, u"click.csv"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_notifier->calls.size(), 1, 20000);
    QCOMPARE(m_window->findChild<QStackedWidget *>(u"pageStack"_s)->currentWidget(),
             m_window->uploadPage());

    Q_EMIT m_notifier->activated(m_notifier->calls.first().syncId);
    QCOMPARE(m_window->findChild<QStackedWidget *>(u"pageStack"_s)->currentWidget(),
             m_window->batchesPage());
    BatchPage *page = m_window->batchesPage()->batchPage();
    QCOMPARE(m_window->batchesPage()->findChild<QStackedWidget *>(u"stack"_s)->currentWidget(),
             page);
    QCOMPARE(page->batch().id, syncId);
}

void TestNotifications::fixFailedRowsFromHistory()
{
    // A location column, a note the service does not read, a quoted reason
    // with a comma; rows 2 and 4 name SKUs the warehouse does not have.
    const QStringList good = QString::fromUtf8(demoCsv(3)).split(u'\n', Qt::SkipEmptyParts);
    const QList<QByteArray> rows{
        good.at(1).section(u',', 0, 0).toUtf8() + ",11,replace,count,A-01,first",
        "GHOST-1,12,replace,\"recount, shelf B\",B-07,second",
        good.at(2).section(u',', 0, 0).toUtf8() + ",13,replace,count,A-02,third",
        "GHOST-2,14,replace,count,C-09,fourth",
        good.at(3).section(u',', 0, 0).toUtf8() + ",15,replace,count,A-03,fifth",
    };
    QByteArray csv = "sku,quantity,action,reason,location,note\n";
    for (const QByteArray &row : rows)
        csv += row + '\n';
    const QString syncId = submit(u"march.csv"_s, csv);
    QVERIFY(!syncId.isEmpty());
    record(syncId, u"march.csv"_s, csv);
    const Batch batch = waitFinished(syncId);
    QCOMPARE(batch.status, u"error_partial"_s);

    // The failed rows as the service numbers them.
    RowsQuery query;
    query.syncId = syncId;
    query.status = u"error"_s;
    query.allPages = true;
    const RowsResult failed = waitFor<RowsResult>(m_env.connection->api()->rows(query));
    QVERIFY2(failed.ok(), qPrintable(failed.error.message));
    QCOMPARE(failed.rows.size(), 2);

    m_window->openFailedRows(batch, failed.rows);
    UploadPage *page = m_window->uploadPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), UploadPage::State::Loaded, 10000);
    const InventoryDocument &doc = page->session()->document();
    QCOMPARE(UploadPage::displayName(page->session()->filePath()), u"failed rows of march.csv"_s);
    QCOMPARE(doc.columnCount(), 7);
    QCOMPARE(doc.columnName(4), u"location"_s);
    QCOMPARE(doc.columnName(5), u"note"_s);
    QCOMPARE(doc.columnName(6), u"service_error"_s);
    QCOMPARE(doc.rowCount(), 2);
    const CsvWriter writer;
    for (int r = 0; r < 2; ++r) {
        QList<QByteArray> fields = doc.rowFields(r);
        QCOMPARE(fields.size(), 7);
        const QByteArray error = fields.takeLast();
        QVERIFY(!error.isEmpty());
        QCOMPARE(QString::fromUtf8(error), failed.rows.at(r).error);
        // Every field as sent: written back, the very line of the file.
        QByteArray line;
        writer.appendRecord(line, fields);
        QCOMPARE(line, rows.at(r == 0 ? 1 : 3) + '\n');
    }
    QCOMPARE(doc.rowFields(0).at(3), QByteArray("recount, shelf B"));
    QCOMPARE(doc.rowFields(1).at(5), QByteArray("fourth"));
    // Nothing to say about rows that were all found.
    const auto *bar = m_window->findChild<QWidget *>(u"messageBar"_s);
    const QString note = m_window->findChild<QLabel *>(u"messageBarLabel"_s)->text();
    QVERIFY2(bar->isHidden() || !note.contains(u"history"_s), qPrintable(note));
}

void TestNotifications::fixFailedRowsWithoutHistory()
{
    // A batch started elsewhere: rebuilt from what the service reports.
    QByteArray csv = "sku,quantity,action,reason,location\n";
    csv += "GHOST-3,21,replace,count,D-04\n";
    const QString syncId = submit(u"elsewhere.csv"_s, csv);
    QVERIFY(!syncId.isEmpty());
    const Batch batch = waitFinished(syncId);
    QCOMPARE(batch.status, u"error_all"_s);
    RowsQuery query;
    query.syncId = syncId;
    query.allPages = true;
    const RowsResult failed = waitFor<RowsResult>(m_env.connection->api()->rows(query));
    QVERIFY2(failed.ok(), qPrintable(failed.error.message));
    QCOMPARE(failed.rows.size(), 1);

    m_window->openFailedRows(batch, failed.rows);
    QVERIFY(m_window->findChild<QWidget *>(u"messageBar"_s)->isVisible());
    const QString note = m_window->findChild<QLabel *>(u"messageBarLabel"_s)->text();
    QVERIFY2(note.contains(u"not in this computer's history"_s), qPrintable(note));
    UploadPage *page = m_window->uploadPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), UploadPage::State::Loaded, 10000);
    const InventoryDocument &doc = page->session()->document();
    QCOMPARE(doc.rowCount(), 1);
    QCOMPARE(doc.columnName(doc.columnCount() - 1), u"service_error"_s);
    QCOMPARE(doc.rowFields(0).first(), QByteArray("GHOST-3"));
    QCOMPARE(QString::fromUtf8(doc.rowFields(0).last()), failed.rows.first().error);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
