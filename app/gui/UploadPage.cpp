#include "gui/UploadPage.h"
#include "ui_UploadPage.h"

#include "gui/DocumentSession.h"
#include "gui/Icons.h"
#include "gui/PreviewModel.h"
#include "gui/ReachPanel.h"
#include "gui/SeverityStyle.h"
#include "gui/SubmitPanel.h"
#include "gui/ViewStates.h"
#include "csv/Delimiter.h"
#include "csv/TextEncoding.h"

#include <QAction>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelection>
#include <QListWidgetItem>
#include <QLocale>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

const QString PreviewStateName = u"uploadPage/preview"_s;

constexpr int PathRole = Qt::UserRole + 1;
constexpr int MaxInitialColumnWidth = 320;

// Bundled samples: what a first-time user can try without a file of their own.
struct Sample
{
    const char *path;
    const char *title;
};
constexpr Sample Samples[] = {
    {":/samples/inventory-with-problems.csv",
     QT_TRANSLATE_NOOP("invsync::UploadPage", "Inventory with problems (20 rows)")},
    {":/samples/inventory-clean.csv",
     QT_TRANSLATE_NOOP("invsync::UploadPage", "Clean inventory (20 rows)")},
};

QString formatCount(int count)
{
    return QLocale().toString(count);
}

// Lists on the empty page are as tall as their items (at most a few), not a
// tall empty box.
void fitToItems(QListWidget *list, int maxRows)
{
    const int rows = std::clamp(list->count(), 1, maxRows);
    const int rowHeight =
        list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 8;
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 4);
}

} // namespace

UploadPage::UploadPage(QWidget *parent)
    : QWidget(parent), m_ui(new Ui::UploadPage), m_model(new PreviewModel(this)),
      m_deleteRowsAction(new QAction(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("uploadPage"));
    // Reach hook: step 3 sits under the preview and follows the document.
    m_reachPanel = new ReachPanel(m_ui->loadedState);
    m_ui->loadedLayout->addWidget(m_reachPanel);
    m_ui->loadedLayout->setStretchFactor(m_ui->previewLayout, 1);
    connect(this, &UploadPage::sessionChanged, m_reachPanel, &ReachPanel::setSession);
    connect(m_reachPanel, &ReachPanel::statusMessage, this, &UploadPage::statusMessage);
    m_submitPanel = new SubmitPanel(m_ui->loadedState);
    m_ui->loadedLayout->addWidget(m_submitPanel);
    m_submitPanel->setReachPanel(m_reachPanel);
    connect(this, &UploadPage::sessionChanged, m_submitPanel, &SubmitPanel::setSession);
    connect(m_submitPanel, &SubmitPanel::statusMessage, this, &UploadPage::statusMessage);
    connect(m_submitPanel, &SubmitPanel::stockLevelsChanged, this, [this] {
        m_model->stockLevelsChanged();
        resizeColumns();
        updateSteps();
    });
    connect(m_submitPanel, &SubmitPanel::submitted, this, &UploadPage::updateSteps);
    connect(m_reachPanel, &ReachPanel::reachableChanged, this, &UploadPage::updateSteps);

    m_ui->loadErrorFrame->hide();
    m_ui->loadErrorIcon->setPixmap(
        Icons::get(Icons::Name::Error).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_ui->dropIcon->setPixmap(
        Icons::get(Icons::Name::Upload).pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->openButton->setIcon(Icons::get(Icons::Name::Open));

    const QIcon fileIcon = Icons::get(Icons::Name::File);
    for (const Sample &sample : Samples) {
        auto *item = new QListWidgetItem(fileIcon, tr(sample.title), m_ui->samplesList);
        item->setData(PathRole, QString::fromLatin1(sample.path));
        item->setToolTip(displayName(QString::fromLatin1(sample.path)));
    }
    fitToItems(m_ui->samplesList, 4);
    setRecentFiles({});

    m_ui->encodingCombo->addItem(tr("Auto", "encoding: detect it"), QString());
    const QStringList encodings = encodingNames();
    for (const QString &name : encodings)
        m_ui->encodingCombo->addItem(name, name);
    m_ui->delimiterCombo->addItem(tr("Auto", "delimiter: detect it"), 0);
    for (const char delimiter : SupportedDelimiters)
        m_ui->delimiterCombo->addItem(Delimiter::displayName(delimiter), int(delimiter));

    QTableView *view = m_ui->previewView;
    view->setModel(m_model);
    // A fixed row height keeps a million rows cheap to lay out and scroll.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_deleteRowsAction->setObjectName(QStringLiteral("actionDeleteRows"));
    m_deleteRowsAction->setText(tr("&Delete Rows"));
    m_deleteRowsAction->setToolTip(tr("Delete the selected rows from the document"));
    m_deleteRowsAction->setShortcut(QKeySequence::Delete);
    // Only while the table has focus: Del must still delete text in the search box.
    m_deleteRowsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteRowsAction->setEnabled(false);
    view->addAction(m_deleteRowsAction);
    connect(m_deleteRowsAction, &QAction::triggered, this, &UploadPage::deleteSelectedRows);

    m_showLoadingTimer.setSingleShot(true);
    m_showLoadingTimer.setInterval(150);
    connect(&m_showLoadingTimer, &QTimer::timeout, this,
            [this] { m_ui->stateStack->setCurrentWidget(m_ui->loadingState); });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, &UploadPage::applySearch);

    connect(m_ui->openButton, &QPushButton::clicked, this, &UploadPage::openDialogRequested);
    const auto openItem = [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT openRequested(item->data(PathRole).toString(), LoadOptions());
    };
    connect(m_ui->recentList, &QListWidget::itemClicked, this, openItem);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, openItem);
    connect(m_ui->samplesList, &QListWidget::itemClicked, this, openItem);
    connect(m_ui->samplesList, &QListWidget::itemActivated, this, openItem);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, this, &UploadPage::cancelLoad);
    connect(m_ui->dismissErrorButton, &QPushButton::clicked, m_ui->loadErrorFrame, &QWidget::hide);
    connect(m_ui->rereadButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            Q_EMIT openRequested(m_session->filePath(), chosenOptions());
    });
    connect(m_ui->onlyProblemsCheck, &QCheckBox::toggled, m_model, &PreviewModel::setOnlyProblems);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &UploadPage::applySearch);
    connect(m_ui->nextProblemButton, &QPushButton::clicked, this, [this] { goToProblem(false); });
    connect(m_model, &PreviewModel::filterChanged, this, &UploadPage::updateFilterStatus);

    setState(State::Empty);
}

UploadPage::~UploadPage()
{
    stopWatching();
    // The model listens to the session: let it go before the session does.
    m_model->setSession(nullptr);
}

QTableView *UploadPage::previewView() const
{
    return m_ui->previewView;
}

QString UploadPage::displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

void UploadPage::setState(State state)
{
    m_state = state;
    m_showLoadingTimer.stop();
    switch (state) {
    case State::Empty:
        m_ui->stateStack->setCurrentWidget(m_ui->emptyState);
        break;
    case State::Loading:
        m_showLoadingTimer.start();
        break;
    case State::Loaded:
        m_ui->stateStack->setCurrentWidget(m_ui->loadedState);
        break;
    }
    m_deleteRowsAction->setEnabled(state == State::Loaded);
}

void UploadPage::open(const QString &path, const LoadOptions &options)
{
    if (m_watcher && m_loadingPath == path && m_loadingOptions.encoding == options.encoding &&
        m_loadingOptions.delimiter == options.delimiter)
        return; // a double click asks twice for the same file
    stopWatching();

    m_loadingPath = path;
    m_loadingOptions = options;
    m_loadingReference.clear();
    m_loadingReferenceNote.clear();
    m_loadingFromMemory = false;
    m_ui->loadErrorFrame->hide();
    m_ui->loadingLabel->setText(tr("Reading %1…").arg(displayName(path)));
    const qint64 size = QFileInfo(path).size();
    m_ui->loadingDetail->setText(tr("%1 — reading, checking every row, finding duplicates.")
                                     .arg(QLocale().formattedDataSize(size)));
    m_ui->loadProgress->setRange(0, 1000);
    m_ui->loadProgress->setValue(0);

    auto *watcher = new QFutureWatcher<LoadResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<LoadResult>::progressValueChanged, m_ui->loadProgress,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this,
            [this, watcher] { onLoadFinished(watcher); });
    m_loadClock.start();
    watcher->setFuture(DocumentLoader::load(path, options));

    setState(State::Loading);
    if (m_ui->stateStack->currentWidget() != m_ui->loadedState)
        m_ui->stateStack->setCurrentWidget(m_ui->loadingState);
    Q_EMIT loadingChanged(true);
}

// Reach hook: as open(), from bytes already downloaded.
void UploadPage::openDownloaded(const QByteArray &bytes, const QString &name, const QUrl &directUrl,
                                const QString &note)
{
    stopWatching();
    m_loadingPath = name;
    m_loadingOptions = LoadOptions();
    m_loadingReference = directUrl;
    m_loadingReferenceNote = note;
    m_loadingFromMemory = true;
    m_ui->loadErrorFrame->hide();
    m_ui->loadingLabel->setText(tr("Reading %1…").arg(name));
    m_ui->loadingDetail->setText(tr("%1 — reading, checking every row, finding duplicates.")
                                     .arg(QLocale().formattedDataSize(bytes.size())));
    m_ui->loadProgress->setRange(0, 1000);
    m_ui->loadProgress->setValue(0);
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<LoadResult>::progressValueChanged, m_ui->loadProgress,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this,
            [this, watcher] { onLoadFinished(watcher); });
    m_loadClock.start();
    watcher->setFuture(QtConcurrent::run([bytes, name](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, 1000);
        const ProgressCallback progress = [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(int(total > 0 ? done * 1000 / total : 0));
            return !promise.isCanceled();
        };
        LoadResult result = DocumentLoader::loadBytes(bytes, name, LoadOptions(), progress);
        if (promise.isCanceled())
            result.cancelled = true;
        promise.addResult(std::move(result));
    }));
    setState(State::Loading);
    if (m_ui->stateStack->currentWidget() != m_ui->loadedState)
        m_ui->stateStack->setCurrentWidget(m_ui->loadingState);
    Q_EMIT loadingChanged(true);
}

void UploadPage::stopWatching()
{
    if (!m_watcher)
        return;
    QFutureWatcher<LoadResult> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->disconnect(this);
    // Cancelling stops the worker at its next progress report; its result is dropped.
    watcher->future().cancel();
    watcher->deleteLater();
}

void UploadPage::cancelLoad()
{
    if (!m_watcher)
        return;
    const QString path = m_loadingPath;
    stopWatching();
    setState(m_session ? State::Loaded : State::Empty);
    Q_EMIT loadingChanged(false);
    Q_EMIT statusMessage(tr("Stopped reading %1.").arg(displayName(path)));
}

void UploadPage::onLoadFinished(QFutureWatcher<LoadResult> *watcher)
{
    if (watcher != m_watcher)
        return;
    const QFuture<LoadResult> future = watcher->future();
    m_watcher = nullptr;
    watcher->deleteLater();
    Q_EMIT loadingChanged(false);

    const QString path = m_loadingPath;
    if (future.isCanceled() || future.resultCount() == 0) {
        setState(m_session ? State::Loaded : State::Empty);
        return;
    }
    const LoadResult result = future.result();
    if (result.cancelled) {
        setState(m_session ? State::Loaded : State::Empty);
        return;
    }
    if (!result.document) {
        setState(m_session ? State::Loaded : State::Empty);
        showLoadError(path, result.error);
        Q_EMIT loadFailed(path, result.error);
        return;
    }

    setSession(new DocumentSession(result.document, path, m_loadingOptions, this));
    // Reach hook: a downloaded document has no file to re-read or to list as recent.
    m_ui->rereadButton->setEnabled(!m_loadingFromMemory);
    if (!m_loadingReference.isEmpty())
        m_reachPanel->setReference(m_session, m_loadingReference, m_loadingReferenceNote);
    Q_EMIT statusMessage(
        tr("Read %1 in %2 s.")
            .arg(displayName(path))
            .arg(QLocale().toString(double(m_loadClock.elapsed()) / 1000.0, 'f', 1)));
    if (!m_loadingFromMemory) // no file to re-read or to list in Recent Files
        Q_EMIT loadSucceeded(path);
}

void UploadPage::showLoadError(const QString &path, const QString &error)
{
    // The loader's message names the file and says what to do.
    m_ui->loadErrorLabel->setText(
        error.isEmpty() ? tr("%1 could not be read.").arg(displayName(path)) : error);
    m_ui->loadErrorLabel->setToolTip(path);
    m_ui->loadErrorFrame->show();
}

void UploadPage::setSession(DocumentSession *session)
{
    DocumentSession *old = m_session;
    m_session = session;

    m_searchTimer.stop();
    {
        const QSignalBlocker blockCheck(m_ui->onlyProblemsCheck);
        const QSignalBlocker blockSearch(m_ui->searchEdit);
        m_ui->onlyProblemsCheck->setChecked(false);
        m_ui->searchEdit->clear();
    }
    if (old)
        saveViewStates(); // the widths belong to the old document's columns
    m_model->setSession(session);

    if (session) {
        connect(session, &DocumentSession::issuesChanged, this, &UploadPage::updateSummary);
        connect(session, &DocumentSession::cellEdited, this, &UploadPage::onCellEdited);
        connect(session, &DocumentSession::rowsRemoved, this, &UploadPage::onRowsRemoved);
        connect(session, &DocumentSession::rowsRestored, this, &UploadPage::onRowsRestored);
        showOptions(session->options());
        updateSummary();
        resizeColumns();
        if (m_remembersViewStates)
            ViewStates::restore(PreviewStateName, m_ui->previewView->horizontalHeader(),
                                previewColumnsKey());
        setState(State::Loaded);
    } else {
        setState(State::Empty);
    }
    Q_EMIT sessionChanged(session);
    delete old;
}

void UploadPage::resizeColumns()
{
    QTableView *view = m_ui->previewView;
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > MaxInitialColumnWidth)
            header->resizeSection(column, MaxInitialColumnWidth);
    }
    view->scrollToTop();
}

QString UploadPage::previewColumnsKey() const
{
    QStringList names;
    for (int column = 0; column < m_model->columnCount(); ++column)
        names << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return names.join(u'\n');
}

void UploadPage::saveViewStates() const
{
    if (m_remembersViewStates && m_session)
        ViewStates::save(PreviewStateName, m_ui->previewView->horizontalHeader(),
                         previewColumnsKey());
}

LoadOptions UploadPage::chosenOptions() const
{
    LoadOptions options;
    options.encoding = encodingFromName(m_ui->encodingCombo->currentData().toString())
                           .value_or(TextEncoding::Auto);
    options.delimiter = char(m_ui->delimiterCombo->currentData().toInt());
    return options;
}

void UploadPage::showOptions(const LoadOptions &options)
{
    const int encodingIndex = options.encoding == TextEncoding::Auto
                                  ? 0
                                  : m_ui->encodingCombo->findData(encodingName(options.encoding));
    m_ui->encodingCombo->setCurrentIndex(std::max(encodingIndex, 0));
    const int delimiterIndex = m_ui->delimiterCombo->findData(int(options.delimiter));
    m_ui->delimiterCombo->setCurrentIndex(std::max(delimiterIndex, 0));
}

void UploadPage::setRecentFiles(const QStringList &files)
{
    m_ui->recentList->clear();
    const QIcon fileIcon = Icons::get(Icons::Name::File);
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(fileIcon, displayName(file), m_ui->recentList);
        item->setData(PathRole, file);
        item->setToolTip(file);
    }
    fitToItems(m_ui->recentList, 6);
    m_ui->recentGroup->setVisible(!files.isEmpty());
}

void UploadPage::updateSummary()
{
    if (!m_session)
        return;
    const InventoryDocument &doc = m_session->document();
    const InventoryDocument::Source &source = doc.source();

    m_ui->summaryFileValue->setText(displayName(m_session->filePath()));
    m_ui->summaryFileValue->setToolTip(m_session->filePath());
    m_ui->rowsValue->setText(formatCount(doc.rowCount()));
    m_ui->errorsValue->setText(formatCount(doc.errorCount()));
    m_ui->warningsValue->setText(formatCount(doc.warningCount()));
    m_ui->noticesValue->setText(formatCount(doc.noticeCount()));
    const auto emphasise = [](QLabel *label, int count, SeverityStyle::Tone tone) {
        label->setStyleSheet(count > 0 ? QStringLiteral("font-weight: bold;") : QString());
        SeverityStyle::setTone(label, count > 0 ? tone : SeverityStyle::Tone::Normal);
    };
    emphasise(m_ui->errorsValue, doc.errorCount(), SeverityStyle::Tone::Error);
    emphasise(m_ui->warningsValue, doc.warningCount(), SeverityStyle::Tone::Warning);

    QString encoding = encodingName(source.encoding);
    if (source.hadBom)
        encoding = tr("%1 with BOM").arg(encoding);
    m_ui->encodingValue->setText(encoding);
    m_ui->encodingValue->setToolTip(
        source.encodingFallback ? tr("The file was not valid UTF-8 and was read as Windows-1252.")
                                : QString());
    m_ui->delimiterValue->setText(Delimiter::displayName(source.delimiter));

    if (doc.errorCount() > 0)
        m_ui->summaryVerdict->setText(
            tr("Fix the errors before submitting: ShipHero would refuse the file."));
    else if (doc.warningCount() > 0)
        m_ui->summaryVerdict->setText(tr("No errors. Look at the warnings before submitting."));
    else
        m_ui->summaryVerdict->setText(tr("No problems found: the file is ready."));
    m_ui->nextProblemButton->setEnabled(doc.rowsWithIssues() > 0);
    updateFilterStatus();
    updateSteps();
}

void UploadPage::updateSteps()
{
    // The step the user is at is emphasised in the header.
    QLabel *current = m_ui->stepFile;
    if (m_session) {
        if (m_session->document().hasStockLevels())
            current = m_ui->stepCheck;
        if (m_reachPanel->reachableUrl().isValid())
            current = m_ui->stepReach;
        if (m_submitPanel->isSubmitting() || m_submitPanel->hasSubmitted())
            current = m_ui->stepSubmit;
    }
    const QList<QLabel *> steps{m_ui->stepFile, m_ui->stepCheck, m_ui->stepReach, m_ui->stepSubmit};
    for (QLabel *step : steps) {
        step->setEnabled(step == m_ui->stepFile || m_session);
        step->setStyleSheet(step == current
                                ? QStringLiteral("font-weight: bold; color: palette(highlight);")
                                : QStringLiteral("font-weight: normal;"));
        // Room for the bold text whichever step is bold: no clipped "4 Submi".
        QFont bold = step->font();
        bold.setBold(true);
        step->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(step->text()) + 4);
    }
}

void UploadPage::updateFilterStatus()
{
    if (!m_session) {
        m_ui->filterStatusLabel->clear();
        return;
    }
    const int shown = m_model->rowCount();
    const int all = m_model->documentRowCount();
    m_ui->filterStatusLabel->setText(
        m_model->isFiltered()
            ? tr("Showing %1 of %Ln row(s)", nullptr, all).arg(formatCount(shown))
            : tr("Showing all %Ln row(s)", nullptr, all));
}

void UploadPage::applySearch()
{
    m_searchTimer.stop();
    m_model->setSearchText(m_ui->searchEdit->text().trimmed());
}

void UploadPage::clearFilters()
{
    m_searchTimer.stop();
    {
        const QSignalBlocker blockCheck(m_ui->onlyProblemsCheck);
        const QSignalBlocker blockSearch(m_ui->searchEdit);
        m_ui->onlyProblemsCheck->setChecked(false);
        m_ui->searchEdit->clear();
    }
    m_model->clearFilters();
}

void UploadPage::focusSearch()
{
    if (m_state != State::Loaded)
        return;
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void UploadPage::revealCell(int row, int column)
{
    if (!m_session || row < 0 || row >= m_session->document().rowCount())
        return;
    QModelIndex index = m_model->indexForCell(row, std::max(column, 0));
    if (!index.isValid() && m_model->isFiltered()) {
        clearFilters();
        index = m_model->indexForCell(row, std::max(column, 0));
    }
    if (!index.isValid())
        return;
    QTableView *view = m_ui->previewView;
    const QItemSelectionModel::SelectionFlags flags =
        column < 0 ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                   : QItemSelectionModel::ClearAndSelect;
    view->selectionModel()->setCurrentIndex(index, flags);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    view->setFocus(Qt::OtherFocusReason);
}

void UploadPage::goToProblem(bool backwards)
{
    if (!m_session)
        return;
    const InventoryDocument &doc = m_session->document();
    const QModelIndex current = m_ui->previewView->currentIndex();
    const int start = backwards ? doc.rowCount() : -1;
    const int from = current.isValid() ? m_model->documentRow(current.row()) : start;
    int row = doc.nextProblemRow(from, backwards);
    if (row < 0 && from != start) {
        row = doc.nextProblemRow(start, backwards);
        if (row >= 0)
            Q_EMIT statusMessage(backwards ? tr("Went round to the last problem.")
                                           : tr("Went round to the first problem."));
    }
    if (row < 0) {
        Q_EMIT statusMessage(tr("No row has a problem."));
        return;
    }
    // The worst cell of the row is where the user most likely has to type.
    int column = -1;
    Severity worst = Severity::None;
    for (int c = 0; c < doc.columnCount(); ++c) {
        const Severity severity = doc.cellSeverity(row, c);
        if (severity > worst) {
            worst = severity;
            column = c;
        }
    }
    revealCell(row, column);
}

void UploadPage::deleteSelectedRows()
{
    if (!m_session)
        return;
    QTableView *view = m_ui->previewView;
    // Selection ranges, not selectedIndexes(): a select-all over a million
    // rows would make millions of indexes.
    std::vector<int> rows;
    const QItemSelection selection = view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int documentRow = m_model->documentRow(row);
            if (documentRow >= 0)
                rows.push_back(documentRow);
        }
    }
    if (rows.empty() && view->currentIndex().isValid())
        rows.push_back(m_model->documentRow(view->currentIndex().row()));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return;
    m_model->removeDocumentRows(rows);
    const int count = int(rows.size());
    Q_EMIT statusMessage(
        tr("Deleted %Ln row(s). Undo brings back what was deleted.", nullptr, count));
}

void UploadPage::onCellEdited(int row, int column)
{
    const QModelIndex index = m_model->indexForCell(row, column);
    QTableView *view = m_ui->previewView;
    if (!index.isValid() || view->currentIndex() == index)
        return;
    // Undo and redo jump to the cell they changed, so the user sees what happened.
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
}

void UploadPage::onRowsRemoved(const std::vector<int> &positions)
{
    if (positions.empty() || m_model->rowCount() == 0)
        return;
    // Select the row that moved into the place of the first removed one.
    const int row = m_model->nearestModelRow(positions.front());
    QTableView *view = m_ui->previewView;
    const int column = std::max(view->currentIndex().column(), 0);
    const QModelIndex index = m_model->index(row, column);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void UploadPage::onRowsRestored(const std::vector<int> &positions)
{
    // Select what came back, as contiguous ranges (a restore can bring back a million rows).
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    int first = -1;
    int last = -1;
    const auto flush = [&] {
        if (first >= 0)
            selection.append(
                QItemSelectionRange(m_model->index(first, 0), m_model->index(last, lastColumn)));
    };
    for (const int position : positions) {
        const int row = m_model->modelRow(position);
        if (row < 0)
            continue;
        if (row != last + 1 || first < 0) {
            flush();
            first = row;
        }
        last = row;
    }
    flush();
    if (selection.isEmpty())
        return;
    QTableView *view = m_ui->previewView;
    const QModelIndex current = selection.first().topLeft();
    view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(current);
}

} // namespace invsync
