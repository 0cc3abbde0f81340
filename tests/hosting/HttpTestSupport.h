#pragma once

// A raw HTTP/1.1 client for the hosting tests: it sends exactly the request
// line it is given (QNetworkAccessManager would normalize a path such as
// "/a/../b") and reads one answer framed by Content-Length.

#include <QByteArray>
#include <QHash>
#include <QTcpSocket>
#include <QTest>

namespace invsync::test {

struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

inline RawResponse rawRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                              const QByteArray &body = {})
{
    RawResponse response;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return response;
    QByteArray request =
        method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    QByteArray received;
    qsizetype headerEnd = -1;
    qint64 expected = -1;
    const bool noBody = method == "HEAD";
    const bool complete = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            if (headerEnd < 0) {
                headerEnd = received.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return socket.state() != QAbstractSocket::ConnectedState;
                const QList<QByteArray> lines = received.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
                response.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                                lines.at(i).mid(colon + 1).trimmed());
                }
                expected = (noBody || response.status == 304)
                               ? 0
                               : response.headers.value("content-length", "0").toLongLong();
            }
            return received.size() - (headerEnd + 4) >= expected;
        },
        5000);
    if (!complete)
        response.status = -1; // no full answer in time
    if (headerEnd >= 0)
        response.body = received.mid(headerEnd + 4);
    return response;
}

} // namespace invsync::test
