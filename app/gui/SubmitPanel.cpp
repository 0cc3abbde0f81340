#include "gui/SubmitPanel.h"

#include "api/ShipHeroApi.h"
#include "gui/DialogProvider.h"
#include "gui/DocumentSession.h"
#include "gui/HostingService.h"
#include "gui/Icons.h"
#include "gui/ReachPanel.h"
#include "gui/SeverityStyle.h"
#include "gui/ShortcutHints.h"
#include "history/HistoryStore.h"
#include "hosting/FileHost.h"
#include "inventory/StockCheck.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr int DynamicRole = Qt::UserRole + 1;

QString signedCount(qint64 value)
{
    const QString number = QLocale().toString(qAbs(value));
    return value > 0 ? u"+"_s + number : value < 0 ? QString(QChar(0x2212)) + number : number;
}

} // namespace

SubmitPanel::SubmitPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"submitPanel"_s);
    setFrameShape(QFrame::StyledPanel);

    m_warehouseCombo = new QComboBox(this);
    m_warehouseCombo->setObjectName(u"warehouseCombo"_s);
    m_warehouseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_warehouseCombo->setPlaceholderText(tr("Sign in to choose a warehouse"));
    m_customerLabel = new QLabel(tr("Customer account:"), this);
    m_customerEdit = new QLineEdit(this);
    m_customerEdit->setObjectName(u"customerEdit"_s);
    m_customerEdit->setPlaceholderText(tr("your own stock"));
    m_customerEdit->setToolTip(tr("As a 3PL, the id of the customer account whose stock this "
                                  "is; empty for your own."));
    m_customerLabel->setBuddy(m_customerEdit);
    m_reloadButton = new QToolButton(this);
    m_reloadButton->setObjectName(u"reloadWarehousesButton"_s);
    m_reloadButton->setIcon(Icons::get(Icons::Name::Refresh));
    m_reloadButton->setToolTip(tr("Load the account's warehouses again"));
    m_locationNotice = new QLabel(this);
    m_locationNotice->setObjectName(u"locationNotice"_s);
    m_locationNotice->setWordWrap(true);
    SeverityStyle::setTone(m_locationNotice, SeverityStyle::Tone::Warning);

    m_checkButton = new QPushButton(tr("Check against Warehouse"), this);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_checkButton->setToolTip(tr("Look up every SKU of the file in the warehouse, before "
                                 "anything is changed"));
    m_checkProgress = new QProgressBar(this);
    m_checkProgress->setObjectName(u"checkProgress"_s);
    m_checkProgress->setMaximumWidth(160);
    m_cancelCheckButton = new QPushButton(tr("Cancel"), this);
    m_cancelCheckButton->setObjectName(u"cancelCheckButton"_s);
    m_checkSummary = new QLabel(this);
    m_checkSummary->setObjectName(u"checkSummaryLabel"_s);
    m_checkSummary->setWordWrap(true);

    m_skipErrorsCheck = new QCheckBox(this);
    m_skipErrorsCheck->setObjectName(u"skipErrorsCheck"_s);
    m_submitButton = new QPushButton(tr("Submit…"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setDefault(false);
    m_submitProgress = new QProgressBar(this);
    m_submitProgress->setObjectName(u"submitProgress"_s);
    m_submitProgress->setMaximumWidth(160);
    m_cancelSubmitButton = new QPushButton(tr("Cancel"), this);
    m_cancelSubmitButton->setObjectName(u"cancelSubmitButton"_s);
    m_submitStatus = new QLabel(this);
    m_submitStatus->setObjectName(u"submitStatusLabel"_s);
    m_submitStatus->setWordWrap(true);
    m_submitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Named for screen readers: most of these show an icon, a placeholder or
    // a text that changes, and say little on their own.
    m_warehouseCombo->setAccessibleName(tr("Warehouse"));
    m_warehouseCombo->setAccessibleDescription(
        tr("The warehouse of the account the file is checked against and sent to"));
    m_customerEdit->setAccessibleName(tr("Customer account"));
    m_customerEdit->setAccessibleDescription(m_customerEdit->toolTip());
    m_reloadButton->setAccessibleName(tr("Reload warehouses"));
    m_reloadButton->setAccessibleDescription(m_reloadButton->toolTip());
    m_checkButton->setAccessibleName(tr("Check against warehouse"));
    m_checkButton->setAccessibleDescription(m_checkButton->toolTip());
    m_cancelCheckButton->setAccessibleName(tr("Cancel check"));
    m_submitButton->setAccessibleName(tr("Submit"));
    m_submitButton->setAccessibleDescription(
        tr("Send the file to the chosen warehouse as an inventory sync, after a confirmation"));
    m_cancelSubmitButton->setAccessibleName(tr("Cancel submission"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(4);
    auto *checkTitle = new QLabel(tr("<b>2 Check</b>"), this);
    auto *submitTitle = new QLabel(tr("<b>4 Submit</b>"), this);
    auto *warehouseLabel = new QLabel(tr("&Warehouse:"), this);
    warehouseLabel->setBuddy(m_warehouseCombo);

    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(warehouseLabel);
    whereRow->addWidget(m_warehouseCombo);
    whereRow->addWidget(m_reloadButton);
    whereRow->addSpacing(12);
    whereRow->addWidget(m_customerLabel);
    whereRow->addWidget(m_customerEdit);
    whereRow->addSpacing(12);
    whereRow->addWidget(m_checkButton);
    whereRow->addWidget(m_checkProgress);
    whereRow->addWidget(m_cancelCheckButton);
    whereRow->addWidget(m_checkSummary, 1);
    grid->addWidget(checkTitle, 0, 0);
    grid->addLayout(whereRow, 0, 1);
    grid->addWidget(m_locationNotice, 1, 1);

    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_skipErrorsCheck);
    submitRow->addWidget(m_submitButton);
    submitRow->addWidget(m_submitProgress);
    submitRow->addWidget(m_cancelSubmitButton);
    submitRow->addWidget(m_submitStatus, 1);
    grid->addWidget(submitTitle, 2, 0);
    grid->addLayout(submitRow, 2, 1);
    grid->setColumnStretch(1, 1);

    connect(m_warehouseCombo, &QComboBox::currentIndexChanged, this,
            &SubmitPanel::onWarehouseChosen);
    connect(m_customerEdit, &QLineEdit::editingFinished, this, [this] {
        rememberChoice();
        if (m_session && m_session->document().hasStockLevels())
            clearStock(); // the levels were another account's
        update();
    });
    connect(m_reloadButton, &QToolButton::clicked, this, &SubmitPanel::loadAccount);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        // A second click asks again: results are cached until the app quits.
        check(m_session && m_session->document().hasStockLevels());
    });
    connect(m_cancelCheckButton, &QPushButton::clicked, this, &SubmitPanel::cancelCheck);
    connect(m_skipErrorsCheck, &QCheckBox::toggled, this, &SubmitPanel::update);
    connect(m_submitButton, &QPushButton::clicked, this, &SubmitPanel::submit);
    connect(m_cancelSubmitButton, &QPushButton::clicked, this, &SubmitPanel::cancelSubmit);
    update();
}

SubmitPanel::~SubmitPanel()
{
    if (m_checkReply)
        m_checkReply->cancel();
    if (m_accountReply)
        m_accountReply->cancel();
}

void SubmitPanel::setApi(ShipHeroApi *api, const QString &connectionName)
{
    if (api == m_api && connectionName == m_connectionName)
        return;
    cancelCheck();
    if (m_accountReply)
        m_accountReply->cancel();
    if (api != m_api) {
        delete m_stockCheck;
        m_stockCheck = api ? new StockCheck(api, this) : nullptr;
    }
    m_api = api;
    m_connectionName = connectionName;
    m_account = Account();
    m_accountLoaded = false;
    {
        const QSignalBlocker block(m_warehouseCombo);
        m_warehouseCombo->clear();
    }
    clearStock();
    loadAccount();
    update();
}

void SubmitPanel::setHistory(HistoryStore *history)
{
    m_history = history;
}

void SubmitPanel::setHostingService(HostingService *service)
{
    m_hosting = service;
}

void SubmitPanel::setReachPanel(ReachPanel *panel)
{
    m_reach = panel;
}

void SubmitPanel::setSubmitShortcut(const QKeySequence &shortcut)
{
    m_submitShortcut = shortcut;
    update();
}

void SubmitPanel::setDialogProvider(DialogProvider *dialogs)
{
    m_dialogs = dialogs;
}

void SubmitPanel::setSession(DocumentSession *session)
{
    cancelCheck();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_checkedWarehouse.clear();
    m_submittedWarehouse.clear();
    m_submitStatus->clear();
    // Leaving rows out is decided for each file, after seeing its errors.
    m_skipErrorsCheck->setChecked(false);
    if (session)
        connect(session, &DocumentSession::issuesChanged, this, &SubmitPanel::update);
    update();
}

bool SubmitPanel::hasSubmitted() const
{
    // The same bytes to the same place twice is almost always a double click.
    return m_session && !m_submittedWarehouse.isEmpty() &&
           m_submittedWarehouse == warehouseId() + u'/' + customerAccountId() &&
           m_submittedIndex == m_session->undoStack()->index();
}

QString SubmitPanel::warehouseId() const
{
    return m_warehouseCombo->currentData().toString();
}

QString SubmitPanel::warehouseName() const
{
    for (const Warehouse &warehouse : m_account.warehouses) {
        if (warehouse.id == warehouseId())
            return warehouse.name;
    }
    return {};
}

bool SubmitPanel::warehouseUsesDynamicSlotting() const
{
    return m_warehouseCombo->currentData(DynamicRole).toBool();
}

QString SubmitPanel::customerAccountId() const
{
    return m_account.is3pl ? m_customerEdit->text().trimmed() : QString();
}

void SubmitPanel::loadAccount()
{
    if (!m_api || m_accountReply)
        return;
    m_accountReply = m_api->account();
    connect(m_accountReply, &AccountReply::finished, this, &SubmitPanel::onAccount);
    update();
}

void SubmitPanel::onAccount(const AccountResult &result)
{
    if (!result.ok()) {
        m_warehouseCombo->setPlaceholderText(tr("Warehouses could not be loaded"));
        Q_EMIT statusMessage(
            tr("The account's warehouses could not be loaded: %1").arg(result.error.message));
        update();
        return;
    }
    m_account = result.account;
    m_accountLoaded = true;
    // The last choice for this connection (kept in the settings), else the last upload's.
    const QStringList remembered =
        Settings::instance()
            ->value(Settings::Key::LastWarehouses)
            .toMap()
            .value(m_connectionName)
            .toString()
            .split(u'\n');
    QString wanted = remembered.value(0);
    QString customer = remembered.value(1);
    if (wanted.isEmpty() && m_history && m_history->isOpen()) {
        const QList<UploadRecord> uploads = m_history->uploads(20);
        for (const UploadRecord &upload : uploads) {
            if (upload.connection == m_connectionName) {
                wanted = upload.warehouseId;
                customer = upload.customerAccountId;
                break;
            }
        }
    }
    {
        const QSignalBlocker block(m_warehouseCombo);
        m_warehouseCombo->clear();
        for (const Warehouse &warehouse : std::as_const(m_account.warehouses)) {
            if (!warehouse.active)
                continue;
            const QString slotting =
                warehouse.dynamicSlotting ? tr("dynamic slotting") : tr("static slotting");
            // Said once: a name may already tell it ("Overflow (dynamic slotting)").
            const QString text = warehouse.name.contains(slotting, Qt::CaseInsensitive)
                                     ? warehouse.name
                                     : tr("%1 (%2)").arg(warehouse.name, slotting);
            m_warehouseCombo->addItem(text, warehouse.id);
            m_warehouseCombo->setItemData(m_warehouseCombo->count() - 1, warehouse.dynamicSlotting,
                                          DynamicRole);
        }
        const int index = m_warehouseCombo->findData(wanted);
        m_warehouseCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!customer.isEmpty() && m_customerEdit->text().isEmpty())
        m_customerEdit->setText(customer);
    onWarehouseChosen();
}

void SubmitPanel::onWarehouseChosen()
{
    rememberChoice();
    if (m_checkedWarehouse != warehouseId())
        clearStock();
    update();
}

void SubmitPanel::rememberChoice()
{
    if (warehouseId().isEmpty() || !m_accountLoaded)
        return;
    QVariantMap chosen = Settings::instance()->value(Settings::Key::LastWarehouses).toMap();
    chosen.insert(m_connectionName, QString(warehouseId() + u'\n' + customerAccountId()));
    Settings::instance()->setValue(Settings::Key::LastWarehouses, chosen);
}

void SubmitPanel::clearStock()
{
    cancelCheck();
    m_checkedWarehouse.clear();
    m_checkSummary->clear();
    if (m_session && m_session->document().hasStockLevels()) {
        m_session->document().clearStockLevels();
        Q_EMIT m_session->issuesChanged();
        Q_EMIT stockLevelsChanged();
    }
}

void SubmitPanel::check(bool refresh)
{
    if (!m_session || !m_stockCheck || warehouseId().isEmpty() || m_checkReply)
        return;
    const InventoryDocument &doc = m_session->document();
    const int skuColumn = doc.columnOf(ColumnRole::Sku);
    if (skuColumn < 0)
        return;
    StockCheckRequest request;
    request.connection = m_connectionName;
    request.warehouseId = warehouseId();
    request.customerAccountId = customerAccountId();
    request.warehouseName = warehouseName();
    request.refresh = refresh;
    for (int row = 0; row < doc.rowCount(); ++row) {
        const QString sku = doc.cell(row, skuColumn);
        if (!sku.trimmed().isEmpty())
            request.skus.append(sku);
    }
    m_checkProgress->setRange(0, 0);
    m_checkSummary->setText(tr("Looking up %Ln SKU(s) in %1…", nullptr, int(request.skus.size()))
                                .arg(request.warehouseName));
    m_checkReply = m_stockCheck->check(request);
    connect(m_checkReply, &StockCheckReply::progress, this, [this](int done, int total) {
        m_checkProgress->setRange(0, std::max(total, 1));
        m_checkProgress->setValue(done);
    });
    connect(m_checkReply, &StockCheckReply::waiting, this,
            [this](qint64, const QString &reason) { m_checkSummary->setText(reason); });
    const QString checkedWarehouse = request.warehouseId;
    connect(m_checkReply, &StockCheckReply::finished, this,
            [this, checkedWarehouse](const StockCheckResult &result) {
                m_checkedWarehouse = checkedWarehouse;
                onCheckFinished(result);
            });
    update();
}

void SubmitPanel::cancelCheck()
{
    if (!m_checkReply)
        return;
    m_checkReply->cancel();
    m_checkReply = nullptr;
    m_checkSummary->setText(tr("Check cancelled."));
    update();
}

void SubmitPanel::onCheckFinished(const StockCheckResult &result)
{
    m_checkReply = nullptr;
    if (!result.ok()) {
        m_checkedWarehouse.clear();
        m_checkSummary->setText(tr("The check failed: %1").arg(result.error.message));
        update();
        return;
    }
    if (!m_session) {
        update();
        return;
    }
    StockLevels levels = result.levels;
    levels.warehouseName = warehouseName();
    levels.largeChangeShare = Settings::instance()->largeChangeShare();
    m_session->document().setStockLevels(levels);
    Q_EMIT m_session->issuesChanged();
    Q_EMIT stockLevelsChanged();
    update();
    Q_EMIT statusMessage(tr("Checked %Ln SKU(s) against %1.", nullptr,
                            int(levels.onHand.size() + levels.notFound.size()))
                             .arg(levels.warehouseName));
}

void SubmitPanel::update()
{
    const bool signedIn = !m_api.isNull();
    const bool checking = !m_checkReply.isNull();
    const bool submitting = !m_submission.isNull();
    const bool haveWarehouse = !warehouseId().isEmpty();
    m_warehouseCombo->setEnabled(signedIn && m_accountLoaded && !submitting && !checking);
    if (!signedIn)
        m_warehouseCombo->setPlaceholderText(tr("Sign in to choose a warehouse"));
    m_reloadButton->setEnabled(signedIn && !m_accountReply);
    m_customerLabel->setVisible(m_account.is3pl);
    m_customerEdit->setVisible(m_account.is3pl);
    m_customerEdit->setEnabled(!submitting && !checking);

    const bool haveDoc = !m_session.isNull();
    m_checkButton->setEnabled(haveDoc && haveWarehouse && !checking && !submitting &&
                              m_stockCheck != nullptr);
    const bool checked = haveDoc && m_session->document().hasStockLevels();
    m_checkButton->setText(checked ? tr("Check Again") : tr("Check against Warehouse"));
    m_checkProgress->setVisible(checking);
    m_cancelCheckButton->setVisible(checking);
    if (checked && !checking) {
        const StockSummary summary = m_session->document().stockSummary();
        QString text = tr("%1 units up in %Ln row(s)", nullptr, summary.rowsUp)
                           .arg(QLocale().toString(summary.unitsUp)) +
                       u", "_s +
                       tr("%1 units down in %Ln row(s)", nullptr, summary.rowsDown)
                           .arg(QLocale().toString(summary.unitsDown));
        if (summary.rowsNotFound > 0)
            text += u"; "_s +
                    tr("%Ln row(s) with SKUs not in the warehouse", nullptr, summary.rowsNotFound);
        m_checkSummary->setText(text + u'.');
    }
    updateLocationNotice();

    const int errorRows = haveDoc ? SubmissionPlan::errorRowCount(m_session->document()) : 0;
    m_skipErrorsCheck->setVisible(errorRows > 0);
    m_skipErrorsCheck->setText(tr("Leave out the %Ln row(s) with errors", nullptr, errorRows));
    m_skipErrorsCheck->setAccessibleName(m_skipErrorsCheck->text()); // with the count
    const bool blocked = errorRows > 0 && !m_skipErrorsCheck->isChecked();
    const bool sent = hasSubmitted();
    const bool canSubmit = haveDoc && haveWarehouse && !checking && !submitting && !blocked &&
                           !sent && m_history != nullptr;
    m_submitButton->setEnabled(canSubmit);
    m_submitButton->setToolTip(ShortcutHints::withShortcut(
        blocked ? tr("Fix the rows with errors, or leave them out.")
        : sent  ? tr("This version of the file was sent to this warehouse. Edit it, or choose "
                      "another warehouse, to send again.")
                : tr("Start an inventory sync with this file"),
        m_submitShortcut));
    if (canSubmit != m_canSubmit) {
        m_canSubmit = canSubmit;
        Q_EMIT canSubmitChanged(canSubmit);
    }
    m_submitProgress->setVisible(submitting);
    m_cancelSubmitButton->setVisible(submitting);
}

void SubmitPanel::updateLocationNotice()
{
    QString notice;
    if (m_session && !warehouseId().isEmpty()) {
        const bool hasLocation = m_session->document().hasLocation();
        if (warehouseUsesDynamicSlotting() && !hasLocation)
            notice = tr("%1 uses dynamic slotting and the file has no location column: its rows "
                        "will land in an unassigned bin.")
                         .arg(warehouseName());
        else if (!warehouseUsesDynamicSlotting() && hasLocation)
            notice = tr("%1 uses static slotting: the location column is not used there.")
                         .arg(warehouseName());
    }
    m_locationNotice->setText(notice);
    m_locationNotice->setVisible(!notice.isEmpty());
}

bool SubmitPanel::usesReachUrl(const SubmissionPlan &plan) const
{
    return m_reach && plan.parts.size() == 1 && plan.leftOut == 0 &&
           m_reach->reachableUrl().isValid();
}

QString SubmitPanel::hostingMethod(const SubmissionPlan &plan) const
{
    if (usesReachUrl(plan)) {
        const QString method = m_reach->reachableMethod();
        return method == u"host"_s ? u"builtin"_s : method;
    }
    return partsGoToS3() ? u"s3"_s : u"builtin"_s;
}

bool SubmitPanel::partsGoToS3() const
{
    // Parts of a split or filtered file follow the way the user chose: when
    // that is S3 (ShipHero may not reach this computer), each part goes there.
    return m_reach && m_reach->method() == ReachPanel::Method::S3;
}

void SubmitPanel::publish(const QByteArray &bytes, const QString &name,
                          std::function<void(const PublishResult &)> done)
{
    if (!m_hosting) {
        done({{}, tr("No file host is available.")});
        return;
    }
    if (partsGoToS3()) {
        publishToS3(bytes, name, std::move(done));
        return;
    }
    const QString problem = m_hosting->ensureListening();
    if (!problem.isEmpty()) {
        done({{}, problem});
        return;
    }
    const PublishedFile file =
        m_hosting->fileHost()->publish(bytes, name, HostingService::serveTime());
    done({file.url, file.isValid() ? QString() : tr("The file could not be served.")});
}

void SubmitPanel::publishToS3(const QByteArray &bytes, const QString &name,
                              std::function<void(const PublishResult &)> done)
{
    if (!m_hosting->secrets()) {
        done({{}, tr("No secret store is available for the S3 secret key.")});
        return;
    }
    QPointer<SubmitPanel> self(this);
    SecretReply *read = m_hosting->secrets()->read(HostingService::s3SecretKeyName());
    connect(read, &SecretReply::finished, this,
            [self, bytes, name, done](const SecretResult &secret) {
                if (!self)
                    return;
                if (!secret.ok() || secret.value.isEmpty()) {
                    done({{}, tr("No S3 secret key is stored. Enter it in File Hosting "
                                 "Settings, then submit again.")});
                    return;
                }
                // The content's hash in the key, as the Reach step does: an
                // object whose URL was given out is never overwritten.
                const QByteArray hash =
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
                const QString key =
                    QString::fromLatin1(hash) + u'/' + FileHost::safeFileName(name);
                S3UploadReply *upload = self->m_hosting->s3Uploader()->upload(
                    HostingService::s3Settings(), secret.value, key, bytes);
                connect(upload, &S3UploadReply::finished, self,
                        [done](const S3UploadResult &result) {
                            done({result.ok() ? result.presignedUrl : QUrl(),
                                  result.ok() ? QString() : result.message});
                        });
            });
}

void SubmitPanel::submit()
{
    if (!m_session || !m_api || m_submission || warehouseId().isEmpty())
        return;
    const InventoryDocument &doc = m_session->document();
    const SubmissionPlan plan = SubmissionPlan::make(doc, m_skipErrorsCheck->isChecked());
    if (!plan.ok()) {
        m_submitStatus->setText(plan.error);
        return;
    }

    // The confirmation: where, how much, and how ShipHero gets the file.
    QStringList lines;
    lines << tr("Send %Ln row(s) to %1?", nullptr, plan.rows).arg(warehouseName());
    if (!customerAccountId().isEmpty())
        lines << tr("For customer account %1.").arg(customerAccountId());
    if (plan.leftOut > 0)
        lines << tr("%Ln row(s) with errors are left out.", nullptr, plan.leftOut);
    if (plan.parts.size() > 1)
        lines << tr("The file goes out as %Ln batch(es) of at most %1 rows, one after another.",
                    nullptr, int(plan.parts.size()))
                     .arg(QLocale().toString(BatchSplitter::DefaultMaxRows));
    if (doc.hasStockLevels()) {
        const StockSummary summary = doc.stockSummary();
        lines << tr("Total change: %1 units (%2 up, %3 down).")
                     .arg(signedCount(summary.unitsUp - summary.unitsDown),
                          QLocale().toString(summary.unitsUp),
                          QLocale().toString(summary.unitsDown));
    } else {
        lines << tr("The file was not checked against the warehouse.");
    }
    const bool reachUrl = usesReachUrl(plan);
    if (reachUrl)
        lines
            << tr("ShipHero downloads it from %1.").arg(m_reach->reachableUrl().toDisplayString());
    else if (partsGoToS3())
        lines << tr("Each batch's file is uploaded to S3 storage (%1); ShipHero downloads it "
                    "from there.")
                     .arg(HostingService::s3Settings().bucket);
    else
        lines << tr("ShipHero downloads it from this computer (the built-in host), so keep "
                    "InvSync running until the batch has started.");
    const QMessageBox::StandardButton answer =
        m_dialogs
            ? m_dialogs->question(window(), tr("Submit Inventory"), lines.join(QLatin1Char('\n')),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            : QMessageBox::Yes;
    if (answer != QMessageBox::Yes)
        return;

    Publisher publisher;
    if (reachUrl) {
        const QUrl url = m_reach->reachableUrl();
        publisher = [url](const QByteArray &, const QString &,
                          std::function<void(const PublishResult &)> done) {
            done({url, {}});
        };
    } else {
        QPointer<SubmitPanel> self(this);
        publisher = [self](const QByteArray &bytes, const QString &name,
                           std::function<void(const PublishResult &)> done) {
            if (self)
                self->publish(bytes, name, std::move(done));
        };
    }
    SubmissionRequest request;
    request.plan = plan;
    request.fileName = QFileInfo(m_session->filePath()).fileName();
    request.connection = m_connectionName;
    request.warehouseId = warehouseId();
    request.customerAccountId = customerAccountId();
    request.hostingMethod = hostingMethod(plan);

    m_submission = new Submission(m_api, m_history, publisher, this);
    const int parts = int(plan.parts.size());
    // Three steps a batch: hosted, sent, first status.
    m_submitProgress->setRange(0, parts * 3);
    m_submitProgress->setValue(0);
    connect(m_submission, &Submission::stageChanged, this,
            [this, parts](int part, Submission::Stage stage) {
                const int step = stage == Submission::Stage::Hosting      ? 0
                                 : stage == Submission::Stage::Submitting ? 1
                                 : stage == Submission::Stage::Status     ? 2
                                                                          : 3;
                m_submitProgress->setValue(part * 3 + step);
                m_submitStatus->setText(parts > 1 ? tr("Batch %1 of %2: %3…")
                                                        .arg(part + 1)
                                                        .arg(parts)
                                                        .arg(Submission::stageText(stage))
                                                  : tr("%1…").arg(Submission::stageText(stage)));
                // Once a mutation is on its way it cannot be called back.
                m_cancelSubmitButton->setEnabled(stage != Submission::Stage::Submitting);
            });
    const QString fileName = request.fileName;
    connect(
        m_submission, &Submission::batchStarted, this,
        [this, fileName](int, const QString &syncId) { Q_EMIT batchStarted(syncId, fileName); });
    connect(m_submission, &Submission::finished, this, &SubmitPanel::onSubmitted);
    m_submission->start(request);
    update();
}

void SubmitPanel::cancelSubmit()
{
    if (!m_submission)
        return;
    if (!m_submission->cancel())
        m_submitStatus->setText(
            tr("The batch under way was already sent: the upload stops after it."));
}

void SubmitPanel::onSubmitted(const SubmissionResult &result)
{
    if (m_submission)
        m_submission->deleteLater();
    m_submission = nullptr;
    m_cancelSubmitButton->setEnabled(true);
    if (result.ok || result.partsSent > 0) {
        m_submittedWarehouse = warehouseId() + u'/' + customerAccountId();
        m_submittedIndex = m_session ? m_session->undoStack()->index() : -1;
    }
    if (result.ok) {
        QStringList statuses;
        for (const Batch &batch : result.batches)
            statuses << batch.status;
        const QString text =
            result.syncIds.size() == 1
                ? tr("Started batch %1 (%2).")
                      .arg(result.syncIds.first(), statuses.value(0, tr("status unknown")))
                : tr("Started %Ln batch(es): %1.", nullptr, int(result.syncIds.size()))
                      .arg(result.syncIds.join(u", "_s));
        m_submitStatus->setText(text);
        Q_EMIT statusMessage(text);
    } else {
        m_submitStatus->setText(result.error);
        Q_EMIT statusMessage(result.error);
    }
    update();
    Q_EMIT submitted(result);
}

} // namespace invsync
