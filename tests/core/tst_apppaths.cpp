// Portable mode. AppPaths moves process-wide QSettings paths that cannot be
// moved back, so every case runs in a child process: this executable started
// again with --apppaths-child, which initialises AppPaths the way main()
// does (before the application object) and prints what it found as JSON.

#include "history/HistoryStore.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

int runChild(int argc, char *argv[])
{
    const QString exeDir = QString::fromLocal8Bit(argv[2]);
    AppPaths::initialize(exeDir);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(AppPaths::organizationName());
    QCoreApplication::setApplicationName(AppPaths::applicationName());
    // Normal mode must not touch the real profile (HOME is a temporary
    // folder too).
    QStandardPaths::setTestModeEnabled(true);

    QString defaultFile, namedFile;
    {
        QSettings settings; // what the window and Settings::instance() use
        settings.setValue(u"probe/default"_s, 1);
        settings.sync();
        defaultFile = settings.fileName();
    }
    {
        const std::unique_ptr<QSettings> settings = AppPaths::openSettings(); // the CLI's
        settings->setValue(u"probe/named"_s, 2);
        settings->sync();
        namedFile = settings->fileName();
    }
    {
        // Old code that still spells the names: lands in the same place.
        QSettings settings(u"InvSync"_s, u"InvSync"_s);
        settings.setValue(u"probe/spelled"_s, 3);
        settings.sync();
    }

    const QJsonObject result{
        {u"portable"_s, AppPaths::isPortable()}, {u"dataDir"_s, AppPaths::dataDir()},
        {u"notice"_s, AppPaths::notice()},       {u"defaultSettings"_s, defaultFile},
        {u"namedSettings"_s, namedFile},         {u"history"_s, HistoryStore::defaultPath()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestAppPaths : public QObject
{
    Q_OBJECT

private:
    QJsonObject runInChild(const QString &exeDir, const QString &home)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.remove(QString::fromLatin1(name));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"--apppaths-child"_s, exeDir});
        if (!child.waitForFinished(30000)) {
            child.kill();
            return {};
        }
        if (child.exitCode() != 0)
            qWarning().noquote() << QString::fromLocal8Bit(child.readAllStandardError());
        return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

    static bool isUnder(const QString &path, const QString &dir)
    {
        return QDir::cleanPath(path).startsWith(QDir::cleanPath(dir) + u'/');
    }

private Q_SLOTS:
    void portableKeepsEverythingBesideTheExecutable()
    {
        QTemporaryDir exeDir, home;
        QVERIFY(exeDir.isValid() && home.isValid());
        QFile marker(exeDir.filePath(u"invsync.portable"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        const QJsonObject r = runInChild(exeDir.path(), home.path());
        QVERIFY2(!r.isEmpty(), "the child process did not answer");
        QVERIFY(r.value(u"portable"_s).toBool());
        QCOMPARE(r.value(u"notice"_s).toString(), QString());
        const QString data = exeDir.filePath(u"invsync-data"_s);
        QCOMPARE(QDir::cleanPath(r.value(u"dataDir"_s).toString()), QDir::cleanPath(data));
        QVERIFY(isUnder(r.value(u"history"_s).toString(), data));

        // Both ways of opening the settings are one file beside the executable.
        const QString file = r.value(u"defaultSettings"_s).toString();
        QCOMPARE(r.value(u"namedSettings"_s).toString(), file);
        QVERIFY2(isUnder(file, data), qPrintable(file));
        QVERIFY(QFile::exists(file));
        QSettings written(file, QSettings::IniFormat);
        QCOMPARE(written.value(u"probe/default"_s).toInt(), 1);
        QCOMPARE(written.value(u"probe/named"_s).toInt(), 2);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        // Native is the registry or a plist there: only openSettings() is portable.
        QCOMPARE(written.value(u"probe/spelled"_s).toInt(), 3);
#endif

        // Nothing went to the profile.
        QDir homeDir(home.path());
        QCOMPARE(homeDir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void withoutMarkerUsesTheProfile()
    {
        QTemporaryDir exeDir, home;
        QVERIFY(exeDir.isValid() && home.isValid());

        const QJsonObject r = runInChild(exeDir.path(), home.path());
        QVERIFY2(!r.isEmpty(), "the child process did not answer");
        QVERIFY(!r.value(u"portable"_s).toBool());
        QCOMPARE(r.value(u"notice"_s).toString(), QString());
        QVERIFY(isUnder(r.value(u"dataDir"_s).toString(), home.path()));
        QVERIFY(isUnder(r.value(u"history"_s).toString(), home.path()));
        const QString file = r.value(u"defaultSettings"_s).toString();
        QVERIFY2(isUnder(file, home.path()), qPrintable(file));
        QCOMPARE(r.value(u"namedSettings"_s).toString(), file);
        QVERIFY(!QDir(exeDir.filePath(u"invsync-data"_s)).exists());
    }

    void unwritableFallsBackWithNotice_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        // chmod cannot stop root, so the data folder's name taken by a file
        // stands in for any folder that cannot be created.
        QTest::newRow("read-only folder") << true;
        QTest::newRow("data folder cannot be created") << false;
    }

    void unwritableFallsBackWithNotice()
    {
        QFETCH(bool, readOnlyFolder);
        QTemporaryDir exeDir, home;
        QVERIFY(exeDir.isValid() && home.isValid());
        QFile marker(exeDir.filePath(u"invsync.portable"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const QString dir = exeDir.path();
        if (readOnlyFolder) {
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner |
                                                   QFile::ReadUser | QFile::ExeUser));
            QFile probe(exeDir.filePath(u"probe"_s));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("this user can write into read-only folders (root)");
            }
        } else {
            QFile blocker(exeDir.filePath(u"invsync-data"_s));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }

        const QJsonObject r = runInChild(dir, home.path());
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(!r.isEmpty(), "the child process did not answer");
        QVERIFY(!r.value(u"portable"_s).toBool());
        const QString notice = r.value(u"notice"_s).toString();
        QVERIFY2(notice.contains(u"invsync.portable"_s) &&
                     notice.contains(QDir::toNativeSeparators(dir)),
                 qPrintable(notice));
        QVERIFY(isUnder(r.value(u"dataDir"_s).toString(), home.path()));
        QVERIFY(isUnder(r.value(u"defaultSettings"_s).toString(), home.path()));
    }

    void executableDirIsThisProgramsFolder()
    {
        // What main() passes: the folder of the running file, even from a
        // bare or bogus argv[0].
        const QString expected = QFileInfo(QCoreApplication::applicationFilePath()).canonicalPath();
        QCOMPARE(AppPaths::executableDir("tst_apppaths"), expected);
        QCOMPARE(AppPaths::executableDir(nullptr), expected);
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 3 && std::strcmp(argv[1], "--apppaths-child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestAppPaths test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_apppaths.moc"
