#include "hosting/AwsSigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync::AwsSigV4 {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Removes "." and ".." segments and empty segments, as the general SigV4
// rules ask (S3 excepted).
QString normalizedPath(const QString &path)
{
    QStringList out;
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(segment);
    }
    QString result = u"/"_s + out.join(u'/');
    if (path.endsWith(u'/') && result.size() > 1)
        result += u'/';
    return result;
}

QByteArray trimmedValue(const QByteArray &value)
{
    // Leading and trailing space removed, inner runs of spaces folded.
    return value.simplified();
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    return out;
}

QByteArray hexSha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray shortDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd"_s).toLatin1();
}

QByteArray credentialScope(const QDateTime &time, const Credentials &credentials)
{
    return shortDate(time) + '/' + credentials.region + '/' + credentials.service + "/aws4_request";
}

QByteArray canonicalUri(const Request &request)
{
    QString path = request.path.isEmpty() ? u"/"_s : request.path;
    if (request.normalizePath)
        path = normalizedPath(path);
    return uriEncode(path.toUtf8(), false);
}

QByteArray canonicalQuery(const QList<Pair> &query)
{
    QList<Pair> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append(Pair(uriEncode(name), uriEncode(value)));
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

namespace {

// Lower-case names, sorted, values of repeated headers joined by commas.
QList<Pair> sortedHeaders(const QList<Pair> &headers)
{
    QList<Pair> merged;
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.trimmed().toLower();
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&key](const Pair &p) { return p.first == key; });
        if (it == merged.end())
            merged.append(Pair(key, trimmedValue(value)));
        else
            it->second += ',' + trimmedValue(value);
    }
    std::sort(merged.begin(), merged.end(),
              [](const Pair &a, const Pair &b) { return a.first < b.first; });
    return merged;
}

} // namespace

QByteArray canonicalHeaders(const QList<Pair> &headers)
{
    QByteArray out;
    for (const auto &[name, value] : sortedHeaders(headers))
        out += name + ':' + value + '\n';
    return out;
}

QByteArray signedHeaders(const QList<Pair> &headers)
{
    QByteArray out;
    for (const auto &header : sortedHeaders(headers)) {
        if (!out.isEmpty())
            out += ';';
        out += header.first;
    }
    return out;
}

QByteArray canonicalRequest(const Request &request)
{
    return request.method + '\n' + canonicalUri(request) + '\n' + canonicalQuery(request.query) +
           '\n' + canonicalHeaders(request.headers) + '\n' + signedHeaders(request.headers) + '\n' +
           request.payloadHash;
}

QByteArray stringToSign(const QDateTime &time, const Credentials &credentials,
                        const QByteArray &canonicalRequest)
{
    return QByteArray(Algorithm) + '\n' + amzDate(time) + '\n' +
           credentialScope(time, credentials) + '\n' + hexSha256(canonicalRequest);
}

QByteArray signingKey(const QDateTime &time, const Credentials &credentials)
{
    const QByteArray dateKey = hmac("AWS4" + credentials.secretKey, shortDate(time));
    const QByteArray regionKey = hmac(dateKey, credentials.region);
    const QByteArray serviceKey = hmac(regionKey, credentials.service);
    return hmac(serviceKey, "aws4_request");
}

QByteArray signature(const QDateTime &time, const Credentials &credentials, const Request &request)
{
    return hmac(signingKey(time, credentials),
                stringToSign(time, credentials, canonicalRequest(request)))
        .toHex();
}

QByteArray authorizationHeader(const QDateTime &time, const Credentials &credentials,
                               const Request &request)
{
    return QByteArray(Algorithm) + " Credential=" + credentials.accessKeyId + '/' +
           credentialScope(time, credentials) +
           ", SignedHeaders=" + signedHeaders(request.headers) +
           ", Signature=" + signature(time, credentials, request);
}

QList<Pair> presignedQuery(const QDateTime &time, const Credentials &credentials, Request request,
                           qint64 expiresSeconds)
{
    request.payloadHash = UnsignedPayload;
    request.query.append(Pair("X-Amz-Algorithm", Algorithm));
    request.query.append(
        {"X-Amz-Credential", credentials.accessKeyId + '/' + credentialScope(time, credentials)});
    request.query.append(Pair("X-Amz-Date", amzDate(time)));
    request.query.append(Pair("X-Amz-Expires", QByteArray::number(expiresSeconds)));
    request.query.append(Pair("X-Amz-SignedHeaders", signedHeaders(request.headers)));
    QList<Pair> query = request.query;
    query.append(Pair("X-Amz-Signature", signature(time, credentials, request)));
    return query;
}

QByteArray encodeQuery(const QList<Pair> &query)
{
    QByteArray out;
    for (const auto &[name, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += uriEncode(name) + '=' + uriEncode(value);
    }
    return out;
}

} // namespace invsync::AwsSigV4
