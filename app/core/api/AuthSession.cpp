#include "api/AuthSession.h"

#include "settings/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr qint64 MaxTimerMs = 60 * 60 * 1000; // QTimer takes an int; re-check hourly
constexpr qint64 MinMarginMs = 500;
constexpr qint64 MaxMarginMs = 5 * 60 * 1000;
constexpr int RetryAfterFailureMs = 30 * 1000;

struct TokenReply
{
    QString access;
    QString refresh;
    qint64 expiresIn = 0;
};

std::optional<TokenReply> parseTokenReply(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    TokenReply reply;
    reply.access = object.value(u"access_token"_s).toString();
    reply.refresh = object.value(u"refresh_token"_s).toString();
    const QJsonValue expires = object.value(u"expires_in"_s);
    reply.expiresIn =
        expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble());
    const QString type = object.value(u"token_type"_s).toString();
    if (reply.access.isEmpty() ||
        (!type.isEmpty() && type.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0) ||
        reply.expiresIn < 0)
        return std::nullopt;
    return reply;
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// --- AuthReply -----------------------------------------------------------------

AuthReply::AuthReply(QObject *parent) : AsyncReply(parent) { }

void AuthReply::finish(const AuthResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void AuthReply::abortWork()
{
    if (m_network)
        m_network->abort();
}

// --- AuthSession ---------------------------------------------------------------

AuthSession::AuthSession(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_network(network), m_secrets(secrets)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthSession::refreshTimerFired);
}

AuthSession::~AuthSession()
{
    abortRefresh();
}

void AuthSession::abortRefresh()
{
    if (!m_refreshReply)
        return;
    // Disconnected first: an aborted renewal must not apply or retry anything.
    QNetworkReply *network = m_refreshReply;
    m_refreshReply = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
    const QList<QPointer<AuthReply>> waiters = std::exchange(m_refreshWaiters, {});
    for (const QPointer<AuthReply> &waiter : waiters) {
        if (waiter)
            waiter->finish(
                {AuthResult::Error::Cancelled, tr("The token renewal was stopped."), {}});
    }
}

void AuthSession::setConnection(const QString &profileId, const QUrl &baseUrl)
{
    abortRefresh();
    const bool wasSignedIn = isSignedIn();
    clearTokens();
    m_profileId = profileId;
    m_baseUrl = baseUrl;
    if (wasSignedIn)
        Q_EMIT signedInChanged(false);
}

QString AuthSession::secretKey() const
{
    return SecretStore::profileKey(m_profileId, u"tokens"_s);
}

SecretReply *AuthSession::forgetProfile(SecretStore *secrets, const QString &profileId)
{
    return secrets->remove(SecretStore::profileKey(profileId, u"tokens"_s));
}

QString AuthSession::serviceName() const
{
    return m_baseUrl.host().isEmpty() ? m_baseUrl.toDisplayString() : m_baseUrl.host();
}

QString AuthSession::redact(QString text) const
{
    for (const QString &secret : {m_accessToken, m_refreshToken}) {
        if (!secret.isEmpty())
            text.replace(secret, u"…"_s);
    }
    return text;
}

AuthReply *AuthSession::finished(const AuthResult &result)
{
    auto *reply = new AuthReply(this);
    reply->finish(result);
    return reply;
}

bool AuthSession::authorize(QNetworkRequest &request) const
{
    if (m_accessToken.isEmpty())
        return false;
    request.setRawHeader("Authorization", QByteArray("Bearer ") + m_accessToken.toLatin1());
    return true;
}

QUrl AuthSession::endpoint(const QString &path) const
{
    // Appended, not resolved: a proxy's base URL may carry a path of its own.
    QUrl url = m_baseUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path() + path.mid(1) : url.path() + path);
    return url;
}

QNetworkReply *AuthSession::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    return m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

AuthResult AuthSession::networkFailure(QNetworkReply *reply, bool renewal) const
{
    AuthResult result;
    const int status = httpStatus(reply);
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::TimeoutError ||
            error == QNetworkReply::OperationCanceledError) {
            result.error = AuthResult::Error::Timeout;
            result.message =
                renewal ? tr("%1 did not answer the token renewal in time. Check your network "
                             "connection and try again.")
                              .arg(serviceName())
                        : tr("%1 did not answer the sign-in in time. Check your network "
                             "connection and try again.")
                              .arg(serviceName());
        } else {
            result.error = AuthResult::Error::Unreachable;
            result.message = tr("Could not reach %1 (%2). Check the connection's address and "
                                "your network connection.")
                                 .arg(serviceName(), redact(reply->errorString()));
        }
    } else {
        result.error = AuthResult::Error::ServiceError;
        result.message =
            renewal ? tr("%1 answered the token renewal with HTTP status %2. Try again later.")
                          .arg(serviceName())
                          .arg(status)
                    : tr("%1 answered the sign-in with HTTP status %2. Try again later.")
                          .arg(serviceName())
                          .arg(status);
    }
    return result;
}

// --- sign-in ---------------------------------------------------------------------

AuthReply *AuthSession::signIn(const QString &email, const QString &password)
{
    if (m_baseUrl.isEmpty()) {
        return finished({AuthResult::Error::Unreachable,
                         tr("This connection has no address yet; choose or start one first."),
                         {}});
    }
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        return finished({AuthResult::Error::WrongCredentials,
                         tr("Enter the email and password of a developer user."),
                         {}});
    }
    auto *reply = new AuthReply(this);
    QNetworkReply *network =
        post(u"/auth/token"_s, {{u"username"_s, email.trimmed()}, {u"password"_s, password}});
    reply->setNetworkReply(network);
    QPointer<AuthReply> target(reply);
    const QString profile = m_profileId;
    connect(network, &QNetworkReply::finished, this, [this, network, target, profile] {
        network->deleteLater();
        if (!target || target->isFinished())
            return;
        if (profile != m_profileId) {
            // The user switched connections meanwhile: these tokens belong to another one.
            target->finish({AuthResult::Error::Cancelled, {}, {}});
            return;
        }
        const int status = httpStatus(network);
        const QByteArray body = network->readAll();
        AuthResult result;
        if (status == 400 || status == 401 || status == 403) {
            result.error = AuthResult::Error::WrongCredentials;
            result.message = tr("%1 refused the email or password. Check them; the user must "
                                "be a developer user of the account.")
                                 .arg(serviceName());
        } else if (network->error() != QNetworkReply::NoError || status != 200) {
            result = networkFailure(network, false);
        } else if (const std::optional<TokenReply> tokens = parseTokenReply(body)) {
            abortRefresh(); // its answer would overwrite the new tokens
            clearTokens();
            applyTokens(tokens->access, tokens->refresh, tokens->expiresIn);
            Q_EMIT signedInChanged(true);
            storeTokens([this, target](const SecretResult &stored) {
                if (!target)
                    return;
                AuthResult done;
                if (stored.inMemoryOnly || !stored.ok())
                    done.notice = stored.message;
                target->finish(done);
            });
            return;
        } else {
            result.error = AuthResult::Error::Malformed;
            result.message = tr("%1 sent a sign-in answer InvSync cannot read. Check that the "
                                "connection's address is right.")
                                 .arg(serviceName());
        }
        target->finish(result);
    });
    return reply;
}

AuthReply *AuthSession::setTokens(const QString &accessToken, const QString &refreshToken,
                                  qint64 expiresInSeconds)
{
    const QString access = accessToken.trimmed();
    if (access.isEmpty()) {
        return finished({AuthResult::Error::SignInRequired,
                         tr("Paste an access token, or sign in with your email and password."),
                         {}});
    }
    abortRefresh(); // its answer would overwrite the new tokens
    clearTokens();  // a pasted token without a refresh token must not keep an older one
    applyTokens(access, refreshToken.trimmed(), expiresInSeconds);
    Q_EMIT signedInChanged(true);
    auto *reply = new AuthReply(this);
    QPointer<AuthReply> target(reply);
    storeTokens([target](const SecretResult &stored) {
        if (!target)
            return;
        AuthResult done;
        if (stored.inMemoryOnly || !stored.ok())
            done.notice = stored.message;
        target->finish(done);
    });
    return reply;
}

bool AuthSession::useEnvironmentToken()
{
    const QString token = qEnvironmentVariable("INVSYNC_TOKEN").trimmed();
    if (token.isEmpty())
        return false;
    // Automation's token belongs to the environment: it is not stored.
    abortRefresh();
    clearTokens();
    applyTokens(token, {}, 0);
    m_fromEnvironment = true;
    Q_EMIT signedInChanged(true);
    return true;
}

AuthReply *AuthSession::restore()
{
    auto *reply = new AuthReply(this);
    if (!m_secrets) {
        reply->finish({AuthResult::Error::NotSignedIn, tr("Not signed in."), {}});
        return reply;
    }
    QPointer<AuthReply> target(reply);
    const QString profile = m_profileId;
    SecretReply *read = m_secrets->read(secretKey());
    connect(read, &SecretReply::finished, this, [this, target, profile](const SecretResult &r) {
        if (!target)
            return;
        if (profile != m_profileId) {
            target->finish({AuthResult::Error::Cancelled, {}, {}});
            return;
        }
        const QJsonObject stored = QJsonDocument::fromJson(r.value.toUtf8()).object();
        const QString access = stored.value(u"access_token"_s).toString();
        if (!r.ok() || access.isEmpty()) {
            AuthResult result{
                AuthResult::Error::NotSignedIn, tr("Not signed in to %1.").arg(serviceName()), {}};
            if (r.status == SecretResult::Status::Failed ||
                r.status == SecretResult::Status::Unavailable)
                result.notice = r.message;
            target->finish(result);
            return;
        }
        const QDateTime expiresAt =
            QDateTime::fromString(stored.value(u"expires_at"_s).toString(), Qt::ISODate);
        const qint64 lifetimeMs = qint64(stored.value(u"lifetime_ms"_s).toDouble());
        abortRefresh();
        clearTokens();
        applyTokens(access, stored.value(u"refresh_token"_s).toString(), 0);
        m_expiresAt = expiresAt;
        m_lifetimeMs = lifetimeMs;
        scheduleRefresh();
        Q_EMIT signedInChanged(true);
        target->finish({});
    });
    return reply;
}

AuthReply *AuthSession::signOut()
{
    abortRefresh();
    const bool wasSignedIn = isSignedIn();
    clearTokens();
    if (wasSignedIn)
        Q_EMIT signedInChanged(false);
    auto *reply = new AuthReply(this);
    if (!m_secrets) {
        reply->finish({});
        return reply;
    }
    QPointer<AuthReply> target(reply);
    SecretReply *removal = m_secrets->remove(secretKey());
    connect(removal, &SecretReply::finished, this, [target](const SecretResult &r) {
        if (!target)
            return;
        AuthResult result;
        if (r.status == SecretResult::Status::Failed)
            result.notice = r.message;
        target->finish(result);
    });
    return reply;
}

// --- tokens ----------------------------------------------------------------------

void AuthSession::applyTokens(const QString &access, const QString &refresh, qint64 expiresIn)
{
    m_accessToken = access;
    if (!refresh.isEmpty())
        m_refreshToken = refresh;
    if (expiresIn > 0) {
        m_lifetimeMs = expiresIn * 1000;
        m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(m_lifetimeMs);
    } else {
        m_lifetimeMs = 0;
        m_expiresAt = {};
    }
    scheduleRefresh();
}

void AuthSession::clearTokens()
{
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    m_lifetimeMs = 0;
    m_fromEnvironment = false;
}

void AuthSession::storeTokens(const std::function<void(const SecretResult &)> &done)
{
    if (!m_secrets || m_fromEnvironment) {
        if (done)
            done(SecretResult{SecretResult::Status::Ok, {}, {}, true});
        return;
    }
    QJsonObject stored{{u"access_token"_s, m_accessToken}};
    if (!m_refreshToken.isEmpty())
        stored.insert(u"refresh_token"_s, m_refreshToken);
    if (m_expiresAt.isValid()) {
        stored.insert(u"expires_at"_s, m_expiresAt.toString(Qt::ISODateWithMs));
        stored.insert(u"lifetime_ms"_s, double(m_lifetimeMs));
    }
    SecretReply *write = m_secrets->write(
        secretKey(), QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    connect(write, &SecretReply::finished, this, [this, done](const SecretResult &result) {
        if (!result.ok())
            Q_EMIT storageNotice(tr("Your sign-in could not be saved (%1); it lasts until "
                                    "InvSync quits.")
                                     .arg(result.message));
        if (done)
            done(result);
    });
}

// --- refresh ---------------------------------------------------------------------

AuthReply *AuthSession::refresh()
{
    if (m_refreshToken.isEmpty()) {
        const QString message =
            isSignedIn()
                ? tr("The access token for %1 was refused and there is no refresh token to "
                     "renew it. Sign in again or paste a new token.")
                      .arg(serviceName())
                : tr("Not signed in to %1. Sign in first.").arg(serviceName());
        return finished({AuthResult::Error::SignInRequired, message, {}});
    }
    auto *reply = new AuthReply(this);
    m_refreshWaiters.append(reply);
    if (!m_refreshReply)
        startRefresh();
    return reply;
}

AuthReply *AuthSession::refreshAfterRejection(const QNetworkRequest &rejected)
{
    // Another request already brought a new token: replay with that one.
    QNetworkRequest current(rejected);
    if (authorize(current) &&
        current.rawHeader("Authorization") != rejected.rawHeader("Authorization"))
        return finished({});
    return refresh();
}

void AuthSession::startRefresh()
{
    m_refreshTimer.stop();
    QNetworkReply *network = post(u"/auth/refresh"_s, {{u"refresh_token"_s, m_refreshToken}});
    m_refreshReply = network;
    connect(network, &QNetworkReply::finished, this, [this, network] { refreshFinished(network); });
}

void AuthSession::refreshFinished(QNetworkReply *network)
{
    network->deleteLater();
    if (m_refreshReply == network)
        m_refreshReply = nullptr;
    const int status = httpStatus(network);
    const QByteArray body = network->readAll();
    AuthResult result;
    bool signInAgain = false;
    if (status == 400 || status == 401 || status == 403) {
        result = {AuthResult::Error::SignInRequired,
                  tr("%1 no longer accepts your sign-in. Sign in again.").arg(serviceName()),
                  {}};
        signInAgain = true;
    } else if (network->error() != QNetworkReply::NoError || status != 200) {
        result = networkFailure(network, true);
    } else if (const std::optional<TokenReply> tokens = parseTokenReply(body)) {
        applyTokens(tokens->access, tokens->refresh, tokens->expiresIn);
        storeTokens();
        Q_EMIT tokensRefreshed();
    } else {
        result = {AuthResult::Error::Malformed,
                  tr("%1 sent a token renewal InvSync cannot read.").arg(serviceName()),
                  {}};
    }

    if (signInAgain) {
        clearTokens();
        if (m_secrets)
            m_secrets->remove(secretKey());
        Q_EMIT signedInChanged(false);
        Q_EMIT signInRequired(result.message);
    } else if (!result.ok() && result.error != AuthResult::Error::Cancelled && isSignedIn()) {
        // A passing network problem: try again a little later, while the token may still work.
        m_refreshTimer.start(RetryAfterFailureMs);
    }

    const QList<QPointer<AuthReply>> waiters = std::exchange(m_refreshWaiters, {});
    for (const QPointer<AuthReply> &waiter : waiters) {
        if (waiter)
            waiter->finish(result);
    }
}

void AuthSession::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (m_refreshToken.isEmpty() || !m_expiresAt.isValid())
        return;
    const qint64 margin = std::clamp(m_lifetimeMs / 5, MinMarginMs, MaxMarginMs);
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) - margin;
    m_refreshTimer.start(int(std::clamp<qint64>(wait, 0, MaxTimerMs)));
}

void AuthSession::refreshTimerFired()
{
    if (m_refreshToken.isEmpty() || m_refreshReply)
        return;
    const qint64 margin = std::clamp(m_lifetimeMs / 5, MinMarginMs, MaxMarginMs);
    if (m_expiresAt.isValid() && QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) > margin) {
        scheduleRefresh(); // a long lifetime is waited for in hourly steps
        return;
    }
    startRefresh();
}

} // namespace invsync
