#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace invsync {

// AWS Signature Version 4, as pure functions: every input (the time
// included) is a parameter, so the published AWS examples are test vectors.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html
namespace AwsSigV4 {

using Pair = std::pair<QByteArray, QByteArray>;

// The parts of a request that are signed.
struct Request
{
    QByteArray method;          // "GET", "PUT"
    QString path;               // decoded, e.g. "/test$file.text"; encoded once by canonicalUri()
    QList<Pair> query;          // decoded names and values
    QList<Pair> headers;        // every header to sign, "host" included
    QByteArray payloadHash;     // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    bool normalizePath = false; // true for most services; S3 signs the path as is
};

struct Credentials
{
    QByteArray accessKeyId;
    QByteArray secretKey; // held in memory only; never logged
    QByteArray region;
    QByteArray service;
};

constexpr const char *Algorithm = "AWS4-HMAC-SHA256";
constexpr const char *UnsignedPayload = "UNSIGNED-PAYLOAD";

// RFC 3986 percent-encoding: unreserved characters stay, everything else is
// %XX with upper-case hex; '/' stays when encodeSlash is false.
QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash = true);
QByteArray hexSha256(QByteArrayView bytes);

QByteArray amzDate(const QDateTime &time);   // 20130524T000000Z
QByteArray shortDate(const QDateTime &time); // 20130524
QByteArray credentialScope(const QDateTime &time, const Credentials &credentials);

QByteArray canonicalUri(const Request &request);
QByteArray canonicalQuery(const QList<Pair> &query);
QByteArray canonicalHeaders(const QList<Pair> &headers);
QByteArray signedHeaders(const QList<Pair> &headers);
QByteArray canonicalRequest(const Request &request);
QByteArray stringToSign(const QDateTime &time, const Credentials &credentials,
                        const QByteArray &canonicalRequest);
QByteArray signingKey(const QDateTime &time, const Credentials &credentials);
QByteArray signature(const QDateTime &time, const Credentials &credentials,
                     const Request &request); // hex
QByteArray authorizationHeader(const QDateTime &time, const Credentials &credentials,
                               const Request &request);

// The query of a presigned URL (X-Amz-Algorithm ... X-Amz-Signature) for
// `request`, whose query may already hold other parameters and whose headers
// must hold "host". The payload hash is UNSIGNED-PAYLOAD, as S3 requires.
QList<Pair> presignedQuery(const QDateTime &time, const Credentials &credentials, Request request,
                           qint64 expiresSeconds);
// presignedQuery() as an encoded query string ("X-Amz-Algorithm=...&...").
QByteArray encodeQuery(const QList<Pair> &query);

} // namespace AwsSigV4

} // namespace invsync
