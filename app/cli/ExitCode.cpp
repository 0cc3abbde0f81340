#include "cli/ExitCode.h"

namespace invsync {

std::vector<std::pair<ExitCode, QString>> ExitCodes::described()
{
    return {
        {ExitCode::Ok, tr("done, nothing wrong")},
        {ExitCode::ProblemsFound, tr("done, but problems were found (e.g. validation errors)")},
        {ExitCode::Usage, tr("wrong usage, or the input could not be read")},
        {ExitCode::Auth, tr("authentication failed")},
        {ExitCode::Network, tr("network or service unavailable")},
        {ExitCode::Interrupted, tr("interrupted")},
    };
}

} // namespace invsync
