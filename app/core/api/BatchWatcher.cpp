#include "api/BatchWatcher.h"

#include "api/ShipHeroApi.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// Room on the running page for batches started since the last poll.
constexpr int NewBatchSlack = 5;
// The newest page read while all batches are finished.
constexpr int NewestPageSize = 10;

} // namespace

BatchWatcher::BatchWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BatchWatcher::poll);
}

BatchWatcher::~BatchWatcher()
{
    if (m_reply)
        m_reply->cancel();
}

void BatchWatcher::setApi(ShipHeroApi *api)
{
    if (m_api == api)
        return;
    if (m_reply)
        m_reply->cancel();
    m_reply = nullptr;
    m_timer.stop();
    m_busy = false;
    m_loaded = false;
    m_batches.clear();
    m_api = api;
    if (m_api && !m_paused)
        start();
}

void BatchWatcher::setIntervals(int activeMs, int idleMs)
{
    m_activeMs = std::max(100, activeMs);
    m_idleMs = std::max(m_activeMs, idleMs);
    if (m_timer.isActive())
        schedule();
}

void BatchWatcher::pause()
{
    m_paused = true;
    m_timer.stop();
}

void BatchWatcher::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_api || m_busy)
        return;
    const qint64 age = m_lastRefresh.isValid()
                           ? m_lastRefresh.msecsTo(QDateTime::currentDateTimeUtc())
                           : std::numeric_limits<qint64>::max();
    const int interval = anyRunning() ? m_activeMs : m_idleMs;
    if (!m_loaded || age >= interval)
        poll();
    else
        m_timer.start(int(interval - age));
}

void BatchWatcher::refreshNow()
{
    if (!m_api)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_timer.stop();
    poll();
}

void BatchWatcher::follow(const QString &syncId)
{
    if (syncId.isEmpty())
        return;
    if (!contains(syncId)) {
        Batch started;
        started.id = syncId;
        started.status = QStringLiteral("pending");
        noteBatch(started);
    }
    refreshNow();
}

void BatchWatcher::noteBatch(const Batch &batch)
{
    if (batch.id.isEmpty())
        return;
    QList<Batch> changed;
    merge({batch}, changed);
    if (!changed.isEmpty())
        Q_EMIT batchesChanged(changed);
    if (!m_busy && !m_paused && m_api)
        schedule();
}

QList<Batch> BatchWatcher::batches() const
{
    QList<Batch> all = m_batches.values();
    std::sort(all.begin(), all.end(), [](const Batch &a, const Batch &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return all;
}

Batch BatchWatcher::batch(const QString &syncId) const
{
    return m_batches.value(syncId);
}

bool BatchWatcher::anyRunning() const
{
    return std::any_of(m_batches.cbegin(), m_batches.cend(),
                       [](const Batch &b) { return b.isRunning(); });
}

void BatchWatcher::start()
{
    poll();
}

void BatchWatcher::schedule()
{
    if (m_paused || !m_api)
        return;
    m_timer.start(anyRunning() ? m_activeMs : m_idleMs);
}

void BatchWatcher::poll()
{
    if (!m_api || m_busy)
        return;
    m_busy = true;
    m_again = false;
    if (!m_loaded)
        loadAll();
    else if (anyRunning())
        pollRunning();
    else
        pollNewest();
}

void BatchWatcher::track(ApiReply *reply)
{
    m_reply = reply;
}

void BatchWatcher::loadAll()
{
    BatchesQuery query;
    query.allPages = true;
    query.priority = CreditBucket::Priority::Background;
    BatchesReply *reply = m_api->batches(query);
    track(reply);
    connect(reply, &BatchesReply::finished, this, [this](const BatchesResult &result) {
        QList<Batch> changed;
        if (result.ok()) {
            merge(result.batches, changed);
            m_loaded = true;
        }
        done(changed, result.error);
    });
}

void BatchWatcher::pollRunning()
{
    QStringList running;
    for (const Batch &b : std::as_const(m_batches)) {
        if (b.isRunning())
            running.append(b.id);
    }
    BatchesQuery query;
    query.status = u"pending,processing"_s;
    query.pageSize = std::min(100, int(running.size()) + NewBatchSlack);
    query.allPages = true;
    query.priority = CreditBucket::Priority::Background;
    BatchesReply *reply = m_api->batches(query);
    track(reply);
    connect(reply, &BatchesReply::finished, this, [this, running](const BatchesResult &result) {
        QList<Batch> changed;
        if (!result.ok()) {
            done(changed, result.error);
            return;
        }
        merge(result.batches, changed);
        // Those that left the running list finished: one credit each for
        // their final counts.
        QSet<QString> stillRunning;
        for (const Batch &b : result.batches)
            stillRunning.insert(b.id);
        QStringList finished;
        for (const QString &id : running) {
            if (!stillRunning.contains(id))
                finished.append(id);
        }
        checkOne(finished, changed);
    });
}

void BatchWatcher::checkOne(const QStringList &syncIds, QList<Batch> changed)
{
    if (syncIds.isEmpty()) {
        done(changed, {});
        return;
    }
    BatchReply *reply = m_api->batch(syncIds.first(), CreditBucket::Priority::Background);
    track(reply);
    connect(reply, &BatchReply::finished, this,
            [this, syncIds, changed](const BatchResult &result) mutable {
                if (result.ok())
                    merge({result.batch}, changed);
                else if (result.error.kind != ApiError::Kind::NotFound) {
                    done(changed, result.error);
                    return;
                }
                checkOne(syncIds.mid(1), changed);
            });
}

void BatchWatcher::pollNewest()
{
    BatchesQuery query;
    query.pageSize = NewestPageSize;
    query.priority = CreditBucket::Priority::Background;
    BatchesReply *reply = m_api->batches(query);
    track(reply);
    connect(reply, &BatchesReply::finished, this, [this](const BatchesResult &result) {
        QList<Batch> changed;
        if (!result.ok()) {
            done(changed, result.error);
            return;
        }
        const bool allNew = result.page.hasNextPage &&
                            std::none_of(result.batches.cbegin(), result.batches.cend(),
                                         [this](const Batch &b) { return contains(b.id); });
        merge(result.batches, changed);
        // More new batches than one page: read them all next time.
        if (allNew) {
            m_loaded = false;
            m_again = true;
        }
        done(changed, {});
    });
}

void BatchWatcher::merge(const QList<Batch> &fetched, QList<Batch> &changed)
{
    for (const Batch &b : fetched) {
        auto it = m_batches.find(b.id);
        if (it != m_batches.end() && *it == b)
            continue;
        // An older answer never takes back a newer state (an abort's reply
        // may arrive before a poll that was sent earlier).
        if (it != m_batches.end() && it->updatedAt.isValid() && b.updatedAt.isValid() &&
            b.updatedAt < it->updatedAt)
            continue;
        m_batches.insert(b.id, b);
        changed.erase(std::remove_if(changed.begin(), changed.end(),
                                     [&](const Batch &c) { return c.id == b.id; }),
                      changed.end());
        changed.append(b);
    }
}

void BatchWatcher::done(const QList<Batch> &changed, const ApiError &error)
{
    m_busy = false;
    m_reply = nullptr;
    if (!changed.isEmpty())
        Q_EMIT batchesChanged(changed);
    if (error.ok() || error.kind == ApiError::Kind::Cancelled) {
        if (error.ok()) {
            m_lastRefresh = QDateTime::currentDateTimeUtc();
            Q_EMIT refreshed(m_lastRefresh);
        }
    } else {
        Q_EMIT refreshFailed(error);
    }
    if (m_again && !m_paused) {
        m_again = false;
        poll();
        return;
    }
    schedule();
}

} // namespace invsync
