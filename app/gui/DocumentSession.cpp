#include "gui/DocumentSession.h"

namespace invsync {

DocumentSession::DocumentSession(std::shared_ptr<InventoryDocument> document,
                                 const QString &filePath, const LoadOptions &options,
                                 QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_filePath(filePath), m_options(options)
{
    Q_ASSERT(m_document);
}

DocumentSession::~DocumentSession()
{
    // Commands refer to this session; drop them while it is still whole.
    m_undoStack.clear();
}

void DocumentSession::applyCell(int row, int column, const QString &value)
{
    const std::vector<int> changed = m_document->setCell(row, column, value);
    Q_EMIT rowsChanged(changed);
    Q_EMIT issuesChanged();
    Q_EMIT cellEdited(row, column);
}

void DocumentSession::applyRowFields(int row, int column, const QList<QByteArray> &fields)
{
    const std::vector<int> changed = m_document->setRowFields(row, fields);
    Q_EMIT rowsChanged(changed);
    Q_EMIT issuesChanged();
    Q_EMIT cellEdited(row, column);
}

InventoryDocument::RemovedRows DocumentSession::applyRemoveRows(const std::vector<int> &rows)
{
    InventoryDocument::RemovedRows removed = m_document->removeRows(rows);
    // Removing a row can end a duplicate elsewhere and the document does not
    // name those rows: listeners refresh what they show.
    Q_EMIT rowsRemoved(removed.positions);
    Q_EMIT issuesChanged();
    return removed;
}

void DocumentSession::applyRestoreRows(const InventoryDocument::RemovedRows &removed)
{
    m_document->restoreRows(removed);
    Q_EMIT rowsRestored(removed.positions);
    Q_EMIT issuesChanged();
}

} // namespace invsync
