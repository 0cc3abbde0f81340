#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxConfig.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

class QTcpSocket;

namespace invsync {

class SandboxService;
struct SandboxReply;

// The sandbox's HTTP surface, as ShipHero's: POST /auth/token,
// POST /auth/refresh and POST /graphql. It subclasses QAbstractHttpServer
// rather than using QHttpServer's router so that it holds the socket: a
// fault can delay the answer, drop the connection before or after the work,
// or cut the body short.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loopback and an ephemeral port unless told otherwise; 0 when it failed.
    quint16 listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                   quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // "http://127.0.0.1:PORT"

    SandboxService &service() { return *m_service; }

    void setFaults(const FaultSettings &faults) { m_faults.setSettings(faults); }
    FaultSettings faults() const { return m_faults.settings(); }

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply process(const QHttpServerRequest &request);
    static void send(QTcpSocket *socket, const SandboxReply &reply);

    SandboxService *m_service;
    FaultInjector m_faults;
    qint64 m_maxBodyBytes;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace invsync
