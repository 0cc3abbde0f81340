#pragma once

#include "hosting/S3Uploader.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class HostingSettingsDialog;
}

namespace invsync {

class HostingService;
class SecretReply;

// File hosting settings: the built-in host (address, port, public base URL,
// serving time) and S3-compatible storage. Everything goes to Settings
// except the S3 secret key, which goes to the secret store only; the field
// stays empty and an empty field keeps the stored key.
class HostingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostingSettingsDialog(HostingService *service, QWidget *parent = nullptr);
    ~HostingSettingsDialog() override;

    // Checks and saves; closes once the secret key (if typed) is stored.
    void accept() override;
    // Uploads a tiny object with the settings as typed (not yet saved).
    void testS3();

    S3Settings s3SettingsFromFields() const;

Q_SIGNALS:
    void saved();

private:
    void load();
    QString checkFields() const;
    void save();
    void updateHostWarning();
    void setBusy(bool busy);
    void runTest(const QString &secret);

    std::unique_ptr<Ui::HostingSettingsDialog> m_ui;
    QPointer<HostingService> m_service;
    bool m_secretStored = false;
    QPointer<SecretReply> m_secretReply;
    QPointer<S3UploadReply> m_test;
};

} // namespace invsync
