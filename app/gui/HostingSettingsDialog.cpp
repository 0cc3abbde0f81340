#include "gui/HostingSettingsDialog.h"
#include "ui_HostingSettingsDialog.h"

#include "gui/HostingService.h"
#include "gui/SeverityStyle.h"
#include "hosting/FileHost.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QHostAddress>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr int VirtualHostIndex = 0;
constexpr int PathStyleIndex = 1;

bool isLoopback(const QString &address)
{
    return address.isEmpty() || QHostAddress(address).isLoopback() || address == u"localhost"_s;
}

} // namespace

HostingSettingsDialog::HostingSettingsDialog(HostingService *service, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::HostingSettingsDialog), m_service(service)
{
    m_ui->setupUi(this);
    SeverityStyle::setTone(m_ui->hostWarning, SeverityStyle::Tone::Warning);
    SeverityStyle::setTone(m_ui->errorLabel, SeverityStyle::Tone::Error);
    setObjectName(u"hostingSettingsDialog"_s);
    m_ui->errorLabel->hide();
    load();
    connect(m_ui->bindAddressEdit, &QLineEdit::textChanged, this,
            &HostingSettingsDialog::updateHostWarning);
    connect(m_ui->publicBaseUrlEdit, &QLineEdit::textChanged, this,
            &HostingSettingsDialog::updateHostWarning);
    connect(m_ui->testButton, &QPushButton::clicked, this, &HostingSettingsDialog::testS3);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HostingSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HostingSettingsDialog::reject);
    updateHostWarning();
    if (m_service && m_service->fileHost()->isListening())
        m_ui->hostIntro->setText(
            m_ui->hostIntro->text() + u' ' +
            tr("It is running on %1 port %2 now: a new address or port applies the next time "
               "InvSync starts; a new public base URL applies to files made reachable from now "
               "on.")
                .arg(m_service->fileHost()->address().toString())
                .arg(m_service->fileHost()->port()));
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

HostingSettingsDialog::~HostingSettingsDialog()
{
    if (m_secretReply)
        m_secretReply->cancel();
    if (m_test)
        m_test->cancel();
}

void HostingSettingsDialog::load()
{
    Settings *settings = Settings::instance();
    m_ui->bindAddressEdit->setText(settings->value(Settings::Key::HostBindAddress).toString());
    m_ui->portSpin->setValue(settings->value(Settings::Key::HostPort).toInt());
    m_ui->publicBaseUrlEdit->setText(settings->value(Settings::Key::HostPublicBaseUrl).toString());
    m_ui->serveHoursSpin->setValue(
        std::max(1, (settings->value(Settings::Key::HostServeMinutes).toInt() + 59) / 60));

    const S3Settings s3 = HostingService::s3Settings();
    m_ui->endpointEdit->setText(settings->value(Settings::Key::S3Endpoint).toString());
    m_ui->regionEdit->setText(s3.region);
    m_ui->bucketEdit->setText(s3.bucket);
    m_ui->keyPrefixEdit->setText(s3.keyPrefix);
    m_ui->addressingCombo->setCurrentIndex(
        s3.addressing == S3Settings::Addressing::PathStyle ? PathStyleIndex : VirtualHostIndex);
    m_ui->accessKeyEdit->setText(s3.accessKeyId);
    m_ui->lifetimeSpin->setValue(
        std::max(1, int(settings->value(Settings::Key::S3LinkLifetimeHours).toInt())));

    m_ui->secretNote->setText(tr("The secret key is kept in the system keychain, never in the "
                                 "settings file."));
    if (m_service && m_service->secrets()) {
        // Only whether one is stored: the key itself is never shown.
        SecretReply *read = m_service->secrets()->read(HostingService::s3SecretKeyName());
        connect(read, &SecretReply::finished, this, [this](const SecretResult &result) {
            m_secretStored = result.ok() && !result.value.isEmpty();
            m_ui->secretKeyEdit->setPlaceholderText(
                m_secretStored ? tr("Stored — type a new key to replace it") : tr("Not set"));
        });
    }
}

void HostingSettingsDialog::updateHostWarning()
{
    const QString base = m_ui->publicBaseUrlEdit->text().trimmed();
    const QString address = m_ui->bindAddressEdit->text().trimmed();
    QString warning = tr("ShipHero must be able to reach this address; 127.0.0.1 only works with "
                         "the sandbox.");
    if (base.isEmpty() && !isLoopback(address))
        warning += u' ' + tr("Without a public base URL, links name %1 itself: set the address "
                             "ShipHero reaches this computer at (a port forward or a reverse "
                             "proxy you run).")
                              .arg(address);
    m_ui->hostWarning->setText(warning);
}

QString HostingSettingsDialog::checkFields() const
{
    const QString address = m_ui->bindAddressEdit->text().trimmed();
    if (!address.isEmpty() && QHostAddress(address).isNull())
        return tr("The bind address \"%1\" is not an IP address (for example 127.0.0.1, or "
                  "0.0.0.0 for every network).")
            .arg(address);
    const QString base = m_ui->publicBaseUrlEdit->text().trimmed();
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            return tr("The public base URL must be an http or https address, such as "
                      "https://files.example.com/invsync.");
    }
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            return tr("The S3 endpoint must be an http or https address, such as "
                      "https://s3.eu-west-1.amazonaws.com.");
        const bool named = QHostAddress(url.host()).isNull() && url.host() != u"localhost"_s;
        if (!named && m_ui->addressingCombo->currentIndex() == VirtualHostIndex)
            return tr("Virtual-host addressing puts the bucket in the endpoint's host name, "
                      "which %1 cannot have: choose path style addressing.")
                .arg(url.host());
    }
    return {};
}

S3Settings HostingSettingsDialog::s3SettingsFromFields() const
{
    S3Settings s3;
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    if (!endpoint.isEmpty())
        s3.endpoint = QUrl(endpoint, QUrl::StrictMode);
    s3.region = m_ui->regionEdit->text().trimmed();
    s3.bucket = m_ui->bucketEdit->text().trimmed();
    s3.keyPrefix = m_ui->keyPrefixEdit->text().trimmed();
    s3.addressing = m_ui->addressingCombo->currentIndex() == PathStyleIndex
                        ? S3Settings::Addressing::PathStyle
                        : S3Settings::Addressing::VirtualHost;
    s3.accessKeyId = m_ui->accessKeyEdit->text().trimmed();
    s3.presignExpirySeconds = qint64(m_ui->lifetimeSpin->value()) * 3600;
    return s3;
}

void HostingSettingsDialog::save()
{
    Settings *settings = Settings::instance();
    settings->setValue(Settings::Key::HostBindAddress, m_ui->bindAddressEdit->text().trimmed());
    settings->setValue(Settings::Key::HostPort, m_ui->portSpin->value());
    settings->setValue(Settings::Key::HostPublicBaseUrl, m_ui->publicBaseUrlEdit->text().trimmed());
    settings->setValue(Settings::Key::HostServeMinutes, m_ui->serveHoursSpin->value() * 60);
    settings->setValue(Settings::Key::S3Endpoint, m_ui->endpointEdit->text().trimmed());
    settings->setValue(Settings::Key::S3Region, m_ui->regionEdit->text().trimmed());
    settings->setValue(Settings::Key::S3Bucket, m_ui->bucketEdit->text().trimmed());
    settings->setValue(Settings::Key::S3KeyPrefix, m_ui->keyPrefixEdit->text().trimmed());
    settings->setValue(Settings::Key::S3PathStyle,
                       m_ui->addressingCombo->currentIndex() == PathStyleIndex);
    settings->setValue(Settings::Key::S3AccessKeyId, m_ui->accessKeyEdit->text().trimmed());
    settings->setValue(Settings::Key::S3LinkLifetimeHours, m_ui->lifetimeSpin->value());
    settings->sync();
    if (m_service)
        m_service->applySettings();
}

void HostingSettingsDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
}

void HostingSettingsDialog::accept()
{
    const QString problem = checkFields();
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    save();
    const QString secret = m_ui->secretKeyEdit->text();
    if (secret.isEmpty() || !m_service || !m_service->secrets()) {
        Q_EMIT saved();
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_secretReply = m_service->secrets()->write(HostingService::s3SecretKeyName(), secret);
    connect(m_secretReply, &SecretReply::finished, this, [this](const SecretResult &result) {
        m_secretReply = nullptr;
        setBusy(false);
        if (!result.ok()) {
            m_ui->errorLabel->setText(
                tr("The S3 secret key could not be stored: %1").arg(result.message));
            m_ui->errorLabel->show();
            m_ui->tabs->setCurrentWidget(m_ui->s3Tab);
            return;
        }
        m_ui->secretKeyEdit->clear();
        Q_EMIT saved();
        QDialog::accept();
    });
}

void HostingSettingsDialog::testS3()
{
    if (!m_service)
        return;
    SeverityStyle::setTone(m_ui->testResultLabel, SeverityStyle::Tone::Normal);
    m_ui->testResultLabel->setText(tr("Testing…"));
    const QString typed = m_ui->secretKeyEdit->text();
    if (!typed.isEmpty() || !m_service->secrets()) {
        runTest(typed);
        return;
    }
    setBusy(true);
    m_secretReply = m_service->secrets()->read(HostingService::s3SecretKeyName());
    connect(m_secretReply, &SecretReply::finished, this, [this](const SecretResult &result) {
        m_secretReply = nullptr;
        setBusy(false);
        runTest(result.ok() ? result.value : QString());
    });
}

void HostingSettingsDialog::runTest(const QString &secret)
{
    const S3Settings s3 = s3SettingsFromFields();
    const auto fail = [this](const QString &message) {
        SeverityStyle::setTone(m_ui->testResultLabel, SeverityStyle::Tone::Error);
        m_ui->testResultLabel->setText(message);
    };
    if (const QString problem = S3Uploader::checkSettings(s3, secret); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    setBusy(true);
    m_test = m_service->s3Uploader()->upload(s3, secret, u"invsync-connection-test.txt"_s,
                                             QByteArrayLiteral("InvSync connection test\n"));
    connect(m_test, &S3UploadReply::finished, this, [this, fail](const S3UploadResult &result) {
        m_test = nullptr;
        setBusy(false);
        if (!result.ok()) {
            fail(result.message);
            return;
        }
        SeverityStyle::setTone(m_ui->testResultLabel, SeverityStyle::Tone::Success);
        m_ui->testResultLabel->setText(tr("It works: a test object was uploaded to \"%1\".")
                                           .arg(s3SettingsFromFields().bucket));
    });
}

} // namespace invsync
