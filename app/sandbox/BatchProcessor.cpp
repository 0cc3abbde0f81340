#include "sandbox/BatchProcessor.h"

#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "sandbox/SandboxState.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

const QString Pending = u"pending"_s;
const QString Processing = u"processing"_s;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// What a spreadsheet user writes for a quantity and why it is refused.
std::optional<qint64> parseQuantity(const QString &text, QString *reason)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *reason = u"Quantity is empty"_s;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (!ok) {
        *reason = u"Invalid quantity \"%1\": expected a whole number"_s.arg(text);
        return std::nullopt;
    }
    if (value < 0) {
        *reason = u"Invalid quantity %1: it cannot be negative"_s.arg(value);
        return std::nullopt;
    }
    if (value > std::numeric_limits<qint32>::max()) {
        *reason = u"Invalid quantity %1: it is larger than %2"_s.arg(value).arg(
            std::numeric_limits<qint32>::max());
        return std::nullopt;
    }
    return value;
}

} // namespace

BatchProcessor::BatchProcessor(SandboxState *state, const SandboxConfig &config, QObject *parent)
    : QObject(parent), m_state(state), m_config(config), m_network(new QNetworkAccessManager(this))
{
    // ShipHero fetches the file anonymously: no cookies, no cached credentials.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

BatchProcessor::~BatchProcessor()
{
    stopAll();
}

void BatchProcessor::start(int batchId)
{
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch || batch->isFinished() || m_jobs.contains(batchId))
        return;
    m_jobs.insert(batchId, {});
    if (batch->rowsLoaded) {
        beginRows(batchId);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, batchId] { download(batchId); });
    m_jobs[batchId].timer = timer;
    timer->start(std::max(0, m_config.pendingDelayMs));
}

bool BatchProcessor::abort(int batchId, const QString &reason, QString *error)
{
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch) {
        *error = u"Inventory sync batch not found"_s;
        return false;
    }
    if (batch->isFinished()) {
        *error = u"The batch already finished with status \"%1\"; only a pending or processing "
                 u"batch can be aborted"_s.arg(batch->status);
        return false;
    }
    endJob(batchId);
    batch = m_state->batch(batchId);
    batch->status = u"aborted"_s;
    batch->error = reason.isEmpty() ? u"Aborted"_s : reason;
    batch->updatedAt = now();
    // The row that was about to run goes back to waiting: nothing more runs.
    for (SandboxRow &row : batch->rows) {
        if (row.status == Processing)
            row.status = Pending;
    }
    Q_EMIT batchChanged(batchId);
    Q_EMIT batchFinished(batchId);
    return true;
}

void BatchProcessor::stopAll()
{
    const QList<int> ids = m_jobs.keys();
    for (int id : ids)
        endJob(id);
}

void BatchProcessor::endJob(int batchId)
{
    const Job job = m_jobs.take(batchId);
    if (job.reply) {
        job.reply->disconnect(this);
        job.reply->abort();
        job.reply->deleteLater();
    }
    if (job.timer) {
        job.timer->stop();
        job.timer->deleteLater();
    }
}

void BatchProcessor::download(int batchId)
{
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch || !m_jobs.contains(batchId))
        return;
    if (m_jobs[batchId].timer)
        m_jobs[batchId].timer->deleteLater();

    const QUrl url(batch->url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_config.downloadTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"InvSync-Sandbox/1"_s);
    QNetworkReply *reply = m_network->get(request);
    m_jobs[batchId].reply = reply;
    const qint64 limit = m_config.maxDownloadBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, batchId, reply, limit](qint64 done, qint64) {
                if (done > limit) {
                    reply->disconnect(this);
                    reply->abort();
                    reply->deleteLater();
                    m_jobs[batchId].reply = nullptr;
                    fail(batchId, u"The file is larger than %1 bytes"_s.arg(limit));
                }
            });
    // A server that asks for credentials gets none: the file must be public.
    connect(reply, &QNetworkReply::finished, this,
            [this, batchId, reply] { onDownloaded(batchId, reply); });
}

void BatchProcessor::onDownloaded(int batchId, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_jobs.contains(batchId))
        return;
    m_jobs[batchId].reply = nullptr;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        QString why = reply->errorString();
        if (httpStatus)
            why = u"HTTP %1"_s.arg(httpStatus);
        fail(batchId,
             u"Could not download the file from %1: %2"_s.arg(
                 reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), why));
        return;
    }
    const Parsed parsed = parseCsv(
        reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1());
    if (!parsed.error.isEmpty()) {
        fail(batchId, parsed.error);
        return;
    }
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch)
        return;
    const QDateTime time = now();
    int rowNumber = 0;
    batch->rows.clear();
    batch->rows.reserve(parsed.rows.size());
    for (const Parsed::Row &source : parsed.rows) {
        SandboxRow row;
        row.legacyId = m_state->nextRowId++;
        row.row = ++rowNumber;
        row.sku = source.sku;
        QString ignored;
        row.quantity = parseQuantity(source.quantity, &ignored);
        row.quantityText = source.quantity;
        row.action = source.action;
        row.reason = source.reason;
        row.location = source.location;
        row.createdAt = time;
        row.updatedAt = time;
        batch->rows.append(row);
    }
    batch->rowsLoaded = true;
    beginRows(batchId);
}

BatchProcessor::Parsed BatchProcessor::parseCsv(const QByteArray &bytes,
                                                const QByteArray &contentType)
{
    Parsed parsed;
    if (bytes.trimmed().isEmpty()) {
        parsed.error = u"The file is empty"_s;
        return parsed;
    }
    const EncodingGuess guess = detectEncoding(bytes);
    const QByteArray utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength);
    const QByteArray start = utf8.left(512).trimmed().toLower();
    const QByteArray type = contentType.toLower();
    if (utf8.contains('\0') || start.startsWith('<') || start.startsWith('{') ||
        start.startsWith('[') || type.contains("html") || type.contains("json") ||
        type.startsWith("image/")) {
        parsed.error = u"The file is not a CSV file (content type \"%1\")"_s.arg(
            contentType.isEmpty() ? u"unknown"_s : QString::fromLatin1(contentType));
        return parsed;
    }
    const CsvReadResult result = CsvReader(detectDelimiter(utf8)).read(utf8);
    if (result.unterminatedQuote) {
        parsed.error = u"The file is not valid CSV: the quoted field opened on line %1 never "
                       u"closes"_s.arg(result.unterminatedLine);
        return parsed;
    }
    const CsvTable &table = result.table;
    if (table.recordCount() == 0) {
        parsed.error = u"The file is empty"_s;
        return parsed;
    }
    QHash<QString, qsizetype> columns;
    for (qsizetype c = 0; c < table.fieldCount(0); ++c) {
        QString name = QString::fromUtf8(table.field(0, c)).trimmed().toLower();
        if (name == u"#sku")
            name = u"sku"_s;
        if (!columns.contains(name))
            columns.insert(name, c);
    }
    QStringList missing;
    for (const QString &required : {u"sku"_s, u"quantity"_s, u"action"_s}) {
        if (!columns.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty()) {
        parsed.error =
            u"The file lacks the column(s) %1; expected the columns sku, quantity, "
            u"action, reason and, with dynamic slotting, location"_s.arg(missing.join(u", "_s));
        return parsed;
    }
    auto cell = [&table, &columns](qsizetype record, const QString &name) {
        const qsizetype c = columns.value(name, -1);
        if (c < 0 || c >= table.fieldCount(record))
            return QString();
        return QString::fromUtf8(table.field(record, c));
    };
    for (qsizetype r = 1; r < table.recordCount(); ++r) {
        parsed.rows.append({cell(r, u"sku"_s), cell(r, u"quantity"_s), cell(r, u"action"_s),
                            cell(r, u"reason"_s), cell(r, u"location"_s)});
    }
    return parsed;
}

void BatchProcessor::beginRows(int batchId)
{
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch)
        return;
    batch->status = Processing;
    batch->updatedAt = now();
    Q_EMIT batchChanged(batchId);
    if (batch->finishedCount >= batch->rows.size()) {
        finish(*batch);
        return;
    }
    batch->rows[batch->finishedCount].status = Processing;

    const double rate = std::max(0.01, m_config.rowsPerSecond);
    const int interval = rate >= 1000 ? 1 : int(std::lround(1000.0 / rate));
    auto *timer = new QTimer(this);
    timer->setInterval(interval);
    connect(timer, &QTimer::timeout, this, [this, batchId] { processSome(batchId); });
    m_jobs[batchId].timer = timer;
    timer->start();
}

void BatchProcessor::processSome(int batchId)
{
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch || !m_jobs.contains(batchId))
        return;
    const double rate = std::max(0.01, m_config.rowsPerSecond);
    const int perTick = rate >= 1000 ? int(std::ceil(rate / 1000.0)) : 1;
    for (int i = 0; i < perTick && batch->finishedCount < batch->rows.size(); ++i)
        applyRow(*batch, batch->finishedCount);
    batch->updatedAt = now();
    if (batch->finishedCount >= batch->rows.size()) {
        finish(*batch);
        return;
    }
    batch->rows[batch->finishedCount].status = Processing;
    Q_EMIT batchChanged(batchId);
}

void BatchProcessor::applyRow(SandboxBatch &batch, int index)
{
    SandboxRow &row = batch.rows[index];
    row.updatedAt = now();
    ++batch.finishedCount;

    auto failRow = [&batch, &row](const QString &status, const QString &error) {
        row.status = status;
        row.error = error;
        ++batch.errorCount;
    };

    const SandboxWarehouse *warehouse = m_state->warehouse(batch.warehouseLegacyId);
    SandboxProduct *product =
        m_state->product(batch.warehouseLegacyId, batch.customerLegacyId, row.sku);
    if (row.sku.trimmed().isEmpty()) {
        failRow(u"error_unknown"_s, u"The sku is empty"_s);
        return;
    }
    if (!warehouse || !product || !product->active) {
        failRow(u"error_not_found"_s, u"Product was not found"_s);
        return;
    }
    if (!row.quantity) {
        QString reason;
        parseQuantity(row.quantityText, &reason);
        failRow(u"error_unknown"_s, reason);
        return;
    }
    if (row.action.trimmed().compare(u"replace", Qt::CaseInsensitive) != 0) {
        failRow(u"error_unknown"_s,
                row.action.trimmed().isEmpty()
                    ? u"The action is empty; only \"replace\" is supported"_s
                    : u"Invalid action \"%1\": only \"replace\" is supported"_s.arg(row.action));
        return;
    }
    if (warehouse->dynamicSlotting) {
        const QString location =
            row.location.trimmed().isEmpty() ? u"Unassigned"_s : row.location.trimmed();
        product->locations.insert(location, *row.quantity);
    } else {
        product->onHand = *row.quantity;
    }
    // As ShipHero echoes it for applied rows.
    row.action = u"change"_s;
    row.status = u"success"_s;
    ++batch.successCount;
}

void BatchProcessor::finish(SandboxBatch &batch)
{
    const int id = batch.legacyId;
    const int total = int(batch.rows.size());
    if (batch.errorCount == 0) {
        batch.status = u"success"_s;
        batch.error.clear();
    } else {
        batch.status = batch.errorCount == total ? u"error_all"_s : u"error_partial"_s;
        batch.error = u"error in %1 out of %2 rows"_s.arg(batch.errorCount).arg(total);
    }
    batch.updatedAt = now();
    endJob(id);
    Q_EMIT batchChanged(id);
    Q_EMIT batchFinished(id);
}

void BatchProcessor::fail(int batchId, const QString &error)
{
    endJob(batchId);
    SandboxBatch *batch = m_state->batch(batchId);
    if (!batch)
        return;
    batch->status = u"error_unknown"_s;
    batch->error = error;
    batch->updatedAt = now();
    Q_EMIT batchChanged(batchId);
    Q_EMIT batchFinished(batchId);
}

} // namespace invsync
