#include "api/CreditBucket.h"

#include <algorithm>
#include <cmath>

namespace invsync {

CreditBucket::CreditBucket()
{
    m_since.start();
}

double CreditBucket::current() const
{
    const double refilled = m_remaining + double(m_since.elapsed()) * m_refill / 1000.0;
    return std::min(refilled, double(m_max));
}

int CreditBucket::estimate() const
{
    return int(std::floor(current()));
}

void CreditBucket::observe(int remaining, int max, int refillPerSecond)
{
    if (max > 0)
        m_max = max;
    if (refillPerSecond > 0)
        m_refill = refillPerSecond;
    m_remaining = std::clamp(double(remaining), 0.0, double(m_max));
    m_since.restart();
    m_known = true;
}

void CreditBucket::reserve(int cost)
{
    m_remaining = current() - std::max(cost, 0);
    m_since.restart();
}

void CreditBucket::settle(int reserved, int actual)
{
    if (actual < 0)
        return; // the reply did not say; keep the estimate
    m_remaining = std::min(current() + reserved - actual, double(m_max));
    m_since.restart();
}

qint64 CreditBucket::delayFor(int cost, Priority priority) const
{
    // Until the service has told its figures, the first throttling error
    // (which carries them) is the cheaper way to learn them.
    if (!m_known)
        return 0;
    const double reserve = priority == Priority::Background ? m_max * BackgroundReserve : 0.0;
    const double needed = std::min(double(cost) + reserve, double(m_max));
    const double missing = needed - current();
    if (missing <= 0 || m_refill <= 0)
        return 0;
    return qint64(std::ceil(missing * 1000.0 / m_refill));
}

} // namespace invsync
