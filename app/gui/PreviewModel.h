#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace invsync {

class DocumentSession;
class InventoryDocument;

// The preview table over a document: the columns are the document's columns
// (so there is no column enum), the rows are the model's own index of visible
// document rows. Filtering rebuilds that index and resets the model, which
// takes milliseconds on a million rows where a QSortFilterProxyModel took
// seconds. Edits go through undo commands; the document names the rows they
// touched and only those rows are announced with dataChanged.
//
// A row that stops matching the filter because of an edit stays visible until
// the filter changes, so a row being fixed never vanishes under the user.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);
    ~PreviewModel() override;

    void setSession(DocumentSession *session); // nullptr: empty model
    DocumentSession *session() const { return m_session; }

    // After the check against the warehouse, two read-only columns follow
    // the document's: the SKU's on-hand now and the change the row makes.
    // -1 while the document has no stock levels.
    int onHandColumn() const;
    int changeColumn() const;
    // The document's stock levels were set or cleared: the columns change.
    void stockLevelsChanged();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // --- filter --------------------------------------------------------------
    bool onlyProblems() const { return m_onlyProblems; }
    void setOnlyProblems(bool only);
    QString searchText() const { return m_searchText; }
    // Case-insensitive, in every cell of the row.
    void setSearchText(const QString &text);
    void clearFilters();
    bool isFiltered() const { return m_onlyProblems || !m_searchText.isEmpty(); }
    int documentRowCount() const;

    // --- mapping between model rows and document rows (positions) ------------
    int documentRow(int modelRow) const; // -1 when out of range
    int modelRow(int documentRow) const; // -1 when hidden by the filter
    // The first visible row at or after the document row (the last row when
    // none is); -1 when the model is empty.
    int nearestModelRow(int documentRow) const;
    QModelIndex indexForCell(int documentRow, int column) const;
    std::vector<int> documentRows(const QModelIndexList &indexes) const; // sorted, unique

    // Pushes one undoable removal of these document rows.
    void removeDocumentRows(const std::vector<int> &rows);

Q_SIGNALS:
    void filterChanged();

private:
    const InventoryDocument *document() const;
    QVariant stockData(int row, bool change, int role) const;
    void rebuild();
    bool rowMatchesSearch(int row) const;
    void onRowsChanged(const std::vector<int> &rows);
    void onRowsRemoved(const std::vector<int> &positions);
    void onRowsRestored(const std::vector<int> &positions);
    void refreshAll();
    bool resetIfColumnsChanged();

    DocumentSession *m_session = nullptr;
    std::vector<int> m_visible; // model row -> document row, ascending
    int m_columnCount = 0;  // the document's columns
    int m_stockColumns = 0; // 2 with stock levels, else 0
    bool m_onlyProblems = false;
    QString m_searchText;
    QByteArray m_searchUtf8; // lower-case when the text is ASCII
    bool m_searchAscii = true;
};

} // namespace invsync
