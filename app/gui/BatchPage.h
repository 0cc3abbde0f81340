#pragma once

#include "api/ShipHeroApi.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class BatchPage;
}

class QPieSeries;
class QPushButton;
class QPieSlice;

namespace invsync {

class BatchRowsModel;
class DialogProvider;
class RowsReply;
class ShipHeroApi;

// One batch: a summary (file, URL, warehouse, user, times, counts, the
// service's error) with a chart of succeeded / failed / pending rows, and
// its rows with a status filter and search; export of the rows shown, the
// failed rows handed on for fixing, and abort. Follows the batch live
// through updateBatch().
class BatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPage(QWidget *parent = nullptr);
    ~BatchPage() override;

    void setApi(ShipHeroApi *api);
    void setDialogProvider(DialogProvider *dialogs);

    void setBatch(const Batch &batch, const QString &fileName, const QString &warehouseName);
    void updateBatch(const Batch &batch); // a later state of the same batch
    Batch batch() const { return m_batch; }
    BatchRowsModel *rowsModel() const { return m_rows; }
    QPushButton *abortButton() const;
    // The rows' column widths and the summary/rows splitter (Settings::Key::ViewStates).
    void saveViewStates() const;
    void restoreViewStates();

    // Asks where (DialogProvider) and writes the rows shown; false when
    // cancelled or not written (the reason went to statusMessage).
    bool exportRows();
    // Loads every failed row, then emits fixFailedRows.
    void requestFailedRows();

Q_SIGNALS:
    void backRequested();
    void abortRequested(const QString &syncId);
    void fixFailedRows(const invsync::Batch &batch, const QList<invsync::BatchRow> &failedRows);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateSummary();
    void updateChart();
    void updateButtons();

    std::unique_ptr<Ui::BatchPage> m_ui;
    BatchRowsModel *m_rows;
    QPointer<ShipHeroApi> m_api;
    DialogProvider *m_dialogs;
    std::unique_ptr<DialogProvider> m_ownDialogs;
    Batch m_batch;
    QString m_fileName;
    QString m_warehouseName;
    QPieSeries *m_series = nullptr;
    QPieSlice *m_succeeded = nullptr;
    QPieSlice *m_failed = nullptr;
    QPieSlice *m_pending = nullptr;
    QPointer<RowsReply> m_failedReply;
};

} // namespace invsync
