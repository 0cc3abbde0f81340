#include "cli/ExitCode.h"

namespace invsync {

std::vector<std::pair<ExitCode, QString>> ExitCodes::described()
{
    return {
        {ExitCode::Ok, tr("done, nothing wrong")},
        {ExitCode::ProblemsFound,
         tr("done, but problems were found (file errors, failed rows, an aborted batch)")},
        {ExitCode::Usage, tr("wrong usage, or the input could not be read")},
        {ExitCode::Auth, tr("not signed in, sign-in refused, or a permission missing")},
        {ExitCode::Network, tr("network or service unavailable after retries")},
        {ExitCode::Interrupted, tr("interrupted")},
    };
}

} // namespace invsync
