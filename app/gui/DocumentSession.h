#pragma once

#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace invsync {

// A loaded document as the windows see it: the document, the file it came
// from, how it was read, and its undo stack. Models listen to its signals;
// only the undo commands change the document, through the apply* functions.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    DocumentSession(std::shared_ptr<InventoryDocument> document, const QString &filePath,
                    const LoadOptions &options, QObject *parent = nullptr);
    ~DocumentSession() override;

    InventoryDocument &document() { return *m_document; }
    const InventoryDocument &document() const { return *m_document; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // The file the document was read from or last saved to.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    // The encoding and delimiter the user asked for (Auto/0 when detected).
    LoadOptions options() const { return m_options; }

    // Edits, called by the undo commands only.
    void applyCell(int row, int column, const QString &value);
    // Puts a row's fields back exactly as they were (undo of a cell edit).
    void applyRowFields(int row, int column, const QList<QByteArray> &fields);
    InventoryDocument::RemovedRows applyRemoveRows(const std::vector<int> &rows);
    void applyRestoreRows(const InventoryDocument::RemovedRows &removed);

Q_SIGNALS:
    // Cells or problems of these rows (document positions) changed.
    void rowsChanged(const std::vector<int> &rows);
    // These rows (positions before the removal, ascending) are gone.
    void rowsRemoved(const std::vector<int> &positions);
    // These rows are back (positions after the restore, ascending).
    void rowsRestored(const std::vector<int> &positions);
    // After every edit: counts and the problem list may differ.
    void issuesChanged();
    // Where an edit, its undo or its redo happened, so views can show it.
    void cellEdited(int row, int column);

private:
    std::shared_ptr<InventoryDocument> m_document;
    QString m_filePath;
    LoadOptions m_options;
    QUndoStack m_undoStack;
};

} // namespace invsync
