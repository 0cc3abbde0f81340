#pragma once

#include "sandbox/SandboxConfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace invsync {

struct SandboxBatch;
struct SandboxState;

// Runs batches as ShipHero does after inventory_sync answered: the batch
// waits as "pending", its file is downloaded without credentials and parsed,
// then its rows are applied one by one at the configured pace while the
// counts move, until success, error_partial, error_all, error_unknown or an
// abort.
class BatchProcessor : public QObject
{
    Q_OBJECT

public:
    BatchProcessor(SandboxState *state, const SandboxConfig &config, QObject *parent = nullptr);
    ~BatchProcessor() override;

    // Starts a new batch, or resumes one that was pending or processing when
    // the state was saved.
    void start(int batchId);
    // Stops the remaining rows; rows already applied stay. False with the
    // reason when the batch is unknown or already finished.
    bool abort(int batchId, const QString &reason, QString *error);
    // Forgets every running job without touching the batches (the state is
    // being replaced or the sandbox stops).
    void stopAll();
    bool isRunning(int batchId) const { return m_jobs.contains(batchId); }

    void setRowsPerSecond(double rowsPerSecond) { m_config.rowsPerSecond = rowsPerSecond; }

    // The outcome of reading a downloaded file: rows, or why there are none.
    struct Parsed
    {
        QString error; // empty on success
        struct Row
        {
            QString sku, quantity, action, reason, location;
        };
        QList<Row> rows;
    };
    static Parsed parseCsv(const QByteArray &bytes, const QByteArray &contentType = {});

Q_SIGNALS:
    void batchChanged(int batchId);
    void batchFinished(int batchId);

private:
    struct Job
    {
        QPointer<QNetworkReply> reply;
        QPointer<QTimer> timer;
    };

    void download(int batchId);
    void onDownloaded(int batchId, QNetworkReply *reply);
    void beginRows(int batchId);
    void processSome(int batchId);
    void applyRow(SandboxBatch &batch, int index);
    void finish(SandboxBatch &batch);
    void fail(int batchId, const QString &error);
    void endJob(int batchId);

    SandboxState *m_state;
    SandboxConfig m_config;
    QNetworkAccessManager *m_network;
    QHash<int, Job> m_jobs;
};

} // namespace invsync
