#include "api/GraphqlClient.h"

#include "api/AuthSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Documents are read once; a fragment a document spreads is appended to it,
// so that each fragment is written in one place.
QHash<QString, QString> loadDocuments()
{
    QHash<QString, QString> documents;
    static const QRegularExpression spread(u"\\.\\.\\.\\s*([A-Za-z_][A-Za-z0-9_]*)"_s);
    const QStringList files = QDir(u":/graphql"_s).entryList({u"*.graphql"_s}, QDir::Files);
    for (const QString &file : files) {
        QString text = readResource(u":/graphql/"_s + file);
        QStringList appended;
        for (qsizetype i = 0; i < text.size();) {
            const QRegularExpressionMatch match = spread.match(text, i);
            if (!match.hasMatch())
                break;
            i = match.capturedEnd();
            const QString name = match.captured(1);
            if (name == u"on"_s || appended.contains(name))
                continue; // an inline fragment, or one already there
            const QString fragment = readResource(u":/graphql/fragments/"_s + name + u".graphql"_s);
            if (!fragment.isEmpty()) {
                appended.append(name);
                text += u'\n' + fragment;
            }
        }
        documents.insert(file.chopped(8), text); // ".graphql"
    }
    return documents;
}

const QHash<QString, QString> &documents()
{
    static const QHash<QString, QString> loaded = loadDocuments();
    return loaded;
}

bool isMutation(const QString &document)
{
    static const QRegularExpression first(u"^(?:\\s|#[^\\n]*)*mutation\\b"_s);
    return first.match(document).hasMatch();
}

// An error's field, at the top level (ShipHero) or under "extensions".
QJsonValue errorField(const QJsonObject &error, QLatin1StringView key)
{
    const QJsonValue value = error.value(key);
    if (!value.isUndefined())
        return value;
    return error.value("extensions"_L1).toObject().value(key);
}

int errorCode(const QJsonObject &error)
{
    const QJsonValue code = errorField(error, "code"_L1);
    if (code.isDouble())
        return code.toInt();
    bool ok = false;
    const int parsed = code.toString().toInt(&ok);
    return ok ? parsed : -1;
}

// "10 seconds" → 10000; -1 when it cannot be read.
qint64 timeRemainingMs(const QJsonValue &value)
{
    // A day at most: a larger or negative figure is not one to wait for.
    const auto milliseconds = [](double seconds) -> qint64 {
        return seconds >= 0 && seconds <= 86400 ? qint64(seconds * 1000) : -1;
    };
    if (value.isDouble())
        return milliseconds(value.toDouble());
    static const QRegularExpression seconds(u"([0-9]+(?:\\.[0-9]+)?)"_s);
    const QRegularExpressionMatch match = seconds.match(value.toString());
    return match.hasMatch() ? milliseconds(match.captured(1).toDouble()) : -1;
}

// A request body that can be read once. Qt's HTTP stack silently sends a
// request again when the connection closes before the answer arrives; for a
// mutation that would start a second batch. With a body it cannot rewind,
// Qt reports ContentReSendError instead, and the client decides.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_read == m_data.size())
            return -1; // how a sequential device says it ended
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_read);
        std::memcpy(data, m_data.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

// --- GraphqlReply ----------------------------------------------------------------

GraphqlReply::GraphqlReply(const GraphqlRequest &request, QObject *parent)
    : AsyncReply(parent), m_request(request)
{
    m_timer.setSingleShot(true);
}

void GraphqlReply::finish(const GraphqlResult &result)
{
    m_timer.stop();
    deliver([this, result] { Q_EMIT finished(result); });
}

void GraphqlReply::abortWork()
{
    m_timer.stop();
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    if (m_auth)
        m_auth->cancel();
}

// --- GraphqlClient ---------------------------------------------------------------

GraphqlClient::GraphqlClient(QNetworkAccessManager *network, AuthSession *auth, QObject *parent)
    : QObject(parent), m_network(network), m_auth(auth)
{
}

QString GraphqlClient::document(const QString &operation)
{
    return documents().value(operation);
}

QStringList GraphqlClient::operations()
{
    QStringList names = documents().keys();
    names.sort();
    return names;
}

QString GraphqlClient::serviceName() const
{
    return m_auth ? m_auth->serviceName() : QString();
}

GraphqlReply *GraphqlClient::send(const GraphqlRequest &request)
{
    auto *reply = new GraphqlReply(request, this);
    reply->m_mutation = isMutation(document(request.operation));
    connect(&reply->m_timer, &QTimer::timeout, reply, [this, reply] { attempt(reply); });
    attempt(reply);
    return reply;
}

void GraphqlClient::schedule(GraphqlReply *reply, qint64 delayMs, const QString &reason)
{
    reply->m_info.waitedMs += delayMs;
    Q_EMIT reply->waiting(delayMs, reason);
    Q_EMIT waiting(reply->m_request.operation, delayMs, reason);
    reply->m_timer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void GraphqlClient::attempt(GraphqlReply *reply)
{
    if (reply->isFinished())
        return;
    const GraphqlRequest &request = reply->m_request;
    const QString text = document(request.operation);
    if (text.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = tr("InvSync has no request named %1. This is a bug in InvSync.")
                            .arg(request.operation);
        fail(reply, error);
        return;
    }
    if (!m_auth || m_auth->baseUrl().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("No connection is set up. Choose one under Connection.");
        fail(reply, error);
        return;
    }

    // Pace by the credits: wait until the bucket can pay for this request.
    const qint64 pacing = m_credits.delayFor(request.expectedCost, request.priority);
    if (pacing > 0) {
        schedule(reply, pacing,
                 tr("Waiting %1 s for API credits.").arg(QString::number((pacing + 999) / 1000)));
        return;
    }

    QNetworkRequest http(m_auth->endpoint(u"/graphql"_s));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    http.setRawHeader("Accept", "application/json");
    http.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!m_auth->authorize(http)) {
        ApiError error;
        error.kind = ApiError::Kind::SignInRequired;
        error.message = tr("Sign in to %1 first.").arg(serviceName());
        fail(reply, error);
        return;
    }
    const QJsonObject body{{u"query"_s, text},
                           {u"variables"_s, request.variables},
                           {u"operationName"_s, request.operation}};

    reply->m_reservedCredits = request.expectedCost;
    m_credits.reserve(request.expectedCost);
    ++reply->m_attempts;
    ++reply->m_info.requests;
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *network = nullptr;
    if (reply->m_mutation) {
        auto *once = new OneShotBody(payload);
        http.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        // Otherwise Qt copies the body into a buffer it can rewind.
        http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        network = m_network->post(http, once);
        once->setParent(network);
    } else {
        network = m_network->post(http, payload);
    }
    reply->m_network = network;
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network] { handle(reply, network); });
}

GraphqlAnswer GraphqlClient::interpret(const GraphqlResponse &response, const QString &service)
{
    GraphqlAnswer answer;
    ApiError &error = answer.error;
    error.httpStatus = response.httpStatus;

    if (response.httpStatus == 401) {
        // Refused before it ran: renewing the token and sending again is safe.
        answer.action = GraphqlAnswer::Action::Renew;
        answer.mayHaveArrived = false;
        error.kind = ApiError::Kind::SignInRequired;
        error.message = tr("%1 no longer accepts your sign-in. Sign in again.").arg(service);
        return answer;
    }

    if (response.httpStatus == 0) {
        const QNetworkReply::NetworkError failure = response.networkError;
        // These fail before a byte of the request is sent.
        answer.mayHaveArrived = !(failure == QNetworkReply::ConnectionRefusedError ||
                                  failure == QNetworkReply::HostNotFoundError ||
                                  failure == QNetworkReply::NetworkSessionFailedError ||
                                  failure == QNetworkReply::UnknownNetworkError);
        const bool timedOut = failure == QNetworkReply::TimeoutError ||
                              failure == QNetworkReply::OperationCanceledError;
        answer.action = GraphqlAnswer::Action::Retry;
        error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.message = timedOut ? tr("%1 did not answer in time.").arg(service)
                                 : tr("Could not reach %1 (%2).").arg(service, response.errorString);
        return answer;
    }

    if (response.httpStatus >= 500) {
        answer.action = GraphqlAnswer::Action::Retry;
        error.kind = ApiError::Kind::Http;
        error.message =
            tr("%1 answered with HTTP status %2.").arg(service).arg(response.httpStatus);
        return answer;
    }

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject object = json.object();
    const QJsonArray errors = object.value("errors"_L1).toArray();
    if (response.httpStatus != 200 && errors.isEmpty()) {
        answer.action = GraphqlAnswer::Action::Fail;
        answer.mayHaveArrived = false;
        error.kind = ApiError::Kind::Http;
        error.message = tr("%1 refused the request with HTTP status %2.")
                            .arg(service)
                            .arg(response.httpStatus);
        return answer;
    }
    if (parseError.error != QJsonParseError::NoError || !json.isObject() ||
        (errors.isEmpty() && !object.value("data"_L1).isObject())) {
        answer.action = GraphqlAnswer::Action::Retry;
        error.kind = ApiError::Kind::Malformed;
        error.message = tr("%1 sent an answer InvSync cannot read.").arg(service);
        return answer;
    }

    if (!errors.isEmpty()) {
        // A throttling error anywhere means nothing ran.
        for (const QJsonValue &value : errors) {
            const QJsonObject entry = value.toObject();
            if (errorCode(entry) != 30)
                continue;
            answer.action = GraphqlAnswer::Action::Throttled;
            answer.mayHaveArrived = false;
            answer.requestId = errorField(entry, "request_id"_L1).toString();
            answer.throttleWaitMs = timeRemainingMs(errorField(entry, "time_remaining"_L1));
            const QJsonValue remaining = errorField(entry, "remaining_credits"_L1);
            answer.remainingCredits = remaining.isDouble() ? remaining.toInt() : -1;
            const QJsonValue required = errorField(entry, "required_credits"_L1);
            answer.requiredCredits = required.isDouble() ? required.toInt() : -1;
            error = ApiError::fromService(30, entry.value("message"_L1).toString(),
                                          answer.requestId, service);
            error.httpStatus = response.httpStatus;
            return answer;
        }
        const QJsonObject first = errors.first().toObject();
        answer.action = GraphqlAnswer::Action::Fail;
        answer.requestId = errorField(first, "request_id"_L1).toString();
        error = ApiError::fromService(errorCode(first), first.value("message"_L1).toString(),
                                      answer.requestId, service);
        error.httpStatus = response.httpStatus;
        return answer;
    }

    answer.action = GraphqlAnswer::Action::Deliver;
    answer.data = object.value("data"_L1).toObject();
    for (auto it = answer.data.constBegin(); it != answer.data.constEnd(); ++it) {
        const QJsonObject root = it.value().toObject();
        if (root.contains("request_id"_L1))
            answer.requestId = root.value("request_id"_L1).toString();
        if (root.value("complexity"_L1).isDouble()) {
            // Summed in 64 bits: two huge values from a broken reply must not overflow.
            const qint64 sum = qint64(std::max(answer.complexity, 0)) +
                               std::max(root.value("complexity"_L1).toInt(), 0);
            answer.complexity = int(std::min<qint64>(sum, std::numeric_limits<int>::max()));
        }
    }
    return answer;
}

void GraphqlClient::handle(GraphqlReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    if (reply->m_network == network)
        reply->m_network = nullptr;
    if (reply->isFinished())
        return;

    GraphqlResponse response;
    response.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = network->error();
    response.errorString = m_auth->redact(network->errorString());
    response.body = network->readAll();
    const QString service = serviceName();
    GraphqlAnswer answer = interpret(response, service);
    const int reserved = std::exchange(reply->m_reservedCredits, 0);
    if (!answer.requestId.isEmpty())
        reply->m_info.requestId = answer.requestId;

    switch (answer.action) {
    case GraphqlAnswer::Action::Renew:
        m_credits.settle(reserved, 0);
        if (reply->m_replayedAfterRefresh || !m_auth->canRefresh())
            fail(reply, answer.error);
        else
            renewAndReplay(reply, network->request());
        return;
    case GraphqlAnswer::Action::Retry:
        if (!answer.mayHaveArrived)
            m_credits.settle(reserved, 0);
        retryOrFail(reply, answer.error, answer.mayHaveArrived);
        return;
    case GraphqlAnswer::Action::Fail:
        fail(reply, answer.error);
        return;
    case GraphqlAnswer::Action::Throttled:
        m_credits.settle(reserved, 0);
        if (answer.remainingCredits >= 0)
            m_credits.observe(answer.remainingCredits);
        noteCredits();
        waitOutThrottling(reply, answer);
        return;
    case GraphqlAnswer::Action::Deliver:
        break;
    }

    m_credits.settle(reserved, answer.complexity);
    reply->m_info.complexity = answer.complexity;
    noteCredits();
    Q_EMIT answered(reply->m_request.operation, reply->m_info.requestId, answer.complexity);
    GraphqlResult result;
    result.data = answer.data;
    result.info = reply->m_info;
    reply->finish(result);
}

void GraphqlClient::waitOutThrottling(GraphqlReply *reply, const GraphqlAnswer &answer)
{
    const QString service = serviceName();
    qint64 waitMs = answer.throttleWaitMs;
    if (waitMs < 0) {
        // No time given: the request costs more than the bucket can ever
        // hold, or the service did not say; waiting cannot help in the first case.
        if (answer.requiredCredits > m_credits.max()) {
            ApiError error = answer.error;
            error.message = tr("The request needs %1 API credits, more than %2 can hold (%3). "
                               "Ask for fewer rows at a time.")
                                .arg(answer.requiredCredits)
                                .arg(service)
                                .arg(m_credits.max());
            fail(reply, error);
            return;
        }
        waitMs = qint64(std::max(0, answer.requiredCredits - m_credits.estimate())) * 1000 /
                 std::max(1, m_credits.refillPerSecond());
    }
    waitMs += QRandomGenerator::global()->bounded(std::max(1, m_policy.throttleJitterMs));
    if (reply->m_info.waitedMs + waitMs > m_policy.maxThrottleWaitMs) {
        ApiError error = answer.error;
        error.message = tr("%1 stayed out of API credits after %2 s of waiting. Try again later.")
                            .arg(service)
                            .arg(reply->m_info.waitedMs / 1000);
        fail(reply, error);
        return;
    }
    --reply->m_attempts; // it did not run, so it does not count as a try
    schedule(reply, waitMs,
             tr("%1 is out of API credits for %2 s; retrying.")
                 .arg(service)
                 .arg(std::max<qint64>(1, (waitMs + 500) / 1000)));
}

void GraphqlClient::retryOrFail(GraphqlReply *reply, const ApiError &error, bool mayHaveArrived)
{
    if (reply->m_mutation && mayHaveArrived) {
        // Sending it again could start a second batch: let the caller find out.
        ApiError ambiguous = error;
        ambiguous.kind = ApiError::Kind::Ambiguous;
        ambiguous.message = tr("The connection failed after the request was sent: %1 It is "
                               "not known whether %2 received it.")
                                .arg(error.message, serviceName());
        fail(reply, ambiguous);
        return;
    }
    if (reply->m_attempts >= m_policy.maxAttempts) {
        ApiError final = error;
        final.message = tr("%1 Tried %n time(s); check your network connection and try again.",
                           nullptr, reply->m_attempts)
                            .arg(error.message);
        fail(reply, final);
        return;
    }
    const qint64 delay = backoffMs(reply->m_attempts);
    schedule(reply, delay,
             tr("%1 Trying again in %2 s.")
                 .arg(error.message, QString::number(double(delay) / 1000.0, 'f', 1)));
}

qint64 GraphqlClient::backoffMs(int attempt) const
{
    // Exponential, capped, with "equal jitter": between half and all of the step.
    const qint64 step = std::min<qint64>(m_policy.maxDelayMs,
                                         qint64(m_policy.baseDelayMs) << std::min(attempt - 1, 20));
    const qint64 half = std::max<qint64>(step / 2, 1);
    return half + QRandomGenerator::global()->bounded(half + 1);
}

void GraphqlClient::renewAndReplay(GraphqlReply *reply, const QNetworkRequest &rejected)
{
    AuthReply *renewal = m_auth->refreshAfterRejection(rejected);
    reply->m_auth = renewal;
    connect(renewal, &AuthReply::finished, reply, [this, reply](const AuthResult &renewed) {
        reply->m_auth = nullptr;
        if (!renewed.ok()) {
            ApiError error;
            error.kind = renewed.error == AuthResult::Error::Timeout ? ApiError::Kind::Timeout
                         : renewed.error == AuthResult::Error::Unreachable
                             ? ApiError::Kind::Network
                             : ApiError::Kind::SignInRequired;
            error.message = renewed.message;
            fail(reply, error);
            return;
        }
        reply->m_replayedAfterRefresh = true;
        --reply->m_attempts; // the refused try did not run
        attempt(reply);
    });
}

void GraphqlClient::fail(GraphqlReply *reply, const ApiError &error)
{
    GraphqlResult result;
    result.error = error;
    if (result.error.requestId.isEmpty())
        result.error.requestId = reply->m_info.requestId;
    result.info = reply->m_info;
    reply->finish(result);
}

void GraphqlClient::observeCredits(int remaining, int max, int refillPerSecond)
{
    m_credits.observe(remaining, max, refillPerSecond);
    noteCredits();
}

void GraphqlClient::resetCredits()
{
    m_credits = CreditBucket();
}

void GraphqlClient::noteCredits()
{
    Q_EMIT creditsChanged(m_credits.estimate(), m_credits.max());
}

} // namespace invsync
