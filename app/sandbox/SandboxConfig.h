#pragma once

#include <QtGlobal>

namespace invsync {

// Switches for misbehaving on purpose, so that tests can prove a client
// survives a slow, failing or throttling service. Shares are probabilities
// from 0 to 1, drawn once per request in this order: 500, 502, drop before,
// drop after, malformed body; a test sets one of them to 1 to get it always.
struct FaultSettings
{
    int latencyMs = 0;           // every answer is delayed this long
    double serverErrorShare = 0; // HTTP 500 with a JSON error body
    double badGatewayShare = 0;  // HTTP 502 with an HTML body, as a proxy answers
    double dropBeforeShare = 0;  // connection closed without processing the request
    double dropAfterShare = 0;   // request processed (a batch may start), then closed unanswered
    double malformedShare = 0;   // HTTP 200 whose JSON body is cut short
    bool throttleAll = false;    // every GraphQL request is refused with code 30
    bool includeAuth = false;    // faults hit /auth/* too, not only /graphql

    bool any() const
    {
        return latencyMs > 0 || serverErrorShare > 0 || badGatewayShare > 0 ||
               dropBeforeShare > 0 || dropAfterShare > 0 || malformedShare > 0 || throttleAll;
    }
};

struct SandboxConfig
{
    qint64 tokenLifetimeSeconds = 2419200; // 28 days, as ShipHero's access tokens
    double rowsPerSecond = 5;              // slow enough to watch a batch progress
    int pendingDelayMs = 500;              // how long a new batch stays "pending"
    int creditsMax = 4004;
    int creditsRefillPerSecond = 60;
    qint64 maxBodyBytes = 1024 * 1024;          // larger request bodies get 413
    qint64 maxDownloadBytes = 64 * 1024 * 1024; // larger CSV files end the batch
    int downloadTimeoutMs = 30000;
    FaultSettings faults;
    quint32 faultSeed = 1; // the fault draws are reproducible
};

} // namespace invsync
