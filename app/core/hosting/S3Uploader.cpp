#include "hosting/S3Uploader.h"

#include "hosting/AwsSigV4.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

struct Target
{
    QUrl url;
    QByteArray host; // the Host header, as signed
    QString path;    // decoded
};

Target targetOf(const S3Settings &settings, const QString &key)
{
    Target target;
    QString basePath = settings.endpoint.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString fullKey = settings.keyPrefix + key;
    QString host = settings.endpoint.host();
    if (settings.addressing == S3Settings::Addressing::PathStyle) {
        target.path = basePath + u'/' + settings.bucket + u'/' + fullKey;
    } else {
        host = settings.bucket + u'.' + host;
        target.path = basePath + u'/' + fullKey;
    }
    target.url.setScheme(settings.endpoint.scheme());
    target.url.setHost(host);
    target.url.setPort(settings.endpoint.port());
    target.url.setPath(QString::fromLatin1(AwsSigV4::uriEncode(target.path.toUtf8(), false)),
                       QUrl::TolerantMode);

    target.host = QUrl::toAce(host);
    const int port = settings.endpoint.port();
    const int defaultPort = settings.endpoint.scheme() == u"https" ? 443 : 80;
    if (port != -1 && port != defaultPort)
        target.host += ':' + QByteArray::number(port);
    return target;
}

AwsSigV4::Credentials credentialsOf(const S3Settings &settings, const QString &secretKey)
{
    return {settings.accessKeyId.toUtf8(), secretKey.toUtf8(), settings.region.toUtf8(), "s3"};
}

} // namespace

// --- S3UploadReply -----------------------------------------------------------------

S3UploadReply::S3UploadReply(QObject *parent) : AsyncReply(parent) {}

// A reply destroyed with its source (e.g. the window closed) stops the transfer.
S3UploadReply::~S3UploadReply()
{
    abortWork();
}

void S3UploadReply::finish(const S3UploadResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void S3UploadReply::setNetworkReply(QNetworkReply *reply)
{
    m_network = reply;
}

void S3UploadReply::abortWork()
{
    if (m_network) {
        QNetworkReply *network = m_network;
        m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

// --- S3Uploader -------------------------------------------------------------------

S3Uploader::S3Uploader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QUrl S3Uploader::objectUrl(const S3Settings &settings, const QString &key)
{
    return targetOf(settings, key).url;
}

QUrl S3Uploader::presignGet(const S3Settings &settings, const QString &secretKey,
                            const QString &key, const QDateTime &time, qint64 expiresSeconds)
{
    const Target target = targetOf(settings, key);
    AwsSigV4::Request request;
    request.method = "GET";
    request.path = target.path;
    request.headers = {{"host", target.host}};
    const QList<AwsSigV4::Pair> query =
        AwsSigV4::presignedQuery(time, credentialsOf(settings, secretKey), request, expiresSeconds);
    QUrl url = target.url;
    url.setQuery(QString::fromLatin1(AwsSigV4::encodeQuery(query)), QUrl::TolerantMode);
    return url;
}

QString S3Uploader::checkSettings(const S3Settings &settings, const QString &secretKey)
{
    const QString scheme = settings.endpoint.scheme();
    if (!settings.endpoint.isValid() || settings.endpoint.host().isEmpty() ||
        (scheme != u"https" && scheme != u"http"))
        return tr("The endpoint must be an http:// or https:// address, such as "
                  "https://s3.us-east-1.amazonaws.com.");
    if (settings.bucket.isEmpty())
        return tr("No bucket is set.");
    if (settings.addressing == S3Settings::Addressing::VirtualHost &&
        settings.bucket.contains(u'.') && scheme == u"https")
        return tr("A bucket name with dots does not work with virtual-host addressing over "
                  "HTTPS; choose path-style addressing.");
    if (settings.region.isEmpty())
        return tr("No region is set (use \"auto\" for Cloudflare R2, \"us-east-1\" for MinIO).");
    if (settings.accessKeyId.isEmpty() || secretKey.isEmpty())
        return tr("The access key ID or the secret key is missing.");
    if (settings.presignExpirySeconds < 1 ||
        settings.presignExpirySeconds > S3Settings::MaxPresignExpirySeconds)
        return tr("The link lifetime must be between one second and seven days.");
    return {};
}

S3UploadResult S3Uploader::errorFromResponse(int httpStatus, const QByteArray &body,
                                             const QString &bucket)
{
    S3UploadResult result;
    result.httpStatus = httpStatus;
    QString s3Message;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"Code")
            result.s3Code = xml.readElementText();
        else if (xml.name() == u"Message")
            s3Message = xml.readElementText();
    }
    const QString code = result.s3Code;
    if (code == u"InvalidAccessKeyId" || code == u"SignatureDoesNotMatch") {
        result.error = S3UploadResult::Error::WrongCredentials;
        result.message = tr("The storage service refused the access key ID or the secret key "
                            "(%1). Check both in the file hosting settings.")
                             .arg(code);
    } else if (code == u"NoSuchBucket") {
        result.error = S3UploadResult::Error::NoSuchBucket;
        result.message = tr("The bucket \"%1\" does not exist at this endpoint. Check the "
                            "bucket name, the endpoint and the region.")
                             .arg(bucket);
    } else if (code == u"RequestTimeTooSkewed") {
        result.error = S3UploadResult::Error::ClockSkew;
        result.message = tr("The storage service refused the upload because this computer's "
                            "clock is more than 15 minutes off. Check the computer's date, "
                            "time and time zone, then try again.");
    } else if (code == u"AccessDenied" || (code.isEmpty() && httpStatus == 403)) {
        result.error = S3UploadResult::Error::AccessDenied;
        result.message = tr("Access denied: these credentials may not write to the bucket "
                            "\"%1\". Check the key's permissions (it needs to put objects).")
                             .arg(bucket);
    } else if (code == u"AuthorizationHeaderMalformed" || code == u"PermanentRedirect" ||
               code == u"IllegalLocationConstraintException") {
        result.error = S3UploadResult::Error::InvalidSettings;
        result.message = tr("The storage service says the region or the endpoint does not "
                            "match the bucket (%1). Check the region and the endpoint.")
                             .arg(code);
    } else {
        result.error = S3UploadResult::Error::ServiceError;
        if (code.isEmpty())
            result.message =
                tr("The storage service refused the upload (HTTP %1).").arg(httpStatus);
        else
            result.message = tr("The storage service refused the upload (HTTP %1, %2: %3).")
                                 .arg(httpStatus)
                                 .arg(code, s3Message);
    }
    return result;
}

S3UploadReply *S3Uploader::upload(const S3Settings &settings, const QString &secretKey,
                                  const QString &key, const QByteArray &bytes)
{
    auto *reply = new S3UploadReply(this);
    const QString problem = checkSettings(settings, secretKey);
    if (!problem.isEmpty() || key.isEmpty()) {
        S3UploadResult result;
        result.error = S3UploadResult::Error::InvalidSettings;
        result.message = problem.isEmpty() ? tr("No object name was given.") : problem;
        reply->finish(result);
        return reply;
    }

    // The bytes are copied here: later edits of the caller's buffer do not
    // change what was hashed, signed and sent.
    const QByteArray body = bytes;
    const QByteArray payloadHash = AwsSigV4::hexSha256(body);
    const QDateTime now = m_clock();
    const Target target = targetOf(settings, key);

    AwsSigV4::Request signedRequest;
    signedRequest.method = "PUT";
    signedRequest.path = target.path;
    signedRequest.payloadHash = payloadHash;
    signedRequest.headers = {
        {"content-type", "text/csv; charset=utf-8"},
        {"host", target.host},
        {"x-amz-content-sha256", payloadHash},
        {"x-amz-date", AwsSigV4::amzDate(now)},
    };
    const AwsSigV4::Credentials credentials = credentialsOf(settings, secretKey);

    QNetworkRequest request(target.url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization",
                         AwsSigV4::authorizationHeader(now, credentials, signedRequest));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *network = m_network->put(request, body);
    reply->setNetworkReply(network);
    // Qt reports (0, 0) for a body sent in one go; the caller sees real
    // figures only, and the full size once S3 has taken the file.
    connect(network, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64 total) {
        if (total > 0)
            Q_EMIT reply->progress(sent, total);
    });

    S3UploadResult pending;
    pending.objectUrl = target.url;
    pending.sha256 = payloadHash;
    const QString bucket = settings.bucket;
    const qint64 expires = settings.presignExpirySeconds;
    const qint64 size = body.size();
    // The presigned URL is made when the upload succeeded, with the same
    // clock and the same (in-memory) secret.
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network, pending, settings, secretKey, key, bucket, expires, size] {
                S3UploadResult result = pending;
                const int status =
                    network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300 && network->error() == QNetworkReply::NoError) {
                    const QDateTime time = m_clock();
                    result.httpStatus = status;
                    result.etag = network->rawHeader("ETag");
                    result.presignedUrl = presignGet(settings, secretKey, key, time, expires);
                    result.expiresAt = time.addSecs(expires);
                    Q_EMIT reply->progress(size, size);
                } else if (status != 0) {
                    S3UploadResult error = errorFromResponse(status, network->readAll(), bucket);
                    error.objectUrl = result.objectUrl;
                    error.sha256 = result.sha256;
                    result = error;
                } else if (network->error() == QNetworkReply::OperationCanceledError) {
                    result.error = S3UploadResult::Error::Cancelled;
                    result.message = tr("The upload was stopped.");
                } else {
                    result.error = S3UploadResult::Error::Network;
                    result.message = tr("Could not reach the storage service at %1: %2")
                                         .arg(settings.endpoint.host(), network->errorString());
                }
                finished(reply, network, result);
            });
    return reply;
}

void S3Uploader::finished(S3UploadReply *reply, QNetworkReply *network, S3UploadResult result)
{
    network->deleteLater();
    reply->setNetworkReply(nullptr);
    reply->finish(result);
}

} // namespace invsync
