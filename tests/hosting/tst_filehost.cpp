// The built-in host: exactly the published bytes at exactly one URL, and
// nothing else; what ShipHero downloaded shows in the access log.

#include "hosting/FileHost.h"

#include "HttpTestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;
using invsync::test::rawRequest;
using invsync::test::RawResponse;

namespace {

const QByteArray Csv = "sku,qty\nA-1,5\nB-2,7\n"; // 20 bytes

QByteArray pathOf(const PublishedFile &file)
{
    return file.url.path(QUrl::FullyEncoded).toLatin1();
}

} // namespace

class TestFileHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getServesExactBytes();
    void snapshotIsImmutable();
    void largeFile();
    void head();
    void ranges_data();
    void ranges();
    void etag_data();
    void etag();
    void otherPathsAreNotFound_data();
    void otherPathsAreNotFound();
    void otherMethodsAreRefused_data();
    void otherMethodsAreRefused();
    void unpublishStopsServing();
    void expiryStopsServing();
    void accessLog();
    void publicBaseUrl();
    void safeFileName_data();
    void safeFileName();

private:
    FileHost *m_host = nullptr;
    PublishedFile m_file;
};

void TestFileHost::init()
{
    m_host = new FileHost(this);
    QVERIFY(m_host->listen() != 0);
    QCOMPARE(m_host->address(), QHostAddress(QHostAddress::LocalHost));
    m_file = m_host->publish(Csv, u"inventory.csv"_s);
    QVERIFY(m_file.isValid());
}

void TestFileHost::cleanup()
{
    delete m_host;
    m_host = nullptr;
}

void TestFileHost::getServesExactBytes()
{
    // The URL: loopback, the ephemeral port, a 128-bit token and the name.
    QCOMPARE(m_file.url.scheme(), u"http"_s);
    QCOMPARE(m_file.url.host(), u"127.0.0.1"_s);
    QCOMPARE(m_file.url.port(), int(m_host->port()));
    QCOMPARE(m_file.token.size(), 32);
    QCOMPARE(m_file.url.path(), u"/"_s + m_file.token + u"/inventory.csv"_s);
    QCOMPARE(m_file.sha256, QCryptographicHash::hash(Csv, QCryptographicHash::Sha256).toHex());
    QVERIFY(m_host->publish(Csv, u"inventory.csv"_s).token != m_file.token);

    // As an ordinary HTTP client (ShipHero) fetches it.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(m_file.url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), Csv);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(Csv.size()));
    delete reply;
}

void TestFileHost::snapshotIsImmutable()
{
    QByteArray bytes = "sku,qty\nA,1\n";
    const PublishedFile file = m_host->publish(bytes, u"edit.csv"_s);
    bytes[10] = '9'; // the document changed after publishing
    const RawResponse response = rawRequest(m_host->port(), "GET", pathOf(file));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("sku,qty\nA,1\n"));
}

void TestFileHost::largeFile()
{
    // 32 MB of rows: sent whole, byte for byte, to an ordinary client.
    QByteArray big;
    big.reserve(32 * 1024 * 1024);
    big += "sku,warehouse,qty\n";
    for (int i = 0; big.size() < 32 * 1024 * 1024; ++i)
        big += "SKU-" + QByteArray::number(i) + ",Main," + QByteArray::number(i % 97) + '\n';
    const PublishedFile file = m_host->publish(big, u"big.csv"_s);
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(QNetworkRequest(file.url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    const QByteArray received = reply->readAll();
    qInfo("served %lld bytes in %lld ms", qint64(received.size()), timer.elapsed());
    QCOMPARE(received.size(), big.size());
    QVERIFY(received == big);
    delete reply;
}

void TestFileHost::head()
{
    const RawResponse response = rawRequest(m_host->port(), "HEAD", pathOf(m_file));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Length"), QByteArray::number(Csv.size()));
    QCOMPARE(response.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(response.header("ETag"), '"' + m_file.sha256 + '"');
    QVERIFY(response.body.isEmpty());
}

void TestFileHost::ranges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentRange");

    QTest::newRow("a-b") << QByteArray("bytes=0-3") << 206 << Csv.mid(0, 4)
                         << QByteArray("bytes 0-3/20");
    QTest::newRow("a-") << QByteArray("bytes=8-") << 206 << Csv.mid(8)
                        << QByteArray("bytes 8-19/20");
    QTest::newRow("-n") << QByteArray("bytes=-4") << 206 << Csv.right(4)
                        << QByteArray("bytes 16-19/20");
    QTest::newRow("-n larger than file")
        << QByteArray("bytes=-400") << 206 << Csv << QByteArray("bytes 0-19/20");
    QTest::newRow("end past the file")
        << QByteArray("bytes=15-100") << 206 << Csv.mid(15) << QByteArray("bytes 15-19/20");
    QTest::newRow("single byte") << QByteArray("bytes=19-19") << 206 << Csv.right(1)
                                 << QByteArray("bytes 19-19/20");
    QTest::newRow("start past the end")
        << QByteArray("bytes=20-") << 416 << QByteArray() << QByteArray("bytes */20");
    QTest::newRow("suffix of zero")
        << QByteArray("bytes=-0") << 416 << QByteArray() << QByteArray("bytes */20");
    // Ignored, as RFC 9110 allows: the whole file.
    QTest::newRow("reversed") << QByteArray("bytes=5-2") << 200 << Csv << QByteArray();
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,4-5") << 200 << Csv << QByteArray();
    QTest::newRow("other unit") << QByteArray("items=0-3") << 200 << Csv << QByteArray();
    QTest::newRow("garbage") << QByteArray("bytes=x-y") << 200 << Csv << QByteArray();
}

void TestFileHost::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentRange);
    const RawResponse response =
        rawRequest(m_host->port(), "GET", pathOf(m_file), {{"Range", range}});
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.header("Content-Range"), contentRange);
    QCOMPARE(response.header("Content-Length"), QByteArray::number(body.size()));
}

void TestFileHost::etag_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch");
    QTest::addColumn<int>("status");
    const QByteArray etag =
        '"' + QCryptographicHash::hash(Csv, QCryptographicHash::Sha256).toHex() + '"';
    QTest::newRow("same") << etag << 304;
    QTest::newRow("weak form of the same") << ("W/" + etag) << 304;
    QTest::newRow("in a list") << ("\"abc\", " + etag) << 304;
    QTest::newRow("star") << QByteArray("*") << 304;
    QTest::newRow("other") << QByteArray("\"0123\"") << 200;
}

void TestFileHost::etag()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(int, status);
    const RawResponse plain = rawRequest(m_host->port(), "GET", pathOf(m_file));
    QCOMPARE(plain.header("ETag"), '"' + m_file.sha256 + '"');

    const RawResponse response =
        rawRequest(m_host->port(), "GET", pathOf(m_file), {{"If-None-Match", ifNoneMatch}});
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, status == 304 ? QByteArray() : Csv);
    QCOMPARE(response.header("ETag"), plain.header("ETag"));
}

void TestFileHost::otherPathsAreNotFound_data()
{
    QTest::addColumn<QByteArray>("target"); // T: the token, N: the name
    QTest::newRow("root listing") << QByteArray("/");
    QTest::newRow("token directory") << QByteArray("/T/");
    QTest::newRow("token alone") << QByteArray("/T");
    QTest::newRow("other name") << QByteArray("/T/other.csv");
    QTest::newRow("name without token") << QByteArray("/N");
    QTest::newRow("wrong token") << QByteArray("/00000000000000000000000000000000/N");
    QTest::newRow("token upper case") << QByteArray("/TU/N");
    QTest::newRow("trailing slash") << QByteArray("/T/N/");
    QTest::newRow("dot dot") << QByteArray("/T/../T/N");
    QTest::newRow("dot dot at the end") << QByteArray("/T/N/..");
    QTest::newRow("encoded dot dot") << QByteArray("/T/%2e%2e/T/N");
    QTest::newRow("encoded dot dot upper") << QByteArray("/T/%2E%2E/T/N");
    QTest::newRow("half encoded dot dot") << QByteArray("/T/.%2e/T/N");
    QTest::newRow("dot segment") << QByteArray("/T/./N");
    QTest::newRow("double slash in front") << QByteArray("//T/N");
    QTest::newRow("double slash inside") << QByteArray("/T//N");
    QTest::newRow("encoded slash") << QByteArray("/T%2fN");
    QTest::newRow("backslash") << QByteArray("/T%5cN");
    QTest::newRow("nul") << QByteArray("/T/N%00");
    QTest::newRow("climb out") << QByteArray("/../../etc/passwd");
    QTest::newRow("encoded climb out") << QByteArray("/%2e%2e/%2e%2e/etc/passwd");
}

void TestFileHost::otherPathsAreNotFound()
{
    QFETCH(QByteArray, target);
    target.replace("TU", m_file.token.toUpper().toLatin1());
    target.replace("T", m_file.token.toLatin1());
    target.replace(QByteArray("/N"), QByteArray('/' + m_file.fileName.toLatin1()));
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
        const RawResponse response = rawRequest(m_host->port(), method, target);
        QCOMPARE(response.status, 404);
        QVERIFY(!response.body.contains(Csv));
    }
    // The real path still answers: the 404 was about the path only.
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file)).status, 200);
}

void TestFileHost::otherMethodsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
    QTest::newRow("PATCH") << QByteArray("PATCH");
}

void TestFileHost::otherMethodsAreRefused()
{
    QFETCH(QByteArray, method);
    const RawResponse response =
        rawRequest(m_host->port(), method, pathOf(m_file), {}, "sku,qty\nX,1\n");
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
    // Nothing was changed: the file is still the published one.
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file)).body, Csv);
    // Elsewhere it is simply not found.
    QCOMPARE(rawRequest(m_host->port(), method, "/elsewhere", {}, "x").status, 404);
}

void TestFileHost::unpublishStopsServing()
{
    const PublishedFile other = m_host->publish("a,b\n", u"other.csv"_s);
    QSignalSpy unpublished(m_host, &FileHost::unpublished);
    QVERIFY(m_host->unpublish(m_file.token));
    QCOMPARE(unpublished.size(), 1);
    QCOMPARE(unpublished.at(0).at(0).toString(), m_file.token);
    QCOMPARE(unpublished.at(0).at(1).toBool(), false);
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file)).status, 404);
    // Other files stay published.
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(other)).status, 200);
    QVERIFY(!m_host->unpublish(m_file.token));
    m_host->unpublishAll();
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(other)).status, 404);
    QVERIFY(m_host->publishedFiles().isEmpty());
}

void TestFileHost::expiryStopsServing()
{
    using namespace std::chrono_literals;
    QSignalSpy unpublished(m_host, &FileHost::unpublished);
    const PublishedFile file = m_host->publish(Csv, u"short.csv"_s, 400ms);
    QVERIFY(file.expiresAt.isValid());
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(file)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(unpublished.size(), 1, 5000);
    QCOMPARE(unpublished.at(0).at(0).toString(), file.token);
    QCOMPARE(unpublished.at(0).at(1).toBool(), true);
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(file)).status, 404);
    // The file without expiry is still there.
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file)).status, 200);

    // Expiry also holds between timer ticks: a clock moved past it.
    const PublishedFile later = m_host->publish(Csv, u"later.csv"_s, 1h);
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(later)).status, 200);
    m_host->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(later)).status, 404);
}

void TestFileHost::accessLog()
{
    QSignalSpy accessed(m_host, &FileHost::accessed);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file)).status, 200);
    QCOMPARE(rawRequest(m_host->port(), "HEAD", pathOf(m_file)).status, 200);
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(m_file), {{"Range", "bytes=0-3"}}).status,
             206);
    QCOMPARE(rawRequest(m_host->port(), "GET", "/nothing/here.csv").status, 404);
    QCOMPARE(accessed.size(), 4);

    const auto entry = [&](int i) { return accessed.at(i).at(0).value<AccessLogEntry>(); };
    const AccessLogEntry get = entry(0);
    QVERIFY(get.time >= before && get.time <= QDateTime::currentDateTimeUtc());
    QCOMPARE(get.peer, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(get.method, u"GET"_s);
    QCOMPARE(get.path, u"/…/inventory.csv"_s);
    QVERIFY(!get.path.contains(m_file.token)); // the log does not give the URL away
    QCOMPARE(get.token, m_file.token);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.bytesSent, Csv.size());

    QCOMPARE(entry(1).method, u"HEAD"_s);
    QCOMPARE(entry(1).bytesSent, 0);
    QCOMPARE(entry(2).status, 206);
    QCOMPARE(entry(2).bytesSent, 4);
    QCOMPARE(entry(3).status, 404);
    QVERIFY(entry(3).token.isEmpty());
    QCOMPARE(entry(3).path, u"/nothing/here.csv"_s);
}

void TestFileHost::publicBaseUrl()
{
    m_host->setPublicBaseUrl(QUrl(u"https://files.example.com:8443/invsync/"_s));
    const PublishedFile file = m_host->publish(Csv, u"inventory.csv"_s);
    QCOMPARE(file.url.toString(),
             u"https://files.example.com:8443/invsync/"_s + file.token + u"/inventory.csv"_s);
    // A proxy may pass the path through or strip its prefix: both answer.
    QCOMPARE(rawRequest(m_host->port(), "GET", pathOf(file)).body, Csv);
    QCOMPARE(rawRequest(m_host->port(), "GET", "/" + file.token.toLatin1() + "/inventory.csv").body,
             Csv);
    QCOMPARE(rawRequest(m_host->port(), "GET", "/other/" + file.token.toLatin1() + "/inventory.csv")
                 .status,
             404);
}

void TestFileHost::safeFileName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"inventory.csv"_s << u"inventory.csv"_s;
    QTest::newRow("no extension") << u"stock"_s << u"stock.csv"_s;
    QTest::newRow("spaces") << u"Stock Nov 2026.CSV"_s << u"Stock-Nov-2026.csv"_s;
    QTest::newRow("directories dropped") << u"/home/me/../x/feed.csv"_s << u"feed.csv"_s;
    QTest::newRow("windows path") << u"C:\\data\\feed.csv"_s << u"feed.csv"_s;
    QTest::newRow("dots only") << u"...csv"_s << u"inventory.csv"_s;
    QTest::newRow("non-ascii") << u"inventaire-été.csv"_s << u"inventaire-t.csv"_s;
}

void TestFileHost::safeFileName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FileHost::safeFileName(input), expected);
}

QTEST_GUILESS_MAIN(TestFileHost)
#include "tst_filehost.moc"
