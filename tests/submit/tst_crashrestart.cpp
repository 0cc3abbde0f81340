#include "ApiTestSupport.h"

#include "history/HistoryStore.h"
#include "history/Reconciler.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

const QString SubmitMode = u"--record-submit-hang"_s;
const QString RecordMode = u"--record-hang"_s;

// The app's submission path in a process of its own: sign in, write the
// history record, send the mutation (SubmitMode only), then wait for an
// answer the parent kills it before. Prints what it reached, one word a line.
int runChild(const QStringList &args)
{
    const bool send = args.at(1) == SubmitMode;
    const QString dbPath = args.at(2);
    const QUrl base(args.at(3));
    const QString url = args.at(4);
    const QString warehouse = args.at(5);

    auto say = [](const char *word) {
        std::fprintf(stdout, "%s\n", word);
        std::fflush(stdout);
    };
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    AuthSession auth(&network, &secrets);
    auth.setConnection(u"test"_s, base);
    GraphqlClient client(&network, &auth);
    ShipHeroApi api(&client);
    HistoryStore history;
    if (!history.open(dbPath).ok)
        return 2;

    AuthReply *signIn = auth.signIn(DemoData::username(), DemoData::password());
    QObject::connect(signIn, &AuthReply::finished, &api, [&](const AuthResult &result) {
        if (!result.ok()) {
            say("signin-failed");
            QCoreApplication::exit(3);
            return;
        }
        UploadRecord upload;
        upload.fileName = u"crash.csv"_s;
        upload.rows = 5;
        upload.warehouseId = warehouse;
        upload.connection = u"test"_s;
        upload.hostingMethod = u"builtin"_s;
        const qint64 uploadId = history.addUpload(upload);
        const qint64 record = history.beginBatch(uploadId, 0, url, demoCsv(5), 0, 5);
        if (record <= 0) {
            QCoreApplication::exit(4);
            return;
        }
        say("recorded");
        if (!send)
            return; // killed here: written, never sent
        SubmitRequest request;
        request.url = url;
        request.warehouseId = warehouse;
        SubmitReply *submit = api.submit(request);
        say("sending");
        QObject::connect(submit, &SubmitReply::finished, &api, [&, record](const SubmitResult &r) {
            history.completeBatch(record, r.syncId, r.adopted);
            say("answered"); // the parent must have killed us before this
            QCoreApplication::exit(0);
        });
    });
    return QCoreApplication::exec();
}

} // namespace

// A test process killed between writing the history record and the reply;
// the next start reconciles with the service and knows the batch.
class TestCrashRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killedAfterSendingIsAdopted();
    void killedBeforeSendingIsNotStarted();

private:
    QStringList childArgs(const QString &mode, const QString &url) const
    {
        return {mode, m_dir->filePath(u"history.sqlite"_s), m_fixture->server->baseUrl().toString(),
                url, warehouseId()};
    }
    ReconcileResult reconcile(HistoryStore &store)
    {
        Reconciler reconciler(&store, Reconciler::apiLookup(m_fixture->api.get()));
        ReconcileReply *reply = reconciler.reconcile();
        QSignalSpy finished(reply, &ReconcileReply::finished);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<ReconcileResult>();
    }

    std::unique_ptr<ApiFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCrashRestart::init()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCrashRestart::killedAfterSendingIsAdopted()
{
    const QString url = m_fixture->serveCsv(u"/crash.csv"_s, demoCsv(5));
    // The service starts the batch at once but holds its answer back long
    // enough for the process to die first.
    FaultSettings slow;
    slow.latencyMs = 15000;
    m_fixture->server->setFaults(slow);

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), childArgs(SubmitMode, url));
    QVERIFY(child.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->batchCount(), 1, 20000); // the mutation arrived
    QVERIFY(child.state() == QProcess::Running);
    child.kill(); // SIGKILL: nothing after this point runs in the child
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QByteArray said = child.readAllStandardOutput();
    QCOMPARE(said, QByteArray("recorded\nsending\n")); // never "answered"
    m_fixture->server->setFaults({});

    // The next start: a record still sending, without a sync id...
    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(u"history.sqlite"_s)).ok);
    const QList<BatchRecord> sending = store.batchesIn(SendState::Sending);
    QCOMPARE(sending.size(), 1);
    QVERIFY(sending.first().syncId.isEmpty());
    QCOMPARE(sending.first().url, url);

    // ...reconciled with the service: the batch is found and adopted.
    const ReconcileResult result = reconcile(store);
    QCOMPARE(result.adopted, 1);
    QCOMPARE(result.notStarted, 0);
    QVERIFY(result.ok());
    QVERIFY(!result.message.isEmpty());
    const BatchesResult service = waitFor<BatchesResult>(m_fixture->api->batches({}));
    QVERIFY(service.ok());
    QCOMPARE(service.batches.size(), 1);
    const BatchRecord adopted = *store.batch(sending.first().id);
    QCOMPARE(adopted.state, SendState::Sent);
    QVERIFY(adopted.adopted);
    QCOMPARE(adopted.syncId, service.batches.first().id);
    QVERIFY(!adopted.status.isEmpty());
    QVERIFY(store.batchesIn(SendState::Sending).isEmpty());
    QCOMPARE(store.knownSyncIds(), QStringList{service.batches.first().id});

    // And a start after that has nothing left to settle.
    const ReconcileResult again = reconcile(store);
    QCOMPARE(again.adopted + again.notStarted + again.unresolved, 0);
    QVERIFY(again.message.isEmpty());
}

void TestCrashRestart::killedBeforeSendingIsNotStarted()
{
    const QString url = m_fixture->serveCsv(u"/never.csv"_s, demoCsv(5));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), childArgs(RecordMode, url));
    QVERIFY(child.waitForStarted(10000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("recorded"), 20000);
    child.kill();
    QVERIFY(child.waitForFinished(10000));

    HistoryStore store;
    QVERIFY(store.open(m_dir->filePath(u"history.sqlite"_s)).ok);
    QCOMPARE(store.batchesIn(SendState::Sending).size(), 1);
    const ReconcileResult result = reconcile(store);
    QCOMPARE(result.adopted, 0);
    QCOMPARE(result.notStarted, 1);
    QCOMPARE(m_fixture->batchCount(), 0);
    const QList<BatchRecord> failed = store.batchesIn(SendState::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().error.isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && (args.at(1) == SubmitMode || args.at(1) == RecordMode))
        return runChild(args);
    TestCrashRestart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrestart.moc"
