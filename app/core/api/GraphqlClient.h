#pragma once

#include "api/ApiTypes.h"
#include "api/CreditBucket.h"
#include "common/AsyncReply.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;

namespace invsync {

class AuthReply;
class AuthSession;

// One GraphQL operation to send: the name of its document in
// resources/graphql (":/graphql/<name>.graphql") and its variables. User
// values only ever travel as variables.
struct GraphqlRequest
{
    QString operation;
    QJsonObject variables;
    int expectedCost = 1; // credits, for pacing
    CreditBucket::Priority priority = CreditBucket::Priority::User;
};

struct GraphqlResult : ApiOutcome
{
    QJsonObject data; // the reply's "data"
};

// An HTTP answer to a GraphQL request, as the network gave it.
struct GraphqlResponse
{
    int httpStatus = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // the network's, tokens already removed
    QByteArray body;
};

// What an answer means for the request: deliver its data, fail, try again,
// wait for credits, or renew the token and replay.
struct GraphqlAnswer
{
    enum class Action { Deliver, Fail, Retry, Throttled, Renew };

    Action action = Action::Fail;
    ApiError error;
    bool mayHaveArrived = true; // whether the service may have run it (Retry)
    QJsonObject data;           // Deliver
    QString requestId;
    int complexity = -1;
    qint64 throttleWaitMs = -1; // Throttled: from time_remaining, -1 when not given
    int requiredCredits = -1;
    int remainingCredits = -1;
};

// When and how often a request is tried again.
struct RetryPolicy
{
    int maxAttempts = 6;              // for queries; mutations are sent once
    int baseDelayMs = 250;            // doubled each attempt...
    int maxDelayMs = 8000;            // ...up to this, with jitter
    int transferTimeoutMs = 30000;    // a request with no progress for this long fails
    qint64 maxThrottleWaitMs = 300000; // give up waiting for credits after this in all
    int throttleJitterMs = 500;
};

class GraphqlReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit GraphqlReply(const GraphqlRequest &request, QObject *parent = nullptr);

    const GraphqlRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const invsync::GraphqlResult &result);
    // Waiting before the next try: for credits (throttled) or after a failure.
    void waiting(qint64 milliseconds, const QString &reason);

protected:
    void abortWork() override;

private:
    friend class GraphqlClient;
    void finish(const GraphqlResult &result);

    GraphqlRequest m_request;
    bool m_mutation = false;
    int m_attempts = 0;          // sends that may have reached the service
    int m_reservedCredits = 0;
    bool m_replayedAfterRefresh = false;
    ReplyInfo m_info;
    QPointer<QNetworkReply> m_network;
    QPointer<AuthReply> m_auth;
    QTimer m_timer;
};

// Sends GraphQL operations to the active connection: authorizes each
// request, renews a rejected token once, waits out throttling, paces by the
// credit bucket, and retries queries on network errors, timeouts, 5xx and
// malformed replies. A mutation is never sent twice once it may have reached
// the service: an ambiguous failure is reported as ApiError::Kind::Ambiguous.
class GraphqlClient : public QObject
{
    Q_OBJECT

public:
    GraphqlClient(QNetworkAccessManager *network, AuthSession *auth, QObject *parent = nullptr);

    GraphqlReply *send(const GraphqlRequest &request);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }

    const CreditBucket &credits() const { return m_credits; }
    // The service's own figures (user_quota).
    void observeCredits(int remaining, int max, int refillPerSecond);
    // Forgets the figures, e.g. when the connection changes to another service.
    void resetCredits();

    AuthSession *auth() const { return m_auth; }
    QString serviceName() const;

    // The text of a document in resources/graphql with the fragments it
    // spreads (resources/graphql/fragments) appended; empty when missing.
    static QString document(const QString &operation);
    static QStringList operations(); // every document's name

    // Reads an answer; a pure function, so that every kind of answer can be
    // tested (and fuzzed) without a network.
    static GraphqlAnswer interpret(const GraphqlResponse &response, const QString &serviceName);

Q_SIGNALS:
    // For the status bar and logs: one per answered request.
    void answered(const QString &operation, const QString &requestId, int complexity);
    void creditsChanged(int estimate, int max);
    // A wait the user should see ("out of API credits for 10 s; retrying").
    void waiting(const QString &operation, qint64 milliseconds, const QString &reason);

private:
    void schedule(GraphqlReply *reply, qint64 delayMs, const QString &reason);
    void attempt(GraphqlReply *reply);
    void handle(GraphqlReply *reply, QNetworkReply *network);
    void retryOrFail(GraphqlReply *reply, const ApiError &error, bool mayHaveArrived);
    void waitOutThrottling(GraphqlReply *reply, const GraphqlAnswer &answer);
    void renewAndReplay(GraphqlReply *reply, const QNetworkRequest &rejected);
    void fail(GraphqlReply *reply, const ApiError &error);
    qint64 backoffMs(int attempt) const;
    void noteCredits();

    QNetworkAccessManager *m_network;
    AuthSession *m_auth;
    RetryPolicy m_policy;
    CreditBucket m_credits;
};

} // namespace invsync
