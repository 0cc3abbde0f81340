#pragma once

#include "inventory/DocumentLoader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QListWidgetItem;
class QTableView;

namespace Ui {
class UploadPage;
}

namespace invsync {

class DocumentSession;
class PreviewModel;
class ReachPanel;
class SubmitPanel;

// Step 1 of the upload journey: pick a file, watch it being read, see its
// problems and fix them. The page owns the loaded document (its session);
// the main window decides when a new file may replace it.
class UploadPage : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Loaded };

    explicit UploadPage(QWidget *parent = nullptr);
    ~UploadPage() override;

    State state() const { return m_state; }
    DocumentSession *session() const { return m_session; }
    PreviewModel *previewModel() const { return m_model; }
    QTableView *previewView() const;
    QAction *deleteRowsAction() const { return m_deleteRowsAction; }

    // Reads the file off the GUI thread; the page shows progress and a Cancel
    // button meanwhile, and the previous document stays until the new one is read.
    void open(const QString &path, const LoadOptions &options = {});
    void cancelLoad();
    // --- Reach hook (step 3; ReachPanel.h) ---
    // Opens bytes downloaded from `directUrl` (OpenUrlDialog) as the document
    // (or, with an empty URL, bytes made in the app, such as failed rows);
    // the reach panel then offers that link while the document is unedited.
    void openDownloaded(const QByteArray &bytes, const QString &name, const QUrl &directUrl,
                        const QString &note = {});
    // Under the preview: makes the current document reachable by URL.
    ReachPanel *reachPanel() const { return m_reachPanel; }
    // --- end Reach hook ---
    // Steps 2 "Check" and 4 "Submit", under the reach panel.
    SubmitPanel *submitPanel() const { return m_submitPanel; }
    bool isLoading() const { return m_watcher != nullptr; }

    void setRecentFiles(const QStringList &files);
    void focusSearch();
    void goToProblem(bool backwards);
    // Selects and shows a cell (document row and column; column -1: the whole
    // row), switching the filters off when they hide it.
    void revealCell(int row, int column);
    void deleteSelectedRows();

    static QString displayName(const QString &path);
    // Remembers the preview's column widths per set of columns
    // (Settings::Key::ViewStates): saved when a document is replaced, and by
    // saveViewStates(); restored when a document with the same columns loads.
    void setRemembersViewStates(bool remember) { m_remembersViewStates = remember; }
    void saveViewStates() const;

Q_SIGNALS:
    void openDialogRequested();
    // A recent file, a sample or Re-read: the window checks for unsaved edits first.
    void openRequested(const QString &path, const invsync::LoadOptions &options);
    void sessionChanged(invsync::DocumentSession *session);
    void loadingChanged(bool loading);
    void loadSucceeded(const QString &path);
    void loadFailed(const QString &path, const QString &error);
    void statusMessage(const QString &message);

private:
    void setState(State state);
    void setSession(DocumentSession *session);
    void onLoadFinished(QFutureWatcher<LoadResult> *watcher);
    void stopWatching();
    void showLoadError(const QString &path, const QString &error);
    void updateSummary();
    void updateSteps();
    void updateFilterStatus();
    void applySearch();
    void clearFilters();
    LoadOptions chosenOptions() const;
    void showOptions(const LoadOptions &options);
    void resizeColumns();
    QString previewColumnsKey() const;
    void onCellEdited(int row, int column);
    void onRowsRemoved(const std::vector<int> &positions);
    void onRowsRestored(const std::vector<int> &positions);

    std::unique_ptr<Ui::UploadPage> m_ui;
    PreviewModel *m_model;
    QAction *m_deleteRowsAction;
    DocumentSession *m_session = nullptr;
    State m_state = State::Empty;

    QFutureWatcher<LoadResult> *m_watcher = nullptr;
    QString m_loadingPath;
    LoadOptions m_loadingOptions;
    QElapsedTimer m_loadClock;
    QTimer m_showLoadingTimer; // small files load without flashing the progress page
    QTimer m_searchTimer;      // typing in the search box does not refilter on every key
    ReachPanel *m_reachPanel;  // Reach hook
    SubmitPanel *m_submitPanel;
    QUrl m_loadingReference;   // Reach hook: the link the loading bytes came from
    QString m_loadingReferenceNote;
    bool m_loadingFromMemory = false; // downloaded or made in the app: no file behind it
    bool m_remembersViewStates = false;
};

} // namespace invsync
