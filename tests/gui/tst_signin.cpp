// Connections and sign-in as the user meets them: the status bar, the
// sign-in dialog (email and password, a pasted token, a refusal), signing
// out, the Connections dialog (add, validate, use, remove) and the notices
// about the keychain and an expired sign-in. Against the embedded sandbox on
// 127.0.0.1 (ephemeral port), with secrets in memory and settings in a
// temporary INI file.

#include "SandboxTestSupport.h"
#include "TestDialogProvider.h"

#include "api/AuthSession.h"
#include "gui/Connection.h"
#include "gui/ConnectionsDialog.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"
#include "settings/FallbackSecretStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace invsync;
using namespace invsync::test;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString tokensKey(const QString &profileId)
{
    return SecretStore::profileKey(profileId, u"tokens"_s);
}

// Every text a user can see in a window: labels, fields as displayed,
// buttons, tabs, titles and tooltips.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->displayText() << edit->placeholderText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
    }
    return texts;
}

QString profileIdByName(Connection *connection, const QString &name)
{
    const QList<ConnectionProfile> profiles = connection->profiles()->profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.name == name)
            return profile.id;
    }
    return {};
}

QTreeWidgetItem *rowNamed(QTreeWidget *view, const QString &name)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->text(0) == name)
            return view->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarBeforeSignIn();
    void signInWithDemoUser();
    void wrongPasswordShownInline();
    void cancelWhileSigningIn();
    void pasteToken();
    void signOutForgetsTokens();
    void addCustomProfile_data();
    void addCustomProfile();
    void switchActiveProfile();
    void removeProfileForgetsSecrets();
    void editProfile();
    void signInAgainMessage();
    void noKeychainNotice();

private:
    void openWindow(SecretStore *secrets);
    SignInDialog *openSignInFromStatusBar();
    void signInThroughDialog(SignInDialog *dialog, const QString &email, const QString &password);
    ConnectionsDialog *openConnections();
    QString statusText() const;
    void assertNoSecret(QWidget *root, const QStringList &secrets);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    TestDialogProvider *m_dialogs = nullptr;
    MemorySecretStore *m_secrets = nullptr; // owned by m_connection
};

void TestSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSignIn::init()
{
    static int run = 0;
    ++run;
    Settings::createInstance(m_dir.filePath(u"settings-%1.ini"_s.arg(run)));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"connections-%1.ini"_s.arg(run)),
                                             QSettings::IniFormat);
    m_server = std::make_unique<SandboxServer>(fastConfig());
    QVERIFY(m_server->listen() != 0);
    m_secrets = new MemorySecretStore;
    openWindow(m_secrets);
}

void TestSignIn::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_settings.reset();
    m_server.reset();
    m_secrets = nullptr;
}

void TestSignIn::openWindow(SecretStore *secrets)
{
    m_window.reset();
    m_connection = std::make_unique<Connection>(m_settings.get(), secrets, m_server->baseUrl());
    auto dialogs = std::make_unique<TestDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->setConnection(m_connection.get());
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestSignIn::statusText() const
{
    auto *label = child<QLabel>(m_window.get(), "statusConnectionLabel");
    return label ? label->text() : QString();
}

SignInDialog *TestSignIn::openSignInFromStatusBar()
{
    auto *label = child<QLabel>(m_window.get(), "statusConnectionLabel");
    if (!label)
        return nullptr;
    QTest::mouseClick(label, Qt::LeftButton);
    // Not findChild: a dialog closed a moment ago may not be deleted yet.
    SignInDialog *dialog = m_window->signInDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSignIn::signInThroughDialog(SignInDialog *dialog, const QString &email,
                                     const QString &password)
{
    auto *emailEdit = child<QLineEdit>(dialog, "emailEdit");
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(emailEdit && passwordEdit);
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
}

ConnectionsDialog *TestSignIn::openConnections()
{
    auto *action = child<QAction>(m_window.get(), "actionConnections");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    ConnectionsDialog *dialog = m_window->connectionsDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSignIn::assertNoSecret(QWidget *root, const QStringList &secrets)
{
    const QStringList texts = visibleTexts(root);
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        for (const QString &text : texts)
            QVERIFY2(!text.contains(secret), "a secret is shown in the window");
    }
}

void TestSignIn::statusBarBeforeSignIn()
{
    // The default profile on first start is the embedded sandbox.
    QTRY_COMPARE(statusText(), u"Sandbox · not signed in"_s);
    auto *label = child<QLabel>(m_window.get(), "statusConnectionLabel");
    QVERIFY(label->toolTip().contains(QString::number(m_server->port())));
    QVERIFY(child<QAction>(m_window.get(), "actionSignIn")->isEnabled());
    QVERIFY(!child<QAction>(m_window.get(), "actionSignOut")->isEnabled());
    QVERIFY(child<QFrame>(m_window.get(), "messageBar")->isHidden());
}

void TestSignIn::signInWithDemoUser()
{
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    QPointer<SignInDialog> guard(dialog);
    // The sandbox says how to get in.
    auto *hint = child<QLabel>(dialog, "sandboxHintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(DemoData::username()));
    QVERIFY(hint->text().contains(DemoData::password()));
    QVERIFY(child<QLabel>(dialog, "titleLabel")->text().contains(u"Sandbox"_s));
    QVERIFY(!child<QFrame>(dialog, "errorFrame")->isVisible());

    // Type, then Enter in the password field submits.
    auto *emailEdit = child<QLineEdit>(dialog, "emailEdit");
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(emailEdit, DemoData::username());
    QTest::keyClicks(passwordEdit, DemoData::password());
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    // Busy while the service answers: the button cannot be pressed twice.
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QLabel>(dialog, "busyLabel")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "signInButton")->isEnabled());

    QTRY_VERIFY(guard.isNull()); // closed once signed in
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
    QVERIFY(m_secrets->contains(tokensKey(u"sandbox"_s)));
    QVERIFY(child<QAction>(m_window.get(), "actionSignOut")->isEnabled());
    // The email is remembered for the status bar; the tokens are not in the settings.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settingsText = ini.readAll();
    QVERIFY(settingsText.contains("demo@sandbox.invsync"));
    QNetworkRequest probe;
    QVERIFY(m_connection->session()->authorize(probe));
    const QByteArray token = probe.rawHeader("Authorization").mid(7);
    QVERIFY(!token.isEmpty());
    QVERIFY(!settingsText.contains(token));

    // The next sign-in starts with the email filled in.
    dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), DemoData::username());
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    dialog->reject();
}

void TestSignIn::wrongPasswordShownInline()
{
    // Signed in first, so the session holds tokens a careless message could quote.
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    signInThroughDialog(dialog, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
    QNetworkRequest probe;
    QVERIFY(m_connection->session()->authorize(probe));
    const QString token = QString::fromLatin1(probe.rawHeader("Authorization").mid(7));

    dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    const QString wrong = u"wrong-password-42"_s;
    signInThroughDialog(dialog, DemoData::username(), wrong);
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"refused the email or password"_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // still open to try again
    QVERIFY(!dialog->isBusy());
    QVERIFY(child<QPushButton>(dialog, "signInButton")->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->hasFocus());
    // Tab goes from the password to the Sign In button.
    QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Tab);
    QVERIFY(child<QPushButton>(dialog, "signInButton")->hasFocus());
    assertNoSecret(dialog, {wrong, token});
    assertNoSecret(m_window.get(), {wrong, token});
    dialog->reject();
}

void TestSignIn::cancelWhileSigningIn()
{
    // The sandbox answers slowly enough to press Cancel meanwhile.
    FaultSettings faults;
    faults.latencyMs = 800;
    faults.includeAuth = true;
    m_server->setFaults(faults);
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    QPointer<SignInDialog> guard(dialog);
    signInThroughDialog(dialog, DemoData::username(), DemoData::password());
    QVERIFY(dialog->isBusy());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QTest::qWait(1500); // past the sandbox's answer
    QCOMPARE(statusText(), u"Sandbox · not signed in"_s);
    QCOMPARE(m_secrets->size(), 0);
}

void TestSignIn::pasteToken()
{
    TestClient client(m_server->baseUrl());
    QCOMPARE(client.login().status, 200);
    const QString access = QString::fromLatin1(client.token());
    const QString refresh = client.refreshToken();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty());

    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    QPointer<SignInDialog> guard(dialog);
    auto *tabs = child<QTabWidget>(dialog, "modeTabs");
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(dialog->mode(), SignInDialog::Mode::Token);
    auto *accessEdit = child<QLineEdit>(dialog, "accessTokenEdit");
    auto *refreshEdit = child<QLineEdit>(dialog, "refreshTokenEdit");
    QVERIFY(accessEdit->hasFocus());

    // Nothing pasted: said inline.
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Paste an access token"_s), qPrintable(error->text()));

    QTest::keyClicks(accessEdit, access);
    QTest::keyClicks(refreshEdit, refresh);
    assertNoSecret(dialog, {access, refresh});
    QTest::keyClick(refreshEdit, Qt::Key_Return);
    QTRY_VERIFY(guard.isNull());
    QTRY_COMPARE(statusText(), u"Sandbox · signed in with a token"_s);
    QVERIFY(m_secrets->contains(tokensKey(u"sandbox"_s)));
    QVERIFY(m_connection->session()->canRefresh());
    assertNoSecret(m_window.get(), {access, refresh});
}

void TestSignIn::signOutForgetsTokens()
{
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    signInThroughDialog(dialog, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
    QVERIFY(m_secrets->contains(tokensKey(u"sandbox"_s)));

    auto *signOut = child<QAction>(m_window.get(), "actionSignOut");
    QVERIFY(signOut->isEnabled());
    signOut->trigger();
    QCOMPARE(statusText(), u"Sandbox · not signed in"_s);
    QTRY_VERIFY(!m_secrets->contains(tokensKey(u"sandbox"_s)));
    QVERIFY(!signOut->isEnabled());

    // A new window (as after a restart) restores nothing.
    openWindow(new MemorySecretStore);
    QTest::qWait(100);
    QCOMPARE(statusText(), u"Sandbox · not signed in"_s);
}

void TestSignIn::addCustomProfile_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("ftp") << u"ftp://files.example.com"_s << u"is not a web address"_s;
    QTest::newRow("garbage") << u"http://exa mple.com:port"_s << u"is not a web address"_s;
    QTest::newRow("password") << u"https://user:secret@example.com"_s
                              << u"Leave the user name and password out"_s;
    QTest::newRow("empty") << QString() << u"Enter the connection's address"_s;
    QTest::newRow("loopback") << u"http://127.0.0.1:%1"_s << QString();
    QTest::newRow("no scheme") << u"proxy.example.com"_s << QString();
}

void TestSignIn::addCustomProfile()
{
    QFETCH(QString, address);
    QFETCH(QString, error);
    address = address.arg(m_server->port());

    ConnectionsDialog *dialog = openConnections();
    QVERIFY(dialog);
    auto *view = child<QTreeWidget>(dialog, "profilesView");
    QCOMPARE(view->topLevelItemCount(), 2); // ShipHero and Sandbox
    QVERIFY(rowNamed(view, u"ShipHero"_s) && rowNamed(view, u"Sandbox"_s));

    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    auto *urlEdit = child<QLineEdit>(dialog, "urlEdit");
    QVERIFY(nameEdit->isVisible() && nameEdit->hasFocus());
    QTest::keyClicks(nameEdit, u"Staging"_s);
    QTest::keyClicks(urlEdit, address);
    QTest::keyClick(urlEdit, Qt::Key_Return); // Enter saves the form

    auto *errorLabel = child<QLabel>(dialog, "editorErrorLabel");
    if (!error.isEmpty()) {
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(error), qPrintable(errorLabel->text()));
        QCOMPARE(view->topLevelItemCount(), 2);
        QVERIFY(nameEdit->isVisible()); // still there to correct
        QVERIFY(!errorLabel->text().contains(u"secret"_s));
        return;
    }
    QVERIFY(!nameEdit->isVisible());
    QCOMPARE(view->topLevelItemCount(), 3);
    QTreeWidgetItem *row = rowNamed(view, u"Staging"_s);
    QVERIFY(row);
    QCOMPARE(row->text(1), u"Custom"_s);
    QVERIFY2(row->text(2).startsWith(address.contains(u"://"_s) ? address : u"http://"_s + address),
             qPrintable(row->text(2)));
    QCOMPARE(view->currentItem(), row);
    // Added, not yet active.
    QCOMPARE(statusText(), u"Sandbox · not signed in"_s);

    // Kept in the settings.
    ConnectionProfiles reloaded(m_settings.get());
    QVERIFY(!profileIdByName(m_connection.get(), u"Staging"_s).isEmpty());
    QCOMPARE(reloaded.profiles().size(), 3);
    dialog->reject();
}

void TestSignIn::switchActiveProfile()
{
    SignInDialog *signIn = openSignInFromStatusBar();
    QVERIFY(signIn);
    signInThroughDialog(signIn, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);

    ConnectionsDialog *dialog = openConnections();
    QVERIFY(dialog);
    auto *view = child<QTreeWidget>(dialog, "profilesView");
    auto *use = child<QPushButton>(dialog, "useButton");
    QVERIFY(!use->isEnabled()); // the active one is selected
    QVERIFY(rowNamed(view, u"Sandbox"_s)->text(3).contains(DemoData::username()));

    view->setCurrentItem(rowNamed(view, u"ShipHero"_s));
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_COMPARE(statusText(), u"ShipHero · not signed in"_s);
    QVERIFY(!use->isEnabled());
    QCOMPARE(m_connection->session()->baseUrl(), ConnectionProfile::shipHeroUrl());
    QVERIFY(rowNamed(view, u"ShipHero"_s)->text(3).contains(u"Active"_s));
    QVERIFY(!child<QPushButton>(dialog, "signOutButton")->isEnabled());
    // The sandbox's sign-in stays stored while another connection is used.
    QVERIFY(m_secrets->contains(tokensKey(u"sandbox"_s)));

    // Back to the sandbox: its sign-in is restored.
    view->setCurrentItem(rowNamed(view, u"Sandbox"_s));
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
    QTRY_VERIFY(child<QPushButton>(dialog, "signOutButton")->isEnabled());

    // Kept for the next start.
    ConnectionProfiles reloaded(m_settings.get());
    QCOMPARE(reloaded.activeId(), u"sandbox"_s);
    dialog->reject();
}

void TestSignIn::removeProfileForgetsSecrets()
{
    ConnectionsDialog *dialog = openConnections();
    QVERIFY(dialog);
    auto *view = child<QTreeWidget>(dialog, "profilesView");
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), u"Local proxy"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"), m_server->baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTreeWidgetItem *row = rowNamed(view, u"Local proxy"_s);
    QVERIFY(row);
    const QString id = profileIdByName(m_connection.get(), u"Local proxy"_s);

    // "Use and Sign In…" from the list: the sign-in dialog for that profile, no sandbox hint.
    view->setCurrentItem(row);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    SignInDialog *signIn = dialog->signInDialog();
    QVERIFY(signIn);
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    QVERIFY(child<QLabel>(signIn, "titleLabel")->text().contains(u"Local proxy"_s));
    QVERIFY(!child<QFrame>(signIn, "sandboxHintFrame")->isVisible());
    signInThroughDialog(signIn, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Local proxy · demo@sandbox.invsync"_s);
    QTRY_VERIFY(m_secrets->contains(tokensKey(id)));

    // Cancelled: kept.
    view->setCurrentItem(rowNamed(view, u"Local proxy"_s));
    m_dialogs->answers << QMessageBox::Cancel;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs->questionsAsked.size(), 1);
    QVERIFY(m_dialogs->questionsAsked.last().contains(u"Local proxy"_s));
    QVERIFY(rowNamed(view, u"Local proxy"_s));
    QVERIFY(m_secrets->contains(tokensKey(id)));

    // Confirmed: gone, with its sign-in; the first remaining profile is active.
    m_dialogs->answers << QMessageBox::Yes;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QVERIFY(!rowNamed(view, u"Local proxy"_s));
    QTRY_VERIFY(!m_secrets->contains(tokensKey(id)));
    QCOMPARE(statusText(), u"ShipHero · not signed in"_s);
    QVERIFY(m_connection->rememberedUser(id).isEmpty());

    // The last profile cannot be removed.
    view->setCurrentItem(rowNamed(view, u"ShipHero"_s));
    m_dialogs->answers << QMessageBox::Yes;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(view->topLevelItemCount(), 1);
    QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
    dialog->reject();
}

void TestSignIn::editProfile()
{
    ConnectionsDialog *dialog = openConnections();
    QVERIFY(dialog);
    auto *view = child<QTreeWidget>(dialog, "profilesView");
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    auto *urlEdit = child<QLineEdit>(dialog, "urlEdit");
    auto *save = child<QPushButton>(dialog, "saveButton");

    // A built-in profile's address is fixed.
    view->setCurrentItem(rowNamed(view, u"ShipHero"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "editButton"), Qt::LeftButton);
    QVERIFY(nameEdit->isVisible());
    QCOMPARE(nameEdit->text(), u"ShipHero"_s);
    QVERIFY(!urlEdit->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelEditButton"), Qt::LeftButton);
    QVERIFY(!nameEdit->isVisible());

    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QTest::keyClicks(nameEdit, u"Local"_s);
    QTest::keyClicks(urlEdit, m_server->baseUrl().toString());
    QTest::mouseClick(save, Qt::LeftButton);
    const QString id = profileIdByName(m_connection.get(), u"Local"_s);
    QVERIFY(!id.isEmpty());
    view->setCurrentItem(rowNamed(view, u"Local"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(dialog->signInDialog());
    signInThroughDialog(dialog->signInDialog(), DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Local · demo@sandbox.invsync"_s);

    // Renamed: still signed in, under the new name.
    view->setCurrentItem(rowNamed(view, u"Local"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "editButton"), Qt::LeftButton);
    QVERIFY(urlEdit->isEnabled());
    nameEdit->clear();
    QTest::keyClicks(nameEdit, u"Local sandbox"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(statusText(), u"Local sandbox · demo@sandbox.invsync"_s);
    QVERIFY(m_secrets->contains(tokensKey(id)));

    // A new address: the old service's tokens are forgotten, not sent there.
    view->setCurrentItem(rowNamed(view, u"Local sandbox"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "editButton"), Qt::LeftButton);
    urlEdit->clear();
    QTest::keyClicks(urlEdit, u"http://localhost:%1"_s.arg(m_server->port()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(statusText(), u"Local sandbox · not signed in"_s);
    QTRY_VERIFY(!m_secrets->contains(tokensKey(id)));
    QCOMPARE(m_connection->session()->baseUrl().host(), u"localhost"_s);
    QTest::qWait(100); // no late restore signs back in
    QVERIFY(!m_connection->isSignedIn());
    dialog->reject();
}

void TestSignIn::signInAgainMessage()
{
    // A token whose refresh token the service does not know: the renewal is refused.
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    dialog->setMode(SignInDialog::Mode::Token);
    QTest::keyClicks(child<QLineEdit>(dialog, "accessTokenEdit"), u"stale-access-token"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "refreshTokenEdit"), u"revoked-refresh-token"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE(statusText(), u"Sandbox · signed in with a token"_s);

    m_connection->session()->refresh();
    auto *bar = child<QFrame>(m_window.get(), "messageBar");
    QTRY_VERIFY(bar->isVisible());
    auto *text = child<QLabel>(m_window.get(), "messageBarLabel");
    QVERIFY2(text->text().contains(u"Sign in again"_s), qPrintable(text->text()));
    QCOMPARE(statusText(), u"Sandbox · not signed in"_s);
    assertNoSecret(m_window.get(), {u"stale-access-token"_s, u"revoked-refresh-token"_s});

    // The bar's button opens the sign-in dialog, which says why.
    auto *signInButton = child<QPushButton>(m_window.get(), "messageBarActionButton");
    QVERIFY(signInButton->isVisible());
    QTest::mouseClick(signInButton, Qt::LeftButton);
    dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!bar->isVisible());
    QVERIFY(child<QLabel>(dialog, "reasonLabel")->isVisible());
    QVERIFY(child<QLabel>(dialog, "reasonLabel")->text().contains(u"Sign in again"_s));
    signInThroughDialog(dialog, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
}

void TestSignIn::noKeychainNotice()
{
    // A keychain whose service is not running: secrets fall back to memory.
    auto *keychain = new MemorySecretStore;
    keychain->setAvailable(false);
    openWindow(new FallbackSecretStore(keychain));
    auto *bar = child<QFrame>(m_window.get(), "messageBar");
    QTRY_VERIFY(bar->isVisible());
    auto *text = child<QLabel>(m_window.get(), "messageBarLabel");
    QVERIFY2(text->text().contains(u"No keychain service is running"_s), qPrintable(text->text()));
    QVERIFY(text->text().contains(u"forgotten when InvSync quits"_s));
    QVERIFY(!child<QPushButton>(m_window.get(), "messageBarActionButton")->isVisible());

    // Signing in still works, and the notice stays until dismissed.
    SignInDialog *dialog = openSignInFromStatusBar();
    QVERIFY(dialog);
    signInThroughDialog(dialog, DemoData::username(), DemoData::password());
    QTRY_COMPARE(statusText(), u"Sandbox · demo@sandbox.invsync"_s);
    QVERIFY(bar->isVisible());
    QTest::mouseClick(child<QAbstractButton>(m_window.get(), "messageBarCloseButton"),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
