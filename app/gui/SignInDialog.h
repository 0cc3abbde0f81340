#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace invsync {

class AuthReply;
class Connection;
struct AuthResult;

// Signs in to the active connection: a developer user's email and password,
// or a pasted access token (and optionally a refresh token). It stays open
// while the service answers, shows a refusal inline, and closes (accepted)
// once signed in. Tokens and passwords are only ever in password fields.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Password, Token };

    explicit SignInDialog(Connection *connection, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setMode(Mode mode);
    Mode mode() const;
    // Why the user is asked, e.g. the service no longer accepts the sign-in.
    void setReason(const QString &reason);
    bool isBusy() const { return !m_reply.isNull(); }

    // Cancel stops a sign-in under way.
    void reject() override;

private:
    void submit();
    void finished(const AuthResult &result);
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateConnection();
    void fillDemoUser();
    void focusFirstEmptyField();
    void fitToContents();
    QString withoutSecrets(QString text) const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Connection *m_connection;
    QPointer<AuthReply> m_reply;
};

} // namespace invsync
