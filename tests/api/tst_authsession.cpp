// AuthSession against the sandbox over loopback: sign-in, refused and
// unreachable sign-ins, refresh before expiry and after a 401, sign-out, the
// INVSYNC_TOKEN variable, and no token text in any message.

#include "SandboxTestSupport.h"

#include "api/AuthSession.h"
#include "settings/MemorySecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

const QString QuotaQuery = u"{ user_quota { credits_remaining } }"_s;

std::unique_ptr<SandboxServer> startSandbox(SandboxConfig config = fastConfig())
{
    auto server = std::make_unique<SandboxServer>(config);
    server->service().setState(DemoData::create());
    if (server->listen() == 0)
        return nullptr;
    return server;
}

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signIn();
    void wrongPassword();
    void missingFields();
    void cancelSignIn();
    void unreachable();
    void malformedReply();
    void refreshesBeforeExpiry();
    void rejectionRefreshesThenReplays();
    void concurrentRejectionsShareOneRefresh();
    void signOutStopsRefresh();
    void revokedRefreshAsksToSignInAgain();
    void pastedTokenWithoutRefresh();
    void restoreFromSecretStore();
    void signOutRemovesSecrets();
    void environmentToken();
    void noSecretInAnyMessage(); // last: checks the messages of all the others

private:
    AuthResult wait(AuthReply *reply);
    // Sends a GraphQL request authorized by the session; the HTTP status.
    int graphql(QNetworkRequest *sent = nullptr);
    void remember(const AuthSession &session);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AuthSession> m_session;
    QStringList m_messages;     // every message any test saw
    QStringList m_knownSecrets; // every token and password any test used
};

AuthResult TestAuthSession::wait(AuthReply *reply)
{
    AuthResult result{AuthResult::Error::Cancelled, u"no answer"_s, {}};
    bool done = false;
    connect(reply, &AuthReply::finished, this, [&](const AuthResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("no answer in time");
    m_messages << result.message << result.notice;
    return result;
}

int TestAuthSession::graphql(QNetworkRequest *sent)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"/graphql"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    m_session->authorize(request);
    if (sent)
        *sent = request;
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(QJsonObject{{u"query"_s, QuotaQuery}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestAuthSession::remember(const AuthSession &session)
{
    QNetworkRequest request;
    if (session.authorize(request))
        m_knownSecrets << QString::fromLatin1(request.rawHeader("Authorization").mid(7));
}

void TestAuthSession::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<AuthSession>(m_network.get(), m_secrets.get());
    m_session->setConnection(u"sandbox"_s, m_server->baseUrl());
    connect(m_session.get(), &AuthSession::signInRequired, this,
            [this](const QString &message) { m_messages << message; });
    connect(m_session.get(), &AuthSession::storageNotice, this,
            [this](const QString &message) { m_messages << message; });
    m_knownSecrets << DemoData::password();
}

void TestAuthSession::cleanup()
{
    if (m_session)
        remember(*m_session);
    m_session.reset();
    m_secrets.reset();
    m_network.reset();
    m_server.reset();
}

void TestAuthSession::signIn()
{
    QSignalSpy signedIn(m_session.get(), &AuthSession::signedInChanged);
    const AuthResult result = wait(m_session->signIn(DemoData::username(), DemoData::password()));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(m_session->isSignedIn());
    QVERIFY(m_session->canRefresh());
    QCOMPARE(signedIn.size(), 1);
    // 28 days, as the sandbox (and ShipHero) say.
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_session->expiresAt());
    QVERIFY(left > 2419200 - 60 && left <= 2419200);
    QCOMPARE(m_secrets->size(), 1);
    QVERIFY(m_secrets->contains(SecretStore::profileKey(u"sandbox"_s, u"tokens"_s)));
    remember(*m_session);
    QCOMPARE(graphql(), 200);
}

void TestAuthSession::wrongPassword()
{
    const QString password = u"hunter2-wrong"_s;
    m_knownSecrets << password;
    const AuthResult result = wait(m_session->signIn(DemoData::username(), password));
    QCOMPARE(result.error, AuthResult::Error::WrongCredentials);
    QVERIFY(result.message.contains(u"email or password"_s));
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_secrets->size(), 0);
}

void TestAuthSession::missingFields()
{
    const AuthResult result = wait(m_session->signIn(u" "_s, u"x"_s));
    QCOMPARE(result.error, AuthResult::Error::WrongCredentials);
    QVERIFY(!result.message.isEmpty());
}

void TestAuthSession::cancelSignIn()
{
    FaultSettings faults;
    faults.latencyMs = 300;
    faults.includeAuth = true;
    m_server->setFaults(faults);
    AuthReply *reply = m_session->signIn(DemoData::username(), DemoData::password());
    QPointer<AuthReply> guard(reply);
    QSignalSpy finished(reply, &AuthReply::finished);
    reply->cancel();
    QTRY_VERIFY(!guard);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_secrets->size(), 0);
}

void TestAuthSession::unreachable()
{
    // A port that just stopped listening on loopback: refused, at once.
    const QUrl gone = m_server->baseUrl();
    m_server.reset();
    m_session->setConnection(u"sandbox"_s, gone);
    const AuthResult result = wait(m_session->signIn(DemoData::username(), DemoData::password()));
    QCOMPARE(result.error, AuthResult::Error::Unreachable);
    QVERIFY(result.message.contains(u"127.0.0.1"_s));
    QVERIFY(!m_session->isSignedIn());
}

void TestAuthSession::malformedReply()
{
    FaultSettings faults;
    faults.malformedShare = 1;
    faults.includeAuth = true;
    m_server->setFaults(faults);
    const AuthResult result = wait(m_session->signIn(DemoData::username(), DemoData::password()));
    QCOMPARE(result.error, AuthResult::Error::Malformed);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_secrets->size(), 0);
}

void TestAuthSession::refreshesBeforeExpiry()
{
    SandboxConfig config = fastConfig();
    config.tokenLifetimeSeconds = 2;
    m_server = startSandbox(config);
    QVERIFY(m_server);
    m_session->setConnection(u"sandbox"_s, m_server->baseUrl());
    QSignalSpy refreshed(m_session.get(), &AuthSession::tokensRefreshed);

    QVERIFY(wait(m_session->signIn(DemoData::username(), DemoData::password())).ok());
    remember(*m_session);
    const QDateTime firstExpiry = m_session->expiresAt();
    QVERIFY(refreshed.wait(4000));
    remember(*m_session);
    QVERIFY(m_session->expiresAt() > firstExpiry);
    // Past the first token's lifetime, requests still go through.
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(firstExpiry)) + 200);
    QCOMPARE(graphql(), 200);
    QVERIFY(m_session->isSignedIn());
    // The stored secret follows the renewed token.
    QCOMPARE(m_secrets->size(), 1);
}

void TestAuthSession::rejectionRefreshesThenReplays()
{
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    m_knownSecrets << QString::fromLatin1(client.token()) << client.refreshToken();
    QVERIFY(wait(m_session->setTokens(u"stale-access-token"_s, client.refreshToken())).ok());
    m_knownSecrets << u"stale-access-token"_s;

    QSignalSpy refreshed(m_session.get(), &AuthSession::tokensRefreshed);
    QNetworkRequest rejected;
    QCOMPARE(graphql(&rejected), 401);
    const AuthResult result = wait(m_session->refreshAfterRejection(rejected));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(refreshed.size(), 1);
    remember(*m_session);
    QCOMPARE(graphql(), 200); // the replay

    // A second request rejected with the old token is replayed without another refresh.
    QVERIFY(wait(m_session->refreshAfterRejection(rejected)).ok());
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(graphql(), 200);
}

void TestAuthSession::concurrentRejectionsShareOneRefresh()
{
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    m_knownSecrets << QString::fromLatin1(client.token()) << client.refreshToken();
    QVERIFY(wait(m_session->setTokens(u"stale-access-token"_s, client.refreshToken())).ok());
    QSignalSpy refreshed(m_session.get(), &AuthSession::tokensRefreshed);
    QNetworkRequest rejected;
    QCOMPARE(graphql(&rejected), 401);
    AuthReply *first = m_session->refreshAfterRejection(rejected);
    AuthReply *second = m_session->refreshAfterRejection(rejected);
    QSignalSpy secondFinished(second, &AuthReply::finished);
    QVERIFY(wait(first).ok());
    QTRY_COMPARE(secondFinished.size(), 1);
    QVERIFY(secondFinished.first().first().value<AuthResult>().ok());
    QCOMPARE(refreshed.size(), 1);
    remember(*m_session);
    QCOMPARE(graphql(), 200);
}

void TestAuthSession::signOutStopsRefresh()
{
    FaultSettings faults;
    faults.latencyMs = 500;
    faults.includeAuth = true;
    m_server->setFaults(faults);
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    m_knownSecrets << QString::fromLatin1(client.token()) << client.refreshToken();
    QVERIFY(wait(m_session->setTokens(u"stale-access-token"_s, client.refreshToken())).ok());
    QSignalSpy refreshed(m_session.get(), &AuthSession::tokensRefreshed);
    AuthReply *renewal = m_session->refresh();
    QSignalSpy renewalFinished(renewal, &AuthReply::finished);
    QVERIFY(wait(m_session->signOut()).ok());
    QTRY_COMPARE(renewalFinished.size(), 1);
    QCOMPARE(renewalFinished.first().first().value<AuthResult>().error,
             AuthResult::Error::Cancelled);
    QTest::qWait(800);
    QCOMPARE(refreshed.size(), 0);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_secrets->size(), 0);
}

void TestAuthSession::revokedRefreshAsksToSignInAgain()
{
    m_knownSecrets << u"stale-access-token"_s << u"revoked-refresh-token"_s;
    QVERIFY(wait(m_session->setTokens(u"stale-access-token"_s, u"revoked-refresh-token"_s)).ok());
    QCOMPARE(m_secrets->size(), 1);
    QSignalSpy signInRequired(m_session.get(), &AuthSession::signInRequired);
    QNetworkRequest rejected;
    QCOMPARE(graphql(&rejected), 401);
    const AuthResult result = wait(m_session->refreshAfterRejection(rejected));
    QCOMPARE(result.error, AuthResult::Error::SignInRequired);
    QVERIFY(result.message.contains(u"Sign in again"_s));
    QCOMPARE(signInRequired.size(), 1);
    QVERIFY(!m_session->isSignedIn());
    QTRY_COMPARE(m_secrets->size(), 0);
}

void TestAuthSession::pastedTokenWithoutRefresh()
{
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    m_knownSecrets << QString::fromLatin1(client.token());
    // Pasted over a signed-in session: the older refresh token goes too.
    QVERIFY(wait(m_session->signIn(DemoData::username(), DemoData::password())).ok());
    remember(*m_session);
    QVERIFY(m_session->canRefresh());
    QVERIFY(wait(m_session->setTokens(QString::fromLatin1(client.token()))).ok());
    QVERIFY(!m_session->canRefresh());
    QVERIFY(!m_session->expiresAt().isValid());
    QCOMPARE(graphql(), 200);

    QVERIFY(wait(m_session->setTokens(u"not-a-valid-token"_s)).ok());
    m_knownSecrets << u"not-a-valid-token"_s;
    QNetworkRequest rejected;
    QCOMPARE(graphql(&rejected), 401);
    const AuthResult result = wait(m_session->refreshAfterRejection(rejected));
    QCOMPARE(result.error, AuthResult::Error::SignInRequired);

    QCOMPARE(wait(m_session->setTokens(u"  "_s)).error, AuthResult::Error::SignInRequired);
}

void TestAuthSession::restoreFromSecretStore()
{
    QVERIFY(wait(m_session->signIn(DemoData::username(), DemoData::password())).ok());
    remember(*m_session);
    const QDateTime expiry = m_session->expiresAt();

    AuthSession again(m_network.get(), m_secrets.get());
    again.setConnection(u"sandbox"_s, m_server->baseUrl());
    QVERIFY(!again.isSignedIn());
    QVERIFY(wait(again.restore()).ok());
    QVERIFY(again.isSignedIn());
    QVERIFY(again.canRefresh());
    QCOMPARE(again.expiresAt(), expiry);

    // Another profile's secrets are its own.
    AuthSession other(m_network.get(), m_secrets.get());
    other.setConnection(u"other"_s, m_server->baseUrl());
    QCOMPARE(wait(other.restore()).error, AuthResult::Error::NotSignedIn);

    // A removed profile's tokens go with it.
    SecretReply *forget = AuthSession::forgetProfile(m_secrets.get(), u"sandbox"_s);
    QSignalSpy forgotten(forget, &SecretReply::finished);
    QVERIFY(forgotten.wait(2000));
    QCOMPARE(m_secrets->size(), 0);
}

void TestAuthSession::signOutRemovesSecrets()
{
    QVERIFY(wait(m_session->signIn(DemoData::username(), DemoData::password())).ok());
    remember(*m_session);
    QCOMPARE(m_secrets->size(), 1);
    QSignalSpy signedIn(m_session.get(), &AuthSession::signedInChanged);
    QVERIFY(wait(m_session->signOut()).ok());
    QCOMPARE(m_secrets->size(), 0);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(signedIn.size(), 1);
    QNetworkRequest request;
    QVERIFY(!m_session->authorize(request));
    QVERIFY(request.rawHeader("Authorization").isEmpty());
    QCOMPARE(graphql(), 401);
    QCOMPARE(wait(m_session->restore()).error, AuthResult::Error::NotSignedIn);
}

void TestAuthSession::environmentToken()
{
    qunsetenv("INVSYNC_TOKEN");
    QVERIFY(!m_session->useEnvironmentToken());
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    m_knownSecrets << QString::fromLatin1(client.token());
    qputenv("INVSYNC_TOKEN", client.token());
    QVERIFY(m_session->useEnvironmentToken());
    qunsetenv("INVSYNC_TOKEN");
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(graphql(), 200);
    QCOMPARE(m_secrets->size(), 0); // automation's token is not stored
}

void TestAuthSession::noSecretInAnyMessage()
{
    QVERIFY(m_messages.size() > 10);
    QVERIFY(m_knownSecrets.size() > 5);
    for (const QString &message : std::as_const(m_messages)) {
        for (const QString &secret : std::as_const(m_knownSecrets)) {
            if (!secret.isEmpty())
                QVERIFY2(!message.contains(secret), "a message contains a secret");
        }
    }
}

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"
