#include "gui/SignInDialog.h"
#include "ui_SignInDialog.h"

#include "api/AuthSession.h"
#include "gui/Connection.h"
#include "sandbox/DemoData.h"

#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

SignInDialog::SignInDialog(Connection *connection, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SignInDialog), m_connection(connection)
{
    m_ui->setupUi(this);
    setObjectName(u"signInDialog"_s);
    QPushButton *submitButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    submitButton->setText(tr("&Sign In"));
    submitButton->setObjectName(u"signInButton"_s);
    submitButton->setDefault(true); // Enter in any field submits
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(u"cancelButton"_s);
    // The fields, then the buttons, then the rest; hidden fields are skipped.
    setTabOrder(m_ui->emailEdit, m_ui->passwordEdit);
    setTabOrder(m_ui->passwordEdit, m_ui->accessTokenEdit);
    setTabOrder(m_ui->accessTokenEdit, m_ui->refreshTokenEdit);
    setTabOrder(m_ui->refreshTokenEdit, submitButton);
    setTabOrder(submitButton, cancelButton);
    setTabOrder(cancelButton, m_ui->fillDemoButton);
    setTabOrder(m_ui->fillDemoButton, m_ui->modeTabs);

    m_ui->sandboxHintLabel->setText(
        tr("This is the sandbox built into InvSync: demo data, and nothing you do here "
           "reaches ShipHero. Sign in as <b>%1</b> with the password <b>%2</b>, or as "
           "<b>%3</b> to try a user who may only read.")
            .arg(DemoData::username().toHtmlEscaped(), DemoData::password().toHtmlEscaped(),
                 DemoData::readOnlyUsername().toHtmlEscaped()));
    m_ui->reasonFrame->hide();
    m_ui->errorFrame->hide();
    setBusy(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->fillDemoButton, &QPushButton::clicked, this, &SignInDialog::fillDemoUser);
    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, [this] {
        m_ui->errorFrame->hide();
        focusFirstEmptyField();
        fitToContents();
    });
    connect(m_connection, &Connection::changed, this, &SignInDialog::updateConnection);

    m_ui->emailEdit->setText(m_connection->lastEmail(m_connection->activeProfile().id));
    updateConnection();
    focusFirstEmptyField();
    fitToContents();
}

void SignInDialog::fitToContents()
{
    // The wrapped hint and messages need the height for the width: a
    // top-level layout's minimum size does not account for that.
    constexpr int PreferredWidth = 540;
    QLayout *dialogLayout = layout();
    dialogLayout->activate();
    const int w = std::max(width(), PreferredWidth);
    const int h = dialogLayout->hasHeightForWidth() ? dialogLayout->totalHeightForWidth(w)
                                                    : dialogLayout->totalSizeHint().height();
    setMinimumHeight(h);
    resize(w, h);
}

SignInDialog::~SignInDialog()
{
    if (m_reply)
        m_reply->cancel();
}

void SignInDialog::setMode(Mode mode)
{
    m_ui->modeTabs->setCurrentWidget(mode == Mode::Token ? m_ui->tokenTab : m_ui->passwordTab);
}

SignInDialog::Mode SignInDialog::mode() const
{
    return m_ui->modeTabs->currentWidget() == m_ui->tokenTab ? Mode::Token : Mode::Password;
}

void SignInDialog::setReason(const QString &reason)
{
    m_ui->reasonLabel->setText(withoutSecrets(reason));
    m_ui->reasonFrame->setVisible(!reason.isEmpty());
    fitToContents();
}

void SignInDialog::updateConnection()
{
    const ConnectionProfile profile = m_connection->activeProfile();
    setWindowTitle(tr("Sign In to %1").arg(profile.name));
    m_ui->titleLabel->setText(tr("Sign in to %1").arg(profile.name));
    const QUrl url = m_connection->activeUrl();
    m_ui->addressLabel->setText(url.isEmpty() ? m_connection->problem() : url.toDisplayString());
    m_ui->sandboxHintFrame->setVisible(profile.kind == ConnectionProfile::Kind::Sandbox);
    fitToContents();
}

void SignInDialog::fillDemoUser()
{
    setMode(Mode::Password);
    m_ui->emailEdit->setText(DemoData::username());
    m_ui->passwordEdit->setText(DemoData::password());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

void SignInDialog::focusFirstEmptyField()
{
    QLineEdit *target = nullptr;
    if (mode() == Mode::Token)
        target = m_ui->accessTokenEdit;
    else
        target = m_ui->emailEdit->text().isEmpty() ? m_ui->emailEdit : m_ui->passwordEdit;
    target->setFocus();
}

void SignInDialog::submit()
{
    if (isBusy())
        return;
    m_ui->errorFrame->hide();
    AuthReply *reply = nullptr;
    if (mode() == Mode::Token) {
        reply =
            m_connection->useTokens(m_ui->accessTokenEdit->text(), m_ui->refreshTokenEdit->text());
    } else {
        reply = m_connection->signIn(m_ui->emailEdit->text(), m_ui->passwordEdit->text());
    }
    m_reply = reply;
    connect(reply, &AuthReply::finished, this, &SignInDialog::finished);
    setBusy(true);
}

void SignInDialog::finished(const AuthResult &result)
{
    m_reply = nullptr;
    setBusy(false);
    if (result.ok()) {
        // Nothing sensitive stays in a closed dialog.
        m_ui->passwordEdit->clear();
        m_ui->accessTokenEdit->clear();
        m_ui->refreshTokenEdit->clear();
        QDialog::accept();
        return;
    }
    showError(result.message);
    QLineEdit *retry = mode() == Mode::Token                         ? m_ui->accessTokenEdit
                       : m_ui->emailEdit->text().trimmed().isEmpty() ? m_ui->emailEdit
                                                                     : m_ui->passwordEdit;
    retry->setFocus();
    retry->selectAll();
}

void SignInDialog::reject()
{
    if (m_reply) {
        m_reply->cancel();
        m_reply = nullptr;
    }
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->modeTabs->setEnabled(!busy);
    m_ui->fillDemoButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

QString SignInDialog::withoutSecrets(QString text) const
{
    // Defence in depth: the session's messages carry no secret, and this
    // keeps it so should one ever quote what was typed.
    text = m_connection->session()->redact(text);
    for (const QLineEdit *field :
         {m_ui->passwordEdit, m_ui->accessTokenEdit, m_ui->refreshTokenEdit}) {
        const QString secret = field->text().trimmed();
        if (secret.size() >= 4)
            text.replace(secret, u"…"_s);
    }
    return text;
}

void SignInDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(withoutSecrets(message));
    m_ui->errorFrame->setVisible(!message.isEmpty());
    fitToContents();
}

} // namespace invsync
