// The built `invsync` program run as a separate process, as a nightly script
// runs it: exit codes, --json parsed back, --help and --version, and no GUI
// library initialised (the child gets a Qt platform plugin that does not
// exist and no display, so any QGuiApplication would abort).

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QString::fromUtf8(INVSYNC_TEST_DATA) + u"/cli"_s;
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runInvsync(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"invsync-no-such-platform"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dataDir());
    process.start(QString::fromUtf8(INVSYNC_BINARY), arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return outcome; // crashed: exit code -1
    outcome.exitCode = process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace

class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonOutput_data();
    void jsonOutput();
};

void TestCliProcess::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expectedOut"); // substring of stdout ("" = stdout is empty)
    QTest::addColumn<QByteArray>("expectedErr"); // substring of stderr ("" = stderr is empty)

    // Paths are relative: the process runs in tests/data/cli.
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << QByteArray("Usage: invsync COMMAND")
                            << QByteArray();
    QTest::newRow("-h lists exit codes")
        << QStringList{u"-h"_s} << 0 << QByteArray("  5  interrupted") << QByteArray();
    QTest::newRow("help validate") << QStringList{u"help"_s, u"validate"_s} << 0
                                   << QByteArray("--delimiter C") << QByteArray();
    QTest::newRow("validate --help") << QStringList{u"validate"_s, u"--help"_s} << 0
                                     << QByteArray("--encoding NAME") << QByteArray();
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                               << QByteArray("invsync " INVSYNC_VERSION "\n") << QByteArray();
    QTest::newRow("clean file") << QStringList{u"validate"_s, u"clean.csv"_s} << 0
                                << QByteArray("No problems found in 3 rows.") << QByteArray();
    QTest::newRow("only warnings") << QStringList{u"validate"_s, u"warnings.csv"_s} << 0
                                   << QByteArray("[empty_reason]") << QByteArray();
    QTest::newRow("errors") << QStringList{u"validate"_s, u"errors.csv"_s} << 1
                            << QByteArray("errors.csv:2:quantity:") << QByteArray();
    QTest::newRow("quiet errors") << QStringList{u"validate"_s, u"--quiet"_s, u"errors.csv"_s} << 1
                                  << QByteArray("[duplicate_sku]") << QByteArray();
    QTest::newRow("missing file") << QStringList{u"validate"_s, u"no-such.csv"_s} << 2
                                  << QByteArray() << QByteArray("no-such.csv");
    QTest::newRow("empty file") << QStringList{u"validate"_s, u"empty.csv"_s} << 2 << QByteArray()
                                << QByteArray("empty.csv");
    QTest::newRow("no file") << QStringList{u"validate"_s} << 2 << QByteArray()
                             << QByteArray("no FILE given");
    QTest::newRow("unknown encoding")
        << QStringList{u"validate"_s, u"clean.csv"_s, u"--encoding"_s, u"ebcdic"_s} << 2
        << QByteArray() << QByteArray("Windows-1252");
    QTest::newRow("unknown delimiter")
        << QStringList{u"validate"_s, u"clean.csv"_s, u"--delimiter"_s, u":"_s} << 2 << QByteArray()
        << QByteArray(", ; | tab");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QByteArray()
                                     << QByteArray("unknown command \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << QByteArray()
                                    << QByteArray("unknown option --frobnicate");
}

void TestCliProcess::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expectedOut);
    QFETCH(QByteArray, expectedErr);

    const Outcome outcome = runInvsync(arguments);
    QVERIFY2(outcome.exitCode >= 0, "invsync did not finish normally");
    QVERIFY2(outcome.exitCode == exitCode,
             qPrintable(u"exit %1, expected %2; stderr: %3"_s.arg(outcome.exitCode)
                            .arg(exitCode)
                            .arg(QString::fromUtf8(outcome.err))));
    if (expectedOut.isEmpty())
        QCOMPARE(outcome.out, QByteArray());
    else
        QVERIFY2(outcome.out.contains(expectedOut), outcome.out.constData());
    if (expectedErr.isEmpty())
        QCOMPARE(outcome.err, QByteArray());
    else
        QVERIFY2(outcome.err.contains(expectedErr), outcome.err.constData());
}

void TestCliProcess::jsonOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("aCode"); // a code expected among the issues; empty: none at all

    QTest::newRow("clean") << QStringList{u"clean.csv"_s} << 0 << u"UTF-8"_s << u","_s << 3
                           << QString();
    QTest::newRow("errors") << QStringList{u"errors.csv"_s} << 1 << u"UTF-8"_s << u","_s << 6
                            << u"invalid_action"_s;
    QTest::newRow("utf-16") << QStringList{u"utf16le.csv"_s} << 0 << u"UTF-16LE"_s << u"\t"_s << 2
                            << QString();
    QTest::newRow("windows-1252") << QStringList{u"windows1252.csv"_s} << 0 << u"Windows-1252"_s
                                  << u","_s << 2 << u"encoding_fallback"_s;
    QTest::newRow("semicolon forced") << QStringList{u"semicolon.csv"_s, u"--delimiter=;"_s} << 0
                                      << u"UTF-8"_s << u";"_s << 2 << QString();
    QTest::newRow("wrong delimiter forced")
        << QStringList{u"clean.csv"_s, u"--delimiter"_s, u"tab"_s} << 1 << u"UTF-8"_s << u"\t"_s
        << 3 << u"missing_column"_s;
}

void TestCliProcess::jsonOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, rows);
    QFETCH(QString, aCode);

    const Outcome outcome = runInvsync(QStringList{u"validate"_s, u"--json"_s} + arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    QCOMPARE(outcome.err, QByteArray());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(outcome.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject object = doc.object();
    const QStringList keys{u"delimiter"_s, u"encoding"_s, u"errors"_s,  u"file"_s,
                           u"issues"_s,    u"rows"_s,     u"warnings"_s};
    QCOMPARE(object.keys(), keys); // QJsonObject sorts them; the order is checked in tst_cli
    QCOMPARE(object.value(u"file").toString(), arguments.constFirst());
    QCOMPARE(object.value(u"encoding").toString(), encoding);
    QCOMPARE(object.value(u"delimiter").toString(), delimiter);
    QCOMPARE(object.value(u"rows").toInt(-1), rows);
    QCOMPARE(object.value(u"errors").toInt(-1) > 0, exitCode == 1);

    const QJsonArray issues = object.value(u"issues").toArray();
    if (aCode.isEmpty())
        QVERIFY(issues.isEmpty());
    bool found = aCode.isEmpty();
    for (const QJsonValue &value : issues) {
        const QJsonObject issue = value.toObject();
        QCOMPARE(issue.keys(), (QStringList{u"code"_s, u"column"_s, u"line"_s, u"message"_s,
                                            u"row"_s, u"severity"_s}));
        QVERIFY(issue.value(u"row").isDouble());
        QVERIFY(issue.value(u"line").isDouble());
        QVERIFY(issue.value(u"column").isString() || issue.value(u"column").isNull());
        found = found || issue.value(u"code").toString() == aCode;
    }
    QVERIFY2(found, qPrintable(aCode));
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
