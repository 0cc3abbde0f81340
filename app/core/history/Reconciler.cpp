#include "history/Reconciler.h"

#include "api/ShipHeroApi.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace invsync {

void ReconcileReply::finish(const ReconcileResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void ReconcileReply::setLookup(BatchesReply *lookup)
{
    m_lookup = lookup;
}

void ReconcileReply::abortWork()
{
    if (auto *lookup = qobject_cast<AsyncReply *>(m_lookup.data()))
        lookup->cancel();
}

struct Reconciler::Run
{
    QList<BatchRecord> pending;
    QSet<QString> claimed; // sync ids already recorded, by history or by this run
    ReconcileResult result;
};

Reconciler::Reconciler(HistoryStore *store, BatchLookup lookup, QObject *parent)
    : QObject(parent), m_store(store), m_lookup(std::move(lookup))
{
}

Reconciler::BatchLookup Reconciler::apiLookup(ShipHeroApi *api)
{
    return [api](const QString &, const QString &warehouseId, const QString &customerAccountId,
                 const QDateTime &) {
        BatchesQuery query;
        query.warehouseId = warehouseId;
        query.customerAccountId = customerAccountId;
        // Newest first: an interrupted batch is among the last few hundred.
        query.pageSize = 100;
        query.allPages = true;
        query.limit = 200;
        return api->batches(query);
    };
}

ReconcileReply *Reconciler::reconcile()
{
    auto *reply = new ReconcileReply(this);
    auto run = std::make_shared<Run>();
    run->pending = m_store->batchesIn(SendState::Sending);
    if (!m_connection.isEmpty()) {
        run->pending.removeIf([this](const BatchRecord &record) {
            const std::optional<UploadRecord> upload = m_store->upload(record.uploadId);
            return !upload || upload->connection != m_connection;
        });
    }
    const QStringList known = m_store->knownSyncIds();
    run->claimed = QSet<QString>(known.begin(), known.end());
    next(reply, run);
    return reply;
}

void Reconciler::next(ReconcileReply *reply, std::shared_ptr<Run> run)
{
    if (reply->isFinished())
        return;
    if (run->pending.isEmpty()) {
        ReconcileResult &r = run->result;
        if (r.adopted || r.notStarted || r.unresolved) {
            QStringList parts;
            if (r.adopted)
                parts.append(tr("%n interrupted submission(s) had started and are now tracked.", "",
                                r.adopted));
            if (r.notStarted)
                parts.append(tr("%n interrupted submission(s) had not started; the file(s) can "
                                "be sent again.",
                                "", r.notStarted));
            if (r.unresolved)
                parts.append(tr("%n interrupted submission(s) could not be checked yet; InvSync "
                                "will ask again at the next start.",
                                "", r.unresolved));
            r.message = parts.join(u' ');
        }
        reply->finish(r);
        return;
    }
    const BatchRecord record = run->pending.takeFirst();
    const std::optional<UploadRecord> upload = m_store->upload(record.uploadId);
    if (!upload || record.url.isEmpty()) {
        // Nothing to look for: without a URL the mutation cannot have been sent.
        m_store->failBatch(record.id, tr("The submission was interrupted before it was sent."));
        ++run->result.notStarted;
        if (const auto now = m_store->batch(record.id))
            run->result.batches.append(*now);
        next(reply, run);
        return;
    }
    const QDateTime since = record.submittedAt.addSecs(-m_slackSeconds);
    BatchesReply *lookup =
        m_lookup(record.url, upload->warehouseId, upload->customerAccountId, since);
    reply->setLookup(lookup);
    connect(lookup, &BatchesReply::finished, reply,
            [this, reply, run, record, since, upload](const BatchesResult &found) {
                if (!found.ok()) {
                    ++run->result.unresolved;
                    run->result.batches.append(record);
                    next(reply, run);
                    return;
                }
                // The oldest unclaimed match: two interrupted sends of one URL
                // each get their own batch, in the order they were sent.
                QList<Batch> candidates;
                for (const Batch &b : found.batches) {
                    if (b.url == record.url && b.warehouseId == upload->warehouseId &&
                        (!b.createdAt.isValid() || b.createdAt >= since) &&
                        !run->claimed.contains(b.id))
                        candidates.append(b);
                }
                std::sort(candidates.begin(), candidates.end(),
                          [](const Batch &a, const Batch &b) { return a.createdAt < b.createdAt; });
                if (candidates.isEmpty()) {
                    m_store->failBatch(record.id,
                                       tr("The submission was interrupted and the service has "
                                          "no batch for it: it did not start."));
                    ++run->result.notStarted;
                } else {
                    const Batch &batch = candidates.first();
                    run->claimed.insert(batch.id);
                    m_store->completeBatch(record.id, batch.id, true);
                    m_store->updateStatus(batch);
                    ++run->result.adopted;
                }
                if (const auto now = m_store->batch(record.id))
                    run->result.batches.append(*now);
                next(reply, run);
            });
}

} // namespace invsync
