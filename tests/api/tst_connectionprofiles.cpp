// Connection profiles: the defaults on first start, adding, removing and
// choosing one, and what reaches the settings file (never a token).

#include "api/AuthSession.h"
#include "api/ConnectionProfile.h"
#include "settings/MemorySecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void addUseRemove();
    void refusesBadProfiles_data();
    void refusesBadProfiles();
    void persistsAcrossInstances();
    void settingsNeverHoldTokens();

private:
    QString iniFile() const { return m_dir->filePath(u"invsync.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectionProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectionProfiles::defaults()
{
    QSettings settings(iniFile(), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    QCOMPARE(profiles.profiles().size(), 2);
    QCOMPARE(profiles.activeId(), QString(ConnectionProfiles::SandboxId));
    QCOMPARE(profiles.active().kind, ConnectionProfile::Kind::Sandbox);
    QCOMPARE(profiles.active().name, u"Sandbox"_s);
    const ConnectionProfile shipHero = profiles.profile(QString(ConnectionProfiles::ShipHeroId));
    QCOMPARE(shipHero.kind, ConnectionProfile::Kind::ShipHero);
    QCOMPARE(shipHero.baseUrl(), QUrl(u"https://public-api.shiphero.com"_s));
    const QUrl sandboxUrl(u"http://127.0.0.1:4321"_s);
    QCOMPARE(profiles.active().baseUrl(sandboxUrl), sandboxUrl);
}

void TestConnectionProfiles::addUseRemove()
{
    QSettings settings(iniFile(), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    QSignalSpy changed(&profiles, &ConnectionProfiles::changed);
    QSignalSpy activeChanged(&profiles, &ConnectionProfiles::activeChanged);

    QString error;
    const QString id = profiles.add(
        {{}, u"Staging proxy"_s, ConnectionProfile::Kind::Custom, QUrl(u"http://127.0.0.1:8080"_s)},
        &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(profiles.profiles().size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(profiles.profile(id).baseUrl(), QUrl(u"http://127.0.0.1:8080"_s));

    QVERIFY(profiles.use(id));
    QCOMPARE(profiles.activeId(), id);
    QCOMPARE(activeChanged.size(), 1);
    QVERIFY(!profiles.use(u"no-such-profile"_s));
    QCOMPARE(profiles.activeId(), id);

    ConnectionProfile renamed = profiles.profile(id);
    renamed.name = u"Proxy"_s;
    QVERIFY(profiles.update(renamed));
    QCOMPARE(profiles.active().name, u"Proxy"_s);

    // Removing the active one activates another.
    QVERIFY(profiles.remove(id));
    QCOMPARE(profiles.profiles().size(), 2);
    QVERIFY(profiles.contains(profiles.activeId()));
    QCOMPARE(activeChanged.size(), 2);

    // The last profile stays.
    QVERIFY(profiles.remove(QString(ConnectionProfiles::ShipHeroId)));
    QVERIFY(!profiles.remove(QString(ConnectionProfiles::SandboxId)));
    QCOMPARE(profiles.profiles().size(), 1);
}

void TestConnectionProfiles::refusesBadProfiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");

    QTest::newRow("no name") << u"  "_s << u"https://example.com"_s;
    QTest::newRow("taken name") << u"sandbox"_s << u"https://example.com"_s;
    QTest::newRow("not a URL") << u"Mine"_s << u"example"_s;
    QTest::newRow("ftp") << u"Mine"_s << u"ftp://example.com"_s;
    QTest::newRow("password in URL") << u"Mine"_s << u"https://me:pw@example.com"_s;
}

void TestConnectionProfiles::refusesBadProfiles()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QSettings settings(iniFile(), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    QString error;
    QVERIFY(profiles.add({{}, name, ConnectionProfile::Kind::Custom, QUrl(url)}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"pw"_s));
    QCOMPARE(profiles.profiles().size(), 2);
}

void TestConnectionProfiles::persistsAcrossInstances()
{
    QString id;
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        ConnectionProfiles profiles(&settings);
        id = profiles.add({{},
                           u"Local"_s,
                           ConnectionProfile::Kind::Custom,
                           QUrl(u"http://localhost:9000/api"_s)});
        QVERIFY(!id.isEmpty());
        QVERIFY(profiles.use(id));
    }
    QSettings settings(iniFile(), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    QCOMPARE(profiles.profiles().size(), 3);
    QCOMPARE(profiles.activeId(), id);
    QCOMPARE(profiles.active().name, u"Local"_s);
    QCOMPARE(profiles.active().kind, ConnectionProfile::Kind::Custom);
    QCOMPARE(profiles.active().baseUrl(), QUrl(u"http://localhost:9000/api"_s));
}

void TestConnectionProfiles::settingsNeverHoldTokens()
{
    const QString access = u"access-8f3a1c0e-token-text"_s;
    const QString refresh = u"refresh-77b2d9-token-text"_s;
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        ConnectionProfiles profiles(&settings);
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        AuthSession session(&network, &secrets);
        session.setConnection(profiles.activeId(), QUrl(u"http://127.0.0.1:9"_s));
        AuthReply *reply = session.setTokens(access, refresh, 3600);
        QSignalSpy finished(reply, &AuthReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(session.isSignedIn());
        QCOMPARE(secrets.size(), 1);
        profiles.add(
            {{}, u"Other"_s, ConnectionProfile::Kind::Custom, QUrl(u"https://example.com"_s)});
        settings.sync();
    }
    QFile file(iniFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Sandbox"));
    QVERIFY(!contents.contains(access.toUtf8()));
    QVERIFY(!contents.contains(refresh.toUtf8()));
    QVERIFY(!contents.contains("token"));
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
