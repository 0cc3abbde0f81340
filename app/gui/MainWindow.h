#pragma once

#include "gui/DialogProvider.h"
#include "gui/Notifier.h"
#include "inventory/DocumentLoader.h"

#include <QMainWindow>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QMimeData;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace invsync {

class BatchesPage;
class Connection;
class QuotaReply;
class ConnectionsDialog;
class DocumentSession;
class HistoryStore;
class HostingService;
class ReconcileReply;
class ShipHeroApi;
struct Batch;
struct BatchRow;
class SettingsDialog;
class SignInDialog;
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
    // Tells when a batch started from this computer finishes (a tray message
    // by default); tests pass their own. Clicking it opens the batch.
    void setNotifier(std::unique_ptr<Notifier> notifier);
    Notifier *notifier() const { return m_notifier.get(); }

    // The connection the window shows in its status bar and signs in to
    // (not owned). Without one the Connection menu is disabled.
    void setConnection(Connection *connection);
    Connection *connection() const;
    // Without a Connection: names the endpoint in the status bar; an empty
    // url says the connection could not be made.
    void setConnection(const QString &name, const QUrl &url, const QString &problem = {});

    // The upload history (not owned): every submission is recorded there,
    // unfinished ones are reconciled with the service once signed in, and
    // the Batches page marks and names the batches it knows.
    void setHistory(HistoryStore *history);
    HistoryStore *history() const { return m_history; }

    // Window-modal and non-blocking; `reason` says why the user is asked.
    void openSignIn(const QString &reason = {});
    // `over`: the window the dialog blocks (the Settings dialog when opened from there).
    void openConnections(QWidget *over = nullptr);
    void openHostingSettings(QWidget *over = nullptr);
    // Preferences: connections, hosting, refresh pace, warnings, language, theme.
    void openSettings();
    SettingsDialog *settingsDialog() const;
    SignInDialog *signInDialog() const;
    ConnectionsDialog *connectionsDialog() const;

    enum class MessageKind { Info, Warning };
    // A bar over the page that stays until dismissed; `offerSignIn` adds a Sign In button.
    void showMessageBar(const QString &text, MessageKind kind, bool offerSignIn = false);

    // Open… asks for a file; openFile opens one. Both ask first when the
    // current document has unsaved edits.
    void open();
    void openUrl();
    // Opens the failed rows of a batch as a new document, to fix and send
    // again: the rows as they were sent (from the history) with the
    // service's error beside each.
    void openFailedRows(const invsync::Batch &batch, const QList<invsync::BatchRow> &rows);
    void openFile(const QString &path, const LoadOptions &options = {});
    bool saveAs();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    void updateConnectionStatus();
    void rebuildRecentMenu();
    void revealProblem(const QModelIndex &index);
    QString droppedCsv(const QMimeData *mime, QString *refusal) const;
    void showAbout();
    // Column widths and splitter positions (Settings::Key::ViewStates).
    void saveViewStates() const;
    QString saveDirectory() const;
    void reloadHistory();
    void reconcile();
    void onWatchedBatches(const QList<invsync::Batch> &changed);
    void notifyFinished(const invsync::Batch &batch);
    // Settings::Key::RefreshSeconds to the Batches page's watcher.
    void applyRefreshSeconds();
    void showBatch(const QString &syncId);
    // The failed rows cut from the bytes sent, as a CSV; empty when the
    // batch or its bytes are not in the history (`why` says so).
    QByteArray failedRowsFromHistory(const invsync::Batch &batch,
                                     const QList<invsync::BatchRow> &rows, QString *fileName,
                                     QString *why) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DialogProvider> m_dialogs;
    std::unique_ptr<Notifier> m_notifier;
    // Local batches seen running (or started here): a notification is due
    // when they finish. One already finished when first seen gets none.
    QSet<QString> m_awaitingFinish;
    UploadPage *m_uploadPage;
    BatchesPage *m_batchesPage;
    ProblemsModel *m_problemsModel;
    QUndoGroup *m_undoGroup;
    QAction *m_showUploadAction;
    QAction *m_showBatchesAction;
    QAction *m_submitAction;
    QLabel *m_connectionStatus;
    QLabel *m_creditsStatus;
    QPointer<QuotaReply> m_quotaReply;
    QLabel *m_fileStatus;
    QLabel *m_rowsStatus;
    QLabel *m_problemsStatus;
    QPointer<Connection> m_connection;
    QPointer<HostingService> m_hosting;
    QPointer<ShipHeroApi> m_watchedApi;
    QString m_watchedProfile;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<ConnectionsDialog> m_connectionsDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    HistoryStore *m_history = nullptr;
    QHash<QString, QString> m_historyFileNames; // sync id -> file name
    QPointer<ReconcileReply> m_reconcileReply;
    QSet<QString> m_reconciled; // connection profiles reconciled this run
    bool m_problemsPanelWanted = true; // restored when coming back to the Upload page
};

} // namespace invsync
