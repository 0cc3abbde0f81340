#include "sandbox/FaultInjector.h"

namespace invsync {

FaultInjector::Fault FaultInjector::draw()
{
    const std::pair<double, Fault> shares[] = {
        {m_settings.serverErrorShare, Fault::ServerError},
        {m_settings.badGatewayShare, Fault::BadGateway},
        {m_settings.dropBeforeShare, Fault::DropBefore},
        {m_settings.dropAfterShare, Fault::DropAfter},
        {m_settings.malformedShare, Fault::Malformed},
    };
    bool any = false;
    for (const auto &[share, fault] : shares)
        any = any || share > 0;
    if (!any)
        return Fault::None; // no draw: the sequence stays the same for tests that turn faults on
                            // later
    const double x = m_random.generateDouble();
    double sum = 0;
    for (const auto &[share, fault] : shares) {
        sum += share;
        if (x < sum)
            return fault;
    }
    return Fault::None;
}

} // namespace invsync
