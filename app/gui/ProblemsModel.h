#pragma once

#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QAbstractTableModel>
#include <vector>

namespace invsync {

class DocumentSession;

// The problems panel: every issue of the document, file-level first, then by
// row. Rebuilt after each edit, because one edit can end or start problems on
// other rows (duplicates).
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role {
        DocumentRowRole = Qt::UserRole + 1, // 0-based document row, -1 for the file
        DocumentColumnRole,                 // 0-based document column, -1 for the row or file
        SeverityRole,                       // int(Severity)
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    void refresh();

    Issue issue(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DocumentSession *m_session = nullptr;
    // Light references: a million problems are listed without a million
    // messages; the view materialises only the rows it paints.
    std::vector<InventoryDocument::IssueRef> m_refs;
    mutable int m_cachedRow = -1; // data() asks for one row several times in a row
    mutable Issue m_cached;
};

} // namespace invsync
