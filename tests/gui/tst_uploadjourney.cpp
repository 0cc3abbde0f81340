#include "TestDialogProvider.h"

#include "gui/DocumentSession.h"
#include "gui/GuiApplication.h"
#include "gui/MainWindow.h"
#include "gui/PreviewModel.h"
#include "gui/UploadPage.h"
#include "inventory/InventoryDocument.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <memory>

using namespace invsync;

namespace {

const QString JourneyFile = QStringLiteral(INVSYNC_TEST_DATA "/gui/journey.csv");
const QString DroppedFile = QStringLiteral(INVSYNC_TEST_DATA "/gui/dropped.csv");
constexpr int Sku = 0;
constexpr int Quantity = 1;

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QStringList allCells(const InventoryDocument &doc)
{
    QStringList cells;
    for (int r = 0; r < doc.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < doc.columnCount(); ++c)
            row << doc.columnName(c) + QLatin1Char('=') + doc.cell(r, c);
        cells << row.join(QLatin1Char(','));
    }
    return cells;
}

// The cell's text as the user sees it, by column name: save may reorder columns.
QString cellByName(const InventoryDocument &doc, int row, const QString &column)
{
    for (int c = 0; c < doc.columnCount(); ++c) {
        if (doc.columnName(c) == column)
            return doc.cell(row, c);
    }
    return QStringLiteral("<no column %1>").arg(column);
}

void dropUrls(QWidget *target, const QList<QUrl> &urls, bool *enterAccepted, bool *dropAccepted)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    *enterAccepted = enter.isAccepted();
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    *dropAccepted = drop.isAccepted();
}

} // namespace

class TestUploadJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journey();
    void problemsPanelRevealsHiddenCell();
    void nextAndPreviousProblem();
    void deleteRowsAndUndo();
    void dragAndDrop();
    void unsavedChangesAreAskedAbout();
    void recentFilesAndSamples();
    void loadErrorIsShown();
    void cancelLoading();
    void batchesPage();
    void connectionStatus();
    void noDisplayMessage();

private:
    void openWindow();
    void openThroughDialog(const QString &path);
    void editCell(int modelRow, int column, const QString &text);
    void shortcut(const QKeySequence &keys);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestDialogProvider *m_dialogs = nullptr;
    UploadPage *m_page = nullptr;
    QTableView *m_preview = nullptr;
    QTableView *m_problems = nullptr;
};

void TestUploadJourney::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // As the app does at start: English plural forms ("2 errors") come from
    // the English translation.
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestUploadJourney::init()
{
    // Every test starts with fresh settings: no recent files, default geometry.
    static int run = 0;
    Settings::createInstance(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
    openWindow();
}

void TestUploadJourney::cleanup()
{
    if (m_window && m_page && m_page->session())
        m_page->session()->undoStack()->setClean(); // no question while tearing down
    m_window.reset();
}

void TestUploadJourney::openWindow()
{
    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = child<UploadPage>(m_window.get(), "uploadPage");
    m_preview = child<QTableView>(m_window.get(), "previewView");
    m_problems = child<QTableView>(m_window.get(), "problemsView");
    QVERIFY(m_page && m_preview && m_problems);
}

void TestUploadJourney::shortcut(const QKeySequence &keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keySequence(target, keys);
}

void TestUploadJourney::openThroughDialog(const QString &path)
{
    m_dialogs->openFileNames << path;
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QVERIFY(m_dialogs->openFileNames.isEmpty());
    QTRY_COMPARE(m_page->state(), UploadPage::State::Loaded);
    QTRY_VERIFY(m_page->session() && m_page->session()->filePath() == path);
}

void TestUploadJourney::editCell(int modelRow, int column, const QString &text)
{
    const QModelIndex cell = m_preview->model()->index(modelRow, column);
    QVERIFY(cell.isValid());
    m_preview->setFocus();
    m_preview->setCurrentIndex(cell);
    QTest::keyClick(m_preview, Qt::Key_F2); // the edit key: opens the delegate's editor
    QLineEdit *editor = m_preview->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_preview->viewport()->findChild<QLineEdit *>() ||
                !m_preview->viewport()->findChild<QLineEdit *>()->isVisible());
}

void TestUploadJourney::journey()
{
    auto *statusProblems = child<QLabel>(m_window.get(), "statusProblemsLabel");
    auto *onlyProblems = child<QCheckBox>(m_window.get(), "onlyProblemsCheck");
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    auto *errorsValue = child<QLabel>(m_window.get(), "errorsValue");
    QVERIFY(statusProblems && onlyProblems && search && errorsValue);
    QCOMPARE(m_page->state(), UploadPage::State::Empty);

    // 1. Open a file with problems through File > Open (Ctrl+O).
    openThroughDialog(JourneyFile);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("journey.csv")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_preview->model()->rowCount(), 5);
    // invalid_quantity (row 2), invalid_action (row 3), empty_reason (row 4)
    QCOMPARE(m_problems->model()->rowCount(), 3);
    QCOMPARE(errorsValue->text(), QStringLiteral("2"));
    QVERIFY(statusProblems->text().contains(QStringLiteral("2 errors")));
    QVERIFY(Settings::instance()->recentFiles().contains(JourneyFile));

    // 2. Only rows with problems.
    QTest::mouseClick(onlyProblems, Qt::LeftButton);
    QVERIFY(onlyProblems->isChecked());
    QCOMPARE(m_preview->model()->rowCount(), 3);

    // 3. Search (Ctrl+F focuses the box), on top of the filter.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("a-2"));
    QTRY_COMPARE(m_preview->model()->rowCount(), 1);
    QCOMPARE(m_preview->model()->headerData(0, Qt::Vertical).toInt(), 2);

    // 4. Fix the quantity in the editor, as a user types it.
    editCell(0, Quantity, QStringLiteral("12"));
    QCOMPARE(m_preview->model()->index(0, Quantity).data().toString(), QStringLiteral("12"));
    QTRY_COMPARE(errorsValue->text(), QStringLiteral("1"));
    QCOMPARE(m_problems->model()->rowCount(), 2);
    QVERIFY(statusProblems->text().contains(QStringLiteral("1 error")));
    QCOMPARE(m_preview->model()->rowCount(), 1); // the fixed row stays in view
    QVERIFY(m_window->isWindowModified());

    // 5. Undo and redo with the standard shortcuts.
    QVERIFY(m_preview->hasFocus());
    shortcut(QKeySequence::Undo);
    QTRY_COMPARE(m_preview->model()->index(0, Quantity).data().toString(), QStringLiteral("abc"));
    QCOMPARE(errorsValue->text(), QStringLiteral("2"));
    QCOMPARE(m_problems->model()->rowCount(), 3);
    QVERIFY(!m_window->isWindowModified());
    shortcut(QKeySequence::Redo);
    QTRY_COMPARE(m_preview->model()->index(0, Quantity).data().toString(), QStringLiteral("12"));
    QCOMPARE(errorsValue->text(), QStringLiteral("1"));
    QVERIFY(m_window->isWindowModified());

    // 6. Save As (Ctrl+Shift+S) to a new file.
    const QStringList edited = allCells(m_page->session()->document());
    const QString saved = m_dir.filePath(QStringLiteral("journey-fixed.csv"));
    m_dialogs->saveFileNames << saved;
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(m_dialogs->saveFileNames.isEmpty());
    QVERIFY(m_dialogs->suggestedSaveNames.value(0).endsWith(QStringLiteral("journey-fixed.csv")));
    QVERIFY(QFile::exists(saved));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("journey-fixed.csv")));
    QCOMPARE(Settings::instance()->recentFiles().value(0), saved);
    QVERIFY(m_dialogs->warningsShown.isEmpty());

    // 7. Reopen the saved file: the same cells, and the fixed error stays fixed.
    openThroughDialog(saved);
    QVERIFY(m_dialogs->questionsAsked.isEmpty()); // saved: nothing to ask
    const InventoryDocument &reopened = m_page->session()->document();
    QCOMPARE(allCells(reopened), edited);
    QCOMPARE(cellByName(reopened, 1, QStringLiteral("quantity")), QStringLiteral("12"));
    QCOMPARE(reopened.errorCount(), 1);
    QVERIFY(!onlyProblems->isChecked());
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_preview->model()->rowCount(), 5);
}

void TestUploadJourney::problemsPanelRevealsHiddenCell()
{
    openThroughDialog(JourneyFile);
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    search->setText(QStringLiteral("A-5"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_preview->model()->rowCount(), 1);

    // Row 3's action is hidden by the search: a click on its problem shows it.
    QAbstractItemModel *problems = m_problems->model();
    int problemRow = -1;
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->index(r, 0).data().toString() == QStringLiteral("3"))
            problemRow = r;
    }
    QVERIFY(problemRow >= 0);
    const QRect rect = m_problems->visualRect(problems->index(problemRow, 2));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_problems->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());

    QTRY_COMPARE(m_preview->model()->rowCount(), 5);
    QVERIFY(search->text().isEmpty());
    const QModelIndex current = m_preview->currentIndex();
    QCOMPARE(current.row(), 2);
    QCOMPARE(m_preview->model()->headerData(current.column(), Qt::Horizontal).toString(),
             QStringLiteral("action"));
    QVERIFY(m_preview->selectionModel()->isSelected(current));
    QVERIFY(m_preview->hasFocus());
}

void TestUploadJourney::nextAndPreviousProblem()
{
    openThroughDialog(JourneyFile);
    m_preview->setFocus();
    shortcut(QKeySequence(Qt::Key_F8));
    QCOMPARE(m_preview->currentIndex().row(), 1);
    QCOMPARE(m_preview->currentIndex().column(), Quantity);
    shortcut(QKeySequence(Qt::Key_F8));
    QCOMPARE(m_preview->currentIndex().row(), 2);
    shortcut(QKeySequence(Qt::Key_F8));
    QCOMPARE(m_preview->currentIndex().row(), 3);
    shortcut(QKeySequence(Qt::Key_F8)); // goes round
    QCOMPARE(m_preview->currentIndex().row(), 1);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QCOMPARE(m_preview->currentIndex().row(), 3);
}

void TestUploadJourney::deleteRowsAndUndo()
{
    openThroughDialog(JourneyFile);
    m_preview->setFocus();
    m_preview->selectRow(1);
    m_preview->selectionModel()->select(m_preview->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(m_preview, Qt::Key_Delete);
    QCOMPARE(m_preview->model()->rowCount(), 3);
    QCOMPARE(m_page->session()->document().errorCount(), 0);
    QCOMPARE(m_problems->model()->rowCount(), 1);
    QCOMPARE(m_preview->model()->index(1, Sku).data().toString(), QStringLiteral("A-4"));
    QVERIFY(m_window->isWindowModified());
    // The row that closed up the gap is selected.
    QCOMPARE(m_preview->currentIndex().row(), 1);

    shortcut(QKeySequence::Undo);
    QCOMPARE(m_preview->model()->rowCount(), 5);
    QCOMPARE(m_page->session()->document().errorCount(), 2);
    QCOMPARE(m_preview->model()->index(1, Sku).data().toString(), QStringLiteral("A-2"));
    // What came back is selected.
    const QModelIndexList rows = m_preview->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(!m_window->isWindowModified());

    // Del in the search box deletes text, not rows.
    auto *search = child<QLineEdit>(m_page, "searchEdit");
    search->setFocus();
    search->setText(QStringLiteral("xy"));
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("y"));
    QCOMPARE(m_page->session()->document().rowCount(), 5);
}

void TestUploadJourney::dragAndDrop()
{
    bool enterAccepted = false;
    bool dropAccepted = false;

    // Not a CSV: refused, and the status bar says why.
    dropUrls(m_window.get(), {QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))},
             &enterAccepted, &dropAccepted);
    QVERIFY(!enterAccepted);
    QVERIFY(!dropAccepted);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("notes.txt")));
    QCOMPARE(m_page->state(), UploadPage::State::Empty);

    // A CSV dropped anywhere on the window opens.
    dropUrls(m_window.get(), {QUrl::fromLocalFile(DroppedFile)}, &enterAccepted, &dropAccepted);
    QVERIFY(enterAccepted);
    QVERIFY(dropAccepted);
    QTRY_COMPARE(m_page->state(), UploadPage::State::Loaded);
    QTRY_COMPARE(m_preview->model()->rowCount(), 2);
    QCOMPARE(m_preview->model()->index(1, Sku).data().toString(), QStringLiteral("B-2"));

    // Dropped on the table, among other files: the first CSV opens.
    openThroughDialog(JourneyFile);
    dropUrls(m_preview->viewport(),
             {QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("a.pdf"))),
              QUrl::fromLocalFile(DroppedFile)},
             &enterAccepted, &dropAccepted);
    QVERIFY(dropAccepted);
    QTRY_COMPARE(m_page->session()->filePath(), DroppedFile);
}

void TestUploadJourney::unsavedChangesAreAskedAbout()
{
    openThroughDialog(JourneyFile);
    QVERIFY(m_preview->model()->setData(m_preview->model()->index(0, Sku), QStringLiteral("A-1b")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));

    // Cancel: the open does not happen.
    m_dialogs->openFileNames << DroppedFile;
    m_dialogs->answers << QMessageBox::Cancel;
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    QVERIFY(m_dialogs->questionsAsked.first().contains(QStringLiteral("journey.csv")));
    QCOMPARE(m_page->session()->filePath(), JourneyFile);

    // Closing: Cancel keeps the window; Save asks for a file name and saves.
    m_dialogs->answers << QMessageBox::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    const QString saved = m_dir.filePath(QStringLiteral("on-close.csv"));
    m_dialogs->answers << QMessageBox::Save;
    m_dialogs->saveFileNames << saved;
    QVERIFY(m_window->close());
    QVERIFY(QFile::exists(saved));
    QCOMPARE(m_dialogs->questionsAsked.size(), 3);
    // Closing saved the geometry.
    QVERIFY(
        !Settings::instance()->value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());

    // Discard: a dropped file replaces the edited one without saving.
    openWindow();
    openThroughDialog(JourneyFile);
    QVERIFY(m_preview->model()->setData(m_preview->model()->index(0, Sku), QStringLiteral("A-1c")));
    m_dialogs->answers << QMessageBox::Discard;
    bool enterAccepted = false;
    bool dropAccepted = false;
    dropUrls(m_window.get(), {QUrl::fromLocalFile(DroppedFile)}, &enterAccepted, &dropAccepted);
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    QTRY_COMPARE(m_page->session()->filePath(), DroppedFile);
    QVERIFY(!m_window->isWindowModified());
}

void TestUploadJourney::recentFilesAndSamples()
{
    auto *samples = child<QListWidget>(m_window.get(), "samplesList");
    auto *recent = child<QListWidget>(m_window.get(), "recentList");
    auto *recentMenu = child<QMenu>(m_window.get(), "menuRecent");
    QVERIFY(samples && recent && recentMenu);
    QCOMPARE(samples->count(), 2);
    QCOMPARE(recent->count(), 0);

    // A bundled sample opens from the resources and is not a recent file.
    QTest::mouseClick(samples->viewport(), Qt::LeftButton, Qt::NoModifier,
                      samples->visualItemRect(samples->item(0)).center());
    QTRY_COMPARE(m_page->state(), UploadPage::State::Loaded);
    QVERIFY(m_page->session()->document().errorCount() > 0);
    QVERIFY(m_page->session()->document().rowCount() >= 10);
    QVERIFY(Settings::instance()->recentFiles().isEmpty());

    openThroughDialog(DroppedFile);
    openThroughDialog(JourneyFile);
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("journey.csv"));
    // Menu: two files, a separator, Clear.
    QCOMPARE(recentMenu->actions().size(), 4);
    recentMenu->actions().at(1)->trigger();
    QTRY_COMPARE(m_page->session()->filePath(), DroppedFile);

    child<QAction>(m_window.get(), "actionClearRecent")->trigger();
    QCOMPARE(recent->count(), 0);
    QCOMPARE(recentMenu->actions().size(), 1);
}

void TestUploadJourney::loadErrorIsShown()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    m_dialogs->openFileNames << empty;
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    auto *errorFrame = child<QWidget>(m_window.get(), "loadErrorFrame");
    auto *errorLabel = child<QLabel>(m_window.get(), "loadErrorLabel");
    QTRY_VERIFY(errorFrame->isVisible());
    QVERIFY(errorLabel->text().contains(QStringLiteral("empty.csv")));
    QCOMPARE(m_page->state(), UploadPage::State::Empty);
    QVERIFY(!m_page->session());

    // The next good file clears the message.
    openThroughDialog(JourneyFile);
    QVERIFY(!errorFrame->isVisible());
}

void TestUploadJourney::cancelLoading()
{
    // Big enough that reading it outlasts the click on Cancel.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,quantity,action,reason\n");
    QByteArray chunk;
    for (int i = 0; i < 200000; ++i)
        chunk += "SKU-" + QByteArray::number(i) + ",5,replace,count\n";
    file.write(chunk);
    file.close();

    m_window->openFile(big);
    QCOMPARE(m_page->state(), UploadPage::State::Loading);
    QVERIFY(m_page->isLoading());
    auto *cancel = child<QPushButton>(m_window.get(), "cancelLoadButton");
    auto *progress = child<QProgressBar>(m_window.get(), "loadProgress");
    QCOMPARE(progress->maximum(), 1000);
    // click(), not a mouse event: the progress page only shows after a short
    // delay, and on a fast machine the file could be read by then.
    cancel->click();
    QCOMPARE(m_page->state(), UploadPage::State::Empty);
    QVERIFY(!m_page->isLoading());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("big.csv")));
    // The cancelled read never shows up later.
    QTest::qWait(300);
    QCOMPARE(m_page->state(), UploadPage::State::Empty);
    QVERIFY(!m_page->session());

    // A cancelled reload keeps the document that was there.
    openThroughDialog(JourneyFile);
    m_window->openFile(big);
    m_page->cancelLoad();
    QCOMPARE(m_page->state(), UploadPage::State::Loaded);
    QCOMPARE(m_page->session()->filePath(), JourneyFile);
}

void TestUploadJourney::batchesPage()
{
    auto *stack = child<QStackedWidget>(m_window.get(), "pageStack");
    auto *batchesButton = child<QToolButton>(m_window.get(), "navBatchesButton");
    auto *uploadButton = child<QToolButton>(m_window.get(), "navUploadButton");
    auto *dock = child<QDockWidget>(m_window.get(), "problemsDock");
    QVERIFY(dock->isVisible());
    QTest::mouseClick(batchesButton, Qt::LeftButton);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("batchesPage"));
    QVERIFY(!dock->isVisible()); // the problems belong to the Upload page
    QTest::mouseClick(uploadButton, Qt::LeftButton);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("uploadPage"));
    QVERIFY(dock->isVisible());

    // View > Problems Panel toggles the dock.
    QAction *toggle = child<QAction>(m_window.get(), "actionShowProblems");
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

void TestUploadJourney::noDisplayMessage()
{
    // runGui refuses before it builds a QApplication, so it can run here.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    char name[] = "invsync";
    char *argv[] = {name, nullptr};
    const int code = runGui(1, argv);
    const auto restore = [](const char *var, const QByteArray &value) {
        if (!value.isNull())
            qputenv(var, value);
    };
    restore("QT_QPA_PLATFORM", platform);
    restore("DISPLAY", display);
    restore("WAYLAND_DISPLAY", wayland);
    QCOMPARE(code, 2);
}

void TestUploadJourney::connectionStatus()
{
    // The embedded sandbox, as the app starts it, is what the status bar names.
    SandboxServer sandbox;
    const quint16 port = sandbox.listen();
    QVERIFY(port != 0);
    m_window->setConnection(QStringLiteral("Sandbox"), sandbox.baseUrl());
    auto *label = child<QLabel>(m_window.get(), "statusConnectionLabel");
    QCOMPARE(label->text(), QStringLiteral("Connection: Sandbox"));
    QVERIFY2(label->toolTip().contains(QString::number(port)), qPrintable(label->toolTip()));

    m_window->setConnection(QStringLiteral("Sandbox"), {}, QStringLiteral("port in use"));
    QCOMPARE(label->text(), QStringLiteral("Sandbox: not connected"));
    QCOMPARE(label->toolTip(), QStringLiteral("port in use"));
}

QTEST_MAIN(TestUploadJourney)
#include "tst_uploadjourney.moc"
