#include "gui/OpenUrlDialog.h"
#include "ui_OpenUrlDialog.h"

#include "gui/SeverityStyle.h"
#include "hosting/ShareLinks.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace invsync {

OpenUrlDialog::OpenUrlDialog(UrlSource *source, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::OpenUrlDialog), m_source(source)
{
    m_ui->setupUi(this);
    SeverityStyle::setTone(m_ui->errorLabel, SeverityStyle::Tone::Error);
    setObjectName(u"openUrlDialog"_s);
    m_downloadButton =
        m_ui->buttonBox->addButton(tr("&Download and Check"), QDialogButtonBox::ActionRole);
    m_downloadButton->setObjectName(u"downloadButton"_s);
    m_downloadButton->setDefault(true);
    m_ui->progressRow->hide();
    m_ui->errorLabel->hide();
    m_ui->directLinkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &OpenUrlDialog::updatePreview);
    connect(m_ui->urlEdit, &QLineEdit::returnPressed, this, &OpenUrlDialog::download);
    connect(m_downloadButton, &QPushButton::clicked, this, &OpenUrlDialog::download);
    connect(m_ui->cancelDownloadButton, &QPushButton::clicked, this, &OpenUrlDialog::stop);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        stop();
        reject();
    });
    updatePreview();
    resize(QSize(560, sizeHint().height()));
}

OpenUrlDialog::~OpenUrlDialog()
{
    if (m_reply)
        m_reply->cancel();
}

void OpenUrlDialog::setUrl(const QString &url)
{
    m_ui->urlEdit->setText(url);
}

void OpenUrlDialog::updatePreview()
{
    const QString text = m_ui->urlEdit->text().trimmed();
    m_ui->errorLabel->hide();
    m_downloadButton->setEnabled(!text.isEmpty() && !isDownloading());
    if (text.isEmpty()) {
        m_ui->directLinkLabel->clear();
        m_ui->noteLabel->clear();
        return;
    }
    const ShareLinks::Rewrite rewrite = ShareLinks::directDownload(QUrl(text, QUrl::TolerantMode));
    m_ui->directLinkLabel->setText(
        tr("Link sent to ShipHero: %1").arg(rewrite.url.toString(QUrl::FullyEncoded)));
    m_ui->noteLabel->setText(rewrite.note);
}

void OpenUrlDialog::download()
{
    const QString text = m_ui->urlEdit->text().trimmed();
    if (!m_source || isDownloading() || text.isEmpty())
        return;
    UrlSourceRequest request;
    request.url = QUrl(text, QUrl::TolerantMode);
    request.maxBytes = m_maxBytes;
    m_ui->errorLabel->hide();
    m_ui->downloadProgress->setRange(0, 0);
    m_reply = m_source->download(request);
    connect(m_reply, &UrlSourceReply::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_ui->downloadProgress->setRange(0, 1000);
            m_ui->downloadProgress->setValue(int(received * 1000 / total));
        }
        m_ui->downloadProgress->setFormat(QLocale().formattedDataSize(received));
    });
    connect(m_reply, &UrlSourceReply::finished, this, &OpenUrlDialog::onFinished);
    setDownloading(true);
}

void OpenUrlDialog::stop()
{
    if (!m_reply)
        return;
    m_reply->cancel();
    m_reply = nullptr;
    setDownloading(false);
}

void OpenUrlDialog::setDownloading(bool downloading)
{
    m_ui->progressRow->setVisible(downloading);
    m_ui->urlEdit->setReadOnly(downloading);
    m_downloadButton->setEnabled(!downloading && !m_ui->urlEdit->text().trimmed().isEmpty());
}

QString OpenUrlDialog::nameFor(const UrlSourceResult &result)
{
    for (const QUrl &url : {result.finalUrl, result.directUrl, result.requestedUrl}) {
        const QString name = QFileInfo(url.path()).fileName();
        if (name.endsWith(u".csv"_s, Qt::CaseInsensitive) ||
            name.endsWith(u".txt"_s, Qt::CaseInsensitive))
            return name;
    }
    return u"download.csv"_s;
}

void OpenUrlDialog::onFinished(const UrlSourceResult &result)
{
    m_reply = nullptr;
    m_result = result;
    setDownloading(false);
    if (!result.ok()) {
        // Refused before anything is sent: say why, and leave the URL to fix.
        m_ui->errorLabel->setText(result.message);
        m_ui->errorLabel->show();
        return;
    }
    if (result.directUrl.isValid())
        m_ui->directLinkLabel->setText(
            tr("Link sent to ShipHero: %1").arg(result.directUrl.toString(QUrl::FullyEncoded)));
    Q_EMIT downloaded(result.bytes, result.directUrl, nameFor(result), result.shareNote);
    accept();
}

} // namespace invsync
