#include "hosting/ShareLinks.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

bool hostIs(const QUrl &url, const QString &domain)
{
    const QString host = url.host().toLower();
    return host == domain || host.endsWith(u'.' + domain);
}

QUrl googleDriveDownload(const QString &id, const QUrlQuery &original)
{
    QUrl url(u"https://drive.google.com/uc"_s);
    QUrlQuery query;
    query.addQueryItem(u"export"_s, u"download"_s);
    query.addQueryItem(u"id"_s, id);
    // Files shared before 2021 need their resource key.
    if (original.hasQueryItem(u"resourcekey"_s))
        query.addQueryItem(u"resourcekey"_s, original.queryItemValue(u"resourcekey"_s));
    url.setQuery(query);
    return url;
}

// OneDrive's documented way to reach a shared item without signing in:
// https://api.onedrive.com/v1.0/shares/u!<base64url of the link>/root/content
QUrl oneDriveSharesApi(const QUrl &share)
{
    const QByteArray encoded =
        share.toEncoded().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"api.onedrive.com"_s);
    url.setPath(u"/v1.0/shares/u!"_s + QString::fromLatin1(encoded) + u"/root/content"_s);
    return url;
}

} // namespace

QString ShareLinks::providerName(Provider provider)
{
    switch (provider) {
    case Provider::None:
        return {};
    case Provider::Dropbox:
        return u"Dropbox"_s;
    case Provider::GoogleDrive:
        return u"Google Drive"_s;
    case Provider::GoogleSheets:
        return u"Google Sheets"_s;
    case Provider::OneDrive:
        return u"OneDrive"_s;
    case Provider::SharePoint:
        return u"SharePoint"_s;
    }
    return {};
}

ShareLinks::Rewrite ShareLinks::directDownload(const QUrl &url)
{
    Rewrite out;
    out.url = url;
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return out;
    const QString path = url.path();
    const QUrlQuery query(url);

    if (hostIs(url, u"dropbox.com"_s) &&
        (path.startsWith(u"/s/") || path.startsWith(u"/scl/fi/") || path.startsWith(u"/scl/fo/"))) {
        out.provider = Provider::Dropbox;
        QUrlQuery direct(query);
        direct.removeAllQueryItems(u"dl"_s);
        direct.removeAllQueryItems(u"raw"_s);
        direct.addQueryItem(u"dl"_s, u"1"_s);
        QUrl rewritten = url;
        rewritten.setScheme(u"https"_s);
        rewritten.setQuery(direct);
        out.url = rewritten;
        out.note = tr("Dropbox share link: asking for the file itself (dl=1).");
    } else if (hostIs(url, u"drive.google.com"_s)) {
        out.provider = Provider::GoogleDrive;
        static const QRegularExpression fileId(u"^/file/d/([A-Za-z0-9_-]+)"_s);
        const QRegularExpressionMatch match = fileId.match(path);
        QString id;
        if (match.hasMatch())
            id = match.captured(1);
        else if ((path == u"/open" || path == u"/uc") && query.hasQueryItem(u"id"_s))
            id = query.queryItemValue(u"id"_s);
        if (!id.isEmpty()) {
            out.url = googleDriveDownload(id, query);
            out.note = tr("Google Drive share link: using its direct download form. The file "
                          "must be shared with \"Anyone with the link\".");
        } else {
            out.note = tr("This Google Drive link does not name a single file.");
        }
    } else if (url.host().toLower() == u"docs.google.com") {
        static const QRegularExpression sheet(u"^/spreadsheets/d/([A-Za-z0-9_-]+)"_s);
        const QRegularExpressionMatch match = sheet.match(path);
        if (match.hasMatch() && !path.contains(u"/export")) {
            out.provider = Provider::GoogleSheets;
            QUrl rewritten(u"https://docs.google.com"_s);
            rewritten.setPath(u"/spreadsheets/d/"_s + match.captured(1) + u"/export"_s);
            QUrlQuery exportQuery;
            exportQuery.addQueryItem(u"format"_s, u"csv"_s);
            static const QRegularExpression gid(u"gid=([0-9]+)"_s);
            const QRegularExpressionMatch gidMatch = gid.match(url.fragment() + u'&' + url.query());
            if (gidMatch.hasMatch())
                exportQuery.addQueryItem(u"gid"_s, gidMatch.captured(1));
            rewritten.setQuery(exportQuery);
            out.url = rewritten;
            out.note = tr("Google Sheets link: downloading the sheet as CSV.");
        }
    } else if (url.host().toLower() == u"1drv.ms") {
        out.provider = Provider::OneDrive;
        out.url = oneDriveSharesApi(url);
        out.note = tr("OneDrive share link: using OneDrive's direct download address for "
                      "shared files.");
    } else if (url.host().toLower() == u"onedrive.live.com") {
        out.provider = Provider::OneDrive;
        if (path.startsWith(u"/download")) {
            // Already direct.
        } else if (query.hasQueryItem(u"resid"_s)) {
            QUrl rewritten = url;
            rewritten.setPath(u"/download"_s);
            QUrlQuery direct;
            for (const QString &name : {u"cid"_s, u"resid"_s, u"authkey"_s}) {
                if (query.hasQueryItem(name))
                    direct.addQueryItem(name, query.queryItemValue(name, QUrl::FullyEncoded));
            }
            rewritten.setQuery(direct);
            rewritten.setFragment(QString());
            out.url = rewritten;
            out.note = tr("OneDrive link: asking for the file itself.");
        } else {
            out.url = oneDriveSharesApi(url);
            out.note = tr("OneDrive share link: using OneDrive's direct download address for "
                          "shared files.");
        }
    } else if (hostIs(url, u"sharepoint.com"_s)) {
        out.provider = Provider::SharePoint;
        QUrlQuery direct(query);
        direct.removeAllQueryItems(u"download"_s);
        direct.addQueryItem(u"download"_s, u"1"_s);
        QUrl rewritten = url;
        rewritten.setQuery(direct);
        out.url = rewritten;
        out.note = tr("SharePoint link: asking for the file itself (download=1). It works only "
                      "when the link is shared with anyone.");
    }
    out.changed = out.url != url;
    return out;
}

} // namespace invsync
