#pragma once

#include <QDateTime>
#include <QFrame>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <array>
#include <memory>
#include <optional>

namespace Ui {
class ReachPanel;
}

namespace invsync {

class DocumentSession;
class HostingService;
class S3UploadReply;
class SecretReply;
struct AccessLogEntry;
struct S3UploadResult;

// Step 3 of the upload journey, "Reach": makes the current document
// reachable by a URL ShipHero can download without credentials, one of three
// ways (the choice is remembered in Settings):
//  - Link: the URL the document was downloaded from (OpenUrlDialog), sent
//    as is; offered only while the document is exactly what was downloaded.
//  - This computer: a snapshot of the document's clean bytes on the built-in
//    host, with the access log showing when the file was fetched.
//  - S3 storage: the clean bytes uploaded, and a presigned GET URL.
// A URL made for one version of the document stops being offered when the
// document is edited (and comes back on undo): ShipHero always gets exactly
// the bytes that were checked.
class ReachPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Method { Link, Host, S3 };

    explicit ReachPanel(QWidget *parent = nullptr);
    ~ReachPanel() override;

    // The shared host, uploader and secret store; the panel does nothing
    // until it has one.
    void setHostingService(HostingService *service);
    HostingService *hostingService() const;

    // The document to make reachable (UploadPage calls it on every change).
    void setSession(DocumentSession *session);
    // This document was opened from `directUrl` (OpenUrlDialog) and is, until
    // edited, exactly the bytes found there: "Link" becomes available and is
    // selected for it.
    void setReference(DocumentSession *session, const QUrl &directUrl, const QString &note = {});

    Method method() const { return m_method; }
    // Selects a way, as a click on its button does (and remembers it).
    void setMethod(Method method);

    // What the Submit step sends, and how it was made ("link", "host",
    // "s3"); empty while the current document has no URL for the chosen way.
    QUrl reachableUrl() const;
    QString reachableMethod() const;

    // Publishes or uploads the current document with the chosen way.
    void makeReachable();
    void cancel();
    bool isBusy() const;
    // The batch finished (or the user is done): the built-in host stops
    // serving this panel's files.
    void stopServing();

    static QString methodName(Method method);
    static std::optional<Method> methodFromName(const QString &name);

Q_SIGNALS:
    // The URL for the current document changed: made, invalidated by an
    // edit, expired, or a new document. url is empty when there is none.
    void reachableChanged(const QUrl &url, const QString &method);
    // The built-in host answered a download of this panel's file.
    void fileDownloaded(const QDateTime &time, qint64 bytes);
    void statusMessage(const QString &message);

private:
    struct Reached
    {
        QUrl url;
        int undoIndex = 0;
        QString token; // the built-in host's
        QDateTime expiresAt;
        qint64 size = 0;
    };

    std::optional<Reached> &reached(Method method) { return m_reached[size_t(method)]; }
    const std::optional<Reached> &reached(Method method) const { return m_reached[size_t(method)]; }
    bool isCurrent(const std::optional<Reached> &reached) const;
    QByteArray documentBytes() const;
    QString documentName() const;

    void publishOnHost();
    void uploadToS3();
    void startS3Upload(const QString &secret);
    void onS3Finished(const S3UploadResult &result);
    void onAccessed(const AccessLogEntry &entry);
    void onUnpublished(const QString &token, bool expired);
    void openSettings();
    void clearResults();
    void showError(const QString &message);
    void refresh();
    void emitIfChanged();

    std::unique_ptr<Ui::ReachPanel> m_ui;
    QPointer<HostingService> m_service;
    QPointer<DocumentSession> m_session;
    Method m_method = Method::Host;

    QPointer<DocumentSession> m_referenceSession;
    QUrl m_referenceUrl;
    QString m_referenceNote;
    int m_referenceIndex = 0;

    std::array<std::optional<Reached>, 3> m_reached;
    QSet<QString> m_tokens; // published by this panel: their requests are logged
    QString m_notice;       // why an earlier URL is gone
    QPointer<S3UploadReply> m_upload;
    QPointer<SecretReply> m_secretRead;
    QByteArray m_uploadBytes;
    int m_uploadIndex = 0;

    QUrl m_emittedUrl;
    QString m_emittedMethod;
};

} // namespace invsync
