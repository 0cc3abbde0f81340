#pragma once

#include "common/AsyncReply.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace invsync {

// What to fetch and within which limits.
struct UrlSourceRequest
{
    QUrl url;                            // as the user pasted it
    bool rewriteShareLinks = true;       // Dropbox, Google Drive, OneDrive ...
    qint64 maxBytes = 100 * 1024 * 1024; // larger files are refused, not truncated
    int maxRedirects = 10;
    int timeoutMs = 60000; // without a byte received
};

struct UrlSourceResult
{
    enum class Error {
        None,
        InvalidUrl,
        NeedsCredentials, // 401/403, or a sign-in page: ShipHero could not fetch it either
        HtmlPage,         // a web page rather than a CSV file
        TooLarge,
        HttpError, // any other HTTP error status
        Network,   // no HTTP answer: refused, DNS, TLS, timeout
        TooManyRedirects,
        Cancelled,
    };

    Error error = Error::None;
    QString message;   // for people
    QUrl requestedUrl; // as given
    QUrl directUrl;    // after share-link rewriting: the URL to give ShipHero
    QUrl finalUrl;     // after redirects: where the bytes came from
    QString shareNote; // what the share-link rewriting did, for people
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray bytes; // the file, exactly as downloaded

    bool ok() const { return error == Error::None; }
};

class UrlSourceReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit UrlSourceReply(QObject *parent = nullptr);
    ~UrlSourceReply() override;

    // For UrlSource.
    void finish(const UrlSourceResult &result);
    void setNetworkReply(QNetworkReply *reply) { m_network = reply; }

Q_SIGNALS:
    // total is -1 while unknown.
    void progress(qint64 received, qint64 total);
    void finished(const invsync::UrlSourceResult &result);

protected:
    void abortWork() override;

private:
    QPointer<QNetworkReply> m_network;
};

// Downloads a file the user refers to by URL, so it can be previewed and
// validated before the same URL is given to ShipHero. It refuses what
// ShipHero could not use: a URL that asks for credentials, or a web page.
class UrlSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlSource)

public:
    explicit UrlSource(QNetworkAccessManager *network, QObject *parent = nullptr);

    UrlSourceReply *download(const UrlSourceRequest &request);

    // True when the bytes look like an HTML document rather than CSV.
    static bool looksLikeHtml(const QByteArray &bytes);

private:
    QNetworkAccessManager *m_network;
};

} // namespace invsync
