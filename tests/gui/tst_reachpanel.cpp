// Step 3 "Reach" of the upload journey: the user makes the checked document
// reachable by URL (built-in host, S3 storage, or the link it came from) and
// what ShipHero downloads is exactly what was checked.

#include "S3rverProcess.h"

#include "gui/DocumentCommands.h"
#include "gui/DocumentSession.h"
#include "gui/HostingService.h"
#include "gui/HostingSettingsDialog.h"
#include "gui/OpenUrlDialog.h"
#include "gui/ReachPanel.h"
#include "gui/UploadPage.h"
#include "hosting/FileHost.h"
#include "inventory/DocumentLoader.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

// A Windows-1252 file with a BOM-less header and CRLF line ends: the clean
// bytes made reachable differ from the file's, on purpose.
const QByteArray SourceCsv = "sku,quantity,action,reason\r\nA-1,5,replace,Count\r\nB-\xe9,7,"
                             "replace,Count\r\n";
const QByteArray CleanCsv = "sku,quantity,action,reason\nA-1,5,replace,Count\nB-2,7,replace,"
                            "Count\n";

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// What a plain HTTP client (ShipHero) gets at `url`.
QByteArray fetch(QNetworkAccessManager &network, const QUrl &url, int *status = nullptr)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return "<timeout>";
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestReachPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostServesExactlyTheCheckedBytes();
    void editMakesTheUrlStaleAndUndoRestoresIt();
    void choiceIsRemembered();
    void s3PresignedUrlServesTheBytes();
    void s3WrongSecretIsShownInline();
    void s3MissingSecretIsExplained();
    void s3UploadCanBeCancelled();
    void settingsDialogKeepsTheSecretOutOfSettings();
    void openUrlDialog_data();
    void openUrlDialog();
    void downloadedDocumentIsSentByItsLink();
    void finishedBatchStopsServing();

private:
    std::unique_ptr<DocumentSession> loadSession(const QByteArray &bytes, const QString &name);
    void writeSecret(const QString &secret);
    void configureS3(const S3rverProcess &s3);
    QString iniText() const;

    QTemporaryDir m_dir;
    QString m_ini;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<HostingService> m_service;
};

void TestReachPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestReachPanel::init()
{
    static int run = 0;
    m_ini = m_dir.filePath(u"settings-%1.ini"_s.arg(++run));
    Settings::createInstance(m_ini);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_service = std::make_unique<HostingService>(m_network.get(), m_secrets.get());
}

void TestReachPanel::cleanup()
{
    m_service.reset();
    m_secrets.reset();
    m_network.reset();
}

std::unique_ptr<DocumentSession> TestReachPanel::loadSession(const QByteArray &bytes,
                                                             const QString &name)
{
    const LoadResult loaded = DocumentLoader::loadBytes(bytes, name, {});
    if (!loaded.document)
        return nullptr;
    return std::make_unique<DocumentSession>(loaded.document, m_dir.filePath(name), LoadOptions());
}

void TestReachPanel::writeSecret(const QString &secret)
{
    SecretReply *write = m_secrets->write(HostingService::s3SecretKeyName(), secret);
    QSignalSpy written(write, &SecretReply::finished);
    QVERIFY(written.wait(5000));
}

void TestReachPanel::configureS3(const S3rverProcess &s3)
{
    const S3Settings settings = s3.settings();
    Settings *st = Settings::instance();
    st->setValue(Settings::Key::S3Endpoint, settings.endpoint.toString());
    st->setValue(Settings::Key::S3Region, settings.region);
    st->setValue(Settings::Key::S3Bucket, settings.bucket);
    st->setValue(Settings::Key::S3KeyPrefix, settings.keyPrefix);
    st->setValue(Settings::Key::S3PathStyle, true);
    st->setValue(Settings::Key::S3AccessKeyId, settings.accessKeyId);
    st->setValue(Settings::Key::S3LinkLifetimeHours, 2);
}

QString TestReachPanel::iniText() const
{
    Settings::instance()->sync();
    QFile file(m_ini);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestReachPanel::hostServesExactlyTheCheckedBytes()
{
    const auto session = loadSession(SourceCsv, u"stock 2026.csv"_s);
    QVERIFY(session);
    // The document was read as Windows-1252: fix the one odd SKU first, as a user would.
    session->undoStack()->push(new EditCellCommand(session.get(), 1, 0, u"B-2"_s));
    const QByteArray checked = session->document().toCsv();
    QCOMPARE(checked, CleanCsv);

    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    QSignalSpy reachable(&panel, &ReachPanel::reachableChanged);
    QTest::mouseClick(child<QRadioButton>(&panel, "hostRadio"), Qt::LeftButton);
    QVERIFY(!m_service->fileHost()->isListening()); // nothing listens until asked
    QTest::mouseClick(child<QPushButton>(&panel, "reachButton"), Qt::LeftButton);

    const QString shown = child<QLineEdit>(&panel, "urlEdit")->text();
    const QUrl url(shown);
    QVERIFY2(url.isValid() && !shown.isEmpty(), qPrintable(shown));
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.path().endsWith(u"/stock-2026.csv"_s));
    QCOMPARE(panel.reachableUrl(), url);
    QCOMPARE(panel.reachableMethod(), u"host"_s);
    QCOMPARE(reachable.count(), 1);
    QCOMPARE(reachable.first().at(0).toUrl(), url);
    QCOMPARE(reachable.first().at(1).toString(), u"host"_s);
    // The user is warned that ShipHero cannot reach a loopback address.
    QVERIFY(child<QLabel>(&panel, "methodHint")->text().contains(u"127.0.0.1 only works"_s));

    int status = 0;
    QCOMPARE(fetch(*m_network, url, &status), CleanCsv);
    QCOMPARE(status, 200);

    // The access log shows the download and the moment it happened.
    auto *log = child<QTableWidget>(&panel, "accessLogTable");
    QTRY_COMPARE(log->rowCount(), 1);
    QVERIFY(log->isVisibleTo(&panel));
    QCOMPARE(log->item(0, 1)->text(), u"127.0.0.1"_s);
    QVERIFY(log->item(0, 2)->text().startsWith(u"GET /…/stock-2026.csv"_s));
    QCOMPARE(log->item(0, 3)->text(), u"200"_s);
    auto *downloaded = child<QLabel>(&panel, "downloadedLabel");
    QVERIFY2(downloaded->text().startsWith(u"ShipHero downloaded the file at "_s),
             qPrintable(downloaded->text()));
    QVERIFY(downloaded->text().contains(QLocale().formattedDataSize(CleanCsv.size())));
    QVERIFY(downloaded->isVisibleTo(&panel));

    // A request for another path is not this file's download.
    QUrl other = url;
    other.setPath(u"/nothing/here.csv"_s);
    fetch(*m_network, other, &status);
    QCOMPARE(status, 404);
    QCOMPARE(log->rowCount(), 1);

    // When the batch has finished the file is no longer served.
    QTest::mouseClick(child<QPushButton>(&panel, "stopButton"), Qt::LeftButton);
    QVERIFY(panel.reachableUrl().isEmpty());
    QCOMPARE(reachable.last().at(0).toUrl(), QUrl());
    fetch(*m_network, url, &status);
    QCOMPARE(status, 404);
}

void TestReachPanel::editMakesTheUrlStaleAndUndoRestoresIt()
{
    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    QVERIFY(session);
    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    panel.setMethod(ReachPanel::Method::Host);
    panel.makeReachable();
    const QUrl url = panel.reachableUrl();
    QVERIFY(!url.isEmpty());

    session->undoStack()->push(new EditCellCommand(session.get(), 0, 1, u"6"_s));
    // The served snapshot is the earlier version: it must not be sent for this one.
    QVERIFY(panel.reachableUrl().isEmpty());
    QVERIFY(child<QLabel>(&panel, "methodHint")->text().contains(u"changed after"_s));
    QCOMPARE(fetch(*m_network, url), CleanCsv); // the snapshot did not follow the edit

    session->undoStack()->undo();
    QCOMPARE(panel.reachableUrl(), url);

    // Made reachable again after the edit: the new URL serves the edited bytes.
    session->undoStack()->redo();
    panel.makeReachable();
    const QUrl edited = panel.reachableUrl();
    QVERIFY(!edited.isEmpty() && edited != url);
    QCOMPARE(fetch(*m_network, edited), session->document().toCsv());
}

void TestReachPanel::choiceIsRemembered()
{
    {
        ReachPanel panel;
        QVERIFY(child<QRadioButton>(&panel, "hostRadio")->isChecked()); // the default
        QTest::mouseClick(child<QRadioButton>(&panel, "s3Radio"), Qt::LeftButton);
        QCOMPARE(panel.method(), ReachPanel::Method::S3);
    }
    QCOMPARE(Settings::instance()->value(Settings::Key::ReachMethod).toString(), u"s3"_s);
    Settings::instance()->sync();
    Settings::createInstance(m_ini); // as at the next start
    ReachPanel panel;
    QVERIFY(child<QRadioButton>(&panel, "s3Radio")->isChecked());
    QCOMPARE(panel.method(), ReachPanel::Method::S3);

    // A document opened from a link selects "Link" for itself without
    // changing the user's preference.
    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    panel.setReference(session.get(), QUrl(u"https://example.com/stock.csv"_s));
    panel.setSession(session.get());
    QCOMPARE(panel.method(), ReachPanel::Method::Link);
    QCOMPARE(Settings::instance()->value(Settings::Key::ReachMethod).toString(), u"s3"_s);
    const auto other = loadSession(CleanCsv, u"other.csv"_s);
    panel.setSession(other.get());
    QCOMPARE(panel.method(), ReachPanel::Method::S3);
}

void TestReachPanel::s3PresignedUrlServesTheBytes()
{
    if (const QString reason = S3rverProcess::unavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const QString missing = S3rverProcess::missingModules();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    S3rverProcess s3;
    const QString error = s3.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    configureS3(s3);
    writeSecret(QString(S3rverProcess::Secret));

    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    QTest::mouseClick(child<QRadioButton>(&panel, "s3Radio"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&panel, "methodHint")->text().contains(s3.settings().bucket));
    QTest::mouseClick(child<QPushButton>(&panel, "reachButton"), Qt::LeftButton);
    QVERIFY(panel.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.reachableUrl().isEmpty(), 20000);
    QVERIFY2(child<QLabel>(&panel, "errorLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(&panel, "errorLabel")->text()));
    QCOMPARE(panel.reachableMethod(), u"s3"_s);
    const QUrl url(child<QLineEdit>(&panel, "urlEdit")->text());
    QCOMPARE(url, panel.reachableUrl());
    QVERIFY(url.query().contains(u"X-Amz-Expires=7200"_s)); // the lifetime setting
    QVERIFY(!url.toString().contains(QString(S3rverProcess::Secret) + u'&'));
    QVERIFY(child<QLabel>(&panel, "expiryLabel")->text().contains(u"works until"_s));
    int status = 0;
    QCOMPARE(fetch(*m_network, url, &status), CleanCsv);
    QCOMPARE(status, 200);
}

void TestReachPanel::s3WrongSecretIsShownInline()
{
    if (const QString reason = S3rverProcess::unavailable(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const QString missing = S3rverProcess::missingModules();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    S3rverProcess s3;
    const QString error = s3.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    configureS3(s3);
    const QString wrong = u"not-the-secret-4711"_s;
    writeSecret(wrong);

    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    panel.setMethod(ReachPanel::Method::S3);
    panel.makeReachable();
    auto *errorLabel = child<QLabel>(&panel, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!errorLabel->text().isEmpty(), 20000);
    QVERIFY2(errorLabel->text().contains(u"key"_s, Qt::CaseInsensitive),
             qPrintable(errorLabel->text()));
    QVERIFY(!errorLabel->text().contains(wrong));
    QVERIFY(panel.reachableUrl().isEmpty());
    QVERIFY(!panel.isBusy());
    QVERIFY(child<QPushButton>(&panel, "reachButton")->isEnabled()); // the user can try again
}

void TestReachPanel::s3MissingSecretIsExplained()
{
    Settings::instance()->setValue(Settings::Key::S3Endpoint, u"http://127.0.0.1:9"_s);
    Settings::instance()->setValue(Settings::Key::S3Bucket, u"bucket"_s);
    Settings::instance()->setValue(Settings::Key::S3AccessKeyId, u"AKID"_s);
    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    panel.setMethod(ReachPanel::Method::S3);
    panel.makeReachable();
    auto *errorLabel = child<QLabel>(&panel, "errorLabel");
    QTRY_VERIFY(!errorLabel->text().isEmpty());
    QVERIFY2(errorLabel->text().contains(u"No S3 secret key is stored"_s),
             qPrintable(errorLabel->text()));

    // No bucket at all: the settings are the problem, said before any request.
    Settings::instance()->setValue(Settings::Key::S3Bucket, QString());
    panel.makeReachable();
    QVERIFY(errorLabel->text().contains(u"Hosting Settings"_s));
    QVERIFY(!panel.isBusy());
}

void TestReachPanel::s3UploadCanBeCancelled()
{
    QTcpServer silent; // accepts the upload and never answers
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost), 0));
    Settings::instance()->setValue(Settings::Key::S3Endpoint,
                                   u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    Settings::instance()->setValue(Settings::Key::S3PathStyle, true);
    Settings::instance()->setValue(Settings::Key::S3Bucket, u"bucket"_s);
    Settings::instance()->setValue(Settings::Key::S3AccessKeyId, u"AKID"_s);
    writeSecret(u"secret"_s);
    const auto session = loadSession(CleanCsv, u"stock.csv"_s);
    ReachPanel panel;
    panel.setHostingService(m_service.get());
    panel.setSession(session.get());
    panel.setMethod(ReachPanel::Method::S3);
    QTest::mouseClick(child<QPushButton>(&panel, "reachButton"), Qt::LeftButton);
    auto *progressRow = child<QWidget>(&panel, "progressRow");
    QTRY_VERIFY(progressRow->isVisibleTo(&panel));
    QTRY_VERIFY(child<QLabel>(&panel, "progressLabel")->text().contains(u"bucket"_s));
    QVERIFY(!child<QRadioButton>(&panel, "hostRadio")->isEnabled()); // no switching mid-upload
    QTest::mouseClick(child<QPushButton>(&panel, "cancelButton"), Qt::LeftButton);
    QVERIFY(!panel.isBusy());
    QVERIFY(!progressRow->isVisibleTo(&panel));
    QVERIFY(panel.reachableUrl().isEmpty());
    QVERIFY(child<QRadioButton>(&panel, "hostRadio")->isEnabled());
    QTest::qWait(100); // a late answer must not turn up
    QVERIFY(child<QLabel>(&panel, "errorLabel")->text().isEmpty());
}

void TestReachPanel::settingsDialogKeepsTheSecretOutOfSettings()
{
    HostingSettingsDialog dialog(m_service.get());
    child<QLineEdit>(&dialog, "bindAddressEdit")->setText(u"0.0.0.0"_s);
    child<QSpinBox>(&dialog, "portSpin")->setValue(8123);
    auto *warning = child<QLabel>(&dialog, "hostWarning");
    QVERIFY(warning->text().contains(u"ShipHero must be able to reach this address"_s));
    QVERIFY(warning->text().contains(u"public base URL"_s));

    // A bad public base URL is refused inline; the dialog stays open.
    child<QLineEdit>(&dialog, "publicBaseUrlEdit")->setText(u"files.example.com"_s);
    dialog.show();
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(u"public base URL"_s));

    child<QLineEdit>(&dialog, "publicBaseUrlEdit")->setText(u"https://files.example.com/inv"_s);
    child<QLineEdit>(&dialog, "endpointEdit")->setText(u"http://127.0.0.1:9000"_s);
    child<QLineEdit>(&dialog, "bucketEdit")->setText(u"feeds"_s);
    // A bucket cannot be a sub-domain of an IP address: path style is needed.
    child<QComboBox>(&dialog, "addressingCombo")->setCurrentIndex(0);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(u"path style"_s));
    child<QComboBox>(&dialog, "addressingCombo")->setCurrentIndex(1);
    child<QLineEdit>(&dialog, "accessKeyEdit")->setText(u"AKIDEXAMPLE"_s);
    const QString secret = u"wJalrXUtnFEMI-secret-0815"_s;
    child<QLineEdit>(&dialog, "secretKeyEdit")->setText(secret);
    child<QSpinBox>(&dialog, "lifetimeSpin")->setValue(48);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(accepted.count(), 1);

    Settings *st = Settings::instance();
    QCOMPARE(st->value(Settings::Key::HostBindAddress).toString(), u"0.0.0.0"_s);
    QCOMPARE(st->value(Settings::Key::HostPort).toInt(), 8123);
    QCOMPARE(st->value(Settings::Key::HostPublicBaseUrl).toString(),
             u"https://files.example.com/inv"_s);
    const S3Settings s3 = HostingService::s3Settings();
    QCOMPARE(s3.bucket, u"feeds"_s);
    QCOMPARE(s3.addressing, S3Settings::Addressing::PathStyle);
    QCOMPARE(s3.accessKeyId, u"AKIDEXAMPLE"_s);
    QCOMPARE(s3.presignExpirySeconds, 48 * 3600);
    // The secret is in the secret store, and nowhere in the settings file.
    QVERIFY(m_secrets->contains(HostingService::s3SecretKeyName()));
    const QString ini = iniText();
    QVERIFY(ini.contains(u"AKIDEXAMPLE"_s));
    QVERIFY(!ini.contains(secret));
    // The public base URL now starts the host's links.
    QCOMPARE(m_service->fileHost()->publicBaseUrl(), QUrl(u"https://files.example.com/inv"_s));
}

void TestReachPanel::openUrlDialog_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("csv") << u"/shared/stock.csv"_s << true << QString();
    QTest::newRow("401") << u"/private/stock.csv"_s << false << u"sign-in"_s;
    QTest::newRow("html page") << u"/login"_s << false << u"web page"_s;
    QTest::newRow("too large") << u"/big.csv"_s << false << u"larger than"_s;
}

void TestReachPanel::openUrlDialog()
{
    QFETCH(QString, path);
    QFETCH(bool, offered);
    QFETCH(QString, explanation);

    QHttpServer server;
    server.route(u"/shared/stock.csv"_s, [] { return QHttpServerResponse("text/csv", SourceCsv); });
    server.route(u"/private/stock.csv"_s, [] {
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
    });
    server.route(u"/login"_s, [] {
        return QHttpServerResponse("text/html",
                                   "<!DOCTYPE html><html><body><form>Sign in</form></body></html>");
    });
    server.route(u"/big.csv"_s,
                 [] { return QHttpServerResponse("text/csv", QByteArray(4096, 'x')); });
    const quint16 port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(port != 0);
    const QString url = u"http://127.0.0.1:%1%2"_s.arg(port).arg(path);

    OpenUrlDialog dialog(m_service->urlSource());
    dialog.setMaxBytes(1024);
    dialog.show();
    QSignalSpy downloaded(&dialog, &OpenUrlDialog::downloaded);
    QTest::keyClicks(child<QLineEdit>(&dialog, "urlEdit"), url);
    QCOMPARE(child<QLabel>(&dialog, "directLinkLabel")->text(), u"Link sent to ShipHero: "_s + url);
    QTest::mouseClick(child<QPushButton>(&dialog, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDownloading(), 10000);

    auto *errorLabel = child<QLabel>(&dialog, "errorLabel");
    if (offered) {
        QCOMPARE(downloaded.count(), 1);
        QCOMPARE(downloaded.first().at(0).toByteArray(), SourceCsv); // exactly what was there
        QCOMPARE(downloaded.first().at(1).toUrl(), QUrl(url));
        QCOMPARE(downloaded.first().at(2).toString(), u"stock.csv"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    } else {
        QCOMPARE(downloaded.count(), 0);
        QVERIFY(dialog.isVisible()); // the user can fix the link
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(explanation), qPrintable(errorLabel->text()));
    }
}

void TestReachPanel::downloadedDocumentIsSentByItsLink()
{
    const QUrl link(u"https://example.com/feeds/stock.csv"_s);
    UploadPage page;
    ReachPanel *panel = page.reachPanel();
    QVERIFY(panel);
    panel->setHostingService(m_service.get());
    QSignalSpy reachable(panel, &ReachPanel::reachableChanged);
    QSignalSpy succeeded(&page, &UploadPage::loadSucceeded);
    page.openDownloaded(SourceCsv, u"stock.csv"_s, link, u"Not a share link."_s);
    QTRY_COMPARE(page.state(), UploadPage::State::Loaded);
    QCOMPARE(succeeded.count(), 0); // nothing to add to the recent files

    QCOMPARE(panel->method(), ReachPanel::Method::Link);
    QCOMPARE(panel->reachableUrl(), link);
    QCOMPARE(panel->reachableMethod(), u"link"_s);
    QCOMPARE(reachable.last().at(0).toUrl(), link);
    QCOMPARE(child<QLineEdit>(panel, "urlEdit")->text(), link.toString());
    QVERIFY(!child<QPushButton>(panel, "reachButton")->isVisibleTo(panel));

    // Edited, the document is no longer what the link serves.
    DocumentSession *session = page.session();
    session->undoStack()->push(new EditCellCommand(session, 1, 0, u"B-2"_s));
    QVERIFY(panel->reachableUrl().isEmpty());
    QVERIFY(child<QLabel>(panel, "methodHint")->text().contains(u"edited after"_s));
    QCOMPARE(reachable.last().at(0).toUrl(), QUrl());
    // ... but it can still be served from this computer, edited.
    QTest::mouseClick(child<QRadioButton>(panel, "hostRadio"), Qt::LeftButton);
    panel->makeReachable();
    QCOMPARE(fetch(*m_network, panel->reachableUrl()), CleanCsv);
    // The next document does not inherit the link.
    page.openDownloaded(CleanCsv, u"other.csv"_s, {});
    QTRY_VERIFY(page.session() != session);
    QVERIFY(page.session());
    QCOMPARE(panel->method(), ReachPanel::Method::Host);
    QVERIFY(panel->reachableUrl().isEmpty());
}

void TestReachPanel::finishedBatchStopsServing()
{
    QVERIFY(m_service->ensureListening().isEmpty());
    const PublishedFile first = m_service->fileHost()->publish(CleanCsv, u"a.csv"_s);
    const PublishedFile second = m_service->fileHost()->publish(CleanCsv, u"b.csv"_s);
    Batch running;
    running.url = first.url.toString(QUrl::FullyEncoded);
    running.status = u"processing"_s;
    Batch finished = running;
    finished.url = second.url.toString(QUrl::FullyEncoded);
    finished.status = u"error_partial"_s;
    Batch elsewhere = finished;
    elsewhere.url = u"https://example.invalid/other.csv"_s;

    QCOMPARE(m_service->stopServingFinished({running, finished, elsewhere}), 1);
    int status = 0;
    QCOMPARE(fetch(*m_network, first.url, &status), CleanCsv); // still running: still served
    QCOMPARE(status, 200);
    fetch(*m_network, second.url, &status);
    QCOMPARE(status, 404);

    running.status = u"aborted"_s;
    QCOMPARE(m_service->stopServingFinished({running}), 1);
    fetch(*m_network, first.url, &status);
    QCOMPARE(status, 404);
    QVERIFY(m_service->fileHost()->publishedFiles().isEmpty());
}

QTEST_MAIN(TestReachPanel)
#include "tst_reachpanel.moc"
