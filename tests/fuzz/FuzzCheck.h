#pragma once

// Shared by the fuzz targets: an invariant check that aborts (so libFuzzer
// keeps the input as a crash) and says which invariant broke.

#include <cstdio>
#include <cstdlib>

namespace invsync::fuzz {

[[noreturn]] inline void fail(const char *target, const char *what, long long a = 0,
                              long long b = 0)
{
    std::fprintf(stderr, "%s: invariant broken: %s (%lld, %lld)\n", target, what, a, b);
    std::abort();
}

} // namespace invsync::fuzz

// FUZZ_TARGET_NAME is defined by each target before including this header.
#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::invsync::fuzz::fail(FUZZ_TARGET_NAME, #cond __VA_OPT__(, ) __VA_ARGS__);             \
    } while (false)
