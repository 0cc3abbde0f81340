#pragma once

#include "api/ApiTypes.h"
#include "api/ShipHeroApi.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace invsync {

class ApiReply;
class ShipHeroApi;

// The rows of one batch (inventory_sync_items_status), loaded page by page
// as the view scrolls (canFetchMore / fetchMore); with no status filter the
// failed rows come first. While the batch runs, batchChanged() re-reads only
// what may have changed: the loaded rows still pending, and new failures
// after the last one loaded. Changes arrive as inserts, removals and
// dataChanged, never a reset; a reset only follows a change of batch, filter
// or search.
class BatchRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Sku, Quantity, Action, Reason, Location, Status, Error, ColumnCount };
    enum class Filter { All, Errors, NotFound, Pending };

    explicit BatchRowsModel(QObject *parent = nullptr);
    ~BatchRowsModel() override;

    void setApi(ShipHeroApi *api);
    // Starts over with this batch: loads the first page.
    void setBatch(const Batch &batch);
    QString syncId() const { return m_batch.id; }
    // The batch as polled: re-reads rows when its counts moved.
    void batchChanged(const Batch &batch);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSearchText(const QString &text); // over the loaded rows
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_reply != nullptr; }
    bool isComplete() const; // every row of the filter is loaded
    int loadedCount() const;
    BatchRow rowAt(int row) const;
    QList<BatchRow> shownRows() const;

    // The rows shown as CSV (UTF-8, header first). A cell that begins with
    // =, +, - or @ gets a leading single quote, so that a spreadsheet shows
    // it instead of running it as a formula.
    QByteArray toCsv() const;
    static QString spreadsheetSafe(const QString &cell);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const invsync::ApiError &error);

private:
    // One status query; with no filter there are two: failures, then the rest.
    struct Phase
    {
        QString status;
        std::vector<BatchRow> rows;
        QString endCursor;
        bool complete = false;
        bool canGrow = false; // rows join it over time (failures)
    };
    struct Shown
    {
        int phase = 0;
        BatchRow row;
    };

    void restart();
    void fetchPage(int phase);
    void refreshNext(int phase);
    void apply();
    bool matchesSearch(const BatchRow &row) const;
    void setReply(ApiReply *reply);
    static QString key(const Shown &shown);
    static QVariant display(const BatchRow &row, int column);

    QPointer<ShipHeroApi> m_api;
    Batch m_batch;
    Filter m_filter = Filter::All;
    QString m_search;
    int m_pageSize = 100;
    std::vector<Phase> m_phases;
    std::vector<Shown> m_visible;
    QPointer<ApiReply> m_reply;
    bool m_refreshAgain = false;
    int m_generation = 0; // answers for an older batch or filter are dropped
};

} // namespace invsync
