#pragma once

#include "hosting/S3Uploader.h"

#include <QString>

#include <chrono>

namespace invsync {

class Settings;

// How files are hosted, read from the application's settings: one place for
// the window (HostingService) and the command line (invsync submit).
namespace HostingSettings {

// The S3 settings without the secret, which lives in the secret store.
S3Settings s3(const Settings &settings);
// How long the built-in host serves a published file at most.
std::chrono::milliseconds serveTime(const Settings &settings);
// Where the S3 secret key lives in the secret store.
QString s3SecretKeyName();

} // namespace HostingSettings

} // namespace invsync
