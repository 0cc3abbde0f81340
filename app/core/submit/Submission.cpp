#include "submit/Submission.h"

#include "api/ShipHeroApi.h"
#include "history/HistoryStore.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// toCsv(first, count) without its header line.
QByteArray withoutHeader(const QByteArray &csv)
{
    const qsizetype newline = csv.indexOf('\n');
    return newline < 0 ? QByteArray() : csv.mid(newline + 1);
}

} // namespace

int SubmissionPlan::errorRowCount(const InventoryDocument &document)
{
    int count = 0;
    for (int row = 0; row < document.rowCount(); ++row) {
        if (document.rowSeverity(row) == Severity::Error)
            ++count;
    }
    return count;
}

SubmissionPlan SubmissionPlan::make(const InventoryDocument &document, bool leaveOutErrorRows,
                                    int maxRows)
{
    SubmissionPlan plan;
    for (const Issue &issue : document.fileIssues()) {
        if (issue.severity == Severity::Error) {
            plan.error = tr("The file cannot be sent: %1").arg(issue.message);
            return plan;
        }
    }
    const int errorRows = errorRowCount(document);
    if (errorRows > 0 && !leaveOutErrorRows) {
        plan.error = tr("%n row(s) have errors: fix them, or leave them out.", nullptr, errorRows);
        return plan;
    }
    if (errorRows == 0) {
        plan.parts = BatchSplitter::split(document, maxRows);
        plan.csv = document.toCsv();
        plan.rows = document.rowCount();
    } else {
        // The runs of rows without errors, as one file, read again as a
        // document so that the splitter keeps rows of one SKU together.
        QByteArray csv;
        int row = 0;
        while (row < document.rowCount()) {
            if (document.rowSeverity(row) == Severity::Error) {
                ++row;
                continue;
            }
            const int first = row;
            while (row < document.rowCount() && document.rowSeverity(row) != Severity::Error)
                ++row;
            const QByteArray run = document.toCsv(first, row - first);
            csv += csv.isEmpty() ? run : withoutHeader(run);
        }
        plan.leftOut = errorRows;
        if (csv.isEmpty()) {
            plan.error = tr("Every row has an error: nothing is left to send.");
            return plan;
        }
        LoadOptions options;
        options.encoding = TextEncoding::Utf8;
        options.delimiter = ',';
        const LoadResult loaded =
            DocumentLoader::loadBytes(csv, document.source().fileName, options);
        if (!loaded.document) {
            plan.error = loaded.error;
            return plan;
        }
        plan.parts = BatchSplitter::split(*loaded.document, maxRows);
        plan.csv = csv;
        plan.rows = loaded.document->rowCount();
    }
    if (plan.parts.isEmpty())
        plan.error = tr("The file has no rows to send.");
    return plan;
}

Submission::Submission(ShipHeroApi *api, HistoryStore *history, Publisher publisher,
                       QObject *parent)
    : QObject(parent), m_api(api), m_history(history), m_publisher(std::move(publisher))
{
}

Submission::~Submission()
{
    if (m_statusReply)
        m_statusReply->cancel();
    // A submit reply still under way is left to finish on its own: its
    // record stays "sending" and the Reconciler settles it at the next start.
}

QString Submission::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Hosting:
        return tr("making the file reachable");
    case Stage::Submitting:
        return tr("starting the batch");
    case Stage::Status:
        return tr("asking for its first status");
    case Stage::Done:
        return tr("started");
    case Stage::Failed:
        return tr("failed");
    }
    return {};
}

void Submission::start(const SubmissionRequest &request)
{
    m_request = request;
    m_result = SubmissionResult();
    m_part = 0;
    m_cancelRequested = false;
    m_running = true;
    ++m_generation;
    if (!request.plan.ok()) {
        finish(false,
               request.plan.error.isEmpty() ? tr("There is nothing to send.") : request.plan.error);
        return;
    }
    if (!m_history || !m_history->isOpen()) {
        // Never send what could not be recorded: a started batch must not be unknown.
        finish(false, tr("The upload history is not available, so nothing was sent."));
        return;
    }
    UploadRecord upload;
    upload.fileName = request.fileName;
    upload.sha256 = HistoryStore::sha256Hex(request.plan.csv);
    upload.rows = request.plan.rows;
    upload.warehouseId = request.warehouseId;
    upload.customerAccountId = request.customerAccountId;
    upload.connection = request.connection;
    upload.hostingMethod = request.hostingMethod;
    m_result.uploadId = m_history->addUpload(upload);
    if (m_result.uploadId == 0) {
        finish(false, tr("The upload could not be recorded in the history (%1), so nothing was "
                         "sent.")
                          .arg(m_history->lastError()));
        return;
    }
    // Queued, like every later step: finished() never comes from inside start()
    // once the upload is recorded.
    QMetaObject::invokeMethod(this, &Submission::next, Qt::QueuedConnection);
}

bool Submission::cancel()
{
    if (!m_running)
        return true;
    if (m_mutationInFlight) {
        m_cancelRequested = true;
        return false;
    }
    if (m_statusReply)
        m_statusReply->cancel();
    finishCancelled();
    return true;
}

void Submission::finishCancelled()
{
    m_result.cancelled = true;
    finish(false, tr("Cancelled: %Ln of %1 batch(es) were started.", nullptr, m_result.partsSent)
                      .arg(partCount()));
}

void Submission::next()
{
    if (!m_running)
        return;
    if (m_part >= partCount()) {
        finish(true);
        return;
    }
    if (m_cancelRequested) {
        finishCancelled();
        return;
    }
    Q_EMIT stageChanged(m_part, Stage::Hosting);
    const CsvBatch &part = m_request.plan.parts.at(m_part);
    QString name = QFileInfo(m_request.fileName).completeBaseName();
    if (name.isEmpty())
        name = u"inventory"_s;
    if (partCount() > 1)
        name += u"-part-%1-of-%2"_s.arg(m_part + 1).arg(partCount());
    name += u".csv"_s;
    const int generation = m_generation;
    QPointer<Submission> self(this);
    m_publisher(part.csv, name, [self, generation](const PublishResult &published) {
        if (!self || self->m_generation != generation || !self->m_running)
            return;
        // Asynchronous from here on, whether the publisher answered now or later.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, published] {
                if (self && self->m_generation == generation && self->m_running)
                    self->onPublished(published);
            },
            Qt::QueuedConnection);
    });
}

void Submission::onPublished(const PublishResult &published)
{
    if (m_cancelRequested) {
        finishCancelled();
        return;
    }
    if (!published.error.isEmpty() || !published.url.isValid()) {
        finish(false, published.error.isEmpty() ? tr("The file could not be made reachable.")
                                                : published.error);
        return;
    }
    const CsvBatch &part = m_request.plan.parts.at(m_part);
    m_url = published.url.toString(QUrl::FullyEncoded);
    // Recorded before the mutation: a crash from here on leaves a "sending"
    // record that the Reconciler settles.
    m_record = m_history->beginBatch(m_result.uploadId, m_part, m_url, part.csv, part.firstRow,
                                     part.rowCount);
    if (m_record == 0) {
        finish(false, tr("Batch %1 could not be recorded in the history (%2), so it was not "
                         "sent.")
                          .arg(m_part + 1)
                          .arg(m_history->lastError()));
        return;
    }
    SubmitRequest request;
    request.url = m_url;
    request.warehouseId = m_request.warehouseId;
    request.customerAccountId = m_request.customerAccountId;
    request.knownSyncIds = m_history->knownSyncIds();
    // From here the mutation counts as sent: a cancel from a slot of
    // stageChanged only stops the upload after it.
    m_mutationInFlight = true;
    Q_EMIT stageChanged(m_part, Stage::Submitting);
    m_submitReply = m_api->submit(request);
    connect(m_submitReply, &SubmitReply::finished, this, &Submission::onSubmitted);
}

void Submission::onSubmitted(const SubmitResult &result)
{
    m_mutationInFlight = false;
    if (!result.ok()) {
        const QString message = tr("Batch %1 of %2 was not started: %3")
                                    .arg(m_part + 1)
                                    .arg(partCount())
                                    .arg(result.error.message);
        // A lost answer may still have started a batch: the record stays
        // "sending" until the Reconciler finds out.
        if (result.error.kind != ApiError::Kind::Ambiguous)
            m_history->failBatch(m_record, result.error.message);
        Q_EMIT stageChanged(m_part, Stage::Failed);
        finish(false, message);
        return;
    }
    m_history->completeBatch(m_record, result.syncId, result.adopted);
    m_result.syncIds.append(result.syncId);
    ++m_result.partsSent;
    Q_EMIT batchStarted(m_part, result.syncId);
    Q_EMIT stageChanged(m_part, Stage::Status);
    m_statusReply = m_api->batch(result.syncId);
    connect(m_statusReply, &BatchReply::finished, this, &Submission::onStatus);
}

void Submission::onStatus(const BatchResult &result)
{
    if (result.ok()) {
        m_history->updateStatus(result.batch);
        m_result.batches.append(result.batch);
        Q_EMIT batchStatus(m_part, result.batch);
    }
    // No status yet is no failure: the batch was started and the Batches
    // page will follow it.
    Q_EMIT stageChanged(m_part, Stage::Done);
    ++m_part;
    next();
}

void Submission::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_mutationInFlight = false;
    ++m_generation;
    m_result.ok = ok;
    m_result.error = error;
    const SubmissionResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace invsync
