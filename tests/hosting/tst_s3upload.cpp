// S3 upload against s3rver on loopback, behind s3rver_launcher.js's proxy
// that checks Signature Version 4 as S3 does (s3rver 3.x itself does not).

#include "S3rverProcess.h"

#include "hosting/S3Uploader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

const QByteArray Csv = "sku,warehouse,qty\nA-1,Main,5\nB-2,Main,7\n";
const QString Bucket = QString(invsync::test::S3rverProcess::Bucket);
const QString Secret = QString(invsync::test::S3rverProcess::Secret);

struct Download
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

} // namespace

class TestS3Upload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void uploadThenDownload();
    void expiredPresignedUrlIsRefused();
    void wrongSecret();
    void wrongAccessKey();
    void missingBucket();
    void clockSkew();
    void unreachable();
    void invalidSettings();
    void cancel();

private:
    S3Settings settings() const;
    S3UploadResult upload(S3Uploader &uploader, const S3Settings &settings, const QString &secret,
                          const QString &key = u"inventory.csv"_s);
    Download get(const QUrl &url);

    QNetworkAccessManager m_network;
    std::unique_ptr<invsync::test::S3rverProcess> m_server;
};

void TestS3Upload::initTestCase()
{
    using invsync::test::S3rverProcess;
    if (const QString reason = S3rverProcess::unavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    if (const QString missing = S3rverProcess::missingModules(); !missing.isEmpty()) {
        if (!INVSYNC_NPM_FOUND)
            QSKIP("npm is not installed, so s3rver is not: the S3 upload tests do not run.");
        QFAIL(qPrintable(missing));
    }
}

void TestS3Upload::init()
{
    m_server = std::make_unique<invsync::test::S3rverProcess>();
    const QString error = m_server->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestS3Upload::cleanup()
{
    m_server.reset();
}

S3Settings TestS3Upload::settings() const
{
    return m_server->settings();
}

S3UploadResult TestS3Upload::upload(S3Uploader &uploader, const S3Settings &settings,
                                    const QString &secret, const QString &key)
{
    S3UploadReply *reply = uploader.upload(settings, secret, key, Csv);
    QSignalSpy finished(reply, &S3UploadReply::finished);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<S3UploadResult>();
}

Download TestS3Upload::get(const QUrl &url)
{
    Download download;
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return download;
    download.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    download.body = reply->readAll();
    download.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    delete reply;
    return download;
}

void TestS3Upload::uploadThenDownload()
{
    S3Uploader uploader(&m_network);
    S3UploadReply *reply = uploader.upload(settings(), Secret, u"stock 2026-11.csv"_s, Csv);
    QSignalSpy progress(reply, &S3UploadReply::progress);
    QSignalSpy finished(reply, &S3UploadReply::finished);
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<S3UploadResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), Csv.size());
    QCOMPARE(progress.constLast().at(1).toLongLong(), Csv.size());

    // The presigned URL: path-style, the prefix and the encoded key, 24 hours.
    QCOMPARE(result.presignedUrl.path(), u"/invsync-test/feeds/stock 2026-11.csv"_s);
    const QUrlQuery query(result.presignedUrl);
    QCOMPARE(query.queryItemValue(u"X-Amz-Expires"_s), u"86400"_s);
    QCOMPARE(query.queryItemValue(u"X-Amz-SignedHeaders"_s), u"host"_s);
    QVERIFY(!result.presignedUrl.toString().contains(Secret + u"/"_s)); // not the secret
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(result.expiresAt) - 86400) < 60);

    // What ShipHero downloads, with no credentials: exactly the bytes validated.
    const Download download = get(result.presignedUrl);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, Csv);
    QCOMPARE(result.sha256, QCryptographicHash::hash(Csv, QCryptographicHash::Sha256).toHex());

    // Without the signature the bucket is private; a tampered URL is refused.
    QCOMPARE(get(result.objectUrl).status, 403);
    QString tampered = result.presignedUrl.toString(QUrl::FullyEncoded);
    const qsizetype at = tampered.indexOf(u"X-Amz-Signature="_s) + 16;
    tampered[at] = tampered[at] == u'0' ? u'1' : u'0';
    const Download refused = get(QUrl(tampered, QUrl::StrictMode));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("SignatureDoesNotMatch"));
}

void TestS3Upload::expiredPresignedUrlIsRefused()
{
    S3Uploader uploader(&m_network);
    const S3UploadResult result = upload(uploader, settings(), Secret);
    QVERIFY2(result.ok(), qPrintable(result.message));

    // Signed two hours ago for one hour.
    const QUrl expired =
        S3Uploader::presignGet(settings(), Secret, u"inventory.csv"_s,
                               QDateTime::currentDateTimeUtc().addSecs(-7200), 3600);
    const Download download = get(expired);
    QCOMPARE(download.status, 403);
    QVERIFY2(download.body.contains("Request has expired"), download.body.constData());
    QVERIFY(!download.body.contains(Csv));

    // One second of life, two seconds of waiting.
    const QUrl shortLived = S3Uploader::presignGet(settings(), Secret, u"inventory.csv"_s,
                                                   QDateTime::currentDateTimeUtc(), 1);
    QTest::qWait(2100);
    QCOMPARE(get(shortLived).status, 403);
    // The same object with a live URL still comes.
    QCOMPARE(get(result.presignedUrl).body, Csv);
}

void TestS3Upload::wrongSecret()
{
    S3Uploader uploader(&m_network);
    const QString wrong = u"not-the-secret-Xy7"_s;
    const S3UploadResult result = upload(uploader, settings(), wrong);
    QCOMPARE(result.error, S3UploadResult::Error::WrongCredentials);
    QCOMPARE(result.s3Code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(result.httpStatus, 403);
    QVERIFY2(result.message.contains(u"secret key"_s), qPrintable(result.message));
    QVERIFY(!result.message.contains(wrong));
    QVERIFY(!result.presignedUrl.isValid());
}

void TestS3Upload::wrongAccessKey()
{
    S3Uploader uploader(&m_network);
    S3Settings s = settings();
    s.accessKeyId = u"AKIDNOBODY"_s;
    const S3UploadResult result = upload(uploader, s, Secret);
    QCOMPARE(result.error, S3UploadResult::Error::WrongCredentials);
    QCOMPARE(result.s3Code, u"InvalidAccessKeyId"_s);
}

void TestS3Upload::missingBucket()
{
    S3Uploader uploader(&m_network);
    S3Settings s = settings();
    s.bucket = u"no-such-bucket"_s;
    const S3UploadResult result = upload(uploader, s, Secret);
    QCOMPARE(result.error, S3UploadResult::Error::NoSuchBucket);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY2(result.message.contains(u"\"no-such-bucket\" does not exist"_s),
             qPrintable(result.message));
}

void TestS3Upload::clockSkew()
{
    S3Uploader uploader(&m_network);
    uploader.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
    const S3UploadResult result = upload(uploader, settings(), Secret);
    QCOMPARE(result.error, S3UploadResult::Error::ClockSkew);
    QCOMPARE(result.s3Code, u"RequestTimeTooSkewed"_s);
    QVERIFY2(result.message.contains(u"clock"_s), qPrintable(result.message));
}

void TestS3Upload::unreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress(QHostAddress::LocalHost), 0));
    S3Settings s = settings();
    s.endpoint.setPort(closed.serverPort());
    closed.close(); // nothing listens there now
    S3Uploader uploader(&m_network);
    const S3UploadResult result = upload(uploader, s, Secret);
    QCOMPARE(result.error, S3UploadResult::Error::Network);
    QVERIFY2(result.message.contains(u"127.0.0.1"_s), qPrintable(result.message));
}

void TestS3Upload::invalidSettings()
{
    S3Uploader uploader(&m_network);
    S3Settings s = settings();
    s.bucket.clear();
    QCOMPARE(upload(uploader, s, Secret).error, S3UploadResult::Error::InvalidSettings);
    s = settings();
    s.presignExpirySeconds = S3Settings::MaxPresignExpirySeconds + 1; // more than 7 days
    QCOMPARE(upload(uploader, s, Secret).error, S3UploadResult::Error::InvalidSettings);
    QCOMPARE(upload(uploader, settings(), QString()).error, S3UploadResult::Error::InvalidSettings);
    s = settings();
    s.endpoint = QUrl(u"ftp://example.com"_s);
    QCOMPARE(upload(uploader, s, Secret).error, S3UploadResult::Error::InvalidSettings);
}

void TestS3Upload::cancel()
{
    S3Uploader uploader(&m_network);
    QPointer<S3UploadReply> reply = uploader.upload(settings(), Secret, u"c.csv"_s, Csv);
    QSignalSpy finished(reply.data(), &S3UploadReply::finished);
    reply->cancel();
    QTRY_VERIFY(reply.isNull());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestS3Upload)
#include "tst_s3upload.moc"
