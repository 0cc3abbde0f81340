// End to end: the sandbox processes a batch whose file reached it each of the
// three ways (a referenced URL, the built-in host, an S3 presigned URL), and
// what it downloaded is exactly the bytes that were validated.

#include "ApiTestSupport.h"
#include "S3rverProcess.h"

#include "hosting/FileHost.h"
#include "hosting/S3Uploader.h"
#include "hosting/UrlSource.h"
#include "inventory/DocumentLoader.h"

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

class TestHostingEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void referencedUrl();
    void builtInHost();
    void s3PresignedUrl();

private:
    // Submits `url`, waits for the batch to finish, checks every row applied.
    void submitAndExpectSuccess(const QString &url, int rows);

    std::unique_ptr<ApiFixture> m_fixture;
};

void TestHostingEndToEnd::init()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
}

void TestHostingEndToEnd::cleanup()
{
    m_fixture.reset();
}

void TestHostingEndToEnd::submitAndExpectSuccess(const QString &url, int rows)
{
    SubmitRequest request;
    request.url = url;
    request.warehouseId = warehouseId();
    const SubmitResult submitted = waitFor<SubmitResult>(m_fixture->api->submit(request));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error.message));
    BatchResult status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = waitFor<BatchResult>(m_fixture->api->batch(submitted.syncId))).batch.isFinished(),
        20000);
    QCOMPARE(status.batch.status, u"success"_s);
    QCOMPARE(status.batch.url, url);
    QCOMPARE(status.batch.successCount, rows);
}

void TestHostingEndToEnd::referencedUrl()
{
    // A link to a file elsewhere: downloaded and validated first, then sent as is.
    const QByteArray csv = demoCsv(7);
    const QString url = m_fixture->serveCsv(u"/shared/stock.csv"_s, csv);
    QNetworkAccessManager network;
    UrlSource source(&network);
    UrlSourceReply *reply = source.download({QUrl(url)});
    QSignalSpy finished(reply, &UrlSourceReply::finished);
    QVERIFY(finished.wait(10000));
    const auto downloaded = finished.first().at(0).value<UrlSourceResult>();
    QVERIFY2(downloaded.ok(), qPrintable(downloaded.message));
    QCOMPARE(downloaded.bytes, csv);
    const LoadResult loaded = DocumentLoader::loadBytes(downloaded.bytes, u"stock.csv"_s, {});
    QVERIFY2(loaded.document, qPrintable(loaded.error));
    QCOMPARE(loaded.document->errorCount(), 0);

    submitAndExpectSuccess(downloaded.directUrl.toString(QUrl::FullyEncoded), 7);
}

void TestHostingEndToEnd::builtInHost()
{
    const QByteArray csv = demoCsv(9);
    FileHost host;
    QVERIFY(host.listen() != 0);
    QList<AccessLogEntry> log;
    connect(&host, &FileHost::accessed, this, [&](const AccessLogEntry &entry) { log << entry; });
    const PublishedFile published = host.publish(csv, u"stock.csv"_s);
    QVERIFY(published.url.isValid());

    submitAndExpectSuccess(published.url.toString(QUrl::FullyEncoded), 9);

    // The user sees the moment the service downloaded the file, and how much.
    QVERIFY(!log.isEmpty());
    const auto download = std::find_if(log.cbegin(), log.cend(), [&](const AccessLogEntry &e) {
        return e.token == published.token && e.status == 200;
    });
    QVERIFY(download != log.cend());
    QCOMPARE(download->method, u"GET"_s);
    QCOMPARE(download->bytesSent, csv.size());
}

void TestHostingEndToEnd::s3PresignedUrl()
{
    if (const QString reason = S3rverProcess::unavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const QString missing = S3rverProcess::missingModules();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    S3rverProcess s3;
    const QString error = s3.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QByteArray csv = demoCsv(11);
    QNetworkAccessManager network;
    S3Uploader uploader(&network);
    S3UploadReply *reply =
        uploader.upload(s3.settings(), QString(S3rverProcess::Secret), u"stock.csv"_s, csv);
    QSignalSpy finished(reply, &S3UploadReply::finished);
    QVERIFY(finished.wait(20000));
    const auto uploaded = finished.first().at(0).value<S3UploadResult>();
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.message));

    submitAndExpectSuccess(uploaded.presignedUrl.toString(QUrl::FullyEncoded), 11);
}

QTEST_GUILESS_MAIN(TestHostingEndToEnd)
#include "tst_hosting_e2e.moc"
