#pragma once

#include "common/AsyncReply.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace invsync {

// Where files go: any S3-compatible service (AWS S3, Cloudflare R2, MinIO,
// Wasabi, Backblaze B2 ...). The secret key is not part of it: it lives in
// the secret store and is handed to upload() in memory.
struct S3Settings
{
    enum class Addressing {
        VirtualHost, // https://BUCKET.s3.REGION.amazonaws.com/KEY
        PathStyle,   // https://ENDPOINT/BUCKET/KEY (MinIO, most self-hosted)
    };

    QUrl endpoint; // e.g. https://s3.eu-west-1.amazonaws.com, http://127.0.0.1:9000
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString keyPrefix; // e.g. "invsync/"; joined to the key as is
    Addressing addressing = Addressing::VirtualHost;
    QString accessKeyId;
    qint64 presignExpirySeconds = 24 * 60 * 60; // what ShipHero gets; at most 7 days

    static constexpr qint64 MaxPresignExpirySeconds = 7 * 24 * 60 * 60;
};

struct S3UploadResult
{
    enum class Error {
        None,
        WrongCredentials, // InvalidAccessKeyId, SignatureDoesNotMatch
        NoSuchBucket,
        ClockSkew, // RequestTimeTooSkewed
        AccessDenied,
        InvalidSettings, // missing endpoint, bucket, key ...
        Network,         // no HTTP answer: refused, DNS, TLS, timeout
        ServiceError,    // any other error S3 answered with
        Cancelled,
    };

    Error error = Error::None;
    QString message; // for people; never holds the secret
    QString s3Code;  // e.g. "NoSuchBucket", when S3 gave one
    int httpStatus = 0;
    QUrl objectUrl;      // the object, without credentials
    QUrl presignedUrl;   // what ShipHero downloads
    QDateTime expiresAt; // when presignedUrl stops working
    QByteArray sha256;   // hex SHA-256 of the bytes uploaded (and signed)
    QByteArray etag;     // as S3 answered

    bool ok() const { return error == Error::None; }
};

class S3UploadReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit S3UploadReply(QObject *parent = nullptr);
    ~S3UploadReply() override;

    // For S3Uploader.
    void finish(const S3UploadResult &result);
    void setNetworkReply(QNetworkReply *reply);

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const invsync::S3UploadResult &result);

protected:
    void abortWork() override;

private:
    QPointer<QNetworkReply> m_network;
};

// PUTs a file to a bucket with a SigV4-signed request (the body's SHA-256 is
// signed, so what arrives is what was validated) and presigns a GET URL for it.
class S3Uploader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Uploader)

public:
    explicit S3Uploader(QNetworkAccessManager *network, QObject *parent = nullptr);

    S3UploadReply *upload(const S3Settings &settings, const QString &secretKey, const QString &key,
                          const QByteArray &bytes);

    // The object's URL and the presigned GET for it, without a request: for
    // a file uploaded earlier, or to show the user what will be sent.
    static QUrl objectUrl(const S3Settings &settings, const QString &key);
    static QUrl presignGet(const S3Settings &settings, const QString &secretKey, const QString &key,
                           const QDateTime &time, qint64 expiresSeconds);

    // Why the settings cannot work, or empty.
    static QString checkSettings(const S3Settings &settings, const QString &secretKey);

    // Turns an S3 error answer into a result with a message for people.
    static S3UploadResult errorFromResponse(int httpStatus, const QByteArray &body,
                                            const QString &bucket);

    // Tests sign with another clock (e.g. a skewed one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    void finished(S3UploadReply *reply, QNetworkReply *network, S3UploadResult result);

    QNetworkAccessManager *m_network;
    std::function<QDateTime()> m_clock;
    int m_timeoutMs = 120000;
};

} // namespace invsync
