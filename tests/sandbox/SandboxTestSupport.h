#pragma once

// Helpers shared by the sandbox tests: a blocking-in-test client over
// QNetworkAccessManager, and a tiny HTTP server on loopback that serves the
// CSV files a batch downloads.

#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxService.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

namespace invsync::test {

using namespace Qt::StringLiterals;

inline QString sampleFile(const QString &name)
{
    return QString::fromUtf8(INVSYNC_SAMPLES_DIR) + u'/' + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct HttpResult
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class TestClient
{
public:
    explicit TestClient(QUrl base) : m_base(std::move(base)) {}

    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &authorization = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        result.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
        result.json = document.object();
        reply->deleteLater();
        return result;
    }

    HttpResult post(const QString &path, const QJsonObject &body,
                    const QByteArray &authorization = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    authorization);
    }

    // Signs in; the access token is then sent with every GraphQL request.
    HttpResult login(const QString &username = DemoData::username(),
                     const QString &password = DemoData::password())
    {
        HttpResult result =
            post(u"/auth/token"_s, {{u"username"_s, username}, {u"password"_s, password}});
        m_token = result.json.value(u"access_token"_s).toString().toLatin1();
        m_refresh = result.json.value(u"refresh_token"_s).toString();
        return result;
    }

    HttpResult graphqlHttp(const QString &query, const QJsonObject &variables = {},
                           const QString &operationName = {})
    {
        QJsonObject body{{u"query"_s, query}, {u"variables"_s, variables}};
        if (!operationName.isEmpty())
            body.insert(u"operationName"_s, operationName);
        return post(u"/graphql"_s, body, bearer());
    }

    // The JSON answer of a GraphQL request (empty when there was none).
    QJsonObject graphql(const QString &query, const QJsonObject &variables = {})
    {
        return graphqlHttp(query, variables).json;
    }

    QByteArray bearer() const { return m_token.isEmpty() ? QByteArray() : "Bearer " + m_token; }
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }
    QString refreshToken() const { return m_refresh; }

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
    QString m_refresh;
};

// Serves fixed answers by path on 127.0.0.1, an ephemeral port.
class FileServer : public QAbstractHttpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "text/csv";
        QByteArray body;
    };

    FileServer() { m_port = listen(QHostAddress(QHostAddress::LocalHost), 0); }

    void serve(const QString &path, const Answer &answer) { m_answers.insert(path, answer); }
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests; }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++m_requests;
        m_lastAuthorization = request.value("Authorization");
        const Answer answer =
            m_answers.value(request.url().path(), Answer{404, "text/plain", "not found"});
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) +
                          " X\r\nContent-Type: " + answer.contentType +
                          "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                          "\r\n\r\n";
        socket->write(head + answer.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    QHash<QString, Answer> m_answers;
    quint16 m_port = 0;
    int m_requests = 0;
    QByteArray m_lastAuthorization;
};

// A config for tests: fast rows, no pending pause.
inline SandboxConfig fastConfig()
{
    SandboxConfig config;
    config.rowsPerSecond = 2000;
    config.pendingDelayMs = 0;
    return config;
}

inline QString warehouseId(int legacyId = DemoData::StaticWarehouseId)
{
    return SandboxIds::opaque(u"Warehouse"_s, legacyId);
}

} // namespace invsync::test
