// Keyboard and screen-reader reach of the main window and its dialogs, and
// the column widths and splitter positions kept across runs.
#include "TestDialogProvider.h"

#include "gui/AbortDialog.h"
#include "gui/BatchPage.h"
#include "gui/BatchesPage.h"
#include "gui/Connection.h"
#include "gui/ConnectionsDialog.h"
#include "gui/HostingSettingsDialog.h"
#include "gui/MainWindow.h"
#include "gui/OpenUrlDialog.h"
#include "gui/ShortcutHints.h"
#include "gui/SignInDialog.h"
#include "gui/UploadPage.h"
#include "gui/ViewStates.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

const QString JourneyFile = QStringLiteral(INVSYNC_TEST_DATA "/gui/journey.csv");

void collectMenuActions(const QWidget *menu, const QString &path, QList<QPair<QString, QAction *>> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->property("invsync.recentFile").toBool())
            continue;
        const QString name = path + u" > "_s + action->text().remove(u'&');
        if (QMenu *sub = action->menu())
            collectMenuActions(sub, name, out);
        else
            out->append({name, action});
    }
}

bool hasAncestor(const QWidget *widget, const QWidget *stop, auto predicate)
{
    for (QWidget *p = widget->parentWidget(); p && p != stop; p = p->parentWidget()) {
        if (predicate(p))
            return true;
    }
    return false;
}

// Interactive controls under `root` without an accessible name, as
// "ClassName objectName". Skipped, as Qt makes and names them itself or they
// are parts of a control that carries the name:
// - the line edit inside an editable QComboBox or a QAbstractSpinBox (the box is named);
// - anything inside a QComboBox (its popup list) or an item view (the QTableView
//   corner button, open cell editors): parts of the named combo or view;
// - header views: parts of their view, which is named;
// - buttons inside a QLineEdit (the clear button), a QTabBar (scroll arrows), a
//   QDockWidget (its float/close title buttons) or the QMenuBar (the extension
//   arrow): Qt's own, with their own accessible text;
// - the QTabBar of a QTabWidget is not in the list at all: the tab widget is named.
// Buttons of a QDialogButtonBox are Qt's standard buttons, named by their
// (translated) text: for them the accessible interface must report a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTabWidget *>(w) ||
            qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
        if (!interactive || qobject_cast<QHeaderView *>(w))
            continue;
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QLineEdit *>(w) &&
            (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
            continue;
        if (hasAncestor(w, root, [](QWidget *p) {
                return qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractItemView *>(p);
            }))
            continue;
        if (qobject_cast<QAbstractButton *>(w) &&
            (qobject_cast<QLineEdit *>(parent) || qobject_cast<QTabBar *>(parent) ||
             qobject_cast<QDockWidget *>(parent) || qobject_cast<QMenuBar *>(parent)))
            continue;
        const QString label = QString::fromLatin1(w->metaObject()->className()) + u' ' +
                              w->objectName();
        if (qobject_cast<QDialogButtonBox *>(parent)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).isEmpty())
                missing << label + u" (dialog button)"_s;
            continue;
        }
        if (w->accessibleName().trimmed().isEmpty())
            missing << label;
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyMenuActionHasAShortcut();
    void mainShortcuts_data();
    void mainShortcuts();
    void shortcutsWork();
    void tooltipsNameShortcuts();
    void controlsHaveAccessibleNames();
    void labelsHaveBuddies();
    void tabWalksPageBeforeProblems();
    void viewStatesSurviveRestart();
    void staleHeaderStateIsIgnored();

private:
    void openWindow();
    QAction *action(const char *name) const;

    QTemporaryDir m_dir;
    QString m_iniFile;
    std::unique_ptr<QSettings> m_connectionSettings;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    TestDialogProvider *m_dialogs = nullptr;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    static int run = 0;
    ++run;
    m_iniFile = m_dir.filePath(u"settings-%1.ini"_s.arg(run));
    Settings::createInstance(m_iniFile);
    m_connectionSettings = std::make_unique<QSettings>(
        m_dir.filePath(u"connections-%1.ini"_s.arg(run)), QSettings::IniFormat);
    // No service behind it: the dialogs are only looked at.
    m_connection = std::make_unique<Connection>(m_connectionSettings.get(), new MemorySecretStore,
                                                QUrl(u"http://127.0.0.1:9"_s));
    openWindow();
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_connectionSettings.reset();
}

void TestAccessibility::openWindow()
{
    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->setConnection(m_connection.get());
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QAction *TestAccessibility::action(const char *name) const
{
    const QString objectName = QString::fromLatin1(name);
    const QList<QAction *> actions = m_window->findChildren<QAction *>(objectName);
    return actions.value(0);
}

void TestAccessibility::everyMenuActionHasAShortcut()
{
    QList<QPair<QString, QAction *>> actions;
    collectMenuActions(m_window->menuBar(), u"Menu"_s, &actions);
    QVERIFY(actions.size() > 15);
    QStringList missing;
    QStringList deliberate;
    for (const auto &[path, a] : std::as_const(actions)) {
        if (!a->shortcut().isEmpty())
            continue;
        if (a->property(ShortcutHints::NoShortcutProperty).toBool())
            deliberate << path;
        else
            missing << path;
    }
    qInfo("Without a shortcut on purpose: %s", qPrintable(deliberate.join(u", "_s)));
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"Menu actions without a shortcut: "_s + missing.join(u", "_s)));
}

void TestAccessibility::mainShortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("keys");
    const auto add = [](const char *name, const QKeySequence &keys) {
        QTest::newRow(name) << QString::fromLatin1(name) << keys;
    };
    add("actionOpen", QKeySequence(Qt::CTRL | Qt::Key_O));
    add("actionOpenUrl", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add("actionSaveAs", QKeySequence(Qt::CTRL | Qt::Key_S));
    add("actionSaveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add("actionSubmit", QKeySequence(Qt::CTRL | Qt::Key_Return));
    add("actionRefreshBatches", QKeySequence(Qt::Key_F5));
    add("actionAbortBatch", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add("actionFind", QKeySequence(Qt::CTRL | Qt::Key_F));
    add("actionNextProblem", QKeySequence(Qt::Key_F8));
    add("actionPreviousProblem", QKeySequence(Qt::SHIFT | Qt::Key_F8));
    add("actionShowUpload", QKeySequence(Qt::CTRL | Qt::Key_1));
    add("actionShowBatches", QKeySequence(Qt::CTRL | Qt::Key_2));
    add("actionUndo", QKeySequence(Qt::CTRL | Qt::Key_Z));
    add("actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestAccessibility::mainShortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, keys);
    QAction *a = action(name.toLatin1().constData());
    QVERIFY2(a, qPrintable(name));
    QVERIFY2(a->shortcuts().contains(keys),
             qPrintable(name + u" has "_s +
                        QKeySequence::listToString(a->shortcuts(), QKeySequence::PortableText)));
    // Reachable from the menus, where the shortcut is shown.
    QList<QPair<QString, QAction *>> actions;
    collectMenuActions(m_window->menuBar(), u"Menu"_s, &actions);
    const bool inMenu = std::any_of(actions.cbegin(), actions.cend(),
                                    [a](const auto &entry) { return entry.second == a; });
    QVERIFY2(inMenu, qPrintable(name + u" is in no menu"_s));
}

void TestAccessibility::shortcutsWork()
{
    auto *stack = m_window->findChild<QStackedWidget *>(u"pageStack"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), m_window->uploadPage());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), m_window->batchesPage());
    QVERIFY(action("actionShowBatches")->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), m_window->uploadPage());
    // F5 anywhere: the Batches page, refreshed.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(stack->currentWidget(), m_window->batchesPage());
    // Nothing to submit or abort yet: those wait until they make sense.
    QVERIFY(!action("actionSubmit")->isEnabled());
    QVERIFY(!action("actionAbortBatch")->isEnabled());
}

void TestAccessibility::tooltipsNameShortcuts()
{
    QList<QPair<QString, QAction *>> actions;
    collectMenuActions(m_window->menuBar(), u"Menu"_s, &actions);
    QStringList wrong;
    for (const auto &[path, a] : std::as_const(actions)) {
        if (a->shortcut().isEmpty())
            continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        if (!a->toolTip().contains(keys))
            wrong << path + u": \""_s + a->toolTip() + u'"';
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
    // An explicit tooltip is kept in front of the keys.
    QCOMPARE(action("actionOpen")->toolTip(), u"Open an inventory CSV file (Ctrl+O)"_s);

    // Buttons that do what an action does say its shortcut too.
    const QList<QPair<QAbstractButton *, QString>> buttons{
        {m_window->findChild<QToolButton *>(u"navUploadButton"_s), u"Ctrl+1"_s},
        {m_window->findChild<QToolButton *>(u"navBatchesButton"_s), u"Ctrl+2"_s},
        {m_window->uploadPage()->findChild<QPushButton *>(u"openButton"_s), u"Ctrl+O"_s},
        {m_window->uploadPage()->findChild<QPushButton *>(u"nextProblemButton"_s), u"F8"_s},
        {m_window->uploadPage()->findChild<QPushButton *>(u"submitButton"_s), u"Ctrl+Return"_s},
        {m_window->batchesPage()->findChild<QPushButton *>(u"refreshButton"_s), u"F5"_s},
        {m_window->batchesPage()->findChild<QPushButton *>(u"abortButton"_s), u"Ctrl+Shift+A"_s},
        {m_window->batchesPage()->batchPage()->abortButton(), u"Ctrl+Shift+A"_s},
    };
    for (const auto &[button, keys] : buttons) {
        QVERIFY(button);
        QVERIFY2(button->toolTip().endsWith(u'(' + keys + u')'),
                 qPrintable(button->objectName() + u": "_s + button->toolTip()));
        // Once only, however often the action changes.
        QCOMPARE(button->toolTip().count(keys), 1);
    }
    // The hint follows a changed text (undo names what it undoes) without piling up.
    QAction *open = action("actionOpen");
    open->setText(u"&Open Another…"_s);
    QCOMPARE(open->toolTip(), u"Open an inventory CSV file (Ctrl+O)"_s);
    // Without a tooltip of its own, the text is the hint's base, and followed.
    QAction exportAction(u"&Export…"_s);
    exportAction.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ShortcutHints::addHint(&exportAction);
    QCOMPARE(exportAction.toolTip(), u"Export (Ctrl+E)"_s);
    exportAction.setText(u"Export &All…"_s);
    QCOMPARE(exportAction.toolTip(), u"Export All (Ctrl+E)"_s);
    exportAction.setShortcut(QKeySequence(Qt::Key_F6));
    QCOMPARE(exportAction.toolTip(), u"Export All (F6)"_s);
    QAction *undo = action("actionUndo");
    QVERIFY2(undo->toolTip().endsWith(u" (Ctrl+Z)"_s), qPrintable(undo->toolTip()));
}

void TestAccessibility::controlsHaveAccessibleNames()
{
    // The main window with both pages (the Batch page lives inside the Batches page).
    QStringList missing = unnamedControls(m_window.get());

    // Every dialog, made as the window makes it.
    m_window->openSignIn();
    QVERIFY(m_window->signInDialog());
    missing << unnamedControls(m_window->signInDialog());
    m_window->openConnections();
    QVERIFY(m_window->connectionsDialog());
    missing << unnamedControls(m_window->connectionsDialog());

    action("actionHostingSettings")->trigger();
    auto *hosting = m_window->findChild<HostingSettingsDialog *>();
    QVERIFY(hosting);
    missing << unnamedControls(hosting);

    action("actionOpenUrl")->trigger();
    auto *openUrl = m_window->findChild<OpenUrlDialog *>();
    QVERIFY(openUrl);
    missing << unnamedControls(openUrl);

    AbortDialog abort(m_window->batchesPage());
    Batch batch;
    batch.id = u"b-1"_s;
    batch.status = u"processing"_s;
    batch.totalCount = 10;
    abort.setBatch(batch, u"stock.csv"_s);
    missing << unnamedControls(&abort);

    QVERIFY2(missing.isEmpty(),
             qPrintable(u"Controls without an accessible name: "_s + missing.join(u", "_s)));
}

void TestAccessibility::labelsHaveBuddies()
{
    // A label with a mnemonic moves the focus only through its buddy.
    QStringList widgets;
    m_window->openSignIn();
    m_window->openConnections();
    action("actionHostingSettings")->trigger();
    const QList<QWidget *> roots{m_window.get(), m_window->signInDialog(),
                                 m_window->connectionsDialog(),
                                 m_window->findChild<HostingSettingsDialog *>()};
    QStringList lonely;
    for (QWidget *root : roots) {
        QVERIFY(root);
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const QString text = label->text();
            if (label->textFormat() != Qt::RichText && text.contains(u'&') &&
                !text.contains(u"&&"_s) && !label->buddy())
                lonely << label->objectName() + u": "_s + text;
        }
    }
    QVERIFY2(lonely.isEmpty(), qPrintable(lonely.join(u", "_s)));
}

void TestAccessibility::tabWalksPageBeforeProblems()
{
    // The problems panel sits under the page: Tab reaches it after the page's
    // controls (the pages are made after the panel, so this is not by default).
    QWidget *open = m_window->uploadPage()->findChild<QPushButton *>(u"openButton"_s);
    QWidget *submit = m_window->uploadPage()->findChild<QPushButton *>(u"submitButton"_s);
    QWidget *problems = m_window->findChild<QTableView *>(u"problemsView"_s);
    QWidget *nav = m_window->findChild<QToolButton *>(u"navBatchesButton"_s);
    QVERIFY(open && submit && problems && nav);
    QList<QWidget *> chain;
    for (QWidget *w = nav->nextInFocusChain(); w != nav; w = w->nextInFocusChain())
        chain << w;
    QVERIFY(chain.indexOf(open) >= 0);
    QVERIFY(chain.indexOf(open) < chain.indexOf(submit));
    QVERIFY(chain.indexOf(submit) < chain.indexOf(problems));
}

void TestAccessibility::viewStatesSurviveRestart()
{
    QTableView *problems = m_window->findChild<QTableView *>(u"problemsView"_s);
    QVERIFY(problems);
    problems->horizontalHeader()->resizeSection(0, 123);

    BatchesPage *batches = m_window->batchesPage();
    auto *batchesTable = batches->findChild<QTableView *>(u"batchesTable"_s);
    QVERIFY(batchesTable);
    batchesTable->horizontalHeader()->resizeSection(1, 177);
    BatchPage *batchPage = batches->batchPage();
    auto *rowsTable = batchPage->findChild<QTableView *>(u"rowsTable"_s);
    QVERIFY(rowsTable);
    rowsTable->horizontalHeader()->resizeSection(1, 133);

    // The splitter of the Batch page, shown as a user would see it.
    const auto showBatchPage = [this] {
        action("actionShowBatches")->trigger();
        BatchesPage *page = m_window->batchesPage();
        page->findChild<QStackedWidget *>(u"stack"_s)->setCurrentWidget(page->batchPage());
        QApplication::processEvents();
    };
    showBatchPage();
    auto *splitter = batchPage->findChild<QSplitter *>(u"batchSplitter"_s);
    QVERIFY(splitter);
    QVERIFY(splitter->isVisible());
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    QVERIFY(total > 300);
    splitter->setSizes({total - 250, 250});
    const QList<int> splitterSizes = splitter->sizes();

    // The preview's columns, for a file with the same columns.
    action("actionShowUpload")->trigger();
    m_window->openFile(JourneyFile);
    QTRY_VERIFY(m_window->uploadPage()->session());
    QTableView *preview = m_window->uploadPage()->previewView();
    preview->horizontalHeader()->resizeSection(0, 151);

    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(!Settings::instance()->value(Settings::Key::ViewStates).toMap().isEmpty());
    // Read back from the file, as the next run does.
    Settings::createInstance(m_iniFile);
    openWindow();

    problems = m_window->findChild<QTableView *>(u"problemsView"_s);
    QCOMPARE(problems->horizontalHeader()->sectionSize(0), 123);
    batches = m_window->batchesPage();
    batchesTable = batches->findChild<QTableView *>(u"batchesTable"_s);
    QCOMPARE(batchesTable->horizontalHeader()->sectionSize(1), 177);
    batchPage = batches->batchPage();
    rowsTable = batchPage->findChild<QTableView *>(u"rowsTable"_s);
    QCOMPARE(rowsTable->horizontalHeader()->sectionSize(1), 133);
    // No column lost on the way.
    for (QTableView *view : {problems, batchesTable, rowsTable}) {
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->hiddenSectionCount(), 0);
        QCOMPARE(header->count(), view->model()->columnCount());
    }
    showBatchPage();
    splitter = batchPage->findChild<QSplitter *>(u"batchSplitter"_s);
    QCOMPARE(splitter->sizes(), splitterSizes);

    action("actionShowUpload")->trigger();
    m_window->openFile(JourneyFile);
    QTRY_VERIFY(m_window->uploadPage()->session());
    QCOMPARE(m_window->uploadPage()->previewView()->horizontalHeader()->sectionSize(0), 151);
}

void TestAccessibility::staleHeaderStateIsIgnored()
{
    // A state saved for other columns (an older version, another file) is
    // not forced on the view: it keeps its own widths and shows every column.
    QStandardItemModel three(1, 3);
    QTableView saved;
    saved.setModel(&three);
    saved.horizontalHeader()->resizeSection(0, 222);
    saved.horizontalHeader()->hideSection(2);
    ViewStates::save(u"test/view"_s, saved.horizontalHeader(), u"a,b,c"_s);

    QStandardItemModel four(1, 4);
    QTableView other;
    other.setModel(&four);
    const int width = other.horizontalHeader()->sectionSize(0);
    QVERIFY(!ViewStates::restore(u"test/view"_s, other.horizontalHeader(), u"a,b,c"_s));
    QCOMPARE(other.horizontalHeader()->sectionSize(0), width);

    QTableView renamed;
    renamed.setModel(&three);
    QVERIFY(!ViewStates::restore(u"test/view"_s, renamed.horizontalHeader(), u"x,y,z"_s));

    // Before its model has columns nothing is restored (and nothing lost).
    QTableView empty;
    QVERIFY(!ViewStates::restore(u"test/view"_s, empty.horizontalHeader(), u"a,b,c"_s));

    // The same columns: the widths come back, the hidden column does not stay hidden.
    QTableView same;
    same.setModel(&three);
    QVERIFY(ViewStates::restore(u"test/view"_s, same.horizontalHeader(), u"a,b,c"_s));
    QCOMPARE(same.horizontalHeader()->sectionSize(0), 222);
    QVERIFY(!same.horizontalHeader()->isSectionHidden(2));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
