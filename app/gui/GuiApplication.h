#pragma once

namespace invsync {

// Starts the windowed application; returns the process exit code.
int runGui(int argc, char *argv[]);

} // namespace invsync
