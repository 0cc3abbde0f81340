// The commands run in-process: argument parsing, the two report formats and
// the exit codes, against the real core on fixture files in tests/data/cli.

#include "cli/ApiConnection.h"
#include "cli/BatchCommands.h"
#include "cli/Cli.h"
#include "cli/JsonWriter.h"
#include "cli/OptionParser.h"
#include "cli/TextTable.h"
#include "cli/ValidateCommand.h"
#include "csv/Delimiter.h"
#include "settings/Translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

QString dataDir()
{
    return QString::fromUtf8(INVSYNC_TEST_DATA) + u"/cli"_s;
}

QString fixture(const QString &name)
{
    return dataDir() + u'/' + name;
}

struct Outcome
{
    ExitCode code = ExitCode::Ok;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments, std::function<bool()> interrupted = {})
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliContext ctx{outStream, errStream, arguments};
    if (interrupted)
        ctx.interrupted = std::move(interrupted);
    const ExitCode code = Cli::execute(ctx);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

// Fixture names in the data rows are resolved against tests/data/cli.
QStringList resolved(QStringList arguments)
{
    for (QString &arg : arguments) {
        if (arg.startsWith(u"@"))
            arg = fixture(arg.mid(1));
    }
    return arguments;
}

} // namespace

Q_DECLARE_METATYPE(invsync::ExitCode)
Q_DECLARE_METATYPE(invsync::ApiError::Kind)

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the app does at start: English plural forms come from the English translation.
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void wantsCli_data();
    void wantsCli();
    void wantsCliFromArgv();

    void helpAndVersion_data();
    void helpAndVersion();
    void helpListsExitCodes();

    void usageErrors_data();
    void usageErrors();

    void validate_data();
    void validate();
    void jsonKeyOrderAndIssueFields();
    void textReportIsAligned();
    void quietPrintsOnlyErrors();
    void delimiterOverrideIsUsed();
    void interruptedExitsWithFive();

    void parseDelimiter_data();
    void parseDelimiter();
    void optionParser_data();
    void optionParser();
    void jsonWriterEscapes();

    void csvCellsAreNotFormulas_data();
    void csvCellsAreNotFormulas();
    void apiErrorExitCodes_data();
    void apiErrorExitCodes();
    void batchExitCodes_data();
    void batchExitCodes();
    void textTableAligns();
    void noQuestionWithoutTerminal_data();
    void noQuestionWithoutTerminal();
};

void TestCli::wantsCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("expected");

    QTest::newRow("no arguments: window") << QStringList() << false;
    QTest::newRow("existing file: window") << QStringList{u"@clean.csv"_s} << false;
    QTest::newRow("file then more") << QStringList{u"@clean.csv"_s, u"--x"_s} << false;
    QTest::newRow("validate") << QStringList{u"validate"_s} << true;
    QTest::newRow("help") << QStringList{u"help"_s} << true;
    QTest::newRow("-h") << QStringList{u"-h"_s} << true;
    QTest::newRow("--help") << QStringList{u"--help"_s} << true;
    QTest::newRow("-v") << QStringList{u"-v"_s} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << true;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << true;
    QTest::newRow("typo of a command") << QStringList{u"valdate"_s} << true;
    QTest::newRow("missing file") << QStringList{u"@no-such-file.csv"_s} << true;
    QTest::newRow("a folder") << QStringList{dataDir()} << true;
    QTest::newRow("Qt option only") << QStringList{u"-platform"_s, u"offscreen"_s} << false;
    QTest::newRow("Qt option, file")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"@clean.csv"_s} << false;
    QTest::newRow("Qt option with =, file")
        << QStringList{u"--style=fusion"_s, u"@clean.csv"_s} << false;
    QTest::newRow("Qt flag, file") << QStringList{u"-reverse"_s, u"@clean.csv"_s} << false;
    QTest::newRow("Qt option, command")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"validate"_s} << true;
}

void TestCli::wantsCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, expected);
    QCOMPARE(Cli::wantsCli(resolved(arguments)), expected);
}

void TestCli::wantsCliFromArgv()
{
    // main() calls the argv form before any QCoreApplication exists.
    const QByteArray file = QFile::encodeName(fixture(u"clean.csv"_s));
    char program[] = "invsync";
    char validate[] = "validate";
    std::vector<char *> argv{program, nullptr};
    QVERIFY(!Cli::wantsCli(1, argv.data()));
    argv = {program, validate, nullptr};
    QVERIFY(Cli::wantsCli(2, argv.data()));
    QByteArray fileCopy = file;
    argv = {program, fileCopy.data(), nullptr};
    QVERIFY(!Cli::wantsCli(2, argv.data()));
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedInOut");

    const QStringList general{u"Usage: invsync COMMAND"_s, u"validate"_s, u"help"_s, u"--version"_s,
                              u"Exit codes:"_s};
    const QStringList validate{u"Usage: invsync validate FILE"_s,
                               u"--json"_s,
                               u"--encoding NAME"_s,
                               u"--delimiter C"_s,
                               u"--quiet"_s,
                               u"Windows-1252"_s,
                               u"tab"_s,
                               u"\"issues\""_s};
    QTest::newRow("--help") << QStringList{u"--help"_s} << general;
    QTest::newRow("-h") << QStringList{u"-h"_s} << general;
    QTest::newRow("help") << QStringList{u"help"_s} << general;
    QTest::newRow("help validate") << QStringList{u"help"_s, u"validate"_s} << validate;
    QTest::newRow("validate --help") << QStringList{u"validate"_s, u"--help"_s} << validate;
    QTest::newRow("validate -h, other args ignored")
        << QStringList{u"validate"_s, u"x.csv"_s, u"-h"_s} << validate;
    QTest::newRow("--help validate") << QStringList{u"--help"_s, u"validate"_s} << validate;
    QTest::newRow("help help") << QStringList{u"help"_s, u"help"_s}
                               << QStringList{u"Usage: invsync help [COMMAND]"_s};
    QTest::newRow("--version") << QStringList{u"--version"_s}
                               << QStringList{u"invsync "_s + QString::fromUtf8(INVSYNC_VERSION) +
                                              u'\n'};
    QTest::newRow("-v") << QStringList{u"-v"_s}
                        << QStringList{u"invsync "_s + QString::fromUtf8(INVSYNC_VERSION)};
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedInOut);

    const Outcome outcome = runCli(arguments);
    QCOMPARE(outcome.code, ExitCode::Ok);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
    for (const QString &expected : expectedInOut)
        QVERIFY2(outcome.out.contains(expected),
                 qPrintable(expected + u" not in:\n"_s + outcome.out));
}

void TestCli::helpListsExitCodes()
{
    const Outcome outcome = runCli({u"--help"_s});
    // Every code on a line of its own: "  2  wrong usage ..."
    for (int code = 0; code <= 5; ++code) {
        const QRegularExpression line(u"^  %1  \\S"_s.arg(code),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(outcome.out).hasMatch(), qPrintable(QString::number(code)));
    }
    QCOMPARE(toInt(ExitCode::Ok), 0);
    QCOMPARE(toInt(ExitCode::ProblemsFound), 1);
    QCOMPARE(toInt(ExitCode::Usage), 2);
    QCOMPARE(toInt(ExitCode::Auth), 3);
    QCOMPARE(toInt(ExitCode::Network), 4);
    QCOMPARE(toInt(ExitCode::Interrupted), 5);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedInErr");

    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s}
        << QStringList{u"unknown command \"frobnicate\""_s, u"invsync --help"_s};
    QTest::newRow("typo suggests")
        << QStringList{u"valdate"_s} << QStringList{u"Did you mean \"validate\"?"_s};
    QTest::newRow("unknown global option")
        << QStringList{u"--bogus"_s} << QStringList{u"unknown option --bogus"_s};
    QTest::newRow("a folder") << QStringList{dataDir()} << QStringList{u"is a folder"_s};
    QTest::newRow("validate without file")
        << QStringList{u"validate"_s}
        << QStringList{u"invsync validate: no FILE given"_s, u"Usage: invsync validate"_s};
    QTest::newRow("validate two files")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"@errors.csv"_s}
        << QStringList{u"expected one FILE"_s};
    QTest::newRow("unknown validate option")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"--frob"_s}
        << QStringList{u"unknown option --frob"_s, u"invsync help validate"_s};
    QTest::newRow("unknown encoding")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"--encoding"_s, u"ebcdic"_s}
        << QStringList{u"unknown encoding \"ebcdic\""_s,
                       u"auto"_s,
                       u"UTF-8"_s,
                       u"UTF-16LE"_s,
                       u"UTF-16BE"_s,
                       u"Windows-1252"_s};
    QTest::newRow("unknown delimiter")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"--delimiter=x"_s}
        << QStringList{u"unknown delimiter \"x\""_s, u", ; | tab"_s};
    QTest::newRow("delimiter without value")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"--delimiter"_s}
        << QStringList{u"--delimiter needs a value"_s};
    QTest::newRow("flag with a value")
        << QStringList{u"validate"_s, u"@clean.csv"_s, u"--json=yes"_s}
        << QStringList{u"--json takes no value"_s};
    QTest::newRow("missing file") << QStringList{u"validate"_s, u"@no-such-file.csv"_s}
                                  << QStringList{u"invsync validate: "_s, u"no-such-file.csv"_s,
                                                 u"does not exist"_s};
    QTest::newRow("folder as file")
        << QStringList{u"validate"_s, dataDir()} << QStringList{u"folder"_s};
    QTest::newRow("empty file") << QStringList{u"validate"_s, u"@empty.csv"_s}
                                << QStringList{u"empty.csv"_s, u"empty"_s};
    QTest::newRow("zip workbook") << QStringList{u"validate"_s, u"@workbook.csv"_s, u"--json"_s}
                                  << QStringList{u"workbook.csv"_s, u"not a CSV file"_s};
    QTest::newRow("help for unknown command")
        << QStringList{u"help"_s, u"nope"_s}
        << QStringList{u"unknown command \"nope\""_s, u"validate"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedInErr);

    const Outcome outcome = runCli(resolved(arguments));
    QCOMPARE(outcome.code, ExitCode::Usage);
    // Nothing on stdout: a script reading --json must not get half an answer.
    QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
    for (const QString &expected : expectedInErr)
        QVERIFY2(outcome.err.contains(expected),
                 qPrintable(expected + u" not in:\n"_s + outcome.err));
}

void TestCli::validate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<ExitCode>("exitCode");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("codes"); // every code expected among the issues

    QTest::newRow("clean") << u"clean.csv"_s << QStringList() << ExitCode::Ok << u"UTF-8"_s
                           << u","_s << 3 << QStringList();
    QTest::newRow("errors") << u"errors.csv"_s << QStringList() << ExitCode::ProblemsFound
                            << u"UTF-8"_s << u","_s << 6
                            << QStringList{u"invalid_quantity"_s, u"negative_quantity"_s,
                                           u"invalid_action"_s, u"empty_sku"_s, u"duplicate_sku"_s};
    QTest::newRow("warnings only")
        << u"warnings.csv"_s << QStringList() << ExitCode::Ok << u"UTF-8"_s << u","_s << 2
        << QStringList{u"unknown_column"_s, u"empty_reason"_s, u"sku_whitespace"_s};
    QTest::newRow("semicolon detected") << u"semicolon.csv"_s << QStringList() << ExitCode::Ok
                                        << u"UTF-8"_s << u";"_s << 2 << QStringList();
    QTest::newRow("windows-1252 fallback")
        << u"windows1252.csv"_s << QStringList() << ExitCode::Ok << u"Windows-1252"_s << u","_s << 2
        << QStringList{u"encoding_fallback"_s};
    QTest::newRow("utf-16le with BOM, tabs") << u"utf16le.csv"_s << QStringList() << ExitCode::Ok
                                             << u"UTF-16LE"_s << u"\t"_s << 2 << QStringList();
    QTest::newRow("missing column")
        << u"missing_column.csv"_s << QStringList() << ExitCode::ProblemsFound << u"UTF-8"_s
        << u","_s << 1 << QStringList{u"missing_column"_s};
    QTest::newRow("unterminated quote")
        << u"unterminated.csv"_s << QStringList() << ExitCode::ProblemsFound << u"UTF-8"_s << u","_s
        << 1 << QStringList{u"unterminated_quote"_s};
    QTest::newRow("header only") << u"header_only.csv"_s << QStringList() << ExitCode::ProblemsFound
                                 << u"UTF-8"_s << u","_s << 0 << QStringList{u"no_data_rows"_s};
    QTest::newRow("forced encoding")
        << u"windows1252.csv"_s << QStringList{u"--encoding"_s, u"windows-1252"_s} << ExitCode::Ok
        << u"Windows-1252"_s << u","_s << 2 << QStringList();
    QTest::newRow("forced delimiter tab")
        << u"utf16le.csv"_s << QStringList{u"--delimiter"_s, u"tab"_s} << ExitCode::Ok
        << u"UTF-16LE"_s << u"\t"_s << 2 << QStringList();
    QTest::newRow("forced delimiter \\t")
        << u"utf16le.csv"_s << QStringList{u"--delimiter=\\t"_s} << ExitCode::Ok << u"UTF-16LE"_s
        << u"\t"_s << 2 << QStringList();
    QTest::newRow("forced delimiter ;")
        << u"semicolon.csv"_s << QStringList{u"--delimiter"_s, u";"_s} << ExitCode::Ok << u"UTF-8"_s
        << u";"_s << 2 << QStringList();
    QTest::newRow("options before the file")
        << u"errors.csv"_s << QStringList{u"--encoding=auto"_s, u"--quiet"_s}
        << ExitCode::ProblemsFound << u"UTF-8"_s << u","_s << 6 << QStringList{u"duplicate_sku"_s};
}

void TestCli::validate()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(ExitCode, exitCode);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, rows);
    QFETCH(QStringList, codes);

    const QString path = fixture(file);

    // The human report.
    const Outcome text = runCli(QStringList{u"validate"_s} + options + QStringList{path});
    QCOMPARE(text.code, exitCode);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    for (const QString &code : codes) {
        if (!options.contains(u"--quiet"_s))
            QVERIFY2(text.out.contains(u'[' + code + u']'), qPrintable(text.out));
    }

    // The same as one JSON object.
    const Outcome json = runCli(QStringList{u"validate"_s, path, u"--json"_s} + options);
    QCOMPARE(json.code, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject object = doc.object();
    QCOMPARE(object.value(u"file").toString(), path);
    QCOMPARE(object.value(u"encoding").toString(), encoding);
    QCOMPARE(object.value(u"delimiter").toString(), delimiter);
    QCOMPARE(object.value(u"rows").toInt(-1), rows);
    const int errors = object.value(u"errors").toInt(-1);
    QCOMPARE(errors > 0, exitCode == ExitCode::ProblemsFound);
    QVERIFY(object.value(u"warnings").toInt(-1) >= 0);

    QStringList seen;
    int errorIssues = 0;
    int warningIssues = 0;
    const QJsonArray issues = object.value(u"issues").toArray();
    for (const QJsonValue &value : issues) {
        const QJsonObject issue = value.toObject();
        seen.append(issue.value(u"code").toString());
        const QString severity = issue.value(u"severity").toString();
        errorIssues += severity == u"error";
        warningIssues += severity == u"warning";
    }
    for (const QString &code : codes)
        QVERIFY2(seen.contains(code), qPrintable(code + u" not in "_s + seen.join(u' ')));
    if (codes.isEmpty() && exitCode == ExitCode::Ok)
        QCOMPARE(object.value(u"warnings").toInt(-1), warningIssues);
    QCOMPARE(errors, errorIssues);
}

void TestCli::jsonKeyOrderAndIssueFields()
{
    const QString path = fixture(u"errors.csv"_s);
    const Outcome outcome = runCli({u"validate"_s, u"--json"_s, path});
    QCOMPARE(outcome.code, ExitCode::ProblemsFound);

    // One line, one value, keys in the documented order.
    QVERIFY(outcome.out.endsWith(u"]}\n"_s));
    QCOMPARE(outcome.out.count(u'\n'), 1);
    const QStringList keys{u"\"file\":"_s,  u"\"encoding\":"_s, u"\"delimiter\":"_s,
                           u"\"rows\":"_s,  u"\"errors\":"_s,   u"\"warnings\":"_s,
                           u"\"issues\":"_s};
    qsizetype at = 0;
    for (const QString &key : keys) {
        const qsizetype found = outcome.out.indexOf(key, at);
        QVERIFY2(found >= at, qPrintable(key));
        at = found;
    }
    const QRegularExpression issueKeys(
        uR"re(\{"row":\d+,"line":\d+,"column":("[^"]*"|null),"severity":"(error|warning|notice)","code":"[a-z_]+","message":")re"_s);
    QVERIFY(issueKeys.match(outcome.out).hasMatch());

    const QJsonArray issues =
        QJsonDocument::fromJson(outcome.out.toUtf8()).object().value(u"issues").toArray();
    // The quantity "12.5" on data row 1, file line 2.
    bool found = false;
    for (const QJsonValue &value : issues) {
        const QJsonObject issue = value.toObject();
        if (issue.value(u"code").toString() != u"invalid_quantity")
            continue;
        found = true;
        QVERIFY(issue.value(u"row").isDouble());
        QCOMPARE(issue.value(u"row").toInt(), 1);
        QCOMPARE(issue.value(u"line").toInt(), 2);
        QCOMPARE(issue.value(u"column").toString(), u"quantity"_s);
        QCOMPARE(issue.value(u"severity").toString(), u"error"_s);
        QVERIFY(!issue.value(u"message").toString().isEmpty());
    }
    QVERIFY(found);

    // A file-level issue has a null column and row 0.
    const Outcome missing = runCli({u"validate"_s, u"--json"_s, fixture(u"missing_column.csv"_s)});
    const QJsonArray fileIssues =
        QJsonDocument::fromJson(missing.out.toUtf8()).object().value(u"issues").toArray();
    QVERIFY(!fileIssues.isEmpty());
    for (const QJsonValue &value : fileIssues) {
        const QJsonObject issue = value.toObject();
        if (issue.value(u"code").toString() == u"missing_column") {
            QCOMPARE(issue.value(u"row").toInt(-1), 0);
            QVERIFY(issue.value(u"column").isNull());
        }
    }
}

void TestCli::textReportIsAligned()
{
    const QString path = fixture(u"errors.csv"_s);
    const Outcome outcome = runCli({u"validate"_s, path});
    QCOMPARE(outcome.code, ExitCode::ProblemsFound);

    const QStringList lines = outcome.out.split(u'\n');
    QVERIFY(lines.value(0).startsWith(u"File:"));
    QVERIFY(lines.value(0).endsWith(path));
    QVERIFY(outcome.out.contains(u"Encoding:"));
    QVERIFY(outcome.out.contains(u"Delimiter:"));
    QVERIFY(outcome.out.contains(u"Rows:"));

    // file:line:column: severity: row N: message [code]
    const QRegularExpression issueLine(
        u"^(%1:\\d+(:[^:]*)?: *)((error|warning|notice): *)(row \\d+: )?.+ \\[[a-z_]+\\]$"_s.arg(
            QRegularExpression::escape(path)));
    int issueLines = 0;
    qsizetype severityColumn = -1;
    qsizetype messageColumn = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = issueLine.match(line);
        if (!match.hasMatch())
            continue;
        ++issueLines;
        if (severityColumn < 0) {
            severityColumn = match.capturedStart(3);
            messageColumn = match.capturedEnd(3);
        }
        QCOMPARE(match.capturedStart(3), severityColumn);
        QCOMPARE(match.capturedEnd(3), messageColumn);
    }
    QVERIFY(issueLines >= 5);
    QVERIFY(outcome.out.contains(u":2:quantity:"_s));
    QVERIFY(outcome.out.contains(u"row 1: "_s));
    const QRegularExpression summary(
        u"\n\\d+ errors?, \\d+ warnings? and \\d+ notices? in 6 rows\\.\n$"_s);
    QVERIFY2(summary.match(outcome.out).hasMatch(), qPrintable(outcome.out));

    const Outcome clean = runCli({u"validate"_s, fixture(u"clean.csv"_s)});
    QVERIFY(clean.out.endsWith(u"No problems found in 3 rows.\n"_s));
}

void TestCli::quietPrintsOnlyErrors()
{
    const Outcome errors = runCli({u"validate"_s, u"-q"_s, fixture(u"errors.csv"_s)});
    QCOMPARE(errors.code, ExitCode::ProblemsFound);
    const QStringList lines = errors.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(u" error:"_s), qPrintable(line));

    const Outcome warnings = runCli({u"validate"_s, u"--quiet"_s, fixture(u"warnings.csv"_s)});
    QCOMPARE(warnings.code, ExitCode::Ok);
    QCOMPARE(warnings.out, QString());
    QCOMPARE(warnings.err, QString());
}

void TestCli::delimiterOverrideIsUsed()
{
    // Read with the wrong delimiter, the header is one column: nothing matches.
    const Outcome outcome =
        runCli({u"validate"_s, u"--json"_s, u"--delimiter"_s, u"|"_s, fixture(u"clean.csv"_s)});
    QCOMPARE(outcome.code, ExitCode::ProblemsFound);
    const QJsonObject object = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(object.value(u"delimiter").toString(), u"|"_s);
    QVERIFY(outcome.out.contains(u"\"code\":\"missing_column\""_s));
}

void TestCli::interruptedExitsWithFive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"big.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,quantity,action,reason\n");
    for (int i = 0; i < 20000; ++i)
        file.write("SKU-" + QByteArray::number(i) + ",1,replace,Count\n");
    file.close();

    int polls = 0;
    const Outcome outcome = runCli({u"validate"_s, file.fileName()}, [&polls] {
        return ++polls > 1; // Ctrl+C arrives while the file is being read
    });
    QCOMPARE(outcome.code, ExitCode::Interrupted);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(u"interrupted"_s), qPrintable(outcome.err));
}

void TestCli::parseDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused

    QTest::newRow(",") << u","_s << int(',');
    QTest::newRow(";") << u";"_s << int(';');
    QTest::newRow("|") << u"|"_s << int('|');
    QTest::newRow("tab") << u"tab"_s << int('\t');
    QTest::newRow("TAB") << u"TAB"_s << int('\t');
    QTest::newRow("backslash t") << u"\\t"_s << int('\t');
    QTest::newRow("a real tab") << u"\t"_s << int('\t');
    QTest::newRow("comma") << u"comma"_s << int(',');
    QTest::newRow("semicolon") << u"semicolon"_s << int(';');
    QTest::newRow("pipe") << u"pipe"_s << int('|');
    QTest::newRow("auto") << u"auto"_s << 0;
    QTest::newRow("colon") << u":"_s << -1;
    QTest::newRow("two characters") << u",,"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCli::parseDelimiter()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<char> parsed = Delimiter::fromText(text);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), expected);
}

void TestCli::optionParser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name"); // the value of --name
    QTest::addColumn<bool>("flag");    // -f / --flag given
    QTest::addColumn<QStringList>("positional");

    QTest::newRow("value after") << QStringList{u"--name"_s, u"x"_s, u"a"_s} << true << u"x"_s
                                 << false << QStringList{u"a"_s};
    QTest::newRow("value with =") << QStringList{u"a"_s, u"--name=x=y"_s} << true << u"x=y"_s
                                  << false << QStringList{u"a"_s};
    QTest::newRow("empty value with =")
        << QStringList{u"--name="_s} << true << QString() << false << QStringList();
    QTest::newRow("last wins") << QStringList{u"--name=1"_s, u"--name=2"_s} << true << u"2"_s
                               << false << QStringList();
    QTest::newRow("short flag") << QStringList{u"-f"_s, u"a"_s} << true << QString() << true
                                << QStringList{u"a"_s};
    QTest::newRow("long flag") << QStringList{u"--flag"_s} << true << QString() << true
                               << QStringList();
    QTest::newRow("dash is positional")
        << QStringList{u"-"_s} << true << QString() << false << QStringList{u"-"_s};
    QTest::newRow("double dash ends options")
        << QStringList{u"--"_s, u"--flag"_s, u"-f"_s} << true << QString() << false
        << QStringList{u"--flag"_s, u"-f"_s};
    QTest::newRow("unknown") << QStringList{u"--nope"_s} << false << QString() << false
                             << QStringList();
    QTest::newRow("combined shorts refused")
        << QStringList{u"-ff"_s} << false << QString() << false << QStringList();
    QTest::newRow("missing value")
        << QStringList{u"--name"_s} << false << QString() << false << QStringList();
}

void TestCli::optionParser()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(bool, flag);
    QFETCH(QStringList, positional);

    OptionParser parser(
        {{{u"name"_s}, u"N"_s, u"a name"_s}, {{u"f"_s, u"flag"_s}, {}, u"a flag"_s}});
    QCOMPARE(parser.parse(arguments), ok);
    if (!ok) {
        QVERIFY(!parser.errorText().isEmpty());
        return;
    }
    QCOMPARE(parser.value(u"name"_s), name);
    QCOMPARE(parser.isSet(u"flag"_s), flag);
    QCOMPARE(parser.isSet(u"f"_s), flag);
    QCOMPARE(parser.positional(), positional);

    const QString help = OptionParser::formatHelp(
        {{{u"name"_s}, u"N"_s, u"a name"_s}, {{u"f"_s, u"flag"_s}, {}, u"a flag"_s}});
    QCOMPARE(help, u"      --name N  a name\n  -f, --flag    a flag\n"_s);
}

void TestCli::jsonWriterEscapes()
{
    JsonWriter json;
    json.beginObject();
    json.key(u"z");
    json.value(u"a\"b\\c\nd\te\u0001f\u00e9\u2028"_s);
    json.key(u"a");
    json.beginArray();
    json.value(1);
    json.nullValue();
    json.value(true);
    json.beginObject();
    json.endObject();
    json.endArray();
    json.key(u"lone");
    json.value(QStringView(u"\xD800x"));
    json.endObject();

    QCOMPARE(json.text(),
             uR"js({"z":"a\"b\\c\nd\te\u0001fé\u2028","a":[1,null,true,{}],"lone":"�x"})js"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"z").toString(), u"a\"b\\c\nd\te\u0001f\u00e9\u2028"_s);
}

void TestCli::csvCellsAreNotFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("plain") << u"TEE-BLK-S"_s << u"TEE-BLK-S"_s;
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCli::csvCellsAreNotFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(RowsCommand::csvSafe(cell), written);
}

void TestCli::apiErrorExitCodes_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<ExitCode>("code");
    using K = ApiError::Kind;
    QTest::newRow("none") << K::None << ExitCode::Ok;
    QTest::newRow("sign-in required") << K::SignInRequired << ExitCode::Auth;
    QTest::newRow("missing scope") << K::MissingScope << ExitCode::Auth;
    QTest::newRow("not found") << K::NotFound << ExitCode::Usage;
    QTest::newRow("invalid argument") << K::InvalidArgument << ExitCode::Usage;
    QTest::newRow("not allowed") << K::NotAllowed << ExitCode::ProblemsFound;
    QTest::newRow("throttled") << K::Throttled << ExitCode::Network;
    QTest::newRow("network") << K::Network << ExitCode::Network;
    QTest::newRow("timeout") << K::Timeout << ExitCode::Network;
    QTest::newRow("http") << K::Http << ExitCode::Network;
    QTest::newRow("malformed") << K::Malformed << ExitCode::Network;
    QTest::newRow("ambiguous") << K::Ambiguous << ExitCode::Network;
    QTest::newRow("cancelled") << K::Cancelled << ExitCode::Interrupted;
}

void TestCli::apiErrorExitCodes()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(ExitCode, code);
    QCOMPARE(ApiConnection::exitCodeFor(kind), code);
}

void TestCli::batchExitCodes_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<ExitCode>("code");
    QTest::newRow("pending") << u"pending"_s << ExitCode::Ok;
    QTest::newRow("processing") << u"processing"_s << ExitCode::Ok;
    QTest::newRow("success") << u"success"_s << ExitCode::Ok;
    QTest::newRow("error_partial") << u"error_partial"_s << ExitCode::ProblemsFound;
    QTest::newRow("error_all") << u"error_all"_s << ExitCode::ProblemsFound;
    QTest::newRow("error_unknown") << u"error_unknown"_s << ExitCode::ProblemsFound;
    QTest::newRow("aborted") << u"aborted"_s << ExitCode::ProblemsFound;
}

void TestCli::batchExitCodes()
{
    QFETCH(QString, status);
    QFETCH(ExitCode, code);
    Batch batch;
    batch.status = status;
    QCOMPARE(BatchCommand::exitCodeFor(batch), code);
}

void TestCli::textTableAligns()
{
    using A = TextTable::Align;
    TextTable table({u"NAME"_s, u"COUNT"_s, u"NOTE"_s}, {A::Left, A::Right, A::Left});
    table.addRow({u"a"_s, u"5"_s, u"two\nlines"_s});
    table.addRow({u"longer name"_s, u"12345"_s, QString()});
    QCOMPARE(table.text(), u"NAME         COUNT  NOTE\n"
                           u"a                5  two lines\n"
                           u"longer name  12345\n"_s);
}

void TestCli::noQuestionWithoutTerminal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    // Refused before any connection is made: no service is needed to see it.
    QTest::newRow("abort without --yes")
        << QStringList{u"abort"_s, u"abc"_s, u"--reason"_s, u"x"_s} << u"--yes"_s;
    QTest::newRow("abort without --reason")
        << QStringList{u"abort"_s, u"abc"_s, u"--yes"_s} << u"--reason"_s;
    QTest::newRow("login without --token-stdin") << QStringList{u"login"_s} << u"--token-stdin"_s;
    QTest::newRow("batch without SYNC_ID") << QStringList{u"batch"_s} << u"SYNC_ID"_s;
    QTest::newRow("rows --csv --json")
        << QStringList{u"rows"_s, u"abc"_s, u"--csv"_s, u"--json"_s} << u"--csv"_s;
    QTest::newRow("profile without action") << QStringList{u"profile"_s} << u"list"_s;
}

void TestCli::noQuestionWithoutTerminal()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    bool asked = false;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliContext ctx{outStream, errStream, arguments};
    ctx.inIsTerminal = false;
    ctx.ask = [&asked](const QString &, bool) {
        asked = true;
        return std::optional<QString>(u"y"_s);
    };
    QCOMPARE(Cli::execute(ctx), ExitCode::Usage);
    QVERIFY(!asked);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
