#pragma once

#include "api/ApiTypes.h"
#include "inventory/BatchSplitter.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace invsync {

class HistoryStore;
class InventoryDocument;
class ShipHeroApi;
class SubmitReply;
class BatchReply;

// What will be sent: the document's rows (those with errors left out when
// asked), cut into parts of at most maxRows rows. Made once, before the
// upload starts, so edits made meanwhile do not change what goes out.
struct SubmissionPlan
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionPlan)

public:
    QList<CsvBatch> parts;
    QByteArray csv;  // every row that will be sent, as one clean file
    int rows = 0;    // rows that will be sent
    int leftOut = 0; // rows with errors left out
    QString error;   // why nothing can be sent, for the user; empty when it can

    bool ok() const { return error.isEmpty() && !parts.isEmpty(); }

    // Errors that concern the whole file (a missing column) can never be left
    // out; row errors block the plan unless leaveOutErrorRows.
    static SubmissionPlan make(const InventoryDocument &document, bool leaveOutErrorRows,
                               int maxRows = BatchSplitter::DefaultMaxRows);
    // Rows whose worst problem is an error.
    static int errorRowCount(const InventoryDocument &document);
};

// Makes a part's bytes reachable by URL (built-in host, S3, ...): calls
// `done` once, now or later, with the URL or a message for the user.
struct PublishResult
{
    QUrl url;
    QString error;
};
using Publisher = std::function<void(const QByteArray &bytes, const QString &fileName,
                                     std::function<void(const PublishResult &)> done)>;

struct SubmissionRequest
{
    SubmissionPlan plan;
    QString fileName;   // the document's name, for the history and the hosted files
    QString connection; // the connection profile's name
    QString warehouseId;
    QString customerAccountId;
    QString hostingMethod; // "builtin", "s3", "link", ...
};

struct SubmissionResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;        // for the user
    qint64 uploadId = 0;  // in the history; 0 when nothing was recorded
    QStringList syncIds;  // of the batches started, in part order
    QList<Batch> batches; // their first status, where the service told it
    int partsSent = 0;
};

// One upload, widget-free so the command line can reuse it: for each part
// in turn, publish it, record it in the history (before the mutation is
// sent), submit it, complete the record with the sync id (or mark it
// failed) and ask for its first status. Cancel stops before the next
// mutation; a mutation already sent is never abandoned (its answer is
// still recorded). A lost answer leaves the record "sending" for the
// Reconciler.
class Submission : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Hosting, Submitting, Status, Done, Failed };
    Q_ENUM(Stage)

    Submission(ShipHeroApi *api, HistoryStore *history, Publisher publisher,
               QObject *parent = nullptr);
    ~Submission() override;

    void start(const SubmissionRequest &request);
    // True when no mutation was under way: nothing more is sent. False: the
    // current batch's mutation is on its way; the upload stops after it.
    bool cancel();
    bool isRunning() const { return m_running; }
    int partCount() const { return int(m_request.plan.parts.size()); }

    static QString stageText(Stage stage);

Q_SIGNALS:
    void stageChanged(int part, invsync::Submission::Stage stage);
    void batchStarted(int part, const QString &syncId);
    void batchStatus(int part, const invsync::Batch &batch);
    void finished(const invsync::SubmissionResult &result);

private:
    void next();
    void onPublished(const PublishResult &published);
    void onSubmitted(const SubmitResult &result);
    void onStatus(const BatchResult &result);
    void finish(bool ok, const QString &error = {});
    // Stops where it is, saying how many parts were started.
    void finishCancelled();

    ShipHeroApi *m_api;
    HistoryStore *m_history;
    Publisher m_publisher;
    SubmissionRequest m_request;
    SubmissionResult m_result;
    int m_part = 0;
    qint64 m_record = 0;
    QString m_url;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_mutationInFlight = false;
    int m_generation = 0; // callbacks of a finished or cancelled run are ignored
    QPointer<SubmitReply> m_submitReply;
    QPointer<BatchReply> m_statusReply;
};

} // namespace invsync
