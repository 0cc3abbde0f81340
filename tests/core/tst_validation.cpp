#include "csv/CsvReader.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <set>

using namespace invsync;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(invsync::IssueCode)
Q_DECLARE_METATYPE(invsync::Severity)
Q_DECLARE_METATYPE(invsync::ColumnRole)
Q_DECLARE_METATYPE(invsync::TextEncoding)

namespace {

constexpr int Any = -99; // a line or column the spec leaves open

const QByteArray Header = QByteArrayLiteral("sku,quantity,action,reason\n");

std::shared_ptr<InventoryDocument> load(const QByteArray &bytes)
{
    LoadResult r = DocumentLoader::loadBytes(bytes, QStringLiteral("test.csv"), LoadOptions{});
    if (!r.document)
        qWarning("loadBytes failed: %s", qPrintable(r.error));
    return r.document;
}

QList<Issue> issuesWith(const InventoryDocument &doc, IssueCode code)
{
    QList<Issue> out;
    for (const Issue &i : doc.allIssues()) {
        if (i.code == code)
            out << i;
    }
    return out;
}

std::set<IssueCode> codesOf(const InventoryDocument &doc)
{
    std::set<IssueCode> out;
    for (const Issue &i : doc.allIssues())
        out.insert(i.code);
    return out;
}

QString describe(const QList<Issue> &issues)
{
    QStringList parts;
    for (const Issue &i : issues) {
        parts << QStringLiteral("%1(%2) row %3 line %4 col %5")
                     .arg(issueCodeName(i.code), severityName(i.severity))
                     .arg(i.row)
                     .arg(i.line)
                     .arg(i.column);
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray rows(int count, const QByteArray &prefix = QByteArrayLiteral("SKU-"))
{
    QByteArray out = Header;
    for (int i = 0; i < count; ++i)
        out += prefix + QByteArray::number(i) + QByteArrayLiteral(",1,replace,r\n");
    return out;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueCodes_data();
    void issueCodes();
    void codeNamesAreStable_data();
    void codeNamesAreStable();

    void invalidQuantity_data();
    void invalidQuantity();
    void validQuantity_data();
    void validQuantity();
    void negativeQuantity_data();
    void negativeQuantity();
    void invalidAction_data();
    void invalidAction();
    void validAction_data();
    void validAction();

    void duplicates_data();
    void duplicates();
    void duplicateMessageNamesOtherRow();
    void placeholderInSkuStaysText();

    void headerVariants_data();
    void headerVariants();
    void roleForHeader_data();
    void roleForHeader();
    void missingColumns_data();
    void missingColumns();
    void unknownColumnStaysVisible();

    void tooManyRows_data();
    void tooManyRows();

    void skuWhitespaceKeepsText();
    void leadingZeroSkusStayText();
    void encodingFallbackDecodes();
    void issuesOnReorderedColumns();
    void fromCsvMatchesLoader();
    void countsMatchIssues();
    void everyIssueHasAMessage();
    void cleanFileHasNoIssues();
    void bomWithInvalidUtf8FallsBack();
    void savedFileIsCleanUtf8_data();
    void savedFileIsCleanUtf8();
    void fromCsvCancelled();
};

void TestValidation::issueCodes_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<IssueCode>("code");
    QTest::addColumn<Severity>("severity"); // None: the spec leaves it open
    QTest::addColumn<int>("count");         // issues of that code
    QTest::addColumn<int>("row");           // of the issue checked (the last of that code)
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("only"); // no other code may be reported

    const QByteArray H = Header;
    using C = IssueCode;
    using S = Severity;

    QTest::newRow("missing_column sku")
        << QByteArrayLiteral("quantity,action,reason\n1,replace,r\n") << C::MissingColumn
        << S::Error << 1 << 0 << Any << -1 << true;
    QTest::newRow("missing_column quantity")
        << QByteArrayLiteral("sku,action,reason\nA,replace,r\n") << C::MissingColumn << S::Error
        << 1 << 0 << Any << -1 << true;
    QTest::newRow("missing_column action")
        << QByteArrayLiteral("sku,quantity,reason\nA,1,r\n") << C::MissingColumn << S::Error << 1
        << 0 << Any << -1 << true;
    QTest::newRow("missing_column reason")
        << QByteArrayLiteral("sku,quantity,action\nA,1,replace\n") << C::MissingColumn << S::Error
        << 1 << 0 << Any << -1 << true;

    QTest::newRow("wrong_column_count fewer")
        << QByteArray(H + "A,1,replace,r\nB,2,replace\n") << C::WrongColumnCount << S::Error << 1
        << 2 << 3 << Any << false;
    QTest::newRow("wrong_column_count more")
        << QByteArray(H + "A,1,replace,r,extra\n") << C::WrongColumnCount << S::Error << 1 << 1 << 2
        << Any << true;
    QTest::newRow("wrong_column_count after multi-line")
        << QByteArray(H + "A,1,replace,\"x\ny\"\nB,2,replace,r,x\n") << C::WrongColumnCount
        << S::Error << 1 << 2 << 4 << Any << true;
    QTest::newRow("unterminated_quote")
        << QByteArray(H + "A,1,replace,r\nB,2,replace,\"never\nC,3,replace,r\n")
        << C::UnterminatedQuote << S::Error << 1 << 2 << 3 << 3 << false;
    QTest::newRow("unterminated_quote in sku")
        << QByteArray(H + "\"A,1,replace,r\n") << C::UnterminatedQuote << S::Error << 1 << 1 << 2
        << 0 << false;
    QTest::newRow("empty_sku") << QByteArray(H + "A,1,replace,r\n,1,replace,r\n") << C::EmptySku
                               << S::Error << 1 << 2 << 3 << 0 << true;
    QTest::newRow("empty_sku quoted") << QByteArray(H + "\"\",1,replace,r\n") << C::EmptySku
                                      << S::Error << 1 << 1 << 2 << 0 << true;
    QTest::newRow("invalid_quantity") << QByteArray(H + "A,12.5,replace,r\n") << C::InvalidQuantity
                                      << S::Error << 1 << 1 << 2 << 1 << true;
    QTest::newRow("negative_quantity") << QByteArray(H + "A,-5,replace,r\n") << C::NegativeQuantity
                                       << S::Error << 1 << 1 << 2 << 1 << true;
    QTest::newRow("invalid_action") << QByteArray(H + "A,1,add,r\n") << C::InvalidAction << S::Error
                                    << 1 << 1 << 2 << 2 << true;
    QTest::newRow("duplicate_sku")
        << QByteArray(H + "A,1,replace,r\nB,1,replace,r\nA,2,replace,r\n") << C::DuplicateSku
        << S::Error << 2 << 3 << 4 << 0 << true;
    QTest::newRow("too_many_rows")
        << rows(3001) << C::TooManyRows << S::Warning << 1 << 0 << Any << -1 << true;
    QTest::newRow("unknown_column")
        << QByteArrayLiteral("sku,quantity,action,reason,color\nA,1,replace,r,red\n")
        << C::UnknownColumn << S::Warning << 1 << 0 << Any << 4 << true;
    QTest::newRow("empty_reason") << QByteArray(H + "A,1,replace,\n") << C::EmptyReason
                                  << S::Warning << 1 << 1 << 2 << 3 << true;
    QTest::newRow("empty_reason quoted") << QByteArray(H + "A,1,replace,\"\"\n") << C::EmptyReason
                                         << S::Warning << 1 << 1 << 2 << 3 << true;
    QTest::newRow("sku_whitespace leading")
        << QByteArray(H + " A,1,replace,r\n") << C::SkuWhitespace << S::Warning << 1 << 1 << 2 << 0
        << true;
    QTest::newRow("sku_whitespace trailing")
        << QByteArray(H + "B,1,replace,r\nA ,1,replace,r\n") << C::SkuWhitespace << S::Warning << 1
        << 2 << 3 << 0 << true;
    QTest::newRow("encoding_fallback")
        << QByteArray(H + "Caf\xe9,1,replace,r\n") << C::EncodingFallback << S::Notice << 1 << 0
        << Any << -1 << true;
    QTest::newRow("blank_lines") << QByteArray(H + "\nA,1,replace,r\n\n") << C::BlankLines
                                 << S::Notice << 1 << 0 << Any << -1 << true;
    QTest::newRow("no_data_rows") << H << C::NoDataRows << S::None << 1 << 0 << Any << -1 << true;
    QTest::newRow("duplicate_column")
        << QByteArrayLiteral("sku,quantity,action,reason,SKU\nA,1,replace,r,B\n")
        << C::DuplicateColumn << S::None << 1 << 0 << Any << Any << false;
}

void TestValidation::issueCodes()
{
    QFETCH(QByteArray, csv);
    QFETCH(IssueCode, code);
    QFETCH(Severity, severity);
    QFETCH(int, count);
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, only);

    const auto doc = load(csv);
    QVERIFY(doc);
    const QList<Issue> all = doc->allIssues();
    const QList<Issue> found = issuesWith(*doc, code);
    QVERIFY2(found.size() == count, qPrintable(describe(all)));

    const Issue &issue = found.last();
    QCOMPARE(issueSeverity(code), issue.severity);
    if (severity != Severity::None)
        QCOMPARE(issue.severity, severity);
    QCOMPARE(issue.row, row);
    if (line != Any)
        QCOMPARE(issue.line, line);
    if (column != Any)
        QCOMPARE(issue.column, column);
    if (issue.column >= 0)
        QCOMPARE(issue.columnName, doc->columnName(issue.column));
    QVERIFY(!issue.message.isEmpty());

    if (only) {
        const std::set<IssueCode> codes = codesOf(*doc);
        QVERIFY2(codes.size() == 1, qPrintable(describe(all)));
    }

    // Row issues are also found on their row and, when they name a column, on their cell.
    if (row > 0) {
        bool onRow = false;
        for (const Issue &i : doc->rowIssues(row - 1))
            onRow = onRow || i.code == code;
        QVERIFY(onRow);
        QVERIFY(doc->rowSeverity(row - 1) >= issue.severity);
        if (issue.column >= 0) {
            bool onCell = false;
            for (const Issue &i : doc->cellIssues(row - 1, issue.column))
                onCell = onCell || i.code == code;
            QVERIFY(onCell);
            QVERIFY(doc->cellSeverity(row - 1, issue.column) >= issue.severity);
        }
    } else {
        bool inFile = false;
        for (const Issue &i : doc->fileIssues())
            inFile = inFile || i.code == code;
        QVERIFY(inFile);
    }
}

void TestValidation::codeNamesAreStable_data()
{
    QTest::addColumn<IssueCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Severity>("severity"); // None: not fixed by the spec

    using C = IssueCode;
    using S = Severity;
    QTest::newRow("missing_column")
        << C::MissingColumn << QStringLiteral("missing_column") << S::Error;
    QTest::newRow("wrong_column_count")
        << C::WrongColumnCount << QStringLiteral("wrong_column_count") << S::Error;
    QTest::newRow("unterminated_quote")
        << C::UnterminatedQuote << QStringLiteral("unterminated_quote") << S::Error;
    QTest::newRow("empty_sku") << C::EmptySku << QStringLiteral("empty_sku") << S::Error;
    QTest::newRow("invalid_quantity")
        << C::InvalidQuantity << QStringLiteral("invalid_quantity") << S::Error;
    QTest::newRow("negative_quantity")
        << C::NegativeQuantity << QStringLiteral("negative_quantity") << S::Error;
    QTest::newRow("invalid_action")
        << C::InvalidAction << QStringLiteral("invalid_action") << S::Error;
    QTest::newRow("duplicate_sku")
        << C::DuplicateSku << QStringLiteral("duplicate_sku") << S::Error;
    QTest::newRow("too_many_rows")
        << C::TooManyRows << QStringLiteral("too_many_rows") << S::Warning;
    QTest::newRow("unknown_column")
        << C::UnknownColumn << QStringLiteral("unknown_column") << S::Warning;
    QTest::newRow("empty_reason") << C::EmptyReason << QStringLiteral("empty_reason") << S::Warning;
    QTest::newRow("sku_whitespace")
        << C::SkuWhitespace << QStringLiteral("sku_whitespace") << S::Warning;
    QTest::newRow("encoding_fallback")
        << C::EncodingFallback << QStringLiteral("encoding_fallback") << S::Notice;
    QTest::newRow("blank_lines") << C::BlankLines << QStringLiteral("blank_lines") << S::Notice;
    QTest::newRow("no_data_rows") << C::NoDataRows << QStringLiteral("no_data_rows") << S::None;
    QTest::newRow("duplicate_column")
        << C::DuplicateColumn << QStringLiteral("duplicate_column") << S::None;
}

void TestValidation::codeNamesAreStable()
{
    QFETCH(IssueCode, code);
    QFETCH(QString, name);
    QFETCH(Severity, severity);
    QCOMPARE(issueCodeName(code), name);
    QVERIFY(issueSeverity(code) != Severity::None);
    if (severity != Severity::None)
        QCOMPARE(issueSeverity(code), severity);
    QCOMPARE(severityName(Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityName(Severity::Notice), QStringLiteral("notice"));
}

void TestValidation::invalidQuantity_data()
{
    QTest::addColumn<QByteArray>("quantity"); // as written in the file

    QTest::newRow("12.5") << QByteArrayLiteral("12.5");
    QTest::newRow("1e3") << QByteArrayLiteral("1e3");
    QTest::newRow("1,000 quoted") << QByteArrayLiteral("\"1,000\"");
    QTest::newRow("1 000") << QByteArrayLiteral("1 000");
    QTest::newRow("abc") << QByteArrayLiteral("abc");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("empty quoted") << QByteArrayLiteral("\"\"");
    QTest::newRow("2147483648") << QByteArrayLiteral("2147483648");
    QTest::newRow("4294967296") << QByteArrayLiteral("4294967296");
    QTest::newRow("20 digits") << QByteArrayLiteral("99999999999999999999");
    QTest::newRow("+5") << QByteArrayLiteral("+5");
    QTest::newRow("0x10") << QByteArrayLiteral("0x10");
    QTest::newRow("5.") << QByteArrayLiteral("5.");
    QTest::newRow("arabic-indic three") << QByteArrayLiteral("\xd9\xa3");
    QTest::newRow("fullwidth five") << QByteArrayLiteral("\xef\xbc\x95");
}

void TestValidation::invalidQuantity()
{
    QFETCH(QByteArray, quantity);
    const auto doc = load(Header + "A," + quantity + ",replace,r\n");
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::InvalidQuantity);
    QVERIFY2(found.size() == 1, qPrintable(describe(doc->allIssues())));
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(found[0].row, 1);
    QCOMPARE(found[0].line, 2);
    QCOMPARE(found[0].column, 1);
    QCOMPARE(found[0].columnName, QStringLiteral("quantity"));
    QVERIFY2(codesOf(*doc).size() == 1, qPrintable(describe(doc->allIssues())));
}

void TestValidation::validQuantity_data()
{
    QTest::addColumn<QByteArray>("quantity");
    QTest::newRow("0") << QByteArrayLiteral("0");
    QTest::newRow("5") << QByteArrayLiteral("5");
    QTest::newRow("leading zeros") << QByteArrayLiteral("0010");
    QTest::newRow("quoted") << QByteArrayLiteral("\"42\"");
    QTest::newRow("2147483647") << QByteArrayLiteral("2147483647");
    QTest::newRow("2147483647 with leading zeros") << QByteArrayLiteral("0002147483647");
}

void TestValidation::validQuantity()
{
    QFETCH(QByteArray, quantity);
    const auto doc = load(Header + "A," + quantity + ",replace,r\n");
    QVERIFY(doc);
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->errorCount(), 0);
}

void TestValidation::negativeQuantity_data()
{
    QTest::addColumn<QByteArray>("quantity");
    QTest::newRow("-5") << QByteArrayLiteral("-5");
    QTest::newRow("-1") << QByteArrayLiteral("-1");
    QTest::newRow("-2147483647") << QByteArrayLiteral("-2147483647");
}

void TestValidation::negativeQuantity()
{
    QFETCH(QByteArray, quantity);
    const auto doc = load(Header + "A," + quantity + ",replace,r\n");
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::NegativeQuantity);
    QVERIFY2(found.size() == 1, qPrintable(describe(doc->allIssues())));
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(found[0].row, 1);
    QCOMPARE(found[0].line, 2);
    QCOMPARE(found[0].column, 1);
    QVERIFY2(issuesWith(*doc, IssueCode::InvalidQuantity).isEmpty(),
             qPrintable(describe(doc->allIssues())));
}

void TestValidation::invalidAction_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::newRow("add") << QByteArrayLiteral("add");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("change") << QByteArrayLiteral("change");
    QTest::newRow("remove") << QByteArrayLiteral("remove");
    QTest::newRow("replaced") << QByteArrayLiteral("replaced");
    QTest::newRow("repl") << QByteArrayLiteral("repl");
}

void TestValidation::invalidAction()
{
    QFETCH(QByteArray, action);
    const auto doc = load(Header + "A,1," + action + ",r\n");
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::InvalidAction);
    QVERIFY2(found.size() == 1, qPrintable(describe(doc->allIssues())));
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(found[0].row, 1);
    QCOMPARE(found[0].line, 2);
    QCOMPARE(found[0].column, 2);
    QCOMPARE(found[0].columnName, QStringLiteral("action"));
    QVERIFY2(codesOf(*doc).size() == 1, qPrintable(describe(doc->allIssues())));
}

void TestValidation::validAction_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::newRow("replace") << QByteArrayLiteral("replace");
    QTest::newRow("REPLACE") << QByteArrayLiteral("REPLACE");
    QTest::newRow("Replace") << QByteArrayLiteral("Replace");
    QTest::newRow("rEpLaCe") << QByteArrayLiteral("rEpLaCe");
    QTest::newRow("quoted") << QByteArrayLiteral("\"replace\"");
}

void TestValidation::validAction()
{
    QFETCH(QByteArray, action);
    const auto doc = load(Header + "A,1," + action + ",r\n");
    QVERIFY(doc);
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
}

void TestValidation::duplicates_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<int>>("rows"); // 1-based rows flagged duplicate_sku

    const QByteArray HL = QByteArrayLiteral("sku,quantity,action,reason,location\n");
    QTest::newRow("same sku") << QByteArray(Header + "A,1,replace,r\nA,2,replace,r\n")
                              << QList<int>{1, 2};
    QTest::newRow("three of a kind among others")
        << QByteArray(Header +
                      "A,1,replace,r\nB,1,replace,r\nA,2,replace,r\nC,1,replace,r\nA,3,replace,r\n")
        << QList<int>{1, 3, 5};
    QTest::newRow("two pairs")
        << QByteArray(Header + "A,1,replace,r\nB,1,replace,r\nB,2,replace,r\nA,2,replace,r\n")
        << QList<int>{1, 2, 3, 4};
    QTest::newRow("distinct skus")
        << QByteArray(Header + "A,1,replace,r\nB,1,replace,r\n") << QList<int>();
    QTest::newRow("leading zeros differ")
        << QByteArray(Header + "123,1,replace,r\n0123,1,replace,r\n00123,1,replace,r\n")
        << QList<int>();
    QTest::newRow("prefix is not equal")
        << QByteArray(Header + "AB,1,replace,r\nA,1,replace,r\nABC,1,replace,r\n") << QList<int>();
    QTest::newRow("quoted and unquoted")
        << QByteArray(Header + "\"A,1\",1,replace,r\n\"A,1\",2,replace,r\n") << QList<int>{1, 2};
    QTest::newRow("same sku and location")
        << QByteArray(HL + "A,1,replace,r,L1\nA,2,replace,r,L1\n") << QList<int>{1, 2};
    QTest::newRow("same sku, other location")
        << QByteArray(HL + "A,1,replace,r,L1\nA,2,replace,r,L2\n") << QList<int>();
    QTest::newRow("same sku, location and none")
        << QByteArray(HL + "A,1,replace,r,L1\nA,2,replace,r,\n") << QList<int>();
    QTest::newRow("same sku, both without location")
        << QByteArray(HL + "A,1,replace,r,\nA,2,replace,r,\n") << QList<int>{1, 2};
    QTest::newRow("sku+location mix")
        << QByteArray(HL +
                      "A,1,replace,r,L1\nA,2,replace,r,L2\nA,3,replace,r,L1\nB,1,replace,r,L1\n")
        << QList<int>{1, 3};
    QTest::newRow("location column first")
        << QByteArrayLiteral("location,sku,quantity,action,reason\n"
                             "L1,A,1,replace,r\nL2,A,1,replace,r\nL1,A,1,replace,r\n")
        << QList<int>{1, 3};
    // sku+location must not be a plain concatenation.
    QTest::newRow("concatenation is not a key")
        << QByteArray(HL + "AB,1,replace,r,C\nA,2,replace,r,BC\n") << QList<int>();
}

void TestValidation::duplicates()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<int>, rows);

    const auto doc = load(csv);
    QVERIFY(doc);
    QList<int> flagged;
    for (const Issue &i : issuesWith(*doc, IssueCode::DuplicateSku)) {
        flagged << i.row;
        QCOMPARE(i.severity, Severity::Error);
        QCOMPARE(i.line, i.row + 1);
        QCOMPARE(i.column, doc->columnOf(ColumnRole::Sku));
    }
    std::sort(flagged.begin(), flagged.end());
    QCOMPARE(flagged, rows);
    QCOMPARE(doc->errorCount(), int(rows.size()));
}

void TestValidation::duplicateMessageNamesOtherRow()
{
    const auto doc = load(Header + "A,1,replace,r\nB,1,replace,r\nC,1,replace,r\nA,2,replace,r\n");
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::DuplicateSku);
    QCOMPARE(found.size(), 2);
    const Issue &first = found[0].row == 1 ? found[0] : found[1];
    const Issue &second = found[0].row == 1 ? found[1] : found[0];
    QVERIFY2(first.message.contains(QLatin1Char('4')), qPrintable(first.message));
    QVERIFY2(second.message.contains(QLatin1Char('1')), qPrintable(second.message));
}

void TestValidation::placeholderInSkuStaysText()
{
    // A SKU that looks like a placeholder ("%1") is shown as written, and the
    // row number lands where it belongs (found by fuzz_validator).
    const auto doc = load(Header + "004%1,1,replace,r\nB,1,replace,r\n004%1,2,replace,r\n");
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::DuplicateSku);
    QCOMPARE(found.size(), 2);
    for (const Issue &issue : found) {
        QVERIFY2(issue.message.contains(u"“004%1”"_s), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(issue.row == 1 ? u"is also on row 3;"_s
                                                       : u"is also on row 1;"_s),
                 qPrintable(issue.message));
    }
}

void TestValidation::headerVariants_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QList<int>>("columns"); // column of sku, quantity, action, reason, location

    QTest::newRow("plain") << QByteArrayLiteral("sku,quantity,action,reason")
                           << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("#sku") << QByteArrayLiteral("#sku,quantity,action,reason")
                          << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("#SKU") << QByteArrayLiteral("#SKU,quantity,action,reason")
                          << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("padded SKU") << QByteArrayLiteral(" SKU ,quantity,action,reason")
                                << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("upper case") << QByteArrayLiteral("SKU,QUANTITY,ACTION,REASON")
                                << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("title case, padded")
        << QByteArrayLiteral("Sku, Quantity ,Action,Reason\t") << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("quoted, padded")
        << QByteArrayLiteral("\" sku \",\"quantity\",action,reason") << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("other order") << QByteArrayLiteral("reason,action,quantity,sku")
                                 << QList<int>{3, 2, 1, 0, -1};
    QTest::newRow("with location")
        << QByteArrayLiteral("sku,quantity,action,reason,location") << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("location first, #SKU last")
        << QByteArrayLiteral("Location,reason,action,quantity,#SKU") << QList<int>{4, 3, 2, 1, 0};
}

void TestValidation::headerVariants()
{
    QFETCH(QByteArray, header);
    QFETCH(QList<int>, columns);

    // One valid row, cells placed by role.
    QList<QByteArray> cells(columns.size() > 4 && columns[4] >= 0 ? 5 : 4);
    const QByteArray values[] = {"A-1", "5", "replace", "r", "L1"};
    for (int role = 0; role < 5; ++role) {
        if (columns[role] >= 0)
            cells[columns[role]] = values[role];
    }
    const auto doc = load(header + '\n' + cells.join(',') + '\n');
    QVERIFY(doc);
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
    const ColumnRole roles[] = {ColumnRole::Sku, ColumnRole::Quantity, ColumnRole::Action,
                                ColumnRole::Reason, ColumnRole::Location};
    for (int role = 0; role < 5; ++role) {
        QCOMPARE(doc->columnOf(roles[role]), columns[role]);
        if (columns[role] >= 0) {
            QCOMPARE(doc->columnRole(columns[role]), roles[role]);
            QCOMPARE(doc->cell(0, columns[role]), QString::fromUtf8(values[role]));
        }
    }
    QCOMPARE(doc->hasLocation(), columns[4] >= 0);
    // No BOM or quote ends up in a header name.
    for (int c = 0; c < doc->columnCount(); ++c) {
        QVERIFY(!doc->columnName(c).contains(QChar(0xfeff)));
        QVERIFY(!doc->columnName(c).contains(QLatin1Char('"')));
    }
}

void TestValidation::roleForHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ColumnRole>("role");

    QTest::newRow("sku") << QStringLiteral("sku") << ColumnRole::Sku;
    QTest::newRow("#sku") << QStringLiteral("#sku") << ColumnRole::Sku;
    QTest::newRow(" SKU ") << QStringLiteral(" SKU ") << ColumnRole::Sku;
    QTest::newRow("#Sku") << QStringLiteral("#Sku") << ColumnRole::Sku;
    QTest::newRow("quantity") << QStringLiteral("quantity") << ColumnRole::Quantity;
    QTest::newRow("QUANTITY") << QStringLiteral("QUANTITY") << ColumnRole::Quantity;
    QTest::newRow("action") << QStringLiteral("Action") << ColumnRole::Action;
    QTest::newRow("reason") << QStringLiteral("reason ") << ColumnRole::Reason;
    QTest::newRow("location") << QStringLiteral("location") << ColumnRole::Location;
    QTest::newRow("LOCATION") << QStringLiteral("\tLOCATION") << ColumnRole::Location;
    QTest::newRow("qty") << QStringLiteral("qty") << ColumnRole::Unknown;
    QTest::newRow("skus") << QStringLiteral("skus") << ColumnRole::Unknown;
    QTest::newRow("##sku") << QStringLiteral("##sku") << ColumnRole::Unknown;
    QTest::newRow("warehouse") << QStringLiteral("warehouse") << ColumnRole::Unknown;
    QTest::newRow("empty") << QString() << ColumnRole::Unknown;
}

void TestValidation::roleForHeader()
{
    QFETCH(QString, header);
    QFETCH(ColumnRole, role);
    QCOMPARE(InventoryDocument::roleForHeader(header), role);
}

void TestValidation::missingColumns_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("sku only") << QByteArrayLiteral("sku\nA\n")
                              << QStringList{QStringLiteral("quantity"), QStringLiteral("action"),
                                             QStringLiteral("reason")};
    QTest::newRow("nothing known")
        << QByteArrayLiteral("a,b\n1,2\n")
        << QStringList{QStringLiteral("sku"), QStringLiteral("quantity"), QStringLiteral("action"),
                       QStringLiteral("reason")};
    QTest::newRow("semicolon read as comma")
        << QByteArrayLiteral("sku;quantity,action,reason\nA;1,replace,r\n")
        << QStringList{QStringLiteral("sku"), QStringLiteral("quantity")};
}

void TestValidation::missingColumns()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, missing);

    const auto doc = load(csv);
    QVERIFY(doc);
    const QList<Issue> found = issuesWith(*doc, IssueCode::MissingColumn);
    QVERIFY2(found.size() == missing.size(), qPrintable(describe(doc->allIssues())));
    for (const QString &name : missing) {
        bool named = false;
        for (const Issue &i : found)
            named = named || i.message.contains(name);
        QVERIFY2(named, qPrintable(name));
    }
    for (const Issue &i : found) {
        QCOMPARE(i.row, 0);
        QCOMPARE(i.severity, Severity::Error);
    }
    QVERIFY(doc->errorCount() >= int(missing.size()));
}

void TestValidation::unknownColumnStaysVisible()
{
    const auto doc =
        load(QByteArrayLiteral("sku,Color,quantity,action,reason\nA,red,1,replace,r\n"));
    QVERIFY(doc);
    QCOMPARE(doc->columnCount(), 5);
    QCOMPARE(doc->headerColumnCount(), 5);
    QCOMPARE(doc->columnName(1), QStringLiteral("Color"));
    QCOMPARE(doc->columnRole(1), ColumnRole::Unknown);
    QCOMPARE(doc->cell(0, 1), QStringLiteral("red"));
    QCOMPARE(doc->columnOf(ColumnRole::Quantity), 2);
    const QList<Issue> found = issuesWith(*doc, IssueCode::UnknownColumn);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].column, 1);
    QCOMPARE(found[0].columnName, QStringLiteral("Color"));
    QVERIFY(found[0].message.contains(QStringLiteral("Color")));
    QCOMPARE(doc->errorCount(), 0);
    QCOMPARE(doc->warningCount(), 1);
}

void TestValidation::tooManyRows_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("warned");
    QTest::newRow("2999") << 2999 << false;
    QTest::newRow("3000") << InventoryDocument::ServiceRowGuidance << false;
    QTest::newRow("3001") << 3001 << true;
    QTest::newRow("10000") << 10000 << true;
}

void TestValidation::tooManyRows()
{
    QFETCH(int, count);
    QFETCH(bool, warned);

    const auto doc = load(rows(count));
    QVERIFY(doc);
    QCOMPARE(doc->rowCount(), count);
    const QList<Issue> found = issuesWith(*doc, IssueCode::TooManyRows);
    QCOMPARE(found.size(), warned ? 1 : 0);
    QCOMPARE(doc->errorCount(), 0);
    QCOMPARE(doc->warningCount(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(found[0].row, 0);
        QCOMPARE(found[0].severity, Severity::Warning);
        QVERIFY(found[0].message.contains(QString::number(count)) ||
                found[0].message.contains(QLocale().toString(count)));
    }
}

void TestValidation::skuWhitespaceKeepsText()
{
    const auto doc = load(Header + " A ,1,replace,r\n\"B \",1,replace,r\nC\t,1,replace,r\n");
    QVERIFY(doc);
    QCOMPARE(doc->cell(0, 0), QStringLiteral(" A "));
    QCOMPARE(doc->cell(1, 0), QStringLiteral("B "));
    const QList<Issue> found = issuesWith(*doc, IssueCode::SkuWhitespace);
    QVERIFY2(found.size() == 3, qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->errorCount(), 0);
}

void TestValidation::leadingZeroSkusStayText()
{
    const auto doc = load(Header + "000123,0010,replace,r\n0000,0,replace,r\n123,5,replace,r\n");
    QVERIFY(doc);
    QCOMPARE(doc->cell(0, 0), QStringLiteral("000123"));
    QCOMPARE(doc->cell(0, 1), QStringLiteral("0010"));
    QCOMPARE(doc->cell(1, 0), QStringLiteral("0000"));
    QCOMPARE(doc->cellUtf8(0, 0), QByteArrayView("000123"));
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
    const QByteArray saved = doc->toCsv();
    QVERIFY(saved.contains("\n000123,"));
    QVERIFY(saved.contains("\n0000,"));
}

void TestValidation::encodingFallbackDecodes()
{
    const auto doc = load(Header + "Caf\xe9,1,replace,\x93quoted\x94 \x80"
                                   "5\n");
    QVERIFY(doc);
    QCOMPARE(doc->source().encoding, TextEncoding::Windows1252);
    QVERIFY(doc->source().encodingFallback);
    QCOMPARE(doc->cell(0, 0), QStringLiteral("Caf\u00e9"));
    QCOMPARE(doc->cell(0, 3), QStringLiteral("\u201cquoted\u201d \u20ac5"));
    QCOMPARE(doc->noticeCount(), 1);
    QCOMPARE(doc->errorCount(), 0);
}

void TestValidation::issuesOnReorderedColumns()
{
    const auto doc = load(QByteArrayLiteral("reason,action,quantity,sku\n,add,abc, X\n"));
    QVERIFY(doc);
    std::set<std::pair<IssueCode, int>> got;
    for (const Issue &i : doc->rowIssues(0))
        got.insert({i.code, i.column});
    const std::set<std::pair<IssueCode, int>> expected = {{IssueCode::EmptyReason, 0},
                                                          {IssueCode::InvalidAction, 1},
                                                          {IssueCode::InvalidQuantity, 2},
                                                          {IssueCode::SkuWhitespace, 3}};
    QVERIFY2(got == expected, qPrintable(describe(doc->rowIssues(0))));
    QCOMPARE(doc->cellSeverity(0, 0), Severity::Warning);
    QCOMPARE(doc->cellSeverity(0, 1), Severity::Error);
    QCOMPARE(doc->cellSeverity(0, 2), Severity::Error);
    QCOMPARE(doc->cellSeverity(0, 3), Severity::Warning);
    QCOMPARE(doc->rowSeverity(0), Severity::Error);
}

void TestValidation::fromCsvMatchesLoader()
{
    const QByteArray csv = Header + "A,1,replace,r\n,x,add,\nA,2,replace,r\n";
    InventoryDocument::Source source;
    source.fileName = QStringLiteral("direct.csv");
    source.byteSize = csv.size();
    const auto direct = InventoryDocument::fromCsv(CsvReader(',').read(csv), source);
    const auto loaded = load(csv);
    QVERIFY(direct);
    QVERIFY(loaded);
    QCOMPARE(direct->rowCount(), 3);
    QCOMPARE(direct->source().fileName, QStringLiteral("direct.csv"));
    QCOMPARE(describe(direct->allIssues()), describe(loaded->allIssues()));
    QCOMPARE(direct->errorCount(), loaded->errorCount());
    // empty_sku, invalid_quantity, invalid_action, 2 x duplicate_sku; empty_reason is a warning
    QCOMPARE(direct->errorCount(), 5);
    QCOMPARE(direct->warningCount(), 1);
}

void TestValidation::countsMatchIssues()
{
    QFile f(QStringLiteral(INVSYNC_TEST_DATA "/csv/problems.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto doc = load(f.readAll());
    QVERIFY(doc);
    int errors = 0, warnings = 0, notices = 0;
    QSet<int> rowsWithIssues;
    for (const Issue &i : doc->allIssues()) {
        errors += i.severity == Severity::Error;
        warnings += i.severity == Severity::Warning;
        notices += i.severity == Severity::Notice;
        if (i.row > 0)
            rowsWithIssues.insert(i.row);
    }
    QCOMPARE(doc->errorCount(), errors);
    QCOMPARE(doc->warningCount(), warnings);
    QCOMPARE(doc->noticeCount(), notices);
    QCOMPARE(doc->rowsWithIssues(), int(rowsWithIssues.size()));

    // problems.csv has one problem a row (see make_fixtures.py).
    const QList<std::pair<int, IssueCode>> expected = {
        {2, IssueCode::EmptySku},
        {3, IssueCode::InvalidQuantity},
        {4, IssueCode::NegativeQuantity},
        {5, IssueCode::InvalidAction},
        {6, IssueCode::DuplicateSku},
        {7, IssueCode::DuplicateSku},
        {8, IssueCode::EmptyReason},
        {9, IssueCode::SkuWhitespace},
        {10, IssueCode::WrongColumnCount},
        // A missing field is validated as an empty one.
        {10, IssueCode::EmptyReason}};
    QList<std::pair<int, IssueCode>> got;
    for (const Issue &i : doc->allIssues())
        got << std::pair<int, IssueCode>(i.row, i.code);
    QVERIFY2(got == expected, qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->rowCount(), 11);
    QCOMPARE(errors, 7);
    QCOMPARE(warnings, 3);
}

void TestValidation::everyIssueHasAMessage()
{
    const QByteArray csv = QByteArrayLiteral("sku,quantity,action,color,color\n"
                                             ",x,add,1,2\n"
                                             " A,-1,replace,1\n"
                                             "\n"
                                             "B,1,replace,1,2,3\n");
    const auto doc = load(csv);
    QVERIFY(doc);
    QVERIFY(doc->allIssues().size() >= 6);
    for (const Issue &i : doc->allIssues()) {
        QVERIFY2(!i.message.isEmpty(), qPrintable(issueCodeName(i.code)));
        QVERIFY(i.severity != Severity::None);
        QVERIFY(i.row >= 0 && i.row <= doc->rowCount());
        QVERIFY(i.column >= -1 && i.column < doc->columnCount());
        QCOMPARE(i.columnName.isEmpty(), i.column < 0);
    }
}

void TestValidation::cleanFileHasNoIssues()
{
    QFile f(QStringLiteral(INVSYNC_TEST_DATA "/csv/utf8.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto doc = load(f.readAll());
    QVERIFY(doc);
    QCOMPARE(doc->rowCount(), 3);
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->errorCount() + doc->warningCount() + doc->noticeCount(), 0);
    QCOMPARE(doc->rowsWithIssues(), 0);
    QCOMPARE(doc->nextProblemRow(-1), -1);
}

// "Windows-1252 when the bytes are not valid UTF-8": a UTF-8 BOM in front of
// Windows-1252 text (a file edited in a Latin-1 editor) does not make it UTF-8.
void TestValidation::bomWithInvalidUtf8FallsBack()
{
    const auto doc =
        load(QByteArrayLiteral("\xef\xbb\xbfsku,quantity,action,reason\nCaf\xe9,1,replace,r\n"));
    QVERIFY(doc);
    QCOMPARE(doc->columnName(0), QStringLiteral("sku"));
    QCOMPARE(doc->cell(0, 0), QStringLiteral("Caf\u00e9"));
    QVERIFY(doc->source().encodingFallback);
    QCOMPARE(issuesWith(*doc, IssueCode::EncodingFallback).size(), 1);
}

// Whatever was read, and however, Save As writes clean UTF-8.
void TestValidation::savedFileIsCleanUtf8_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<TextEncoding>("encoding");

    const QByteArray latin =
        QByteArrayLiteral("sku,quantity,action,reason\nCaf\xe9,1,replace,\x93r\x94\n");
    QTest::newRow("1252, auto") << latin << TextEncoding::Auto;
    QTest::newRow("1252 read as UTF-8 on request") << latin << TextEncoding::Utf8;
    QTest::newRow("BOM + 1252, auto")
        << QByteArray(QByteArrayLiteral("\xef\xbb\xbf") + latin) << TextEncoding::Auto;
    QTest::newRow("truncated sequence at end, UTF-8 on request")
        << QByteArrayLiteral("sku,quantity,action,reason\nA,1,replace,r\xe2\x82")
        << TextEncoding::Utf8;
}

void TestValidation::savedFileIsCleanUtf8()
{
    QFETCH(QByteArray, csv);
    QFETCH(TextEncoding, encoding);

    LoadOptions options;
    options.encoding = encoding;
    const LoadResult r = DocumentLoader::loadBytes(csv, QStringLiteral("test.csv"), options);
    QVERIFY2(r.document, qPrintable(r.error));
    const QByteArray saved = r.document->toCsv();
    QVERIFY2(isValidUtf8(saved), saved.toHex(' ').constData());
    for (int row = 0; row < r.document->rowCount(); ++row) {
        for (int c = 0; c < r.document->columnCount(); ++c)
            QVERIFY(isValidUtf8(r.document->cellUtf8(row, c)));
    }
}

// A cancelled validation gives no half-built document: either none, or a
// consistent one.
void TestValidation::fromCsvCancelled()
{
    const int count = 200'000;
    QByteArray csv = Header;
    for (int i = 0; i < count; ++i)
        csv +=
            QByteArrayLiteral("SKU-") + QByteArray::number(i) + QByteArrayLiteral(",1,replace,r\n");
    InventoryDocument::Source source;
    const auto doc = InventoryDocument::fromCsv(CsvReader(',').read(csv), source,
                                                [](qint64, qint64) { return false; });
    if (!doc)
        return;
    QCOMPARE(doc->rowCount(), count);
    QCOMPARE(doc->cell(count - 1, 0), QStringLiteral("SKU-%1").arg(count - 1));
    QCOMPARE(doc->errorCount(), 0);
    QCOMPARE(doc->warningCount(), 1); // too_many_rows
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
