#pragma once

#include "api/ApiTypes.h"
#include "api/ShipHeroApi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace invsync {

class ApiReply;
class ShipHeroApi;

// Keeps the account's batches current at a small credit cost. The first
// refresh reads every batch; later ones ask only for what may have changed:
// while a batch runs, the running ones (one page, about one credit per batch)
// and, for a batch that left that list, its own status (one credit); when all
// are finished, only the newest page, to notice batches started elsewhere.
// Every poll is sent with background priority, so it yields to the user's own
// requests when credits run low.
class BatchWatcher : public QObject
{
    Q_OBJECT

public:
    explicit BatchWatcher(QObject *parent = nullptr);
    ~BatchWatcher() override;

    void setApi(ShipHeroApi *api); // starts watching; nullptr stops
    ShipHeroApi *api() const { return m_api; }

    // How often to poll while a batch runs, and when none does.
    void setIntervals(int activeMs, int idleMs);
    int activeIntervalMs() const { return m_activeMs; }
    int idleIntervalMs() const { return m_idleMs; }

    // Paused while nobody looks (the window is minimized); resume refreshes
    // at once when the last refresh is older than the interval.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // Refreshes now (F5), or right after the refresh under way.
    void refreshNow();
    bool isRefreshing() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }

    // A batch learned elsewhere (e.g. the reply of an abort), taken as current.
    void noteBatch(const Batch &batch);
    // A batch just started here: followed to its end even when it finishes
    // before a poll sees it running (short batches, throttled polls), which a
    // refresh alone would miss once it is older than the newest page read.
    void follow(const QString &syncId);

    QList<Batch> batches() const; // newest first
    Batch batch(const QString &syncId) const;
    bool contains(const QString &syncId) const { return m_batches.contains(syncId); }
    bool anyRunning() const;
    QDateTime lastRefresh() const { return m_lastRefresh; }

Q_SIGNALS:
    // New batches and batches that changed, after each refresh.
    void batchesChanged(const QList<invsync::Batch> &changed);
    void refreshed(const QDateTime &at);
    void refreshFailed(const invsync::ApiError &error);

private:
    void start();
    void schedule();
    void poll();
    void loadAll();
    void pollRunning();
    void pollNewest();
    void checkOne(const QStringList &syncIds, QList<Batch> changed);
    void merge(const QList<Batch> &fetched, QList<Batch> &changed);
    void done(const QList<Batch> &changed, const ApiError &error);
    void track(ApiReply *reply);

    QPointer<ShipHeroApi> m_api;
    QHash<QString, Batch> m_batches;
    QTimer m_timer;
    QPointer<ApiReply> m_reply;
    QDateTime m_lastRefresh;
    int m_activeMs = 2000;
    int m_idleMs = 30000;
    bool m_paused = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_loaded = false;
};

} // namespace invsync
