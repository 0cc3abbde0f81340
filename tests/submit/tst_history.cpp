#include "api/ShipHeroApi.h"
#include "history/HistoryStore.h"
#include "history/Reconciler.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

UploadRecord sampleUpload()
{
    UploadRecord u;
    u.fileName = u"/home/ana/counts/März.csv"_s;
    u.sha256 = HistoryStore::sha256Hex("whole file");
    u.rows = 2;
    u.warehouseId = u"V2FyZWhvdXNlOjExNzkw"_s;
    u.customerAccountId = u"QWNjb3VudDo3"_s;
    u.connection = u"Production"_s;
    u.hostingMethod = u"builtin"_s;
    return u;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return version;
}

// A lookup answering from a fixed list, remembering what it was asked.
struct FakeService
{
    QList<Batch> batches;
    QStringList failFor; // URLs whose lookup fails
    QList<QPair<QString, QDateTime>> asked;

    Reconciler::BatchLookup lookup()
    {
        return
            [this](const QString &url, const QString &, const QString &, const QDateTime &since) {
                asked.append({url, since});
                auto *reply = new BatchesReply;
                BatchesResult result;
                if (failFor.contains(url)) {
                    result.error.kind = ApiError::Kind::Network;
                    result.error.message = u"no route"_s;
                } else {
                    result.batches = batches;
                }
                reply->finish(result);
                return reply;
            };
    }
};

Batch serviceBatch(const QString &id, const QString &url, const QString &warehouse,
                   const QDateTime &created)
{
    Batch b;
    b.id = id;
    b.url = url;
    b.warehouseId = warehouse;
    b.createdAt = created;
    b.status = u"processing"_s;
    b.totalCount = 2;
    b.finishedCount = 1;
    b.successCount = 1;
    return b;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createAndReopen();
    void writtenBeforeCompletedAfter();
    void bytesRoundTripCompressed();
    void migrationFromVersion1();
    void corruptFileSetAside();
    void newerVersionLeftAlone();
    void reconcileAdoptsSendingBatch();
    void reconcileKeepsToItsConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"data/history.sqlite"_s); }
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistory::createAndReopen()
{
    const QByteArray csv = "sku,quantity,action,reason\nA,1,replace,r\nB,2,replace,r\n";
    qint64 uploadId = 0;
    qint64 batchId = 0;
    {
        HistoryStore store;
        const HistoryStore::OpenResult opened = store.open(path()); // folder made on the way
        QVERIFY2(opened.ok, qPrintable(opened.message));
        QVERIFY(opened.message.isEmpty());
        QVERIFY(store.uploads().isEmpty());
        uploadId = store.addUpload(sampleUpload());
        QVERIFY(uploadId > 0);
        batchId = store.beginBatch(uploadId, 0, u"http://127.0.0.1:1/f.csv"_s, csv, 0, 2);
        QVERIFY(batchId > 0);
        QVERIFY(store.completeBatch(batchId, u"sync-1"_s));
        Batch status = serviceBatch(u"sync-1"_s, {}, {}, {});
        status.status = u"success"_s;
        status.successCount = 2;
        status.finishedCount = 2;
        QVERIFY(store.updateStatus(status));
    }
    QCOMPARE(userVersion(path()), HistoryStore::SchemaVersion);

    HistoryStore store;
    QVERIFY(store.open(path()).ok);
    const QList<UploadRecord> uploads = store.uploads();
    QCOMPARE(uploads.size(), 1);
    const UploadRecord &u = uploads.first();
    const UploadRecord expected = sampleUpload();
    QCOMPARE(u.id, uploadId);
    QCOMPARE(u.fileName, expected.fileName);
    QCOMPARE(u.sha256, expected.sha256);
    QCOMPARE(u.rows, 2);
    QCOMPARE(u.warehouseId, expected.warehouseId);
    QCOMPARE(u.customerAccountId, expected.customerAccountId);
    QCOMPARE(u.connection, expected.connection);
    QCOMPARE(u.hostingMethod, expected.hostingMethod);
    QVERIFY(qAbs(u.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(u.batches.size(), 1);
    const BatchRecord &b = u.batches.first();
    QCOMPARE(b.id, batchId);
    QCOMPARE(b.state, SendState::Sent);
    QCOMPARE(b.syncId, u"sync-1"_s);
    QVERIFY(!b.adopted);
    QCOMPARE(b.url, u"http://127.0.0.1:1/f.csv"_s);
    QCOMPARE(b.sha256, HistoryStore::sha256Hex(csv));
    QCOMPARE(b.rows, 2);
    QCOMPARE(b.status, u"success"_s);
    QCOMPARE(b.successCount, 2);
    QCOMPARE(b.finishedCount, 2);
    QVERIFY(b.submittedAt.isValid());
    QCOMPARE(store.knownSyncIds(), QStringList{u"sync-1"_s});
}

void TestHistory::writtenBeforeCompletedAfter()
{
    HistoryStore writer;
    QVERIFY(writer.open(path()).ok);
    const qint64 upload = writer.addUpload(sampleUpload());
    const qint64 batch = writer.beginBatch(upload, 0, u"http://h/a.csv"_s, "x", 0, 1);

    // What a crash right now would leave: another reader (the next start)
    // sees the record as still sending, without a sync id.
    {
        HistoryStore nextStart;
        QVERIFY(nextStart.open(path()).ok);
        const QList<BatchRecord> sending = nextStart.batchesIn(SendState::Sending);
        QCOMPARE(sending.size(), 1);
        QCOMPARE(sending.first().id, batch);
        QVERIFY(sending.first().syncId.isEmpty());
    }
    QVERIFY(writer.completeBatch(batch, u"sync-9"_s));
    QVERIFY(writer.batchesIn(SendState::Sending).isEmpty());
    QCOMPARE(writer.batchesIn(SendState::Sent).size(), 1);

    // A submission the service refused is kept too, with why.
    const qint64 refused = writer.beginBatch(upload, 1, u"http://h/b.csv"_s, "y", 1, 1);
    QVERIFY(writer.failBatch(refused, u"Warehouse not found"_s));
    const std::optional<BatchRecord> failed = writer.batch(refused);
    QVERIFY(failed);
    QCOMPARE(failed->state, SendState::Failed);
    QCOMPARE(failed->error, u"Warehouse not found"_s);
    QVERIFY(!writer.completeBatch(424242, u"nope"_s)); // no such record
}

void TestHistory::bytesRoundTripCompressed()
{
    QByteArray part1 = "sku,quantity,action,reason\n";
    QByteArray part2 = part1;
    for (int i = 0; i < 3000; ++i)
        part1 += "SKU-" + QByteArray::number(i) + ",7,replace,Cycle count \xE2\x80\x93 März\n";
    for (int i = 3000; i < 4500; ++i)
        part2 += "SKU-" + QByteArray::number(i) + ",7,replace,Cycle count\n";
    part2 += QByteArray("\0binary\r\n", 9); // kept byte for byte, whatever it is

    HistoryStore store;
    QVERIFY(store.open(path()).ok);
    const qint64 upload = store.addUpload(sampleUpload());
    const qint64 b1 = store.beginBatch(upload, 0, u"http://h/1.csv"_s, part1, 0, 3000);
    const qint64 b2 = store.beginBatch(upload, 1, u"http://h/2.csv"_s, part2, 3000, 1501);
    QCOMPARE(store.batchContent(b1), part1);
    QCOMPARE(store.batchContent(b2), part2);
    QCOMPARE(store.batch(b1)->sha256, HistoryStore::sha256Hex(part1));
    QCOMPARE(store.uploadContent(upload), part1 + part2.mid(part2.indexOf('\n') + 1));

    // Kept compressed: the stored blob is a fraction of the bytes.
    qint64 stored = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek2"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery size(db);
        QVERIFY(size.exec(u"SELECT length(content) FROM batches WHERE id = %1"_s.arg(b1)));
        QVERIFY(size.next());
        stored = size.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek2"_s);
    QVERIFY2(stored > 0 && stored < part1.size() / 4,
             qPrintable(u"%1 bytes stored for %2"_s.arg(stored).arg(part1.size())));
}

void TestHistory::migrationFromVersion1()
{
    // A history as the first version wrote it: one batch per upload, the
    // bytes with the upload, the sync id written only after the answer.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray bytes = "sku,quantity,action,reason\nOLD-1,3,replace,r\n";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE uploads (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " file_name TEXT NOT NULL, sha256 TEXT NOT NULL, rows INTEGER NOT NULL,"
                       " warehouse_id TEXT NOT NULL, connection TEXT NOT NULL,"
                       " hosting_method TEXT NOT NULL, url TEXT NOT NULL, content BLOB,"
                       " created_at TEXT NOT NULL)"_s));
        QVERIFY(q.exec(u"CREATE TABLE batches (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " upload_id INTEGER NOT NULL REFERENCES uploads(id),"
                       " sync_id TEXT, submitted_at TEXT NOT NULL, status TEXT,"
                       " total_count INTEGER NOT NULL DEFAULT 0,"
                       " success_count INTEGER NOT NULL DEFAULT 0,"
                       " error_count INTEGER NOT NULL DEFAULT 0)"_s));
        q.prepare(u"INSERT INTO uploads VALUES (1, 'old.csv', ?, 1, 'W1', 'Prod', 'reference',"
                  " 'https://files.example/old.csv', ?, '2025-01-02T03:04:05.000Z')"_s);
        q.addBindValue(QString::fromLatin1(HistoryStore::sha256Hex(bytes)));
        q.addBindValue(qCompress(bytes));
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"INSERT INTO uploads VALUES (2, 'lost.csv', 'ab', 1, 'W1', 'Prod',"
                       " 'reference', 'https://files.example/lost.csv', NULL,"
                       " '2025-01-03T00:00:00.000Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO batches VALUES (1, 1, 'sync-old', '2025-01-02T03:04:06.000Z',"
                       " 'success', 1, 1, 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO batches VALUES (2, 2, NULL, '2025-01-03T00:00:01.000Z',"
                       " NULL, 0, 0, 0)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    HistoryStore store;
    const HistoryStore::OpenResult opened = store.open(path());
    QVERIFY2(opened.ok, qPrintable(opened.message));
    QCOMPARE(opened.migratedFrom, 1);
    QVERIFY(opened.setAsidePath.isEmpty());
    const QList<UploadRecord> uploads = store.uploads();
    QCOMPARE(uploads.size(), 2);
    const UploadRecord old = *store.upload(1);
    QCOMPARE(old.fileName, u"old.csv"_s);
    QCOMPARE(old.createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(old.batches.size(), 1);
    const BatchRecord &done = old.batches.first();
    QCOMPARE(done.state, SendState::Sent);
    QCOMPARE(done.syncId, u"sync-old"_s);
    QCOMPARE(done.status, u"success"_s);
    QCOMPARE(done.url, u"https://files.example/old.csv"_s); // moved down from the upload
    QCOMPARE(done.rows, 1);
    QCOMPARE(store.batchContent(done.id), bytes);
    // Without a sync id, version 1's record is a submission of unknown fate.
    const BatchRecord lost = store.upload(2)->batches.first();
    QCOMPARE(lost.state, SendState::Sending);
    QCOMPARE(lost.url, u"https://files.example/lost.csv"_s);
    // And the migrated database takes new records.
    const qint64 added = store.addUpload(sampleUpload());
    QVERIFY(store.beginBatch(added, 0, u"http://h/n.csv"_s, "n", 0, 1) > 0);
    store.close();
    QCOMPARE(userVersion(path()), HistoryStore::SchemaVersion);
}

void TestHistory::corruptFileSetAside()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += "not a database, a spreadsheet saved over it\n";
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store;
    const HistoryStore::OpenResult opened = store.open(path());
    QVERIFY2(opened.ok, qPrintable(opened.message));
    // Said, never silent: where the old file went.
    QVERIFY(!opened.setAsidePath.isEmpty());
    QVERIFY(opened.setAsidePath.startsWith(path() + u".corrupt-"_s));
    QVERIFY2(opened.message.contains(QDir::toNativeSeparators(opened.setAsidePath)),
             qPrintable(opened.message));
    QFile aside(opened.setAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept byte for byte
    // A new, working history in its place.
    QVERIFY(store.uploads().isEmpty());
    QVERIFY(store.addUpload(sampleUpload()) > 0);
    store.close();
    QCOMPARE(userVersion(path()), HistoryStore::SchemaVersion);

    // Opening the good one again sets nothing aside.
    HistoryStore again;
    const HistoryStore::OpenResult reopened = again.open(path());
    QVERIFY(reopened.ok);
    QVERIFY(reopened.setAsidePath.isEmpty());
    QCOMPARE(again.uploads().size(), 1);
}

void TestHistory::newerVersionLeftAlone()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()).ok);
        store.addUpload(sampleUpload());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);

    HistoryStore store;
    const HistoryStore::OpenResult opened = store.open(path());
    QVERIFY(!opened.ok);
    QVERIFY(opened.message.contains(u"newer"_s));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(userVersion(path()), 99); // untouched
}

void TestHistory::reconcileKeepsToItsConnection()
{
    // A record made through another connection is left for that connection:
    // this service would not know it and it would be marked not started.
    HistoryStore store;
    QVERIFY(store.open(path()).ok);
    UploadRecord mine = sampleUpload();
    mine.connection = u"sandbox"_s;
    UploadRecord theirs = sampleUpload();
    theirs.connection = u"shiphero"_s;
    const qint64 myBatch =
        store.beginBatch(store.addUpload(mine), 0, u"http://127.0.0.1:5/mine.csv"_s, "a", 0, 1);
    const qint64 theirBatch =
        store.beginBatch(store.addUpload(theirs), 0, u"http://127.0.0.1:5/theirs.csv"_s, "b", 0, 1);

    FakeService service; // knows neither: mine was not started
    Reconciler reconciler(&store, service.lookup());
    reconciler.setConnection(u"sandbox"_s);
    ReconcileReply *reply = reconciler.reconcile();
    QSignalSpy finished(reply, &ReconcileReply::finished);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ReconcileResult>();
    QCOMPARE(result.notStarted, 1);
    QCOMPARE(service.asked.size(), 1);
    QCOMPARE(service.asked.first().first, u"http://127.0.0.1:5/mine.csv"_s);
    QCOMPARE(store.batch(myBatch)->state, SendState::Failed);
    QCOMPARE(store.batch(theirBatch)->state, SendState::Sending);
}

void TestHistory::reconcileAdoptsSendingBatch()
{
    HistoryStore store;
    QVERIFY(store.open(path()).ok);
    const UploadRecord upload = sampleUpload();
    const qint64 id = store.addUpload(upload);
    const QString url = u"http://127.0.0.1:5/part1.csv"_s;
    // The same URL sent once before, its batch known: never adopted again.
    const qint64 earlier = store.beginBatch(id, 0, url, "a", 0, 1);
    QVERIFY(store.completeBatch(earlier, u"sync-earlier"_s));
    const qint64 interrupted = store.beginBatch(id, 1, url, "a", 0, 1);
    const qint64 neverSent = store.beginBatch(id, 2, u"http://127.0.0.1:5/part2.csv"_s, "b", 1, 1);
    const qint64 unreachable =
        store.beginBatch(id, 3, u"http://127.0.0.1:5/part3.csv"_s, "c", 2, 1);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    FakeService service;
    service.batches = {
        serviceBatch(u"sync-other-wh"_s, url, u"ElsewhereWarehouse"_s, now),
        serviceBatch(u"sync-lost"_s, url, upload.warehouseId, now.addSecs(1)),
        serviceBatch(u"sync-earlier"_s, url, upload.warehouseId, now.addSecs(-5)),
        serviceBatch(u"sync-old"_s, url, upload.warehouseId, now.addDays(-2)),
    };
    service.failFor = {u"http://127.0.0.1:5/part3.csv"_s};

    Reconciler reconciler(&store, service.lookup());
    ReconcileReply *reply = reconciler.reconcile();
    QSignalSpy finished(reply, &ReconcileReply::finished);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ReconcileResult>();
    QCOMPARE(result.adopted, 1);
    QCOMPARE(result.notStarted, 1);
    QCOMPARE(result.unresolved, 1);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.batches.size(), 3);

    const BatchRecord found = *store.batch(interrupted);
    QCOMPARE(found.state, SendState::Sent);
    QCOMPARE(found.syncId, u"sync-lost"_s);
    QVERIFY(found.adopted);
    QCOMPARE(found.status, u"processing"_s); // the status found came along
    QCOMPARE(found.finishedCount, 1);
    QCOMPARE(store.batch(neverSent)->state, SendState::Failed);
    QVERIFY(!store.batch(neverSent)->error.isEmpty());
    QCOMPARE(store.batch(unreachable)->state, SendState::Sending); // asked again next start

    // The lookup was asked with the record's URL and a time before it was written.
    QCOMPARE(service.asked.size(), 3);
    QCOMPARE(service.asked.first().first, url);
    QVERIFY(service.asked.first().second <= found.submittedAt);

    // Next start: only the unresolved one is looked at again, and is found.
    service.failFor.clear();
    service.batches.append(
        serviceBatch(u"sync-3"_s, u"http://127.0.0.1:5/part3.csv"_s, upload.warehouseId, now));
    ReconcileReply *second = reconciler.reconcile();
    QSignalSpy finishedAgain(second, &ReconcileReply::finished);
    QVERIFY(finishedAgain.wait(5000));
    const auto again = finishedAgain.first().first().value<ReconcileResult>();
    QCOMPARE(again.adopted, 1);
    QVERIFY(again.ok());
    QCOMPARE(store.batch(unreachable)->syncId, u"sync-3"_s);
    QVERIFY(store.batchesIn(SendState::Sending).isEmpty());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
