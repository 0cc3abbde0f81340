#include "gui/ReachPanel.h"
#include "ui_ReachPanel.h"

#include "gui/DocumentSession.h"
#include "gui/HostingService.h"
#include "gui/HostingSettingsDialog.h"
#include "gui/SeverityStyle.h"
#include "hosting/FileHost.h"
#include "hosting/S3Uploader.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

enum LogColumn { TimeColumn, FromColumn, RequestColumn, StatusColumn, BytesColumn, LogColumnCount };

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), u"HH:mm:ss"_s);
}

QString peerText(const QHostAddress &peer)
{
    bool ok = false;
    const quint32 v4 = peer.toIPv4Address(&ok); // "::ffff:127.0.0.1" reads better as 127.0.0.1
    return ok ? QHostAddress(v4).toString() : peer.toString();
}

bool isLoopbackUrl(const QUrl &url)
{
    const QHostAddress host(url.host());
    return url.host() == u"localhost"_s || host.isLoopback();
}

} // namespace

ReachPanel::ReachPanel(QWidget *parent) : QFrame(parent), m_ui(new Ui::ReachPanel)
{
    m_ui->setupUi(this);
    SeverityStyle::setTone(m_ui->errorLabel, SeverityStyle::Tone::Error);
    SeverityStyle::setTone(m_ui->downloadedLabel, SeverityStyle::Tone::Success);
    setObjectName(u"reachPanel"_s);

    QTableWidget *log = m_ui->accessLogTable;
    log->setColumnCount(LogColumnCount);
    log->setHorizontalHeaderLabels(
        {tr("Time"), tr("From"), tr("Request"), tr("Status"), tr("Bytes")});
    log->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    log->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    log->setColumnWidth(TimeColumn, 80);
    log->setColumnWidth(FromColumn, 120);
    log->setColumnWidth(RequestColumn, 260);
    log->setColumnWidth(StatusColumn, 60);
    m_ui->progressRow->hide();
    m_ui->uploadProgress->setTextVisible(true);
    // As tall as its content: the preview above keeps the rest of the page.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    if (const auto saved =
            methodFromName(Settings::instance()->value(Settings::Key::ReachMethod).toString()))
        m_method = *saved;
    m_ui->linkRadio->setChecked(m_method == Method::Link);
    m_ui->hostRadio->setChecked(m_method == Method::Host);
    m_ui->s3Radio->setChecked(m_method == Method::S3);
    // clicked, not toggled: only the user's choice is remembered.
    connect(m_ui->linkRadio, &QRadioButton::clicked, this, [this] { setMethod(Method::Link); });
    connect(m_ui->hostRadio, &QRadioButton::clicked, this, [this] { setMethod(Method::Host); });
    connect(m_ui->s3Radio, &QRadioButton::clicked, this, [this] { setMethod(Method::S3); });

    connect(m_ui->reachButton, &QPushButton::clicked, this, &ReachPanel::makeReachable);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReachPanel::cancel);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ReachPanel::stopServing);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &ReachPanel::openSettings);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->urlEdit->text());
        Q_EMIT statusMessage(tr("Copied the URL to the clipboard."));
    });
    refresh();
}

ReachPanel::~ReachPanel()
{
    if (m_upload)
        m_upload->cancel();
    if (m_secretRead)
        m_secretRead->cancel();
}

QString ReachPanel::methodName(Method method)
{
    switch (method) {
    case Method::Link:
        return u"link"_s;
    case Method::Host:
        return u"host"_s;
    case Method::S3:
        return u"s3"_s;
    }
    return {};
}

std::optional<ReachPanel::Method> ReachPanel::methodFromName(const QString &name)
{
    for (const Method method : {Method::Link, Method::Host, Method::S3}) {
        if (methodName(method) == name)
            return method;
    }
    return std::nullopt;
}

HostingService *ReachPanel::hostingService() const
{
    return m_service;
}

void ReachPanel::setHostingService(HostingService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        m_service->fileHost()->disconnect(this);
    m_service = service;
    if (service) {
        connect(service->fileHost(), &FileHost::accessed, this, &ReachPanel::onAccessed);
        connect(service->fileHost(), &FileHost::unpublished, this, &ReachPanel::onUnpublished);
    }
    refresh();
}

void ReachPanel::setSession(DocumentSession *session)
{
    if (m_session == session)
        return;
    cancel();
    if (m_session)
        m_session->undoStack()->disconnect(this);
    m_session = session;
    clearResults();
    if (session) {
        // An edit makes an earlier URL stale; its undo makes it current again.
        connect(session->undoStack(), &QUndoStack::indexChanged, this, [this] {
            m_notice.clear();
            refresh();
        });
        // A document opened from a link: that is the way to send it. Any
        // other document starts with the way the user chose last.
        const auto preferred =
            methodFromName(Settings::instance()->value(Settings::Key::ReachMethod).toString());
        m_method = session == m_referenceSession ? Method::Link : preferred.value_or(Method::Host);
        m_ui->linkRadio->setChecked(m_method == Method::Link);
        m_ui->hostRadio->setChecked(m_method == Method::Host);
        m_ui->s3Radio->setChecked(m_method == Method::S3);
    }
    refresh();
}

void ReachPanel::setReference(DocumentSession *session, const QUrl &directUrl, const QString &note)
{
    m_referenceSession = session;
    m_referenceUrl = directUrl;
    m_referenceNote = note;
    m_referenceIndex = session ? session->undoStack()->index() : 0;
    if (session && session == m_session) {
        m_method = Method::Link;
        m_ui->linkRadio->setChecked(true);
    }
    refresh();
}

void ReachPanel::setMethod(Method method)
{
    m_method = method;
    m_ui->linkRadio->setChecked(method == Method::Link);
    m_ui->hostRadio->setChecked(method == Method::Host);
    m_ui->s3Radio->setChecked(method == Method::S3);
    Settings::instance()->setValue(Settings::Key::ReachMethod, methodName(method));
    m_ui->errorLabel->clear();
    refresh();
}

bool ReachPanel::isCurrent(const std::optional<Reached> &reached) const
{
    return reached && m_session && m_session->undoStack()->index() == reached->undoIndex;
}

QUrl ReachPanel::reachableUrl() const
{
    if (!m_session)
        return {};
    if (m_method == Method::Link)
        return m_session == m_referenceSession &&
                       m_session->undoStack()->index() == m_referenceIndex
                   ? m_referenceUrl
                   : QUrl();
    const std::optional<Reached> &r = reached(m_method);
    return isCurrent(r) ? r->url : QUrl();
}

QString ReachPanel::reachableMethod() const
{
    return reachableUrl().isEmpty() ? QString() : methodName(m_method);
}

bool ReachPanel::isBusy() const
{
    return m_upload || m_secretRead;
}

QByteArray ReachPanel::documentBytes() const
{
    // The clean UTF-8 bytes Save As writes: what was checked is what is sent.
    return m_session ? m_session->document().toCsv() : QByteArray();
}

QString ReachPanel::documentName() const
{
    if (!m_session)
        return {};
    const QString name = QFileInfo(m_session->filePath()).fileName();
    return name.isEmpty() ? u"inventory.csv"_s : name;
}

void ReachPanel::makeReachable()
{
    if (!m_session || !m_service || isBusy())
        return;
    m_ui->errorLabel->clear();
    m_notice.clear();
    switch (m_method) {
    case Method::Link:
        break; // nothing to do: the link is the URL
    case Method::Host:
        publishOnHost();
        break;
    case Method::S3:
        uploadToS3();
        break;
    }
    refresh();
}

void ReachPanel::publishOnHost()
{
    const QString error = m_service->ensureListening();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    FileHost *host = m_service->fileHost();
    // A new snapshot replaces this panel's earlier one of the same document.
    if (const auto &old = reached(Method::Host); old && !old->token.isEmpty())
        host->unpublish(old->token);
    const QByteArray bytes = documentBytes();
    const PublishedFile file = host->publish(bytes, documentName(), HostingService::serveTime());
    m_tokens.insert(file.token);
    reached(Method::Host) =
        Reached{file.url, m_session->undoStack()->index(), file.token, file.expiresAt, file.size};
    m_ui->downloadedLabel->clear();
    m_ui->accessLogTable->setRowCount(0);
    Q_EMIT statusMessage(tr("Serving %1 from this computer.").arg(file.fileName));
}

void ReachPanel::uploadToS3()
{
    const S3Settings settings = HostingService::s3Settings();
    // The secret is checked later: it is read from the secret store first.
    const QString problem = S3Uploader::checkSettings(settings, u"-"_s);
    if (!problem.isEmpty()) {
        showError(tr("%1 Fix it in Hosting Settings.").arg(problem));
        return;
    }
    m_uploadBytes = documentBytes();
    m_uploadIndex = m_session->undoStack()->index();
    if (!m_service->secrets()) {
        showError(tr("No secret store is available for the S3 secret key."));
        return;
    }
    m_ui->progressRow->show();
    m_ui->progressLabel->setText(tr("Reading the S3 secret key…"));
    m_ui->uploadProgress->setRange(0, 0);
    m_secretRead = m_service->secrets()->read(HostingService::s3SecretKeyName());
    connect(m_secretRead, &SecretReply::finished, this, [this](const SecretResult &result) {
        m_secretRead = nullptr;
        if (result.status == SecretResult::Status::NotFound ||
            (result.ok() && result.value.isEmpty())) {
            m_ui->progressRow->hide();
            showError(tr("No S3 secret key is stored. Enter it in Hosting Settings, then make "
                         "the file reachable again."));
            refresh();
            return;
        }
        if (!result.ok()) {
            m_ui->progressRow->hide();
            showError(tr("The S3 secret key could not be read: %1").arg(result.message));
            refresh();
            return;
        }
        startS3Upload(result.value);
    });
}

void ReachPanel::startS3Upload(const QString &secret)
{
    const S3Settings settings = HostingService::s3Settings();
    // The content's hash in the key: a later version never overwrites an
    // object whose URL was already given out.
    const QByteArray hash =
        QCryptographicHash::hash(m_uploadBytes, QCryptographicHash::Sha256).toHex().left(16);
    const QString key = QString::fromLatin1(hash) + u'/' + FileHost::safeFileName(documentName());
    m_ui->progressLabel->setText(tr("Uploading to %1…").arg(settings.bucket));
    m_ui->uploadProgress->setRange(0, 1000);
    m_ui->uploadProgress->setValue(0);
    m_upload = m_service->s3Uploader()->upload(settings, secret, key, m_uploadBytes);
    connect(m_upload, &S3UploadReply::progress, this, [this, settings](qint64 sent, qint64 total) {
        m_ui->uploadProgress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
        // Sent is not stored: the service still has to confirm it.
        if (total > 0 && sent >= total)
            m_ui->progressLabel->setText(
                tr("Sent; waiting for %1 to confirm…").arg(settings.bucket));
    });
    connect(m_upload, &S3UploadReply::finished, this, &ReachPanel::onS3Finished);
    refresh();
}

void ReachPanel::onS3Finished(const S3UploadResult &result)
{
    m_upload = nullptr;
    m_ui->progressRow->hide();
    if (!result.ok()) {
        showError(result.message);
    } else {
        reached(Method::S3) =
            Reached{result.presignedUrl, m_uploadIndex, {}, result.expiresAt, m_uploadBytes.size()};
        Q_EMIT statusMessage(tr("Uploaded %1 to S3 storage.").arg(documentName()));
    }
    m_uploadBytes.clear();
    refresh();
}

void ReachPanel::cancel()
{
    const bool wasBusy = isBusy();
    if (m_upload)
        m_upload->cancel();
    if (m_secretRead)
        m_secretRead->cancel();
    m_upload = nullptr;
    m_secretRead = nullptr;
    m_uploadBytes.clear();
    m_ui->progressRow->hide();
    if (wasBusy)
        Q_EMIT statusMessage(tr("Stopped the upload."));
    refresh();
}

void ReachPanel::stopServing()
{
    std::optional<Reached> &host = reached(Method::Host);
    if (!host)
        return;
    const QString token = host->token;
    host.reset();
    if (m_service && !token.isEmpty())
        m_service->fileHost()->unpublish(token);
    m_notice = tr("This computer no longer serves the file.");
    refresh();
}

void ReachPanel::onAccessed(const AccessLogEntry &entry)
{
    if (entry.token.isEmpty() || !m_tokens.contains(entry.token))
        return;
    QTableWidget *log = m_ui->accessLogTable;
    const int row = log->rowCount();
    log->insertRow(row);
    const QStringList cells = {shortTime(entry.time), peerText(entry.peer),
                               entry.method + u' ' + entry.path, QString::number(entry.status),
                               QLocale().formattedDataSize(entry.bytesSent)};
    for (int column = 0; column < LogColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == TimeColumn)
            item->setToolTip(QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat));
        log->setItem(row, column, item);
    }
    log->scrollToBottom();

    const std::optional<Reached> &host = reached(Method::Host);
    const bool download = entry.method == u"GET"_s && (entry.status == 200 || entry.status == 206);
    if (download && host && host->token == entry.token) {
        m_ui->downloadedLabel->setText(
            tr("ShipHero downloaded the file at %1 (%2).")
                .arg(QLocale().toString(entry.time.toLocalTime().time(), u"HH:mm"_s),
                     QLocale().formattedDataSize(entry.bytesSent)));
        m_ui->downloadedLabel->setToolTip(
            tr("From %1 at %2")
                .arg(peerText(entry.peer),
                     QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat)));
        Q_EMIT fileDownloaded(entry.time, entry.bytesSent);
        refresh();
    }
}

void ReachPanel::onUnpublished(const QString &token, bool expired)
{
    std::optional<Reached> &host = reached(Method::Host);
    if (!host || host->token != token)
        return;
    host.reset();
    m_notice = expired ? tr("The serving time ended: this computer no longer serves the file. "
                            "Make it reachable again if ShipHero still needs it.")
                       : tr("This computer no longer serves the file.");
    refresh();
}

void ReachPanel::openSettings()
{
    if (!m_service)
        return;
    auto *dialog = new HostingSettingsDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_service)
            m_service->applySettings();
        refresh();
    });
    dialog->open();
}

void ReachPanel::clearResults()
{
    for (std::optional<Reached> &r : m_reached)
        r.reset();
    m_notice.clear();
    m_ui->errorLabel->clear();
    m_ui->downloadedLabel->clear();
    m_ui->accessLogTable->setRowCount(0);
}

void ReachPanel::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
}

void ReachPanel::refresh()
{
    const bool busy = isBusy();
    const bool hasDocument = m_session != nullptr;
    const QUrl url = reachableUrl();
    const std::optional<Reached> &made =
        m_method == Method::Link ? std::nullopt : reached(m_method);
    const bool stale = made && !isCurrent(made);

    QString hint;
    switch (m_method) {
    case Method::Link:
        if (!hasDocument)
            hint = tr("Open a file first.");
        else if (m_session != m_referenceSession)
            hint = tr("This document was not opened from a link. Use File ▸ Open URL… to check a "
                      "file at a link, or choose another way.");
        else if (url.isEmpty())
            hint = tr("The document was edited after it was downloaded: the link still serves "
                      "the original. Undo the edits, or choose another way to send the edited "
                      "file.");
        else
            hint = m_referenceNote.isEmpty()
                       ? tr("ShipHero downloads the file from its link, exactly as checked here.")
                       : m_referenceNote;
        break;
    case Method::Host: {
        hint = tr("The checked file is served from this computer until its batch has finished "
                  "or the serving time ends.");
        const QUrl base = m_service ? m_service->fileHost()->publicBaseUrl() : QUrl();
        const QString setting =
            Settings::instance()->value(Settings::Key::HostPublicBaseUrl).toString().trimmed();
        const QString address =
            Settings::instance()->value(Settings::Key::HostBindAddress).toString().trimmed();
        const bool loopback = setting.isEmpty()
                                  ? (address.isEmpty() || QHostAddress(address).isLoopback())
                                  : isLoopbackUrl(QUrl(setting));
        if (loopback || base.isEmpty())
            hint +=
                u' ' + (loopback ? tr("ShipHero must be able to reach this address; 127.0.0.1 only "
                                      "works with the sandbox.")
                                 : tr("ShipHero must be able to reach this address."));
        break;
    }
    case Method::S3:
        hint = HostingService::s3Settings().bucket.isEmpty()
                   ? tr("Set up S3 storage in Hosting Settings first: endpoint, bucket and keys.")
                   : tr("The checked file is uploaded to the bucket \"%1\"; ShipHero gets a link "
                        "that works for a limited time.")
                         .arg(HostingService::s3Settings().bucket);
        break;
    }
    if (stale)
        hint = tr("The document changed after it was made reachable: the URL still serves the "
                  "earlier version. Make it reachable again to send this one.");
    if (!m_notice.isEmpty())
        hint = m_notice;
    m_ui->methodHint->setText(hint);

    m_ui->linkRadio->setEnabled(!busy);
    m_ui->hostRadio->setEnabled(!busy);
    m_ui->s3Radio->setEnabled(!busy);
    m_ui->reachButton->setVisible(m_method != Method::Link);
    m_ui->reachButton->setEnabled(hasDocument && m_service && !busy);
    m_ui->reachButton->setText(made && !stale ? tr("Make Reachable Again") : tr("Make Reachable"));
    m_ui->settingsButton->setEnabled(m_service != nullptr);

    m_ui->resultRow->setVisible(!url.isEmpty());
    m_ui->urlEdit->setText(url.toString(QUrl::FullyEncoded));
    m_ui->urlEdit->setCursorPosition(0);
    m_ui->urlEdit->setToolTip(m_ui->urlEdit->text());
    m_ui->stopButton->setVisible(m_method == Method::Host && !url.isEmpty());

    QString expiry;
    if (!url.isEmpty() && made) {
        const QString when =
            QLocale().toString(made->expiresAt.toLocalTime(), QLocale::ShortFormat);
        const QString size = QLocale().formattedDataSize(made->size);
        if (m_method == Method::S3)
            expiry = tr("%1 uploaded. The link works until %2.").arg(size, when);
        else if (made->expiresAt.isValid())
            expiry = tr("%1 served until %2, or until its batch has finished.").arg(size, when);
        else
            expiry = tr("%1 served until its batch has finished.").arg(size);
    }
    m_ui->expiryLabel->setText(expiry);
    m_ui->expiryLabel->setVisible(!expiry.isEmpty());
    m_ui->errorLabel->setVisible(!m_ui->errorLabel->text().isEmpty());
    const bool hostShown = m_method == Method::Host && reached(Method::Host).has_value();
    m_ui->accessLogTable->setVisible(hostShown);
    m_ui->downloadedLabel->setVisible(hostShown && !m_ui->downloadedLabel->text().isEmpty());
    emitIfChanged();
}

void ReachPanel::emitIfChanged()
{
    const QUrl url = reachableUrl();
    const QString method = reachableMethod();
    if (url == m_emittedUrl && method == m_emittedMethod)
        return;
    m_emittedUrl = url;
    m_emittedMethod = method;
    Q_EMIT reachableChanged(url, method);
}

} // namespace invsync
