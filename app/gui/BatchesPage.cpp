#include "gui/BatchesPage.h"
#include "ui_BatchesPage.h"

#include "api/BatchWatcher.h"
#include "api/ShipHeroApi.h"
#include "gui/AbortDialog.h"
#include "gui/BatchPage.h"
#include "gui/DialogProvider.h"
#include "gui/ShortcutHints.h"
#include "gui/ViewStates.h"
#include "gui/StatusBadgeDelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace invsync {

BatchesPage::BatchesPage(QWidget *parent)
    : QWidget(parent), m_ui(new Ui::BatchesPage), m_model(new BatchesModel(this)),
      m_watcher(new BatchWatcher(this)), m_batchPage(new BatchPage(this)),
      m_ownDialogs(std::make_unique<QtDialogProvider>())
{
    m_dialogs = m_ownDialogs.get();
    m_ui->setupUi(this);
    setObjectName(u"batchesPage"_s);
    m_ui->stack->addWidget(m_batchPage);

    // Actions first, as the model's signals below update them. The window
    // puts them in its menu, with window-wide shortcuts.
    m_refreshAction = new QAction(tr("&Refresh Batches"), this);
    m_refreshAction->setObjectName(u"actionRefreshBatches"_s);
    m_refreshAction->setToolTip(tr("Refresh the list of batches now"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &BatchesPage::refresh);
    m_abortAction = new QAction(tr("&Abort Batch…"), this);
    m_abortAction->setObjectName(u"actionAbortBatch"_s);
    m_abortAction->setToolTip(
        tr("Stop the selected batch: rows not processed yet are not applied"));
    m_abortAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_abortAction, &QAction::triggered, this, [this] { requestAbort(currentSyncId()); });
    // On the page too: its shortcuts work when it stands alone (window-wide,
    // one action: no ambiguity with the window's menu).
    addAction(m_refreshAction);
    addAction(m_abortAction);
    ShortcutHints::addHint(m_ui->refreshButton, m_refreshAction);
    ShortcutHints::addHint(m_ui->abortButton, m_abortAction);
    ShortcutHints::addHint(m_batchPage->abortButton(), m_abortAction);

    QTableView *table = m_ui->batchesTable;
    table->setModel(m_model);
    table->setSortingEnabled(true);
    table->sortByColumn(BatchesModel::Created, Qt::DescendingOrder);
    table->setItemDelegateForColumn(
        BatchesModel::Status, new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Badge, table));
    table->setItemDelegateForColumn(
        BatchesModel::Progress,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Progress, table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(BatchesModel::Created, 150);
    table->setColumnWidth(BatchesModel::Warehouse, 150);
    table->setColumnWidth(BatchesModel::File, 180);
    table->setColumnWidth(BatchesModel::Status, 135);
    table->setColumnWidth(BatchesModel::Progress, 150);
    table->setColumnWidth(BatchesModel::Succeeded, 80);
    table->setColumnWidth(BatchesModel::Failed, 70);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &BatchesPage::showContextMenu);
    // Enter and double click both activate.
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openBatch(index.data(BatchesModel::SyncIdRole).toString());
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchesPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BatchesPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &BatchesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchesPage::updateActions);

    // Filters.
    using Filter = BatchesModel::StatusFilter;
    m_ui->statusFilterCombo->addItem(tr("Any status"), int(Filter::Any));
    m_ui->statusFilterCombo->addItem(tr("Pending"), int(Filter::Pending));
    m_ui->statusFilterCombo->addItem(tr("Processing"), int(Filter::Processing));
    m_ui->statusFilterCombo->addItem(tr("Success"), int(Filter::Success));
    m_ui->statusFilterCombo->addItem(tr("Any error"), int(Filter::Errors));
    m_ui->statusFilterCombo->addItem(tr("Aborted"), int(Filter::Aborted));
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(Filter(m_ui->statusFilterCombo->currentData().toInt()));
    });
    m_ui->warehouseFilterCombo->addItem(tr("All warehouses"), QString());
    connect(m_ui->warehouseFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setWarehouseFilter(m_ui->warehouseFilterCombo->currentData().toString());
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &BatchesModel::setSearchText);
    connect(m_ui->onlyLocalCheck, &QCheckBox::toggled, m_model, &BatchesModel::setOnlyLocal);
    m_ui->onlyLocalCheck->setEnabled(false);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BatchesPage::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openBatch(selectedSyncId()); });
    connect(m_ui->abortButton, &QPushButton::clicked, this,
            [this] { requestAbort(selectedSyncId()); });

    // The watcher feeds the list, the open batch and an open abort dialog.
    connect(m_watcher, &BatchWatcher::batchesChanged, this, &BatchesPage::onBatchesChanged);
    connect(m_watcher, &BatchWatcher::refreshed, this, &BatchesPage::updateAgeLabel);
    connect(m_watcher, &BatchWatcher::refreshFailed, this, [this](const ApiError &error) {
        Q_EMIT statusMessage(tr("Could not refresh the batches: %1").arg(error.message), 0);
        updateAgeLabel();
    });
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &BatchesPage::updateAgeLabel);
    m_ageTimer.start();

    // The Batch page.
    connect(m_batchPage, &BatchPage::backRequested, this, &BatchesPage::showList);
    connect(m_batchPage, &BatchPage::abortRequested, this, &BatchesPage::requestAbort);
    connect(m_batchPage, &BatchPage::fixFailedRows, this, &BatchesPage::fixFailedRows);
    connect(m_batchPage, &BatchPage::statusMessage, this, &BatchesPage::statusMessage);

    updateActions();
    updateAgeLabel();
}

BatchesPage::~BatchesPage() = default;

void BatchesPage::setApi(ShipHeroApi *api)
{
    m_api = api;
    m_batchPage->setApi(api);
    m_watcher->setApi(api);
    showList();
    loadWarehouses();
}

void BatchesPage::setDialogProvider(DialogProvider *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_ownDialogs.get();
    m_batchPage->setDialogProvider(dialogs);
}

void BatchesPage::setFileNameProvider(BatchesModel::FileNameProvider provider)
{
    m_model->setFileNameProvider(std::move(provider));
}

void BatchesPage::setLocalSyncIds(const QSet<QString> &syncIds)
{
    m_local = syncIds;
    m_model->setLocalSyncIds(m_local);
    m_ui->onlyLocalCheck->setEnabled(!m_local.isEmpty());
}

void BatchesPage::addLocalSyncId(const QString &syncId)
{
    if (syncId.isEmpty() || m_local.contains(syncId))
        return;
    m_local.insert(syncId);
    setLocalSyncIds(m_local);
    // A batch just submitted: shown at once and followed to its end.
    m_watcher->follow(syncId);
}

void BatchesPage::pause()
{
    m_watcher->pause();
    updateAgeLabel();
}

void BatchesPage::resume()
{
    m_watcher->resume();
    updateAgeLabel();
}

void BatchesPage::refresh()
{
    m_watcher->refreshNow();
    updateAgeLabel();
}

void BatchesPage::loadWarehouses()
{
    if (!m_api)
        return;
    AccountReply *reply = m_api->account();
    connect(reply, &AccountReply::finished, this, [this](const AccountResult &result) {
        if (!result.ok())
            return; // the ids stay shown; the next setApi tries again
        m_warehouseNames.clear();
        const QString current = m_ui->warehouseFilterCombo->currentData().toString();
        QSignalBlocker block(m_ui->warehouseFilterCombo);
        while (m_ui->warehouseFilterCombo->count() > 1)
            m_ui->warehouseFilterCombo->removeItem(1);
        for (const Warehouse &w : result.account.warehouses) {
            m_warehouseNames.insert(w.id, w.name);
            m_ui->warehouseFilterCombo->addItem(w.name, w.id);
        }
        m_ui->warehouseFilterCombo->setCurrentIndex(
            std::max(0, m_ui->warehouseFilterCombo->findData(current)));
        m_model->setWarehouseNames(m_warehouseNames);
    });
}

void BatchesPage::onBatchesChanged(const QList<Batch> &changed)
{
    m_model->upsert(changed);
    for (const Batch &b : changed) {
        if (b.id == m_batchPage->batch().id)
            m_batchPage->updateBatch(b);
        if (m_abortDialog)
            m_abortDialog->updateBatch(b);
    }
    m_ui->emptyLabel->setVisible(m_model->batchCount() == 0);
    updateActions();
}

QString BatchesPage::selectedSyncId() const
{
    const QModelIndexList rows = m_ui->batchesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BatchesModel::SyncIdRole).toString();
}

QString BatchesPage::currentSyncId() const
{
    return m_ui->stack->currentWidget() == m_batchPage ? m_batchPage->batch().id
                                                       : selectedSyncId();
}

void BatchesPage::saveViewStates() const
{
    ViewStates::save(u"batchesPage/batches"_s, m_ui->batchesTable->horizontalHeader());
    m_batchPage->saveViewStates();
}

void BatchesPage::restoreViewStates()
{
    ViewStates::restore(u"batchesPage/batches"_s, m_ui->batchesTable->horizontalHeader());
    m_batchPage->restoreViewStates();
}

void BatchesPage::updateActions()
{
    const QString id = selectedSyncId();
    m_ui->openButton->setEnabled(!id.isEmpty());
    m_ui->abortButton->setEnabled(!id.isEmpty() && m_model->batch(id).isRunning());
    const QString current = currentSyncId();
    m_abortAction->setEnabled(!current.isEmpty() && m_model->batch(current).isRunning());
    m_ui->emptyLabel->setVisible(m_model->batchCount() == 0 && m_watcher->isLoaded());
}

void BatchesPage::updateAgeLabel()
{
    QString text;
    if (!m_api)
        text = tr("Not connected");
    else if (!m_watcher->lastRefresh().isValid())
        text = tr("Loading batches…");
    else {
        const qint64 seconds = m_watcher->lastRefresh().secsTo(QDateTime::currentDateTimeUtc());
        text = seconds < 60 ? tr("Updated %n s ago", nullptr, int(seconds))
                            : tr("Updated %n min ago", nullptr, int(seconds / 60));
        if (m_watcher->isPaused())
            text += tr(" (paused)");
    }
    m_ui->updatedLabel->setText(text);
}

void BatchesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->batchesTable->indexAt(position);
    if (!index.isValid())
        return;
    const Batch batch = m_model->batchAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id = batch.id] { openBatch(id); });
    QAction *abortAction =
        menu.addAction(tr("Abort…"), this, [this, id = batch.id] { requestAbort(id); });
    abortAction->setEnabled(batch.isRunning());
    menu.addSeparator();
    menu.addAction(tr("Copy batch id"), this,
                   [id = batch.id] { QGuiApplication::clipboard()->setText(id); });
    menu.addAction(tr("Copy URL"), this,
                   [url = batch.url] { QGuiApplication::clipboard()->setText(url); });
    menu.exec(m_ui->batchesTable->viewport()->mapToGlobal(position));
}

bool BatchesPage::openBatch(const QString &syncId)
{
    const Batch batch = m_model->batch(syncId);
    if (batch.id.isEmpty())
        return false;
    m_batchPage->setBatch(batch, m_model->fileName(batch),
                          m_warehouseNames.value(batch.warehouseId));
    m_ui->stack->setCurrentWidget(m_batchPage);
    updateActions();
    Q_EMIT batchOpened(syncId);
    return true;
}

void BatchesPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
    m_ui->batchesTable->setFocus();
    updateActions();
}

void BatchesPage::requestAbort(const QString &syncId)
{
    const Batch batch = m_model->batch(syncId);
    if (batch.id.isEmpty() || !m_api)
        return;
    if (batch.isFinished()) {
        m_dialogs->warning(this, tr("Abort batch"),
                           tr("The batch had already finished (%1), so there is nothing to abort.")
                               .arg(StatusBadgeDelegate::label(batch.status)));
        return;
    }
    if (m_abortDialog)
        m_abortDialog->deleteLater();
    m_abortDialog = new AbortDialog(this);
    m_abortDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_abortDialog->setBatch(batch, m_model->fileName(batch));
    connect(m_abortDialog, &QDialog::accepted, this,
            [this] { abort(m_abortDialog->batch().id, m_abortDialog->reason()); });
    m_abortDialog->open();
}

void BatchesPage::abort(const QString &syncId, const QString &reason)
{
    if (!m_api)
        return;
    Q_EMIT statusMessage(tr("Aborting the batch…"), 0);
    BatchReply *reply = m_api->abort(syncId, reason);
    connect(reply, &BatchReply::finished, this, [this, syncId](const BatchResult &result) {
        // Either way the batch now has a final state: show it at once.
        if (!result.batch.id.isEmpty())
            m_watcher->noteBatch(result.batch);
        m_watcher->refreshNow();
        if (result.ok()) {
            const Batch &b = result.batch;
            Q_EMIT statusMessage(tr("Batch aborted: %n row(s) had been applied and stay applied.",
                                    nullptr, b.successCount),
                                 8000);
            return;
        }
        m_dialogs->warning(this, tr("Abort batch"), result.error.message);
        Q_EMIT statusMessage(result.error.message, 8000);
    });
}

} // namespace invsync
