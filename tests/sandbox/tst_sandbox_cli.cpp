// `invsync sandbox`: its options in-process, and the real program in a
// separate process: it prints where it listens, serves, stops cleanly on
// SIGTERM and SIGINT with exit 0, and keeps its data with --state.

#include "SandboxTestSupport.h"
#include "cli/Cli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#ifndef Q_OS_WIN
#include <signal.h>
#endif

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

struct Outcome
{
    ExitCode code = ExitCode::Ok;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    // Interrupted at once: a command that would serve returns straight away.
    CliContext ctx{outStream, errStream, arguments, [] { return true; }};
    const ExitCode code = Cli::execute(ctx);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

QString binary()
{
    return QString::fromUtf8(INVSYNC_BINARY);
}

} // namespace

Q_DECLARE_METATYPE(invsync::ExitCode)

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void servesInProcessUntilInterrupted();
    void processServesAndKeepsState();

private:
    // Starts the program and returns its base URL (empty on failure).
    QUrl startSandbox(QProcess &process, const QStringList &arguments, QByteArray *output);
};

void TestSandboxCli::help()
{
    const Outcome general = runCli({u"--help"_s});
    QVERIFY(general.out.contains(u"sandbox"_s));
    const Outcome own = runCli({u"help"_s, u"sandbox"_s});
    QCOMPARE(own.code, ExitCode::Ok);
    for (const QString &option : {u"--bind"_s, u"--port"_s, u"--rows-per-second"_s, u"--state"_s})
        QVERIFY2(own.out.contains(option), qPrintable(own.out));
}

void TestSandboxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"http"_s} << u"port"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"65535"_s;
    QTest::newRow("bad bind") << QStringList{u"--bind"_s, u"not-an-ip"_s} << u"not-an-ip"_s;
    QTest::newRow("bad rate") << QStringList{u"--rows-per-second"_s, u"0"_s}
                              << u"rows-per-second"_s;
    QTest::newRow("unknown option") << QStringList{u"--frob"_s} << u"--frob"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
}

void TestSandboxCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runCli(QStringList{u"sandbox"_s} + arguments);
    QCOMPARE(outcome.code, ExitCode::Usage);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(u"invsync sandbox"_s));
}

void TestSandboxCli::servesInProcessUntilInterrupted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    const Outcome outcome = runCli({u"sandbox"_s, u"--state"_s, path});
    QCOMPARE(outcome.code, ExitCode::Ok);
    QVERIFY(outcome.out.contains(u"http://127.0.0.1:"_s));
    QVERIFY(outcome.out.contains(DemoData::username()));
    QVERIFY(outcome.out.contains(DemoData::password()));
    QVERIFY(QFile::exists(path));

    // A state file that is not one is refused, and left alone.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not json");
    file.close();
    const Outcome broken = runCli({u"sandbox"_s, u"--state"_s, path});
    QCOMPARE(broken.code, ExitCode::Usage);
    QVERIFY(broken.err.contains(path));
    QCOMPARE(readFile(path), QByteArray("not json"));
}

QUrl TestSandboxCli::startSandbox(QProcess &process, const QStringList &arguments,
                                  QByteArray *output)
{
    process.setProgram(binary());
    process.setArguments(QStringList{u"sandbox"_s} + arguments);
    process.start();
    if (!process.waitForStarted(5000))
        return {};
    static const QRegularExpression url(u"http://127\\.0\\.0\\.1:\\d+"_s);
    for (int i = 0; i < 100; ++i) {
        process.waitForReadyRead(100);
        *output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(*output));
        if (match.hasMatch())
            return QUrl(match.captured());
    }
    return {};
}

void TestSandboxCli::processServesAndKeepsState()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX signals");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    FileServer files;
    files.serve(u"/f.csv"_s, {200, "text/csv", "sku,quantity,action\nCAP-RED,77,replace\n"});

    QString syncId;
    {
        QProcess process;
        QByteArray output;
        const QUrl base =
            startSandbox(process, {u"--rows-per-second"_s, u"1000"_s, u"--state"_s, path}, &output);
        QVERIFY2(base.isValid() && base.port() > 0, output.constData());
        QVERIFY(output.contains("demo@sandbox.invsync"));

        TestClient client(base);
        QCOMPARE(client.login().status, 200);
        syncId =
            client
                .graphql(
                    u"mutation($d: InventorySyncInput!) { inventory_sync(data: $d) { sync_id } }"_s,
                    {{u"d"_s,
                      QJsonObject{{u"url"_s, files.url(u"/f.csv"_s)},
                                  {u"warehouse_id"_s,
                                   warehouseId()}}}})[u"data"_s][u"inventory_sync"_s][u"sync_id"_s]
                .toString();
        QVERIFY(!syncId.isEmpty());
        const QString query =
            u"{ inventory_sync_status(id: \"%1\") { data { status } } }"_s.arg(syncId);
        QTRY_COMPARE_WITH_TIMEOUT(
            client.graphql(query)[u"data"_s][u"inventory_sync_status"_s][u"data"_s][u"status"_s]
                .toString(),
            u"success"_s, 8000);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(path));
    }
    {
        QProcess process;
        QByteArray output;
        const QUrl base = startSandbox(process, {u"--state"_s, path}, &output);
        QVERIFY2(base.isValid(), output.constData());
        QVERIFY(output.contains("loaded"));
        TestClient client(base);
        QCOMPARE(client.login().status, 200);
        const QJsonObject reply = client.graphql(
            u"{ inventory_sync_statuses { data(first: 10) { edges { node { id status } } } } }"_s);
        const QJsonArray edges =
            reply[u"data"_s][u"inventory_sync_statuses"_s][u"data"_s][u"edges"_s].toArray();
        QCOMPARE(edges.size(), 1);
        QCOMPARE(edges[0][u"node"_s][u"id"_s].toString(), syncId);

        ::kill(pid_t(process.processId()), SIGINT); // Ctrl+C
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
#endif
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
