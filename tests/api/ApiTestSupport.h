#pragma once

// The API client wired to a sandbox on 127.0.0.1 (ephemeral port), signed in
// as the demo user, with short retry delays so fault tests stay fast.

#include "SandboxTestSupport.h"

#include "api/AuthSession.h"
#include "api/GraphqlClient.h"
#include "api/ShipHeroApi.h"
#include "settings/MemorySecretStore.h"

#include <QTest>

#include <memory>

namespace invsync::test {

class ApiFixture
{
public:
    explicit ApiFixture(SandboxConfig config = fastConfig())
    {
        server = std::make_unique<SandboxServer>(config);
        server->service().setState(DemoData::create());
        if (server->listen() == 0)
            return;
        network = std::make_unique<QNetworkAccessManager>();
        secrets = std::make_unique<MemorySecretStore>();
        auth = std::make_unique<AuthSession>(network.get(), secrets.get());
        auth->setConnection(u"test"_s, server->baseUrl());
        client = std::make_unique<GraphqlClient>(network.get(), auth.get());
        RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 100;
        policy.maxAttempts = 8;
        policy.transferTimeoutMs = 5000;
        policy.throttleJitterMs = 50;
        client->setRetryPolicy(policy);
        api = std::make_unique<ShipHeroApi>(client.get());
    }

    bool isReady() const { return api != nullptr; }

    bool signIn(const QString &email = DemoData::username())
    {
        bool ok = false;
        bool done = false;
        AuthReply *reply = auth->signIn(email, DemoData::password());
        QObject::connect(reply, &AuthReply::finished, reply, [&](const AuthResult &result) {
            ok = result.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    SandboxState &state() { return server->service().state(); }
    int batchCount() { return int(state().batches.size()); }

    // Serves `body` as a CSV file on loopback; the URL ShipHero would download.
    QString serveCsv(const QString &path, const QByteArray &body)
    {
        if (!files)
            files = std::make_unique<FileServer>();
        files->serve(path, {200, "text/csv", body});
        return files->url(path);
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<AuthSession> auth;
    std::unique_ptr<GraphqlClient> client;
    std::unique_ptr<ShipHeroApi> api;
    std::unique_ptr<FileServer> files;
};

// Waits for a typed reply's result (tests only).
template <typename Result, typename Reply>
Result waitFor(Reply *reply, int timeoutMs = 30000)
{
    Result result;
    result.error.kind = ApiError::Kind::Cancelled;
    result.error.message = u"no answer in time"_s;
    bool done = false;
    QObject::connect(reply, &Reply::finished, reply, [&](const Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        reply->cancel();
    return result;
}

// Waits for a sign-in to finish; true when it succeeded (tests only).
inline bool waitSignedIn(AuthReply *reply, int timeoutMs = 10000)
{
    bool done = false;
    bool ok = false;
    QObject::connect(reply, &AuthReply::finished, reply, [&](const AuthResult &result) {
        ok = result.ok();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        reply->cancel();
    return ok;
}

// A CSV of `rows` rows over the demo warehouse's SKUs (each SKU once while they last).
inline QByteArray demoCsv(int rows, int firstQuantity = 10)
{
    QByteArray csv = "sku,quantity,action,reason\n";
    const SandboxState state = DemoData::create();
    QStringList skus;
    for (const SandboxProduct &product : state.products) {
        if (product.warehouseLegacyId == DemoData::StaticWarehouseId &&
            product.customerLegacyId == 0 && !skus.contains(product.sku))
            skus.append(product.sku);
    }
    for (int i = 0; i < rows; ++i) {
        csv += skus.at(i % skus.size()).toUtf8() + ',' + QByteArray::number(firstQuantity + i) +
               ",replace,test\n";
    }
    return csv;
}

} // namespace invsync::test
