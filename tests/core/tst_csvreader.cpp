#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <initializer_list>

using namespace invsync;

using Records = QList<QStringList>;
using Lines = QList<int>;

namespace {

Records recs(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Records out;
    for (const auto &row : rows) {
        QStringList r;
        for (const char *f : row)
            r << QString::fromUtf8(f);
        out << r;
    }
    return out;
}

Records recordsOf(const CsvTable &t)
{
    Records out;
    for (qsizetype r = 0; r < t.recordCount(); ++r) {
        QStringList row;
        for (qsizetype c = 0; c < t.fieldCount(r); ++c)
            row << QString::fromUtf8(t.field(r, c));
        out << row;
    }
    return out;
}

Lines linesOf(const CsvTable &t)
{
    Lines out;
    for (auto l : t.lines)
        out << int(l);
    return out;
}

Lines toLines(const std::vector<int> &v)
{
    return Lines(v.begin(), v.end());
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(INVSYNC_TEST_DATA "/csv/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return f.readAll();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void tableInvariants_data();
    void tableInvariants();
    void blankLinesKeptAreCapped();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void startOffsetSkipsBom();
    void progressIsReportedAndCancels();
    void detectDelimiter_data();
    void detectDelimiter();
    void fixtures_data();
    void fixtures();
    void writerRoundTrip_data();
    void writerRoundTrip();
};

void TestCsvReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<Lines>("blankLines");

    const char c = ',';

    QTest::newRow("empty input") << QByteArray() << c << Records() << Lines() << Lines();
    QTest::newRow("simple LF") << QByteArrayLiteral("a,b,c\n1,2,3\n") << c
                               << recs({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2}
                               << Lines();
    QTest::newRow("CRLF") << QByteArrayLiteral("a,b\r\n1,2\r\n") << c
                          << recs({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << Lines();
    QTest::newRow("lone CR") << QByteArrayLiteral("a,b\r1,2\r") << c
                             << recs({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << Lines();
    QTest::newRow("mixed line ends")
        << QByteArrayLiteral("a,b\r\n1,2\n3,4\r5,6") << c
        << recs({{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}) << Lines{1, 2, 3, 4} << Lines();
    QTest::newRow("no final newline") << QByteArrayLiteral("a,b\n1,2") << c
                                      << recs({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << Lines();
    QTest::newRow("no final newline, quoted last")
        << QByteArrayLiteral("a,b\n1,\"2\"") << c << recs({{"a", "b"}, {"1", "2"}}) << Lines{1, 2}
        << Lines();
    QTest::newRow("no newline at all")
        << QByteArrayLiteral("sku") << c << recs({{"sku"}}) << Lines{1} << Lines();
    QTest::newRow("empty fields") << QByteArrayLiteral("a,,c\n,2,\n") << c
                                  << recs({{"a", "", "c"}, {"", "2", ""}}) << Lines{1, 2}
                                  << Lines();
    QTest::newRow("trailing delimiter")
        << QByteArrayLiteral("a,b,\n") << c << recs({{"a", "b", ""}}) << Lines{1} << Lines();
    QTest::newRow("spaces kept") << QByteArrayLiteral(" a , b \n") << c << recs({{" a ", " b "}})
                                 << Lines{1} << Lines();
    QTest::newRow("utf8 kept") << QByteArrayLiteral("caf\xc3\xa9,\xe2\x82\xac\n") << c
                               << recs({{"caf\xc3\xa9", "\xe2\x82\xac"}}) << Lines{1} << Lines();
    QTest::newRow("leading zeros kept") << QByteArrayLiteral("000123,0010\n") << c
                                        << recs({{"000123", "0010"}}) << Lines{1} << Lines();

    // Quoting.
    QTest::newRow("quoted delimiter")
        << QByteArrayLiteral("\"a,b\",c\n") << c << recs({{"a,b", "c"}}) << Lines{1} << Lines();
    QTest::newRow("doubled quotes") << QByteArrayLiteral("\"say \"\"hi\"\"\",x\n") << c
                                    << recs({{"say \"hi\"", "x"}}) << Lines{1} << Lines();
    QTest::newRow("only doubled quotes") << QByteArrayLiteral("\"\"\"\"\"\",x\n") << c
                                         << recs({{"\"\"", "x"}}) << Lines{1} << Lines();
    QTest::newRow("quoted empty") << QByteArrayLiteral("\"\",x\n") << c << recs({{"", "x"}})
                                  << Lines{1} << Lines();
    QTest::newRow("quoted last field CRLF")
        << QByteArrayLiteral("x,\"y\"\r\nz,\"w\"\r\n") << c << recs({{"x", "y"}, {"z", "w"}})
        << Lines{1, 2} << Lines();
    QTest::newRow("quoted with utf8")
        << QByteArrayLiteral("\"caf\xc3\xa9, \xe2\x82\xac\"\n") << c
        << recs({{"caf\xc3\xa9, \xe2\x82\xac"}}) << Lines{1} << Lines();
    QTest::newRow("embedded LF") << QByteArrayLiteral("\"line1\nline2\",x\nnext,y\n") << c
                                 << recs({{"line1\nline2", "x"}, {"next", "y"}}) << Lines{1, 3}
                                 << Lines();
    QTest::newRow("embedded CRLF")
        << QByteArrayLiteral("\"l1\r\nl2\",x\r\nn,y\r\n") << c
        << recs({{"l1\r\nl2", "x"}, {"n", "y"}}) << Lines{1, 3} << Lines();
    QTest::newRow("embedded CR") << QByteArrayLiteral("\"l1\rl2\",x\rn,y") << c
                                 << recs({{"l1\rl2", "x"}, {"n", "y"}}) << Lines{1, 3} << Lines();
    QTest::newRow("embedded blank lines")
        << QByteArrayLiteral("h1,h2\n\"a\n\n\nb\",1\nx,2\n") << c
        << recs({{"h1", "h2"}, {"a\n\n\nb", "1"}, {"x", "2"}}) << Lines{1, 2, 6} << Lines();
    QTest::newRow("lines after multi-line fields")
        << QByteArrayLiteral("h1,h2\n\"a\nb\nc\",1\nx,2\n\"p\r\nq\",\"r\ns\"\ny,3\n") << c
        << recs({{"h1", "h2"}, {"a\nb\nc", "1"}, {"x", "2"}, {"p\r\nq", "r\ns"}, {"y", "3"}})
        << Lines{1, 2, 5, 6, 9} << Lines();

    // Blank lines: skipped, reported with their 1-based line.
    QTest::newRow("blank lines") << QByteArrayLiteral("a,b\n\n1,2\n\n\n3,4\n") << c
                                 << recs({{"a", "b"}, {"1", "2"}, {"3", "4"}}) << Lines{1, 3, 6}
                                 << Lines{2, 4, 5};
    QTest::newRow("blank lines CRLF")
        << QByteArrayLiteral("a,b\r\n\r\n1,2\r\n\r\n") << c << recs({{"a", "b"}, {"1", "2"}})
        << Lines{1, 3} << Lines{2, 4};
    QTest::newRow("blank lines CR")
        << QByteArrayLiteral("a\r\r1") << c << recs({{"a"}, {"1"}}) << Lines{1, 3} << Lines{2};
    QTest::newRow("leading blank line")
        << QByteArrayLiteral("\na,b\n") << c << recs({{"a", "b"}}) << Lines{2} << Lines{1};
    QTest::newRow("only newlines")
        << QByteArrayLiteral("\n\n\n") << c << Records() << Lines() << Lines{1, 2, 3};
    QTest::newRow("delimiters only")
        << QByteArrayLiteral("a,b,c\n,,\n1,2,3\n,,,\n") << c
        << recs({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 3} << Lines{2, 4};
    QTest::newRow("delimiters only, no newline")
        << QByteArrayLiteral("a,b\n1,2\n,") << c << recs({{"a", "b"}, {"1", "2"}}) << Lines{1, 2}
        << Lines{3};
    QTest::newRow("final newline is no blank line")
        << QByteArrayLiteral("a\n1\n") << c << recs({{"a"}, {"1"}}) << Lines{1, 2} << Lines();

    // Other delimiters: a comma is then plain text.
    QTest::newRow("semicolon") << QByteArrayLiteral("a;b\n1,5;\"x;y\"\n") << ';'
                               << recs({{"a", "b"}, {"1,5", "x;y"}}) << Lines{1, 2} << Lines();
    QTest::newRow("tab") << QByteArrayLiteral("a\tb\n1, 2\t\"x\ty\"\n") << '\t'
                         << recs({{"a", "b"}, {"1, 2", "x\ty"}}) << Lines{1, 2} << Lines();
    QTest::newRow("pipe") << QByteArrayLiteral("a|b\n1;2|x,y\n||\n") << '|'
                          << recs({{"a", "b"}, {"1;2", "x,y"}}) << Lines{1, 2} << Lines{3};
}

void TestCsvReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    QFETCH(Lines, blankLines);

    const CsvReadResult result = CsvReader(delimiter).read(input);
    QVERIFY(!result.unterminatedQuote);
    QVERIFY(!result.cancelled);
    QCOMPARE(recordsOf(result.table), records);
    QCOMPARE(linesOf(result.table), lines);
    QCOMPARE(toLines(result.blankLines), blankLines);
    QCOMPARE(result.blankLineCount, int(blankLines.size()));
}

// The compact table's own invariants, on the same inputs.
void TestCsvReader::tableInvariants_data()
{
    read_data();
}

void TestCsvReader::tableInvariants()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);

    const CsvReadResult result = CsvReader(delimiter).read(input);
    const CsvTable &t = result.table;
    QCOMPARE(t.firstField.size(), t.lines.size() + 1);
    QCOMPARE(size_t(t.firstField.back()), t.fields.size());
    for (size_t i = 0; i + 1 < t.firstField.size(); ++i)
        QVERIFY(t.firstField[i] < t.firstField[i + 1]); // every record has at least one field
    for (const CsvField &f : t.fields)
        QVERIFY(qsizetype(f.offset) + qsizetype(f.length) <= t.data.size());
    for (size_t i = 1; i < t.lines.size(); ++i)
        QVERIFY(t.lines[i - 1] < t.lines[i]);
}

void TestCsvReader::blankLinesKeptAreCapped()
{
    QByteArray input = QByteArrayLiteral("a,b\n");
    for (int i = 0; i < 30; ++i)
        input += (i % 2) ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n");
    input += QByteArrayLiteral("1,2\n");

    const CsvReadResult result = CsvReader(',').read(input);
    QCOMPARE(result.blankLineCount, 30);
    QCOMPARE(int(result.blankLines.size()), CsvReader::MaxBlankLinesKept);
    for (int i = 0; i < CsvReader::MaxBlankLinesKept; ++i)
        QCOMPARE(result.blankLines[size_t(i)], i + 2);
    QCOMPARE(linesOf(result.table), (Lines{1, 32}));
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("column");

    QTest::newRow("first field") << QByteArrayLiteral("\"abc") << 1 << 0 << 0;
    QTest::newRow("second row, second field")
        << QByteArrayLiteral("a,b\n1,\"oops\n2,3\n") << 2 << 1 << 1;
    QTest::newRow("after multi-line field")
        << QByteArrayLiteral("a,b\n\"x\ny\",1\n3,\"open\n") << 4 << 2 << 1;
    QTest::newRow("after blank lines") << QByteArrayLiteral("a,b\n\n\n1,\"x,y") << 4 << 1 << 1;
    QTest::newRow("CRLF file") << QByteArrayLiteral("a,b,c\r\n1,2,3\r\n4,5,\"six\r\n7,8,9\r\n") << 3
                               << 2 << 2;
    QTest::newRow("quote opened after doubled quotes")
        << QByteArrayLiteral("a,b\n\"x\"\"y\",\"z\n") << 2 << 1 << 1;
    QTest::newRow("semicolon file") << QByteArrayLiteral("a;b;c\n1;2;\"3\n") << 2 << 1 << 2;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, record);
    QFETCH(int, column);

    const char delimiter = QTest::currentDataTag() == QByteArray("semicolon file") ? ';' : ',';
    const CsvReadResult result = CsvReader(delimiter).read(input);
    QVERIFY(result.unterminatedQuote);
    QCOMPARE(result.unterminatedLine, line);
    QCOMPARE(result.unterminatedRecord, record);
    QCOMPARE(result.unterminatedColumn, column);
    // The records before it are intact.
    QVERIFY(result.table.recordCount() >= record);
    if (record > 0)
        QCOMPARE(int(result.table.lines[0]), 1);
}

void TestCsvReader::startOffsetSkipsBom()
{
    const QByteArray input = QByteArrayLiteral("\xef\xbb\xbfsku,quantity\n\"A\",1\n");
    const CsvReadResult result = CsvReader(',').read(input, 3);
    QCOMPARE(recordsOf(result.table), recs({{"sku", "quantity"}, {"A", "1"}}));
    QCOMPARE(linesOf(result.table), (Lines{1, 2}));

    // A quoted first field right after the BOM.
    const CsvReadResult quoted =
        CsvReader(',').read(QByteArrayLiteral("\xef\xbb\xbf\"sku\",q\n"), 3);
    QCOMPARE(recordsOf(quoted.table), recs({{"sku", "q"}}));

    // Any start offset, not only a BOM.
    const CsvReadResult skipped = CsvReader(';').read(QByteArrayLiteral("junk:a;b\n1;2\n"), 5);
    QCOMPARE(recordsOf(skipped.table), recs({{"a", "b"}, {"1", "2"}}));
}

void TestCsvReader::progressIsReportedAndCancels()
{
    QByteArray input = QByteArrayLiteral("sku,quantity,action,reason\n");
    for (int i = 0; input.size() < 8 * 1024 * 1024; ++i)
        input += QByteArrayLiteral("SKU-") + QByteArray::number(i) +
                 QByteArrayLiteral(",5,replace,\"a, b\"\n");
    const qint64 size = input.size();

    int calls = 0;
    qint64 last = -1;
    bool monotonic = true;
    bool withinTotal = true;
    const CsvReadResult full = CsvReader(',').read(input, 0, [&](qint64 done, qint64 total) {
        ++calls;
        monotonic = monotonic && done >= last;
        withinTotal = withinTotal && done <= total && total == size;
        last = done;
        return true;
    });
    QVERIFY(!full.cancelled);
    QVERIFY(calls >= 2);
    QVERIFY(monotonic);
    QVERIFY(withinTotal);
    QVERIFY(full.table.recordCount() > 100000);

    int cancelCalls = 0;
    const CsvReadResult cancelled = CsvReader(',').read(input, 0, [&](qint64, qint64) {
        ++cancelCalls;
        return false;
    });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelCalls, 1);
    QVERIFY(cancelled.table.recordCount() < full.table.recordCount());
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QByteArrayLiteral("sku,quantity,action,reason\nA,1,replace,r\n")
                           << ',';
    QTest::newRow("semicolon") << QByteArrayLiteral("sku;quantity;action;reason\nA;1;replace;r\n")
                               << ';';
    QTest::newRow("tab") << QByteArrayLiteral("sku\tquantity\taction\treason\nA\t1\treplace\tr\n")
                         << '\t';
    QTest::newRow("pipe") << QByteArrayLiteral("sku|quantity|action|reason\nA|1|replace|r\n")
                          << '|';
    QTest::newRow("header only, no newline")
        << QByteArrayLiteral("sku;quantity;action;reason") << ';';
    QTest::newRow("CRLF semicolon")
        << QByteArrayLiteral("sku;quantity;action;reason\r\nA;1;replace;r\r\n") << ';';
    QTest::newRow("semicolon, commas quoted")
        << QByteArrayLiteral("sku;quantity;action;reason\n\"A,1\";5;replace;\"x, y, z, w, v\"\n"
                             "\"B,2,3\";6;replace;\"1,2,3,4,5,6,7,8\"\n")
        << ';';
    QTest::newRow("comma, others quoted")
        << QByteArrayLiteral("sku,quantity,action,reason\n\"A;1\",1,replace,\"x;y;z|w|v\tu\tt\"\n"
                             "\"B|2\",2,replace,\"p;q;r;s;t;u;v\"\n")
        << ',';
    QTest::newRow("tab, commas quoted")
        << QByteArrayLiteral(
               "sku\tquantity\taction\treason\n\"A,1\"\t1\treplace\t\"a,b,c,d,e,f\"\n")
        << '\t';
    QTest::newRow("pipe, multi-line quoted commas")
        << QByteArrayLiteral("sku|quantity|action|reason\nA|1|replace|\"a,b,c,d\ne,f,g,h\ni,j,"
                             "k\"\nB|2|replace|r\n")
        << '|';
    QTest::newRow("tab, unquoted commas in text")
        << QByteArrayLiteral("sku\tquantity\taction\treason\nA\t1\treplace\tcount, recount\n")
        << '\t';
    QTest::newRow("single column defaults to comma") << QByteArrayLiteral("sku\nA\nB\n") << ',';
    QTest::newRow("empty defaults to comma") << QByteArray() << ',';
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QCOMPARE(invsync::detectDelimiter(input), delimiter);
}

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    const Records three = recs({{"sku", "quantity", "action", "reason"},
                                {"000123", "10", "replace", "Recount caf\xc3\xa9"},
                                {"SKU-2", "0", "replace",
                                 "Damaged \xe2\x80\x93 \xe2\x80\x9c"
                                 "box\xe2\x80\x9d \xe2\x80\x98"
                                 "crushed\xe2\x80\x99"},
                                {"00042", "7", "Replace",
                                 "Found \xe2\x82\xac"
                                 "5"}});
    QTest::newRow("utf8.csv") << QByteArray("utf8.csv") << ',' << three << Lines{1, 2, 3, 4};
    QTest::newRow("crlf.csv") << QByteArray("crlf.csv") << ',' << three << Lines{1, 2, 3, 4};
    QTest::newRow("cr_only.csv") << QByteArray("cr_only.csv") << ',' << three << Lines{1, 2, 3, 4};
    QTest::newRow("no_final_newline.csv")
        << QByteArray("no_final_newline.csv") << ',' << three << Lines{1, 2, 3, 4};
    QTest::newRow("mixed_line_ends.csv")
        << QByteArray("mixed_line_ends.csv") << ',' << three << Lines{1, 2, 3, 4};
    QTest::newRow("tab.tsv") << QByteArray("tab.tsv") << '\t' << three << Lines{1, 2, 3, 4};
    QTest::newRow("quoted.csv") << QByteArray("quoted.csv") << ','
                                << recs({{"sku", "quantity", "action", "reason"},
                                         {"Q,1", "5", "replace", "He said \"recount\""},
                                         {"Q2", "6", "replace", "line one\nline two"},
                                         {"Q3", "7", "replace", "crlf one\r\ncrlf two"},
                                         {"Q4", "8", "replace", "plain"}})
                                << Lines{1, 2, 3, 5, 7};
    QTest::newRow("semicolon.csv") << QByteArray("semicolon.csv") << ';'
                                   << recs({{"sku", "quantity", "action", "reason"},
                                            {"000123", "10", "replace", "Recount, again"},
                                            {"SKU-2", "0", "replace", "a, b, c, d"},
                                            {"00042", "7", "Replace",
                                             "Found \xe2\x82\xac"
                                             "5"}})
                                   << Lines{1, 2, 3, 4};
    QTest::newRow("pipe.csv") << QByteArray("pipe.csv") << '|'
                              << recs({{"sku", "quantity", "action", "reason"},
                                       {"000123", "10", "replace", "semi;colons, commas\tand tabs"},
                                       {"SKU-2", "0", "replace", "plain"},
                                       {"00042", "7", "Replace",
                                        "Found \xe2\x82\xac"
                                        "5"}})
                              << Lines{1, 2, 3, 4};
    QTest::newRow("comma_with_others_quoted.csv")
        << QByteArray("comma_with_others_quoted.csv") << ','
        << recs({{"sku", "quantity", "action", "reason"},
                 {"A;1", "1", "replace", "x;y;z|w|v\tu\tt"},
                 {"B|2", "2", "replace", "p;q;r;s;t"},
                 {"C\t3", "3", "replace", "|||;;;"}})
        << Lines{1, 2, 3, 4};
    QTest::newRow("blank_lines.csv") << QByteArray("blank_lines.csv") << ','
                                     << recs({{"sku", "quantity", "action", "reason"},
                                              {"A", "1", "replace", "r"},
                                              {"B", "2", "replace", "r"}})
                                     << Lines{1, 3, 6};
}

void TestCsvReader::fixtures()
{
    QFETCH(QByteArray, file);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    const QByteArray bytes = fixture(file.constData());
    QCOMPARE(invsync::detectDelimiter(bytes), delimiter);
    const CsvReadResult result = CsvReader(delimiter).read(bytes);
    QVERIFY(!result.unterminatedQuote);
    QCOMPARE(recordsOf(result.table), records);
    QCOMPARE(linesOf(result.table), lines);
}

// Random records written by CsvWriter read back identically, with the lines
// they start on, for every delimiter.
void TestCsvReader::writerRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<quint32>("seed");
    for (char d : {',', ';', '\t', '|'}) {
        for (quint32 seed : {1u, 2u, 3u, 42u, 1234u})
            QTest::addRow("'%s' seed %u", d == '\t' ? "tab" : QByteArray(1, d).constData(), seed)
                << d << seed;
    }
}

void TestCsvReader::writerRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(quint32, seed);

    QRandomGenerator rng(seed);
    const QByteArray alphabet = QByteArrayLiteral("ab Z09\",;|\t\r\n\xc3\xa9");
    const CsvWriter writer(delimiter);
    QByteArray text;
    Records expected;
    Lines expectedLines;
    int line = 1;
    for (int r = 0; r < 300; ++r) {
        const int fields = 1 + int(rng.bounded(6));
        QList<QByteArray> record;
        bool anyText = false;
        for (int f = 0; f < fields; ++f) {
            QByteArray field;
            const int len = int(rng.bounded(8));
            for (int i = 0; i < len; ++i) {
                const int k = int(rng.bounded(int(alphabet.size()) - 1));
                if (alphabet.at(k) == '\xc3') {
                    field += QByteArrayLiteral("\xc3\xa9");
                } else {
                    field += alphabet.at(k);
                }
            }
            anyText = anyText || !field.isEmpty();
            record << field;
        }
        if (!anyText)
            record[0] = QByteArrayLiteral("x");
        QStringList strings;
        for (const QByteArray &f : record)
            strings << QString::fromUtf8(f);
        expected << strings;
        expectedLines << line;
        const qsizetype before = text.size();
        writer.appendRecord(text, record);
        for (qsizetype i = before; i < text.size(); ++i) {
            if (text[i] == '\n' ||
                (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
                ++line;
        }
    }

    const CsvReadResult result = CsvReader(delimiter).read(text);
    QVERIFY(!result.unterminatedQuote);
    QCOMPARE(result.blankLineCount, 0);
    QCOMPARE(recordsOf(result.table), expected);
    QCOMPARE(linesOf(result.table), expectedLines);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
