#include "gui/HostingService.h"

#include "hosting/HostingSettings.h"

#include "hosting/FileHost.h"
#include "hosting/UrlSource.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace invsync {

HostingService::HostingService(QNetworkAccessManager *network, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent), m_network(network), m_secrets(secrets), m_host(new FileHost(this)),
      m_s3(new S3Uploader(network, this)), m_urlSource(new UrlSource(network, this))
{
}

HostingService::~HostingService() = default;

QString HostingService::ensureListening()
{
    applySettings();
    if (m_host->isListening())
        return {};
    Settings *settings = Settings::instance();
    const QString addressText =
        settings->value(Settings::Key::HostBindAddress).toString().trimmed();
    QHostAddress address(QHostAddress::LocalHost);
    if (!addressText.isEmpty() && !address.setAddress(addressText))
        return tr("The built-in host's address \"%1\" is not an IP address. Fix it in File "
                  "Hosting Settings (for example 127.0.0.1, or 0.0.0.0 for every network).")
            .arg(addressText);
    const int port = settings->value(Settings::Key::HostPort).toInt();
    if (port < 0 || port > 65535)
        return tr("The built-in host's port %1 is out of range (0–65535).").arg(port);
    if (m_host->listen(address, quint16(port)) == 0)
        return tr("The built-in host could not listen on %1 port %2: the port may be in use, "
                  "or the address may not belong to this computer. Choose another in File "
                  "Hosting Settings.")
            .arg(address.toString())
            .arg(port);
    return {};
}

void HostingService::applySettings()
{
    const QString base =
        Settings::instance()->value(Settings::Key::HostPublicBaseUrl).toString().trimmed();
    m_host->setPublicBaseUrl(base.isEmpty() ? QUrl() : QUrl(base, QUrl::StrictMode));
}

std::chrono::milliseconds HostingService::serveTime()
{
    return HostingSettings::serveTime(*Settings::instance());
}

S3Settings HostingService::s3Settings()
{
    return HostingSettings::s3(*Settings::instance());
}

QString HostingService::s3SecretKeyName()
{
    return HostingSettings::s3SecretKeyName();
}

int HostingService::stopServingFinished(const QList<Batch> &batches)
{
    int stopped = 0;
    const QList<PublishedFile> published = m_host->publishedFiles();
    for (const Batch &batch : batches) {
        if (!batch.isFinished() || batch.url.isEmpty())
            continue;
        const QUrl url(batch.url);
        for (const PublishedFile &file : published) {
            if (file.url == url && m_host->unpublish(file.token))
                ++stopped;
        }
    }
    return stopped;
}

} // namespace invsync
