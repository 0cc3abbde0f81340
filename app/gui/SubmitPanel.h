#pragma once

#include "api/ApiTypes.h"
#include "submit/Submission.h"

#include <QFrame>
#include <QHash>
#include <QKeySequence>
#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace invsync {

class AccountReply;
class DialogProvider;
class DocumentSession;
class HistoryStore;
class HostingService;
class ReachPanel;
class ShipHeroApi;
class StockCheck;
class StockCheckReply;
struct StockCheckResult;

// Steps 2 "Check" and 4 "Submit" of the upload journey, under the preview:
// where the file goes (a warehouse of the account, by name; a customer
// account for a 3PL), the check against that warehouse (on-hand and the
// change per row, sku_not_found and large_change in the document), and the
// submission itself (confirmation, split into batches, each recorded in the
// history before it is sent). The Reach step's choice decides how parts are
// made reachable.
class SubmitPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SubmitPanel(QWidget *parent = nullptr);
    ~SubmitPanel() override;

    // The signed-in API (nullptr when nobody is) and the connection's name:
    // the warehouses are loaded from the account.
    void setApi(ShipHeroApi *api, const QString &connectionName);
    void setHistory(HistoryStore *history);
    void setHostingService(HostingService *service);
    void setReachPanel(ReachPanel *panel);
    void setDialogProvider(DialogProvider *dialogs);
    void setSession(DocumentSession *session);

    QString warehouseId() const;
    QString warehouseName() const;
    bool warehouseUsesDynamicSlotting() const;
    QString customerAccountId() const;
    // The window's Submit action clicks it (only when it is enabled).
    QPushButton *submitButton() const { return m_submitButton; }
    // Whether the Submit button is enabled (canSubmitChanged follows it).
    bool canSubmit() const { return m_canSubmit; }
    // The window's shortcut for Submit, named in the button's tooltip.
    void setSubmitShortcut(const QKeySequence &shortcut);
    bool isChecking() const { return !m_checkReply.isNull(); }
    bool isSubmitting() const { return !m_submission.isNull(); }
    // This version of the document went to the chosen warehouse (in part, at least).
    bool hasSubmitted() const;

    void check(bool refresh = false);
    void cancelCheck();
    void submit();
    void cancelSubmit();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The document's stock levels were set or cleared: views reset.
    void stockLevelsChanged();
    // A batch started from this computer, from the file of that name.
    void batchStarted(const QString &syncId, const QString &fileName);
    void submitted(const invsync::SubmissionResult &result);
    void canSubmitChanged(bool canSubmit);

private:
    void loadAccount();
    void onAccount(const AccountResult &result);
    void onWarehouseChosen();
    void rememberChoice(); // per connection, in the settings
    void onCheckFinished(const StockCheckResult &result);
    void publish(const QByteArray &bytes, const QString &name,
                 std::function<void(const PublishResult &)> done);
    void publishToS3(const QByteArray &bytes, const QString &name,
                     std::function<void(const PublishResult &)> done);
    bool partsGoToS3() const;
    void onSubmitted(const SubmissionResult &result);
    void clearStock();
    void update();
    void updateLocationNotice();
    QString hostingMethod(const SubmissionPlan &plan) const;
    bool usesReachUrl(const SubmissionPlan &plan) const;

    QPointer<ShipHeroApi> m_api;
    QString m_connectionName;
    HistoryStore *m_history = nullptr;
    QPointer<HostingService> m_hosting;
    QPointer<ReachPanel> m_reach;
    DialogProvider *m_dialogs = nullptr;
    QPointer<DocumentSession> m_session;
    Account m_account;
    bool m_accountLoaded = false;
    StockCheck *m_stockCheck = nullptr;
    QPointer<AccountReply> m_accountReply;
    QPointer<StockCheckReply> m_checkReply;
    QPointer<Submission> m_submission;
    QString m_checkedWarehouse;   // the warehouse the document's stock levels are from
    QString m_submittedWarehouse; // warehouse/customer this version was sent to
    int m_submittedIndex = -1;    // the undo index of the version sent

    QComboBox *m_warehouseCombo;
    QLabel *m_customerLabel;
    QLineEdit *m_customerEdit;
    QToolButton *m_reloadButton;
    QLabel *m_locationNotice;
    QPushButton *m_checkButton;
    QProgressBar *m_checkProgress;
    QPushButton *m_cancelCheckButton;
    QLabel *m_checkSummary;
    QCheckBox *m_skipErrorsCheck;
    QPushButton *m_submitButton;
    QProgressBar *m_submitProgress;
    QPushButton *m_cancelSubmitButton;
    QLabel *m_submitStatus;
    QKeySequence m_submitShortcut;
    bool m_canSubmit = false;
};

} // namespace invsync
