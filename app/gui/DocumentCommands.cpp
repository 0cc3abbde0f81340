#include "gui/DocumentCommands.h"

#include "gui/DocumentSession.h"

#include <algorithm>

namespace invsync {

EditCellCommand::EditCellCommand(DocumentSession *session, int row, int column,
                                 const QString &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_session(session), m_row(row), m_column(column),
      m_oldFields(session->document().rowFields(row)), m_newValue(value)
{
    setText(tr("Edit %1 in row %2").arg(session->document().columnName(column)).arg(row + 1));
}

void EditCellCommand::redo()
{
    m_session->applyCell(m_row, m_column, m_newValue);
}

void EditCellCommand::undo()
{
    m_session->applyRowFields(m_row, m_column, m_oldFields);
}

RemoveRowsCommand::RemoveRowsCommand(DocumentSession *session, std::vector<int> rows,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_session(session), m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    setText(
        tr("Delete %Ln row(s)", nullptr, int(m_rows.size())));
}

void RemoveRowsCommand::redo()
{
    m_removed = m_session->applyRemoveRows(m_rows);
}

void RemoveRowsCommand::undo()
{
    m_session->applyRestoreRows(m_removed);
    m_removed = {};
}

} // namespace invsync
