#pragma once

#include <QElapsedTimer>

namespace invsync {

// The client's picture of the service's credit bucket: filled from
// user_quota and from throttling errors, drained by each reply's
// complexity, refilled over time at the service's rate. It paces requests
// so that background polling leaves room for the user's own actions.
class CreditBucket
{
public:
    enum class Priority {
        User,       // what the user just asked for: sent as soon as the credits allow
        Background, // polling: waits while the bucket is below the reserve
    };

    // ShipHero's published figures until a reply says otherwise.
    static constexpr int DefaultMax = 4004;
    static constexpr int DefaultRefillPerSecond = 60;

    CreditBucket();

    // The service's own figures (user_quota, or remaining_credits of an error).
    void observe(int remaining, int max = -1, int refillPerSecond = -1);
    // Credits a request is expected to cost, taken when it is sent...
    void reserve(int cost);
    // ...and corrected when its reply tells what it cost.
    void settle(int reserved, int actual);

    bool isKnown() const { return m_known; }
    int max() const { return m_max; }
    int refillPerSecond() const { return m_refill; }
    int estimate() const; // credits left now, by the client's reckoning

    // How long to wait before sending a request of this cost; 0 to send now.
    qint64 delayFor(int cost, Priority priority) const;

    // The share of the bucket background polling leaves for the user.
    static constexpr double BackgroundReserve = 0.25;

private:
    double current() const;

    bool m_known = false;
    double m_remaining = DefaultMax;
    int m_max = DefaultMax;
    int m_refill = DefaultRefillPerSecond;
    QElapsedTimer m_since; // since m_remaining was last set
};

} // namespace invsync
