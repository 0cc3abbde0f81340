#include "settings/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace Qt::StringLiterals;

// The settings file is plain text that people edit by hand: a value of the
// wrong type must read as the key's default, never as 0, false or garbage.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handEditedValues_data();
    void handEditedValues();
    void largeChangeShareFallsBack_data();
    void largeChangeShareFallsBack();
    void roundTripAndChangedSignal();

private:
    QString writeIni(const QByteArray &text);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestSettings::writeIni(const QByteArray &text)
{
    // A new file each time: QSettings caches a file it has read, by path.
    const QString path = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

void TestSettings::handEditedValues_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");

    const auto def = [](Settings::Key key) { return Settings::defaultValue(key); };
    QTest::newRow("port is a word") << QByteArray("[Reach]\nHost\\Port=http\n")
                                    << Settings::Key::HostPort << def(Settings::Key::HostPort);
    QTest::newRow("port is a number") << QByteArray("[Reach]\nHost\\Port=8080\n")
                                      << Settings::Key::HostPort << QVariant(8080);
    QTest::newRow("minutes with a unit") << QByteArray("[Reach]\nHost\\ServeMinutes=90min\n")
                                         << Settings::Key::HostServeMinutes
                                         << def(Settings::Key::HostServeMinutes);
    QTest::newRow("bool is yes-ish") << QByteArray("[Reach]\nS3\\PathStyle=perhaps\n")
                                     << Settings::Key::S3PathStyle
                                     << def(Settings::Key::S3PathStyle);
    QTest::newRow("bool true") << QByteArray("[Reach]\nS3\\PathStyle=true\n")
                               << Settings::Key::S3PathStyle << QVariant(true);
    QTest::newRow("bool 0") << QByteArray("[Notifications]\nBatchFinished=0\n")
                            << Settings::Key::NotifyFinished << QVariant(false);
    QTest::newRow("notifications garbage") << QByteArray("[Notifications]\nBatchFinished=loud\n")
                                           << Settings::Key::NotifyFinished << QVariant(true);
    QTest::newRow("refresh seconds as text") << QByteArray("[Batches]\nRefreshSeconds=often\n")
                                             << Settings::Key::RefreshSeconds
                                             << def(Settings::Key::RefreshSeconds);
    QTest::newRow("one recent file is a list")
        << QByteArray("[Recent]\nFiles=/data/stock.csv\n") << Settings::Key::RecentFiles
        << QVariant(QStringList{u"/data/stock.csv"_s});
    QTest::newRow("map given as text") << QByteArray("[Submit]\nLastWarehouses=main\n")
                                       << Settings::Key::LastWarehouses
                                       << QVariant(QVariantMap());
    QTest::newRow("geometry as text is kept as bytes")
        << QByteArray("[MainWindow]\nGeometry=abc\n") << Settings::Key::MainWindowGeometry
        << QVariant(QByteArray("abc"));
}

void TestSettings::handEditedValues()
{
    QFETCH(QByteArray, ini);
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    Settings::createInstance(writeIni(ini));
    const QVariant value = Settings::instance()->value(key);
    QCOMPARE(value.metaType(), expected.metaType());
    QCOMPARE(value, expected);
}

void TestSettings::largeChangeShareFallsBack_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<double>("expected");
    QTest::newRow("a share") << QByteArray("0.25") << 0.25;
    QTest::newRow("a word") << QByteArray("half") << 0.5;
    QTest::newRow("a percent sign") << QByteArray("25%") << 0.5;
    QTest::newRow("zero") << QByteArray("0") << 0.5;
    QTest::newRow("negative") << QByteArray("-1") << 0.5;
}

void TestSettings::largeChangeShareFallsBack()
{
    QFETCH(QByteArray, stored);
    QFETCH(double, expected);
    Settings::createInstance(writeIni("[Check]\nLargeChangeShare=" + stored + '\n'));
    QCOMPARE(Settings::instance()->largeChangeShare(), expected);
}

void TestSettings::roundTripAndChangedSignal()
{
    const QString path = writeIni({});
    Settings::createInstance(path);
    Settings *settings = Settings::instance();
    QSignalSpy changed(settings, &Settings::changed);
    // The default of a key never stored: nothing changes, nothing is announced.
    settings->setValue(Settings::Key::NotifyFinished, true);
    QCOMPARE(changed.count(), 0);
    settings->setValue(Settings::Key::RefreshSeconds, 12);
    settings->setValue(Settings::Key::RefreshSeconds, 12); // unchanged: no second signal
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::RefreshSeconds);
    settings->sync();
    Settings::createInstance(path);
    QCOMPARE(Settings::instance()->value(Settings::Key::RefreshSeconds), QVariant(12));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
