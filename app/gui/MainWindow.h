#pragma once

#include "gui/DialogProvider.h"
#include "inventory/DocumentLoader.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMimeData;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace invsync {

class BatchesPage;
class DocumentSession;
class ProblemsModel;
class UploadPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a provider the real Qt dialogs are used; tests pass their own.
    explicit MainWindow(std::unique_ptr<DialogProvider> dialogs = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    UploadPage *uploadPage() const { return m_uploadPage; }
    BatchesPage *batchesPage() const { return m_batchesPage; }
    DialogProvider *dialogs() const { return m_dialogs.get(); }

    // Shows which ShipHero endpoint the app talks to in the status bar;
    // an empty url says the connection could not be made.
    void setConnection(const QString &name, const QUrl &url, const QString &problem = {});

    // Open… asks for a file; openFile opens one. Both ask first when the
    // current document has unsaved edits.
    void open();
    void openFile(const QString &path, const LoadOptions &options = {});
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Page { Upload, Batches };

    void showPage(Page page);
    bool maybeKeepEdits(); // false: the user cancelled
    void onSessionChanged(DocumentSession *session);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void revealProblem(const QModelIndex &index);
    QString droppedCsv(const QMimeData *mime, QString *refusal) const;
    void showAbout();
    QString saveDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DialogProvider> m_dialogs;
    UploadPage *m_uploadPage;
    BatchesPage *m_batchesPage;
    ProblemsModel *m_problemsModel;
    QUndoGroup *m_undoGroup;
    QLabel *m_connectionStatus;
    QLabel *m_fileStatus;
    QLabel *m_rowsStatus;
    QLabel *m_problemsStatus;
    bool m_problemsPanelWanted = true; // restored when coming back to the Upload page
};

} // namespace invsync
