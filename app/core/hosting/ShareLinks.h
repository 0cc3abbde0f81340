#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace invsync {

// Share links of the common file services point at a web page that shows
// the file; ShipHero needs the file itself. directDownload() rewrites a
// share link into the service's direct-download form; other URLs come back
// unchanged.
class ShareLinks
{
    Q_DECLARE_TR_FUNCTIONS(ShareLinks)

public:
    enum class Provider { None, Dropbox, GoogleDrive, GoogleSheets, OneDrive, SharePoint };

    struct Rewrite
    {
        QUrl url; // what to download and send
        Provider provider = Provider::None;
        bool changed = false;
        QString note; // for people: what was done, or why nothing could be
    };

    static Rewrite directDownload(const QUrl &url);
    static QString providerName(Provider provider);
};

} // namespace invsync
