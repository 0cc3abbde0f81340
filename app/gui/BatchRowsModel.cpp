#include "gui/BatchRowsModel.h"

#include "api/ShipHeroApi.h"
#include "csv/CsvWriter.h"
#include "gui/BatchesModel.h"
#include "gui/StatusBadgeDelegate.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

bool isFinal(const BatchRow &row)
{
    return row.status != u"pending" && row.status != u"processing";
}

} // namespace

BatchRowsModel::BatchRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

BatchRowsModel::~BatchRowsModel()
{
    if (m_reply)
        m_reply->cancel();
}

void BatchRowsModel::setApi(ShipHeroApi *api)
{
    m_api = api;
    restart();
}

void BatchRowsModel::setBatch(const Batch &batch)
{
    m_batch = batch;
    restart();
}

void BatchRowsModel::batchChanged(const Batch &batch)
{
    if (batch.id != m_batch.id)
        return;
    const bool moved = batch.finishedCount != m_batch.finishedCount ||
                       batch.successCount != m_batch.successCount ||
                       batch.errorCount != m_batch.errorCount || batch.status != m_batch.status;
    m_batch = batch;
    if (!moved || !m_api)
        return;
    if (m_reply) {
        m_refreshAgain = true;
        return;
    }
    refreshNext(0);
}

void BatchRowsModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    restart();
}

void BatchRowsModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    beginResetModel();
    m_visible.clear();
    for (size_t p = 0; p < m_phases.size(); ++p) {
        for (const BatchRow &row : m_phases[p].rows) {
            if (matchesSearch(row))
                m_visible.push_back({int(p), row});
        }
    }
    endResetModel();
}

void BatchRowsModel::restart()
{
    ++m_generation;
    setReply(nullptr);
    m_refreshAgain = false;
    beginResetModel();
    m_visible.clear();
    m_phases.clear();
    switch (m_filter) {
    case Filter::All:
        m_phases.push_back({u"error"_s, {}, {}, false, true});
        m_phases.push_back({u"!error"_s, {}, {}, false, false});
        break;
    case Filter::Errors:
        m_phases.push_back({u"error"_s, {}, {}, false, true});
        break;
    case Filter::NotFound:
        m_phases.push_back({u"error_not_found"_s, {}, {}, false, true});
        break;
    case Filter::Pending:
        m_phases.push_back({u"pending,processing"_s, {}, {}, false, false});
        break;
    }
    endResetModel();
    if (m_api && !m_batch.id.isEmpty())
        fetchPage(0);
}

void BatchRowsModel::setReply(ApiReply *reply)
{
    const bool was = m_reply != nullptr;
    if (m_reply && m_reply != reply && !m_reply->isFinished())
        m_reply->cancel();
    m_reply = reply;
    if (was != (reply != nullptr))
        Q_EMIT loadingChanged(reply != nullptr);
}

bool BatchRowsModel::isComplete() const
{
    return std::all_of(m_phases.cbegin(), m_phases.cend(),
                       [](const Phase &p) { return p.complete; });
}

int BatchRowsModel::loadedCount() const
{
    int n = 0;
    for (const Phase &p : m_phases)
        n += int(p.rows.size());
    return n;
}

bool BatchRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_api && !m_batch.id.isEmpty() && !m_reply && !isComplete();
}

void BatchRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    for (size_t p = 0; p < m_phases.size(); ++p) {
        if (!m_phases[p].complete) {
            fetchPage(int(p));
            return;
        }
    }
}

void BatchRowsModel::fetchPage(int phase)
{
    RowsQuery query;
    query.syncId = m_batch.id;
    query.status = m_phases[size_t(phase)].status;
    query.pageSize = m_pageSize;
    query.after = m_phases[size_t(phase)].endCursor;
    RowsReply *reply = m_api->rows(query);
    setReply(reply);
    const int generation = m_generation;
    connect(reply, &RowsReply::finished, this, [this, phase, generation](const RowsResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_reply = nullptr;
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(result.error);
            return;
        }
        Phase &p = m_phases[size_t(phase)];
        p.rows.insert(p.rows.end(), result.rows.cbegin(), result.rows.cend());
        if (!result.page.endCursor.isEmpty())
            p.endCursor = result.page.endCursor;
        p.complete = !result.page.hasNextPage;
        // Still loading while the rows go in: a view's fetchMore must not
        // ask for the same page again.
        apply();
        // A short first phase (few failures): fill the page from the next one.
        if (p.complete && size_t(phase + 1) < m_phases.size() && result.rows.size() < m_pageSize &&
            m_phases[size_t(phase + 1)].rows.empty()) {
            fetchPage(phase + 1);
            return;
        }
        m_reply = nullptr;
        Q_EMIT loadingChanged(false);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refreshNext(0);
        }
    });
}

void BatchRowsModel::refreshNext(int phase)
{
    for (; size_t(phase) < m_phases.size(); ++phase) {
        const Phase &p = m_phases[size_t(phase)];
        const bool pending = std::any_of(p.rows.cbegin(), p.rows.cend(),
                                         [](const BatchRow &r) { return !isFinal(r); });
        RowsQuery query;
        query.syncId = m_batch.id;
        query.status = p.status;
        query.allPages = true;
        query.priority = CreditBucket::Priority::Background;
        bool from = false;
        if (pending) {
            // Re-read what is loaded, no more: those rows may have moved on.
            query.limit = int(p.rows.size());
            query.pageSize = std::min(100, query.limit);
            from = true;
        } else if (p.complete && p.canGrow) {
            // Only what joined after the last row loaded.
            query.after = p.endCursor;
            query.pageSize = m_pageSize;
        } else {
            continue;
        }
        RowsReply *reply = m_api->rows(query);
        const bool wasLoading = m_reply != nullptr;
        m_reply = reply;
        if (!wasLoading)
            Q_EMIT loadingChanged(true);
        const int generation = m_generation;
        connect(reply, &RowsReply::finished, this,
                [this, phase, from, generation](const RowsResult &result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ok()) {
                        m_reply = nullptr;
                        Q_EMIT loadingChanged(false);
                        Q_EMIT loadFailed(result.error);
                        return;
                    }
                    Phase &p = m_phases[size_t(phase)];
                    if (from) {
                        p.rows.assign(result.rows.cbegin(), result.rows.cend());
                        p.endCursor = result.page.endCursor;
                        p.complete = !result.page.hasNextPage;
                    } else {
                        p.rows.insert(p.rows.end(), result.rows.cbegin(), result.rows.cend());
                        if (!result.page.endCursor.isEmpty())
                            p.endCursor = result.page.endCursor;
                        p.complete = !result.page.hasNextPage;
                    }
                    apply();
                    refreshNext(phase + 1);
                });
        return;
    }
    const bool was = m_reply != nullptr;
    m_reply = nullptr;
    if (was)
        Q_EMIT loadingChanged(false);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refreshNext(0);
    }
}

QString BatchRowsModel::key(const Shown &shown)
{
    // The row number: unique in a batch, whatever the service's ids.
    return QString::number(shown.phase) + u':' + QString::number(shown.row.row);
}

bool BatchRowsModel::matchesSearch(const BatchRow &row) const
{
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < ColumnCount; ++c) {
        if (display(row, c).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return row.status.contains(m_search, Qt::CaseInsensitive);
}

void BatchRowsModel::apply()
{
    std::vector<Shown> next;
    QSet<QString> nextKeys;
    for (size_t p = 0; p < m_phases.size(); ++p) {
        for (const BatchRow &row : m_phases[p].rows) {
            if (!matchesSearch(row))
                continue;
            next.push_back({int(p), row});
            nextKeys.insert(key(next.back()));
        }
    }
    // Rows gone (a pending row that finished, under the Pending filter), in runs.
    for (int i = int(m_visible.size()) - 1; i >= 0;) {
        if (nextKeys.contains(key(m_visible[size_t(i)]))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !nextKeys.contains(key(m_visible[size_t(first - 1)])))
            --first;
        beginRemoveRows({}, first, i);
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    // What stays keeps its order, so the new rows slot in between, in runs.
    QSet<QString> current;
    for (const Shown &s : m_visible)
        current.insert(key(s));
    size_t j = 0;
    while (j < next.size()) {
        if (current.contains(key(next[j]))) {
            if (j >= m_visible.size() || key(m_visible[j]) != key(next[j])) {
                // The service reordered rows: nothing to keep in place.
                beginResetModel();
                m_visible = std::move(next);
                endResetModel();
                return;
            }
            Shown &shown = m_visible[j];
            if (!(shown.row == next[j].row)) {
                int first = ColumnCount;
                int last = -1;
                for (int c = 0; c < ColumnCount; ++c) {
                    if (display(shown.row, c) != display(next[j].row, c)) {
                        first = std::min(first, c);
                        last = std::max(last, c);
                    }
                }
                shown.row = next[j].row;
                if (last >= 0)
                    Q_EMIT dataChanged(index(int(j), first), index(int(j), last));
            }
            ++j;
            continue;
        }
        size_t end = j;
        while (end < next.size() && !current.contains(key(next[end])))
            ++end;
        beginInsertRows({}, int(j), int(end - 1));
        m_visible.insert(m_visible.begin() + qsizetype(j), next.begin() + qsizetype(j),
                         next.begin() + qsizetype(end));
        endInsertRows();
        j = end;
    }
}

int BatchRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BatchRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchRowsModel::display(const BatchRow &row, int column)
{
    switch (column) {
    case Row:
        return row.row;
    case Sku:
        return row.sku;
    case Quantity:
        return row.quantity;
    case Action:
        return row.action;
    case Reason:
        return row.reason;
    case Location:
        return row.location;
    case Status:
        return StatusBadgeDelegate::label(row.status);
    case Error:
        return row.error;
    default:
        return {};
    }
}

QVariant BatchRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchRow &row = m_visible[size_t(index.row())].row;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Error && !row.error.isEmpty() ? QVariant(row.error) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Row || index.column() == Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BatchesModel::StatusRole:
        return row.status;
    default:
        return {};
    }
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Sku:
        return tr("SKU");
    case Quantity:
        return tr("Quantity");
    case Action:
        return tr("Action");
    case Reason:
        return tr("Reason");
    case Location:
        return tr("Location");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

BatchRow BatchRowsModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_visible[size_t(row)].row : BatchRow();
}

QList<BatchRow> BatchRowsModel::shownRows() const
{
    QList<BatchRow> rows;
    rows.reserve(qsizetype(m_visible.size()));
    for (const Shown &s : m_visible)
        rows.append(s.row);
    return rows;
}

QString BatchRowsModel::spreadsheetSafe(const QString &cell)
{
    if (!cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
                            cell.front() == u'@'))
        return u'\'' + cell;
    return cell;
}

QByteArray BatchRowsModel::toCsv() const
{
    const CsvWriter writer;
    QByteArray out;
    writer.appendRecord(out, QList<QByteArray>{"row", "sku", "quantity", "action", "reason",
                                               "location", "status", "error"});
    for (const Shown &s : m_visible) {
        const BatchRow &r = s.row;
        // Numbers are written as they are: a negative quantity stays a number.
        QList<QByteArray> fields = {QByteArray::number(r.row),
                                    spreadsheetSafe(r.sku).toUtf8(),
                                    QByteArray::number(r.quantity),
                                    spreadsheetSafe(r.action).toUtf8(),
                                    spreadsheetSafe(r.reason).toUtf8(),
                                    spreadsheetSafe(r.location).toUtf8(),
                                    r.status.toUtf8(),
                                    spreadsheetSafe(r.error).toUtf8()};
        writer.appendRecord(out, fields);
    }
    return out;
}

} // namespace invsync
