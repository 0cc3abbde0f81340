#include "gui/DocumentCommands.h"
#include "gui/DocumentSession.h"
#include "gui/PreviewModel.h"
#include "gui/ProblemsModel.h"
#include "inventory/InventoryDocument.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <set>

using namespace invsync;

namespace {

QStringList header()
{
    return {QStringLiteral("sku"), QStringLiteral("quantity"), QStringLiteral("action"),
            QStringLiteral("reason")};
}

QStringList row(const char *sku, const char *quantity, const char *action = "replace",
                const char *reason = "count")
{
    return {QString::fromUtf8(sku), QString::fromUtf8(quantity), QString::fromUtf8(action),
            QString::fromUtf8(reason)};
}

// Rows 2 (quantity), 4 (action), 5 and 8 (duplicate sku), 7 (empty reason)
// have problems; the others are clean.
std::shared_ptr<InventoryDocument> problemDocument()
{
    return InventoryDocument::fromRows(header(),
                                       {
                                           row("APPLE-1", "10"),              // 1
                                           row("APPLE-2", "abc"),             // 2 invalid_quantity
                                           row("Pear-3", "3"),                // 3
                                           row("PEAR-4", "4", "add"),         // 4 invalid_action
                                           row("DUP", "5"),                   // 5 duplicate
                                           row("äpfel-6", "6"),               // 6
                                           row("PLUM-7", "7", "replace", ""), // 7 empty_reason
                                           row("DUP", "8"),                   // 8 duplicate
                                           row("KIWI-9", "9"),                // 9
                                       });
}

constexpr int Sku = 0;
constexpr int Quantity = 1;

QStringList column(const PreviewModel &model, int column)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r)
        cells << model.index(r, column).data().toString();
    return cells;
}

QList<int> headerNumbers(const PreviewModel &model)
{
    QList<int> numbers;
    for (int r = 0; r < model.rowCount(); ++r)
        numbers << model.headerData(r, Qt::Vertical).toInt();
    return numbers;
}

// Model rows named by dataChanged signals, each signal spanning whole rows.
std::set<int> changedRows(const QSignalSpy &spy)
{
    std::set<int> rows;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            rows.insert(r);
    }
    return rows;
}

} // namespace

class TestPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shape();
    void severityRoles();
    void onlyProblems();
    void search_data();
    void search();
    void searchAndProblemsCombine();
    void editPushesUndoableCommand();
    void editSameValueIsNoCommand();
    void dataChangedOnlyForAffectedRows();
    void editedRowStaysVisibleUnderFilter();
    void hiddenRowsAreNotAnnounced();
    void removeAndRestoreRows();
    void removeUnderFilterAndUndo();
    void removeManyScatteredRows();
    void problemsModel();
    void mapping();
    void emptyModel();

private:
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<PreviewModel> m_model;
    std::unique_ptr<ProblemsModel> m_problems;
    std::unique_ptr<QAbstractItemModelTester> m_previewTester;
    std::unique_ptr<QAbstractItemModelTester> m_problemsTester;
};

void TestPreviewModel::init()
{
    m_session = std::make_unique<DocumentSession>(problemDocument(), QStringLiteral("test.csv"),
                                                  LoadOptions());
    m_model = std::make_unique<PreviewModel>();
    m_problems = std::make_unique<ProblemsModel>();
    // Testers first, so that they watch every signal of every test.
    m_previewTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_problemsTester = std::make_unique<QAbstractItemModelTester>(
        m_problems.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSession(m_session.get());
    m_problems->setSession(m_session.get());
}

void TestPreviewModel::cleanup()
{
    m_previewTester.reset();
    m_problemsTester.reset();
    m_model.reset();
    m_problems.reset();
    m_session.reset();
}

void TestPreviewModel::shape()
{
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("sku"));
    QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("reason"));
    QCOMPARE(headerNumbers(*m_model), QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(m_model->index(1, Quantity).data().toString(), QStringLiteral("abc"));
    QCOMPARE(m_model->index(1, Quantity).data(Qt::EditRole).toString(), QStringLiteral("abc"));
    QCOMPARE(m_model->index(5, Sku).data().toString(), QStringLiteral("äpfel-6"));
    QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(!m_model->isFiltered());
}

void TestPreviewModel::severityRoles()
{
    const QModelIndex bad = m_model->index(1, Quantity);
    QVERIFY(bad.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!bad.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("abc")));

    const QModelIndex warning = m_model->index(6, 3);
    const QColor errorTint = bad.data(Qt::BackgroundRole).value<QColor>();
    const QColor warningTint = warning.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(warningTint.isValid());
    QVERIFY(warningTint != errorTint);

    // A clean cell of a row with a problem elsewhere is not tinted.
    const QModelIndex clean = m_model->index(1, Sku);
    QVERIFY(!clean.data(Qt::BackgroundRole).isValid());
    QVERIFY(!clean.data(Qt::DecorationRole).isValid());
    QVERIFY(!clean.data(Qt::ToolTipRole).isValid());
    QVERIFY(!m_model->index(0, 0).data(Qt::BackgroundRole).isValid());
}

void TestPreviewModel::onlyProblems()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setOnlyProblems(true);
    QCOMPARE(reset.count(), 1);
    QVERIFY(m_model->isFiltered());
    QCOMPARE(headerNumbers(*m_model), QList<int>({2, 4, 5, 7, 8}));
    QCOMPARE(m_model->rowCount(), m_session->document().rowsWithIssues());
    QCOMPARE(m_model->documentRowCount(), 9);
    m_model->setOnlyProblems(false);
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(headerNumbers(*m_model), QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

void TestPreviewModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("sku, other case") << QStringLiteral("pear") << QList<int>{3, 4};
    QTest::newRow("quantity") << QStringLiteral("abc") << QList<int>{2};
    QTest::newRow("action") << QStringLiteral("ADD") << QList<int>{4};
    QTest::newRow("every row") << QStringLiteral("e") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("non-ascii, other case") << QStringLiteral("ÄPFEL") << QList<int>{6};
    QTest::newRow("ascii needle in a utf-8 cell") << QStringLiteral("pfel-6") << QList<int>{6};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QList<int>{};
}

void TestPreviewModel::search()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, rows);
    m_model->setSearchText(text);
    QCOMPARE(headerNumbers(*m_model), rows);
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 9);
}

void TestPreviewModel::searchAndProblemsCombine()
{
    m_model->setSearchText(QStringLiteral("pear"));
    m_model->setOnlyProblems(true);
    QCOMPARE(headerNumbers(*m_model), QList<int>({4}));
    m_model->clearFilters();
    QVERIFY(!m_model->isFiltered());
    QVERIFY(m_model->searchText().isEmpty());
    QCOMPARE(m_model->rowCount(), 9);
}

void TestPreviewModel::editPushesUndoableCommand()
{
    InventoryDocument &doc = m_session->document();
    const int errors = doc.errorCount();
    const QModelIndex cell = m_model->index(1, Quantity);
    QVERIFY(m_model->setData(cell, QStringLiteral("12")));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY(m_session->isModified());
    QCOMPARE(cell.data().toString(), QStringLiteral("12"));
    QCOMPARE(doc.errorCount(), errors - 1);
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());

    m_session->undoStack()->undo();
    QCOMPARE(cell.data().toString(), QStringLiteral("abc"));
    QCOMPARE(doc.errorCount(), errors);
    QVERIFY(!m_session->isModified());

    m_session->undoStack()->redo();
    QCOMPARE(cell.data().toString(), QStringLiteral("12"));
    QCOMPARE(doc.errorCount(), errors - 1);
}

void TestPreviewModel::editSameValueIsNoCommand()
{
    QVERIFY(m_model->setData(m_model->index(0, Sku), QStringLiteral("APPLE-1")));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_model->setData(m_model->index(0, Sku), QStringLiteral("X"), Qt::DisplayRole + 100));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestPreviewModel::dataChangedOnlyForAffectedRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // A cell of a row without partners: only that row.
    QVERIFY(m_model->setData(m_model->index(2, Quantity), QStringLiteral("30")));
    QCOMPARE(changedRows(changed), std::set<int>({2}));
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(args.at(1).value<QModelIndex>().column(), m_model->columnCount() - 1);
    }

    // Ending a duplicate changes both rows of the pair and nothing else.
    changed.clear();
    QVERIFY(m_model->setData(m_model->index(7, Sku), QStringLiteral("UNIQUE-8")));
    QCOMPARE(changedRows(changed), std::set<int>({4, 7}));
    QVERIFY(!m_model->index(4, Sku).data(Qt::BackgroundRole).isValid());

    // Undo brings the duplicate back on both rows.
    changed.clear();
    m_session->undoStack()->undo();
    QCOMPARE(changedRows(changed), std::set<int>({4, 7}));
    QVERIFY(m_model->index(4, Sku).data(Qt::BackgroundRole).isValid());
}

void TestPreviewModel::editedRowStaysVisibleUnderFilter()
{
    m_model->setOnlyProblems(true);
    QCOMPARE(m_model->rowCount(), 5);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex cell = m_model->index(0, Quantity); // data row 2
    QVERIFY(m_model->setData(cell, QStringLiteral("2")));
    // Fixed, but still shown: the row does not vanish under the user.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell.data().toString(), QStringLiteral("2"));
    // Re-applying the filter drops it.
    m_model->setOnlyProblems(false);
    m_model->setOnlyProblems(true);
    QCOMPARE(headerNumbers(*m_model), QList<int>({4, 5, 7, 8}));
}

void TestPreviewModel::hiddenRowsAreNotAnnounced()
{
    m_model->setSearchText(QStringLiteral("DUP"));
    QCOMPARE(headerNumbers(*m_model), QList<int>({5, 8}));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Row 3 is hidden: editing it through the stack announces nothing.
    m_session->undoStack()->push(
        new EditCellCommand(m_session.get(), 2, Quantity, QStringLiteral("31")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_session->document().cell(2, Quantity), QStringLiteral("31"));
}

void TestPreviewModel::removeAndRestoreRows()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QStringList before = column(*m_model, Sku);

    m_model->removeDocumentRows({0, 2, 3}); // rows 1, 3, 4
    QCOMPARE(removed.count(), 2);           // two ranges: [0] and [2, 3]
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(
        column(*m_model, Sku),
        QStringList({QStringLiteral("APPLE-2"), QStringLiteral("DUP"), QStringLiteral("äpfel-6"),
                     QStringLiteral("PLUM-7"), QStringLiteral("DUP"), QStringLiteral("KIWI-9")}));
    // Row numbers follow the document: the rows closed up.
    QCOMPARE(headerNumbers(*m_model), QList<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(m_session->undoStack()->count(), 1);

    m_session->undoStack()->undo();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(column(*m_model, Sku), before);
    QCOMPARE(headerNumbers(*m_model), QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(m_model->index(1, Quantity).data().toString(), QStringLiteral("abc"));
    QVERIFY(m_model->index(3, 2).data(Qt::BackgroundRole).isValid()); // "add" is wrong again

    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 6);
}

void TestPreviewModel::removeUnderFilterAndUndo()
{
    const int issues = m_problems->rowCount();
    m_model->setOnlyProblems(true);
    QCOMPARE(headerNumbers(*m_model), QList<int>({2, 4, 5, 7, 8}));

    // Deleting one of a duplicate pair ends the duplicate on the other row.
    m_model->removeDocumentRows({m_model->documentRow(4)}); // data row 8
    QCOMPARE(headerNumbers(*m_model), QList<int>({2, 4, 5, 7}));
    QVERIFY(!m_model->index(2, Sku).data(Qt::BackgroundRole).isValid());
    QVERIFY(m_problems->rowCount() < issues);

    m_model->removeDocumentRows({m_model->documentRow(0), m_model->documentRow(1)});
    QCOMPARE(headerNumbers(*m_model), QList<int>({3, 5}));

    m_session->undoStack()->undo();
    QCOMPARE(headerNumbers(*m_model), QList<int>({2, 4, 5, 7}));
    m_session->undoStack()->undo();
    QCOMPARE(headerNumbers(*m_model), QList<int>({2, 4, 5, 7, 8}));
    QVERIFY(m_model->index(2, Sku).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_problems->rowCount(), issues);
}

void TestPreviewModel::removeManyScatteredRows()
{
    // Enough separate ranges to take the reset path.
    QList<QStringList> rows;
    for (int i = 0; i < 300; ++i)
        rows << row(QByteArray("SKU-" + QByteArray::number(i)).constData(), "1");
    DocumentSession session(InventoryDocument::fromRows(header(), rows), QStringLiteral("many.csv"),
                            LoadOptions());
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);
    std::vector<int> odd;
    for (int i = 1; i < 300; i += 2)
        odd.push_back(i);
    model.removeDocumentRows(odd);
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(model.index(1, Sku).data().toString(), QStringLiteral("SKU-2"));
    QCOMPARE(model.headerData(149, Qt::Vertical).toInt(), 150);
    session.undoStack()->undo();
    QCOMPARE(model.rowCount(), 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(model.index(i, Sku).data().toString(), QStringLiteral("SKU-%1").arg(i));
}

void TestPreviewModel::problemsModel()
{
    const InventoryDocument &doc = m_session->document();
    const QList<Issue> all = doc.allIssues();
    QCOMPARE(m_problems->rowCount(), all.size());
    QCOMPARE(m_problems->columnCount(), int(ProblemsModel::ColumnCount));
    // Each listed issue points at its row and column.
    bool sawQuantity = false;
    for (int r = 0; r < m_problems->rowCount(); ++r) {
        const QModelIndex index = m_problems->index(r, ProblemsModel::MessageColumn);
        QCOMPARE(index.data().toString(), all.at(r).message);
        QCOMPARE(index.data(ProblemsModel::DocumentRowRole).toInt(), all.at(r).row - 1);
        QCOMPARE(index.data(ProblemsModel::DocumentColumnRole).toInt(), all.at(r).column);
        QVERIFY(!m_problems->index(r, ProblemsModel::RowColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        if (all.at(r).row == 2 && all.at(r).column == Quantity) {
            sawQuantity = true;
            QCOMPARE(m_problems->index(r, ProblemsModel::RowColumn).data().toString(),
                     QStringLiteral("2"));
            QCOMPARE(m_problems->index(r, ProblemsModel::ColumnColumn).data().toString(),
                     QStringLiteral("quantity"));
        }
    }
    QVERIFY(sawQuantity);

    // Refreshed after each edit.
    const int before = m_problems->rowCount();
    QVERIFY(m_model->setData(m_model->index(1, Quantity), QStringLiteral("2")));
    QCOMPARE(m_problems->rowCount(), before - 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_problems->rowCount(), before);
}

void TestPreviewModel::mapping()
{
    m_model->setOnlyProblems(true);
    QCOMPARE(m_model->documentRow(0), 1);
    QCOMPARE(m_model->documentRow(99), -1);
    QCOMPARE(m_model->modelRow(3), 1);
    QCOMPARE(m_model->modelRow(0), -1);
    QCOMPARE(m_model->nearestModelRow(2), 1);
    QCOMPARE(m_model->nearestModelRow(100), 4);
    QCOMPARE(m_model->indexForCell(3, 2), m_model->index(1, 2));
    QVERIFY(!m_model->indexForCell(0, 0).isValid());
    const QModelIndexList indexes = {m_model->index(2, 0), m_model->index(0, 1),
                                     m_model->index(2, 3)};
    QCOMPARE(m_model->documentRows(indexes), std::vector<int>({1, 4}));
}

void TestPreviewModel::emptyModel()
{
    m_model->setSession(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
    QVERIFY(!m_model->headerData(0, Qt::Horizontal).isValid());
    // A session going away empties the models that show it.
    m_model->setSession(m_session.get());
    QCOMPARE(m_model->rowCount(), 9);
    m_session.reset();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_problems->rowCount(), 0);
}

QTEST_MAIN(TestPreviewModel)
#include "tst_previewmodel.moc"
