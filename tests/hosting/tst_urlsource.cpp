// Referencing an existing URL: what InvSync downloads to validate is what
// ShipHero will download, and what ShipHero could not download is refused.

#include "hosting/ShareLinks.h"
#include "hosting/UrlSource.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

const QByteArray Csv = "sku,warehouse,qty\nA-1,Main,5\nB-2,Main,7\n";

// A scripted web server on 127.0.0.1:0: one canned answer per path, framed
// by Content-Length, chunked, or by closing the connection.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    enum class Framing { Length, Chunked, Close, Stall };

    struct Route
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Framing framing = Framing::Length;
    };

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }
    void route(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    int openConnections() const { return m_open; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_open;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                const QByteArray path = head.split(' ').value(1);
                m_requests.append(head);
                answer(socket, path);
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        const Route route = m_routes.value(path, Route{404, {}, "not found", Framing::Length});
        QByteArray out = "HTTP/1.1 " + QByteArray::number(route.status) + " X\r\n";
        for (const auto &[name, value] : route.headers)
            out += name + ": " + value + "\r\n";
        switch (route.framing) {
        case Framing::Length:
            out += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n\r\n" +
                   route.body;
            socket->write(out);
            break;
        case Framing::Chunked:
            out += "Transfer-Encoding: chunked\r\n\r\n";
            for (qsizetype i = 0; i < route.body.size(); i += 256) {
                const QByteArray chunk = route.body.mid(i, 256);
                out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            }
            out += "0\r\n\r\n";
            socket->write(out);
            break;
        case Framing::Close:
            out += "Connection: close\r\n\r\n" + route.body;
            socket->write(out);
            socket->disconnectFromHost();
            break;
        case Framing::Stall:
            // Promises a large body, sends a little, then waits forever.
            out += "Content-Length: 100000000\r\n\r\n" + route.body;
            socket->write(out);
            break;
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QList<QByteArray> m_requests;
    int m_open = 0;
};

using Route = ScriptedServer::Route;
using Framing = ScriptedServer::Framing;

} // namespace

class TestUrlSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directCsv();
    void redirectIsFollowed();
    void refused_data();
    void refused();
    void tooLarge_data();
    void tooLarge();
    void cancel();
    void notAWebAddress_data();
    void notAWebAddress();
    void shareLinks_data();
    void shareLinks();

private:
    UrlSourceResult fetch(const QUrl &url, qint64 maxBytes = 1024 * 1024);

    ScriptedServer m_server;
    QNetworkAccessManager m_network;
};

void TestUrlSource::initTestCase()
{
    QVERIFY(m_server.listen());
    const QList<std::pair<QByteArray, QByteArray>> csvType = {{"Content-Type", "text/csv"}};
    const QList<std::pair<QByteArray, QByteArray>> htmlType = {
        {"Content-Type", "text/html; charset=utf-8"}};
    const QList<std::pair<QByteArray, QByteArray>> plainType = {{"Content-Type", "text/plain"}};
    const QByteArray login = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                             "<body><form>Email <input name=email></form></body></html>\n";
    const QByteArray big(5000, 'x');

    m_server.route("/inventory.csv", Route{200, csvType, Csv, Framing::Length});
    m_server.route("/plain.csv", Route{200, plainType, Csv, Framing::Chunked});
    m_server.route("/redirect",
                   Route{302, {{"Location", "/moved/inventory.csv"}}, {}, Framing::Length});
    m_server.route("/redirect2", Route{301, {{"Location", "/redirect"}}, {}, Framing::Length});
    m_server.route("/moved/inventory.csv", Route{200, csvType, Csv, Framing::Length});
    m_server.route("/loop", Route{302, {{"Location", "/loop"}}, {}, Framing::Length});
    m_server.route(
        "/private",
        Route{401, {{"WWW-Authenticate", "Basic realm=\"files\""}}, "no", Framing::Length});
    m_server.route("/forbidden", Route{403, {}, "forbidden", Framing::Length});
    m_server.route("/missing", Route{404, {}, "gone", Framing::Length});
    m_server.route("/login", Route{200, htmlType, login, Framing::Length});
    m_server.route("/login-plain", Route{200, plainType, login, Framing::Length});
    m_server.route("/login-untyped",
                   Route{200, {}, "  \r\n<html><body>Sign in</body></html>", Framing::Length});
    m_server.route("/to-login", Route{302, {{"Location", "/login"}}, {}, Framing::Length});
    m_server.route("/big-length", Route{200, csvType, big, Framing::Length});
    m_server.route("/big-chunked", Route{200, csvType, big, Framing::Chunked});
    m_server.route("/big-close", Route{200, csvType, big, Framing::Close});
    m_server.route("/stall", Route{200, csvType, "sku,qty\n", Framing::Stall});
}

UrlSourceResult TestUrlSource::fetch(const QUrl &url, qint64 maxBytes)
{
    UrlSource source(&m_network);
    UrlSourceRequest request;
    request.url = url;
    request.maxBytes = maxBytes;
    request.timeoutMs = 10000;
    UrlSourceReply *reply = source.download(request);
    QSignalSpy finished(reply, &UrlSourceReply::finished);
    if (!finished.wait(15000))
        return {};
    return finished.at(0).at(0).value<UrlSourceResult>();
}

void TestUrlSource::directCsv()
{
    UrlSource source(&m_network);
    UrlSourceRequest request;
    request.url = m_server.url(u"/inventory.csv"_s);
    UrlSourceReply *reply = source.download(request);
    QSignalSpy progress(reply, &UrlSourceReply::progress);
    QSignalSpy finished(reply, &UrlSourceReply::finished);
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<UrlSourceResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytes, Csv);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.requestedUrl, request.url);
    QCOMPARE(result.directUrl, request.url);
    QCOMPARE(result.finalUrl, request.url);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), Csv.size());

    // CSV served as text/plain (GitHub raw, many servers) is fine, chunked too.
    const UrlSourceResult plain = fetch(m_server.url(u"/plain.csv"_s));
    QVERIFY2(plain.ok(), qPrintable(plain.message));
    QCOMPARE(plain.bytes, Csv);
}

void TestUrlSource::redirectIsFollowed()
{
    const UrlSourceResult result = fetch(m_server.url(u"/redirect2"_s));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytes, Csv);
    QCOMPARE(result.finalUrl, m_server.url(u"/moved/inventory.csv"_s));
    // ShipHero is given the address the user chose; it follows redirects itself.
    QCOMPARE(result.directUrl, m_server.url(u"/redirect2"_s));
}

void TestUrlSource::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<UrlSourceResult::Error>("error");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("401") << u"/private"_s << UrlSourceResult::Error::NeedsCredentials
                         << u"HTTP 401"_s;
    QTest::newRow("403") << u"/forbidden"_s << UrlSourceResult::Error::NeedsCredentials
                         << u"HTTP 403"_s;
    QTest::newRow("html page") << u"/login"_s << UrlSourceResult::Error::HtmlPage << u"web page"_s;
    QTest::newRow("html as text/plain")
        << u"/login-plain"_s << UrlSourceResult::Error::HtmlPage << u"web page"_s;
    QTest::newRow("html without a type")
        << u"/login-untyped"_s << UrlSourceResult::Error::HtmlPage << u"web page"_s;
    QTest::newRow("redirect to a sign-in page")
        << u"/to-login"_s << UrlSourceResult::Error::HtmlPage << u"sign-in"_s;
    QTest::newRow("404") << u"/missing"_s << UrlSourceResult::Error::HttpError << u"HTTP 404"_s;
    QTest::newRow("redirect loop")
        << u"/loop"_s << UrlSourceResult::Error::TooManyRedirects << u"redirected"_s;
}

void TestUrlSource::refused()
{
    QFETCH(QString, path);
    QFETCH(UrlSourceResult::Error, error);
    QFETCH(QString, messagePart);
    const UrlSourceResult result = fetch(m_server.url(path));
    QCOMPARE(result.error, error);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    QVERIFY(result.message.contains(u"127.0.0.1"_s)); // says which site
    QVERIFY(result.bytes.isEmpty());
}

void TestUrlSource::tooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("with Content-Length") << u"/big-length"_s;
    QTest::newRow("chunked") << u"/big-chunked"_s;
    QTest::newRow("until the connection closes") << u"/big-close"_s;
}

void TestUrlSource::tooLarge()
{
    QFETCH(QString, path);
    const UrlSourceResult result = fetch(m_server.url(path), 1000);
    QCOMPARE(result.error, UrlSourceResult::Error::TooLarge);
    QVERIFY2(result.message.contains(u"larger than"_s), qPrintable(result.message));
    QVERIFY(result.bytes.isEmpty());
    // Just under the cap is fine.
    const UrlSourceResult fits = fetch(m_server.url(path), 5000);
    QVERIFY2(fits.ok(), qPrintable(fits.message));
    QCOMPARE(fits.bytes.size(), 5000);
}

void TestUrlSource::cancel()
{
    UrlSource source(&m_network);
    UrlSourceRequest request;
    request.url = m_server.url(u"/stall"_s);
    QPointer<UrlSourceReply> reply = source.download(request);
    QSignalSpy progress(reply.data(), &UrlSourceReply::progress);
    QSignalSpy finished(reply.data(), &UrlSourceReply::finished);
    QTRY_VERIFY(!progress.isEmpty()); // under way, some bytes in
    QTRY_COMPARE(m_server.openConnections(), 1);
    reply->cancel();
    // No result after cancel, the reply goes away and the connection is dropped.
    QTRY_VERIFY(reply.isNull());
    QTRY_COMPARE(m_server.openConnections(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

void TestUrlSource::notAWebAddress_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<UrlSourceResult::Error>("error");
    QTest::newRow("file") << QUrl(u"file:///tmp/inventory.csv"_s)
                          << UrlSourceResult::Error::InvalidUrl;
    QTest::newRow("ftp") << QUrl(u"ftp://example.com/inventory.csv"_s)
                         << UrlSourceResult::Error::InvalidUrl;
    QTest::newRow("empty") << QUrl() << UrlSourceResult::Error::InvalidUrl;
    QTest::newRow("credentials in the URL")
        << QUrl(u"https://me:pw@example.com/a.csv"_s) << UrlSourceResult::Error::NeedsCredentials;
}

void TestUrlSource::notAWebAddress()
{
    QFETCH(QUrl, url);
    QFETCH(UrlSourceResult::Error, error);
    const UrlSourceResult result = fetch(url);
    QCOMPARE(result.error, error);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(u"pw"_s));
}

void TestUrlSource::shareLinks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<ShareLinks::Provider>("provider");
    using P = ShareLinks::Provider;

    QTest::newRow("dropbox dl=0") << u"https://www.dropbox.com/s/abc123/inventory.csv?dl=0"_s
                                  << u"https://www.dropbox.com/s/abc123/inventory.csv?dl=1"_s
                                  << P::Dropbox;
    QTest::newRow("dropbox without dl")
        << u"https://www.dropbox.com/s/abc123/inventory.csv"_s
        << u"https://www.dropbox.com/s/abc123/inventory.csv?dl=1"_s << P::Dropbox;
    QTest::newRow("dropbox dl=1 stays")
        << u"https://www.dropbox.com/s/abc123/inventory.csv?dl=1"_s
        << u"https://www.dropbox.com/s/abc123/inventory.csv?dl=1"_s << P::Dropbox;
    QTest::newRow("dropbox scl keeps rlkey")
        << u"https://www.dropbox.com/scl/fi/xyz789/inventory.csv?rlkey=k3y&st=ab12&dl=0"_s
        << u"https://www.dropbox.com/scl/fi/xyz789/inventory.csv?rlkey=k3y&st=ab12&dl=1"_s
        << P::Dropbox;
    QTest::newRow("dropbox raw=1 replaced")
        << u"https://dropbox.com/scl/fi/xyz789/inv.csv?rlkey=k3y&raw=1"_s
        << u"https://dropbox.com/scl/fi/xyz789/inv.csv?rlkey=k3y&dl=1"_s << P::Dropbox;
    QTest::newRow("drive file view")
        << u"https://drive.google.com/file/d/1AbC-dEf_123/view?usp=sharing"_s
        << u"https://drive.google.com/uc?export=download&id=1AbC-dEf_123"_s << P::GoogleDrive;
    QTest::newRow("drive file edit")
        << u"https://drive.google.com/file/d/1AbC/edit"_s
        << u"https://drive.google.com/uc?export=download&id=1AbC"_s << P::GoogleDrive;
    QTest::newRow("drive open?id")
        << u"https://drive.google.com/open?id=1AbC"_s
        << u"https://drive.google.com/uc?export=download&id=1AbC"_s << P::GoogleDrive;
    QTest::newRow("drive uc without export")
        << u"https://drive.google.com/uc?id=1AbC"_s
        << u"https://drive.google.com/uc?export=download&id=1AbC"_s << P::GoogleDrive;
    QTest::newRow("drive resource key")
        << u"https://drive.google.com/file/d/1AbC/view?usp=sharing&resourcekey=0-xyz"_s
        << u"https://drive.google.com/uc?export=download&id=1AbC&resourcekey=0-xyz"_s
        << P::GoogleDrive;
    QTest::newRow("sheets as csv")
        << u"https://docs.google.com/spreadsheets/d/SHEET_id-1/edit#gid=42"_s
        << u"https://docs.google.com/spreadsheets/d/SHEET_id-1/export?format=csv&gid=42"_s
        << P::GoogleSheets;
    QTest::newRow("onedrive redir")
        << u"https://onedrive.live.com/redir?resid=ABC!123&authkey=!XYZ"_s
        << u"https://onedrive.live.com/download?resid=ABC!123&authkey=!XYZ"_s << P::OneDrive;
    QTest::newRow("onedrive embed keeps cid")
        << u"https://onedrive.live.com/embed?cid=C1&resid=C1!105&authkey=!XYZ"_s
        << u"https://onedrive.live.com/download?cid=C1&resid=C1!105&authkey=!XYZ"_s << P::OneDrive;
    QTest::newRow("1drv.ms short link")
        << u"https://1drv.ms/x/s!AbCdEf"_s
        << u"https://api.onedrive.com/v1.0/shares/u!aHR0cHM6Ly8xZHJ2Lm1zL3gvcyFBYkNkRWY/root/content"_s
        << P::OneDrive;
    QTest::newRow("sharepoint") << u"https://contoso.sharepoint.com/:x:/g/ABC?e=x1"_s
                                << u"https://contoso.sharepoint.com/:x:/g/ABC?e=x1&download=1"_s
                                << P::SharePoint;
    QTest::newRow("plain url") << u"https://example.com/files/inventory.csv"_s
                               << u"https://example.com/files/inventory.csv"_s << P::None;
    QTest::newRow("dl=0 elsewhere")
        << u"https://example.com/file?dl=0"_s << u"https://example.com/file?dl=0"_s << P::None;
    QTest::newRow("dropbox content host")
        << u"https://dl.dropboxusercontent.com/s/abc/inv.csv"_s
        << u"https://dl.dropboxusercontent.com/s/abc/inv.csv"_s << P::None;
    QTest::newRow("look-alike host")
        << u"https://dropbox.com.evil.example/s/abc/x.csv?dl=0"_s
        << u"https://dropbox.com.evil.example/s/abc/x.csv?dl=0"_s << P::None;
}

void TestUrlSource::shareLinks()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(ShareLinks::Provider, provider);
    const ShareLinks::Rewrite rewrite = ShareLinks::directDownload(QUrl(input));
    QCOMPARE(rewrite.url.toString(QUrl::FullyEncoded), QUrl(expected).toString(QUrl::FullyEncoded));
    QCOMPARE(rewrite.provider, provider);
    QCOMPARE(rewrite.changed, input != expected);
    if (provider != ShareLinks::Provider::None)
        QVERIFY(!rewrite.note.isEmpty()); // the user is told what will be sent and why
}

QTEST_GUILESS_MAIN(TestUrlSource)
#include "tst_urlsource.moc"
