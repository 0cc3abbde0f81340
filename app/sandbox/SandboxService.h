#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxState.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <utility>

namespace invsync {

namespace graphql {
class Executor;
struct Error;
struct ResolveInfo;
} // namespace graphql

class BatchProcessor;

// One HTTP answer, before the server writes it (or a fault replaces it).
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The service behind the HTTP surface: tokens, the credits bucket, and the
// GraphQL operations of ShipHero's inventory sync over SandboxState. Free of
// sockets, so every answer can also be checked without a network.
//
// Error codes in GraphQL errors, as ShipHero's error glossary: 7 missing
// scope, 30 not enough credits. Sandbox-specific: 5 not found, 6 invalid
// argument, 9 the operation is not allowed in the current state.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    explicit SandboxService(const SandboxConfig &config = {}, QObject *parent = nullptr);
    ~SandboxService() override;

    const SandboxConfig &config() const { return m_config; }
    SandboxState &state() { return m_state; }
    BatchProcessor &processor() { return *m_processor; }

    // The service starts with DemoData::create(). This replaces the data
    // (e.g. loaded with --state) and resumes batches that were pending or
    // processing.
    void setState(SandboxState state);
    bool loadState(const QString &path, QString *error);
    bool saveState(const QString &path, QString *error) const;

    void setRowsPerSecond(double rowsPerSecond);

    SandboxReply token(const QByteArray &body);
    SandboxReply refresh(const QByteArray &body);
    // forceThrottle: fault injection answers code 30 whatever the credits.
    SandboxReply graphql(const QByteArray &authorization, const QByteArray &body,
                         bool forceThrottle = false);

    // The credits bucket, refilled to now.
    int creditsRemaining();
    void setCreditsRemaining(int credits); // for tests: drain or fill the bucket

    // True when the schema resource loaded (it is compiled in; false means a broken build).
    bool isReady() const { return m_executor != nullptr; }
    QString schemaError() const { return m_schemaError; }

Q_SIGNALS:
    void batchChanged(int batchId);

private:
    struct Request
    {
        QString requestId;
        const SandboxUser *user = nullptr;
    };

    void registerResolvers();
    SandboxReply issueToken(int userLegacyId, const QString &refreshToken, bool newRefresh);
    std::pair<const SandboxUser *, QString> authenticate(const QByteArray &authorization);
    void refill();

    QJsonObject batchNode(const SandboxBatch &batch) const;
    QJsonObject rowNode(const SandboxRow &row) const;
    QJsonObject warehouseNode(const SandboxWarehouse &warehouse) const;
    QJsonObject productNode(const SandboxProduct &product) const;

    graphql::Error error(const graphql::ResolveInfo &info, const QString &message, int code) const;
    std::optional<graphql::Error> checkScope(const graphql::ResolveInfo &info,
                                             const QString &scope) const;
    QJsonObject resultHead(const graphql::ResolveInfo &info) const;

    SandboxConfig m_config;
    SandboxState m_state;
    BatchProcessor *m_processor = nullptr;
    std::unique_ptr<graphql::Executor> m_executor;
    QString m_schemaError;
    Request m_current;     // the request being executed (resolvers run synchronously)
    bool m_dryRun = false; // resolvers only add up what the request will cost
    int m_dryRunCost = 0;

    double m_credits = 0;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    quint32 m_requestCounter = 0;
};

} // namespace invsync
