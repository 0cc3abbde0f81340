#include "hosting/FileHost.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

using Header = std::pair<QByteArray, QByteArray>;

constexpr qint64 MaxTimerMs = 60 * 60 * 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    default:
        return "Status";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    default:
        return u"OTHER"_s;
    }
}

QString newToken()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words)).toHex());
}

// Anything that could climb out of or around the one path served is refused
// before matching, however it is spelled.
bool suspiciousPath(const QString &path)
{
    const QString lower = path.toLower();
    return lower.contains(u"..") || lower.contains(u"//") || lower.contains(u"%2e") ||
           lower.contains(u"%2f") || lower.contains(u"%5c") || lower.contains(u'\\') ||
           lower.contains(u"%00");
}

struct ByteRange
{
    enum class Kind { None, Satisfiable, Unsatisfiable } kind = Kind::None;
    qint64 first = 0;
    qint64 last = 0;
};

// One range of "bytes=a-b", "bytes=a-", "bytes=-n". Anything else (other
// units, several ranges, bad syntax) is ignored, as RFC 9110 allows, and the
// whole file is sent.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes="))
        return range;
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(','))
        return range;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return range;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    auto digits = [](const QByteArray &s) {
        return !s.isEmpty() && s.size() <= 18 &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (a.isEmpty()) {
        if (!digits(b))
            return range;
        const qint64 n = b.toLongLong();
        if (n == 0 || size == 0) {
            range.kind = ByteRange::Kind::Unsatisfiable;
            return range;
        }
        range.kind = ByteRange::Kind::Satisfiable;
        range.first = std::max<qint64>(0, size - n);
        range.last = size - 1;
        return range;
    }
    if (!digits(a) || (!b.isEmpty() && !digits(b)))
        return range;
    const qint64 first = a.toLongLong();
    const qint64 last = b.isEmpty() ? size - 1 : b.toLongLong();
    if (!b.isEmpty() && last < first)
        return range;
    if (first >= size) {
        range.kind = ByteRange::Kind::Unsatisfiable;
        return range;
    }
    range.kind = ByteRange::Kind::Satisfiable;
    range.first = first;
    range.last = std::min(last, size - 1);
    return range;
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        // If-None-Match compares weakly.
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

} // namespace

FileHost::FileHost(QObject *parent)
    : QAbstractHttpServer(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        purgeExpired();
        scheduleExpiry();
    });
}

FileHost::~FileHost() = default;

quint16 FileHost::listen(const QHostAddress &address, quint16 port)
{
    m_port = QAbstractHttpServer::listen(address, port);
    m_address = address;
    return m_port;
}

QUrl FileHost::baseUrl() const
{
    if (m_publicBaseUrl.isValid() && !m_publicBaseUrl.isEmpty())
        return m_publicBaseUrl;
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 ||
                     m_address == QHostAddress::AnyIPv6 || m_address.isNull();
    url.setHost(any ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    return url;
}

QString FileHost::safeFileName(const QString &fileName)
{
    QString base = fileName.section(u'/', -1).section(u'\\', -1);
    if (base.endsWith(u".csv"_s, Qt::CaseInsensitive))
        base.chop(4);
    QString safe;
    for (const QChar c : std::as_const(base)) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        safe += ok ? c : u'-';
    }
    static const QRegularExpression runs(u"[-.]{2,}"_s);
    safe.replace(runs, u"-"_s);
    while (safe.startsWith(u'-') || safe.startsWith(u'.'))
        safe.remove(0, 1);
    while (safe.endsWith(u'-') || safe.endsWith(u'.'))
        safe.chop(1);
    if (safe.isEmpty())
        safe = u"inventory"_s;
    return safe + u".csv"_s;
}

PublishedFile FileHost::publish(const QByteArray &bytes, const QString &fileName,
                                std::chrono::milliseconds expiry)
{
    Entry entry;
    entry.bytes = bytes; // the snapshot: a detached copy, immune to later edits
    entry.bytes.detach();
    entry.file.token = newToken();
    entry.file.fileName = safeFileName(fileName);
    entry.file.sha256 = QCryptographicHash::hash(entry.bytes, QCryptographicHash::Sha256).toHex();
    entry.file.size = entry.bytes.size();
    entry.etag = '"' + entry.file.sha256 + '"';
    if (expiry.count() > 0)
        entry.file.expiresAt = m_clock().addMSecs(expiry.count());

    QUrl url = baseUrl();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + entry.file.token + u'/' + entry.file.fileName);
    url.setQuery(QString());
    url.setFragment(QString());
    entry.file.url = url;

    const PublishedFile file = entry.file;
    m_files.insert(file.token, std::move(entry));
    scheduleExpiry();
    return file;
}

bool FileHost::unpublish(const QString &token)
{
    if (!m_files.remove(token))
        return false;
    scheduleExpiry();
    Q_EMIT unpublished(token, false);
    return true;
}

void FileHost::unpublishAll()
{
    const QStringList tokens = m_files.keys();
    for (const QString &token : tokens)
        unpublish(token);
}

QList<PublishedFile> FileHost::publishedFiles() const
{
    QList<PublishedFile> files;
    for (const Entry &entry : m_files)
        files.append(entry.file);
    return files;
}

void FileHost::purgeExpired()
{
    const QDateTime now = m_clock();
    QStringList expired;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->file.expiresAt.isValid() && it->file.expiresAt <= now)
            expired.append(it.key());
    }
    for (const QString &token : std::as_const(expired)) {
        m_files.remove(token);
        Q_EMIT unpublished(token, true);
    }
}

void FileHost::scheduleExpiry()
{
    QDateTime next;
    for (const Entry &entry : std::as_const(m_files)) {
        if (entry.file.expiresAt.isValid() && (!next.isValid() || entry.file.expiresAt < next))
            next = entry.file.expiresAt;
    }
    if (!next.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock().msecsTo(next), 0, MaxTimerMs);
    m_expiryTimer.start(int(wait));
}

const FileHost::Entry *FileHost::find(const QString &path, QString *token) const
{
    QString prefix = m_publicBaseUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    QString rest = path;
    if (!prefix.isEmpty() && rest.startsWith(prefix + u'/'))
        rest = rest.mid(prefix.size());
    // "/<token>/<name>"
    const QStringList parts = rest.split(u'/');
    if (parts.size() != 3 || !parts.at(0).isEmpty())
        return nullptr;
    const auto it = m_files.constFind(parts.at(1));
    if (it == m_files.cend() || it->file.fileName != parts.at(2))
        return nullptr;
    *token = it.key();
    return &*it;
}

FileHost::Answer FileHost::answer(const QHttpServerRequest &request, const QString &path,
                                  QString *token)
{
    Answer out;
    out.headers.append(Header("Content-Type", "text/plain; charset=utf-8"));
    out.body = "Not found\n";
    if (suspiciousPath(path))
        return out;
    purgeExpired();
    const Entry *entry = find(path, token);
    if (!entry)
        return out;

    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        out.status = 405;
        out.headers.append(Header("Allow", "GET, HEAD"));
        out.body = "Only GET and HEAD\n";
        return out;
    }
    out.headOnly = method == QHttpServerRequest::Method::Head;
    out.headers.clear();
    out.body.clear();
    out.headers.append(Header("ETag", entry->etag));
    out.headers.append(Header("Accept-Ranges", "bytes"));
    out.headers.append(Header("Cache-Control", "no-cache"));
    out.headers.append(Header("X-Content-Type-Options", "nosniff"));

    const QByteArray ifNoneMatch = request.value("If-None-Match");
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, entry->etag)) {
        out.status = 304;
        return out;
    }

    const qint64 size = entry->bytes.size();
    const QByteArray rangeHeader = request.value("Range");
    const ByteRange range = rangeHeader.isEmpty() ? ByteRange{} : parseRange(rangeHeader, size);
    switch (range.kind) {
    case ByteRange::Kind::Unsatisfiable:
        out.status = 416;
        out.headers.append(Header("Content-Range", "bytes */" + QByteArray::number(size)));
        return out;
    case ByteRange::Kind::Satisfiable:
        out.status = 206;
        out.headers.append(Header("Content-Type", "text/csv; charset=utf-8"));
        out.headers.append(Header("Content-Range", "bytes " + QByteArray::number(range.first) +
                                                       '-' + QByteArray::number(range.last) + '/' +
                                                       QByteArray::number(size)));
        out.body = entry->bytes.mid(range.first, range.last - range.first + 1);
        return out;
    case ByteRange::Kind::None:
        break;
    }
    out.status = 200;
    out.headers.append(Header("Content-Type", "text/csv; charset=utf-8"));
    out.body = entry->bytes;
    return out;
}

bool FileHost::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    QString token;
    const Answer reply = answer(request, path, &token);
    const qint64 sent = send(socket, reply);

    AccessLogEntry entry;
    entry.time = m_clock();
    entry.peer = socket->peerAddress();
    entry.method = methodName(request.method());
    // The token is what makes the URL private: it stays out of the log.
    static const QRegularExpression tokenLike(u"[0-9a-fA-F]{32}"_s);
    entry.path = path;
    entry.path.replace(tokenLike, u"…"_s);
    entry.token = token;
    entry.status = reply.status;
    entry.bytesSent = sent;
    Q_EMIT accessed(entry);
    return true;
}

void FileHost::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    Answer reply;
    reply.body = "Not found\n";
    send(socket, reply);
}

qint64 FileHost::send(QTcpSocket *socket, const Answer &answer)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return 0;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonPhrase(answer.status) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    // A 304 has no body and no length of one.
    if (answer.status != 304)
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    if (answer.headOnly || answer.status == 304)
        return 0;
    socket->write(answer.body);
    return answer.body.size();
}

} // namespace invsync
