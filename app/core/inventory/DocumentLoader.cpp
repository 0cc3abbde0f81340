#include "inventory/DocumentLoader.h"

#include "csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace invsync {

namespace {

constexpr qint64 ReadChunk = 8 << 20;

// Progress is split over the stages in proportion to their measured cost.
struct Stage
{
    const ProgressCallback &outer;
    qint64 from; // per mille
    qint64 to;

    ProgressCallback callback() const
    {
        if (!outer)
            return {};
        return [this](qint64 done, qint64 total) {
            const qint64 span = to - from;
            return outer(from + (total > 0 ? done * span / total : span), 1000);
        };
    }
};

QString displayName(const QString &name)
{
    const QFileInfo info(name);
    return info.fileName().isEmpty() ? name : info.fileName();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

// Recognises what is clearly not a text file, before trying to read it as one.
QString binaryProblem(QByteArrayView bytes, const QString &name, TextEncoding encoding)
{
    const QString file = displayName(name);
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return DocumentLoader::tr("“%1” is a spreadsheet workbook or a zip archive, not a "
                                  "CSV file. In your spreadsheet program, save it as “CSV "
                                  "UTF-8” and open that file.")
            .arg(file);
    }
    if (bytes.startsWith("%PDF")) {
        return DocumentLoader::tr("“%1” is a PDF document, not a CSV file.").arg(file);
    }
    const bool utf16 = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
    if (!utf16) {
        const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024));
        const qsizetype zero = head.indexOf('\0');
        // UTF-16 without a BOM: a zero byte beside every ASCII letter.
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i < head.size(); ++i) {
            if (head[i] == '\0')
                ++((i % 2) ? oddZeros : evenZeros);
        }
        if (zero >= 0 && qMax(evenZeros, oddZeros) * 4 >= head.size() && qMin(evenZeros, oddZeros) * 8 < qMax(evenZeros, oddZeros)) {
            return DocumentLoader::tr("“%1” looks like UTF-16 text without a byte order "
                                      "mark. Choose the encoding %2 and read it again.")
                .arg(file, oddZeros > evenZeros ? QStringLiteral("UTF-16LE")
                                                : QStringLiteral("UTF-16BE"));
        }
        if (zero >= 0) {
            return DocumentLoader::tr("“%1” holds binary data (a zero byte at offset %2), "
                                      "not text. Choose a CSV file.")
                .arg(file)
                .arg(zero);
        }
    }
    return {};
}

} // namespace

qint64 DocumentLoader::maxFileSize()
{
    constexpr qint64 Cap = qint64(3) << 30;
#ifdef Q_OS_UNIX
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return qMin(Cap, qint64(pages) * pageSize / 4);
#endif
    return qint64(1) << 30;
}

LoadResult DocumentLoader::loadFile(const QString &path, const LoadOptions &options,
                                    const ProgressCallback &progress)
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("“%1” does not exist.").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("“%1” is a folder, not a file.").arg(path);
        return result;
    }
    const qint64 size = info.size();
    if (size > maxFileSize()) {
        result.error = tr("“%1” is %2 MB, more than this computer can check safely "
                          "(%3 MB). Split it into smaller files.")
                           .arg(displayName(path), megabytes(size), megabytes(maxFileSize()));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” cannot be read: %2").arg(path, file.errorString());
        return result;
    }

    // Read in chunks so that a large file can be cancelled and shows progress.
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 done = 0;
    const Stage reading{progress, 0, 100};
    const ProgressCallback readProgress = reading.callback();
    while (done < size) {
        const qint64 n = file.read(bytes.data() + done, qMin(ReadChunk, size - done));
        if (n < 0) {
            result.error = tr("“%1” cannot be read: %2").arg(path, file.errorString());
            return result;
        }
        if (n == 0)
            break; // the file shrank while being read
        done += n;
        if (readProgress && !readProgress(done, size)) {
            result.cancelled = true;
            return result;
        }
    }
    bytes.truncate(done);
    file.close();
    return loadBytes(std::move(bytes), path, options, progress);
}

LoadResult DocumentLoader::loadBytes(QByteArray bytes, const QString &name,
                                     const LoadOptions &options, const ProgressCallback &progress)
{
    LoadResult result;
    const QString file = displayName(name);
    if (bytes.isEmpty()) {
        result.error = tr("“%1” is empty: it has no header and no rows.").arg(file);
        return result;
    }

    EncodingGuess guess = detectEncoding(bytes);
    if (options.encoding != TextEncoding::Auto) {
        // A forced encoding still drops a BOM of that same encoding.
        guess = EncodingGuess{options.encoding,
                              guess.encoding == options.encoding ? guess.bomLength : 0, false};
    }
    if (const QString problem = binaryProblem(bytes, name, guess.encoding); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }

    InventoryDocument::Source source;
    source.fileName = name;
    source.encoding = guess.encoding;
    source.encodingFallback = guess.fallback;
    source.hadBom = guess.bomLength > 0;
    source.byteSize = bytes.size();

    // UTF-8 is parsed where it lies (the BOM is skipped, not cut off, to avoid a copy).
    qsizetype start = 0;
    QByteArray utf8;
    if (guess.encoding == TextEncoding::Utf8) {
        start = guess.bomLength;
        utf8 = std::move(bytes);
        if (options.encoding == TextEncoding::Utf8 && !isValidUtf8(QByteArrayView(utf8).sliced(start))) {
            // Forced UTF-8 on bytes that are not: what cannot be decoded
            // becomes U+FFFD, so that what is shown and saved is clean UTF-8.
            utf8 = QString::fromUtf8(QByteArrayView(utf8).sliced(start)).toUtf8();
            start = 0;
        }
    } else {
        utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength);
        bytes = QByteArray();
    }

    // Field offsets are 32-bit; text that grew past that in decoding is refused.
    if (utf8.size() >= qsizetype(0xFFFFFFFFu)) {
        result.error = tr("“%1” is too large to check once decoded (%2 MB). Split it into "
                          "smaller files.")
                           .arg(file, megabytes(utf8.size()));
        return result;
    }

    source.delimiter = options.delimiter ? options.delimiter
                                         : detectDelimiter(QByteArrayView(utf8).sliced(start));

    const Stage parsing{progress, 100, 700};
    CsvReadResult parsed = CsvReader(source.delimiter).read(std::move(utf8), start, parsing.callback());
    if (parsed.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (parsed.table.recordCount() == 0) {
        result.error = tr("“%1” holds only blank lines: there is no header and no row.")
                           .arg(file);
        return result;
    }

    const Stage validating{progress, 700, 1000};
    result.document = InventoryDocument::fromCsv(std::move(parsed), source, validating.callback());
    if (!result.document || (progress && !progress(1000, 1000))) {
        result.document.reset();
        result.cancelled = true;
    }
    return result;
}

QFuture<LoadResult> DocumentLoader::load(const QString &path, const LoadOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, 1000);
        const ProgressCallback progress = [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(int(total > 0 ? done * 1000 / total : 0));
            return !promise.isCanceled();
        };
        LoadResult result = loadFile(path, options, progress);
        if (promise.isCanceled())
            result.cancelled = true;
        promise.addResult(std::move(result));
    });
}

} // namespace invsync
