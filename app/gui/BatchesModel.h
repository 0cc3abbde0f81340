#pragma once

#include "api/ApiTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace invsync {

// The account's batches, one a row. The model keeps its own vector of
// visible batches in the current sort order: a refresh updates rows in place
// (dataChanged for the cells that changed) and inserts new batches where the
// sort puts them, so selection and scroll stay put; only a change of filter
// rebuilds the vector (with a reset). A batch that stops matching the filter
// because of a refresh stays until the filter changes.
class BatchesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Warehouse,
        File,
        Status,
        Progress,
        Succeeded,
        Failed,
        Updated,
        ColumnCount
    };
    enum Role {
        SyncIdRole = Qt::UserRole + 1,
        StatusRole,   // the service's status word
        ProgressRole, // finished rows
        TotalRole,    // all rows
        LocalRole,    // started from this computer
        SortRole,
    };
    // The status filter's choices.
    enum class StatusFilter { Any, Pending, Processing, Success, Errors, Aborted };

    using FileNameProvider = std::function<QString(const QString &syncId)>;

    explicit BatchesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // New batches are inserted, known ones updated in place.
    void upsert(const QList<Batch> &batches);
    Batch batchAt(int row) const;
    Batch batch(const QString &syncId) const;
    int rowOf(const QString &syncId) const; // -1 when hidden or unknown
    int batchCount() const { return int(m_all.size()); }

    void setWarehouseNames(const QHash<QString, QString> &names); // id -> name
    // Where the file name comes from (history); without one, the URL's file name.
    void setFileNameProvider(FileNameProvider provider);
    void setLocalSyncIds(const QSet<QString> &syncIds); // started from this computer
    QString fileName(const Batch &batch) const;

    // --- filter --------------------------------------------------------------
    void setStatusFilter(StatusFilter filter);
    void setWarehouseFilter(const QString &warehouseId); // empty: every warehouse
    void setSearchText(const QString &text);
    void setOnlyLocal(bool only);
    StatusFilter statusFilter() const { return m_statusFilter; }
    bool onlyLocal() const { return m_onlyLocal; }
    bool matches(const Batch &batch) const;

    static bool statusMatches(StatusFilter filter, const QString &status);

private:
    QVariant display(const Batch &batch, int column) const;
    QVariant sortKey(const Batch &batch, int column) const;
    bool lessThan(const Batch &a, const Batch &b) const; // in the current order
    void rebuild();

    std::vector<Batch> m_all;     // every batch, newest first
    std::vector<Batch> m_visible; // the rows, in the current order
    QHash<QString, QString> m_warehouseNames;
    FileNameProvider m_fileNames;
    QSet<QString> m_local;
    StatusFilter m_statusFilter = StatusFilter::Any;
    QString m_warehouseFilter;
    QString m_search;
    bool m_onlyLocal = false;
    int m_sortColumn = Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace invsync
