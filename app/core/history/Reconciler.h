#pragma once

#include "common/AsyncReply.h"
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace invsync {

class BatchesReply;
class ShipHeroApi;

struct ReconcileResult
{
    int adopted = 0;            // a batch was found and its sync id recorded
    int notStarted = 0;         // the service has no batch for it: marked failed
    int unresolved = 0;         // the service could not be asked: still "sending", tried next time
    QList<BatchRecord> batches; // every record looked at, as it is now
    QString message;            // for the user; empty when there was nothing to do

    bool ok() const { return unresolved == 0; }
};

class ReconcileReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit ReconcileReply(QObject *parent = nullptr) : AsyncReply(parent) {}
    void finish(const ReconcileResult &result);
    void setLookup(BatchesReply *lookup);

Q_SIGNALS:
    void finished(const invsync::ReconcileResult &result);

protected:
    void abortWork() override;

private:
    QPointer<QObject> m_lookup;
};

// Settles, at start, the batches whose submission was interrupted (a crash
// or a lost answer between writing the record and handling the reply): each
// "sending" record is looked for among the service's batches with its URL
// and warehouse created since it was sent. Found: its sync id is recorded
// (adopted). Not there: it was never started and is marked failed. The
// service not answering leaves it "sending" for the next start, so no
// started batch is ever unknown to the app.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    // Asks the service for the batches of a warehouse that may include one
    // with this URL created since `since`; the Reconciler does the matching.
    using BatchLookup =
        std::function<BatchesReply *(const QString &url, const QString &warehouseId,
                                     const QString &customerAccountId, const QDateTime &since)>;

    Reconciler(HistoryStore *store, BatchLookup lookup, QObject *parent = nullptr);

    // The lookup through ShipHeroApi::batches (newest first).
    static BatchLookup apiLookup(ShipHeroApi *api);

    // Only the records made through this connection (a profile id): another
    // service would not know the others and they would be marked not started.
    // Empty: every record.
    void setConnection(const QString &connection) { m_connection = connection; }

    ReconcileReply *reconcile();

    // How long before the record's time a batch may have been created, for
    // clocks that disagree (the service's against this computer's).
    void setClockSlackSeconds(int seconds) { m_slackSeconds = seconds; }

private:
    struct Run;
    void next(ReconcileReply *reply, std::shared_ptr<Run> run);

    HistoryStore *m_store;
    BatchLookup m_lookup;
    int m_slackSeconds = 600;
    QString m_connection;
};

} // namespace invsync
