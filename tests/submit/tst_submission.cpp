// The widget-free upload orchestrator against the sandbox: split parts sent
// one after another, each recorded before its mutation; rows with errors
// left out; cancel before a mutation sends nothing more, cancel during one
// stops after it.

#include "ApiTestSupport.h"

#include "history/HistoryStore.h"
#include "inventory/InventoryDocument.h"
#include "submit/Submission.h"

#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList Header = {u"sku"_s, u"quantity"_s, u"action"_s, u"reason"_s};

// `rows` rows of SKUs the static warehouse knows (added to the sandbox).
std::unique_ptr<InventoryDocument> knownRows(ApiFixture &fixture, int rows)
{
    QList<QStringList> cells;
    for (int i = 0; i < rows; ++i) {
        const QString sku = u"ORCH-%1"_s.arg(i, 5, 10, QChar(u'0'));
        SandboxProduct product;
        product.legacyId = 950000 + i;
        product.warehouseLegacyId = DemoData::StaticWarehouseId;
        product.sku = sku;
        product.onHand = 1;
        fixture.state().products.append(product);
        cells.append({sku, QString::number(i + 2), u"replace"_s, u"count"_s});
    }
    return InventoryDocument::fromRows(Header, cells);
}

SubmissionResult run(Submission &submission, const SubmissionRequest &request)
{
    SubmissionResult result;
    bool done = false;
    QObject::connect(&submission, &Submission::finished, &submission,
                     [&](const SubmissionResult &r) {
                         result = r;
                         done = true;
                     });
    submission.start(request);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        result.error = u"no answer in time"_s;
    return result;
}

} // namespace

class TestSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void planBlocksErrors();
    void splitLeaveOutAndRecord();
    void cancelBeforeMutation();
    void cancelDuringMutationStopsAfterIt();

private:
    SubmissionRequest request(const SubmissionPlan &plan) const;
    Publisher fileServerPublisher();

    std::unique_ptr<ApiFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
};

void TestSubmission::init()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(u"history.sqlite"_s)).ok);
}

void TestSubmission::cleanup()
{
    m_history.reset();
    m_dir.reset();
    m_fixture.reset();
}

SubmissionRequest TestSubmission::request(const SubmissionPlan &plan) const
{
    SubmissionRequest request;
    request.plan = plan;
    request.fileName = u"orchestra.csv"_s;
    request.connection = u"test"_s;
    request.warehouseId = warehouseId();
    request.hostingMethod = u"builtin"_s;
    return request;
}

Publisher TestSubmission::fileServerPublisher()
{
    ApiFixture *fixture = m_fixture.get();
    return [fixture](const QByteArray &bytes, const QString &name,
                     std::function<void(const PublishResult &)> done) {
        done({QUrl(fixture->serveCsv(u"/"_s + name, bytes)), {}});
    };
}

void TestSubmission::planBlocksErrors()
{
    const auto doc = InventoryDocument::fromRows(
        Header, {{u"A"_s, u"1"_s, u"replace"_s, u"x"_s}, {u"B"_s, u"abc"_s, u"replace"_s, u"x"_s}});
    QCOMPARE(SubmissionPlan::errorRowCount(*doc), 1);
    const SubmissionPlan blocked = SubmissionPlan::make(*doc, false);
    QVERIFY(!blocked.ok());
    QVERIFY(!blocked.error.isEmpty());
    const SubmissionPlan leftOut = SubmissionPlan::make(*doc, true);
    QVERIFY2(leftOut.ok(), qPrintable(leftOut.error));
    QCOMPARE(leftOut.rows, 1);
    QCOMPARE(leftOut.leftOut, 1);
    QCOMPARE(leftOut.csv, QByteArray("sku,quantity,action,reason\nA,1,replace,x\n"));

    // A file-level error cannot be left out.
    const auto noQuantity = InventoryDocument::fromRows({u"sku"_s, u"action"_s, u"reason"_s},
                                                        {{u"A"_s, u"replace"_s, u"x"_s}});
    QVERIFY(!SubmissionPlan::make(*noQuantity, true).ok());
}

void TestSubmission::splitLeaveOutAndRecord()
{
    constexpr int Rows = 7001;
    auto doc = knownRows(*m_fixture, Rows);
    // One bad row in the middle: left out, the rest goes in 3000/3000/1000.
    const int quantity = doc->columnOf(ColumnRole::Quantity);
    doc->setCell(4000, quantity, u"abc"_s);
    const SubmissionPlan plan = SubmissionPlan::make(*doc, true);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.leftOut, 1);
    QCOMPARE(plan.rows, Rows - 1);
    QCOMPARE(plan.parts.size(), 3);
    QCOMPARE(plan.parts.at(2).rowCount, 1000);

    Submission submission(m_fixture->api.get(), m_history.get(), fileServerPublisher());
    QList<int> sendingAtMutation;
    QList<Submission::Stage> stages;
    connect(&submission, &Submission::stageChanged, this, [&](int, Submission::Stage stage) {
        stages.append(stage);
        // The record exists, as "sending", before the mutation goes out.
        if (stage == Submission::Stage::Submitting)
            sendingAtMutation.append(int(m_history->batchesIn(SendState::Sending).size()));
    });
    const SubmissionResult result = run(submission, request(plan));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.partsSent, 3);
    QCOMPARE(result.syncIds.size(), 3);
    QCOMPARE(sendingAtMutation, QList<int>({1, 1, 1}));
    QCOMPARE(stages.count(Submission::Stage::Done), 3);
    QCOMPARE(result.batches.size(), 3); // the first status of each

    QCOMPARE(m_fixture->batchCount(), 3);
    const UploadRecord upload = *m_history->upload(result.uploadId);
    QCOMPARE(upload.rows, Rows - 1);
    QCOMPARE(upload.batches.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const BatchRecord &batch = upload.batches.at(i);
        QCOMPARE(batch.state, SendState::Sent);
        QCOMPARE(batch.syncId, result.syncIds.at(i));
        QCOMPARE(batch.url, m_fixture->state().batches.at(i).url);
        QVERIFY(batch.url.endsWith(u"orchestra-part-%1-of-3.csv"_s.arg(i + 1)));
        QVERIFY(!batch.status.isEmpty());
    }
    const QByteArray sent = m_history->uploadContent(result.uploadId);
    QCOMPARE(sent, plan.csv);
    QVERIFY(!sent.contains(QByteArray(doc->cell(4000, 0).toUtf8() + ',')));
}

void TestSubmission::cancelBeforeMutation()
{
    auto doc = knownRows(*m_fixture, 5);
    const SubmissionPlan plan = SubmissionPlan::make(*doc, false);
    QVERIFY(plan.ok());
    // A publisher that has not answered yet (an S3 upload under way).
    std::function<void(const PublishResult &)> pending;
    Publisher slow = [&pending](const QByteArray &, const QString &,
                                std::function<void(const PublishResult &)> done) {
        pending = std::move(done);
    };
    Submission submission(m_fixture->api.get(), m_history.get(), slow);
    SubmissionResult result;
    bool done = false;
    connect(&submission, &Submission::finished, this, [&](const SubmissionResult &r) {
        result = r;
        done = true;
    });
    submission.start(request(plan));
    QTRY_VERIFY(pending != nullptr);
    QVERIFY(submission.cancel());
    QVERIFY(done);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    pending({QUrl(u"http://127.0.0.1:9/late.csv"_s), {}}); // too late: ignored
    QTest::qWait(300);
    QCOMPARE(m_fixture->batchCount(), 0);
    QVERIFY(m_history->batchesIn(SendState::Sending).isEmpty());
    QCOMPARE(m_history->upload(result.uploadId)->batches.size(), 0);
}

void TestSubmission::cancelDuringMutationStopsAfterIt()
{
    auto doc = knownRows(*m_fixture, 6);
    const SubmissionPlan plan = SubmissionPlan::make(*doc, false, 3);
    QCOMPARE(plan.parts.size(), 2);
    Submission submission(m_fixture->api.get(), m_history.get(), fileServerPublisher());
    bool refused = false;
    connect(&submission, &Submission::stageChanged, this, [&](int part, Submission::Stage stage) {
        if (part == 0 && stage == Submission::Stage::Submitting)
            refused = !submission.cancel();
    });
    const SubmissionResult result = run(submission, request(plan));
    QVERIFY(refused); // the mutation was on its way
    QVERIFY(result.cancelled);
    QCOMPARE(result.partsSent, 1);
    QCOMPARE(m_fixture->batchCount(), 1);
    const UploadRecord upload = *m_history->upload(result.uploadId);
    QCOMPARE(upload.batches.size(), 1);
    QCOMPARE(upload.batches.first().state, SendState::Sent);
    QCOMPARE(upload.batches.first().syncId, result.syncIds.first());
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
