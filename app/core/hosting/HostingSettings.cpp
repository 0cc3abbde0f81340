#include "hosting/HostingSettings.h"

#include "settings/Settings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync::HostingSettings {

S3Settings s3(const Settings &settings)
{
    S3Settings s3;
    const QString endpoint = settings.value(Settings::Key::S3Endpoint).toString().trimmed();
    if (!endpoint.isEmpty())
        s3.endpoint = QUrl(endpoint, QUrl::StrictMode);
    s3.region = settings.value(Settings::Key::S3Region).toString().trimmed();
    s3.bucket = settings.value(Settings::Key::S3Bucket).toString().trimmed();
    s3.keyPrefix = settings.value(Settings::Key::S3KeyPrefix).toString().trimmed();
    s3.addressing = settings.value(Settings::Key::S3PathStyle).toBool()
                        ? S3Settings::Addressing::PathStyle
                        : S3Settings::Addressing::VirtualHost;
    s3.accessKeyId = settings.value(Settings::Key::S3AccessKeyId).toString().trimmed();
    const qint64 hours = settings.value(Settings::Key::S3LinkLifetimeHours).toLongLong();
    s3.presignExpirySeconds =
        std::clamp<qint64>(hours * 3600, 60, S3Settings::MaxPresignExpirySeconds);
    return s3;
}

std::chrono::milliseconds serveTime(const Settings &settings)
{
    const int minutes = settings.value(Settings::Key::HostServeMinutes).toInt();
    return std::chrono::minutes(std::max(minutes, 0));
}

QString s3SecretKeyName()
{
    return u"hosting/s3/secretKey"_s;
}

} // namespace invsync::HostingSettings
