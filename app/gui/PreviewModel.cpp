#include "gui/PreviewModel.h"

#include "gui/DocumentCommands.h"
#include "gui/DocumentSession.h"
#include "gui/SeverityStyle.h"
#include "inventory/InventoryDocument.h"

#include <QColor>
#include <QLatin1StringView>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace invsync {

namespace {

// Beyond this many separate ranges, one reset is cheaper for the views than
// a removal or insertion signal per range.
constexpr size_t MaxRangeSignals = 64;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

PreviewModel::~PreviewModel() = default;

const InventoryDocument *PreviewModel::document() const
{
    return m_session ? &m_session->document() : nullptr;
}

void PreviewModel::setSession(DocumentSession *session)
{
    if (m_session == session)
        return;
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::rowsChanged, this, &PreviewModel::onRowsChanged);
        connect(m_session, &DocumentSession::rowsRemoved, this, &PreviewModel::onRowsRemoved);
        connect(m_session, &DocumentSession::rowsRestored, this, &PreviewModel::onRowsRestored);
        connect(m_session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_session = nullptr;
            m_visible.clear();
            m_columnCount = 0;
            m_stockColumns = 0;
            endResetModel();
        });
    }
    m_visible.clear();
    m_columnCount = m_session ? m_session->document().columnCount() : 0;
    m_stockColumns = m_session && m_session->document().hasStockLevels() ? 2 : 0;
    if (m_session) {
        // A new document starts unfiltered: an old search would hide rows for no visible reason.
        m_onlyProblems = false;
        m_searchText.clear();
        m_searchUtf8.clear();
        m_visible.resize(size_t(m_session->document().rowCount()));
        std::iota(m_visible.begin(), m_visible.end(), 0);
    }
    endResetModel();
    Q_EMIT filterChanged();
}

int PreviewModel::onHandColumn() const
{
    return m_stockColumns > 0 ? m_columnCount : -1;
}

int PreviewModel::changeColumn() const
{
    return m_stockColumns > 0 ? m_columnCount + 1 : -1;
}

void PreviewModel::stockLevelsChanged()
{
    beginResetModel();
    m_stockColumns = m_session && m_session->document().hasStockLevels() ? 2 : 0;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount + m_stockColumns;
}

int PreviewModel::documentRowCount() const
{
    return m_session ? m_session->document().rowCount() : 0;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = m_visible[size_t(index.row())];
    const InventoryDocument *doc = document();
    if (row < 0 || !doc || row >= doc->rowCount())
        return {};
    const int column = index.column();
    if (column >= m_columnCount)
        return stockData(row, column == changeColumn(), role);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return column < doc->fieldCount(row) ? doc->cell(row, column) : QString();
    case Qt::BackgroundRole: {
        const QColor tint = SeverityStyle::tint(doc->cellSeverity(row, column));
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::DecorationRole: {
        const Severity severity = doc->cellSeverity(row, column);
        return severity == Severity::None ? QVariant() : QVariant(SeverityStyle::icon(severity));
    }
    case Qt::ToolTipRole: {
        if (doc->cellSeverity(row, column) == Severity::None)
            return {};
        QStringList lines;
        const QList<Issue> issues = doc->cellIssues(row, column);
        for (const Issue &issue : issues)
            lines.append(SeverityStyle::label(issue.severity) + QStringLiteral(": ") +
                         issue.message);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant PreviewModel::stockData(int row, bool change, int role) const
{
    const InventoryDocument *doc = document();
    const std::optional<qint64> value = change ? doc->stockChange(row) : doc->onHand(row);
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return {};
        if (change && *value > 0)
            return QString(QStringLiteral("+") + QLocale().toString(*value));
        if (change && *value < 0)
            return QString(QString(QChar(0x2212)) + QLocale().toString(-*value));
        return QLocale().toString(*value);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (change && value && *value != 0)
            return QColor(*value > 0 ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc0, 0x1c, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const InventoryDocument *doc = document();
    if (!doc || section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= m_columnCount && section < m_columnCount + m_stockColumns) {
            const bool change = section == changeColumn();
            if (role == Qt::DisplayRole)
                return change ? tr("Change") : tr("On hand");
            if (role == Qt::ToolTipRole) {
                const QString warehouse =
                    doc->stockLevels() ? doc->stockLevels()->warehouseName : QString();
                return change ? tr("What the row changes: its quantity minus the on-hand in %1 "
                                   "now. Not sent to ShipHero.")
                                    .arg(warehouse)
                              : tr("The SKU's on-hand in %1 when it was checked. Not sent to "
                                   "ShipHero.")
                                    .arg(warehouse);
            }
            return {};
        }
        if (section >= m_columnCount)
            return {};
        if (role == Qt::DisplayRole)
            return doc->columnName(section);
        if (role == Qt::ToolTipRole) {
            switch (doc->columnRole(section)) {
            case ColumnRole::Unknown:
                return tr("ShipHero does not use this column: it is shown but not saved.");
            case ColumnRole::Extra:
                return tr("Some rows have more fields than the header: they are shown here but not "
                          "saved.");
            default:
                return {};
            }
        }
        return {};
    }
    if (section >= int(m_visible.size()))
        return {};
    if (role == Qt::DisplayRole) {
        // Data rows count from 1 below the header, as ShipHero counts them.
        const int row = m_visible[size_t(section)];
        return row < 0 ? QVariant() : QVariant(row + 1);
    }
    return {};
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() >= m_columnCount)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool PreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_session || index.column() >= m_columnCount ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = m_visible[size_t(index.row())];
    if (row < 0)
        return false;
    const QString text = value.toString();
    if (data(index, Qt::EditRole).toString() == text)
        return true; // nothing changed: no empty step on the undo stack
    m_session->undoStack()->push(new EditCellCommand(m_session, row, index.column(), text));
    return true;
}

void PreviewModel::setOnlyProblems(bool only)
{
    if (m_onlyProblems == only)
        return;
    m_onlyProblems = only;
    rebuild();
}

void PreviewModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_searchAscii = isAscii(text);
    // Cells are compared as UTF-8 bytes, so an ASCII needle never needs a
    // QString per cell; anything else is compared as text.
    m_searchUtf8 = m_searchAscii ? text.toLatin1().toLower() : text.toUtf8();
    rebuild();
}

void PreviewModel::clearFilters()
{
    if (!isFiltered())
        return;
    m_onlyProblems = false;
    m_searchText.clear();
    m_searchUtf8.clear();
    rebuild();
}

bool PreviewModel::rowMatchesSearch(int row) const
{
    const InventoryDocument &doc = m_session->document();
    const int fields = std::min(doc.fieldCount(row), m_columnCount);
    for (int column = 0; column < fields; ++column) {
        const QByteArrayView cell = doc.cellUtf8(row, column);
        if (cell.size() < m_searchUtf8.size())
            continue;
        if (m_searchAscii) {
            // An ASCII needle matches UTF-8 bytes safely as Latin-1: bytes above
            // 0x7f never fold onto ASCII letters.
            const QLatin1StringView haystack(cell.data(), cell.size());
            if (haystack.contains(QLatin1StringView(m_searchUtf8), Qt::CaseInsensitive))
                return true;
        } else if (QString::fromUtf8(cell).contains(m_searchText, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

void PreviewModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    if (m_session) {
        const InventoryDocument &doc = m_session->document();
        const int rows = doc.rowCount();
        if (!isFiltered()) {
            m_visible.resize(size_t(rows));
            std::iota(m_visible.begin(), m_visible.end(), 0);
        } else {
            const bool search = !m_searchText.isEmpty();
            for (int row = 0; row < rows; ++row) {
                if (m_onlyProblems && doc.rowIssueMask(row) == 0)
                    continue;
                if (search && !rowMatchesSearch(row))
                    continue;
                m_visible.push_back(row);
            }
        }
        m_columnCount = doc.columnCount();
    }
    endResetModel();
    Q_EMIT filterChanged();
}

int PreviewModel::documentRow(int modelRow) const
{
    if (modelRow < 0 || modelRow >= int(m_visible.size()))
        return -1;
    return m_visible[size_t(modelRow)];
}

int PreviewModel::modelRow(int documentRow) const
{
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), documentRow);
    if (it == m_visible.end() || *it != documentRow)
        return -1;
    return int(it - m_visible.begin());
}

int PreviewModel::nearestModelRow(int documentRow) const
{
    if (m_visible.empty())
        return -1;
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), documentRow);
    return std::min(int(it - m_visible.begin()), int(m_visible.size()) - 1);
}

QModelIndex PreviewModel::indexForCell(int documentRow, int column) const
{
    const int row = modelRow(documentRow);
    if (row < 0 || column < 0 || column >= m_columnCount)
        return {};
    return index(row, column);
}

std::vector<int> PreviewModel::documentRows(const QModelIndexList &indexes) const
{
    std::vector<int> rows;
    rows.reserve(size_t(indexes.size()));
    for (const QModelIndex &index : indexes) {
        const int row = index.isValid() && index.model() == this ? documentRow(index.row()) : -1;
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void PreviewModel::removeDocumentRows(const std::vector<int> &rows)
{
    if (!m_session || rows.empty())
        return;
    m_session->undoStack()->push(new RemoveRowsCommand(m_session, rows));
}

bool PreviewModel::resetIfColumnsChanged()
{
    if (!m_session || m_session->document().columnCount() == m_columnCount)
        return false;
    beginResetModel();
    m_columnCount = m_session->document().columnCount();
    endResetModel();
    return true;
}

void PreviewModel::onRowsChanged(const std::vector<int> &rows)
{
    if (resetIfColumnsChanged() || m_columnCount == 0)
        return;
    for (const int documentRow : rows) {
        const int row = modelRow(documentRow);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount + m_stockColumns - 1));
    }
}

void PreviewModel::onRowsRemoved(const std::vector<int> &positions)
{
    // The document has already dropped the rows. First move every visible
    // entry to its new position (removed ones become -1) so that data() stays
    // right while the removals are announced, then erase the -1 runs.
    size_t below = 0;
    for (int &row : m_visible) {
        while (below < positions.size() && positions[below] < row)
            ++below;
        if (below < positions.size() && positions[below] == row)
            row = -1;
        else
            row -= int(below);
    }

    std::vector<std::pair<int, int>> runs; // [first, last] model rows
    for (int i = 0; i < int(m_visible.size()); ++i) {
        if (m_visible[size_t(i)] >= 0)
            continue;
        if (!runs.empty() && runs.back().second == i - 1)
            runs.back().second = i;
        else
            runs.emplace_back(i, i);
    }

    if (runs.size() > MaxRangeSignals) {
        beginResetModel();
        std::erase(m_visible, -1);
        endResetModel();
    } else {
        for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
            beginRemoveRows(QModelIndex(), run->first, run->second);
            m_visible.erase(m_visible.begin() + run->first, m_visible.begin() + run->second + 1);
            endRemoveRows();
        }
    }
    if (!resetIfColumnsChanged())
        refreshAll();
}

void PreviewModel::onRowsRestored(const std::vector<int> &positions)
{
    // Positions are where the rows are now. Shift the visible entries past
    // them, then insert the restored rows: undo shows what it brings back,
    // whatever the filter says.
    size_t before = 0;
    for (int &row : m_visible) {
        while (before < positions.size() && positions[before] <= row + int(before))
            ++before;
        row += int(before);
    }

    struct Run
    {
        int at;          // model row in the list before this insertion
        size_t from, to; // range in positions
    };
    std::vector<Run> runs;
    size_t visibleIndex = 0;
    for (size_t i = 0; i < positions.size();) {
        while (visibleIndex < m_visible.size() && m_visible[visibleIndex] < positions[i])
            ++visibleIndex;
        size_t j = i + 1;
        while (j < positions.size() &&
               (visibleIndex == m_visible.size() || positions[j] < m_visible[visibleIndex]))
            ++j;
        runs.push_back({int(visibleIndex), i, j});
        i = j;
    }

    if (runs.size() > MaxRangeSignals) {
        beginResetModel();
        std::vector<int> merged;
        merged.reserve(m_visible.size() + positions.size());
        std::merge(m_visible.begin(), m_visible.end(), positions.begin(), positions.end(),
                   std::back_inserter(merged));
        m_visible = std::move(merged);
        endResetModel();
    } else {
        int inserted = 0;
        for (const Run &run : runs) {
            const int first = run.at + inserted;
            const int count = int(run.to - run.from);
            beginInsertRows(QModelIndex(), first, first + count - 1);
            m_visible.insert(m_visible.begin() + first, positions.begin() + qsizetype(run.from),
                             positions.begin() + qsizetype(run.to));
            endInsertRows();
            inserted += count;
        }
    }
    if (!resetIfColumnsChanged())
        refreshAll();
}

void PreviewModel::refreshAll()
{
    // Row numbers shift and duplicates elsewhere may have ended or begun; the
    // document does not name those rows, so repaint what is visible.
    if (m_visible.empty() || m_columnCount == 0)
        return;
    const int last = int(m_visible.size()) - 1;
    Q_EMIT dataChanged(index(0, 0), index(last, m_columnCount + m_stockColumns - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, 0, last);
}

} // namespace invsync
