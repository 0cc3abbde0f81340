#include "ApiTestSupport.h"

#include "api/BatchWatcher.h"
#include "history/HistoryStore.h"
#include "history/Reconciler.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

// Every log line of the run, to look for tokens in afterwards.
QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int soakSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("INVSYNC_SOAK_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

// The faults of the run: every kind at once, a few percent each, with a slow
// answer every time so aborts land while batches run.
FaultSettings soakFaults(bool throttleAll)
{
    FaultSettings faults;
    faults.latencyMs = 120;
    faults.serverErrorShare = 0.04;
    faults.badGatewayShare = 0.04;
    faults.dropBeforeShare = 0.04;
    faults.dropAfterShare = 0.05;
    faults.malformedShare = 0.03;
    faults.throttleAll = throttleAll;
    faults.includeAuth = true;
    return faults;
}

} // namespace

// Many batches submitted, watched and aborted against a sandbox that fails in
// every way it can, for a bounded time; then the app's record (history,
// watcher) must agree exactly with what the sandbox did, and no token may
// have leaked into a file or a log line.
class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void soakWithFaults();

private:
    QTemporaryDir m_dir;
};

void TestSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Anything that writes settings during the run writes them here, where
    // the token check reads every file.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QStandardPaths::setTestModeEnabled(true);
    g_previousHandler = qInstallMessageHandler(captureLog);
}

void TestSoak::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestSoak::soakWithFaults()
{
    const int seconds = soakSeconds();
    const quint32 seed = qEnvironmentVariableIsSet("INVSYNC_SOAK_SEED")
                             ? quint32(qEnvironmentVariableIntValue("INVSYNC_SOAK_SEED"))
                             : 20261126u;
    QRandomGenerator random(seed);
    qInfo("soak: %d s, seed %u (INVSYNC_SOAK_SECONDS, INVSYNC_SOAK_SEED)", seconds, seed);

    // A small credit bucket, so the watcher, the lookups and the submissions
    // run into real throttling besides the injected one; rows at 50/s, so a
    // batch of 40-120 rows runs one to three seconds.
    SandboxConfig config = fastConfig();
    config.rowsPerSecond = 50;
    config.pendingDelayMs = 200;
    config.creditsMax = 220;
    config.creditsRefillPerSecond = 40;
    auto fixture = std::make_unique<ApiFixture>(config);
    QVERIFY(fixture->isReady());
    QVERIFY(fixture->signIn());

    HistoryStore history;
    const QString historyPath = m_dir.filePath(u"history.sqlite"_s);
    QVERIFY2(history.open(historyPath).ok, qPrintable(history.lastError()));

    QSet<QString> tokens; // every token the sandbox issued during the run
    auto collectTokens = [&] {
        for (const SandboxState::Token &token : fixture->state().accessTokens)
            tokens.insert(token.value);
        for (const SandboxState::Token &token : fixture->state().refreshTokens)
            tokens.insert(token.value);
    };
    collectTokens();

    // Figures.
    int submitted = 0, started = 0, adopted = 0, notStarted = 0, ambiguous = 0;
    int abortsSent = 0, abortedOk = 0, abortTooLate = 0, abortFailed = 0;
    int paceWaits = 0, throttledWaits = 0, retryWaits = 0, answered = 0, expiries = 0;
    int interrupted = 0;
    QMap<QString, int> answeredBy; // operation -> answers
    qint64 replyRequests = 0;
    int inFlight = 0;
    QStringList messages;              // every error text the app would show
    QHash<QString, QString> syncOfUrl; // url -> sync id the app got
    QSet<QString> abortedBySuccess;    // aborts that reported success

    QObject guard; // no callback outlives the locals above it
    // Driven as the Batches page drives it: each batch started is followed
    // (BatchesPage::addLocalSyncId), each abort's answer noted (BatchesPage::abort).
    BatchWatcher watcher;
    QSignalSpy renewals(fixture->auth.get(), &AuthSession::tokensRefreshed);
    QSignalSpy signInRequired(fixture->auth.get(), &AuthSession::signInRequired);
    connect(fixture->auth.get(), &AuthSession::tokensRefreshed, &guard, collectTokens);
    connect(fixture->client.get(), &GraphqlClient::answered, &guard, [&](const QString &operation) {
        ++answered;
        ++answeredBy[operation];
    });
    connect(fixture->client.get(), &GraphqlClient::waiting, &guard,
            [&](const QString &, qint64, const QString &reason) {
                // The client's own pacing ("Waiting N s for API credits.") or
                // the service's refusal ("… is out of API credits for N s").
                if (reason.contains(u"out of API credits"_s))
                    ++throttledWaits;
                else if (reason.contains(u"credits"_s))
                    ++paceWaits;
                else
                    ++retryWaits;
            });

    watcher.setIntervals(400, 1500);
    watcher.setApi(fixture->api.get());

    // Counted in flight from when it is scheduled, so nothing is still to
    // come when the run is checked.
    auto abortBatch = [&](const QString &syncId) {
        ++abortsSent;
        BatchReply *reply = fixture->api->abort(syncId, u"soak"_s);
        connect(reply, &BatchReply::finished, &guard, [&, syncId](const BatchResult &result) {
            --inFlight;
            replyRequests += result.info.requests;
            // As the Batches page does: the final state at once, then a refresh.
            if (!result.batch.id.isEmpty())
                watcher.noteBatch(result.batch);
            watcher.refreshNow();
            if (result.ok()) {
                ++abortedOk;
                abortedBySuccess.insert(syncId);
            } else if (result.error.kind == ApiError::Kind::NotAllowed) {
                ++abortTooLate;
                messages << result.error.message;
            } else {
                ++abortFailed;
                messages << result.error.message << result.error.serviceMessage;
            }
        });
    };

    auto submitOne = [&] {
        const int index = submitted++;
        const int rows = 40 + int(random.bounded(81));
        const QByteArray bytes = demoCsv(rows, 10 + index);
        const QString url = fixture->serveCsv(u"/soak/%1.csv"_s.arg(index), bytes);
        UploadRecord upload;
        upload.fileName = u"soak-%1.csv"_s.arg(index);
        upload.sha256 = HistoryStore::sha256Hex(bytes);
        upload.rows = rows;
        upload.warehouseId = warehouseId();
        upload.connection = u"test"_s;
        upload.hostingMethod = u"builtin"_s;
        const qint64 uploadId = history.addUpload(upload);
        // Written before the mutation is sent, as the app does.
        const qint64 record = history.beginBatch(uploadId, 0, url, bytes, 0, rows);
        QVERIFY2(record > 0, qPrintable(history.lastError()));

        SubmitRequest request;
        request.url = url;
        request.warehouseId = warehouseId();
        request.knownSyncIds = history.knownSyncIds();
        const bool abortIt = index % 3 == 1;
        // Now and then the app "quits" while the mutation is under way: the
        // reply is dropped unread and the record stays "sending" for the
        // Reconciler, started or not.
        const bool interruptIt = index % 7 == 3;
        const int abortAfterMs = 150 + int(random.bounded(rows * 1000 / 50 / 2));
        ++inFlight;
        SubmitReply *reply = fixture->api->submit(request);
        auto delivered = std::make_shared<bool>(false);
        if (interruptIt) {
            QTimer::singleShot(60 + int(random.bounded(200)), &guard,
                               [&, delivered, alive = QPointer<SubmitReply>(reply)] {
                                   if (!alive || *delivered)
                                       return; // answered first
                                   alive->cancel();
                                   --inFlight;
                                   ++interrupted;
                               });
        }
        connect(reply, &SubmitReply::finished, &guard,
                [&, record, url, abortIt, abortAfterMs, delivered](const SubmitResult &result) {
                    *delivered = true;
                    --inFlight;
                    replyRequests += result.info.requests;
                    if (!result.ok()) {
                        messages << result.error.message << result.error.serviceMessage;
                        // A lost answer may have started a batch: leave the
                        // record "sending" for the Reconciler.
                        if (result.error.kind == ApiError::Kind::Ambiguous) {
                            ++ambiguous;
                        } else {
                            ++notStarted;
                            history.failBatch(record, result.error.message);
                        }
                        return;
                    }
                    ++started;
                    if (result.adopted)
                        ++adopted;
                    syncOfUrl.insert(url, result.syncId);
                    history.completeBatch(record, result.syncId, result.adopted);
                    watcher.follow(result.syncId);
                    if (abortIt) {
                        ++inFlight;
                        QTimer::singleShot(abortAfterMs, &guard,
                                           [&, syncId = result.syncId] { abortBatch(syncId); });
                    }
                });
    };

    // Faults on; now and then a spell where every request is throttled, and
    // every few seconds the access tokens expire so the client must renew.
    fixture->server->setFaults(soakFaults(false));
    int tick = 0;
    QTimer faultTimer;
    connect(&faultTimer, &QTimer::timeout, &guard, [&] {
        ++tick;
        fixture->server->setFaults(soakFaults(tick % 12 == 0));
        if (tick % 5 == 0) {
            collectTokens();
            for (SandboxState::Token &token : fixture->state().accessTokens)
                token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
            ++expiries;
        }
    });
    faultTimer.start(1000);
    QTimer tokenTimer; // expired tokens are dropped when new ones are issued
    connect(&tokenTimer, &QTimer::timeout, &guard, collectTokens);
    tokenTimer.start(50);

    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        submitOne();
        if (QTest::currentTestFailed())
            return;
        QTest::qWait(1000 + int(random.bounded(1000)));
    }

    // Faults off: everything under way finishes, then the sandbox's batches.
    faultTimer.stop();
    fixture->server->setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(inFlight == 0, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(fixture->state().batches.cbegin(),
                                         fixture->state().batches.cend(),
                                         [](const SandboxBatch &b) { return b.isFinished(); }),
                             60000);

    // Reconcile what was left "sending" after a lost answer.
    const int leftSending = int(history.batchesIn(SendState::Sending).size());
    Reconciler reconciler(&history, Reconciler::apiLookup(fixture->api.get()));
    ReconcileReply *reconcile = reconciler.reconcile();
    QSignalSpy reconciled(reconcile, &ReconcileReply::finished);
    QVERIFY(reconciled.wait(60000));
    const auto reconcileResult = reconciled.first().first().value<ReconcileResult>();
    QVERIFY2(reconcileResult.ok(), qPrintable(reconcileResult.message));
    QCOMPARE(reconcileResult.adopted + reconcileResult.notStarted, leftSending);
    QCOMPARE(leftSending, interrupted + ambiguous);
    messages << reconcileResult.message;
    QVERIFY(history.batchesIn(SendState::Sending).isEmpty());
    // Batches found by the reconciliation are this app's too: the watcher
    // follows them to their end like the ones it was told of at once.
    for (const BatchRecord &record : reconcileResult.batches) {
        if (record.state != SendState::Sent)
            continue;
        watcher.follow(record.syncId); // as the window does with what reconciling adopted
    }

    // The watcher settles on the final states.
    watcher.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isRefreshing() && !watcher.anyRunning(), 30000);
    watcher.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isRefreshing(), 30000);
    tokenTimer.stop();
    collectTokens();

    // --- the checks --------------------------------------------------------
    const QList<SandboxBatch> &sandboxBatches = fixture->state().batches;
    QStringList perOperation;
    for (auto it = answeredBy.cbegin(); it != answeredBy.cend(); ++it)
        perOperation << u"%1 %2"_s.arg(it.key()).arg(it.value());
    qInfo("soak figures: %d submitted, %d batches started in the sandbox; answers: %d started "
          "(%d adopted after a lost reply), %d not started; %d left sending (%d interrupted, "
          "%d ambiguous), reconciled: %d adopted, %d not started; aborts: %d sent, %d aborted, "
          "%d too late, %d failed; waits: %d for the client's credit pacing, %d throttled by "
          "the service, %d before a retry; %d token expiries, %lld renewals; %d requests "
          "answered (%s), %lld requests made by submit/abort replies",
          submitted, int(sandboxBatches.size()), started, adopted, notStarted, leftSending,
          interrupted, ambiguous, reconcileResult.adopted, reconcileResult.notStarted, abortsSent,
          abortedOk, abortTooLate, abortFailed, paceWaits, throttledWaits, retryWaits, expiries,
          qlonglong(renewals.size()), answered, qPrintable(perOperation.join(u", "_s)),
          qlonglong(replyRequests));

    QVERIFY2(submitted >= seconds / 3, "too few submissions for the run's length");
    QCOMPARE(signInRequired.size(), 0); // renewal always worked
    QVERIFY(renewals.size() >= 1);

    // Sandbox side: one batch per URL at most, none started twice. The
    // sandbox's own list gives URLs and statuses; its ids are read through
    // the API (faults off), matched by URL.
    QHash<QString, QString> statusOfUrl;
    for (const SandboxBatch &b : sandboxBatches) {
        QVERIFY2(!statusOfUrl.contains(b.url), qPrintable(u"started twice: "_s + b.url));
        statusOfUrl.insert(b.url, b.status);
    }
    BatchesQuery everything;
    everything.allPages = true;
    const auto listed = waitFor<BatchesResult>(fixture->api->batches(everything));
    QVERIFY2(listed.ok(), qPrintable(listed.error.message));
    QCOMPARE(listed.batches.size(), sandboxBatches.size());
    QHash<QString, QString> sandboxByUrl; // url -> sync id
    QSet<QString> sandboxIds;
    QHash<QString, QString> sandboxStatus; // sync id -> status
    for (const Batch &b : listed.batches) {
        QVERIFY(statusOfUrl.contains(b.url));
        QCOMPARE(b.status, statusOfUrl.value(b.url));
        sandboxByUrl.insert(b.url, b.id);
        sandboxIds.insert(b.id);
        sandboxStatus.insert(b.id, b.status);
    }
    QCOMPARE(sandboxIds.size(), sandboxBatches.size());

    // History side: every sandbox batch exactly once, nothing else.
    QStringList historyIds;
    for (const UploadRecord &upload : history.uploads()) {
        for (const BatchRecord &record : upload.batches) {
            messages << record.error;
            if (record.state == SendState::Sent) {
                historyIds << record.syncId;
                QCOMPARE(sandboxByUrl.value(record.url), record.syncId);
            } else {
                QCOMPARE(record.state, SendState::Failed);
                QVERIFY2(!sandboxByUrl.contains(record.url),
                         qPrintable(u"marked failed but started: "_s + record.url));
            }
        }
    }
    QCOMPARE(QSet<QString>(historyIds.cbegin(), historyIds.cend()).size(), historyIds.size());
    QCOMPARE(QSet<QString>(historyIds.cbegin(), historyIds.cend()), sandboxIds);
    // What the submit replies said agrees with the sandbox too.
    for (auto it = syncOfUrl.cbegin(); it != syncOfUrl.cend(); ++it)
        QCOMPARE(sandboxByUrl.value(it.key()), it.value());

    // The watcher shows every batch, each final and as the sandbox has it.
    QSet<QString> watchedIds;
    for (const Batch &b : watcher.batches()) {
        watchedIds.insert(b.id);
        QVERIFY2(b.isFinished(), qPrintable(b.id + u' ' + b.status));
        QCOMPARE(b.status, sandboxStatus.value(b.id));
    }
    QCOMPARE(watchedIds, sandboxIds);

    // Every abort that reported success is aborted in the sandbox.
    for (const QString &id : std::as_const(abortedBySuccess))
        QCOMPARE(sandboxStatus.value(id), u"aborted"_s);
    QVERIFY2(abortedOk >= 1, "no abort landed while a batch ran");

    // No token in any file (history, settings, anything in the folder), any
    // message or any log line.
    history.close();
    tokens.remove({});
    QVERIFY(tokens.size() >= 2 + expiries / 2);
    QList<QByteArray> texts;
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        texts << readFile(files.next());
        ++fileCount;
    }
    QVERIFY(fileCount >= 1);
    {
        QMutexLocker lock(&g_logMutex);
        texts << g_logLines.join(u'\n').toUtf8();
    }
    texts << messages.join(u'\n').toUtf8();
    for (const QString &token : std::as_const(tokens)) {
        const QByteArray needle = token.toUtf8();
        for (const QByteArray &text : std::as_const(texts))
            QVERIFY2(!text.contains(needle), "a token appeared in a file, message or log line");
    }
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
