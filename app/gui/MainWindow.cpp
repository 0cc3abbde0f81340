#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "api/AuthSession.h"
#include "api/BatchWatcher.h"
#include "api/GraphqlClient.h"
#include "api/ShipHeroApi.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "gui/AboutDialog.h"
#include "gui/BatchesPage.h"
#include "gui/Connection.h"
#include "gui/ConnectionsDialog.h"
#include "gui/DialogProvider.h"
#include "gui/DocumentSession.h"
#include "gui/HostingService.h"
#include "gui/HostingSettingsDialog.h"
#include "gui/Icons.h"
#include "gui/OpenUrlDialog.h"
#include "gui/PreviewModel.h"
#include "gui/ProblemsModel.h"
#include "gui/ReachPanel.h"
#include "gui/SettingsDialog.h"
#include "gui/ShortcutHints.h"
#include "gui/SignInDialog.h"
#include "gui/SubmitPanel.h"
#include "gui/UploadPage.h"
#include "gui/ViewStates.h"
#include "history/HistoryStore.h"
#include "history/Reconciler.h"
#include "settings/Settings.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoGroup>
#include <QUrl>

#include <algorithm>

// Outside the namespace, as Q_INIT_RESOURCE requires; a static library's
// resources are otherwise dropped by the linker.
static void initInvSyncResources()
{
    Q_INIT_RESOURCE(invsync);
}

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr int StatusMessageTimeout = 6000;
// Dynamic "Open Recent" entries: not main actions, numbered by position.
constexpr char RecentFileProperty[] = "invsync.recentFile";
const QString ProblemsStateName = QStringLiteral("mainWindow/problems");

bool isCsvPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<DialogProvider> dialogs, QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_dialogs(std::move(dialogs))
{
    initInvSyncResources();
    if (!m_dialogs)
        m_dialogs = std::make_unique<QtDialogProvider>();

    m_ui->setupUi(this);
    // Ink icons drawn in the palette's text colour, sharp at any scale.
    m_ui->actionOpen->setIcon(Icons::get(Icons::Name::Open));
    m_ui->actionSaveAs->setIcon(Icons::get(Icons::Name::Save));
    m_ui->actionFind->setIcon(Icons::get(Icons::Name::Find));
    m_ui->actionNextProblem->setIcon(Icons::get(Icons::Name::NextProblem));
    m_ui->actionPreviousProblem->setIcon(Icons::get(Icons::Name::PreviousProblem));
    m_ui->actionSignIn->setIcon(Icons::get(Icons::Name::SignIn));
    m_ui->navUploadButton->setIcon(Icons::get(Icons::Name::Upload));
    m_ui->navBatchesButton->setIcon(Icons::get(Icons::Name::Batches));
    setWindowIcon(QIcon(QStringLiteral(":/icons/invsync.svg")));

    m_uploadPage = new UploadPage(m_ui->pageStack);
    m_batchesPage = new BatchesPage(m_ui->pageStack);
    m_ui->pageStack->addWidget(m_uploadPage);
    m_ui->pageStack->addWidget(m_batchesPage);
    m_batchesPage->setDialogProvider(m_dialogs.get());
    applyRefreshSeconds();
    connect(m_batchesPage, &BatchesPage::statusMessage, this,
            [this](const QString &text, int milliseconds) {
                statusBar()->showMessage(text, milliseconds);
            });
    connect(m_batchesPage, &BatchesPage::fixFailedRows, this, &MainWindow::openFailedRows);
    m_batchesPage->setFileNameProvider(
        [this](const QString &syncId) { return m_historyFileNames.value(syncId); });
    SubmitPanel *submitPanel = m_uploadPage->submitPanel();
    submitPanel->setDialogProvider(m_dialogs.get());
    connect(submitPanel, &SubmitPanel::batchStarted, this,
            [this](const QString &syncId, const QString &fileName) {
                m_historyFileNames.insert(syncId, fileName);
                m_batchesPage->addLocalSyncId(syncId);
                // Even one that finishes before the watcher sees it running.
                m_awaitingFinish.insert(syncId);
            });
    connect(m_batchesPage->watcher(), &BatchWatcher::batchesChanged, this,
            &MainWindow::onWatchedBatches);

    // Undo and Redo follow whichever document is loaded.
    m_undoGroup = new QUndoGroup(this);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    undo->setIcon(Icons::get(Icons::Name::Undo));
    redo->setIcon(Icons::get(Icons::Name::Redo));
    QAction *firstEditAction = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(firstEditAction, undo);
    m_ui->menuEdit->insertAction(firstEditAction, redo);
    m_ui->menuEdit->addAction(m_uploadPage->deleteRowsAction());
    addAction(undo);
    addAction(redo);

    // Problems panel.
    m_problemsModel = new ProblemsModel(this);
    QTableView *problems = m_ui->problemsView;
    problems->setModel(m_problemsModel);
    problems->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    problems->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    problems->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    problems->setColumnWidth(ProblemsModel::RowColumn,
                             fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 32);
    problems->setColumnWidth(ProblemsModel::ColumnColumn,
                             fontMetrics().horizontalAdvance(QStringLiteral("quantity")) + 24);
    connect(problems, &QTableView::clicked, this, &MainWindow::revealProblem);
    connect(problems, &QTableView::activated, this, &MainWindow::revealProblem);
    QAction *showProblems = m_ui->problemsDock->toggleViewAction();
    showProblems->setObjectName(QStringLiteral("actionShowProblems"));
    showProblems->setText(tr("&Problems Panel"));
    showProblems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    m_ui->menuView->addAction(showProblems);
    connect(m_problemsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    resizeDocks({m_ui->problemsDock}, {180}, Qt::Vertical);

    // Status bar.
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("statusConnectionLabel"));
    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("statusFileLabel"));
    m_rowsStatus = new QLabel(this);
    m_rowsStatus->setObjectName(QStringLiteral("statusRowsLabel"));
    m_problemsStatus = new QLabel(this);
    m_problemsStatus->setObjectName(QStringLiteral("statusProblemsLabel"));
    m_connectionStatus->setContentsMargins(6, 0, 6, 0);
    m_connectionStatus->installEventFilter(this); // a click opens the sign-in
    m_creditsStatus = new QLabel(this);
    m_creditsStatus->setObjectName(QStringLiteral("statusCreditsLabel"));
    m_creditsStatus->setToolTip(tr("API credits left: every request costs some, and they "
                                   "refill over time. InvSync paces its requests by them."));
    m_creditsStatus->hide(); // until the service has told
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_creditsStatus);
    statusBar()->addPermanentWidget(m_fileStatus);
    statusBar()->addPermanentWidget(m_rowsStatus);
    statusBar()->addPermanentWidget(m_problemsStatus);
    setNotifier(Notifier::create(windowIcon(), statusBar()));

    // Navigation.
    connect(m_ui->navUploadButton, &QToolButton::clicked, this, [this] { showPage(Page::Upload); });
    connect(m_ui->navBatchesButton, &QToolButton::clicked, this,
            [this] { showPage(Page::Batches); });
    auto *pages = new QActionGroup(this);
    m_showUploadAction = new QAction(tr("&Upload Page"), pages);
    m_showUploadAction->setObjectName(QStringLiteral("actionShowUpload"));
    m_showUploadAction->setToolTip(m_ui->navUploadButton->toolTip());
    m_showUploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showUploadAction->setCheckable(true);
    m_showUploadAction->setChecked(true); // the page shown first
    m_showBatchesAction = new QAction(tr("&Batches Page"), pages);
    m_showBatchesAction->setObjectName(QStringLiteral("actionShowBatches"));
    m_showBatchesAction->setToolTip(m_ui->navBatchesButton->toolTip());
    m_showBatchesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showBatchesAction->setCheckable(true);
    connect(m_showUploadAction, &QAction::triggered, this, [this] { showPage(Page::Upload); });
    connect(m_showBatchesAction, &QAction::triggered, this, [this] { showPage(Page::Batches); });
    QAction *firstViewAction = m_ui->menuView->actions().value(0);
    m_ui->menuView->insertActions(firstViewAction, pages->actions());
    m_ui->menuView->insertSeparator(firstViewAction);
    ShortcutHints::addHint(m_ui->navUploadButton, m_showUploadAction);
    ShortcutHints::addHint(m_ui->navBatchesButton, m_showBatchesAction);

    // Sync menu: submit the document, follow and abort batches.
    auto *syncMenu = new QMenu(tr("&Sync"), this);
    syncMenu->setObjectName(QStringLiteral("menuSync"));
    menuBar()->insertMenu(m_ui->menuConnection->menuAction(), syncMenu);
    m_submitAction = new QAction(tr("&Submit…"), this);
    m_submitAction->setObjectName(QStringLiteral("actionSubmit"));
    m_submitAction->setToolTip(tr("Start an inventory sync with this file"));
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submitAction->setEnabled(submitPanel->canSubmit());
    connect(submitPanel, &SubmitPanel::canSubmitChanged, m_submitAction, &QAction::setEnabled);
    // Through the button: it asks for confirmation as a click does.
    connect(m_submitAction, &QAction::triggered, this, [this] {
        showPage(Page::Upload);
        SubmitPanel *panel = m_uploadPage->submitPanel();
        if (panel->canSubmit() && panel->submitButton()->isEnabled())
            panel->submitButton()->click();
    });
    submitPanel->setSubmitShortcut(m_submitAction->shortcut());
    syncMenu->addAction(m_submitAction);
    syncMenu->addSeparator();
    QAction *refreshBatches = m_batchesPage->refreshAction();
    QAction *abortBatch = m_batchesPage->abortAction();
    syncMenu->addAction(refreshBatches);
    syncMenu->addAction(abortBatch);
    m_submitAction->setIcon(Icons::get(Icons::Name::Submit));
    refreshBatches->setIcon(Icons::get(Icons::Name::Refresh));
    abortBatch->setIcon(Icons::get(Icons::Name::Abort));
    // What they act on is on the Batches page: show it.
    connect(refreshBatches, &QAction::triggered, this, [this] { showPage(Page::Batches); });
    connect(abortBatch, &QAction::triggered, this, [this] { showPage(Page::Batches); });

    // File menu.
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    // A link to a file elsewhere, downloaded and checked before it is sent.
    auto *openUrl = new QAction(tr("Open &URL…"), this);
    openUrl->setObjectName(QStringLiteral("actionOpenUrl"));
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openUrl->setToolTip(tr("Download an inventory CSV from a link and check it"));
    m_ui->menuFile->insertAction(m_ui->menuRecent->menuAction(), openUrl);
    openUrl->setIcon(Icons::get(Icons::Name::OpenUrl));
    connect(openUrl, &QAction::triggered, this, &MainWindow::openUrl);
    auto *hostingSettings = new QAction(tr("File &Hosting Settings…"), this);
    hostingSettings->setObjectName(QStringLiteral("actionHostingSettings"));
    hostingSettings->setToolTip(
        tr("How InvSync makes a file reachable: this computer's address, S3 storage"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, hostingSettings);
    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setIcon(Icons::get(Icons::Name::Settings));
    settingsAction->setToolTip(
        tr("Connections, file hosting, refresh pace, warnings, language and theme"));
    // macOS moves it to the application menu as Preferences… (Cmd+,).
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences key where it has one; Ctrl+, where it has
    // none (Windows, GNOME), the key most applications use.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty())
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setShortcuts(settingsKeys);
    m_ui->menuFile->insertAction(m_ui->actionQuit, settingsAction);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    ShortcutHints::markNoShortcut(hostingSettings); // set up once, rarely changed
    ShortcutHints::markNoShortcut(m_ui->actionClearRecent); // destructive, rare
    connect(hostingSettings, &QAction::triggered, this, [this] { openHostingSettings(); });
    // Save As is the only save: the saved file keeps only the columns ShipHero
    // reads, so it never overwrites the original quietly (saveAs()). Ctrl+S
    // reaches it too, where users look for a save first.
    m_ui->actionSaveAs->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_S),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionClearRecent, &QAction::triggered, this,
            [] { Settings::instance()->clearRecentFiles(); });
    connect(Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentFiles)
            rebuildRecentMenu();
        else if (key == Settings::Key::RefreshSeconds)
            applyRefreshSeconds();
    });

    // Edit menu.
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        showPage(Page::Upload);
        m_uploadPage->focusSearch();
    });
    connect(m_ui->actionNextProblem, &QAction::triggered, this, [this] {
        showPage(Page::Upload);
        m_uploadPage->goToProblem(false);
    });
    connect(m_ui->actionPreviousProblem, &QAction::triggered, this, [this] {
        showPage(Page::Upload);
        m_uploadPage->goToProblem(true);
    });

    // Connection menu: enabled once a connection is attached.
    m_ui->actionSignIn->setEnabled(false);
    m_ui->actionSignOut->setEnabled(false);
    m_ui->actionConnections->setEnabled(false);
    // Occasional, and one click away on the status bar: no shortcuts.
    for (QAction *action : {m_ui->actionSignIn, m_ui->actionSignOut, m_ui->actionConnections,
                            m_ui->actionAbout, m_ui->actionAboutQt})
        ShortcutHints::markNoShortcut(action);
    connect(m_ui->actionSignIn, &QAction::triggered, this, [this] { openSignIn(); });
    connect(m_ui->actionSignOut, &QAction::triggered, this, [this] {
        if (m_connection)
            m_connection->signOut();
    });
    connect(m_ui->actionConnections, &QAction::triggered, this, [this] { openConnections(); });

    // Message bar.
    m_ui->messageBar->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->messageBarIcon->setFixedSize(iconSize, iconSize);
    connect(m_ui->messageBarCloseButton, &QToolButton::clicked, m_ui->messageBar, &QWidget::hide);
    connect(m_ui->messageBarActionButton, &QPushButton::clicked, this, [this] {
        const QString reason = m_ui->messageBarLabel->text();
        m_ui->messageBar->hide();
        openSignIn(reason);
    });

    // Help menu.
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });

    // The page.
    connect(m_uploadPage, &UploadPage::openDialogRequested, this, &MainWindow::open);
    connect(m_uploadPage, &UploadPage::openRequested, this, &MainWindow::openFile);
    connect(m_uploadPage, &UploadPage::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_uploadPage, &UploadPage::loadingChanged, this, &MainWindow::updateActions);
    connect(m_uploadPage, &UploadPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, StatusMessageTimeout);
    });
    connect(m_uploadPage, &UploadPage::loadSucceeded, this, [](const QString &path) {
        // Bundled samples live in the resources: nothing to reopen from disk.
        if (!path.startsWith(QLatin1Char(':')))
            Settings::instance()->addRecentFile(path);
    });
    connect(m_uploadPage, &UploadPage::loadFailed, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Could not open %1.").arg(UploadPage::displayName(path)),
                                 StatusMessageTimeout);
    });
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateStatus);

    // Buttons on the pages that do what a window action does name its shortcut.
    ShortcutHints::addHint(m_uploadPage->findChild<QPushButton *>(QStringLiteral("openButton")),
                           m_ui->actionOpen);
    ShortcutHints::addHint(
        m_uploadPage->findChild<QPushButton *>(QStringLiteral("nextProblemButton")),
        m_ui->actionNextProblem);
    // Tab walks the page before the problems panel under it (the pages are
    // made after the panel, so their widgets came last in the chain).
    // setTabOrder ignores widgets that take no focus: after the last that does.
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && m_ui->pageStack->isAncestorOf(w))
            last = w;
    }
    if (last)
        setTabOrder(last, m_ui->problemsView);

    rebuildRecentMenu();
    ShortcutHints::addHints(menuBar());
    Settings *settings = Settings::instance();
    restoreGeometry(settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(settings->value(Settings::Key::MainWindowState).toByteArray());
    // After the models are set: a header restored before it has columns ignores the state.
    ViewStates::restore(ProblemsStateName, problems->horizontalHeader());
    m_batchesPage->restoreViewStates();
    m_uploadPage->setRemembersViewStates(true);
    m_problemsPanelWanted = !m_ui->problemsDock->isHidden();
    showPage(Page::Upload);
    onSessionChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The children are destroyed after this body, and the undo group would
    // still report their stacks going away to a half-destroyed window.
    m_undoGroup->disconnect(this);
    m_uploadPage->disconnect(this);
    m_problemsModel->disconnect(this);
}

void MainWindow::showPage(Page page)
{
    const bool upload = page == Page::Upload;
    if (upload == (m_ui->pageStack->currentWidget() == m_uploadPage))
        return;
    if (!upload)
        m_problemsPanelWanted = !m_ui->problemsDock->isHidden();
    m_ui->pageStack->setCurrentWidget(upload ? static_cast<QWidget *>(m_uploadPage)
                                             : m_batchesPage);
    m_ui->navUploadButton->setChecked(upload);
    m_ui->navBatchesButton->setChecked(!upload);
    m_showUploadAction->setChecked(upload);
    m_showBatchesAction->setChecked(!upload);
    // The problems panel belongs to the Upload page.
    m_ui->problemsDock->setVisible(upload && m_problemsPanelWanted);
    m_ui->problemsDock->toggleViewAction()->setEnabled(upload);
}

void MainWindow::setConnection(Connection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    const bool attached = connection != nullptr;
    m_ui->actionSignIn->setEnabled(attached);
    m_ui->actionConnections->setEnabled(attached);
    m_connectionStatus->setCursor(attached ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (!connection) {
        m_ui->actionSignOut->setEnabled(false);
        return;
    }
    connect(connection, &Connection::changed, this, &MainWindow::updateConnectionStatus);
    // One file host and S3 uploader for the app, on the connection's network and secrets.
    delete m_hosting;
    m_hosting = new HostingService(connection->network(), connection->secrets(), this);
    // A file served for a batch stops being served once the batch has finished.
    connect(m_batchesPage->watcher(), &BatchWatcher::batchesChanged, m_hosting,
            &HostingService::stopServingFinished);
    m_uploadPage->reachPanel()->setHostingService(m_hosting);
    m_uploadPage->submitPanel()->setHostingService(m_hosting);
    connect(connection, &Connection::storageNoticeRaised, this,
            [this](const QString &message) { showMessageBar(message, MessageKind::Info); });
    connect(connection, &Connection::signInRequired, this, [this](const QString &message) {
        showMessageBar(message, MessageKind::Warning, true);
        statusBar()->showMessage(message, StatusMessageTimeout);
    });
    connect(connection->client(), &GraphqlClient::creditsChanged, this,
            [this](int estimate, int max) {
                m_creditsStatus->setText(
                    tr("Credits: %1 of %2").arg(locale().toString(estimate), locale().toString(max)));
                m_creditsStatus->show();
            });
    // Waits the user should know about: throttling, retries after a failure.
    connect(connection->client(), &GraphqlClient::waiting, this,
            [this](const QString &, qint64 milliseconds, const QString &reason) {
                statusBar()->showMessage(reason, int(std::min<qint64>(milliseconds, 60000)) + 2000);
            });
    // A notice raised before the window was attached is still shown.
    if (!connection->storageNotice().isEmpty())
        showMessageBar(connection->storageNotice(), MessageKind::Info);
    updateConnectionStatus();
}

void MainWindow::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    if (m_notifier)
        connect(m_notifier.get(), &Notifier::activated, this, &MainWindow::showBatch);
}

void MainWindow::onWatchedBatches(const QList<Batch> &changed)
{
    for (const Batch &batch : changed) {
        if (!m_historyFileNames.contains(batch.id))
            continue; // started elsewhere: not ours to announce
        if (!batch.isFinished())
            m_awaitingFinish.insert(batch.id);
        else if (m_awaitingFinish.remove(batch.id))
            notifyFinished(batch);
    }
    if (m_awaitingFinish.isEmpty() && (windowState() & Qt::WindowMinimized))
        m_batchesPage->pause();
}

void MainWindow::notifyFinished(const Batch &batch)
{
    // Settings: "Tell me when a batch sent from this computer finishes".
    if (!m_notifier || !Settings::instance()->value(Settings::Key::NotifyFinished).toBool())
        return;
    QString title;
    if (batch.status == u"success"_s)
        title = tr("Inventory sync succeeded");
    else if (batch.status == u"error_partial"_s)
        title = tr("Inventory sync partly failed");
    else if (batch.status == u"aborted"_s)
        title = tr("Inventory sync aborted");
    else
        title = tr("Inventory sync failed");
    QString name = m_historyFileNames.value(batch.id);
    if (name.isEmpty())
        name = tr("Batch %1").arg(batch.id.left(8));
    const QLocale locale;
    QString text = tr("%1: %2 of %3 rows succeeded, %4 failed.")
                       .arg(name, locale.toString(batch.successCount),
                            locale.toString(batch.totalCount), locale.toString(batch.errorCount));
    if (batch.status == u"aborted"_s) {
        const int notRun = std::max(0, batch.totalCount - batch.successCount - batch.errorCount);
        text += u' ' + tr("%1 not run.").arg(locale.toString(notRun));
    } else if (batch.status != u"success"_s && !batch.error.isEmpty()) {
        text += u' ' + batch.error;
    }
    m_notifier->notify(title, text, batch.id);
}

void MainWindow::showBatch(const QString &syncId)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    showPage(Page::Batches);
    if (!m_batchesPage->openBatch(syncId))
        statusBar()->showMessage(tr("That batch is not on the Batches page yet."),
                                 StatusMessageTimeout);
}

void MainWindow::setHistory(HistoryStore *history)
{
    m_history = history;
    m_reconciled.clear();
    m_uploadPage->submitPanel()->setHistory(history);
    reloadHistory();
    reconcile();
}

void MainWindow::reloadHistory()
{
    m_historyFileNames.clear();
    if (!m_history || !m_history->isOpen()) {
        m_batchesPage->setLocalSyncIds({});
        return;
    }
    QSet<QString> local;
    const QList<UploadRecord> uploads = m_history->uploads();
    for (const UploadRecord &upload : uploads) {
        for (const BatchRecord &batch : upload.batches) {
            if (batch.syncId.isEmpty())
                continue;
            local.insert(batch.syncId);
            m_historyFileNames.insert(batch.syncId, upload.fileName);
        }
    }
    m_batchesPage->setLocalSyncIds(local);
}

void MainWindow::reconcile()
{
    // Once per connection and run, as soon as someone is signed in: a batch
    // whose answer was lost (a crash, a dropped line) is looked for, so no
    // started batch stays unknown.
    if (!m_history || !m_history->isOpen() || !m_connection || !m_connection->isSignedIn() ||
        m_reconcileReply)
        return;
    const QString profile = m_connection->session()->profileId();
    if (m_reconciled.contains(profile))
        return;
    m_reconciled.insert(profile);
    if (m_history->batchesIn(SendState::Sending).isEmpty())
        return;
    auto *reconciler = new Reconciler(m_history, Reconciler::apiLookup(m_connection->api()), this);
    // Each connection settles its own records; another service would not know them.
    reconciler->setConnection(profile);
    m_reconcileReply = reconciler->reconcile();
    connect(m_reconcileReply, &ReconcileReply::finished, this,
            [this, reconciler](const ReconcileResult &result) {
                reconciler->deleteLater();
                reloadHistory();
                if (!result.message.isEmpty())
                    showMessageBar(result.message,
                                   result.ok() ? MessageKind::Info : MessageKind::Warning);
            });
}

Connection *MainWindow::connection() const
{
    return m_connection;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog;
}

ConnectionsDialog *MainWindow::connectionsDialog() const
{
    return m_connectionsDialog;
}

void MainWindow::updateConnectionStatus()
{
    if (!m_connection)
        return;
    m_connectionStatus->setText(m_connection->summary());
    const QUrl url = m_connection->activeUrl();
    const QString where = url.isEmpty() ? m_connection->problem() : url.toDisplayString();
    m_connectionStatus->setToolTip(m_connection->isSignedIn()
                                       ? tr("%1\nClick to sign in as someone else.").arg(where)
                                       : tr("%1\nClick to sign in.").arg(where));
    m_ui->actionSignOut->setEnabled(m_connection->isSignedIn());
    if (!m_connection->isSignedIn() || !m_connection->client()->credits().isKnown())
        m_creditsStatus->hide();
    // The Batches page watches the account while someone is signed in.
    ShipHeroApi *api = m_connection->isSignedIn() ? m_connection->api() : nullptr;
    if (api != m_watchedApi || m_connection->session()->profileId() != m_watchedProfile) {
        m_watchedApi = api;
        m_watchedProfile = m_connection->session()->profileId();
        m_batchesPage->setApi(api);
        m_uploadPage->submitPanel()->setApi(api, m_watchedProfile);
    }
    reconcile();
    // user_quota costs nothing and tells the credits left.
    if (m_connection->isSignedIn() && !m_connection->client()->credits().isKnown() && !m_quotaReply)
        m_quotaReply = m_connection->api()->quota();
    // Signed in again: a "sign in again" message has done its work.
    if (m_connection->isSignedIn() && !m_ui->messageBarActionButton->isHidden())
        m_ui->messageBar->hide();
}

void MainWindow::openSignIn(const QString &reason)
{
    if (!m_connection)
        return;
    if (m_signInDialog && m_signInDialog->isVisible()) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(m_connection, this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setReason(reason);
    connect(m_signInDialog, &QDialog::accepted, this, [this] {
        if (m_connection)
            statusBar()->showMessage(tr("Signed in: %1.").arg(m_connection->summary()),
                                     StatusMessageTimeout);
    });
    m_signInDialog->open();
}

void MainWindow::openHostingSettings(QWidget *over)
{
    if (!m_hosting)
        return;
    auto *dialog = new HostingSettingsDialog(m_hosting, over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setConnection(m_connection);
    // Opened over the Settings dialog, so they block it while they are open.
    connect(m_settingsDialog, &SettingsDialog::manageConnectionsRequested, this,
            [this] { openConnections(m_settingsDialog); });
    connect(m_settingsDialog, &SettingsDialog::hostingSettingsRequested, this,
            [this] { openHostingSettings(m_settingsDialog); });
    m_settingsDialog->open();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::applyRefreshSeconds()
{
    const int seconds =
        std::clamp(Settings::instance()->value(Settings::Key::RefreshSeconds).toInt(), 2, 300);
    m_batchesPage->watcher()->setIntervals(seconds * 1000, 30000);
}

void MainWindow::openConnections(QWidget *over)
{
    if (!m_connection)
        return;
    if (m_connectionsDialog && m_connectionsDialog->isVisible()) {
        m_connectionsDialog->raise();
        m_connectionsDialog->activateWindow();
        return;
    }
    m_connectionsDialog = new ConnectionsDialog(m_connection, m_dialogs.get(), over ? over : this);
    m_connectionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionsDialog->open();
}

void MainWindow::showMessageBar(const QString &text, MessageKind kind, bool offerSignIn)
{
    QFrame *bar = m_ui->messageBar;
    const bool warning = kind == MessageKind::Warning;
    bar->setProperty("kind", warning ? QStringLiteral("warning") : QStringLiteral("info"));
    // The style sheet selects on the property: make it look again.
    bar->style()->unpolish(bar);
    bar->style()->polish(bar);
    const QIcon icon(warning ? QStringLiteral(":/icons/warning.svg")
                             : QStringLiteral(":/icons/notice.svg"));
    m_ui->messageBarIcon->setPixmap(icon.pixmap(m_ui->messageBarIcon->size()));
    m_ui->messageBarLabel->setText(text);
    m_ui->messageBarActionButton->setVisible(offerSignIn && m_connection);
    bar->show();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_connectionStatus && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_connection) {
        openSignIn();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setConnection(const QString &name, const QUrl &url, const QString &problem)
{
    if (url.isEmpty()) {
        m_connectionStatus->setText(tr("%1: not connected").arg(name));
        m_connectionStatus->setToolTip(problem);
        return;
    }
    m_connectionStatus->setText(tr("Connection: %1").arg(name));
    m_connectionStatus->setToolTip(url.toDisplayString());
}

void MainWindow::open()
{
    const QString path = m_dialogs->getOpenFileName(
        this, tr("Open Inventory File"),
        Settings::instance()->value(Settings::Key::LastOpenDirectory).toString(),
        tr("CSV files (*.csv);;Text files (*.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path, const LoadOptions &options)
{
    showPage(Page::Upload);
    if (!maybeKeepEdits())
        return;
    m_uploadPage->open(path, options);
}

void MainWindow::openFailedRows(const Batch &batch, const QList<BatchRow> &rows)
{
    if (rows.isEmpty())
        return;
    showPage(Page::Upload);
    if (!maybeKeepEdits())
        return;
    QString fileName;
    QString why;
    QByteArray csv = failedRowsFromHistory(batch, rows, &fileName, &why);
    if (!csv.isEmpty()) {
        m_uploadPage->openDownloaded(csv, tr("failed rows of %1").arg(fileName), {});
        // In the message bar: the status bar's "Read …" would replace it at once.
        if (!why.isEmpty())
            showMessageBar(why, MessageKind::Info);
        return;
    }
    // Not started from here (or its bytes are gone): the rows as the service
    // reports them, which lacks any column it does not read.
    const bool withLocation = std::any_of(rows.cbegin(), rows.cend(),
                                          [](const BatchRow &row) { return !row.location.isEmpty(); });
    QList<QByteArray> header{"sku", "quantity", "action", "reason"};
    if (withLocation)
        header << "location";
    header << "service_error";
    const CsvWriter writer;
    writer.appendRecord(csv, header);
    for (const BatchRow &row : rows) {
        QList<QByteArray> fields{row.sku.toUtf8(), QByteArray::number(row.quantity), "replace",
                                 row.reason.toUtf8()};
        if (withLocation)
            fields << row.location.toUtf8();
        fields << row.error.toUtf8();
        writer.appendRecord(csv, fields);
    }
    const QString name = tr("failed rows of %1.csv").arg(batch.id.left(8));
    m_uploadPage->openDownloaded(csv, name, {});
    showMessageBar(why, MessageKind::Info);
}

QByteArray MainWindow::failedRowsFromHistory(const Batch &batch, const QList<BatchRow> &rows,
                                             QString *fileName, QString *why) const
{
    const QString notInHistory =
        tr("This batch is not in this computer's history: the failed rows are rebuilt from what "
           "the service reports, without any other columns of the file sent.");
    if (!m_history || !m_history->isOpen()) {
        *why = notInHistory;
        return {};
    }
    const QList<BatchRecord> sent = m_history->batchesIn(SendState::Sent);
    const auto record = std::find_if(sent.cbegin(), sent.cend(), [&batch](const BatchRecord &r) {
        return r.syncId == batch.id;
    });
    if (record == sent.cend()) {
        *why = notInHistory;
        return {};
    }
    QByteArray bytes = m_history->batchContent(record->id);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const char delimiter = detectDelimiter(bytes);
    // Read as the service reads the file it downloads: blank records skipped,
    // `row` counting the data rows from 1 (the header is record 0).
    const CsvReadResult read = CsvReader(delimiter).read(bytes);
    const CsvTable &table = read.table;
    if (read.unterminatedQuote || table.recordCount() < 2) {
        *why = tr("The file sent for this batch could not be read back from the history: the "
                  "failed rows are rebuilt from what the service reports.");
        return {};
    }
    // Row number -> the service's error(s), in file order.
    QMap<int, QStringList> errors;
    for (const BatchRow &row : rows)
        errors[row.row].append(row.error);

    QList<QByteArray> header;
    for (qsizetype c = 0; c < table.fieldCount(0); ++c)
        header << table.field(0, c).toByteArray();
    // A file that already carries the column (failed rows sent again) gets it refreshed.
    qsizetype errorColumn = header.indexOf(QByteArray("service_error"));
    if (errorColumn < 0) {
        errorColumn = header.size();
        header << "service_error";
    }
    const CsvWriter writer(delimiter);
    QByteArray csv;
    writer.appendRecord(csv, header);
    int found = 0;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const qsizetype record = it.key();
        if (record < 1 || record >= table.recordCount())
            continue;
        QList<QByteArray> fields;
        for (qsizetype c = 0; c < table.fieldCount(record); ++c)
            fields << table.field(record, c).toByteArray();
        while (fields.size() <= errorColumn)
            fields << QByteArray();
        fields[errorColumn] = it.value().join(u"; "_s).toUtf8();
        writer.appendRecord(csv, fields);
        ++found;
    }
    if (found == 0) {
        *why = tr("The failed rows were not found in the file sent for this batch: they are "
                  "rebuilt from what the service reports.");
        return {};
    }
    if (found < errors.size())
        *why = tr("%Ln failed row(s) could not be found in the file sent for this batch.",
                  nullptr, int(errors.size() - found));
    const std::optional<UploadRecord> upload = m_history->upload(record->uploadId);
    *fileName = upload && !upload->fileName.isEmpty() ? upload->fileName
                                                      : tr("batch %1").arg(batch.id.left(8));
    return csv;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Nobody watches a minimized window: stop spending credits on it, unless
    // a batch from here runs, whose end is announced (onWatchedBatches pauses after).
    if (event->type() == QEvent::WindowStateChange) {
        if (!(windowState() & Qt::WindowMinimized))
            m_batchesPage->resume();
        else if (m_awaitingFinish.isEmpty())
            m_batchesPage->pause();
    }
}

void MainWindow::openUrl()
{
    if (!m_hosting)
        return;
    showPage(Page::Upload);
    if (!maybeKeepEdits())
        return;
    auto *dialog = new OpenUrlDialog(m_hosting->urlSource(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenUrlDialog::downloaded, this,
            [this](const QByteArray &bytes, const QUrl &url, const QString &name,
                   const QString &note) { m_uploadPage->openDownloaded(bytes, name, url, note); });
    dialog->open();
}

bool MainWindow::maybeKeepEdits()
{
    DocumentSession *session = m_uploadPage->session();
    if (!session || !session->isModified())
        return true;
    const QMessageBox::StandardButton answer = m_dialogs->question(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them first?")
            .arg(UploadPage::displayName(session->filePath())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return saveAs();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QString MainWindow::saveDirectory() const
{
    DocumentSession *session = m_uploadPage->session();
    if (session && !session->filePath().startsWith(QLatin1Char(':')))
        return QFileInfo(session->filePath()).absolutePath();
    const QString last = Settings::instance()->value(Settings::Key::LastOpenDirectory).toString();
    if (!last.isEmpty())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool MainWindow::saveAs()
{
    DocumentSession *session = m_uploadPage->session();
    if (!session)
        return false;
    // A new name by default: the saved file keeps only the columns ShipHero
    // reads, so quietly overwriting the original could lose the others.
    const QString suggested = QDir(saveDirectory())
                                  .filePath(QFileInfo(session->filePath()).completeBaseName() +
                                            QStringLiteral("-fixed.csv"));
    QString path = m_dialogs->getSaveFileName(this, tr("Save Inventory File As"), suggested,
                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");

    QSaveFile file(path);
    const QByteArray bytes = session->document().toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_dialogs->warning(this, tr("Could Not Save"),
                           tr("%1 could not be written: %2.\nChoose another folder, or free some "
                              "space, and save again.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    session->undoStack()->setClean();
    session->setFilePath(path);
    Settings::instance()->addRecentFile(path);
    updateTitle();
    updateStatus();
    const int rows = session->document().rowCount();
    statusBar()->showMessage(
        tr("Saved %Ln row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
        StatusMessageTimeout);
    return true;
}

void MainWindow::onSessionChanged(DocumentSession *session)
{
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
    }
    m_problemsModel->setSession(session);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    DocumentSession *session = m_uploadPage->session();
    if (!session) {
        setWindowTitle(tr("InvSync"));
        setWindowModified(false);
        return;
    }
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — InvSync").arg(UploadPage::displayName(session->filePath())));
    setWindowModified(session->isModified());
}

void MainWindow::updateStatus()
{
    DocumentSession *session = m_uploadPage->session();
    const int issues = m_problemsModel->rowCount();
    m_ui->problemsDock->setWindowTitle(session ? tr("Problems (%1)").arg(QLocale().toString(issues))
                                               : tr("Problems"));
    if (!session) {
        m_fileStatus->setText(tr("No file open"));
        m_rowsStatus->clear();
        m_problemsStatus->clear();
        m_rowsStatus->hide();
        m_problemsStatus->hide();
        return;
    }
    const InventoryDocument &doc = session->document();
    m_fileStatus->setText(UploadPage::displayName(session->filePath()));
    m_fileStatus->setToolTip(QDir::toNativeSeparators(session->filePath()));
    m_rowsStatus->setText(tr("%Ln row(s)", nullptr, doc.rowCount()));
    m_problemsStatus->setText(tr("%Ln error(s)", nullptr, doc.errorCount()) + QStringLiteral(", ") +
                              tr("%Ln warning(s)", nullptr, doc.warningCount()));
    m_rowsStatus->show();
    m_problemsStatus->show();
}

void MainWindow::updateActions()
{
    const bool loaded = m_uploadPage->session() != nullptr;
    m_ui->actionSaveAs->setEnabled(loaded);
    m_ui->actionFind->setEnabled(loaded);
    m_ui->actionNextProblem->setEnabled(loaded);
    m_ui->actionPreviousProblem->setEnabled(loaded);
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList files = Settings::instance()->recentFiles();
    QMenu *menu = m_ui->menuRecent;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action != m_ui->actionClearRecent) {
            menu->removeAction(action);
            action->deleteLater();
        }
    }
    QAction *before = m_ui->actionClearRecent;
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        // &1..&9 as mnemonics, then plain numbers.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QString::number(i + 1);
        auto *action = new QAction(number + QLatin1Char(' ') + UploadPage::displayName(file), menu);
        action->setProperty(RecentFileProperty, true);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
        menu->insertAction(before, action);
    }
    if (!files.isEmpty())
        menu->insertSeparator(before);
    m_ui->actionClearRecent->setEnabled(!files.isEmpty());
    m_uploadPage->setRecentFiles(files);
}

void MainWindow::revealProblem(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = index.data(ProblemsModel::DocumentRowRole).toInt();
    const int column = index.data(ProblemsModel::DocumentColumnRole).toInt();
    if (row >= 0)
        m_uploadPage->revealCell(row, column);
    else if (column >= 0 && m_uploadPage->previewModel()->rowCount() > 0)
        m_uploadPage->previewView()->selectColumn(column); // a file-level problem about a column
}

QString MainWindow::droppedCsv(const QMimeData *mime, QString *refusal) const
{
    if (!mime || !mime->hasUrls()) {
        *refusal = tr("Drop a .csv file to open it.");
        return {};
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && isCsvPath(url.toLocalFile()))
            return url.toLocalFile();
    }
    const QString name = urls.isEmpty() ? QString() : urls.first().fileName();
    *refusal = name.isEmpty()
                   ? tr("Only .csv files can be opened.")
                   : tr("%1 is not a .csv file: only .csv files can be opened.").arg(name);
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    QString refusal;
    if (!droppedCsv(event->mimeData(), &refusal).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    statusBar()->showMessage(refusal, StatusMessageTimeout);
    event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    QString refusal;
    if (!droppedCsv(event->mimeData(), &refusal).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString refusal;
    const QString path = droppedCsv(event->mimeData(), &refusal);
    if (path.isEmpty()) {
        statusBar()->showMessage(refusal, StatusMessageTimeout);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepEdits()) {
        event->ignore();
        return;
    }
    m_uploadPage->cancelLoad();
    Settings *settings = Settings::instance();
    settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings->setValue(Settings::Key::MainWindowState, saveState());
    saveViewStates();
    settings->sync();
    event->accept();
}

void MainWindow::saveViewStates() const
{
    ViewStates::save(ProblemsStateName, m_ui->problemsView->horizontalHeader());
    m_uploadPage->saveViewStates();
    m_batchesPage->saveViewStates();
}

void MainWindow::showAbout()
{
    // Modeless and reused: it can stay open beside the window while a bug report is written.
    auto *dialog = findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace invsync
