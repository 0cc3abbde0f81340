#include "csv/TextEncoding.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace invsync;

Q_DECLARE_METATYPE(invsync::IssueCode)
Q_DECLARE_METATYPE(invsync::ColumnRole)

namespace {

const QByteArray Header = QByteArrayLiteral("sku,quantity,action,reason\n");

QStringList std4()
{
    return {QStringLiteral("sku"), QStringLiteral("quantity"), QStringLiteral("action"),
            QStringLiteral("reason")};
}

QStringList row(const char *sku, const char *qty = "1", const char *action = "replace",
                const char *reason = "r")
{
    return {QString::fromUtf8(sku), QString::fromUtf8(qty), QString::fromUtf8(action),
            QString::fromUtf8(reason)};
}

std::shared_ptr<InventoryDocument> load(const QByteArray &bytes)
{
    LoadResult r = DocumentLoader::loadBytes(bytes, QStringLiteral("test.csv"), LoadOptions{});
    if (!r.document)
        qWarning("loadBytes failed: %s", qPrintable(r.error));
    return r.document;
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(INVSYNC_TEST_DATA "/csv/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return f.readAll();
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

bool hasCode(const QList<Issue> &issues, IssueCode code)
{
    return std::any_of(issues.begin(), issues.end(),
                       [code](const Issue &i) { return i.code == code; });
}

bool contains(const std::vector<int> &v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

// Everything observable about a document, to compare before and after.
struct Snapshot
{
    QList<QStringList> cells;
    QList<int> lines;
    QString issues;
    int errors = 0, warnings = 0, notices = 0;

    static Snapshot of(const InventoryDocument &doc)
    {
        Snapshot s;
        for (int r = 0; r < doc.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < doc.columnCount(); ++c)
                cells << doc.cell(r, c);
            s.cells << cells;
            s.lines << doc.lineOf(r);
        }
        s.issues = describe(doc.allIssues());
        s.errors = doc.errorCount();
        s.warnings = doc.warningCount();
        s.notices = doc.noticeCount();
        return s;
    }
};

#define COMPARE_SNAPSHOTS(a, b)                                                                    \
    do {                                                                                           \
        QCOMPARE((a).cells, (b).cells);                                                            \
        QCOMPARE((a).lines, (b).lines);                                                            \
        QCOMPARE((a).issues, (b).issues);                                                          \
        QCOMPARE((a).errors, (b).errors);                                                          \
        QCOMPARE((a).warnings, (b).warnings);                                                      \
        QCOMPARE((a).notices, (b).notices);                                                        \
    } while (false)

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRows();
    void setCellFixesProblem_data();
    void setCellFixesProblem();
    void setCellOnLoadedFile();
    void setCellCreatesAndClearsDuplicate();
    void setCellThreeWayDuplicate();
    void setCellLocationMakesDuplicate();
    void removeAndRestoreRows();
    void removeRowsRenumbersIssues();
    void removeRowsNested();
    void removeRowsBelowGuidance();
    void extraFieldShowsExtraColumn();
    void missingFieldCanBeFilled();
    void toCsvHeaderAndOrder();
    void toCsvQuoting();
    void toCsvRoundTrip_data();
    void toCsvRoundTrip();
    void toCsvAfterEdits();
    void nextProblemRow();
    void nextProblemRowCountsWarnings();
    void cellUtf8MatchesCell();
    void fromRowsKeepsEmptyRows();
    void undoRestoresRowExactly_data();
    void undoRestoresRowExactly();
    void issueRefsMatchAllIssues();
};

void TestDocument::fromRows()
{
    const auto doc = InventoryDocument::fromRows(
        std4(), {row("000123"), row("B", "x"), row("C", "2", "REPLACE", "")});
    QVERIFY(doc);
    QCOMPARE(doc->rowCount(), 3);
    QCOMPARE(doc->columnCount(), 4);
    QCOMPARE(doc->headerColumnCount(), 4);
    QCOMPARE(doc->columnOf(ColumnRole::Sku), 0);
    QCOMPARE(doc->columnOf(ColumnRole::Reason), 3);
    QCOMPARE(doc->columnOf(ColumnRole::Location), -1);
    QVERIFY(!doc->hasLocation());
    QCOMPARE(doc->cell(0, 0), QStringLiteral("000123"));
    QCOMPARE(doc->cell(2, 2), QStringLiteral("REPLACE"));
    QCOMPARE(doc->fieldCount(1), 4);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(doc->lineOf(r), 0);
    // Validated as it is built.
    QCOMPARE(doc->errorCount(), 1);
    QCOMPARE(doc->warningCount(), 1);
    QVERIFY(hasCode(doc->rowIssues(1), IssueCode::InvalidQuantity));
    QVERIFY(hasCode(doc->rowIssues(2), IssueCode::EmptyReason));
    QVERIFY(doc->rowIssues(0).isEmpty());

    const auto empty = InventoryDocument::fromRows(std4(), {});
    QVERIFY(empty);
    QCOMPARE(empty->rowCount(), 0);
    // An empty document says so, and nothing else.
    QVERIFY(hasCode(empty->fileIssues(), IssueCode::NoDataRows));
    QCOMPARE(empty->allIssues().size(), 1);
}

void TestDocument::setCellFixesProblem_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::addColumn<IssueCode>("code");

    QTest::newRow("empty_sku") << 0 << QString() << QStringLiteral("Z") << IssueCode::EmptySku;
    QTest::newRow("sku_whitespace")
        << 0 << QStringLiteral(" Z") << QStringLiteral("Z") << IssueCode::SkuWhitespace;
    QTest::newRow("invalid_quantity")
        << 1 << QStringLiteral("abc") << QStringLiteral("5") << IssueCode::InvalidQuantity;
    QTest::newRow("quantity too big") << 1 << QStringLiteral("2147483648")
                                      << QStringLiteral("2147483647") << IssueCode::InvalidQuantity;
    QTest::newRow("negative_quantity")
        << 1 << QStringLiteral("-3") << QStringLiteral("3") << IssueCode::NegativeQuantity;
    QTest::newRow("invalid_action")
        << 2 << QStringLiteral("add") << QStringLiteral("Replace") << IssueCode::InvalidAction;
    QTest::newRow("empty_reason") << 3 << QString() << QStringLiteral("Recount")
                                  << IssueCode::EmptyReason;
}

void TestDocument::setCellFixesProblem()
{
    QFETCH(int, column);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    QFETCH(IssueCode, code);

    QStringList broken = row("Z");
    broken[column] = bad;
    const auto doc = InventoryDocument::fromRows(std4(), {row("A"), broken, row("B")});
    QVERIFY(doc);
    const int before = doc->errorCount() + doc->warningCount();
    QCOMPARE(before, 1);
    QVERIFY2(hasCode(doc->rowIssues(1), code), qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->rowsWithIssues(), 1);

    std::vector<int> changed = doc->setCell(1, column, good);
    QVERIFY(contains(changed, 1));
    QCOMPARE(doc->cell(1, column), good);
    QVERIFY(doc->isEdited(1));
    QVERIFY(!doc->isEdited(0));
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->errorCount() + doc->warningCount(), 0);
    QCOMPARE(doc->rowsWithIssues(), 0);
    QCOMPARE(doc->rowSeverity(1), Severity::None);
    QCOMPARE(doc->cellSeverity(1, column), Severity::None);

    // And back (what an undo does).
    changed = doc->setCell(1, column, bad);
    QVERIFY(contains(changed, 1));
    QCOMPARE(doc->cell(1, column), bad);
    QVERIFY(hasCode(doc->rowIssues(1), code));
    QCOMPARE(doc->errorCount() + doc->warningCount(), 1);
    QCOMPARE(doc->cellSeverity(1, column), issueSeverity(code));
}

void TestDocument::setCellOnLoadedFile()
{
    const auto doc = load(fixture("problems.csv"));
    QVERIFY(doc);
    const int errors = doc->errorCount();
    // Row 3 (0-based 2): quantity 12.5.
    QCOMPARE(doc->cell(2, 1), QStringLiteral("12.5"));
    doc->setCell(2, 1, QStringLiteral("12"));
    QCOMPARE(doc->errorCount(), errors - 1);
    QCOMPARE(doc->lineOf(2), 4); // an edit keeps the row's file line
    // An edit with non-ASCII text and delimiters in it.
    doc->setCell(0, 3, QStringLiteral("caf\u00e9, \"quoted\"\nline"));
    QCOMPARE(doc->cell(0, 3), QStringLiteral("caf\u00e9, \"quoted\"\nline"));
    QCOMPARE(doc->cellUtf8(0, 3), QByteArrayView("caf\xc3\xa9, \"quoted\"\nline"));
    QCOMPARE(doc->errorCount(), errors - 1);
    // The untouched rows still read from the file.
    QCOMPARE(doc->cell(10, 0), QStringLiteral("OK-2"));
    QVERIFY(!doc->isEdited(10));
}

void TestDocument::setCellCreatesAndClearsDuplicate()
{
    const auto doc = load(Header + "A,1,replace,r\nB,1,replace,r\nC,1,replace,r\n");
    QVERIFY(doc);
    QCOMPARE(doc->errorCount(), 0);

    std::vector<int> changed = doc->setCell(2, 0, QStringLiteral("A"));
    QVERIFY(contains(changed, 0));
    QVERIFY(contains(changed, 2));
    QVERIFY(hasCode(doc->rowIssues(0), IssueCode::DuplicateSku));
    QVERIFY(hasCode(doc->rowIssues(2), IssueCode::DuplicateSku));
    QVERIFY(doc->rowIssues(1).isEmpty());
    QCOMPARE(doc->errorCount(), 2);
    QCOMPARE(doc->cellSeverity(0, 0), Severity::Error);

    changed = doc->setCell(2, 0, QStringLiteral("C"));
    QVERIFY(contains(changed, 0));
    QVERIFY(contains(changed, 2));
    QVERIFY(doc->rowIssues(0).isEmpty());
    QVERIFY(doc->rowIssues(2).isEmpty());
    QCOMPARE(doc->errorCount(), 0);
    QCOMPARE(doc->cellSeverity(0, 0), Severity::None);
}

void TestDocument::setCellThreeWayDuplicate()
{
    const auto doc = InventoryDocument::fromRows(std4(), {row("A"), row("A", "2"), row("A", "3")});
    QVERIFY(doc);
    QCOMPARE(doc->errorCount(), 3);

    std::vector<int> changed = doc->setCell(0, 0, QStringLiteral("X"));
    QVERIFY(contains(changed, 0));
    QVERIFY(doc->rowIssues(0).isEmpty());
    QVERIFY(hasCode(doc->rowIssues(1), IssueCode::DuplicateSku));
    QVERIFY(hasCode(doc->rowIssues(2), IssueCode::DuplicateSku));
    QCOMPARE(doc->errorCount(), 2);

    changed = doc->setCell(1, 0, QStringLiteral("Y"));
    QVERIFY(contains(changed, 1));
    QVERIFY(contains(changed, 2));
    QCOMPARE(doc->errorCount(), 0);

    // Make X a duplicate again through another row.
    changed = doc->setCell(2, 0, QStringLiteral("X"));
    QVERIFY(contains(changed, 0));
    QVERIFY(contains(changed, 2));
    QCOMPARE(doc->errorCount(), 2);
    QVERIFY(hasCode(doc->rowIssues(0), IssueCode::DuplicateSku));
}

void TestDocument::setCellLocationMakesDuplicate()
{
    const auto doc = load(QByteArrayLiteral("sku,quantity,action,reason,location\n"
                                            "A,1,replace,r,L1\nA,2,replace,r,L2\n"));
    QVERIFY(doc);
    QCOMPARE(doc->errorCount(), 0);
    const int loc = doc->columnOf(ColumnRole::Location);
    QCOMPARE(loc, 4);
    doc->setCell(1, loc, QStringLiteral("L1"));
    QCOMPARE(doc->errorCount(), 2);
    doc->setCell(0, loc, QStringLiteral("L3"));
    QCOMPARE(doc->errorCount(), 0);
    doc->setCell(0, 0, QStringLiteral("B"));
    doc->setCell(0, loc, QStringLiteral("L1"));
    QCOMPARE(doc->errorCount(), 0); // B/L1 and A/L1
}

void TestDocument::removeAndRestoreRows()
{
    // 0 fine, 1 dup of 3, 2 invalid quantity, 3 dup of 1, 4 empty reason.
    const auto doc =
        load(Header + "A,1,replace,r\nB,1,replace,r\nC,x,replace,r\nB,2,replace,r\nD,1,replace,\n");
    QVERIFY(doc);
    QCOMPARE(doc->errorCount(), 3);
    QCOMPARE(doc->warningCount(), 1);
    const Snapshot before = Snapshot::of(*doc);

    const InventoryDocument::RemovedRows removed = doc->removeRows({3, 2});
    QCOMPARE(removed.positions, (std::vector<int>{2, 3}));
    QCOMPARE(removed.handles.size(), size_t(2));
    QCOMPARE(doc->rowCount(), 3);
    QCOMPARE(doc->cell(0, 0), QStringLiteral("A"));
    QCOMPARE(doc->cell(1, 0), QStringLiteral("B"));
    QCOMPARE(doc->cell(2, 0), QStringLiteral("D"));
    QCOMPARE(doc->lineOf(2), 6);
    QCOMPARE(doc->errorCount(), 0); // B is alone now, C is gone
    QCOMPARE(doc->warningCount(), 1);
    QVERIFY(doc->rowIssues(1).isEmpty());

    doc->restoreRows(removed);
    COMPARE_SNAPSHOTS(Snapshot::of(*doc), before);

    // Removing everything, then restoring it.
    const InventoryDocument::RemovedRows all = doc->removeRows({0, 1, 2, 3, 4});
    QCOMPARE(doc->rowCount(), 0);
    QVERIFY(hasCode(doc->fileIssues(), IssueCode::NoDataRows));
    QCOMPARE(doc->allIssues().size(), 1);
    QCOMPARE(doc->nextProblemRow(-1), -1);
    doc->restoreRows(all);
    COMPARE_SNAPSHOTS(Snapshot::of(*doc), before);

    // Nothing to remove.
    const InventoryDocument::RemovedRows none = doc->removeRows({});
    QVERIFY(none.positions.empty());
    doc->restoreRows(none);
    COMPARE_SNAPSHOTS(Snapshot::of(*doc), before);
}

void TestDocument::removeRowsRenumbersIssues()
{
    const auto doc = load(Header + "A,1,replace,r\nB,1,replace,r\nC,x,replace,r\n");
    QVERIFY(doc);
    doc->removeRows({0});
    const QList<Issue> issues = doc->rowIssues(1);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].code, IssueCode::InvalidQuantity);
    QCOMPARE(issues[0].row, 2);  // the row as the saved file will count it
    QCOMPARE(issues[0].line, 4); // the line it came from
    QCOMPARE(doc->allIssues().size(), 1);
    QCOMPARE(doc->allIssues()[0].row, 2);
}

void TestDocument::removeRowsNested()
{
    const auto doc =
        InventoryDocument::fromRows(std4(), {row("A"), row("B"), row("C"), row("A"), row("E")});
    QVERIFY(doc);
    const Snapshot s0 = Snapshot::of(*doc);
    QCOMPARE(s0.errors, 2);

    const auto first = doc->removeRows({1}); // A C A E
    const Snapshot s1 = Snapshot::of(*doc);
    const auto second = doc->removeRows({2, 0}); // C E
    QCOMPARE(doc->rowCount(), 2);
    QCOMPARE(doc->cell(0, 0), QStringLiteral("C"));
    QCOMPARE(doc->cell(1, 0), QStringLiteral("E"));
    QCOMPARE(doc->errorCount(), 0);
    // An edit between removals, undone before the restores, as an undo stack does.
    doc->setCell(1, 0, QStringLiteral("C"));
    QCOMPARE(doc->errorCount(), 2);
    doc->setCell(1, 0, QStringLiteral("E"));

    doc->restoreRows(second);
    COMPARE_SNAPSHOTS(Snapshot::of(*doc), s1);
    doc->restoreRows(first);
    const Snapshot s2 = Snapshot::of(*doc);
    QCOMPARE(s2.cells, s0.cells);
    QCOMPARE(s2.issues, s0.issues);
    QCOMPARE(s2.errors, s0.errors);
}

void TestDocument::removeRowsBelowGuidance()
{
    QByteArray csv = Header;
    for (int i = 0; i <= InventoryDocument::ServiceRowGuidance; ++i)
        csv += QByteArrayLiteral("S") + QByteArray::number(i) + QByteArrayLiteral(",1,replace,r\n");
    const auto doc = load(csv);
    QVERIFY(doc);
    QVERIFY(hasCode(doc->fileIssues(), IssueCode::TooManyRows));
    const auto removed = doc->removeRows({7});
    QVERIFY(!hasCode(doc->fileIssues(), IssueCode::TooManyRows));
    QCOMPARE(doc->warningCount(), 0);
    doc->restoreRows(removed);
    QVERIFY(hasCode(doc->fileIssues(), IssueCode::TooManyRows));
    QCOMPARE(doc->warningCount(), 1);
}

void TestDocument::extraFieldShowsExtraColumn()
{
    const auto doc = load(Header + "A,1,replace,r,EXTRA\nB,2,replace,r\n");
    QVERIFY(doc);
    QCOMPARE(doc->headerColumnCount(), 4);
    QCOMPARE(doc->columnCount(), 5);
    QCOMPARE(doc->columnRole(4), ColumnRole::Extra);
    QCOMPARE(doc->cell(0, 4), QStringLiteral("EXTRA"));
    QCOMPARE(doc->cell(1, 4), QString());
    QCOMPARE(doc->fieldCount(0), 5);
    QCOMPARE(doc->fieldCount(1), 4);
    QVERIFY(hasCode(doc->rowIssues(0), IssueCode::WrongColumnCount));
    QCOMPARE(doc->errorCount(), 1);
    // A row-wide problem shows on every cell of the row.
    for (int c = 0; c < doc->columnCount(); ++c)
        QVERIFY(hasCode(doc->cellIssues(0, c), IssueCode::WrongColumnCount));

    const std::vector<int> changed = doc->setCell(0, 4, QString());
    QVERIFY(contains(changed, 0));
    QVERIFY2(!hasCode(doc->rowIssues(0), IssueCode::WrongColumnCount),
             qPrintable(describe(doc->allIssues())));
    QCOMPARE(doc->fieldCount(0), 4);
    QCOMPARE(doc->errorCount(), 0);
    QCOMPARE(doc->cell(0, 0), QStringLiteral("A"));
    QCOMPARE(doc->cell(0, 3), QStringLiteral("r"));
}

void TestDocument::missingFieldCanBeFilled()
{
    const auto doc = load(Header + "A,1,replace\n");
    QVERIFY(doc);
    QCOMPARE(doc->fieldCount(0), 3);
    QCOMPARE(doc->cell(0, 3), QString());
    QVERIFY(hasCode(doc->rowIssues(0), IssueCode::WrongColumnCount));
    doc->setCell(0, 3, QStringLiteral("Recount"));
    QCOMPARE(doc->fieldCount(0), 4);
    QVERIFY2(doc->allIssues().isEmpty(), qPrintable(describe(doc->allIssues())));
}

void TestDocument::toCsvHeaderAndOrder()
{
    const auto doc = InventoryDocument::fromRows(
        {QStringLiteral("Reason"), QStringLiteral("note"), QStringLiteral("#SKU"),
         QStringLiteral("ACTION"), QStringLiteral("quantity")},
        {{QStringLiteral("r1"), QStringLiteral("n1"), QStringLiteral("000123"),
          QStringLiteral("replace"), QStringLiteral("5")},
         {QStringLiteral("r2"), QStringLiteral("n2"), QStringLiteral("B"),
          QStringLiteral("REPLACE"), QStringLiteral("0")}});
    QVERIFY(doc);
    QCOMPARE(doc->toCsv(), QByteArrayLiteral("sku,quantity,action,reason\n"
                                             "000123,5,replace,r1\n"
                                             "B,0,REPLACE,r2\n"));

    const auto withLocation = InventoryDocument::fromRows(
        {QStringLiteral("location"), QStringLiteral("sku"), QStringLiteral("quantity"),
         QStringLiteral("action"), QStringLiteral("reason")},
        {{QStringLiteral("BIN-1"), QStringLiteral("A"), QStringLiteral("1"),
          QStringLiteral("replace"), QStringLiteral("r")},
         {QString(), QStringLiteral("A"), QStringLiteral("2"), QStringLiteral("replace"),
          QStringLiteral("r")}});
    QVERIFY(withLocation);
    QCOMPARE(withLocation->toCsv(), QByteArrayLiteral("sku,quantity,action,reason,location\n"
                                                      "A,1,replace,r,BIN-1\n"
                                                      "A,2,replace,r,\n"));

    const auto empty = InventoryDocument::fromRows(std4(), {});
    QCOMPARE(empty->toCsv(), QByteArrayLiteral("sku,quantity,action,reason\n"));
}

void TestDocument::toCsvQuoting()
{
    const auto doc = InventoryDocument::fromRows(
        std4(), {row("A,1", "1", "replace", "plain"), row("B", "2", "replace", "say \"hi\""),
                 row("C", "3", "replace", "two\nlines"), row("D", "4", "replace", "cr\r\nlf"),
                 row(" E ", "5", "replace", "caf\xc3\xa9 \xe2\x82\xac; tab\there | pipe"),
                 row("F", "6", "replace", "")});
    QVERIFY(doc);
    const QByteArray expected =
        QByteArrayLiteral("sku,quantity,action,reason\n"
                          "\"A,1\",1,replace,plain\n"
                          "B,2,replace,\"say \"\"hi\"\"\"\n"
                          "C,3,replace,\"two\nlines\"\n"
                          "D,4,replace,\"cr\r\nlf\"\n"
                          " E ,5,replace,caf\xc3\xa9 \xe2\x82\xac; tab\there | pipe\n"
                          "F,6,replace,\n");
    QCOMPARE(doc->toCsv(), expected);
}

void TestDocument::toCsvRoundTrip_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("utf8.csv") << QByteArray("utf8.csv");
    QTest::newRow("utf8_bom.csv") << QByteArray("utf8_bom.csv");
    QTest::newRow("utf16le_bom.txt") << QByteArray("utf16le_bom.txt");
    QTest::newRow("utf16be_bom.csv") << QByteArray("utf16be_bom.csv");
    QTest::newRow("windows1252.csv") << QByteArray("windows1252.csv");
    QTest::newRow("quoted.csv") << QByteArray("quoted.csv");
    QTest::newRow("semicolon.csv") << QByteArray("semicolon.csv");
    QTest::newRow("pipe.csv") << QByteArray("pipe.csv");
    QTest::newRow("reordered.csv") << QByteArray("reordered.csv");
    QTest::newRow("with_location.csv") << QByteArray("with_location.csv");
    QTest::newRow("leading_zeros.csv") << QByteArray("leading_zeros.csv");
    QTest::newRow("cr_only.csv") << QByteArray("cr_only.csv");
    QTest::newRow("problems.csv") << QByteArray("problems.csv");
}

void TestDocument::toCsvRoundTrip()
{
    QFETCH(QByteArray, file);

    const auto doc = load(fixture(file.constData()));
    QVERIFY(doc);
    const QByteArray saved = doc->toCsv();
    QVERIFY(isValidUtf8(saved));
    QVERIFY(!saved.startsWith("\xef\xbb\xbf"));
    QVERIFY(saved.startsWith(doc->hasLocation() ? "sku,quantity,action,reason,location\n"
                                                : "sku,quantity,action,reason\n"));

    LoadResult back = DocumentLoader::loadBytes(saved, QStringLiteral("saved.csv"), LoadOptions{});
    QVERIFY2(back.document, qPrintable(back.error));
    const InventoryDocument &again = *back.document;
    QCOMPARE(again.source().encoding, TextEncoding::Utf8);
    QVERIFY(!again.source().encodingFallback);
    QCOMPARE(again.source().delimiter, ',');
    QCOMPARE(again.rowCount(), doc->rowCount());
    QCOMPARE(again.hasLocation(), doc->hasLocation());
    const ColumnRole roles[] = {ColumnRole::Sku, ColumnRole::Quantity, ColumnRole::Action,
                                ColumnRole::Reason, ColumnRole::Location};
    for (ColumnRole role : roles) {
        const int from = doc->columnOf(role);
        const int to = again.columnOf(role);
        if (from < 0) {
            QCOMPARE(to, -1);
            continue;
        }
        for (int r = 0; r < doc->rowCount(); ++r)
            QCOMPARE(again.cell(r, to), doc->cell(r, from));
    }
    // Saving the read-back file again gives the same bytes.
    QCOMPARE(again.toCsv(), saved);
}

void TestDocument::toCsvAfterEdits()
{
    const auto doc = load(fixture("windows1252.csv"));
    QVERIFY(doc);
    doc->setCell(0, 3, QStringLiteral("Edited, with comma"));
    doc->removeRows({1});
    QCOMPARE(doc->toCsv(), QByteArrayLiteral("sku,quantity,action,reason\n"
                                             "000123,10,replace,\"Edited, with comma\"\n"
                                             "00042,7,Replace,Found \xe2\x82\xac"
                                             "5\n"));
}

void TestDocument::nextProblemRow()
{
    const auto doc = InventoryDocument::fromRows(
        std4(), {row("A"), row("B", "x"), row("C"), row("D", "-1"), row("E")});
    QVERIFY(doc);
    QCOMPARE(doc->nextProblemRow(-1), 1);
    QCOMPARE(doc->nextProblemRow(0), 1);
    QCOMPARE(doc->nextProblemRow(1), 3);
    QCOMPARE(doc->nextProblemRow(2), 3);
    QCOMPARE(doc->nextProblemRow(3), -1);
    QCOMPARE(doc->nextProblemRow(4), -1);
    QCOMPARE(doc->nextProblemRow(5, true), 3);
    QCOMPARE(doc->nextProblemRow(4, true), 3);
    QCOMPARE(doc->nextProblemRow(3, true), 1);
    QCOMPARE(doc->nextProblemRow(1, true), -1);
    QCOMPARE(doc->nextProblemRow(0, true), -1);

    doc->setCell(1, 1, QStringLiteral("1"));
    QCOMPARE(doc->nextProblemRow(-1), 3);
    QCOMPARE(doc->nextProblemRow(3, true), -1);
    doc->removeRows({3});
    QCOMPARE(doc->nextProblemRow(-1), -1);
}

void TestDocument::nextProblemRowCountsWarnings()
{
    const auto doc =
        InventoryDocument::fromRows(std4(), {row("A"), row("B", "1", "replace", ""), row(" C")});
    QVERIFY(doc);
    QCOMPARE(doc->nextProblemRow(-1), 1);
    QCOMPARE(doc->nextProblemRow(1), 2);
    QCOMPARE(doc->rowsWithIssues(), 2);
}

void TestDocument::cellUtf8MatchesCell()
{
    const auto doc = load(fixture("quoted.csv"));
    QVERIFY(doc);
    for (int r = 0; r < doc->rowCount(); ++r) {
        for (int c = 0; c < doc->columnCount(); ++c)
            QCOMPARE(QString::fromUtf8(doc->cellUtf8(r, c)), doc->cell(r, c));
    }
    QCOMPARE(doc->cell(0, 0), QStringLiteral("Q,1"));
    QCOMPARE(doc->cell(0, 3), QStringLiteral("He said \"recount\""));
    QCOMPARE(doc->cell(1, 3), QStringLiteral("line one\nline two"));
    QCOMPARE(doc->cell(2, 3), QStringLiteral("crlf one\r\ncrlf two"));
    QCOMPARE(doc->lineOf(0), 2);
    QCOMPARE(doc->lineOf(1), 3);
    QCOMPARE(doc->lineOf(2), 5);
    QCOMPARE(doc->lineOf(3), 7);
}

// The app makes documents from cells, for example with a new empty row for
// the user to fill in: a row of empty cells is a row, not a blank line.
void TestDocument::fromRowsKeepsEmptyRows()
{
    const auto doc = InventoryDocument::fromRows(std4(), {row("A"), row("", "", "", ""), row("B")});
    QVERIFY(doc);
    QCOMPARE(doc->rowCount(), 3);
    QCOMPARE(doc->cell(2, 0), QStringLiteral("B"));
    QVERIFY(hasCode(doc->rowIssues(1), IssueCode::EmptySku));
}

// What the GUI's undo does: rowFields() before an edit, setRowFields() to undo it.
void TestDocument::undoRestoresRowExactly_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");

    for (int r = 0; r < 11; ++r) {
        for (int c = 0; c < 4; ++c) {
            QTest::addRow("problems.csv row %d col %d", r, c)
                << QByteArray("problems.csv") << r << c << QStringLiteral("D-1");
            QTest::addRow("problems.csv row %d col %d cleared", r, c)
                << QByteArray("problems.csv") << r << c << QString();
        }
    }
    QTest::newRow("unterminated quote row, sku")
        << QByteArray("unterminated_quote.csv") << 1 << 0 << QStringLiteral("X");
    QTest::newRow("unterminated quote row, its field")
        << QByteArray("unterminated_quote.csv") << 1 << 3 << QStringLiteral("closed");
}

void TestDocument::undoRestoresRowExactly()
{
    QFETCH(QByteArray, file);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);

    const auto doc = load(fixture(file.constData()));
    QVERIFY(doc);
    const Snapshot before = Snapshot::of(*doc);
    const int fieldsBefore = doc->fieldCount(row);
    const QList<QByteArray> saved = doc->rowFields(row);
    QCOMPARE(int(saved.size()), fieldsBefore);

    doc->setCell(row, column, value);
    const std::vector<int> changed = doc->setRowFields(row, saved);
    QVERIFY(contains(changed, row));
    QCOMPARE(doc->fieldCount(row), fieldsBefore);
    COMPARE_SNAPSHOTS(Snapshot::of(*doc), before);
}

void TestDocument::issueRefsMatchAllIssues()
{
    const auto doc = load(fixture("problems.csv"));
    QVERIFY(doc);
    doc->removeRows({0});
    const std::vector<InventoryDocument::IssueRef> refs = doc->issueRefs();
    const QList<Issue> all = doc->allIssues();
    QCOMPARE(qsizetype(refs.size()), all.size());
    QStringList fromRefs;
    for (const auto &ref : refs)
        fromRefs << describe({doc->issue(ref)});
    QStringList fromAll;
    for (const Issue &i : all)
        fromAll << describe({i});
    QCOMPARE(fromRefs, fromAll);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
