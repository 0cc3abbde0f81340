#include "gui/ProblemsModel.h"

#include "gui/DocumentSession.h"
#include "gui/SeverityStyle.h"

namespace invsync {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::issuesChanged, this, &ProblemsModel::refresh);
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            refresh();
        });
    }
    refresh();
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_refs =
        m_session ? m_session->document().issueRefs() : std::vector<InventoryDocument::IssueRef>();
    m_cachedRow = -1;
    endResetModel();
}

Issue ProblemsModel::issue(int row) const
{
    if (row != m_cachedRow) {
        m_cached = m_session->document().issue(m_refs[size_t(row)]);
        m_cachedRow = row;
    }
    return m_cached;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_refs.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!m_session ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue issue = this->issue(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RowColumn:
            return issue.row > 0 ? QString::number(issue.row) : tr("File");
        case ColumnColumn:
            return issue.columnName;
        case MessageColumn:
            return issue.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == RowColumn ? QVariant(SeverityStyle::icon(issue.severity))
                                           : QVariant();
    case Qt::ToolTipRole: {
        QString tip = SeverityStyle::label(issue.severity) + QStringLiteral(" (") +
                      issueCodeName(issue.code) + QStringLiteral("): ") + issue.message;
        if (issue.line > 0)
            tip += QLatin1Char('\n') + tr("Line %1 of the file").arg(issue.line);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                           : QVariant();
    case DocumentRowRole:
        return issue.row - 1;
    case DocumentColumnRole:
        return issue.column;
    case SeverityRole:
        return int(issue.severity);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace invsync
