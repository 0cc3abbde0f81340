#pragma once

#include "api/ApiTypes.h"
#include "gui/AbortDialog.h"
#include "gui/BatchesModel.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class BatchesPage;
}

namespace invsync {

class AbortDialog;
class BatchPage;
class BatchReply;
class BatchWatcher;
class DialogProvider;
class ShipHeroApi;

// Every batch of the account with its status and progress, kept current by
// a BatchWatcher; filters, sorting, and the Batch page of one batch (double
// click or Enter). Abort from either page asks for a reason (AbortDialog).
class BatchesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchesPage(QWidget *parent = nullptr);
    ~BatchesPage() override;

    // Starts watching the account's batches; nullptr stops.
    void setApi(ShipHeroApi *api);
    void setDialogProvider(DialogProvider *dialogs);
    // The file name a batch was submitted from (history); optional.
    void setFileNameProvider(BatchesModel::FileNameProvider provider);
    // Batches started from this computer: marked, and shown alone on demand.
    void setLocalSyncIds(const QSet<QString> &syncIds);
    void addLocalSyncId(const QString &syncId);

    // Polling stops while nobody looks (the main window is minimized).
    void pause();
    void resume();
    void refresh(); // now (F5)

    // Shows the Batch page of this batch; false when it is not known.
    bool openBatch(const QString &syncId);
    void showList();
    // Asks for a reason (AbortDialog, opened without blocking) and aborts.
    void requestAbort(const QString &syncId);

    BatchesModel *model() const { return m_model; }
    BatchWatcher *watcher() const { return m_watcher; }
    BatchPage *batchPage() const { return m_batchPage; }
    AbortDialog *abortDialog() const { return m_abortDialog; } // the one open, if any
    QString selectedSyncId() const;
    // The batch shown on the Batch page, else the one selected in the list.
    QString currentSyncId() const;
    // Refresh now (F5) and abort the current batch: the window's Batches menu.
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *abortAction() const { return m_abortAction; }
    // Column widths and splitter positions (Settings::Key::ViewStates).
    void saveViewStates() const;
    void restoreViewStates();

Q_SIGNALS:
    void batchOpened(const QString &syncId);
    // The failed rows of a batch, for the main window to open as a new document.
    void fixFailedRows(const invsync::Batch &batch, const QList<invsync::BatchRow> &failedRows);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void loadWarehouses();
    void onBatchesChanged(const QList<Batch> &changed);
    void updateActions();
    void updateAgeLabel();
    void showContextMenu(const QPoint &position);
    void abort(const QString &syncId, const QString &reason);

    std::unique_ptr<Ui::BatchesPage> m_ui;
    BatchesModel *m_model;
    BatchWatcher *m_watcher;
    BatchPage *m_batchPage;
    QPointer<ShipHeroApi> m_api;
    DialogProvider *m_dialogs;
    std::unique_ptr<DialogProvider> m_ownDialogs;
    QPointer<AbortDialog> m_abortDialog;
    QSet<QString> m_local;
    QHash<QString, QString> m_warehouseNames;
    QTimer m_ageTimer;
    QAction *m_refreshAction;
    QAction *m_abortAction;
};

} // namespace invsync
