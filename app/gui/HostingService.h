#pragma once

#include "api/ApiTypes.h"

#include "hosting/S3Uploader.h"

#include <QObject>
#include <QString>

#include <chrono>

class QNetworkAccessManager;

namespace invsync {

class FileHost;
class SecretStore;
class UrlSource;

// The application's one built-in file host, S3 uploader and URL source, with
// the hosting settings applied. The main window owns it (one per process:
// every Upload page and dialog shares the host, so a published file keeps
// being served whichever page is shown) and hands it to ReachPanel and
// OpenUrlDialog. The host listens lazily: nothing opens a port until the
// user first serves a file from this computer.
class HostingService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostingService)

public:
    HostingService(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);
    ~HostingService() override;

    FileHost *fileHost() const { return m_host; }
    S3Uploader *s3Uploader() const { return m_s3; }
    UrlSource *urlSource() const { return m_urlSource; }
    SecretStore *secrets() const { return m_secrets; }
    QNetworkAccessManager *network() const { return m_network; }

    // Listens with the settings' address and port unless already listening;
    // an explanation for people when it could not, else empty. The public
    // base URL is applied every time (it can change while the host runs);
    // address and port only before the first listen.
    QString ensureListening();
    // Re-reads the public base URL; called after the settings dialog.
    void applySettings();

    // Stops serving the files of batches that have finished: ShipHero has
    // downloaded them, and nobody else should. Returns how many stopped.
    int stopServingFinished(const QList<invsync::Batch> &batches);

    // How long a published file is served at most (Settings::HostServeMinutes).
    static std::chrono::milliseconds serveTime();
    // The S3 settings from Settings, without the secret.
    static S3Settings s3Settings();
    // Where the S3 secret key lives in the secret store.
    static QString s3SecretKeyName();

private:
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    FileHost *m_host;
    S3Uploader *m_s3;
    UrlSource *m_urlSource;
};

} // namespace invsync
