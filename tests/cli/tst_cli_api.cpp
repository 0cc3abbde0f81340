// The commands that talk to the service, run as the built `invsync` program
// against a sandbox on 127.0.0.1 (ephemeral port), as a nightly script runs
// them: every command, every exit code, the JSON shapes, `batch --wait` to
// success and to failed rows, abort, Ctrl+C while waiting, and no question
// when stdin is not a terminal.
//
// The sandbox runs in this process (not as `invsync sandbox`) because the
// tests serve the CSV files its batches download and change its pace per
// test; the program reaches it over loopback either way. Children are waited
// for with the event loop running, so the sandbox answers meanwhile.

#include "SandboxTestSupport.h"

#include "cli/Cli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

Q_DECLARE_METATYPE(invsync::ExitCode)

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

// A CSV of `rows` rows over the demo warehouse's SKUs (each once while they last).
QByteArray demoCsv(int rows)
{
    QByteArray csv = "sku,quantity,action,reason\n";
    const SandboxState state = DemoData::create();
    QStringList skus;
    for (const SandboxProduct &product : state.products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0 && !product.sku.contains(u',') &&
            !skus.contains(product.sku))
            skus.append(product.sku);
    }
    for (int i = 0; i < rows; ++i)
        csv += skus.at(i % skus.size()).toUtf8() + ',' + QByteArray::number(10 + i) +
               ",replace,test\n";
    return csv;
}

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void helpDescribesEveryCommand_data();
    void helpDescribesEveryCommand();
    void warehouses();
    void quota();
    void quietPrintsNothing();
    void batchesListAndFilters();
    void batchesUsageErrors_data();
    void batchesUsageErrors();
    void batchWaitSucceeds();
    void batchWaitEndsWithFailedRows();
    void batchUnknownIsUsageError();
    void rowsJsonAndCsv();
    void abortRunningBatch();
    void abortNeedsYesWithoutTerminal();
    void abortWithoutWriteScopeIsAuth();
    void interruptDuringWaitKeepsBatch();
    void authenticationErrors_data();
    void authenticationErrors();
    void networkUnavailable();
    void loginAndLogout();
    void profiles();
    void loginAsksOnTerminal();
    void abortAsksOnTerminal_data();
    void abortAsksOnTerminal();

private:
    // In this process, as a person at a terminal: `answers` are typed in turn.
    struct Asked
    {
        ExitCode code = ExitCode::Ok;
        QString out;
        QString err;
        QStringList prompts;
        QList<bool> secret;
    };
    Asked runOnTerminal(const QStringList &arguments, QStringList answers);
    Outcome run(const QStringList &arguments, const QByteArray &token = "<demo>",
                const QByteArray &input = {}, bool endpoint = true);
    QProcess *start(const QStringList &arguments);
    Outcome finish(QProcess *process, int timeoutMs = 60000);
    QString submit(const QByteArray &csv, double rowsPerSecond);
    QString batchStatus(const QString &syncId);
    QString endpoint() const { return m_server->baseUrl().toString(); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FileServer> m_files;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_token;
    QByteArray m_viewerToken;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_processHome;
    int m_fileNumber = 0;
};

void TestCliApi::initTestCase()
{
    // The in-process runs use settings and a keychain too: none of this machine's.
    m_processHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_processHome->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_processHome->path()));
    qputenv("HOME", QFile::encodeName(m_processHome->path()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/invsync-test-bus");
    qunsetenv("INVSYNC_TOKEN");

    SandboxConfig config;
    config.rowsPerSecond = 500;
    config.pendingDelayMs = 0;
    m_server = std::make_unique<SandboxServer>(config);
    m_server->service().setState(DemoData::create());
    QVERIFY(m_server->listen() != 0);
    m_files = std::make_unique<FileServer>();
    QVERIFY(m_files->port() != 0);

    m_client = std::make_unique<TestClient>(m_server->baseUrl());
    TestClient viewer(m_server->baseUrl());
    QCOMPARE(viewer.login(DemoData::readOnlyUsername(), DemoData::readOnlyPassword()).status, 200);
    m_viewerToken = viewer.token();
    QCOMPARE(m_client->login().status, 200);
    m_token = m_client->token();
    QVERIFY(!m_token.isEmpty());
}

void TestCliApi::init()
{
    // Settings (profiles) of each test start from nothing.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcess *TestCliApi::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"INVSYNC_TOKEN"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"invsync-no-such-platform"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    // Isolation: settings in a fresh home, and no keychain of this machine.
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home->path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/invsync-test-bus"_s);
    if (arguments.contains(u"--invsync-token"_s)) {
        // Not an option of the program: how run() hands over the token.
        const qsizetype at = arguments.indexOf(u"--invsync-token"_s);
        env.insert(u"INVSYNC_TOKEN"_s, arguments.at(at + 1));
        QStringList rest = arguments;
        rest.remove(at, 2);
        process->setProcessEnvironment(env);
        process->start(QString::fromUtf8(INVSYNC_BINARY), rest);
    } else {
        process->setProcessEnvironment(env);
        process->start(QString::fromUtf8(INVSYNC_BINARY), arguments);
    }
    return process;
}

Outcome TestCliApi::finish(QProcess *process, int timeoutMs)
{
    Outcome outcome;
    // The event loop runs while the child works: the sandbox must answer it.
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

Outcome TestCliApi::run(const QStringList &arguments, const QByteArray &token,
                        const QByteArray &input, bool endpoint)
{
    QStringList args = arguments;
    if (endpoint)
        args << u"--endpoint"_s << this->endpoint();
    if (!token.isEmpty())
        args << u"--invsync-token"_s << QString::fromLatin1(token == "<demo>" ? m_token : token);
    QProcess *process = start(args);
    if (!process->waitForStarted(10000))
        return {};
    // stdin is a pipe, never a terminal: what a script gives.
    process->write(input);
    process->closeWriteChannel();
    return finish(process);
}

QString TestCliApi::submit(const QByteArray &csv, double rowsPerSecond)
{
    m_server->service().setRowsPerSecond(rowsPerSecond);
    const QString path = u"/stock-%1.csv"_s.arg(++m_fileNumber);
    m_files->serve(path, {200, "text/csv", csv});
    const QJsonObject reply = m_client->graphql(
        u"mutation($url: String!, $w: String!) { inventory_sync(data: {url: $url, "
        u"warehouse_id: $w}) { sync_id } }"_s,
        {{u"url"_s, m_files->url(path)}, {u"w"_s, warehouseId()}});
    return reply.value(u"data"_s)
        .toObject()
        .value(u"inventory_sync"_s)
        .toObject()
        .value(u"sync_id"_s)
        .toString();
}

QString TestCliApi::batchStatus(const QString &syncId)
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

#define VERIFY_EXIT(outcome, code)                                                                 \
    QVERIFY2(                                                                                      \
        (outcome).exitCode == (code),                                                              \
        qPrintable(u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s.arg((outcome).exitCode)       \
                       .arg(code)                                                                  \
                       .arg(QString::fromUtf8((outcome).out), QString::fromUtf8((outcome).err))))

void TestCliApi::helpDescribesEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("batches") << u"batches"_s
                             << QStringList{u"--status S"_s, u"--warehouse W"_s, u"--limit N"_s,
                                            u"\"has_more\""_s, u"--endpoint URL"_s};
    QTest::newRow("batch") << u"batch"_s
                           << QStringList{u"--wait"_s, u"\"succeeded\""_s, u"error_partial"_s,
                                          u"5  interrupted"_s};
    QTest::newRow("rows") << u"rows"_s << QStringList{u"--csv"_s, u"\"sku\""_s, u"formula"_s};
    QTest::newRow("abort") << u"abort"_s << QStringList{u"--reason TEXT"_s, u"--yes"_s};
    QTest::newRow("warehouses") << u"warehouses"_s << QStringList{u"\"legacy_id\""_s};
    QTest::newRow("quota") << u"quota"_s << QStringList{u"\"credits_remaining\""_s};
    QTest::newRow("login") << u"login"_s << QStringList{u"--token-stdin"_s, u"INVSYNC_TOKEN"_s};
    QTest::newRow("logout") << u"logout"_s << QStringList{u"keychain"_s};
    QTest::newRow("profile") << u"profile"_s << QStringList{u"add NAME URL"_s, u"\"kind\""_s};
}

void TestCliApi::helpDescribesEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    const Outcome general = run({u"--help"_s}, {}, {}, false);
    VERIFY_EXIT(general, 0);
    QVERIFY2(general.out.contains(QByteArray("  " + command.toUtf8() + ' ')),
             general.out.constData());
    QVERIFY(general.out.contains("  3  "));

    const Outcome outcome = run({u"help"_s, command}, {}, {}, false);
    VERIFY_EXIT(outcome, 0);
    for (const QString &text : expected)
        QVERIFY2(outcome.out.contains(text.toUtf8()), qPrintable(text));
}

void TestCliApi::warehouses()
{
    const Outcome json = run({u"warehouses"_s, u"--json"_s});
    VERIFY_EXIT(json, 0);
    QCOMPARE(json.err, QByteArray());
    const QJsonArray list = json.json().toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.keys(),
             sortedKeys({u"id"_s, u"legacy_id"_s, u"name"_s, u"active"_s, u"dynamic_slotting"_s}));
    QCOMPARE(first.value(u"id").toString(), warehouseId());
    QCOMPARE(first.value(u"legacy_id").toInt(), DemoData::StaticWarehouseId);
    QCOMPARE(first.value(u"name").toString(), u"Primary (static slotting)"_s);
    QCOMPARE(list.at(1).toObject().value(u"dynamic_slotting").toBool(), true);
    // The keys come in the documented order, not QJsonObject's.
    QVERIFY(json.out.startsWith("[{\"id\":"));

    const Outcome table = run({u"warehouses"_s});
    VERIFY_EXIT(table, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QVERIFY(lines.at(0).startsWith("ID"));
    QVERIFY(lines.at(1).contains("Primary (static slotting)"));
    // Aligned: the name starts in the same column on every line.
    QCOMPARE(lines.at(1).indexOf("Primary"), lines.at(0).indexOf("NAME"));
    QCOMPARE(lines.at(2).indexOf("Overflow"), lines.at(0).indexOf("NAME"));
}

void TestCliApi::quota()
{
    const Outcome json = run({u"quota"_s, u"--json"_s});
    VERIFY_EXIT(json, 0);
    const QJsonObject object = json.json().toObject();
    QCOMPARE(object.keys(),
             sortedKeys({u"credits_remaining"_s, u"max_available"_s, u"increment_rate"_s}));
    QCOMPARE(object.value(u"max_available").toInt(), 4004);
    QCOMPARE(object.value(u"increment_rate").toInt(), 60);
    QVERIFY(object.value(u"credits_remaining").toInt() > 0);

    const Outcome text = run({u"quota"_s});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains("Maximum:") && text.out.contains("4004"), text.out.constData());
}

void TestCliApi::quietPrintsNothing()
{
    const Outcome quiet = run({u"warehouses"_s, u"--quiet"_s});
    VERIFY_EXIT(quiet, 0);
    QCOMPARE(quiet.out, QByteArray());
    QCOMPARE(quiet.err, QByteArray());
    // Errors still show.
    const Outcome failed = run({u"batch"_s, u"ffffffffffffffffffffffff"_s, u"-q"_s});
    VERIFY_EXIT(failed, 2);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY(!failed.err.isEmpty());
}

void TestCliApi::batchesListAndFilters()
{
    const QString a = submit(demoCsv(3), 500);
    const QString b = submit(demoCsv(2), 500);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(run({u"batch"_s, b, u"--wait"_s, u"-q"_s}).exitCode == 0);

    const Outcome json = run({u"batches"_s, u"--json"_s, u"--limit"_s, u"0"_s});
    VERIFY_EXIT(json, 0);
    const QJsonObject object = json.json().toObject();
    QCOMPARE(object.keys(), sortedKeys({u"batches"_s, u"has_more"_s}));
    QCOMPARE(object.value(u"has_more").toBool(true), false);
    const QJsonArray batches = object.value(u"batches").toArray();
    QVERIFY(batches.size() >= 2);
    const QJsonObject newest = batches.at(0).toObject();
    QCOMPARE(newest.keys(),
             sortedKeys({u"id"_s, u"status"_s, u"warehouse_id"_s, u"customer_account_id"_s,
                         u"url"_s, u"error"_s, u"total"_s, u"finished"_s, u"succeeded"_s,
                         u"failed"_s, u"created_at"_s, u"updated_at"_s}));
    QCOMPARE(newest.value(u"id").toString(), b);
    QCOMPARE(newest.value(u"total").toInt(), 2);
    QVERIFY(newest.value(u"customer_account_id").isNull());

    const Outcome limited = run({u"batches"_s, u"--json"_s, u"--limit"_s, u"1"_s});
    VERIFY_EXIT(limited, 0);
    QCOMPARE(limited.json().toObject().value(u"batches").toArray().size(), 1);
    QCOMPARE(limited.json().toObject().value(u"has_more").toBool(), true);

    // A warehouse by name (any case) or legacy id.
    const Outcome byName =
        run({u"batches"_s, u"--json"_s, u"--warehouse"_s, u"primary (STATIC slotting)"_s});
    VERIFY_EXIT(byName, 0);
    const QJsonArray primary = byName.json().toObject().value(u"batches").toArray();
    QVERIFY(primary.size() >= 2);
    for (const QJsonValue &batch : primary)
        QCOMPARE(batch.toObject().value(u"warehouse_id").toString(), warehouseId());
    const Outcome other = run({u"batches"_s, u"--json"_s, u"--warehouse"_s,
                               QString::number(DemoData::DynamicWarehouseId)});
    VERIFY_EXIT(other, 0);
    QCOMPARE(other.json().toObject().value(u"batches").toArray().size(), 0);

    const Outcome succeeded =
        run({u"batches"_s, u"--json"_s, u"--status"_s, u"success"_s, u"--limit"_s, u"0"_s});
    VERIFY_EXIT(succeeded, 0);
    for (const QJsonValue &batch : succeeded.json().toObject().value(u"batches").toArray())
        QCOMPARE(batch.toObject().value(u"status").toString(), u"success"_s);

    const Outcome table = run({u"batches"_s});
    VERIFY_EXIT(table, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QVERIFY(lines.at(0).startsWith("SYNC ID"));
    QVERIFY2(lines.at(1).startsWith(b.toUtf8()), table.out.constData());
    QVERIFY(lines.at(1).contains("Primary (static slotting)"));
    QCOMPARE(lines.at(1).indexOf("success"), lines.at(0).indexOf("STATUS"));
}

void TestCliApi::batchesUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown warehouse")
        << QStringList{u"--warehouse"_s, u"Nowhere"_s} << QByteArray("Primary (static slotting)");
    QTest::newRow("unknown status")
        << QStringList{u"--status"_s, u"done"_s} << QByteArray("error_partial");
    QTest::newRow("bad limit") << QStringList{u"--limit"_s, u"many"_s} << QByteArray("--limit");
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << QByteArray("unknown option --frobnicate");
    QTest::newRow("stray argument") << QStringList{u"extra"_s} << QByteArray("\"extra\"");
}

void TestCliApi::batchesUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Outcome outcome = run(QStringList{u"batches"_s} + arguments);
    VERIFY_EXIT(outcome, 2);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
}

void TestCliApi::batchWaitSucceeds()
{
    const QString syncId = submit(demoCsv(20), 20); // about a second of work
    QVERIFY(!syncId.isEmpty());
    const Outcome outcome = run({u"batch"_s, syncId, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 0);
    const QJsonObject batch = outcome.json().toObject();
    QCOMPARE(batch.value(u"id").toString(), syncId);
    QCOMPARE(batch.value(u"status").toString(), u"success"_s);
    QCOMPARE(batch.value(u"total").toInt(), 20);
    QCOMPARE(batch.value(u"succeeded").toInt(), 20);
    QCOMPARE(batch.value(u"failed").toInt(), 0);
    QVERIFY(batch.value(u"error").isNull());
    QVERIFY(
        QDateTime::fromString(batch.value(u"created_at").toString(), Qt::ISODateWithMs).isValid());
    // stderr is no terminal: no progress lines.
    QCOMPARE(outcome.err, QByteArray());

    const Outcome text = run({u"batch"_s, syncId});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains("20 of 20 done: 20 succeeded, 0 failed"), text.out.constData());
    QVERIFY(text.out.contains("Primary (static slotting)"));
}

void TestCliApi::batchWaitEndsWithFailedRows()
{
    QByteArray csv = demoCsv(6);
    csv += "NO-SUCH-SKU-1,5,replace,test\nNO-SUCH-SKU-2,5,replace,test\n";
    const QString syncId = submit(csv, 20);
    const Outcome outcome = run({u"batch"_s, syncId, u"--wait"_s, u"--json"_s});
    VERIFY_EXIT(outcome, 1);
    const QJsonObject batch = outcome.json().toObject();
    QCOMPARE(batch.value(u"status").toString(), u"error_partial"_s);
    QCOMPARE(batch.value(u"failed").toInt(), 2);
    QCOMPARE(batch.value(u"succeeded").toInt(), 6);
    // Without --wait a finished batch gives the same code.
    VERIFY_EXIT(run({u"batch"_s, syncId, u"-q"_s}), 1);
}

void TestCliApi::batchUnknownIsUsageError()
{
    const Outcome outcome = run({u"batch"_s, u"ffffffffffffffffffffffff"_s});
    VERIFY_EXIT(outcome, 2);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY(outcome.err.startsWith("invsync batch: "));
    VERIFY_EXIT(run({u"batch"_s}), 2);
}

void TestCliApi::rowsJsonAndCsv()
{
    const QByteArray csv = "sku,quantity,action,reason\n"
                           "TEE-BLK-S,4,replace,=HYPERLINK(\"http://x\")\n"
                           "@NOPE,3,add,+cmd\n"
                           "TEE-BLK-M,7,replace,count\n";
    const QString syncId = submit(csv, 500);
    VERIFY_EXIT(run({u"batch"_s, syncId, u"--wait"_s, u"-q"_s}), 1);

    const Outcome json = run({u"rows"_s, syncId, u"--json"_s});
    VERIFY_EXIT(json, 1); // a row failed
    const QJsonObject object = json.json().toObject();
    QCOMPARE(object.keys(), sortedKeys({u"sync_id"_s, u"rows"_s}));
    QCOMPARE(object.value(u"sync_id").toString(), syncId);
    const QJsonArray rows = object.value(u"rows").toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys(), sortedKeys({u"row"_s, u"sku"_s, u"quantity"_s, u"action"_s, u"reason"_s,
                                       u"location"_s, u"status"_s, u"error"_s}));
    QCOMPARE(first.value(u"row").toInt(), 1);
    QCOMPARE(first.value(u"sku").toString(), u"TEE-BLK-S"_s);
    QCOMPARE(first.value(u"status").toString(), u"success"_s);
    QVERIFY(first.value(u"error").isNull());
    QCOMPARE(rows.at(1).toObject().value(u"status").toString(), u"error_not_found"_s);

    // Spreadsheet-safe CSV: formulas are quoted out, numbers stay numbers.
    const Outcome exported = run({u"rows"_s, syncId, u"--csv"_s});
    VERIFY_EXIT(exported, 1);
    const QList<QByteArray> lines = exported.out.split('\n');
    QCOMPARE(lines.at(0), QByteArray("row,sku,quantity,action,reason,location,status,error"));
    QVERIFY2(lines.at(1).startsWith("1,TEE-BLK-S,4,"), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("2,'@NOPE,3,"), lines.at(2).constData());
    QVERIFY2(lines.at(2).contains(",'+cmd,"), lines.at(2).constData());

    const Outcome failedOnly = run({u"rows"_s, syncId, u"--status"_s, u"success"_s, u"--json"_s});
    VERIFY_EXIT(failedOnly, 0); // none of those listed failed
    QCOMPARE(failedOnly.json().toObject().value(u"rows").toArray().size(), 2);

    const Outcome table = run({u"rows"_s, syncId});
    VERIFY_EXIT(table, 1);
    QVERIFY(table.out.startsWith("ROW"));
    QVERIFY(table.out.contains("error_not_found"));

    VERIFY_EXIT(run({u"rows"_s, syncId, u"--csv"_s, u"--json"_s}), 2);
    VERIFY_EXIT(run({u"rows"_s, syncId, u"--status"_s, u"broken"_s}), 2);
}

void TestCliApi::abortRunningBatch()
{
    const QString syncId = submit(demoCsv(60), 4); // 15 s of work
    QTRY_COMPARE_WITH_TIMEOUT(batchStatus(syncId), u"processing"_s, 5000);

    const Outcome aborted =
        run({u"abort"_s, syncId, u"--reason"_s, u"wrong file"_s, u"--yes"_s, u"--json"_s});
    VERIFY_EXIT(aborted, 0);
    const QJsonObject batch = aborted.json().toObject();
    QCOMPARE(batch.value(u"id").toString(), syncId);
    QCOMPARE(batch.value(u"status").toString(), u"aborted"_s);
    QCOMPARE(batchStatus(syncId), u"aborted"_s);

    // Once finished, an abort does nothing and says so: exit 1.
    const Outcome again = run({u"abort"_s, syncId, u"--reason"_s, u"again"_s, u"--yes"_s});
    VERIFY_EXIT(again, 1);
    QCOMPARE(again.out, QByteArray());
    QVERIFY2(again.err.contains("aborted"), again.err.constData());
    // An aborted batch is a batch with problems.
    VERIFY_EXIT(run({u"batch"_s, syncId, u"--wait"_s, u"-q"_s}), 1);

    VERIFY_EXIT(run({u"abort"_s, syncId, u"--yes"_s}), 2); // no --reason
}

void TestCliApi::abortNeedsYesWithoutTerminal()
{
    const QString syncId = submit(demoCsv(40), 4);
    const Outcome outcome = run({u"abort"_s, syncId, u"--reason"_s, u"x"_s}, "<demo>", "y\n");
    VERIFY_EXIT(outcome, 2);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(outcome.err.contains("--yes") && outcome.err.contains("not a terminal"),
             outcome.err.constData());
    QVERIFY(batchStatus(syncId) != u"aborted"_s);
    // Clean up: nothing else should wait for this one.
    VERIFY_EXIT(run({u"abort"_s, syncId, u"--reason"_s, u"x"_s, u"--yes"_s, u"-q"_s}), 0);
}

void TestCliApi::abortWithoutWriteScopeIsAuth()
{
    const QString syncId = submit(demoCsv(40), 4);
    const Outcome outcome =
        run({u"abort"_s, syncId, u"--reason"_s, u"x"_s, u"--yes"_s}, m_viewerToken);
    VERIFY_EXIT(outcome, 3);
    QVERIFY(batchStatus(syncId) != u"aborted"_s);
    VERIFY_EXIT(run({u"abort"_s, syncId, u"--reason"_s, u"x"_s, u"--yes"_s, u"-q"_s}), 0);
}

void TestCliApi::interruptDuringWaitKeepsBatch()
{
#ifdef Q_OS_WIN
    QSKIP("SIGINT cannot be sent to a child process on Windows");
#else
    const QString syncId = submit(demoCsv(60), 4);
    QProcess *process = start({u"batch"_s, syncId, u"--wait"_s, u"--endpoint"_s, endpoint(),
                               u"--invsync-token"_s, QString::fromLatin1(m_token)});
    QVERIFY(process->waitForStarted(10000));
    process->closeWriteChannel();
    // Let it get into the waiting (a first poll answered), then Ctrl+C.
    QTest::qWait(2500);
    QCOMPARE(process->state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const Outcome outcome = finish(process, 10000);
    VERIFY_EXIT(outcome, 5);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(outcome.err.contains(QByteArray("invsync batch " + syncId.toUtf8() + " --wait")),
             outcome.err.constData());
    QVERIFY(outcome.err.contains("not aborted"));
    QCOMPARE(batchStatus(syncId), u"processing"_s);
    VERIFY_EXIT(run({u"abort"_s, syncId, u"--reason"_s, u"x"_s, u"--yes"_s, u"-q"_s}), 0);
#endif
}

void TestCliApi::authenticationErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not signed in")
        << QStringList{u"warehouses"_s} << QByteArray() << QByteArray("invsync login");
    QTest::newRow("refused token")
        << QStringList{u"quota"_s} << QByteArray("not-a-token") << QByteArray("invsync quota: ");
    QTest::newRow("refused token, json")
        << QStringList{u"batches"_s, u"--json"_s} << QByteArray("not-a-token") << QByteArray();
}

void TestCliApi::authenticationErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, message);
    const Outcome outcome = run(arguments, token);
    VERIFY_EXIT(outcome, 3);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
    QVERIFY(!outcome.err.contains("not-a-token")); // never a token in a message
}

void TestCliApi::networkUnavailable()
{
    // A port that was free a moment ago: nothing answers there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString dead = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    QProcess *process = start(
        {u"quota"_s, u"--endpoint"_s, dead, u"--invsync-token"_s, QString::fromLatin1(m_token)});
    QVERIFY(process->waitForStarted(10000));
    process->closeWriteChannel();
    const Outcome outcome = finish(process, 120000);
    VERIFY_EXIT(outcome, 4);
    QCOMPARE(outcome.out, QByteArray());
    QVERIFY(outcome.err.startsWith("invsync quota: "));

    const Outcome badUrl = run({u"quota"_s, u"--endpoint"_s, u"ftp://x"_s}, "<demo>", {}, false);
    VERIFY_EXIT(badUrl, 2);
}

void TestCliApi::loginAndLogout()
{
    // No terminal and no --token-stdin: no question, a usage error.
    const Outcome noTerminal = run({u"login"_s}, {}, "demo@sandbox.invsync\nsandbox\n");
    VERIFY_EXIT(noTerminal, 2);
    QVERIFY2(noTerminal.err.contains("--token-stdin"), noTerminal.err.constData());

    const Outcome refused = run({u"login"_s, u"--token-stdin"_s}, {}, "not-a-token\n");
    VERIFY_EXIT(refused, 3);
    QVERIFY(!refused.err.contains("not-a-token"));

    const Outcome empty = run({u"login"_s, u"--token-stdin"_s}, {}, "\n");
    VERIFY_EXIT(empty, 2);

    // The tests run without a keychain: the token is accepted but cannot be
    // kept for the next command, which the user must hear (exit 1).
    const Outcome accepted = run({u"login"_s, u"--token-stdin"_s}, {}, m_token + '\n');
    VERIFY_EXIT(accepted, 1);
    QVERIFY2(accepted.err.contains("INVSYNC_TOKEN") &&
                 accepted.err.contains(DemoData::username().toUtf8()),
             accepted.err.constData());
    QVERIFY(!accepted.err.contains(m_token));

    const Outcome logout = run({u"logout"_s}, {});
    VERIFY_EXIT(logout, 0);
    QVERIFY(logout.out.contains("Signed out"));
}

void TestCliApi::profiles()
{
    // First start: the window's defaults, Sandbox active; the command line
    // cannot reach the sandbox inside the window and says what to do.
    const Outcome defaults = run({u"profile"_s, u"list"_s, u"--json"_s}, {}, {}, false);
    VERIFY_EXIT(defaults, 0);
    const QJsonArray initial = defaults.json().toArray();
    QCOMPARE(initial.size(), 2);
    QCOMPARE(initial.at(0).toObject().keys(),
             sortedKeys({u"id"_s, u"name"_s, u"kind"_s, u"url"_s, u"active"_s}));
    QCOMPARE(initial.at(1).toObject().value(u"kind").toString(), u"sandbox"_s);
    QVERIFY(initial.at(1).toObject().value(u"url").isNull());
    QVERIFY(initial.at(1).toObject().value(u"active").toBool());
    const Outcome unreachable = run({u"warehouses"_s}, "<demo>", {}, false);
    VERIFY_EXIT(unreachable, 2);
    QVERIFY2(unreachable.err.contains("invsync sandbox"), unreachable.err.constData());

    const Outcome added =
        run({u"profile"_s, u"add"_s, u"Local"_s, endpoint(), u"--use"_s}, {}, {}, false);
    VERIFY_EXIT(added, 0);
    // The active profile is used without --endpoint.
    const Outcome viaProfile = run({u"warehouses"_s, u"--json"_s}, "<demo>", {}, false);
    VERIFY_EXIT(viaProfile, 0);
    QCOMPARE(viaProfile.json().toArray().size(), 2);

    const Outcome list = run({u"profile"_s, u"list"_s}, {}, {}, false);
    VERIFY_EXIT(list, 0);
    QVERIFY(list.out.startsWith("ACTIVE"));
    bool markedLocal = false;
    for (const QByteArray &line : list.out.split('\n'))
        markedLocal = markedLocal || (line.startsWith("*") && line.contains("Local"));
    QVERIFY2(markedLocal, list.out.constData());

    VERIFY_EXIT(run({u"profile"_s, u"use"_s, u"shiphero"_s}, {}, {}, false), 0);
    VERIFY_EXIT(run({u"profile"_s, u"use"_s, u"Nowhere"_s}, {}, {}, false), 2);
    VERIFY_EXIT(run({u"profile"_s, u"add"_s, u"Bad"_s, u"not a url"_s}, {}, {}, false), 2);
    VERIFY_EXIT(run({u"profile"_s, u"add"_s, u"local"_s, endpoint()}, {}, {}, false), 2);
    VERIFY_EXIT(run({u"profile"_s, u"frobnicate"_s}, {}, {}, false), 2);

    VERIFY_EXIT(run({u"profile"_s, u"remove"_s, u"Sandbox"_s}, {}, {}, false), 0);
    VERIFY_EXIT(run({u"profile"_s, u"remove"_s, u"Local"_s}, {}, {}, false), 0);
    const Outcome last = run({u"profile"_s, u"remove"_s, u"ShipHero"_s}, {}, {}, false);
    VERIFY_EXIT(last, 2);
    QVERIFY(last.err.contains("last profile"));
    const Outcome remaining = run({u"profile"_s, u"list"_s, u"--json"_s}, {}, {}, false);
    QCOMPARE(remaining.json().toArray().size(), 1);
}

TestCliApi::Asked TestCliApi::runOnTerminal(const QStringList &arguments, QStringList answers)
{
    Asked asked;
    QTextStream out(&asked.out);
    QTextStream err(&asked.err);
    CliContext ctx{out, err, arguments};
    ctx.inIsTerminal = true;
    ctx.ask = [&asked, &answers](const QString &prompt, bool secret) -> std::optional<QString> {
        asked.prompts.append(prompt);
        asked.secret.append(secret);
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    };
    asked.code = Cli::execute(ctx);
    out.flush();
    err.flush();
    return asked;
}

void TestCliApi::loginAsksOnTerminal()
{
    const QStringList login{u"login"_s, u"--endpoint"_s, endpoint()};
    const Asked wrong = runOnTerminal(login, {DemoData::username(), u"wrong"_s});
    QCOMPARE(wrong.code, ExitCode::Auth);
    QCOMPARE(wrong.prompts, (QStringList{u"Email: "_s, u"Password: "_s}));
    // The email is shown as typed, the password is not.
    QCOMPARE(wrong.secret, (QList<bool>{false, true}));
    QVERIFY2(wrong.err.contains(u"refused"_s), qPrintable(wrong.err));
    QVERIFY(!wrong.err.contains(u"wrong"_s));

    // Accepted; without a keychain the sign-in cannot outlive the process.
    const Asked right = runOnTerminal(login, {DemoData::username(), DemoData::password()});
    QCOMPARE(right.code, ExitCode::ProblemsFound);
    QVERIFY2(right.err.contains(DemoData::username()), qPrintable(right.err));
    QVERIFY(right.err.contains(u"INVSYNC_TOKEN"_s));

    const Asked noEmail = runOnTerminal(login, {});
    QCOMPARE(noEmail.code, ExitCode::Usage);
}

void TestCliApi::abortAsksOnTerminal_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<ExitCode>("code");
    QTest::addColumn<QString>("status");
    QTest::newRow("yes") << u"y"_s << ExitCode::Ok << u"aborted"_s;
    QTest::newRow("YES") << u"YES"_s << ExitCode::Ok << u"aborted"_s;
    QTest::newRow("no") << u"n"_s << ExitCode::Interrupted << u"processing"_s;
    QTest::newRow("just Enter") << QString() << ExitCode::Interrupted << u"processing"_s;
}

void TestCliApi::abortAsksOnTerminal()
{
    QFETCH(QString, answer);
    QFETCH(ExitCode, code);
    QFETCH(QString, status);
    const QString syncId = submit(demoCsv(60), 4);
    QTRY_COMPARE_WITH_TIMEOUT(batchStatus(syncId), u"processing"_s, 5000);
    qputenv("INVSYNC_TOKEN", m_token);
    const Asked asked = runOnTerminal(
        {u"abort"_s, syncId, u"--reason"_s, u"test"_s, u"--endpoint"_s, endpoint()}, {answer});
    qunsetenv("INVSYNC_TOKEN");
    QCOMPARE(asked.code, code);
    QCOMPARE(asked.prompts.size(), 1);
    QVERIFY2(asked.prompts.constFirst().contains(syncId) &&
                 asked.prompts.constFirst().contains(u"stay applied"_s),
             qPrintable(asked.prompts.constFirst()));
    QCOMPARE(batchStatus(syncId), status);
    if (status != u"aborted")
        VERIFY_EXIT(run({u"abort"_s, syncId, u"--reason"_s, u"x"_s, u"--yes"_s, u"-q"_s}), 0);
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
