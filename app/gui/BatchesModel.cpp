#include "gui/BatchesModel.h"

#include "gui/Icons.h"
#include "gui/StatusBadgeDelegate.h"

#include <QIcon>
#include <QLocale>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

BatchesModel::BatchesModel(QObject *parent) : QAbstractTableModel(parent) {}

int BatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchesModel::fileName(const Batch &batch) const
{
    if (m_fileNames) {
        const QString name = m_fileNames(batch.id);
        if (!name.isEmpty())
            return name;
    }
    const QString name = QUrl(batch.url).fileName();
    return name.isEmpty() ? batch.url : name;
}

QVariant BatchesModel::display(const Batch &batch, int column) const
{
    const QLocale locale;
    switch (column) {
    case Created:
        return locale.toString(batch.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Warehouse:
        return m_warehouseNames.value(batch.warehouseId, batch.warehouseId);
    case File:
        return fileName(batch);
    case Status:
        return StatusBadgeDelegate::label(batch.status);
    case Progress:
        return tr("%1 of %2")
            .arg(locale.toString(batch.finishedCount), locale.toString(batch.totalCount));
    case Succeeded:
        return locale.toString(batch.successCount);
    case Failed:
        return locale.toString(batch.errorCount);
    case Updated:
        return locale.toString(batch.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant BatchesModel::sortKey(const Batch &batch, int column) const
{
    switch (column) {
    case Created:
        return batch.createdAt;
    case Progress:
        return batch.totalCount > 0 ? double(batch.finishedCount) / batch.totalCount : 0.0;
    case Succeeded:
        return batch.successCount;
    case Failed:
        return batch.errorCount;
    case Updated:
        return batch.updatedAt;
    default:
        return display(batch, column).toString().toLower();
    }
}

QVariant BatchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch &batch = m_visible[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(batch, column);
    case Qt::ToolTipRole:
        if (column == File)
            return m_local.contains(batch.id) ? tr("%1\nStarted from this computer").arg(batch.url)
                                              : batch.url;
        if (column == Status && !batch.error.isEmpty())
            return batch.error;
        return {};
    case Qt::DecorationRole:
        if (column == File && m_local.contains(batch.id)) {
            static const QIcon local = Icons::get(Icons::Name::Upload);
            return local;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Failed && batch.errorCount > 0)
            return StatusBadgeDelegate::color(u"error_all"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Succeeded || column == Failed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SyncIdRole:
        return batch.id;
    case StatusRole:
        return batch.status;
    case ProgressRole:
        return batch.finishedCount;
    case TotalRole:
        return batch.totalCount;
    case LocalRole:
        return m_local.contains(batch.id);
    case SortRole:
        return sortKey(batch, column);
    default:
        return {};
    }
}

QVariant BatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Warehouse:
        return tr("Warehouse");
    case File:
        return tr("File");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Succeeded:
        return tr("Succeeded");
    case Failed:
        return tr("Failed");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool BatchesModel::lessThan(const Batch &a, const Batch &b) const
{
    const QVariant ka = sortKey(a, m_sortColumn);
    const QVariant kb = sortKey(b, m_sortColumn);
    const auto order = QVariant::compare(ka, kb);
    if (order != QPartialOrdering::Equivalent)
        return m_sortOrder == Qt::AscendingOrder ? order == QPartialOrdering::Less
                                                 : order == QPartialOrdering::Greater;
    // Ties: newest first, then by id, so the order is total and stable.
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

void BatchesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // A layout change, not a reset: the view keeps the selection on the same batches.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex &index : before)
        ids.append(m_visible[size_t(index.row())].id);
    std::stable_sort(m_visible.begin(), m_visible.end(),
                     [this](const Batch &a, const Batch &b) { return lessThan(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BatchesModel::upsert(const QList<Batch> &batches)
{
    for (const Batch &batch : batches) {
        auto known = std::find_if(m_all.begin(), m_all.end(),
                                  [&](const Batch &b) { return b.id == batch.id; });
        if (known == m_all.end()) {
            const auto at = std::find_if(m_all.begin(), m_all.end(), [&](const Batch &b) {
                return b.createdAt < batch.createdAt;
            });
            m_all.insert(at, batch);
            if (!matches(batch))
                continue;
            const auto pos =
                std::lower_bound(m_visible.begin(), m_visible.end(), batch,
                                 [this](const Batch &a, const Batch &b) { return lessThan(a, b); });
            const int row = int(pos - m_visible.begin());
            beginInsertRows({}, row, row);
            m_visible.insert(pos, batch);
            endInsertRows();
            continue;
        }
        if (*known == batch)
            continue;
        *known = batch;
        const int row = rowOf(batch.id);
        if (row < 0)
            continue;
        Batch &shown = m_visible[size_t(row)];
        int first = ColumnCount;
        int last = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (display(shown, c) != display(batch, c) ||
                (c == Status && shown.error != batch.error)) {
                first = std::min(first, c);
                last = std::max(last, c);
            }
        }
        shown = batch;
        if (last >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

Batch BatchesModel::batchAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_visible[size_t(row)] : Batch();
}

Batch BatchesModel::batch(const QString &syncId) const
{
    for (const Batch &b : m_all) {
        if (b.id == syncId)
            return b;
    }
    return {};
}

int BatchesModel::rowOf(const QString &syncId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_visible[i].id == syncId)
            return int(i);
    }
    return -1;
}

void BatchesModel::setWarehouseNames(const QHash<QString, QString> &names)
{
    m_warehouseNames = names;
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, Warehouse), index(rowCount() - 1, Warehouse));
}

void BatchesModel::setFileNameProvider(FileNameProvider provider)
{
    m_fileNames = std::move(provider);
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, File), index(rowCount() - 1, File));
}

void BatchesModel::setLocalSyncIds(const QSet<QString> &syncIds)
{
    m_local = syncIds;
    if (m_onlyLocal)
        rebuild();
    else if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, File), index(rowCount() - 1, File));
}

bool BatchesModel::statusMatches(StatusFilter filter, const QString &status)
{
    switch (filter) {
    case StatusFilter::Any:
        return true;
    case StatusFilter::Pending:
        return status == u"pending";
    case StatusFilter::Processing:
        return status == u"processing";
    case StatusFilter::Success:
        return status == u"success";
    case StatusFilter::Errors:
        return status.startsWith(u"error");
    case StatusFilter::Aborted:
        return status == u"aborted";
    }
    return true;
}

bool BatchesModel::matches(const Batch &batch) const
{
    if (!statusMatches(m_statusFilter, batch.status))
        return false;
    if (!m_warehouseFilter.isEmpty() && batch.warehouseId != m_warehouseFilter)
        return false;
    if (m_onlyLocal && !m_local.contains(batch.id))
        return false;
    if (m_search.isEmpty())
        return true;
    const QStringList haystack = {fileName(batch),
                                  batch.url,
                                  batch.id,
                                  m_warehouseNames.value(batch.warehouseId),
                                  StatusBadgeDelegate::label(batch.status),
                                  batch.error};
    return std::any_of(haystack.cbegin(), haystack.cend(), [this](const QString &s) {
        return s.contains(m_search, Qt::CaseInsensitive);
    });
}

void BatchesModel::setStatusFilter(StatusFilter filter)
{
    if (m_statusFilter == filter)
        return;
    m_statusFilter = filter;
    rebuild();
}

void BatchesModel::setWarehouseFilter(const QString &warehouseId)
{
    if (m_warehouseFilter == warehouseId)
        return;
    m_warehouseFilter = warehouseId;
    rebuild();
}

void BatchesModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    rebuild();
}

void BatchesModel::setOnlyLocal(bool only)
{
    if (m_onlyLocal == only)
        return;
    m_onlyLocal = only;
    rebuild();
}

void BatchesModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const Batch &b : m_all) {
        if (matches(b))
            m_visible.push_back(b);
    }
    std::stable_sort(m_visible.begin(), m_visible.end(),
                     [this](const Batch &a, const Batch &b) { return lessThan(a, b); });
    endResetModel();
}

} // namespace invsync
