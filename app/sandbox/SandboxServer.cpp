#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxService.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

enum class Route { Token, Refresh, GraphQL, Unknown };

Route routeOf(const QString &path)
{
    if (path == u"/auth/token")
        return Route::Token;
    if (path == u"/auth/refresh")
        return Route::Refresh;
    if (path == u"/graphql")
        return Route::GraphQL;
    return Route::Unknown;
}

SandboxReply errorReply(int status, const QString &message)
{
    SandboxReply reply;
    reply.status = status;
    reply.body =
        QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message}}}}})
            .toJson(QJsonDocument::Compact);
    return reply;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QAbstractHttpServer(parent), m_service(new SandboxService(config, this)),
      m_faults(config.faults, config.faultSeed), m_maxBodyBytes(config.maxBodyBytes)
{
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = QAbstractHttpServer::listen(address, port);
    m_address = address;
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    // A server on every address is still reached on loopback from here.
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 ||
                     m_address == QHostAddress::AnyIPv6 || m_address.isNull();
    url.setHost(any ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    return url;
}

SandboxReply SandboxServer::process(const QHttpServerRequest &request)
{
    switch (routeOf(request.url().path())) {
    case Route::Token:
        return m_service->token(request.body());
    case Route::Refresh:
        return m_service->refresh(request.body());
    case Route::GraphQL:
        return m_service->graphql(request.value("Authorization"), request.body(),
                                  m_faults.throttleAll());
    case Route::Unknown:
        break;
    }
    return errorReply(404, u"Not found"_s);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const Route route = routeOf(path);
    if (route == Route::Unknown) {
        send(socket, errorReply(404, u"No such path: %1; the sandbox serves POST /auth/token, "
                                     u"/auth/refresh and /graphql"_s.arg(path)));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        SandboxReply reply = errorReply(405, u"%1 takes POST only"_s.arg(path));
        reply.headers.append(std::pair<QByteArray, QByteArray>("Allow", "POST"));
        send(socket, reply);
        return true;
    }
    if (request.body().size() > m_maxBodyBytes) {
        send(socket,
             errorReply(413, u"The request body is larger than %1 bytes"_s.arg(m_maxBodyBytes)));
        return true;
    }

    const bool faulty = m_faults.applies(route != Route::GraphQL);
    const FaultInjector::Fault fault = faulty ? m_faults.draw() : FaultInjector::Fault::None;
    const int latency = faulty ? m_faults.latencyMs() : 0;

    SandboxReply reply;
    bool drop = false;
    switch (fault) {
    case FaultInjector::Fault::None:
        reply = process(request);
        break;
    case FaultInjector::Fault::ServerError:
        reply = errorReply(500, u"Internal Server Error"_s);
        break;
    case FaultInjector::Fault::BadGateway:
        reply.status = 502;
        reply.contentType = "text/html";
        reply.body = "<html><head><title>502 Bad Gateway</title></head>"
                     "<body><h1>502 Bad Gateway</h1></body></html>\n";
        break;
    case FaultInjector::Fault::DropBefore:
        drop = true;
        break;
    case FaultInjector::Fault::DropAfter:
        process(request); // the work happens; the client never learns it did
        drop = true;
        break;
    case FaultInjector::Fault::Malformed:
        reply = process(request);
        reply.status = 200;
        reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        break;
    }

    if (latency <= 0 && !drop) {
        send(socket, reply);
        return true;
    }
    // Answer (or hang up) later; the client may have given up meanwhile.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(std::max(0, latency), this, [guard, reply, drop] {
        if (!guard)
            return;
        if (drop)
            guard->abort();
        else
            send(guard, reply);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket, errorReply(404, u"No such path: %1"_s.arg(request.url().path())));
}

void SandboxServer::send(QTcpSocket *socket, const SandboxReply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Written by hand rather than through QHttpServerResponder: Qt 6.4's
    // responder keeps a reference to the request, which is gone when a
    // delayed answer is written.
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(reply.body);
}

} // namespace invsync
