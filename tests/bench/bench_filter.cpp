// Issue 2's figure for the preview: toggling "only rows with problems" on a
// generated 1,000,000-row document wrapped in the PreviewModel (the model the
// window shows), median of several runs, in milliseconds. Also the search over
// every cell, one cell edit through the undo stack with the problems list
// refreshed, and undo of a large deletion. It prints figures; it asserts
// nothing (timings are no test verdict). Target for the toggle: < 100 ms.
//
//   bench_filter [--rows N] [--runs N] [--problem-every N] [--view]
//
// --view also attaches a QTableView (offscreen platform) so the figures
// include what the view does with each model reset.

#include "gui/DocumentSession.h"
#include "gui/PreviewModel.h"
#include "gui/ProblemsModel.h"
#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace invsync;

namespace {

struct Options
{
    int rows = 1'000'000;
    int runs = 7;
    int problemEvery = 50; // one row in 50 has a problem: 20,000 on a million
    bool view = false;
};

Options parse(int argc, char *argv[])
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const auto next = [&] { return i + 1 < argc ? std::atoi(argv[++i]) : 0; };
        if (!std::strcmp(argv[i], "--rows"))
            options.rows = std::max(1, next());
        else if (!std::strcmp(argv[i], "--runs"))
            options.runs = std::max(1, next());
        else if (!std::strcmp(argv[i], "--problem-every"))
            options.problemEvery = std::max(2, next());
        else if (!std::strcmp(argv[i], "--view"))
            options.view = true;
        else {
            std::fprintf(
                stderr, "usage: bench_filter [--rows N] [--runs N] [--problem-every N] [--view]\n");
            std::exit(2);
        }
    }
    return options;
}

// sku,quantity,action,reason,location with one problem every `every` rows,
// cycling through the kinds the validator reports.
QByteArray generate(int rows, int every)
{
    QByteArray out;
    out.reserve(qsizetype(rows) * 48);
    out += "sku,quantity,action,reason,location\n";
    int kind = 0;
    for (int i = 0; i < rows; ++i) {
        QByteArray sku = "SKU-" + QByteArray::number(i).rightJustified(7, '0');
        QByteArray quantity = QByteArray::number(i % 500);
        QByteArray action = "replace";
        QByteArray reason = "Cycle count";
        QByteArray location = "A-" + QByteArray::number(i % 97);
        if (i % every == every - 1) {
            switch (kind++ % 6) {
            case 0:
                quantity = "12.5";
                break;
            case 1:
                quantity = "-3";
                break;
            case 2:
                action = "add";
                break;
            case 3:
                reason.clear();
                break;
            case 4:
                sku = ' ' + sku;
                break;
            case 5: // the previous row's sku and location: a duplicate pair
                sku = "SKU-" + QByteArray::number(i - 1).rightJustified(7, '0');
                location = "A-" + QByteArray::number((i - 1) % 97);
                break;
            }
        }
        out += sku + ',' + quantity + ',' + action + ',' + reason + ',' + location + '\n';
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, const std::vector<double> &ms)
{
    const auto [low, high] = std::minmax_element(ms.begin(), ms.end());
    std::printf("%-44s median %8.2f ms   (min %.2f, max %.2f, %zu runs)\n", what, median(ms), *low,
                *high, ms.size());
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options = parse(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (options.view) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    QElapsedTimer timer;
    timer.start();
    QByteArray bytes = generate(options.rows, options.problemEvery);
    const qint64 size = bytes.size();
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    LoadResult loaded =
        DocumentLoader::loadBytes(std::move(bytes), QStringLiteral("bench.csv"), LoadOptions());
    if (!loaded.document) {
        std::fprintf(stderr, "bench_filter: the generated file did not load: %s\n",
                     qPrintable(loaded.error));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;

    DocumentSession session(loaded.document, QStringLiteral("bench.csv"), LoadOptions());
    const InventoryDocument &doc = session.document();
    PreviewModel model;
    ProblemsModel problems;
    model.setSession(&session);
    std::unique_ptr<QTableView> view;
    if (options.view) {
        view = std::make_unique<QTableView>();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->setModel(&model);
        view->resize(1000, 700);
        view->show();
        QCoreApplication::processEvents();
    }
    const double problemsMs = timeMs([&] { problems.setSession(&session); });

    std::printf("bench_filter: %d rows (%.1f MB), %d with problems, %d issues listed%s\n",
                doc.rowCount(), double(size) / (1024.0 * 1024.0), doc.rowsWithIssues(),
                problems.rowCount(), options.view ? ", with a QTableView attached" : "");
    std::printf("(generate %.0f ms, load + validate %.0f ms, problems list %.1f ms)\n\n",
                generateMs, loadMs, problemsMs);

    std::vector<double> on, off, searchOn, searchOff, edit, undoEdit;
    int shown = 0;
    int found = 0;
    for (int run = 0; run < options.runs; ++run) {
        on.push_back(timeMs([&] {
            model.setOnlyProblems(true);
            QCoreApplication::processEvents();
        }));
        shown = model.rowCount();
        off.push_back(timeMs([&] {
            model.setOnlyProblems(false);
            QCoreApplication::processEvents();
        }));
        searchOn.push_back(timeMs([&] {
            model.setSearchText(QStringLiteral("sku-0001%1").arg(run % 10));
            QCoreApplication::processEvents();
        }));
        found = model.rowCount();
        searchOff.push_back(timeMs([&] {
            model.setSearchText(QString());
            QCoreApplication::processEvents();
        }));
        // One edit as the user makes it: undo command, document re-validation,
        // dataChanged for the touched rows, problems list rebuilt.
        const QModelIndex cell = model.index(options.problemEvery - 1 + run, 1);
        edit.push_back(timeMs([&] { model.setData(cell, QString::number(run + 1)); }));
        undoEdit.push_back(timeMs([&] { session.undoStack()->undo(); }));
    }

    std::printf("only rows with problems: %d of %d rows shown\n", shown, doc.rowCount());
    report("toggle \"only rows with problems\" on", on);
    report("toggle \"only rows with problems\" off", off);
    std::printf("search: %d rows found\n", found);
    report("search every cell", searchOn);
    report("clear search", searchOff);
    report("edit one cell (+ problems list)", edit);
    report("undo that edit", undoEdit);

    // A large deletion and its undo: one range, no reset.
    std::vector<int> rows(size_t(doc.rowCount() / 2));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    const double removeMs = timeMs([&] { model.removeDocumentRows(rows); });
    const double restoreMs = timeMs([&] { session.undoStack()->undo(); });
    std::printf("\ndelete the first half of the rows: %.1f ms; undo: %.1f ms\n", removeMs,
                restoreMs);
    return 0;
}
