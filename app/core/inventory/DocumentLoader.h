#pragma once

#include "csv/TextEncoding.h"
#include "inventory/InventoryDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <memory>

namespace invsync {

struct LoadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // 0: detect
};

struct LoadResult
{
    std::shared_ptr<InventoryDocument> document; // null on failure or cancel
    QString error;                               // why it could not be read, for the user
    bool cancelled = false;
};

// Reads, decodes, parses and validates a file. The blocking functions may run
// on any thread; load() runs them on the global thread pool and reports
// progress (0..1000) through the future. Cancelling the future stops the work.
class DocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLoader)

public:
    static LoadResult loadFile(const QString &path, const LoadOptions &options,
                               const ProgressCallback &progress = {});
    static LoadResult loadBytes(QByteArray bytes, const QString &name, const LoadOptions &options,
                                const ProgressCallback &progress = {});
    static QFuture<LoadResult> load(const QString &path, const LoadOptions &options);

    // The largest file read: a quarter of the machine's memory, at most 3 GiB
    // (field offsets are 32-bit).
    static qint64 maxFileSize();
};

} // namespace invsync
