#pragma once

#include "inventory/InventoryDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <vector>

namespace invsync {

class DocumentSession;

// Every edit of a document is one of these on the session's undo stack (Tiled).
// Row numbers are document positions; the stack replays edits in order, so a
// position means the same row when a command is undone or redone.

class EditCellCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCellCommand)

public:
    EditCellCommand(DocumentSession *session, int row, int column, const QString &value,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentSession *m_session;
    int m_row;
    int m_column;
    // The whole row as it was: a short row stays short after undo, where
    // writing back the old cell text would add the missing fields.
    QList<QByteArray> m_oldFields;
    QString m_newValue;
};

class RemoveRowsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRowsCommand)

public:
    RemoveRowsCommand(DocumentSession *session, std::vector<int> rows,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentSession *m_session;
    std::vector<int> m_rows;
    InventoryDocument::RemovedRows m_removed;
};

} // namespace invsync
