#pragma once

#include "sandbox/SandboxConfig.h"

#include <QRandomGenerator>

namespace invsync {

// Decides, request by request, how the sandbox misbehaves (FaultSettings).
class FaultInjector
{
public:
    enum class Fault { None, ServerError, BadGateway, DropBefore, DropAfter, Malformed };

    explicit FaultInjector(const FaultSettings &settings = {}, quint32 seed = 1)
        : m_settings(settings), m_random(seed)
    {
    }

    const FaultSettings &settings() const { return m_settings; }
    void setSettings(const FaultSettings &settings) { m_settings = settings; }

    // Whether a request to this path is subject to faults at all.
    bool applies(bool isAuthPath) const { return !isAuthPath || m_settings.includeAuth; }
    Fault draw();
    int latencyMs() const { return m_settings.latencyMs; }
    bool throttleAll() const { return m_settings.throttleAll; }

private:
    FaultSettings m_settings;
    QRandomGenerator m_random;
};

} // namespace invsync
