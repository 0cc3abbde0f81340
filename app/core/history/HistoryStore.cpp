#include "history/HistoryStore.h"

#include "api/ApiTypes.h"
#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// The schema as each version left it: migrations run in order, so a new
// database goes through the same steps as an old one being upgraded.
// Version 1: one batch per upload, the bytes kept with the upload.
const char *const MigrationTo1[] = {
    "CREATE TABLE uploads ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " file_name TEXT NOT NULL, sha256 TEXT NOT NULL, rows INTEGER NOT NULL,"
    " warehouse_id TEXT NOT NULL, connection TEXT NOT NULL,"
    " hosting_method TEXT NOT NULL, url TEXT NOT NULL, content BLOB,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE batches ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " upload_id INTEGER NOT NULL REFERENCES uploads(id),"
    " sync_id TEXT, submitted_at TEXT NOT NULL, status TEXT,"
    " total_count INTEGER NOT NULL DEFAULT 0, success_count INTEGER NOT NULL DEFAULT 0,"
    " error_count INTEGER NOT NULL DEFAULT 0)",
};

// Version 2: split uploads (several batches, each with its URL and bytes),
// the send state that reconciliation at start relies on, 3PL customers.
const char *const MigrationTo2[] = {
    "ALTER TABLE uploads ADD COLUMN customer_account_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE batches ADD COLUMN part INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE batches ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE batches ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE batches ADD COLUMN first_row INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE batches ADD COLUMN rows INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE batches ADD COLUMN content BLOB",
    "ALTER TABLE batches ADD COLUMN send_state TEXT NOT NULL DEFAULT 'sent'",
    "ALTER TABLE batches ADD COLUMN adopted INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE batches ADD COLUMN finished_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE batches ADD COLUMN error TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE batches ADD COLUMN updated_at TEXT",
    "UPDATE batches SET"
    " url = (SELECT url FROM uploads WHERE uploads.id = batches.upload_id),"
    " sha256 = (SELECT sha256 FROM uploads WHERE uploads.id = batches.upload_id),"
    " rows = (SELECT rows FROM uploads WHERE uploads.id = batches.upload_id),"
    " content = (SELECT content FROM uploads WHERE uploads.id = batches.upload_id)",
    "UPDATE uploads SET content = NULL",
    // Version 1 wrote the sync id only once the answer came: a record
    // without one is a submission whose fate is unknown.
    "UPDATE batches SET send_state = 'sending' WHERE sync_id IS NULL OR sync_id = ''",
    "CREATE INDEX batches_state ON batches(send_state)",
    "CREATE INDEX batches_sync_id ON batches(sync_id)",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

const Migration Migrations[] = {
    {MigrationTo1, std::size(MigrationTo1)},
    {MigrationTo2, std::size(MigrationTo2)},
};
static_assert(std::size(Migrations) == HistoryStore::SchemaVersion);

// Qt binds a null QString as SQL NULL; the columns want text.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

SendState stateFrom(const QString &name)
{
    if (name == u"sending")
        return SendState::Sending;
    if (name == u"failed")
        return SendState::Failed;
    return SendState::Sent;
}

// SQLite's own codes for a file that is not (or no longer) a database.
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11" || code == u"26";
}

const QString BatchColumns = u"id, upload_id, part, url, sha256, first_row, rows, send_state, "
                             u"sync_id, adopted, submitted_at, status, total_count, "
                             u"success_count, error_count, finished_count, error, updated_at"_s;

BatchRecord batchFrom(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = q.value(0).toLongLong();
    b.uploadId = q.value(1).toLongLong();
    b.part = q.value(2).toInt();
    b.url = q.value(3).toString();
    b.sha256 = q.value(4).toString().toLatin1();
    b.firstRow = q.value(5).toInt();
    b.rows = q.value(6).toInt();
    b.state = stateFrom(q.value(7).toString());
    b.syncId = q.value(8).toString();
    b.adopted = q.value(9).toBool();
    b.submittedAt = timeFrom(q.value(10));
    b.status = q.value(11).toString();
    b.totalCount = q.value(12).toInt();
    b.successCount = q.value(13).toInt();
    b.errorCount = q.value(14).toInt();
    b.finishedCount = q.value(15).toInt();
    b.error = q.value(16).toString();
    b.updatedAt = timeFrom(q.value(17));
    return b;
}

} // namespace

QString sendStateName(SendState state)
{
    switch (state) {
    case SendState::Sending:
        return u"sending"_s;
    case SendState::Sent:
        return u"sent"_s;
    case SendState::Failed:
        return u"failed"_s;
    }
    return {};
}

HistoryStore::HistoryStore()
{
    static std::atomic<int> counter{0};
    m_connectionName = u"invsync-history-%1"_s.arg(++counter);
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return AppPaths::dataDir() + u"/history.sqlite"_s;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    m_lastError = q.lastError().text();
    return false;
}

bool HistoryStore::openDatabase(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    // The window and a nightly `invsync submit` may use the history at the
    // same time: wait for the other's short write instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// SQLite opens any file lazily: reading it is what tells whether it is a database.
bool HistoryStore::checkReadable(QString *error, bool *corrupt)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"PRAGMA quick_check"_s)) {
        *error = q.lastError().text();
        *corrupt = isCorruption(q.lastError());
        return false;
    }
    if (q.next() && q.value(0).toString() != u"ok") {
        *error = q.value(0).toString();
        *corrupt = true;
        return false;
    }
    return true;
}

QString HistoryStore::setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    // A journal beside it belongs to the broken file, not to the new one.
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

HistoryStore::OpenResult HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    OpenResult result;
    QDir().mkpath(QFileInfo(path).absolutePath());

    QString error;
    bool corrupt = false;
    bool readable = openDatabase(path, &error) && checkReadable(&error, &corrupt);
    if (!readable && corrupt && QFileInfo::exists(path)) {
        close();
        result.setAsidePath = setAside(path);
        if (result.setAsidePath.isEmpty()) {
            result.message = tr("The upload history %1 cannot be read (%2) and could not be moved "
                                "aside. Move or repair the file, then start InvSync again.")
                                 .arg(QDir::toNativeSeparators(path), error);
            m_lastError = result.message;
            return result;
        }
        result.message = tr("The upload history %1 could not be read (%2). It was kept as %3 "
                            "and a new, empty history was started.")
                             .arg(QDir::toNativeSeparators(path), error,
                                  QDir::toNativeSeparators(result.setAsidePath));
        QString again;
        readable = openDatabase(path, &again) && checkReadable(&again, &corrupt);
        if (!readable)
            error = again;
    }
    if (!readable) {
        close();
        result.message = tr("The upload history %1 cannot be opened: %2")
                             .arg(QDir::toNativeSeparators(path), error);
        m_lastError = result.message;
        return result;
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        version = q.value(0).toInt();
    if (version > SchemaVersion) {
        close();
        result.message = tr("The upload history %1 was written by a newer InvSync (version %2 of "
                            "its format; this one reads up to %3). It was left as it is; update "
                            "InvSync to see it.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(SchemaVersion);
        m_lastError = result.message;
        return result;
    }
    exec(u"PRAGMA foreign_keys = ON"_s, nullptr);
    if (version < SchemaVersion) {
        if (version > 0)
            result.migratedFrom = version;
        if (!migrate(version, &error)) {
            close();
            result.message = tr("The upload history %1 could not be updated to this version of "
                                "InvSync (%2). It was left as it was.")
                                 .arg(QDir::toNativeSeparators(path), error);
            m_lastError = result.message;
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool HistoryStore::migrate(int from, QString *error)
{
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        // Each step is one transaction with its version number: an
        // interrupted upgrade leaves the previous version intact. IMMEDIATE
        // takes the write lock first, and the version is read again inside
        // it: another process (the window and `invsync submit`) may have
        // made this step meanwhile.
        if (!exec(u"BEGIN IMMEDIATE"_s, error))
            return false;
        QSqlQuery current(QSqlDatabase::database(m_connectionName, false));
        if (current.exec(u"PRAGMA user_version"_s) && current.next() &&
            current.value(0).toInt() >= version) {
            current.finish();
            if (!exec(u"COMMIT"_s, error))
                return false;
            continue;
        }
        current.finish();
        const Migration &m = Migrations[version - 1];
        for (size_t i = 0; i < m.count; ++i) {
            if (!exec(QString::fromLatin1(m.statements[i]), error)) {
                exec(u"ROLLBACK"_s, nullptr);
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(version), error) ||
            !exec(u"COMMIT"_s, error)) {
            exec(u"ROLLBACK"_s, nullptr);
            return false;
        }
    }
    return true;
}

QByteArray HistoryStore::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

qint64 HistoryStore::addUpload(const UploadRecord &upload)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        u"INSERT INTO uploads (file_name, sha256, rows, warehouse_id, customer_account_id, "
        u"connection, hosting_method, url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)"_s);
    q.addBindValue(text(upload.fileName));
    q.addBindValue(text(QString::fromLatin1(upload.sha256)));
    q.addBindValue(upload.rows);
    q.addBindValue(text(upload.warehouseId));
    q.addBindValue(text(upload.customerAccountId));
    q.addBindValue(text(upload.connection));
    q.addBindValue(text(upload.hostingMethod));
    q.addBindValue(
        timeText(upload.createdAt.isValid() ? upload.createdAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 HistoryStore::beginBatch(qint64 uploadId, int part, const QString &url,
                                const QByteArray &bytes, int firstRow, int rows)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        u"INSERT INTO batches (upload_id, part, url, sha256, first_row, rows, content, "
        u"send_state, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?)"_s);
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    q.addBindValue(uploadId);
    q.addBindValue(part);
    q.addBindValue(text(url));
    q.addBindValue(QString::fromLatin1(sha256Hex(bytes)));
    q.addBindValue(firstRow);
    q.addBindValue(rows);
    q.addBindValue(qCompress(bytes));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::completeBatch(qint64 batchId, const QString &syncId, bool adopted)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE batches SET send_state = 'sent', sync_id = ?, adopted = ?, error = '', "
              u"updated_at = ? WHERE id = ?"_s);
    q.addBindValue(text(syncId));
    q.addBindValue(adopted ? 1 : 0);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(batchId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::failBatch(qint64 batchId, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        u"UPDATE batches SET send_state = 'failed', error = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(text(error));
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(batchId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::updateStatus(const Batch &batch)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE batches SET status = ?, total_count = ?, success_count = ?, "
              u"error_count = ?, finished_count = ?, updated_at = ? WHERE sync_id = ?"_s);
    q.addBindValue(text(batch.status));
    q.addBindValue(batch.totalCount);
    q.addBindValue(batch.successCount);
    q.addBindValue(batch.errorCount);
    q.addBindValue(batch.finishedCount);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(batch.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QList<BatchRecord> HistoryStore::loadBatches(const QString &where, const QVariantList &values) const
{
    QList<BatchRecord> batches;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_s + BatchColumns + u" FROM batches WHERE "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return batches;
    }
    while (q.next())
        batches.append(batchFrom(q));
    return batches;
}

QList<UploadRecord> HistoryStore::loadUploads(const QString &where,
                                              const QVariantList &values) const
{
    QList<UploadRecord> uploads;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, file_name, sha256, rows, warehouse_id, customer_account_id, "
              u"connection, hosting_method, created_at FROM uploads WHERE "_s +
              where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return uploads;
    }
    while (q.next()) {
        UploadRecord u;
        u.id = q.value(0).toLongLong();
        u.fileName = q.value(1).toString();
        u.sha256 = q.value(2).toString().toLatin1();
        u.rows = q.value(3).toInt();
        u.warehouseId = q.value(4).toString();
        u.customerAccountId = q.value(5).toString();
        u.connection = q.value(6).toString();
        u.hostingMethod = q.value(7).toString();
        u.createdAt = timeFrom(q.value(8));
        uploads.append(u);
    }
    for (UploadRecord &u : uploads)
        u.batches = loadBatches(u"upload_id = ? ORDER BY part, id"_s, {u.id});
    return uploads;
}

QList<UploadRecord> HistoryStore::uploads(int limit) const
{
    return loadUploads(u"1 ORDER BY id DESC LIMIT ?"_s, {limit});
}

std::optional<UploadRecord> HistoryStore::upload(qint64 id) const
{
    const QList<UploadRecord> found = loadUploads(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<BatchRecord> HistoryStore::batch(qint64 batchId) const
{
    const QList<BatchRecord> found = loadBatches(u"id = ?"_s, {batchId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<BatchRecord> HistoryStore::batchesIn(SendState state) const
{
    return loadBatches(u"send_state = ? ORDER BY submitted_at, id"_s, {sendStateName(state)});
}

QStringList HistoryStore::knownSyncIds() const
{
    QStringList ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"SELECT sync_id FROM batches WHERE sync_id IS NOT NULL AND sync_id != ''"_s)) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QByteArray HistoryStore::batchContent(qint64 batchId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT content FROM batches WHERE id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return {};
    }
    const QByteArray compressed = q.value(0).toByteArray();
    return compressed.isEmpty() ? QByteArray() : qUncompress(compressed);
}

QByteArray HistoryStore::uploadContent(qint64 uploadId) const
{
    QByteArray joined;
    const QList<BatchRecord> parts = loadBatches(u"upload_id = ? ORDER BY part, id"_s, {uploadId});
    for (const BatchRecord &part : parts) {
        const QByteArray bytes = batchContent(part.id);
        if (joined.isEmpty()) {
            joined = bytes;
            continue;
        }
        // Every part repeats the header line; keep it once.
        const qsizetype headerEnd = bytes.indexOf('\n');
        if (headerEnd >= 0)
            joined += bytes.mid(headerEnd + 1);
    }
    return joined;
}

} // namespace invsync
