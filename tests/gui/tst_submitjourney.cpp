// Steps 2 "Check" and 4 "Submit" as a user meets them, offscreen against the
// in-process sandbox: open a sample, check it against a warehouse, see the
// sku_not_found and large_change cells and the two stock columns, leave the
// row with an error out, submit through the built-in host, and find the
// batch in the history and on the Batches page, marked as from this computer.

#include "SandboxTestSupport.h"
#include "TestDialogProvider.h"
#include "S3rverProcess.h"

#include "api/AuthSession.h"
#include "api/ShipHeroApi.h"
#include "gui/BatchesModel.h"
#include "gui/BatchesPage.h"
#include "gui/Connection.h"
#include "gui/DocumentSession.h"
#include "gui/HostingService.h"
#include "gui/MainWindow.h"
#include "gui/PreviewModel.h"
#include "gui/ReachPanel.h"
#include "gui/SubmitPanel.h"
#include "gui/UploadPage.h"
#include "history/HistoryStore.h"
#include "hosting/FileHost.h"
#include "inventory/InventoryDocument.h"
#include "settings/MemorySecretStore.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

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

// INVSYNC_SCREENSHOTS=<dir>: saves what the window looks like, to check by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INVSYNC_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

int rowOf(const InventoryDocument &doc, const QString &sku)
{
    const int column = doc.columnOf(ColumnRole::Sku);
    for (int row = 0; row < doc.rowCount(); ++row) {
        if (doc.cell(row, column) == sku)
            return row;
    }
    return -1;
}

bool hasIssue(const QList<Issue> &issues, IssueCode code)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [code](const Issue &issue) { return issue.code == code; });
}

} // namespace

class TestSubmitJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkLeaveOutAndSubmit();
    void submitBlockedWhileErrors();
    void reconcileAtStart();
    void warehouseChoiceIsRemembered();
    void splitUploadIsOneUpload_data();
    void splitUploadIsOneUpload();

private:
    void openSample();
    void chooseStaticWarehouse();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;
    TestDialogProvider *m_dialogs = nullptr;
    UploadPage *m_page = nullptr;
    SubmitPanel *m_panel = nullptr;
};

void TestSubmitJourney::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestSubmitJourney::init()
{
    static int run = 0;
    ++run;
    Settings::createInstance(m_dir.filePath(u"settings-%1.ini"_s.arg(run)));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"connections-%1.ini"_s.arg(run)),
                                             QSettings::IniFormat);
    m_server = std::make_unique<SandboxServer>(fastConfig());
    m_server->service().setState(DemoData::create());
    QVERIFY(m_server->listen() != 0);
    // The warehouse as the test wants it: one SKU of the sample is not
    // there, another has far more on hand than the file says.
    SandboxState &state = m_server->service().state();
    state.products.removeIf([](const SandboxProduct &product) {
        return product.warehouseLegacyId == DemoData::StaticWarehouseId &&
               product.sku == u"PIN-ENAMEL"_s;
    });
    SandboxProduct *tshirt = state.product(DemoData::StaticWarehouseId, 0, u"TSHIRT-BLK-S"_s);
    QVERIFY(tshirt);
    tshirt->onHand = 200;

    m_connection =
        std::make_unique<Connection>(m_settings.get(), new MemorySecretStore, m_server->baseUrl());
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(u"history-%1.sqlite"_s.arg(run))).ok);

    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->setConnection(m_connection.get());
    m_window->setHistory(m_history.get());
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->uploadPage();
    m_panel = child<SubmitPanel>(m_window.get(), u"submitPanel"_s);
    QVERIFY(m_panel);

    bool done = false;
    bool ok = false;
    AuthReply *reply = m_connection->signIn(DemoData::username(), DemoData::password());
    connect(reply, &AuthReply::finished, this, [&](const AuthResult &result) {
        ok = result.ok();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(ok);
    QTRY_VERIFY(m_connection->isSignedIn());
}

void TestSubmitJourney::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_history.reset();
    m_settings.reset();
    m_server.reset();
}

void TestSubmitJourney::openSample()
{
    auto *samples = child<QListWidget>(m_window.get(), u"samplesList"_s);
    QVERIFY(samples && samples->count() >= 2);
    QListWidgetItem *clean = samples->item(1); // "Clean inventory (20 rows)"
    QTest::mouseClick(samples->viewport(), Qt::LeftButton, {},
                      samples->visualItemRect(clean).center());
    QTRY_COMPARE(m_page->state(), UploadPage::State::Loaded);
    QVERIFY(m_page->session());
    QCOMPARE(m_page->session()->document().rowCount(), 20);
}

void TestSubmitJourney::chooseStaticWarehouse()
{
    auto *combo = child<QComboBox>(m_panel, u"warehouseCombo"_s);
    QTRY_COMPARE(combo->count(), 2);
    // Names, not ids, with the slotting of each.
    QVERIFY2(combo->itemText(0).contains(u"Primary"_s), qPrintable(combo->itemText(0)));
    QVERIFY(combo->itemText(0).contains(u"static slotting"_s));
    QVERIFY(combo->itemText(1).contains(u"dynamic slotting"_s));
    combo->setCurrentIndex(1);
    // The sample has locations: fine for a dynamic-slotting warehouse...
    QVERIFY(child<QLabel>(m_panel, u"locationNotice"_s)->isHidden());
    combo->setCurrentIndex(0);
    // ...pointed out for a static-slotting one.
    auto *notice = child<QLabel>(m_panel, u"locationNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"static slotting"_s), qPrintable(notice->text()));
    // The demo account is a 3PL: the customer account field is offered.
    QVERIFY(child<QWidget>(m_panel, u"customerEdit"_s)->isVisible());
}

void TestSubmitJourney::checkLeaveOutAndSubmit()
{
    openSample();
    chooseStaticWarehouse();
    InventoryDocument &doc = m_page->session()->document();
    QCOMPARE(doc.errorCount(), 0);

    // Check against the warehouse.
    auto *check = child<QPushButton>(m_panel, u"checkButton"_s);
    QTRY_VERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(doc.hasStockLevels(), 15000);
    QTRY_VERIFY(!m_panel->isChecking());

    // Two new columns: on hand and the change.
    PreviewModel *model = m_page->previewModel();
    QCOMPARE(model->columnCount(), doc.columnCount() + 2);
    QCOMPARE(model->headerData(model->onHandColumn(), Qt::Horizontal).toString(), u"On hand"_s);
    QCOMPARE(model->headerData(model->changeColumn(), Qt::Horizontal).toString(), u"Change"_s);
    const int tshirt = rowOf(doc, u"TSHIRT-BLK-S"_s);
    QVERIFY(tshirt >= 0);
    QCOMPARE(model->index(tshirt, model->onHandColumn()).data().toString(), u"200"_s);
    QCOMPARE(model->index(tshirt, model->changeColumn()).data().toString(),
             QString(QChar(0x2212)) + u"158"_s);

    // sku_not_found at the SKU cell (an error), large_change on the row (a warning).
    const int pin = rowOf(doc, u"PIN-ENAMEL"_s);
    QVERIFY(pin >= 0);
    const int skuColumn = doc.columnOf(ColumnRole::Sku);
    QVERIFY(hasIssue(doc.cellIssues(pin, skuColumn), IssueCode::SkuNotFound));
    QCOMPARE(doc.cellSeverity(pin, skuColumn), Severity::Error);
    QVERIFY(!model->index(pin, skuColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(pin, model->onHandColumn()).data().toString().isEmpty());
    QVERIFY(hasIssue(doc.rowIssues(tshirt), IssueCode::LargeChange));
    int largeChangeCells = 0;
    for (int c = 0; c < doc.columnCount(); ++c) {
        if (hasIssue(doc.cellIssues(tshirt, c), IssueCode::LargeChange)) {
            ++largeChangeCells;
            QCOMPARE(doc.cellSeverity(tshirt, c), Severity::Warning);
            QVERIFY(model->index(tshirt, c).data(Qt::ToolTipRole).toString().contains(u"200"_s));
        }
    }
    QVERIFY(largeChangeCells > 0);
    QCOMPARE(doc.errorCount(), 1);
    auto *summary = child<QLabel>(m_panel, u"checkSummaryLabel"_s);
    const StockSummary totals = doc.stockSummary();
    QVERIFY(totals.unitsDown >= 158);
    QVERIFY2(summary->text().contains(QLocale().toString(totals.unitsUp)) &&
                 summary->text().contains(QLocale().toString(totals.unitsDown)),
             qPrintable(summary->text()));
    screenshot(m_window.get(), u"submit-checked"_s);

    // Blocked while the error remains; leaving the row out unblocks it.
    auto *submit = child<QPushButton>(m_panel, u"submitButton"_s);
    auto *skip = child<QCheckBox>(m_panel, u"skipErrorsCheck"_s);
    QVERIFY(!submit->isEnabled());
    QVERIFY(skip->isVisible());
    QVERIFY2(skip->text().contains(u"1 row"_s), qPrintable(skip->text()));
    skip->click();
    QVERIFY(submit->isEnabled());

    // The confirmation names the warehouse, the rows, the change and the host.
    m_dialogs->answers << QMessageBox::Yes;
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    const QString question = m_dialogs->questionsAsked.first();
    // (Plural forms come from the translations; "row" matches either.)
    QVERIFY2(question.contains(u"Send 19 row"_s) && question.contains(u"Primary"_s) &&
                 question.contains(u"1 row"_s) && question.contains(u"left out"_s) &&
                 question.contains(u"Total change"_s) && question.contains(u"this computer"_s),
             qPrintable(question));

    auto *status = child<QLabel>(m_panel, u"submitStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isSubmitting(), 20000);
    QVERIFY2(status->text().startsWith(u"Started batch"_s), qPrintable(status->text()));
    // Sent: a second click would send the same rows again.
    QVERIFY(!submit->isEnabled());
    QVERIFY(m_panel->hasSubmitted());
    screenshot(m_window.get(), u"submit-started"_s);

    // The history has the upload, its batch with its sync id, and the bytes
    // sent: without the row left out.
    const QList<UploadRecord> uploads = m_history->uploads();
    QCOMPARE(uploads.size(), 1);
    const UploadRecord &upload = uploads.first();
    QCOMPARE(upload.rows, 19);
    QCOMPARE(upload.fileName, u"inventory-clean.csv"_s);
    QCOMPARE(upload.hostingMethod, u"builtin"_s);
    QCOMPARE(upload.batches.size(), 1);
    const BatchRecord &record = upload.batches.first();
    QCOMPARE(record.state, SendState::Sent);
    QVERIFY(!record.syncId.isEmpty());
    QVERIFY(status->text().contains(record.syncId));
    QVERIFY(!record.status.isEmpty()); // the first status was recorded
    const QByteArray sent = m_history->batchContent(record.id);
    QVERIFY(!sent.contains("PIN-ENAMEL"));
    QVERIFY(sent.contains("TSHIRT-BLK-S,42"));
    // ShipHero got that URL, and it is the built-in host's.
    const SandboxState &state = m_server->service().state();
    QCOMPARE(state.batches.size(), 1);
    QCOMPARE(state.batches.first().url, record.url);
    QVERIFY(record.url.contains(u"/inventory-clean.csv"_s));

    // The Batches page marks it as started from this computer and names its file.
    BatchesModel *batches = m_window->batchesPage()->model();
    child<QToolButton>(m_window.get(), u"navBatchesButton"_s)->click();
    QModelIndex found;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (int r = 0; r < batches->rowCount(); ++r) {
                                     const QModelIndex index = batches->index(r, 0);
                                     if (index.data(BatchesModel::SyncIdRole).toString() ==
                                         record.syncId)
                                         found = index;
                                 }
                                 return found.isValid();
                             }()),
                             15000);
    QVERIFY(found.data(BatchesModel::LocalRole).toBool());
    QCOMPARE(batches->index(found.row(), BatchesModel::File).data().toString(),
             u"inventory-clean.csv"_s);
    screenshot(m_window.get(), u"submit-batches"_s);
}

void TestSubmitJourney::submitBlockedWhileErrors()
{
    openSample();
    chooseStaticWarehouse();
    auto *submit = child<QPushButton>(m_panel, u"submitButton"_s);
    // Unchecked and clean: it may be sent; the confirmation says it was not checked.
    QTRY_VERIFY(submit->isEnabled());
    m_dialogs->answers << QMessageBox::Cancel;
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    QVERIFY(m_dialogs->questionsAsked.first().contains(u"not checked"_s));
    QTest::qWait(200);
    QVERIFY(!m_panel->isSubmitting());
    QCOMPARE(m_server->service().state().batches.size(), 0);
    QVERIFY(m_history->uploads().isEmpty());

    // An error typed into the file blocks the button.
    DocumentSession *session = m_page->session();
    const int quantity = session->document().columnOf(ColumnRole::Quantity);
    QVERIFY(m_page->previewModel()->setData(m_page->previewModel()->index(0, quantity), u"abc"_s));
    QCOMPARE(session->document().errorCount(), 1);
    QVERIFY(!submit->isEnabled());
    session->undoStack()->undo();
    QVERIFY(submit->isEnabled());
    session->undoStack()->setClean();
}

// A batch whose answer was lost (the app stopped between sending and
// recording): the next start finds it, records its sync id, and the Batches
// page marks it as from this computer.
void TestSubmitJourney::reconcileAtStart()
{
    FileHost host;
    QVERIFY(host.listen() != 0);
    const QByteArray csv = "sku,quantity,action,reason\nCAP-NAVY,7,replace,count\n";
    const QString url = host.publish(csv, u"lost.csv"_s).url.toString();

    UploadRecord upload;
    upload.fileName = u"lost.csv"_s;
    upload.rows = 1;
    upload.warehouseId = warehouseId();
    upload.connection = m_connection->session()->profileId();
    upload.hostingMethod = u"builtin"_s;
    const qint64 uploadId = m_history->addUpload(upload);
    QVERIFY(uploadId > 0);
    const qint64 record = m_history->beginBatch(uploadId, 0, url, csv, 0, 1);
    QVERIFY(record > 0);
    SubmitRequest request;
    request.url = url;
    request.warehouseId = warehouseId();
    QString syncId;
    SubmitReply *reply = m_connection->api()->submit(request);
    connect(reply, &SubmitReply::finished, this,
            [&](const SubmitResult &result) { syncId = result.syncId; });
    QTRY_VERIFY_WITH_TIMEOUT(!syncId.isEmpty(), 10000);
    QCOMPARE(m_history->batchesIn(SendState::Sending).size(), 1); // the answer "was lost"

    // The app starts again with that history.
    m_window.reset();
    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->setConnection(m_connection.get());
    m_window->setHistory(m_history.get());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_history->batchesIn(SendState::Sending).isEmpty(), 15000);
    const std::optional<BatchRecord> settled = m_history->batch(record);
    QVERIFY(settled);
    QCOMPARE(settled->state, SendState::Sent);
    QCOMPARE(settled->syncId, syncId);
    QVERIFY(settled->adopted);

    BatchesModel *batches = m_window->batchesPage()->model();
    child<QToolButton>(m_window.get(), u"navBatchesButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        ([&] {
            for (int r = 0; r < batches->rowCount(); ++r) {
                const QModelIndex index = batches->index(r, 0);
                if (index.data(BatchesModel::SyncIdRole).toString() == syncId)
                    return index.data(BatchesModel::LocalRole).toBool() &&
                           batches->index(r, BatchesModel::File).data().toString() == u"lost.csv"_s;
            }
            return false;
        }()),
        15000);
}

// More than 3000 rows: one upload of two batches, hosted and sent one after
// the other, and the confirmation says so.
void TestSubmitJourney::warehouseChoiceIsRemembered()
{
    auto *combo = child<QComboBox>(m_panel, u"warehouseCombo"_s);
    QTRY_COMPARE(combo->count(), 2);
    combo->setCurrentIndex(1);
    const QString overflow = combo->currentData().toString();
    QVERIFY(!overflow.isEmpty());

    // A new window (as after a restart) offers the same warehouse for this connection.
    m_window.reset();
    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->setConnection(m_connection.get());
    m_window->setHistory(m_history.get());
    m_panel = child<SubmitPanel>(m_window.get(), u"submitPanel"_s);
    combo = child<QComboBox>(m_panel, u"warehouseCombo"_s);
    QTRY_COMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), overflow);
    QVERIFY(m_history->uploads().isEmpty()); // remembered without any upload
}

void TestSubmitJourney::splitUploadIsOneUpload_data()
{
    QTest::addColumn<bool>("viaS3");
    QTest::newRow("this computer") << false;
    QTest::newRow("S3 storage") << true;
}

void TestSubmitJourney::splitUploadIsOneUpload()
{
    QFETCH(bool, viaS3);
    // With S3 chosen (ShipHero may not reach this computer), every part goes there.
    std::unique_ptr<S3rverProcess> s3;
    if (viaS3) {
        if (const QString reason = S3rverProcess::unavailable(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString missing = S3rverProcess::missingModules();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        s3 = std::make_unique<S3rverProcess>();
        const QString error = s3->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const S3Settings settings = s3->settings();
        Settings *st = Settings::instance();
        st->setValue(Settings::Key::S3Endpoint, settings.endpoint.toString());
        st->setValue(Settings::Key::S3Region, settings.region);
        st->setValue(Settings::Key::S3Bucket, settings.bucket);
        st->setValue(Settings::Key::S3KeyPrefix, settings.keyPrefix);
        st->setValue(Settings::Key::S3PathStyle, true);
        st->setValue(Settings::Key::S3AccessKeyId, settings.accessKeyId);
        bool written = false;
        connect(m_connection->secrets()->write(HostingService::s3SecretKeyName(),
                                               QString(S3rverProcess::Secret)),
                &SecretReply::finished, this, [&] { written = true; });
        QTRY_VERIFY(written);
    }

    constexpr int Rows = 3500;
    QByteArray csv = "sku,quantity,action,reason\n";
    SandboxState &state = m_server->service().state();
    for (int i = 0; i < Rows; ++i) {
        const QString sku = u"BIG-%1"_s.arg(i, 5, 10, QChar(u'0'));
        SandboxProduct product;
        product.legacyId = 960000 + i;
        product.warehouseLegacyId = DemoData::StaticWarehouseId;
        product.sku = sku;
        state.products.append(product);
        csv += sku.toUtf8() + ',' + QByteArray::number(i + 1) + ",replace,count\n";
    }
    const QString path = m_dir.filePath(u"big-count.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    m_window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->session() && m_page->session()->filePath() == path, 10000);
    QCOMPARE(m_page->session()->document().rowCount(), Rows);
    auto *combo = child<QComboBox>(m_panel, u"warehouseCombo"_s);
    QTRY_COMPARE(combo->count(), 2);
    combo->setCurrentIndex(0);
    if (viaS3)
        m_page->reachPanel()->setMethod(ReachPanel::Method::S3);

    auto *submit = child<QPushButton>(m_panel, u"submitButton"_s);
    QTRY_VERIFY(submit->isEnabled());
    m_dialogs->answers << QMessageBox::Yes;
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    QVERIFY2(m_dialogs->questionsAsked.first().contains(u"2 batch"_s),
             qPrintable(m_dialogs->questionsAsked.first()));
    QCOMPARE(m_dialogs->questionsAsked.first().contains(u"S3 storage"_s), viaS3);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isSubmitting(), 30000);
    auto *status = child<QLabel>(m_panel, u"submitStatusLabel"_s);
    QVERIFY2(status->text().startsWith(u"Started 2 batch"_s), qPrintable(status->text()));

    const QList<UploadRecord> uploads = m_history->uploads();
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().rows, Rows);
    QCOMPARE(uploads.first().batches.size(), 2);
    QCOMPARE(uploads.first().batches.at(0).rows, 3000);
    QCOMPARE(uploads.first().batches.at(1).rows, 500);
    QCOMPARE(m_server->service().state().batches.size(), 2);
    QCOMPARE(m_history->uploadContent(uploads.first().id), csv);
    for (const BatchRecord &batch : uploads.first().batches) {
        QCOMPARE(batch.state, SendState::Sent);
        QVERIFY(status->text().contains(batch.syncId));
    }
    // Where the service downloaded each part from, and that it could.
    for (const SandboxBatch &batch : m_server->service().state().batches) {
        const QUrl url(batch.url);
        QCOMPARE(url.path().startsWith(u"/invsync-test/"_s), viaS3);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_server->service().state().batches.cbegin(),
                                         m_server->service().state().batches.cend(),
                                         [](const SandboxBatch &b) {
                                             return b.status == u"success"_s;
                                         }),
                             30000);
}

QTEST_MAIN(TestSubmitJourney)
#include "tst_submitjourney.moc"
