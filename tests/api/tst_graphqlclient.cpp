// The GraphQL transport: the documents against the schema, retries under
// injected faults, mutations never sent twice, lost submissions adopted,
// throttling waited out, token renewal and replay, cancellation, and no
// token in any message, log line or settings file.

#include "ApiTestSupport.h"

#include "api/ConnectionProfile.h"
#include "settings/Translations.h"
#include "sandbox/graphql/GraphQL.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

// Answers POST /graphql from a script, one answer per request, then repeats the last.
class ScriptedServer : public QAbstractHttpServer
{
public:
    ScriptedServer() { m_port = listen(QHostAddress(QHostAddress::LocalHost), 0); }
    void script(QList<QByteArray> bodies) { m_bodies = std::move(bodies); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    int requests() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        const QByteArray body = m_bodies.value(std::min<qsizetype>(m_requests, m_bodies.size() - 1));
        ++m_requests;
        if (body == "DROP") { // read, then hang up without an answer
            socket->disconnectFromHost();
            return true;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    QList<QByteArray> m_bodies;
    quint16 m_port = 0;
    int m_requests = 0;
};

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

// Keeps every log line to look for tokens in, and still prints it.
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Sample values for every variable the documents declare.
QJsonObject sampleVariables()
{
    return {{u"url"_s, u"https://example.invalid/a.csv"_s},
            {u"warehouseId"_s, u"V2FyZWhvdXNlOjExNzkw"_s},
            {u"customerAccountId"_s, u"QWNjb3VudDozODAy"_s},
            {u"syncId"_s, u"0123456789abcdef01234567"_s},
            {u"reason"_s, u"Wrong file"_s},
            {u"status"_s, u"error"_s},
            {u"sku"_s, u"SKU-1"_s},
            {u"first"_s, 10},
            {u"after"_s, u"cursor"_s}};
}

} // namespace

class TestGraphqlClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void documentsValidateAgainstSchema_data();
    void documentsValidateAgainstSchema();
    void everyDocumentIsCompiledIn();
    void userValuesTravelAsVariables();
    void interpretAnswers_data();
    void interpretAnswers();
    void queryRetriedUntilItGivesUp_data();
    void queryRetriedUntilItGivesUp();
    void mutationSentOnceUnderFaults_data();
    void mutationSentOnceUnderFaults();
    void lostReplyIsAdopted();
    void lostRequestReportsNothingStarted();
    void knownBatchIsNotAdopted();
    void mutationNotResentOnHangUp();
    void tenPercentFaults();
    void throttleWaitMatchesTimeRemaining();
    void tooExpensiveFailsAtOnce();
    void burstLargerThanBucket();
    void expiredTokenRenewedAndReplayed();
    void revokedRefreshAsksToSignInAgain();
    void notSignedIn();
    void cancelWhileWaiting();
    void noTokenInMessagesLogsOrFiles(); // last: looks at what the others produced

private:
    void remember(const ApiError &error) { m_messages << error.message; }

    std::unique_ptr<ApiFixture> m_fixture;
    QStringList m_messages;
    QSet<QString> m_tokens;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestGraphqlClient::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    m_previousHandler = qInstallMessageHandler(captureLog);
    g_previousHandler = m_previousHandler;
}

void TestGraphqlClient::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

void TestGraphqlClient::init()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
    for (const SandboxState::Token &token : m_fixture->state().accessTokens)
        m_tokens.insert(token.value);
    for (const SandboxState::Token &token : m_fixture->state().refreshTokens)
        m_tokens.insert(token.value);
}

void TestGraphqlClient::cleanup()
{
    if (m_fixture) {
        for (const SandboxState::Token &token : m_fixture->state().accessTokens)
            m_tokens.insert(token.value);
    }
    m_fixture.reset();
}

void TestGraphqlClient::documentsValidateAgainstSchema_data()
{
    QTest::addColumn<QString>("operation");
    const QStringList operations = GraphqlClient::operations();
    QVERIFY(operations.size() >= 8);
    for (const QString &operation : operations)
        QTest::newRow(qPrintable(operation)) << operation;
}

void TestGraphqlClient::documentsValidateAgainstSchema()
{
    QFETCH(QString, operation);
    // The repository's copy of ShipHero's schema, which the sandbox serves;
    // when the reference it was copied from is beside the project, they must agree.
    const QByteArray schemaText =
        readFile(QString::fromUtf8(INVSYNC_SOURCE_DIR) + u"/resources/graphql/schema.graphqls"_s);
    QVERIFY(!schemaText.isEmpty());
    const QString reference = QString::fromUtf8(INVSYNC_SOURCE_DIR) +
                              u"/../shared/reference/inventory-sync.graphqls"_s;
    if (QFile::exists(reference))
        QCOMPARE(schemaText, readFile(reference));

    QString schemaError;
    const auto schema = graphql::Schema::fromSdl(QString::fromUtf8(schemaText), &schemaError);
    QVERIFY2(schema, qPrintable(schemaError));
    graphql::Executor executor(schema);
    const QString document = GraphqlClient::document(operation);
    QVERIFY(!document.isEmpty());

    // Only the variables the document declares.
    QJsonObject variables;
    const QJsonObject samples = sampleVariables();
    for (auto it = samples.begin(); it != samples.end(); ++it) {
        if (document.contains(u'$' + it.key()))
            variables.insert(it.key(), it.value());
    }
    const graphql::PreparedRequest prepared = executor.prepare(document, variables, operation);
    QStringList errors;
    for (const graphql::Error &error : prepared.errors)
        errors << error.message;
    QVERIFY2(prepared.isValid(), qPrintable(errors.join(u'\n')));
    QCOMPARE(prepared.operationName, operation);
    QVERIFY(prepared.operationType == u"query"_s || prepared.operationType == u"mutation"_s);
}

void TestGraphqlClient::everyDocumentIsCompiledIn()
{
    QStringList onDisk;
    QDirIterator it(QString::fromUtf8(INVSYNC_SOURCE_DIR) + u"/resources/graphql"_s,
                    {u"*.graphql"_s}, QDir::Files);
    while (it.hasNext())
        onDisk << QFileInfo(it.next()).completeBaseName();
    onDisk.sort();
    QCOMPARE(GraphqlClient::operations(), onDisk);
    // Fragments are appended once to the documents that spread them.
    QCOMPARE(GraphqlClient::document(u"Batches"_s).count(u"fragment BatchFields"_s), 1);
    QCOMPARE(GraphqlClient::document(u"Rows"_s).count(u"fragment"_s), 0);
}

void TestGraphqlClient::userValuesTravelAsVariables()
{
    // A value that would break a query written by pasting strings together.
    ProductsQuery query;
    query.warehouseId = warehouseId();
    query.sku = u"\") { id } } mutation { inventory_sync_abort(data: {sync_id: \"x\"}) { complexity"_s;
    const ProductsResult result =
        waitFor<ProductsResult>(m_fixture->api->warehouseProducts(query));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(result.products.isEmpty());
}

void TestGraphqlClient::interpretAnswers_data()
{
    using Action = GraphqlAnswer::Action;
    using Kind = ApiError::Kind;
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<GraphqlAnswer::Action>("action");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("mayHaveArrived");
    QTest::addColumn<int>("code");

    const int none = QNetworkReply::NoError;
    QTest::newRow("401") << 401 << none << QByteArray(R"({"error":"invalid_token"})")
                         << Action::Renew << Kind::SignInRequired << false << -1;
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                             << Action::Retry << Kind::Network << false << -1;
    QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray()
                                    << Action::Retry << Kind::Network << false << -1;
    QTest::newRow("hung up") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray()
                             << Action::Retry << Kind::Network << true << -1;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray()
                             << Action::Retry << Kind::Timeout << true << -1;
    QTest::newRow("500") << 500 << none << QByteArray(R"({"errors":[{"message":"x"}]})")
                         << Action::Retry << Kind::Http << true << -1;
    QTest::newRow("502 html") << 502 << none << QByteArray("<html>502</html>") << Action::Retry
                              << Kind::Http << true << -1;
    QTest::newRow("413 text") << 413 << none << QByteArray("too large") << Action::Fail
                              << Kind::Http << false << -1;
    QTest::newRow("cut body") << 200 << none << QByteArray(R"({"data":{"account":{"req)")
                              << Action::Retry << Kind::Malformed << true << -1;
    QTest::newRow("array") << 200 << none << QByteArray("[]") << Action::Retry << Kind::Malformed
                           << true << -1;
    QTest::newRow("null data") << 200 << none << QByteArray(R"({"data":null})") << Action::Retry
                               << Kind::Malformed << true << -1;
    QTest::newRow("empty") << 200 << none << QByteArray() << Action::Retry << Kind::Malformed
                           << true << -1;
    QTest::newRow("throttled") << 200 << none
                               << QByteArray(R"({"errors":[{"message":"m","code":30,)"
                                             R"("time_remaining":"10 seconds"}],"data":{"a":null}})")
                               << Action::Throttled << Kind::Throttled << false << 30;
    QTest::newRow("scope") << 200 << none
                           << QByteArray(R"({"errors":[{"message":"Missing required scope(s): )"
                                         R"(inventory:write","code":7,"request_id":"r"}]})")
                           << Action::Fail << Kind::MissingScope << true << 7;
    QTest::newRow("code as text") << 200 << none
                                  << QByteArray(R"({"errors":[{"message":"m","code":"5"}]})")
                                  << Action::Fail << Kind::NotFound << true << 5;
    QTest::newRow("code in extensions")
        << 200 << none << QByteArray(R"({"errors":[{"message":"m","extensions":{"code":9}}]})")
        << Action::Fail << Kind::NotAllowed << true << 9;
    QTest::newRow("validation") << 200 << none
                                << QByteArray(R"({"errors":[{"message":"Cannot query field",)"
                                              R"("locations":[{"line":1,"column":3}]}]})")
                                << Action::Fail << Kind::InvalidRequest << true << -1;
    QTest::newRow("data") << 200 << none
                          << QByteArray(R"({"data":{"a":{"request_id":"r1","complexity":3}}})")
                          << Action::Deliver << Kind::None << true << -1;
}

void TestGraphqlClient::interpretAnswers()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, body);
    QFETCH(GraphqlAnswer::Action, action);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, mayHaveArrived);
    QFETCH(int, code);

    GraphqlResponse response;
    response.httpStatus = status;
    response.networkError = QNetworkReply::NetworkError(networkError);
    response.errorString = u"Connection closed"_s;
    response.body = body;
    const GraphqlAnswer answer = GraphqlClient::interpret(response, u"example.test"_s);
    QCOMPARE(answer.action, action);
    QCOMPARE(answer.error.kind, kind);
    QCOMPARE(answer.error.code, code);
    if (action == GraphqlAnswer::Action::Retry)
        QCOMPARE(answer.mayHaveArrived, mayHaveArrived);
    if (kind != ApiError::Kind::None)
        QVERIFY2(answer.error.message.contains(u"example.test"_s) ||
                     answer.error.kind == ApiError::Kind::MissingScope,
                 qPrintable(answer.error.message));
    if (action == GraphqlAnswer::Action::Throttled)
        QCOMPARE(answer.throttleWaitMs, 10000);
    if (action == GraphqlAnswer::Action::Deliver) {
        QCOMPARE(answer.requestId, u"r1"_s);
        QCOMPARE(answer.complexity, 3);
    }
}

void TestGraphqlClient::queryRetriedUntilItGivesUp_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("500") << u"500"_s << ApiError::Kind::Http;
    QTest::newRow("502 HTML") << u"502"_s << ApiError::Kind::Http;
    QTest::newRow("dropped before") << u"dropBefore"_s << ApiError::Kind::Network;
    QTest::newRow("dropped after") << u"dropAfter"_s << ApiError::Kind::Network;
    QTest::newRow("cut body") << u"malformed"_s << ApiError::Kind::Malformed;
}

static FaultSettings always(const QString &fault)
{
    FaultSettings faults;
    if (fault == u"500"_s)
        faults.serverErrorShare = 1;
    else if (fault == u"502"_s)
        faults.badGatewayShare = 1;
    else if (fault == u"dropBefore"_s)
        faults.dropBeforeShare = 1;
    else if (fault == u"dropAfter"_s)
        faults.dropAfterShare = 1;
    else
        faults.malformedShare = 1;
    return faults;
}

void TestGraphqlClient::queryRetriedUntilItGivesUp()
{
    QFETCH(QString, fault);
    QFETCH(ApiError::Kind, kind);
    m_fixture->server->setFaults(always(fault));
    AccountReply *reply = m_fixture->api->account();
    QSignalSpy waits(reply, &ApiReply::waiting);
    const AccountResult result = waitFor<AccountResult>(reply);
    remember(result.error);
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.message));
    const int attempts = m_fixture->client->retryPolicy().maxAttempts;
    QCOMPARE(result.info.requests, attempts);
    QCOMPARE(waits.size(), attempts - 1);
    QVERIFY2(result.error.message.contains(u"Tried %1 times"_s.arg(attempts)),
             qPrintable(result.error.message));

    // And it works again once the service does.
    m_fixture->server->setFaults({});
    QVERIFY(waitFor<AccountResult>(m_fixture->api->account()).ok());
}

void TestGraphqlClient::mutationSentOnceUnderFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("batches"); // what the sandbox started
    QTest::newRow("500") << u"500"_s << 0;
    QTest::newRow("502 HTML") << u"502"_s << 0;
    QTest::newRow("dropped before") << u"dropBefore"_s << 0;
    QTest::newRow("dropped after") << u"dropAfter"_s << 1;
    QTest::newRow("cut body") << u"malformed"_s << 1;
}

void TestGraphqlClient::mutationSentOnceUnderFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, batches);
    m_fixture->server->setFaults(always(fault));
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/once.csv"_s, demoCsv(3));
    request.warehouseId = warehouseId();
    const SubmitResult result = waitFor<SubmitResult>(m_fixture->api->submit(request));
    remember(result.error);
    // The service keeps failing, so the lookup for a lost batch fails too:
    // the user is told it is unknown, and nothing was sent twice.
    QVERIFY2(result.error.kind == ApiError::Kind::Ambiguous, qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"Check the Batches page"_s));
    QVERIFY(result.syncId.isEmpty());
    QCOMPARE(m_fixture->batchCount(), batches);
}

void TestGraphqlClient::lostReplyIsAdopted()
{
    FaultSettings faults;
    faults.dropAfterShare = 1;
    m_fixture->server->setFaults(faults);
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/lost.csv"_s, demoCsv(3));
    request.warehouseId = warehouseId();
    SubmitReply *reply = m_fixture->api->submit(request);
    // The service recovers by the time the client looks for the batch.
    connect(reply, &ApiReply::waiting, this, [this] { m_fixture->server->setFaults({}); });
    const SubmitResult result = waitFor<SubmitResult>(reply);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(result.adopted);
    QCOMPARE(m_fixture->batchCount(), 1);
    const BatchResult batch = waitFor<BatchResult>(m_fixture->api->batch(result.syncId));
    QVERIFY(batch.ok());
    QCOMPARE(batch.batch.url, request.url);
}

void TestGraphqlClient::lostRequestReportsNothingStarted()
{
    FaultSettings faults;
    faults.dropBeforeShare = 1;
    m_fixture->server->setFaults(faults);
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/never.csv"_s, demoCsv(3));
    request.warehouseId = warehouseId();
    SubmitReply *reply = m_fixture->api->submit(request);
    connect(reply, &ApiReply::waiting, this, [this] { m_fixture->server->setFaults({}); });
    const SubmitResult result = waitFor<SubmitResult>(reply);
    remember(result.error);
    QVERIFY2(result.error.kind == ApiError::Kind::NotStarted, qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"did not start"_s));
    QVERIFY(result.error.message.contains(u"You can send it again"_s));
    QCOMPARE(m_fixture->batchCount(), 0);
}

void TestGraphqlClient::knownBatchIsNotAdopted()
{
    // The same URL was sent before on purpose: that batch is not this one.
    SubmitRequest request;
    request.url = m_fixture->serveCsv(u"/again.csv"_s, demoCsv(3));
    request.warehouseId = warehouseId();
    const SubmitResult first = waitFor<SubmitResult>(m_fixture->api->submit(request));
    QVERIFY(first.ok());

    FaultSettings faults;
    faults.dropBeforeShare = 1;
    m_fixture->server->setFaults(faults);
    request.knownSyncIds = {first.syncId};
    SubmitReply *reply = m_fixture->api->submit(request);
    connect(reply, &ApiReply::waiting, this, [this] { m_fixture->server->setFaults({}); });
    const SubmitResult second = waitFor<SubmitResult>(reply);
    QCOMPARE(second.error.kind, ApiError::Kind::NotStarted);
    QCOMPARE(m_fixture->batchCount(), 1);
}

void TestGraphqlClient::mutationNotResentOnHangUp()
{
    // Qt's HTTP stack sends a request again by itself when the server hangs
    // up before answering; for a mutation the client must prevent that.
    ScriptedServer server;
    server.script({"DROP"});
    m_fixture->auth->setConnection(u"scripted"_s, server.url());
    bool done = false;
    connect(m_fixture->auth->setTokens(u"scripted-token"_s), &AuthReply::finished, this,
            [&] { done = true; });
    QTRY_VERIFY(done);
    GraphqlReply *reply = m_fixture->client->send(
        {u"Submit"_s, {{u"url"_s, u"http://127.0.0.1:9/a.csv"_s}, {u"warehouseId"_s, u"W"_s}}});
    QSignalSpy finished(reply, &GraphqlReply::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<GraphqlResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Ambiguous);
    QCOMPARE(server.requests(), 1);

    // A query may be sent again: it changes nothing.
    GraphqlReply *query = m_fixture->client->send({u"UserQuota"_s, {}});
    QSignalSpy queried(query, &GraphqlReply::finished);
    QVERIFY(queried.wait(10000));
    QVERIFY(server.requests() > 2);
}

void TestGraphqlClient::tenPercentFaults()
{
    FaultSettings faults;
    faults.serverErrorShare = 0.025;
    faults.badGatewayShare = 0.025;
    faults.dropBeforeShare = 0.02;
    faults.dropAfterShare = 0.02;
    faults.malformedShare = 0.01;
    m_fixture->server->setFaults(faults);

    int queries = 0;
    int retried = 0;
    for (int i = 0; i < 10; ++i) {
        const AccountResult account = waitFor<AccountResult>(m_fixture->api->account());
        QVERIFY2(account.ok(), qPrintable(account.error.message));
        ProductsQuery products;
        products.warehouseId = warehouseId();
        products.allPages = true;
        const ProductsResult all =
            waitFor<ProductsResult>(m_fixture->api->warehouseProducts(products));
        QVERIFY2(all.ok(), qPrintable(all.error.message));
        QVERIFY(all.products.size() > 200);
        BatchesQuery batches;
        batches.allPages = true;
        const BatchesResult list = waitFor<BatchesResult>(m_fixture->api->batches(batches));
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        queries += 3;
        retried += (account.info.requests - 1) + (list.info.requests > 1 ? 1 : 0) +
                   (all.info.requests > 3 ? 1 : 0);
    }

    QStringList reported;
    int adopted = 0;
    int notStarted = 0;
    for (int i = 0; i < 25; ++i) {
        SubmitRequest request;
        request.url = m_fixture->serveCsv(u"/faulty-%1.csv"_s.arg(i), demoCsv(2));
        request.warehouseId = warehouseId();
        const SubmitResult result = waitFor<SubmitResult>(m_fixture->api->submit(request));
        remember(result.error);
        if (result.ok()) {
            reported << result.syncId;
            adopted += result.adopted ? 1 : 0;
        } else {
            // Only these two: nothing started, or (if the lookup failed too) unknown.
            QVERIFY2(result.error.kind == ApiError::Kind::NotStarted ||
                         result.error.kind == ApiError::Kind::Ambiguous,
                     qPrintable(result.error.message));
            notStarted += result.error.kind == ApiError::Kind::NotStarted ? 1 : 0;
            for (const SandboxBatch &batch : m_fixture->state().batches) {
                if (result.error.kind == ApiError::Kind::NotStarted)
                    QVERIFY(batch.url != request.url);
            }
        }
    }
    // Every batch the sandbox started is one the client reported, once.
    m_fixture->server->setFaults({});
    BatchesQuery all;
    all.allPages = true;
    const BatchesResult listed = waitFor<BatchesResult>(m_fixture->api->batches(all));
    QVERIFY(listed.ok());
    QCOMPARE(listed.batches.size(), m_fixture->batchCount());
    QStringList started;
    for (const Batch &batch : listed.batches)
        started << batch.id;
    started.sort();
    reported.sort();
    QCOMPARE(reported, started);
    qInfo("10%% faults: %d queries (%d needed retries), 25 submits: %lld started "
          "(%d adopted after a lost reply), %d not started",
          queries, retried, qsizetype(started.size()), adopted, notStarted);
}

void TestGraphqlClient::throttleWaitMatchesTimeRemaining()
{
    ScriptedServer server;
    server.script({R"({"errors":[{"message":"There are not enough credits","code":30,)"
                   R"("request_id":"r1","required_credits":101,"remaining_credits":3,)"
                   R"("time_remaining":"2 seconds"}],"data":{"user_quota":null}})",
                   R"({"data":{"user_quota":{"credits_remaining":4000,"max_available":4004,)"
                   R"("increment_rate":60}}})"});
    m_fixture->auth->setConnection(u"scripted"_s, server.url());
    bool done = false;
    connect(m_fixture->auth->setTokens(u"scripted-token"_s), &AuthReply::finished, this,
            [&] { done = true; });
    QTRY_VERIFY(done);

    QElapsedTimer elapsed;
    elapsed.start();
    QuotaReply *reply = m_fixture->api->quota();
    QSignalSpy waits(reply, &ApiReply::waiting);
    const QuotaResult result = waitFor<QuotaResult>(reply);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(server.requests(), 2);
    QCOMPARE(waits.size(), 1);
    const qint64 waited = waits.first().at(0).toLongLong();
    QVERIFY2(waited >= 2000 && waited < 2000 + 50, qPrintable(QString::number(waited)));
    QVERIFY2(waits.first().at(1).toString().contains(u"out of API credits for 2 s"_s),
             qPrintable(waits.first().at(1).toString()));
    QVERIFY(elapsed.elapsed() >= 2000);
    QCOMPARE(result.info.waitedMs, waited);
    QCOMPARE(result.quota.creditsRemaining, 4000);
}

void TestGraphqlClient::tooExpensiveFailsAtOnce()
{
    RowsQuery query;
    query.syncId = u"0123456789abcdef01234567"_s;
    query.pageSize = 5000; // more than the bucket can ever hold
    const RowsResult result = waitFor<RowsResult>(m_fixture->api->rows(query), 5000);
    remember(result.error);
    QCOMPARE(result.error.kind, ApiError::Kind::Throttled);
    QVERIFY2(result.error.message.contains(u"Ask for fewer rows"_s),
             qPrintable(result.error.message));
    QCOMPARE(result.info.requests, 1);
}

void TestGraphqlClient::burstLargerThanBucket()
{
    SandboxConfig config = fastConfig();
    config.creditsMax = 400;
    config.creditsRefillPerSecond = 400;
    m_fixture = std::make_unique<ApiFixture>(config);
    QVERIFY(m_fixture->signIn());

    // 12 pages of 100 products at once: about 1,212 credits from a bucket of 400.
    QList<ProductsReply *> replies;
    QStringList reasons;
    int finished = 0;
    int failed = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 12; ++i) {
        ProductsQuery query;
        query.warehouseId = warehouseId();
        ProductsReply *reply = m_fixture->api->warehouseProducts(query);
        connect(reply, &ApiReply::waiting, this,
                [&](qint64, const QString &reason) { reasons << reason; });
        connect(reply, &ProductsReply::finished, this, [&](const ProductsResult &result) {
            ++finished;
            if (!result.ok() || result.products.size() != 100) {
                ++failed;
                qWarning("%s", qPrintable(result.error.message));
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 30000);
    QCOMPARE(failed, 0);
    QVERIFY2(!reasons.isEmpty(), "the burst never had to wait");
    qInfo("burst of 12 x 101 credits from a bucket of 400 (refill 400/s): %lld ms, %lld waits",
          elapsed.elapsed(), qsizetype(reasons.size()));
    // At 400 credits a second, 800+ missing credits take at least two seconds.
    QVERIFY(elapsed.elapsed() >= 1500);
}

void TestGraphqlClient::expiredTokenRenewedAndReplayed()
{
    QSignalSpy refreshed(m_fixture->auth.get(), &AuthSession::tokensRefreshed);
    for (SandboxState::Token &token : m_fixture->state().accessTokens)
        token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    const AccountResult result = waitFor<AccountResult>(m_fixture->api->account());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(result.info.requests, 2); // refused once, replayed once
    for (const SandboxState::Token &token : m_fixture->state().accessTokens)
        m_tokens.insert(token.value);
}

void TestGraphqlClient::revokedRefreshAsksToSignInAgain()
{
    QSignalSpy signInRequired(m_fixture->auth.get(), &AuthSession::signInRequired);
    for (SandboxState::Token &token : m_fixture->state().accessTokens)
        token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_fixture->state().refreshTokens.clear();
    const AccountResult result = waitFor<AccountResult>(m_fixture->api->account());
    remember(result.error);
    QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
    QVERIFY2(result.error.message.contains(u"Sign in again"_s), qPrintable(result.error.message));
    QCOMPARE(signInRequired.size(), 1);
    QVERIFY(!m_fixture->auth->isSignedIn());
}

void TestGraphqlClient::notSignedIn()
{
    bool done = false;
    connect(m_fixture->auth->signOut(), &AuthReply::finished, this, [&] { done = true; });
    QTRY_VERIFY(done);
    const AccountResult result = waitFor<AccountResult>(m_fixture->api->account());
    QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
    QCOMPARE(result.info.requests, 0);
}

void TestGraphqlClient::cancelWhileWaiting()
{
    m_fixture->server->setFaults(always(u"500"_s));
    AccountReply *reply = m_fixture->api->account();
    QPointer<AccountReply> alive(reply);
    QSignalSpy finished(reply, &AccountReply::finished);
    QSignalSpy waits(reply, &ApiReply::waiting);
    QTRY_VERIFY(waits.size() >= 1);
    reply->cancel();
    QTRY_VERIFY(!alive);
    QCOMPARE(finished.size(), 0);
}

void TestGraphqlClient::noTokenInMessagesLogsOrFiles()
{
    // A session's worth of settings, written where the app writes them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QSettings settings(dir.filePath(u"invsync.ini"_s), QSettings::IniFormat);
        ConnectionProfiles profiles(&settings);
        ConnectionProfile custom;
        custom.name = u"Local sandbox"_s;
        custom.kind = ConnectionProfile::Kind::Custom;
        custom.customUrl = QUrl(u"http://127.0.0.1:9"_s);
        QVERIFY(!profiles.add(custom).isEmpty());
        settings.sync();
    }
    m_tokens.remove({});
    QVERIFY(m_tokens.size() >= 3);
    QStringList texts = m_messages + g_logLines;
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        texts << QString::fromUtf8(readFile(files.next()));
    QVERIFY(!texts.join(u'\n').isEmpty());
    for (const QString &token : std::as_const(m_tokens)) {
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(token), "a token appeared in a message, log line or file");
    }
}

QTEST_GUILESS_MAIN(TestGraphqlClient)
#include "tst_graphqlclient.moc"
