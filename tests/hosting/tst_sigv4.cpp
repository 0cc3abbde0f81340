// AWS Signature Version 4 against AWS's published examples: the sig-v4 test
// suite (service "service") and the S3 documentation's worked examples.

#include "hosting/AwsSigV4.h"
#include "hosting/S3Uploader.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

const QByteArray EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime utc(const char *amzDate)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    time.setTimeSpec(Qt::UTC);
    return time;
}

AwsSigV4::Credentials suiteCredentials()
{
    return {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service"};
}

AwsSigV4::Credentials s3Credentials()
{
    return {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3"};
}

} // namespace

Q_DECLARE_METATYPE(AwsSigV4::Request)
Q_DECLARE_METATYPE(AwsSigV4::Credentials)

class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signature_data();
    void signature();
    void presignedUrl();
    void presignGetMatchesS3Example();
    void uriEncode_data();
    void uriEncode();
    void differentBodyDifferentSignature();
};

void TestSigV4::signature_data()
{
    QTest::addColumn<AwsSigV4::Request>("request");
    QTest::addColumn<AwsSigV4::Credentials>("credentials");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("canonicalRequest"); // empty: not published
    QTest::addColumn<QByteArray>("canonicalRequestHash");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");

    const QDateTime suiteTime = utc("20150830T123600Z");
    const QList<AwsSigV4::Pair> suiteHeaders = {{"Host", "example.amazonaws.com"},
                                                {"X-Amz-Date", "20150830T123600Z"}};
    {
        AwsSigV4::Request r{"GET", u"/"_s, {}, suiteHeaders, EmptySha256, true};
        QTest::newRow("get-vanilla")
            << r << suiteCredentials() << suiteTime
            << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                          "host;x-amz-date\n" +
                          EmptySha256)
            << QByteArray("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
            << QByteArray("host;x-amz-date")
            << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }
    {
        AwsSigV4::Request r{"GET",        u"/"_s,      {{"Param2", "value2"}, {"Param1", "value1"}},
                            suiteHeaders, EmptySha256, true};
        QTest::newRow("get-vanilla-query-order-key-case")
            << r << suiteCredentials() << suiteTime
            << QByteArray("GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\n"
                          "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" +
                          EmptySha256)
            << QByteArray("816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0")
            << QByteArray("host;x-amz-date")
            << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }
    {
        AwsSigV4::Request r{"POST", u"/"_s, {}, suiteHeaders, EmptySha256, true};
        QTest::newRow("post-vanilla")
            << r << suiteCredentials() << suiteTime << QByteArray() << QByteArray()
            << QByteArray("host;x-amz-date")
            << QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }
    {
        QList<AwsSigV4::Pair> headers = suiteHeaders;
        headers.append(AwsSigV4::Pair("Content-Type", "application/x-www-form-urlencoded"));
        AwsSigV4::Request r{"POST", u"/"_s, {}, headers, AwsSigV4::hexSha256("Param1=value1"),
                            true};
        QTest::newRow("post-x-www-form-urlencoded")
            << r << suiteCredentials() << suiteTime << QByteArray() << QByteArray()
            << QByteArray("content-type;host;x-amz-date")
            << QByteArray("ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    }

    const QDateTime s3Time = utc("20130524T000000Z");
    {
        AwsSigV4::Request r{"GET",
                            u"/test.txt"_s,
                            {},
                            {{"Host", "examplebucket.s3.amazonaws.com"},
                             {"Range", "bytes=0-9"},
                             {"x-amz-content-sha256", EmptySha256},
                             {"x-amz-date", "20130524T000000Z"}},
                            EmptySha256,
                            false};
        QTest::newRow("s3-get-object-range")
            << r << s3Credentials() << s3Time
            << QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                          "x-amz-content-sha256:" +
                          EmptySha256 +
                          "\nx-amz-date:20130524T000000Z\n\n"
                          "host;range;x-amz-content-sha256;x-amz-date\n" +
                          EmptySha256)
            << QByteArray("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
            << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
            << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }
    {
        const QByteArray body = "Welcome to Amazon S3.";
        const QByteArray hash = AwsSigV4::hexSha256(body);
        AwsSigV4::Request r{"PUT",
                            u"/test$file.text"_s,
                            {},
                            {{"Host", "examplebucket.s3.amazonaws.com"},
                             {"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                             {"x-amz-content-sha256", hash},
                             {"x-amz-date", "20130524T000000Z"},
                             {"x-amz-storage-class", "REDUCED_REDUNDANCY"}},
                            hash,
                            false};
        QTest::newRow("s3-put-object")
            << r << s3Credentials() << s3Time
            << QByteArray("PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\n"
                          "host:examplebucket.s3.amazonaws.com\n"
                          "x-amz-content-sha256:"
                          "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072\n"
                          "x-amz-date:20130524T000000Z\nx-amz-storage-class:REDUCED_REDUNDANCY\n\n"
                          "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n"
                          "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
            << QByteArray("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d")
            << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
            << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }
    {
        AwsSigV4::Request r{"GET",
                            u"/"_s,
                            {{"max-keys", "2"}, {"prefix", "J"}},
                            {{"Host", "examplebucket.s3.amazonaws.com"},
                             {"x-amz-content-sha256", EmptySha256},
                             {"x-amz-date", "20130524T000000Z"}},
                            EmptySha256,
                            false};
        QTest::newRow("s3-list-objects")
            << r << s3Credentials() << s3Time << QByteArray() << QByteArray()
            << QByteArray("host;x-amz-content-sha256;x-amz-date")
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }
}

void TestSigV4::signature()
{
    QFETCH(AwsSigV4::Request, request);
    QFETCH(AwsSigV4::Credentials, credentials);
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, canonicalRequestHash);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, signature);

    const QByteArray canonical = AwsSigV4::canonicalRequest(request);
    if (!canonicalRequest.isEmpty())
        QCOMPARE(canonical, canonicalRequest);
    if (!canonicalRequestHash.isEmpty()) {
        QCOMPARE(AwsSigV4::hexSha256(canonical), canonicalRequestHash);
        QCOMPARE(AwsSigV4::stringToSign(time, credentials, canonical),
                 "AWS4-HMAC-SHA256\n" + AwsSigV4::amzDate(time) + '\n' +
                     AwsSigV4::credentialScope(time, credentials) + '\n' + canonicalRequestHash);
    }
    QCOMPARE(AwsSigV4::signedHeaders(request.headers), signedHeaders);
    QCOMPARE(AwsSigV4::signature(time, credentials, request), signature);
    QCOMPARE(AwsSigV4::authorizationHeader(time, credentials, request),
             "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId + '/' +
                 AwsSigV4::shortDate(time) + '/' + credentials.region + '/' + credentials.service +
                 "/aws4_request, SignedHeaders=" + signedHeaders + ", Signature=" + signature);
}

void TestSigV4::presignedUrl()
{
    // https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
    AwsSigV4::Request request;
    request.method = "GET";
    request.path = u"/test.txt"_s;
    request.headers = {{"host", "examplebucket.s3.amazonaws.com"}};
    const QDateTime time = utc("20130524T000000Z");
    const QList<AwsSigV4::Pair> query =
        AwsSigV4::presignedQuery(time, s3Credentials(), request, 86400);

    request.payloadHash = AwsSigV4::UnsignedPayload;
    request.query = query.first(query.size() - 1);
    QCOMPARE(AwsSigV4::hexSha256(AwsSigV4::canonicalRequest(request)),
             QByteArray("3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"));
    QCOMPARE(query.constLast().first, QByteArray("X-Amz-Signature"));
    QCOMPARE(query.constLast().second,
             QByteArray("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
}

void TestSigV4::presignGetMatchesS3Example()
{
    // The same example through S3Uploader: virtual-host addressing on the
    // global endpoint gives the published URL, byte for byte.
    S3Settings settings;
    settings.endpoint = QUrl(u"https://s3.amazonaws.com"_s);
    settings.region = u"us-east-1"_s;
    settings.bucket = u"examplebucket"_s;
    settings.addressing = S3Settings::Addressing::VirtualHost;
    settings.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    const QUrl url = S3Uploader::presignGet(settings, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s,
                                            u"test.txt"_s, utc("20130524T000000Z"), 86400);
    QCOMPARE(
        url.toEncoded(),
        QByteArray(
            "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
            "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
            "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
    // Path-style puts the bucket in the path and signs that path.
    settings.addressing = S3Settings::Addressing::PathStyle;
    settings.endpoint = QUrl(u"http://127.0.0.1:9000"_s);
    settings.keyPrefix = u"feeds/"_s;
    QCOMPARE(S3Uploader::objectUrl(settings, u"a b$.csv"_s).toEncoded(),
             QByteArray("http://127.0.0.1:9000/examplebucket/feeds/a%20b%24.csv"));
}

void TestSigV4::uriEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("encodeSlash");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << QByteArray("A-z_0.9~") << true << QByteArray("A-z_0.9~");
    QTest::newRow("space is %20, not +") << QByteArray("a b") << true << QByteArray("a%20b");
    QTest::newRow("plus") << QByteArray("a+b") << true << QByteArray("a%2Bb");
    QTest::newRow("slash kept") << QByteArray("a/b") << false << QByteArray("a/b");
    QTest::newRow("slash encoded") << QByteArray("a/b") << true << QByteArray("a%2Fb");
    QTest::newRow("utf-8") << QString(u"ключ"_s).toUtf8() << true
                           << QByteArray("%D0%BA%D0%BB%D1%8E%D1%87");
    QTest::newRow("reserved") << QByteArray("=&?#$!'()*") << true
                              << QByteArray("%3D%26%3F%23%24%21%27%28%29%2A");
}

void TestSigV4::uriEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, encodeSlash);
    QFETCH(QByteArray, expected);
    QCOMPARE(AwsSigV4::uriEncode(input, encodeSlash), expected);
}

void TestSigV4::differentBodyDifferentSignature()
{
    // The body's hash is signed: the bytes that arrive are the bytes validated.
    auto sign = [](const QByteArray &body) {
        const QByteArray hash = AwsSigV4::hexSha256(body);
        AwsSigV4::Request r{
            "PUT", u"/b/k.csv"_s, {}, {{"host", "h"}, {"x-amz-content-sha256", hash}}, hash, false};
        return AwsSigV4::signature(utc("20260101T000000Z"), s3Credentials(), r);
    };
    QVERIFY(sign("sku,qty\nA,1\n") != sign("sku,qty\nA,2\n"));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
