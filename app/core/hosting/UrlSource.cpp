#include "hosting/UrlSource.h"

#include "hosting/ShareLinks.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

struct Download
{
    UrlSourceResult result;
    qint64 maxBytes = 0;
    qint64 total = -1; // Content-Length, when given
    bool tooLarge = false;
    bool finished = false;
};

bool isHtmlType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "text/html" || type == "application/xhtml+xml";
}

} // namespace

// --- UrlSourceReply ---------------------------------------------------------------

UrlSourceReply::UrlSourceReply(QObject *parent) : AsyncReply(parent) {}

// A reply destroyed with its source (e.g. the window closed) stops the transfer.
UrlSourceReply::~UrlSourceReply()
{
    abortWork();
}

void UrlSourceReply::finish(const UrlSourceResult &result)
{
    deliver([this, result] { Q_EMIT finished(result); });
}

void UrlSourceReply::abortWork()
{
    if (m_network) {
        QNetworkReply *network = m_network;
        m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

// --- UrlSource --------------------------------------------------------------------

UrlSource::UrlSource(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

bool UrlSource::looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed().toLower();
    for (const char *marker :
         {"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<script", "<title"}) {
        if (head.startsWith(marker))
            return true;
    }
    // An XHTML page starts with an XML declaration.
    return head.startsWith("<?xml") && bytes.left(4096).toLower().contains("<html");
}

UrlSourceReply *UrlSource::download(const UrlSourceRequest &request)
{
    auto *reply = new UrlSourceReply(this);
    auto state = std::make_shared<Download>();
    UrlSourceResult &result = state->result;
    result.requestedUrl = request.url;
    state->maxBytes = request.maxBytes;

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https")) {
        result.error = UrlSourceResult::Error::InvalidUrl;
        result.message = tr("\"%1\" is not a web address ShipHero can download from; it must "
                            "start with https:// or http://.")
                             .arg(request.url.toDisplayString());
        reply->finish(result);
        return reply;
    }
    if (!request.url.userInfo().isEmpty()) {
        result.error = UrlSourceResult::Error::NeedsCredentials;
        result.message = tr("The address contains a user name or password. ShipHero needs an "
                            "address it can download without credentials.");
        reply->finish(result);
        return reply;
    }

    result.directUrl = request.url;
    if (request.rewriteShareLinks) {
        const ShareLinks::Rewrite rewrite = ShareLinks::directDownload(request.url);
        result.directUrl = rewrite.url;
        result.shareNote = rewrite.note;
    }

    QNetworkRequest networkRequest(result.directUrl);
    // An https address that redirects to http is refused.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(request.maxRedirects);
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setRawHeader("Accept", "text/csv, text/plain;q=0.9, */*;q=0.5");
    // Cookies and stored credentials would let us see what ShipHero cannot.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute,
                                QNetworkRequest::Manual);

    QNetworkReply *network = m_network->get(networkRequest);
    reply->setNetworkReply(network);

    auto tooLarge = [state, network] {
        state->tooLarge = true;
        network->abort();
    };

    connect(network, &QNetworkReply::metaDataChanged, reply, [state, network, tooLarge] {
        const QVariant length = network->header(QNetworkRequest::ContentLengthHeader);
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A redirect's own body does not count.
        if (status < 200 || status >= 300)
            return;
        state->total = length.isValid() ? length.toLongLong() : -1;
        if (state->total > state->maxBytes)
            tooLarge();
    });
    // Progress is counted here rather than taken from downloadProgress,
    // which Qt 6.4 holds back for a slow first chunk.
    connect(network, &QNetworkReply::readyRead, reply, [reply, state, network, tooLarge] {
        if (state->tooLarge)
            return;
        state->result.bytes += network->readAll();
        if (state->result.bytes.size() > state->maxBytes) {
            tooLarge();
            return;
        }
        Q_EMIT reply->progress(state->result.bytes.size(), state->total);
    });
    connect(network, &QNetworkReply::finished, reply, [reply, network, state] {
        UrlSourceResult &r = state->result;
        network->deleteLater();
        reply->setNetworkReply(nullptr);
        if (!state->tooLarge)
            r.bytes += network->readAll();
        r.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.finalUrl = network->url();
        r.contentType = network->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QString host = r.finalUrl.host();

        if (state->tooLarge) {
            r.error = UrlSourceResult::Error::TooLarge;
            r.message = tr("The file is larger than %1 MB, the most InvSync downloads. Split "
                           "it into smaller files.")
                            .arg(double(state->maxBytes) / (1024 * 1024), 0, 'f', 1);
        } else if (r.httpStatus == 401 || r.httpStatus == 403) {
            r.error = UrlSourceResult::Error::NeedsCredentials;
            r.message = tr("%1 asks for a sign-in (HTTP %2). ShipHero downloads without "
                           "credentials: share the file publicly (\"anyone with the link\") "
                           "or choose another way to make it reachable.")
                            .arg(host)
                            .arg(r.httpStatus);
        } else if (network->error() == QNetworkReply::TooManyRedirectsError) {
            r.error = UrlSourceResult::Error::TooManyRedirects;
            r.message = tr("%1 redirected too many times.").arg(host);
        } else if (network->error() == QNetworkReply::InsecureRedirectError) {
            r.error = UrlSourceResult::Error::Network;
            r.message = tr("%1 redirected from https to an unencrypted http address; InvSync "
                           "does not follow that.")
                            .arg(host);
        } else if (r.httpStatus >= 400) {
            r.error = UrlSourceResult::Error::HttpError;
            r.message =
                tr("%1 answered HTTP %2 (%3).")
                    .arg(host)
                    .arg(r.httpStatus)
                    .arg(network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        } else if (network->error() == QNetworkReply::OperationCanceledError) {
            r.error = UrlSourceResult::Error::Cancelled;
            r.message = tr("The download was stopped.");
        } else if (network->error() != QNetworkReply::NoError || r.httpStatus == 0) {
            r.error = network->error() == QNetworkReply::AuthenticationRequiredError
                          ? UrlSourceResult::Error::NeedsCredentials
                          : UrlSourceResult::Error::Network;
            r.message = tr("Could not download from %1: %2").arg(host, network->errorString());
        } else if (isHtmlType(r.contentType) || UrlSource::looksLikeHtml(r.bytes)) {
            // Mostly a sign-in page, a "file not found" page or a virus-scan notice.
            r.error = UrlSourceResult::Error::HtmlPage;
            r.message = tr("%1 sent a web page, not a CSV file. It is usually a sign-in page: "
                           "the file is not shared publicly, or the link opens a viewer. Share "
                           "it with \"anyone with the link\" or use a direct download link.")
                            .arg(host);
        }
        if (!r.ok())
            r.bytes.clear();
        reply->finish(r);
    });
    return reply;
}

} // namespace invsync
