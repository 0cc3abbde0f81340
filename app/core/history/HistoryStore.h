#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace invsync {

struct Batch;

// Where a batch's submission stands, as far as this app knows.
enum class SendState {
    Sending, // recorded, the mutation is (or was) on its way: reconcile at start
    Sent,    // the service gave (or was found to have) a sync id
    Failed,  // the service said no batch was started
};

QString sendStateName(SendState state); // "sending", "sent", "failed"

// One part of an upload: the file sent as one batch.
struct BatchRecord
{
    qint64 id = 0;
    qint64 uploadId = 0;
    int part = 0;      // 0-based position among the upload's batches
    QString url;       // where the service downloaded it
    QByteArray sha256; // of the exact bytes sent (hex)
    int firstRow = 0;  // document position of its first row
    int rows = 0;
    SendState state = SendState::Sending;
    QString syncId;
    bool adopted = false;  // the sync id was found after a lost reply
    QDateTime submittedAt; // UTC, when the record was written, just before sending
    QString status;        // the service's last known status
    int totalCount = 0;
    int successCount = 0;
    int errorCount = 0;
    int finishedCount = 0;
    QString error; // why it failed, or what reconciliation found
    QDateTime updatedAt;
};

// One submission of a document, possibly in several batches.
struct UploadRecord
{
    qint64 id = 0;
    QString fileName;
    QByteArray sha256; // of the whole clean file (hex)
    int rows = 0;
    QString warehouseId;
    QString customerAccountId;
    QString connection;    // the connection profile's name
    QString hostingMethod; // "reference", "builtin", "s3", ...
    QDateTime createdAt;
    QList<BatchRecord> batches;
};

// The local record of every upload (SQLite through Qt Sql): written before a
// mutation is sent and completed after, so no batch this app started is ever
// unknown to it, with the exact bytes sent kept compressed so an upload can
// be reopened or compared later even when the original file has moved.
//
// The database carries its schema version in PRAGMA user_version and is
// migrated step by step on open. A file SQLite cannot read is renamed aside
// (with a timestamp) and a new history started, with a message saying so:
// it is never silently emptied. Writes are small local transactions, made
// on the calling thread.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 2;

    struct OpenResult
    {
        bool ok = false;
        QString message;       // for the user: why it failed, or what was set aside
        QString setAsidePath;  // where an unreadable file was moved, empty if none
        int migratedFrom = -1; // the version found, when a migration ran
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // <app data folder>/history.sqlite
    static QString defaultPath();

    OpenResult open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // --- writing ----------------------------------------------------------
    // The upload without its batches; returns its id, 0 on failure.
    qint64 addUpload(const UploadRecord &upload);
    // Records a batch as Sending with the exact bytes about to be sent:
    // call it before the mutation. Returns the batch record's id, 0 on failure.
    qint64 beginBatch(qint64 uploadId, int part, const QString &url, const QByteArray &bytes,
                      int firstRow, int rows);
    // The service answered (or the batch was adopted after a lost answer).
    bool completeBatch(qint64 batchId, const QString &syncId, bool adopted = false);
    // The service said nothing was started.
    bool failBatch(qint64 batchId, const QString &error);
    // The last known status and counts of a batch, by its sync id.
    bool updateStatus(const Batch &batch);

    // --- reading ----------------------------------------------------------
    QList<UploadRecord> uploads(int limit = -1) const; // newest first, with batches
    std::optional<UploadRecord> upload(qint64 id) const;
    std::optional<BatchRecord> batch(qint64 batchId) const;
    QList<BatchRecord> batchesIn(SendState state) const; // oldest first
    QStringList knownSyncIds() const;
    // The exact bytes sent for a batch, decompressed; empty when unknown.
    QByteArray batchContent(qint64 batchId) const;
    // The upload's rows as one file again: the first batch's header, then
    // every batch's rows in order.
    QByteArray uploadContent(qint64 uploadId) const;

    static QByteArray sha256Hex(const QByteArray &bytes);

private:
    bool openDatabase(const QString &path, QString *error);
    bool checkReadable(QString *error, bool *corrupt);
    bool migrate(int from, QString *error);
    bool exec(const QString &sql, QString *error);
    QList<BatchRecord> loadBatches(const QString &where, const QVariantList &values) const;
    QList<UploadRecord> loadUploads(const QString &where, const QVariantList &values) const;
    QString setAside(const QString &path);

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace invsync
