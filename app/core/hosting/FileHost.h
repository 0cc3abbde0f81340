#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QTcpSocket;

namespace invsync {

// One file the host serves.
struct PublishedFile
{
    QUrl url;          // what ShipHero is given
    QString token;     // the unguessable part of the path; identifies the file
    QString fileName;  // the last part of the path, e.g. "inventory.csv"
    QByteArray sha256; // hex, of the bytes served
    qint64 size = 0;
    QDateTime expiresAt; // invalid: until unpublished or the host stops

    bool isValid() const { return !token.isEmpty(); }
};

// One request the host answered.
struct AccessLogEntry
{
    QDateTime time; // UTC
    QHostAddress peer;
    QString method;
    QString path;  // the token replaced by "…": "/…/inventory.csv"
    QString token; // the published file asked for, empty when none matched
    int status = 0;
    qint64 bytesSent = 0; // body bytes
};

// The built-in host: a small HTTP server that serves immutable snapshots of
// validated files at http://ADDR:PORT/<128-bit token>/<name>.csv, and
// nothing else. GET and HEAD, strong ETag, single byte ranges.
//
// It subclasses QAbstractHttpServer and writes answers by hand, as
// SandboxServer does: Qt 6.4's QHttpServerResponder keeps a reference to the
// request.
class FileHost : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileHost)

public:
    explicit FileHost(QObject *parent = nullptr);
    ~FileHost() override;

    // Loopback and an ephemeral port unless told otherwise; 0 when it failed.
    quint16 listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                   quint16 port = 0);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    bool isListening() const { return m_port != 0; }

    // "http://127.0.0.1:PORT", or the public base URL when set.
    QUrl baseUrl() const;
    // The address the outside world reaches this host at (a port forward, a
    // reverse proxy); published URLs start with it. A path in it ("/invsync")
    // is also answered here, for proxies that pass the path through.
    void setPublicBaseUrl(const QUrl &url) { m_publicBaseUrl = url; }
    QUrl publicBaseUrl() const { return m_publicBaseUrl; }

    // Serves a copy of `bytes` until unpublish() or `expiry` (zero: no
    // expiry). The URL carries a fresh random token each time and starts with
    // baseUrl(): listen() (or set the public base URL) first.
    PublishedFile publish(const QByteArray &bytes, const QString &fileName,
                          std::chrono::milliseconds expiry = std::chrono::milliseconds::zero());
    bool unpublish(const QString &token);
    void unpublishAll();
    QList<PublishedFile> publishedFiles() const;

    // Tests move time on.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // "inventory 2026.csv" -> "inventory-2026.csv": safe in a URL path.
    static QString safeFileName(const QString &fileName);

Q_SIGNALS:
    // Every request, probes included; a download of a published file has a
    // token and status 200 or 206.
    void accessed(const invsync::AccessLogEntry &entry);
    // No longer served: unpublished, or expired (expired true).
    void unpublished(const QString &token, bool expired);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Entry
    {
        PublishedFile file;
        QByteArray bytes;
        QByteArray etag;
    };

    struct Answer
    {
        int status = 404;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool headOnly = false;
    };

    Answer answer(const QHttpServerRequest &request, const QString &path, QString *token);
    const Entry *find(const QString &path, QString *token) const;
    void purgeExpired();
    void scheduleExpiry();
    static qint64 send(QTcpSocket *socket, const Answer &answer);

    QHash<QString, Entry> m_files; // by token
    QHostAddress m_address;
    quint16 m_port = 0;
    QUrl m_publicBaseUrl;
    QTimer m_expiryTimer;
    std::function<QDateTime()> m_clock;
};

} // namespace invsync
