#include "gui/BatchPage.h"
#include "ui_BatchPage.h"

#include "api/ShipHeroApi.h"
#include "gui/BatchRowsModel.h"
#include "gui/BatchesModel.h"
#include "gui/DialogProvider.h"
#include "gui/StatusBadgeDelegate.h"
#include "gui/Theme.h"
#include "gui/ViewStates.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace invsync {

BatchPage::BatchPage(QWidget *parent)
    : QWidget(parent), m_ui(new Ui::BatchPage), m_rows(new BatchRowsModel(this)),
      m_ownDialogs(std::make_unique<QtDialogProvider>())
{
    m_dialogs = m_ownDialogs.get();
    m_ui->setupUi(this);
    setObjectName(u"batchPage"_s);

    // The rows get what the summary leaves; the splitter lets the user choose.
    m_ui->batchSplitter->setStretchFactor(1, 1);
    m_ui->rowsTable->setModel(m_rows);
    m_ui->rowsTable->setItemDelegateForColumn(
        BatchRowsModel::Status,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Badge, m_ui->rowsTable));
    m_ui->rowsTable->verticalHeader()->hide();
    m_ui->rowsTable->verticalHeader()->setDefaultSectionSize(
        m_ui->rowsTable->fontMetrics().height() + 10);
    m_ui->rowsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Row, 60);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Sku, 160);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Quantity, 80);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Action, 80);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Reason, 140);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Location, 100);
    m_ui->rowsTable->setColumnWidth(BatchRowsModel::Status, 120);

    m_ui->statusFilterCombo->addItem(tr("All rows, failures first"),
                                     int(BatchRowsModel::Filter::All));
    m_ui->statusFilterCombo->addItem(tr("Errors"), int(BatchRowsModel::Filter::Errors));
    m_ui->statusFilterCombo->addItem(tr("Not found"), int(BatchRowsModel::Filter::NotFound));
    m_ui->statusFilterCombo->addItem(tr("Pending"), int(BatchRowsModel::Filter::Pending));
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_rows->setFilter(BatchRowsModel::Filter(m_ui->statusFilterCombo->currentData().toInt()));
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_rows, &BatchRowsModel::setSearchText);

    connect(m_ui->backButton, &QPushButton::clicked, this, &BatchPage::backRequested);
    connect(m_ui->abortButton, &QPushButton::clicked, this,
            [this] { Q_EMIT abortRequested(m_batch.id); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BatchPage::exportRows);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &BatchPage::requestFailedRows);

    auto loaded = [this] {
        const QLocale locale;
        QString text =
            tr("%1 of %2 rows loaded")
                .arg(locale.toString(m_rows->loadedCount()), locale.toString(m_batch.totalCount));
        if (m_rows->isLoading())
            text += tr(", loading…");
        m_ui->loadedLabel->setText(text);
        updateButtons();
    };
    connect(m_rows, &BatchRowsModel::loadingChanged, this, loaded);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, loaded);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, loaded);
    connect(m_rows, &QAbstractItemModel::modelReset, this, loaded);
    connect(m_rows, &BatchRowsModel::loadFailed, this, [this](const ApiError &error) {
        Q_EMIT statusMessage(tr("Could not load the rows of the batch: %1").arg(error.message), 0);
    });

    // The chart: succeeded / failed / pending rows.
    m_series = new QPieSeries(this);
    m_series->setHoleSize(0.45);
    m_succeeded = m_series->append(tr("Succeeded"), 0);
    m_failed = m_series->append(tr("Failed"), 0);
    m_pending = m_series->append(tr("Pending"), 0);
    m_succeeded->setColor(StatusBadgeDelegate::color(u"success"_s));
    m_failed->setColor(StatusBadgeDelegate::color(u"error_all"_s));
    m_pending->setColor(QColor(190, 196, 204));
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    // The legend's text in the window's text colour, whichever theme is on.
    const auto followPalette = [this, chart] {
        chart->legend()->setLabelColor(QApplication::palette(this).color(QPalette::WindowText));
    };
    followPalette();
    connect(ThemeNotifier::instance(), &ThemeNotifier::changed, this, followPalette);
    auto *view = new QChartView(chart, m_ui->chartHost);
    view->setObjectName(u"batchChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    m_ui->chartHost->layout()->addWidget(view);
    updateButtons();
}

BatchPage::~BatchPage()
{
    if (m_failedReply)
        m_failedReply->cancel();
}

void BatchPage::setApi(ShipHeroApi *api)
{
    m_api = api;
    m_rows->setApi(api);
}

void BatchPage::setDialogProvider(DialogProvider *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_ownDialogs.get();
}

void BatchPage::setBatch(const Batch &batch, const QString &fileName, const QString &warehouseName)
{
    if (m_failedReply)
        m_failedReply->cancel();
    m_batch = batch;
    m_fileName = fileName;
    m_warehouseName = warehouseName;
    m_ui->searchEdit->clear();
    m_rows->setBatch(batch);
    updateSummary();
}

void BatchPage::updateBatch(const Batch &batch)
{
    if (batch.id != m_batch.id || batch == m_batch)
        return;
    m_batch = batch;
    m_rows->batchChanged(batch);
    updateSummary();
}

void BatchPage::updateSummary()
{
    const QLocale locale;
    m_ui->titleLabel->setText(m_fileName);
    m_ui->statusLabel->setText(StatusBadgeDelegate::label(m_batch.status));
    const QColor color = StatusBadgeDelegate::color(m_batch.status);
    m_ui->statusLabel->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 9px; padding: 2px 10px; }"_s.arg(
            color.name()));
    m_ui->fileValue->setText(m_fileName);
    m_ui->urlValue->setText(m_batch.url);
    m_ui->warehouseValue->setText(m_warehouseName.isEmpty() ? m_batch.warehouseId
                                                            : m_warehouseName);
    m_ui->userValue->setText(m_batch.userId);
    m_ui->createdValue->setText(
        locale.toString(m_batch.createdAt.toLocalTime(), QLocale::LongFormat));
    m_ui->updatedValue->setText(
        locale.toString(m_batch.updatedAt.toLocalTime(), QLocale::LongFormat));
    const int pending = std::max(0, m_batch.totalCount - m_batch.finishedCount);
    m_ui->countsValue->setText(
        tr("%1 in all: %2 succeeded, %3 failed, %4 not processed yet")
            .arg(locale.toString(m_batch.totalCount), locale.toString(m_batch.successCount),
                 locale.toString(m_batch.errorCount), locale.toString(pending)));
    m_ui->errorValue->setText(m_batch.error.isEmpty() ? tr("No error") : m_batch.error);
    updateChart();
    updateButtons();
}

void BatchPage::updateChart()
{
    const int pending = std::max(0, m_batch.totalCount - m_batch.finishedCount);
    // Rows that finished without success or error (an abort) count as neither.
    m_succeeded->setValue(m_batch.successCount);
    m_failed->setValue(m_batch.errorCount);
    m_pending->setValue(pending);
    const QLocale locale;
    m_succeeded->setLabel(tr("Succeeded %1").arg(locale.toString(m_batch.successCount)));
    m_failed->setLabel(tr("Failed %1").arg(locale.toString(m_batch.errorCount)));
    m_pending->setLabel(m_batch.isRunning() ? tr("Pending %1").arg(locale.toString(pending))
                                            : tr("Not processed %1").arg(locale.toString(pending)));
}

QPushButton *BatchPage::abortButton() const
{
    return m_ui->abortButton;
}

void BatchPage::saveViewStates() const
{
    ViewStates::save(u"batchPage/rows"_s, m_ui->rowsTable->horizontalHeader());
    ViewStates::save(u"batchPage/splitter"_s, m_ui->batchSplitter);
}

void BatchPage::restoreViewStates()
{
    ViewStates::restore(u"batchPage/rows"_s, m_ui->rowsTable->horizontalHeader());
    ViewStates::restore(u"batchPage/splitter"_s, m_ui->batchSplitter);
}

void BatchPage::updateButtons()
{
    m_ui->abortButton->setEnabled(!m_batch.id.isEmpty() && m_batch.isRunning());
    m_ui->exportButton->setEnabled(m_rows->rowCount() > 0);
    m_ui->fixButton->setEnabled(m_batch.errorCount > 0 && !m_failedReply);
}

bool BatchPage::exportRows()
{
    if (m_rows->rowCount() == 0)
        return false;
    const QString base = QFileInfo(m_fileName).completeBaseName();
    const QString suggested = (base.isEmpty() ? u"batch"_s : base) + u"-rows.csv"_s;
    const QString path = m_dialogs->getSaveFileName(
        this, tr("Export rows"), QDir::home().filePath(suggested), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_rows->toCsv()) < 0 || !file.commit()) {
        const QString text = tr("Could not write %1: %2. Choose another folder and try again.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
        m_dialogs->warning(this, tr("Export rows"), text);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %n row(s) to %1", nullptr, m_rows->rowCount())
                             .arg(QDir::toNativeSeparators(path)),
                         5000);
    return true;
}

void BatchPage::requestFailedRows()
{
    if (!m_api || m_batch.id.isEmpty() || m_failedReply)
        return;
    RowsQuery query;
    query.syncId = m_batch.id;
    query.status = u"error"_s;
    query.allPages = true;
    m_failedReply = m_api->rows(query);
    updateButtons();
    Q_EMIT statusMessage(tr("Loading the failed rows…"), 0);
    const Batch batch = m_batch;
    connect(m_failedReply, &RowsReply::finished, this, [this, batch](const RowsResult &result) {
        m_failedReply = nullptr;
        updateButtons();
        if (!result.ok()) {
            Q_EMIT statusMessage(tr("Could not load the failed rows: %1").arg(result.error.message),
                                 0);
            return;
        }
        Q_EMIT statusMessage(tr("%n failed row(s) loaded", nullptr, int(result.rows.size())), 5000);
        Q_EMIT fixFailedRows(batch, result.rows);
    });
}

} // namespace invsync
