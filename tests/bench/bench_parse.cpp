// Issue 2's performance figures for opening a file: read + decode + parse +
// validate a generated 1,000,000-row inventory CSV through
// DocumentLoader::loadFile (the same call the window and `invsync validate`
// make), the time of each stage, and the resident memory the loaded document
// costs. It prints figures; it asserts nothing (timings are no test verdict).
//
//   bench_parse [--rows N] [--runs N] [--dir DIR]
//   bench_parse --load FILE      (one load of FILE, e.g. under valgrind --tool=callgrind)
//
// With --dir the generated files are written there and kept.
//
// Targets: >= 300 MB/s on one core; resident memory with the document loaded
// < 3x the file's size.

#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace invsync;
using namespace Qt::StringLiterals;

namespace {

enum class Variant { Utf8, Utf16LE, Windows1252 };

// Reasons as warehouse staff write them: mostly short phrases, some with a
// comma (so quoted), some with accented letters, a few long notes.
const char *const Reasons[] = {
    "Cycle count",
    "Cycle count aisle 12",
    "Received from supplier PO-48213",
    "Damaged in transit, written off",
    "Customer return restocked",
    "Recuento cíclico – pasillo 4",
    "Annual stocktake adjustment",
    "Found during bin audit",
    "Correction after mis-pick on order #100234",
    "Quality hold released, back to sellable stock",
    "Shrinkage",
    "Transfer from overflow location B-07",
    "Beschädigt bei Anlieferung",
    "Expired lot removed (lot 2023-11), see ticket WH-5521",
};

// The bytes of a reason in the variant's encoding; quoted when it holds a comma.
QByteArray reasonBytes(const char *utf8, Variant variant)
{
    QByteArray bytes;
    if (variant == Variant::Windows1252) {
        // Only the characters used above: Latin-1 letters and the en dash.
        const QString text = QString::fromUtf8(utf8);
        for (QChar c : text) {
            if (c.unicode() == 0x2013)
                bytes.append(char(0x96));
            else
                bytes.append(char(c.unicode()));
        }
    } else {
        bytes = QByteArray(utf8);
    }
    if (bytes.contains(','))
        bytes = '"' + bytes + '"';
    return bytes;
}

// Generates the file's bytes in UTF-8 or Windows-1252 (UTF-16 is converted
// from UTF-8 by the caller). About 50 rows carry problems, spread out.
QByteArray generate(int rows, Variant variant)
{
    std::vector<QByteArray> reasons;
    for (const char *r : Reasons)
        reasons.push_back(reasonBytes(r, variant));

    std::mt19937 rng(20240601);
    std::uniform_int_distribution<int> quantity(0, 2500);
    std::uniform_int_distribution<int> reasonPick(0, int(reasons.size()) - 1);
    std::uniform_int_distribution<int> aisle(1, 40);
    std::uniform_int_distribution<int> shelf(1, 12);
    std::uniform_int_distribution<int> letter(0, 7);

    QByteArray out;
    out.reserve(qsizetype(rows) * 80 + 64);
    out.append("sku,quantity,action,reason,location\n");
    char line[256];
    char location[32];
    int locationLength = 0;
    for (int i = 0; i < rows; ++i) {
        const int problem = i % 100'000;
        const int sku = problem == 45 ? i - 1 : i; // duplicate of the row before
        char qty[16];
        if (problem == 7)
            std::snprintf(qty, sizeof qty, "12.5");
        else if (problem == 13)
            std::snprintf(qty, sizeof qty, "-4");
        else
            std::snprintf(qty, sizeof qty, "%d", quantity(rng));
        const char *action = problem == 21 ? "add" : "replace";
        const QByteArray &reason = problem == 33 ? QByteArray() : reasons[size_t(reasonPick(rng))];
        const int n = std::snprintf(line, sizeof line, "SKU-%07d,%s,%s,", sku, qty, action);
        out.append(line, n);
        out.append(reason);
        // The duplicate repeats the location too: a SKU may be in several bins.
        if (problem != 45) {
            locationLength =
                std::snprintf(location, sizeof location, ",%c-%02d-%02d-%c\n", 'A' + letter(rng),
                              aisle(rng), shelf(rng), 'A' + letter(rng) % 4);
        }
        out.append(location, locationLength);
    }
    return out;
}

QByteArray toUtf16LEWithBom(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE", 2);
    // QString holds UTF-16 in host order; this machine (x86-64) is little-endian.
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Resident memory from /proc/self/status, in bytes ("VmRSS", "VmHWM").
qint64 procStatus(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Resets VmHWM so that the next reading is the peak of what follows (Linux >= 4.0).
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

double timeIt(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

struct LoadFigures
{
    double seconds = 0; // median
    qint64 peakRss = 0; // the highest resident size during the first load
};

// Median seconds of `runs` loads through DocumentLoader::loadFile.
LoadFigures timeLoads(const QString &path, int runs, int expectedRows)
{
    std::vector<double> seconds;
    LoadFigures figures;
    for (int run = 0; run < runs; ++run) {
        LoadResult result;
        if (run == 0)
            resetPeak();
        seconds.push_back(timeIt([&] { result = DocumentLoader::loadFile(path, LoadOptions()); }));
        if (run == 0)
            figures.peakRss = procStatus("VmHWM");
        if (!result.document || result.document->rowCount() != expectedRows) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error));
            std::exit(1);
        }
        // Destroying the document is not part of opening a file.
    }
    figures.seconds = median(seconds);
    return figures;
}

void stageBreakdown(const QString &path, qint64 size, int runs)
{
    std::vector<double> read, detect, decode, delimiter, parse, validate, release;
    for (int run = 0; run < runs; ++run) {
        QByteArray bytes;
        read.push_back(timeIt([&] {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.readAll();
        }));
        EncodingGuess guess;
        detect.push_back(timeIt([&] { guess = detectEncoding(bytes); }));
        QByteArray utf8;
        decode.push_back(
            timeIt([&] { utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength); }));
        bytes = QByteArray();
        char delim = ',';
        delimiter.push_back(timeIt([&] { delim = detectDelimiter(utf8); }));
        CsvReadResult parsed;
        parse.push_back(timeIt([&] { parsed = CsvReader(delim).read(std::move(utf8)); }));
        InventoryDocument::Source source;
        source.fileName = path;
        source.encoding = guess.encoding;
        source.delimiter = delim;
        source.byteSize = size;
        std::unique_ptr<InventoryDocument> document;
        validate.push_back(
            timeIt([&] { document = InventoryDocument::fromCsv(std::move(parsed), source); }));
        release.push_back(timeIt([&] { document.reset(); }));
    }
    const auto line = [size](const char *name, const std::vector<double> &s) {
        const double t = median(s);
        std::printf("    %-22s %8.1f ms  %8.0f MB/s\n", name, t * 1e3, megabytes(size) / t);
    };
    std::printf("  stages (median of %d, each timed on its own):\n", runs);
    line("read file", read);
    line("detect encoding", detect);
    line("decode to UTF-8", decode);
    line("detect delimiter", delimiter);
    line("parse (CsvReader)", parse);
    line("validate (fromCsv)", validate);
    line("(free the document)", release);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 1'000'000;
    int runs = 5;
    QString dirPath;
    QString loadPath;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--rows" && i + 1 < args.size())
            rows = args.at(++i).toInt();
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--dir" && i + 1 < args.size())
            dirPath = args.at(++i);
        else if (args.at(i) == u"--load" && i + 1 < args.size())
            loadPath = args.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_parse [--rows N] [--runs N] [--dir DIR]\n"
                                 "       bench_parse --load FILE\n");
            return 2;
        }
    }

    if (!loadPath.isEmpty()) {
        LoadResult result;
        const double seconds =
            timeIt([&] { result = DocumentLoader::loadFile(loadPath, LoadOptions()); });
        if (!result.document) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("%s: %d rows in %.1f ms\n", qPrintable(loadPath), result.document->rowCount(),
                    seconds * 1e3);
        return 0;
    }

    QTemporaryDir tempDir;
    if (dirPath.isEmpty()) {
        if (!tempDir.isValid())
            return 1;
        dirPath = tempDir.path();
    }
    const QString utf8Path = dirPath + u"/inventory-utf8.csv"_s;
    qint64 size = 0;
    {
        const QByteArray bytes = generate(rows, Variant::Utf8);
        size = bytes.size();
        if (!writeFile(utf8Path, bytes))
            return 1;
    }
    std::printf("bench_parse: %d rows, %.1f MB (%lld bytes), UTF-8, comma, %d runs\n", rows,
                megabytes(size), static_cast<long long>(size), runs);

    // Memory first, in a process that has not loaded anything yet.
    {
        const qint64 before = procStatus("VmRSS");
        resetPeak();
        LoadResult result = DocumentLoader::loadFile(utf8Path, LoadOptions());
        const qint64 after = procStatus("VmRSS");
        const qint64 peak = procStatus("VmHWM");
        if (!result.document) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error));
            return 1;
        }
        const InventoryDocument &doc = *result.document;
        std::printf("  document: %d rows, %d errors, %d warnings, %d notices\n", doc.rowCount(),
                    doc.errorCount(), doc.warningCount(), doc.noticeCount());
        std::printf("  memory: RSS %.1f MB before, %.1f MB with the document loaded "
                    "(peak while loading %.1f MB)\n",
                    megabytes(before), megabytes(after), megabytes(peak));
        std::printf("  memory: document costs %.2fx the file size; whole process %.2fx "
                    "(peak %.2fx)  [target < 3x]\n",
                    double(after - before) / double(size), double(after) / double(size),
                    double(peak) / double(size));
    }

    const double seconds = timeLoads(utf8Path, runs, rows).seconds;
    std::printf("  loadFile (read+decode+parse+validate): median %.1f ms = %.0f MB/s  "
                "[target >= 300 MB/s]\n",
                seconds * 1e3, megabytes(size) / seconds);
    stageBreakdown(utf8Path, size, runs);

    // The same rows as Excel's "Unicode text" and as a Western Windows export.
    const QString utf16Path = dirPath + u"/inventory-utf16le.csv"_s;
    const QString cp1252Path = dirPath + u"/inventory-windows1252.csv"_s;
    qint64 utf16Size = 0;
    qint64 cp1252Size = 0;
    {
        const QByteArray utf8 = generate(rows, Variant::Utf8);
        const QByteArray utf16 = toUtf16LEWithBom(utf8);
        utf16Size = utf16.size();
        if (!writeFile(utf16Path, utf16))
            return 1;
    }
    {
        const QByteArray cp1252 = generate(rows, Variant::Windows1252);
        cp1252Size = cp1252.size();
        if (!writeFile(cp1252Path, cp1252))
            return 1;
    }
    const LoadFigures utf16 = timeLoads(utf16Path, runs, rows);
    std::printf("  UTF-16LE variant: %.1f MB file, median %.1f ms = %.0f MB/s of file "
                "(%.0f MB/s of the UTF-8 equivalent), peak RSS %.2fx the file\n",
                megabytes(utf16Size), utf16.seconds * 1e3, megabytes(utf16Size) / utf16.seconds,
                megabytes(size) / utf16.seconds, double(utf16.peakRss) / double(utf16Size));
    const LoadFigures cp1252 = timeLoads(cp1252Path, runs, rows);
    std::printf("  Windows-1252 variant: %.1f MB file, median %.1f ms = %.0f MB/s, "
                "peak RSS %.2fx the file\n",
                megabytes(cp1252Size), cp1252.seconds * 1e3, megabytes(cp1252Size) / cp1252.seconds,
                double(cp1252.peakRss) / double(cp1252Size));
    return 0;
}
