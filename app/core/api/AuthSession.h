#pragma once

#include "common/AsyncReply.h"

#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QJsonObject;
class QNetworkAccessManager;

class QNetworkRequest;

namespace invsync {

class SecretReply;
class SecretStore;
struct SecretResult;

// What became of a sign-in, refresh, restore or sign-out. `message` is for
// people; it never contains a token or a password.
struct AuthResult
{
    enum class Error {
        None,
        WrongCredentials, // the service refused the email or password
        SignInRequired,   // no usable token and no way to refresh one
        Unreachable,      // no HTTP answer: refused, no route, TLS, DNS
        Timeout,
        Malformed,    // an answer that is not the token reply it should be
        ServiceError, // an HTTP error status the service gave no reason for
        NotSignedIn,  // nothing stored for this connection
        Cancelled,
    };

    Error error = Error::None;
    QString message;
    QString notice; // succeeded, but with something to say (e.g. kept in memory only)

    bool ok() const { return error == Error::None; }
};

// The answer to one AuthSession request. It finishes asynchronously, once,
// and deletes itself afterwards.
class AuthReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit AuthReply(QObject *parent = nullptr);

    // For AuthSession.
    void finish(const AuthResult &result);
    void setNetworkReply(QNetworkReply *reply) { m_network = reply; }

Q_SIGNALS:
    void finished(const invsync::AuthResult &result);

protected:
    void abortWork() override;

private:
    QPointer<QNetworkReply> m_network;
};

// The signed-in state for one connection: the access token, when it expires,
// and the refresh token that renews it. Tokens are written to the secret
// store under the connection profile's id and never logged.
//
// A transport calls authorize() on each request; when the service answers
// 401 it calls refreshAfterRejection() with the rejected request and, when
// that succeeds, replays the request once (authorizing it again).
class AuthSession : public QObject
{
    Q_OBJECT

public:
    AuthSession(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);
    ~AuthSession() override;

    // Switches to another connection; the previous one's tokens stay stored.
    void setConnection(const QString &profileId, const QUrl &baseUrl);
    QString profileId() const { return m_profileId; }
    QUrl baseUrl() const { return m_baseUrl; }

    AuthReply *signIn(const QString &email, const QString &password);
    // A pasted token; expiresInSeconds 0 when unknown.
    AuthReply *setTokens(const QString &accessToken, const QString &refreshToken = {},
                         qint64 expiresInSeconds = 0);
    // Loads the tokens stored for this connection.
    AuthReply *restore();
    AuthReply *refresh();
    // The service refused `rejected` with 401: refreshes unless another
    // request did so already. On success the caller replays the request once.
    AuthReply *refreshAfterRejection(const QNetworkRequest &rejected);
    // Forgets the tokens, here and in the secret store.
    AuthReply *signOut();

    // Forgets the stored tokens of a profile, e.g. one the user removed.
    static SecretReply *forgetProfile(SecretStore *secrets, const QString &profileId);

    // For the command line: uses INVSYNC_TOKEN (kept in memory, never stored).
    // False when the variable is not set.
    bool useEnvironmentToken();

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    bool canRefresh() const { return !m_refreshToken.isEmpty(); }
    QDateTime expiresAt() const { return m_expiresAt; }

    // Adds "Authorization: Bearer ..."; false when there is no token.
    bool authorize(QNetworkRequest &request) const;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The connection's URL for `path` ("/graphql"), under the base URL's own path.
    QUrl endpoint(const QString &path) const;
    // How messages name the service: the connection's host.
    QString serviceName() const;

    // Replaces every token this session knows in `text` (defence in depth for
    // messages that quote a service or a library).
    QString redact(QString text) const;

Q_SIGNALS:
    void signedInChanged(bool signedIn);
    void tokensRefreshed();
    // The refresh token was refused: the user must sign in again.
    void signInRequired(const QString &message);
    // The tokens could not be kept in the secret store, or only in memory.
    void storageNotice(const QString &message);

private:
    void applyTokens(const QString &access, const QString &refresh, qint64 expiresIn);
    void clearTokens();
    void startRefresh();
    void abortRefresh();
    void refreshFinished(QNetworkReply *reply);
    void scheduleRefresh();
    void refreshTimerFired();
    void storeTokens(const std::function<void(const SecretResult &)> &done = {});
    QNetworkReply *post(const QString &path, const QJsonObject &body);
    AuthResult networkFailure(QNetworkReply *reply, bool renewal) const;
    QString secretKey() const;
    AuthReply *finished(const AuthResult &result);

    QNetworkAccessManager *m_network;
    QPointer<SecretStore> m_secrets;
    QString m_profileId;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    qint64 m_lifetimeMs = 0;
    bool m_fromEnvironment = false;
    int m_timeoutMs = 30000;
    QPointer<QNetworkReply> m_refreshReply;
    QList<QPointer<AuthReply>> m_refreshWaiters;
    QTimer m_refreshTimer;
};

} // namespace invsync
