#pragma once

#include "hosting/UrlSource.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class OpenUrlDialog;
}

namespace invsync {

// File ▸ Open URL…: the user pastes a link, sees the direct-download link
// that will be sent, and InvSync downloads it (progress, Stop). What
// ShipHero could not download either (a sign-in, a web page, a file too
// large) is refused here, with the reason. On success the dialog hands the
// bytes exactly as downloaded to its owner and closes.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenUrlDialog(UrlSource *source, QWidget *parent = nullptr);
    ~OpenUrlDialog() override;

    void setUrl(const QString &url);
    // Starts the download of the URL in the field.
    void download();
    void stop();
    bool isDownloading() const { return m_reply != nullptr; }
    // The last download's result (bytes included on success).
    const UrlSourceResult &downloadResult() const { return m_result; }
    // Files larger than this are refused (UrlSourceRequest's default otherwise).
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    // A file name for the downloaded document: the URL's last path segment
    // when it looks like one, else "download.csv".
    static QString nameFor(const UrlSourceResult &result);

Q_SIGNALS:
    // Open `bytes` as a document (DocumentLoader::loadBytes) named `name`;
    // it is reachable by reference at `directUrl` while unedited.
    void downloaded(const QByteArray &bytes, const QUrl &directUrl, const QString &name,
                    const QString &note);

private:
    void updatePreview();
    void onFinished(const UrlSourceResult &result);
    void setDownloading(bool downloading);

    std::unique_ptr<Ui::OpenUrlDialog> m_ui;
    QPointer<UrlSource> m_source;
    QPushButton *m_downloadButton;
    QPointer<UrlSourceReply> m_reply;
    UrlSourceResult m_result;
    qint64 m_maxBytes = UrlSourceRequest().maxBytes;
};

} // namespace invsync
