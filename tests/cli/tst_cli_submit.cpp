// `invsync submit`, run as the built program against a sandbox on 127.0.0.1
// (ephemeral port) in this process, as a nightly script runs it: the built-in
// host serving the parts to the sandbox, --wait to success and to failed
// rows, files with errors refused or pruned, a large file split, --url with
// --host none, the check against the warehouse, Ctrl+C while waiting, and
// the history the process writes where the window reads it.

#include "SandboxTestSupport.h"

#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The demo warehouse's own SKUs (no commas), each once.
QStringList demoSkus()
{
    const SandboxState state = DemoData::create();
    QStringList skus;
    for (const SandboxProduct &product : state.products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0 && product.active && !product.sku.contains(u',') &&
            !skus.contains(product.sku))
            skus.append(product.sku);
    }
    return skus;
}

qint64 onHand(const SandboxState &state, const QString &sku)
{
    for (const SandboxProduct &product : state.products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0 && product.sku == sku)
            return product.onHand;
    }
    return -1;
}

QByteArray header()
{
    return "sku,quantity,action,reason\n";
}

QByteArray row(const QString &sku, qint64 quantity)
{
    return sku.toUtf8() + ',' + QByteArray::number(quantity) + ",replace,count\n";
}

// `count` rows of the demo SKUs, each SKU once (so no duplicate_sku).
QByteArray demoCsv(int count)
{
    const QStringList skus = demoSkus();
    QByteArray csv = header();
    for (int i = 0; i < count && i < skus.size(); ++i)
        csv += row(skus.at(i), 10 + i);
    return csv;
}

// A stand-in for an S3 bucket: keeps what is PUT, serves it to a presigned GET.
class FakeS3 : public QAbstractHttpServer
{
public:
    FakeS3() { m_port = listen(QHostAddress(QHostAddress::LocalHost), 0); }
    quint16 port() const { return m_port; }
    QHash<QString, QByteArray> objects; // by path: /bucket/key
    int presignedGets = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        QByteArray status = "200 OK";
        QByteArray extra;
        QByteArray body;
        if (request.method() == QHttpServerRequest::Method::Put &&
            request.value("Authorization").startsWith("AWS4-HMAC-SHA256")) {
            objects.insert(path, request.body());
            extra = "ETag: \"0123\"\r\n";
        } else if (request.method() == QHttpServerRequest::Method::Get && objects.contains(path) &&
                   request.url().query().contains(u"X-Amz-Signature="_s)) {
            body = objects.value(path);
            ++presignedGets;
        } else {
            status = "403 Forbidden";
        }
        socket->write("HTTP/1.1 " + status + "\r\n" + extra +
                      "Content-Type: text/csv\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    quint16 m_port = 0;
};

} // namespace

class TestCliSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void waitEndsInSuccess();
    void waitEndsWithFailedRows();
    void fileWithErrorsIsRefused_data();
    void fileWithErrorsIsRefused();
    void skipInvalidLeavesRowsOut();
    void largeFileIsSplit();
    void urlWithHostNone();
    void hostNoneNeedsUrl();
    void checkWarehouseRefusesUnknownSkus();
    void checkWarehouseShowsUnits();
    void interruptDuringWaitKeepsBatches();
    void s3Hosting();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QProcess *start(const QStringList &arguments);
    Outcome finish(QProcess *process, int timeoutMs = 90000);
    Outcome run(const QStringList &arguments);
    QStringList historySyncIds();
    QString batchStatus(const QString &syncId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FileServer> m_files;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_token;
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_environment; // more for the next processes
};

#define VERIFY_EXIT(outcome, code)                                                                 \
    QVERIFY2(                                                                                      \
        (outcome).exitCode == (code),                                                              \
        qPrintable(u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s.arg((outcome).exitCode)       \
                       .arg(code)                                                                  \
                       .arg(QString::fromUtf8((outcome).out), QString::fromUtf8((outcome).err))))

void TestCliSubmit::initTestCase()
{
    qunsetenv("INVSYNC_TOKEN");
    m_server = std::make_unique<SandboxServer>(fastConfig());
    m_server->service().setState(DemoData::create());
    QVERIFY(m_server->listen() != 0);
    m_files = std::make_unique<FileServer>();
    QVERIFY(m_files->port() != 0);
    m_client = std::make_unique<TestClient>(m_server->baseUrl());
    QCOMPARE(m_client->login().status, 200);
    m_token = m_client->token();
    QVERIFY(!m_token.isEmpty());
}

void TestCliSubmit::init()
{
    // Settings, keychain and history of each test start from nothing.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment.clear();
    m_server->service().setRowsPerSecond(2000);
}

QString TestCliSubmit::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QProcess *TestCliSubmit::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"INVSYNC_S3_SECRET_KEY"_s);
    env.insert(u"INVSYNC_TOKEN"_s, QString::fromLatin1(m_token));
    env.insert(u"QT_QPA_PLATFORM"_s, u"invsync-no-such-platform"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home->path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/invsync-test-bus"_s);
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->start(QString::fromUtf8(INVSYNC_BINARY),
                   QStringList{u"submit"_s} + arguments +
                       QStringList{u"--endpoint"_s, m_server->baseUrl().toString()});
    return process;
}

Outcome TestCliSubmit::finish(QProcess *process, int timeoutMs)
{
    Outcome outcome;
    // The event loop runs while the child works: the sandbox must answer it,
    // and it downloads the parts from the child's built-in host.
    const bool done =
        QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs);
    if (!done) {
        process->kill();
        process->waitForFinished();
    } else if (process->exitStatus() == QProcess::NormalExit) {
        outcome.exitCode = process->exitCode();
    }
    outcome.out = process->readAllStandardOutput();
    outcome.err = process->readAllStandardError();
    process->deleteLater();
    return outcome;
}

Outcome TestCliSubmit::run(const QStringList &arguments)
{
    QProcess *process = start(arguments);
    if (!process->waitForStarted(10000))
        return {};
    process->closeWriteChannel(); // stdin is not a terminal, as in a script
    return finish(process);
}

QStringList TestCliSubmit::historySyncIds()
{
    // Where the window keeps its history: the process wrote it there.
    const QString path = m_home->path() + u"/data/InvSync/InvSync/history.sqlite"_s;
    if (!QFile::exists(path))
        return {};
    HistoryStore store;
    if (!store.open(path).ok)
        return {u"<unreadable>"_s};
    QStringList ids;
    const QList<UploadRecord> uploads = store.uploads();
    for (const UploadRecord &upload : uploads) {
        for (const BatchRecord &batch : upload.batches) {
            if (batch.state == SendState::Sent)
                ids.append(batch.syncId);
        }
    }
    return ids;
}

QString TestCliSubmit::batchStatus(const QString &syncId)
{
    const QJsonObject reply = m_client->graphql(
        u"query($id: String!) { inventory_sync_status(id: $id) { data { status } } }"_s,
        {{u"id"_s, syncId}});
    return reply.value(u"data"_s)
        .toObject()
        .value(u"inventory_sync_status"_s)
        .toObject()
        .value(u"data"_s)
        .toObject()
        .value(u"status"_s)
        .toString();
}

void TestCliSubmit::waitEndsInSuccess()
{
    const QString file = writeFile(u"stock.csv"_s, demoCsv(20));
    // The warehouse by name, as a person types it.
    const Outcome outcome =
        run({file, u"--warehouse"_s, u"primary (static slotting)"_s, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonObject json = outcome.json();
    QCOMPARE(json.keys(),
             (QStringList{u"batches"_s, u"interrupted"_s, u"stock"_s, u"upload"_s, u"waited"_s}));
    const QJsonObject upload = json.value(u"upload").toObject();
    QCOMPARE(upload.value(u"rows").toInt(), 20);
    QCOMPARE(upload.value(u"hosting").toString(), u"builtin"_s);
    QCOMPARE(upload.value(u"warehouse_id").toString(), warehouseId());
    QVERIFY(upload.value(u"id").toInt() > 0);
    const QJsonArray batches = json.value(u"batches").toArray();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.at(0).toObject();
    const QString syncId = batch.value(u"sync_id").toString();
    QVERIFY(!syncId.isEmpty());
    QCOMPARE(batch.value(u"status").toString(), u"success"_s);
    QCOMPARE(batch.value(u"succeeded").toInt(), 20);
    QVERIFY2(batch.value(u"url").toString().startsWith(u"http://127.0.0.1:"_s),
             qPrintable(batch.value(u"url").toString()));
    QCOMPARE(json.value(u"waited").toBool(), true);
    QCOMPARE(batchStatus(syncId), u"success"_s);
    QCOMPARE(historySyncIds(), QStringList{syncId});
}

void TestCliSubmit::waitEndsWithFailedRows()
{
    QByteArray csv = demoCsv(5);
    csv += row(u"NO-SUCH-SKU-1"_s, 3);
    const QString file = writeFile(u"unknown.csv"_s, csv);
    const Outcome outcome = run({file, u"--warehouse"_s, warehouseId(), u"--wait"_s});
    VERIFY_EXIT(outcome, 1);
    // The text report: the sync id, then the final state.
    const QStringList ids = historySyncIds();
    QCOMPARE(ids.size(), 1);
    QVERIFY2(outcome.out.contains(ids.constFirst().toUtf8()), outcome.out.constData());
    QVERIFY2(outcome.out.contains("error_partial"), outcome.out.constData());
    QCOMPARE(batchStatus(ids.constFirst()), u"error_partial"_s);
}

void TestCliSubmit::fileWithErrorsIsRefused_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestCliSubmit::fileWithErrorsIsRefused()
{
    QFETCH(bool, json);
    QByteArray csv = demoCsv(4);
    csv += row(u"BAD-QTY"_s, 1).replace(",1,", ",lots,");
    const QString file = writeFile(u"errors.csv"_s, csv);
    QStringList args{file, u"--warehouse"_s, warehouseId(), u"--wait"_s};
    if (json)
        args << u"--json"_s;
    const Outcome outcome = run(args);
    VERIFY_EXIT(outcome, 1); // "problems found", as `invsync validate` says of the same file
    QVERIFY2(outcome.err.contains("--skip-invalid"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("nothing was sent"), outcome.err.constData());
    if (json) {
        const QJsonObject value = outcome.json();
        QVERIFY(value.value(u"upload").isNull());
        QCOMPARE(value.value(u"validation").toObject().value(u"errors").toInt(), 1);
    } else {
        QVERIFY2(outcome.err.contains("errors.csv:6"), outcome.err.constData()); // where
        QCOMPARE(outcome.out, QByteArray());
    }
    QCOMPARE(historySyncIds(), QStringList());
}

void TestCliSubmit::skipInvalidLeavesRowsOut()
{
    QByteArray csv = demoCsv(6);
    csv += row(u"BAD-QTY"_s, 1).replace(",1,", ",-4,");
    csv += row(u""_s, 2); // an empty SKU
    const QString file = writeFile(u"some-errors.csv"_s, csv);
    const Outcome outcome =
        run({file, u"--warehouse"_s, warehouseId(), u"--skip-invalid"_s, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(u"upload").toObject().value(u"left_out").toInt(), 2);
    QCOMPARE(json.value(u"upload").toObject().value(u"rows").toInt(), 6);
    const QJsonObject batch = json.value(u"batches").toArray().at(0).toObject();
    QCOMPARE(batch.value(u"rows").toInt(), 6);
    QCOMPARE(batch.value(u"succeeded").toInt(), 6);
    QCOMPARE(batch.value(u"failed").toInt(), 0);

    // The text report says how many were left out.
    const Outcome text = run({file, u"--warehouse"_s, warehouseId(), u"--skip-invalid"_s});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains("Left out 2 row"), text.out.constData());
}

void TestCliSubmit::largeFileIsSplit()
{
    // 7,500 distinct SKUs (unknown to the warehouse: the batches run all the
    // same, and nothing here waits for them).
    QByteArray csv = header();
    for (int i = 0; i < 7500; ++i)
        csv += row(u"SPLIT-%1"_s.arg(i, 5, 10, QChar(u'0')), i % 50);
    const QString file = writeFile(u"large.csv"_s, csv);
    // Without --wait the built-in host serves until the sandbox has downloaded every part.
    const Outcome outcome = run({file, u"--warehouse"_s, warehouseId(), u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonArray batches = outcome.json().value(u"batches").toArray();
    QCOMPARE(batches.size(), 3);
    QList<int> rows;
    QList<int> firstRows;
    QStringList ids;
    for (const QJsonValue &value : batches) {
        rows.append(value.toObject().value(u"rows").toInt());
        firstRows.append(value.toObject().value(u"first_row").toInt());
        ids.append(value.toObject().value(u"sync_id").toString());
        QVERIFY(value.toObject().value(u"url").toString().endsWith(u"-of-3.csv"_s));
    }
    QCOMPARE(rows, (QList<int>{3000, 3000, 1500}));
    QCOMPARE(firstRows, (QList<int>{1, 3001, 6001}));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
    QCOMPARE(historySyncIds(), ids);
    // Every part reached the service: none fails for want of its file.
    for (const QString &id : std::as_const(ids))
        QTRY_VERIFY_WITH_TIMEOUT(batchStatus(id) == u"error_all"_s, 30000);
}

void TestCliSubmit::urlWithHostNone()
{
    const QByteArray csv = demoCsv(8);
    m_files->serve(u"/remote/stock.csv"_s, {200, "text/csv", csv});
    const QString url = m_files->url(u"/remote/stock.csv"_s);
    const int before = m_files->requests();
    const Outcome outcome = run({u"--url"_s, url, u"--warehouse"_s, warehouseId(), u"--host"_s,
                                 u"none"_s, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(u"upload").toObject().value(u"hosting").toString(), u"none"_s);
    QCOMPARE(json.value(u"upload").toObject().value(u"sha256").toString().toLatin1(),
             HistoryStore::sha256Hex(csv));
    const QJsonObject batch = json.value(u"batches").toArray().at(0).toObject();
    QCOMPARE(batch.value(u"url").toString(), url); // the URL as given
    QCOMPARE(batch.value(u"status").toString(), u"success"_s);
    // Downloaded once here to check it, once by the service.
    QCOMPARE(m_files->requests() - before, 2);

    // A URL whose file has errors is refused before anything is sent.
    m_files->serve(u"/remote/bad.csv"_s, {200, "text/csv", header() + "X,notanumber,replace,r\n"});
    const Outcome bad =
        run({u"--url"_s, m_files->url(u"/remote/bad.csv"_s), u"--warehouse"_s, warehouseId()});
    VERIFY_EXIT(bad, 1);
    QCOMPARE(historySyncIds().size(), 1);
}

void TestCliSubmit::hostNoneNeedsUrl()
{
    const QString file = writeFile(u"stock.csv"_s, demoCsv(3));
    const Outcome outcome = run({file, u"--warehouse"_s, warehouseId(), u"--host"_s, u"none"_s});
    VERIFY_EXIT(outcome, 2);
    QVERIFY2(outcome.err.contains("--url"), outcome.err.constData());
}

void TestCliSubmit::checkWarehouseRefusesUnknownSkus()
{
    QByteArray csv = demoCsv(3);
    csv += row(u"GHOST-SKU-9"_s, 5);
    const QString file = writeFile(u"ghost.csv"_s, csv);
    const Outcome outcome = run({file, u"--warehouse"_s, warehouseId(), u"--check-warehouse"_s});
    VERIFY_EXIT(outcome, 1);
    QVERIFY2(outcome.err.contains("GHOST-SKU-9"), outcome.err.constData());
    QVERIFY2(outcome.err.contains("nothing was sent") || outcome.err.contains("Nothing was sent"),
             outcome.err.constData());
    QCOMPARE(historySyncIds(), QStringList());
}

void TestCliSubmit::checkWarehouseShowsUnits()
{
    // Earlier tests changed the on-hand of the demo SKUs: what the sandbox has now.
    const QStringList skus = demoSkus();
    QVERIFY(skus.size() >= 2);
    const qint64 first = onHand(m_server->service().state(), skus.at(0));
    const qint64 second = onHand(m_server->service().state(), skus.at(1));
    QVERIFY(first >= 0 && second > 0);
    // One SKU up by 7, one down by all but one unit, one unknown left out.
    QByteArray csv =
        header() + row(skus.at(0), first + 7) + row(skus.at(1), 1) + row(u"GHOST-SKU-9"_s, 5);
    const QString file = writeFile(u"check.csv"_s, csv);
    const Outcome outcome = run({file, u"--warehouse"_s, warehouseId(), u"--check-warehouse"_s,
                                 u"--skip-invalid"_s, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonObject json = outcome.json();
    const QJsonObject stock = json.value(u"stock").toObject();
    QCOMPARE(stock.value(u"units_up").toInteger(), 7);
    QCOMPARE(stock.value(u"units_down").toInteger(), second - 1);
    QCOMPARE(stock.value(u"not_found").toArray(), QJsonArray{u"GHOST-SKU-9"_s});
    QCOMPARE(json.value(u"upload").toObject().value(u"left_out").toInt(), 1);
    const QJsonObject batch = json.value(u"batches").toArray().at(0).toObject();
    QCOMPARE(batch.value(u"rows").toInt(), 2);
    QCOMPARE(batch.value(u"status").toString(), u"success"_s);

    // The text report shows the units too (the same file again: the sandbox
    // now has what it says, so nothing goes up or down).
    const Outcome text =
        run({file, u"--warehouse"_s, warehouseId(), u"--check-warehouse"_s, u"--skip-invalid"_s});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains("0 units going up over 0 rows, 0 going down"), text.out.constData());
}

void TestCliSubmit::interruptDuringWaitKeepsBatches()
{
#ifdef Q_OS_WIN
    QSKIP("SIGINT cannot be sent to a child process on Windows");
#else
    m_server->service().setRowsPerSecond(4);
    const QString file = writeFile(u"slow.csv"_s, demoCsv(60));
    QProcess *process = start({file, u"--warehouse"_s, warehouseId(), u"--wait"_s});
    QVERIFY(process->waitForStarted(10000));
    process->closeWriteChannel();
    // Sent (the report names the batch), and the service has the file; then Ctrl+C.
    // Looked at twice a second: a reader opening the database every 50 ms
    // competes with the process writing it, and on a loaded machine (CI runs
    // two tests at once) the record took just over 30 s to be seen.
    QString syncId;
    for (int waited = 0; syncId.isEmpty() && waited < 90000; waited += 500) {
        QTest::qWait(500);
        syncId = historySyncIds().value(0);
    }
    QVERIFY2(!syncId.isEmpty(), "the batch never appeared in the history");
    QTRY_VERIFY_WITH_TIMEOUT(batchStatus(syncId) == u"processing"_s, 30000);
    QTest::qWait(500);
    QCOMPARE(process->state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const Outcome outcome = finish(process, 15000);
    VERIFY_EXIT(outcome, 5);
    QVERIFY2(outcome.err.contains(QByteArray("invsync batch " + syncId.toUtf8() + " --wait")),
             outcome.err.constData());
    QVERIFY2(outcome.err.contains("not aborted"), outcome.err.constData());
    QVERIFY2(outcome.out.contains(syncId.toUtf8()), outcome.out.constData());
    QCOMPARE(batchStatus(syncId), u"processing"_s);
    m_server->service().setRowsPerSecond(2000);
    QTRY_VERIFY_WITH_TIMEOUT(batchStatus(syncId) == u"success"_s, 30000);
#endif
}

void TestCliSubmit::s3Hosting()
{
    FakeS3 s3;
    QVERIFY(s3.port() != 0);
    // The window's File Hosting settings, where the window keeps them.
    QVERIFY(QDir().mkpath(m_home->path() + u"/config/InvSync"_s));
    QFile ini(m_home->path() + u"/config/InvSync/InvSync.conf"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Reach]\nS3\\Endpoint=http://127.0.0.1:" + QByteArray::number(s3.port()) +
              "\nS3\\Region=us-east-1\nS3\\Bucket=stock\nS3\\KeyPrefix=nightly/\n"
              "S3\\PathStyle=true\nS3\\AccessKeyId=AKIDEXAMPLE\n");
    ini.close();
    const QString file = writeFile(u"s3.csv"_s, demoCsv(12));

    // No secret key (no keychain here either): not set up, nothing sent.
    const Outcome missing = run({file, u"--warehouse"_s, warehouseId(), u"--host"_s, u"s3"_s});
    VERIFY_EXIT(missing, 2);
    QVERIFY2(missing.err.contains("INVSYNC_S3_SECRET_KEY"), missing.err.constData());
    QVERIFY(s3.objects.isEmpty());

    const QByteArray secret = "wJalrXUtnFEMI-K7MDENG-secret";
    m_environment.insert(u"INVSYNC_S3_SECRET_KEY"_s, QString::fromLatin1(secret));
    const Outcome outcome = run(
        {file, u"--warehouse"_s, warehouseId(), u"--host"_s, u"s3"_s, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    QVERIFY(!outcome.out.contains(secret) && !outcome.err.contains(secret));
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(u"upload").toObject().value(u"hosting").toString(), u"s3"_s);
    const QJsonObject batch = json.value(u"batches").toArray().at(0).toObject();
    const QString url = batch.value(u"url").toString();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:%1/stock/nightly/"_s.arg(s3.port())),
             qPrintable(url));
    QVERIFY2(url.contains(u"X-Amz-Signature="_s), qPrintable(url));
    QCOMPARE(batch.value(u"status").toString(), u"success"_s);
    QCOMPARE(batch.value(u"succeeded").toInt(), 12);
    QCOMPARE(s3.objects.size(), 1);
    QCOMPARE(s3.presignedGets, 1); // the service's download
    QCOMPARE(HistoryStore::sha256Hex(s3.objects.cbegin().value()).constData(),
             json.value(u"upload").toObject().value(u"sha256").toString().toLatin1().constData());
}

QTEST_GUILESS_MAIN(TestCliSubmit)
#include "tst_cli_submit.moc"
