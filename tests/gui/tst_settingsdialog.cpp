// The Settings dialog: it shows what is stored, OK writes each value,
// Cancel writes nothing and takes back a previewed theme, the language note
// tells when a restart is needed, and every control can be found by a
// screen reader.

#include "api/ConnectionProfile.h"
#include "gui/Connection.h"
#include "gui/SettingsDialog.h"
#include "gui/Theme.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QPushButton *button(SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(&dialog, "buttonBox")->button(which);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsStoredValues_data();
    void showsStoredValues();
    void okWritesEachValue_data();
    void okWritesEachValue();
    void cancelWritesNothingAndRestoresTheme_data();
    void cancelWritesNothingAndRestoresTheme();
    void themeIsPreviewedAtOnce();
    void restartNoteOnlyForAnotherLanguage_data();
    void restartNoteOnlyForAnotherLanguage();
    void buttonsAskForTheirDialogs_data();
    void buttonsAskForTheirDialogs();
    void showsConnections();
    void controlsAreNamedForScreenReaders();
    // Last: it installs other translators and another default locale.
    void languageSettingChoosesTranslationAndNumbers_data();
    void languageSettingChoosesTranslationAndNumbers();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_config.isValid());
    // The window's own settings file (installTranslations reads the Language
    // there) goes to a scratch place, never the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    // The running application speaks English, as the restart note compares.
    installTranslations(*QCoreApplication::instance(), QLocale(u"en"_s));
}

void TestSettingsDialog::init()
{
    static int run = 0;
    Settings::createInstance(m_dir.filePath(u"settings-%1.ini"_s.arg(++run)));
    Theme::apply(Theme::Mode::System);
}

void TestSettingsDialog::cleanup()
{
    Theme::apply(Theme::Mode::System);
}

void TestSettingsDialog::showsStoredValues_data()
{
    QTest::addColumn<int>("refresh");
    QTest::addColumn<double>("share");
    QTest::addColumn<bool>("notify");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("themeIndex");
    QTest::newRow("defaults") << -1 << -1.0 << true << QString() << QString() << 50 << 0;
    QTest::newRow("spanish dark") << 120 << 0.35 << false << u"es"_s << u"dark"_s << 35 << 2;
    QTest::newRow("brazil light") << 2 << 10.0 << true << u"pt_BR"_s << u"light"_s << 1000 << 1;
    QTest::newRow("english, odd share")
        << 300 << 0.075 << false << u"en"_s << u"system"_s << 8 << 0;
}

void TestSettingsDialog::showsStoredValues()
{
    QFETCH(int, refresh);
    QFETCH(double, share);
    QFETCH(bool, notify);
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QFETCH(int, percent);
    QFETCH(int, themeIndex);
    Settings *settings = Settings::instance();
    if (refresh > 0)
        settings->setValue(Settings::Key::RefreshSeconds, refresh);
    if (share > 0)
        settings->setValue(Settings::Key::LargeChangeShare, share);
    settings->setValue(Settings::Key::NotifyFinished, notify);
    if (!language.isEmpty())
        settings->setValue(Settings::Key::Language, language);
    if (!theme.isEmpty())
        settings->setValue(Settings::Key::Theme, theme);

    SettingsDialog dialog;

    QCOMPARE(child<QSpinBox>(&dialog, "refreshSpin")->value(), refresh > 0 ? refresh : 5);
    QCOMPARE(child<QSpinBox>(&dialog, "changeSpin")->value(), percent);
    QCOMPARE(child<QCheckBox>(&dialog, "notifyCheck")->isChecked(), notify);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), language);
    QCOMPARE(dialog.selectedLanguage(), language);
    QCOMPARE(child<QComboBox>(&dialog, "themeCombo")->currentIndex(), themeIndex);
}

void TestSettingsDialog::okWritesEachValue_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("refresh") << u"refreshSpin"_s << QVariant(42) << Settings::Key::RefreshSeconds
                             << QVariant(42);
    QTest::newRow("large change 35 %")
        << u"changeSpin"_s << QVariant(35) << Settings::Key::LargeChangeShare << QVariant(0.35);
    QTest::newRow("large change 250 %")
        << u"changeSpin"_s << QVariant(250) << Settings::Key::LargeChangeShare << QVariant(2.5);
    QTest::newRow("language pt_BR") << u"languageCombo"_s << QVariant(u"pt_BR"_s)
                                    << Settings::Key::Language << QVariant(u"pt_BR"_s);
    QTest::newRow("language es") << u"languageCombo"_s << QVariant(u"es"_s)
                                 << Settings::Key::Language << QVariant(u"es"_s);
    QTest::newRow("theme dark") << u"themeCombo"_s << QVariant(2) << Settings::Key::Theme
                                << QVariant(u"dark"_s);
    QTest::newRow("theme light") << u"themeCombo"_s << QVariant(1) << Settings::Key::Theme
                                 << QVariant(u"light"_s);
    QTest::newRow("no notification")
        << u"notifyCheck"_s << QVariant(false) << Settings::Key::NotifyFinished << QVariant(false);
}

void TestSettingsDialog::okWritesEachValue()
{
    QFETCH(QString, control);
    QFETCH(QVariant, input);
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    Settings *settings = Settings::instance();
    const QVariant before = settings->value(key);
    QVERIFY(before != expected);

    SettingsDialog dialog;
    dialog.show();
    QSignalSpy changed(settings, &Settings::changed);
    QWidget *widget = dialog.findChild<QWidget *>(control);
    QVERIFY(widget);
    if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(input.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->setChecked(input.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int index =
            input.typeId() == QMetaType::Int ? input.toInt() : combo->findData(input.toString());
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    // Nothing is written before OK.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings->value(key), before);

    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    if (expected.typeId() == QMetaType::Double)
        QCOMPARE(settings->value(key).toDouble(), expected.toDouble());
    else
        QCOMPARE(settings->value(key), expected);
    // Only what was changed is announced (the window reacts per key).
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), key);
}

void TestSettingsDialog::cancelWritesNothingAndRestoresTheme_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("cancel button") << false;
    QTest::newRow("escape key") << true;
}

void TestSettingsDialog::cancelWritesNothingAndRestoresTheme()
{
    QFETCH(bool, escape);
    Settings *settings = Settings::instance();
    settings->setValue(Settings::Key::Theme, u"light"_s);
    Theme::apply(Theme::Mode::Light); // as the application did at start

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(settings, &Settings::changed);
    child<QSpinBox>(&dialog, "refreshSpin")->setValue(99);
    child<QSpinBox>(&dialog, "changeSpin")->setValue(12);
    child<QCheckBox>(&dialog, "notifyCheck")->setChecked(false);
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(u"es"_s));
    child<QComboBox>(&dialog, "themeCombo")->setCurrentIndex(2);
    QVERIFY(Theme::isDark()); // previewed

    if (escape)
        QTest::keyClick(&dialog, Qt::Key_Escape);
    else
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings->value(Settings::Key::RefreshSeconds).toInt(), 5);
    QCOMPARE(settings->value(Settings::Key::NotifyFinished).toBool(), true);
    QCOMPARE(settings->value(Settings::Key::Language).toString(), QString());
    QCOMPARE(settings->value(Settings::Key::Theme).toString(), u"light"_s);
    QCOMPARE(settings->largeChangeShare(), 0.5);
    QCOMPARE(Theme::current(), Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
}

void TestSettingsDialog::themeIsPreviewedAtOnce()
{
    SettingsDialog dialog;
    dialog.show();
    auto *theme = child<QComboBox>(&dialog, "themeCombo");
    theme->setCurrentIndex(2);
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QVERIFY(Theme::isDark());
    // The open dialog itself repaints dark (palette changes reach widgets queued).
    QTRY_VERIFY(Theme::isDark(dialog.palette()));
    theme->setCurrentIndex(1);
    QCOMPARE(Theme::current(), Theme::Mode::Light);
    QVERIFY(!Theme::isDark());

    // OK keeps what is shown.
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Theme::current(), Theme::Mode::Light);
    QCOMPARE(Settings::instance()->value(Settings::Key::Theme).toString(), u"light"_s);
}

void TestSettingsDialog::restartNoteOnlyForAnotherLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("initially");
    QTest::addColumn<bool>("note");
    // The application runs in English (initTestCase).
    QTest::newRow("english stays") << u"en"_s << u"en"_s << false << false;
    QTest::newRow("english to spanish") << u"en"_s << u"es"_s << false << true;
    QTest::newRow("english to brazilian") << u"en"_s << u"pt_BR"_s << false << true;
    // Chosen last time but not restarted yet: still needs the restart.
    QTest::newRow("spanish pending") << u"es"_s << u"es"_s << true << true;
    QTest::newRow("spanish pending, back to english") << u"es"_s << u"en"_s << true << false;
}

void TestSettingsDialog::restartNoteOnlyForAnotherLanguage()
{
    QFETCH(QString, stored);
    QFETCH(QString, chosen);
    QFETCH(bool, initially);
    QFETCH(bool, note);
    Settings::instance()->setValue(Settings::Key::Language, stored);

    SettingsDialog dialog;
    dialog.show();
    auto *label = child<QLabel>(&dialog, "restartLabel");
    child<QTabWidget>(&dialog, "tabs")->setCurrentWidget(child<QWidget>(&dialog, "appearanceTab"));
    QCOMPARE(label->isVisible(), initially);
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(chosen));
    QCOMPARE(label->isVisible(), note);
    QCOMPARE(label->text(), u"Takes effect when InvSync restarts."_s);
}

void TestSettingsDialog::buttonsAskForTheirDialogs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("connections");
    QTest::newRow("manage connections") << u"manageConnectionsButton"_s << true;
    QTest::newRow("file hosting") << u"hostingSettingsButton"_s << false;
}

void TestSettingsDialog::buttonsAskForTheirDialogs()
{
    QFETCH(QString, name);
    QFETCH(bool, connections);
    SettingsDialog dialog;
    dialog.show();
    QSignalSpy manage(&dialog, &SettingsDialog::manageConnectionsRequested);
    QSignalSpy hosting(&dialog, &SettingsDialog::hostingSettingsRequested);
    auto *pushButton = dialog.findChild<QPushButton *>(name);
    QVERIFY(pushButton);
    QVERIFY(!pushButton->autoDefault()); // Enter still means OK
    QWidget *tab = pushButton->parentWidget();
    child<QTabWidget>(&dialog, "tabs")->setCurrentWidget(tab);

    QTest::mouseClick(pushButton, Qt::LeftButton);

    QCOMPARE(manage.count(), connections ? 1 : 0);
    QCOMPARE(hosting.count(), connections ? 0 : 1);
    QVERIFY(dialog.isVisible()); // the other dialog opens over this one
}

void TestSettingsDialog::showsConnections()
{
    QSettings store(m_dir.filePath(u"connections.ini"_s), QSettings::IniFormat);
    Connection connection(&store, new MemorySecretStore, QUrl(u"http://127.0.0.1:9/"_s));
    SettingsDialog dialog;
    auto *active = child<QLabel>(&dialog, "activeConnectionLabel");
    auto *list = child<QListWidget>(&dialog, "profilesList");
    QVERIFY(!active->text().isEmpty()); // says that there is none
    QCOMPARE(list->count(), 0);

    dialog.setConnection(&connection);
    const ConnectionProfile current = connection.profiles()->active();
    QVERIFY(active->text().contains(current.name));
    QCOMPARE(list->count(), connection.profiles()->profiles().size());

    // A connection added meanwhile (Manage Connections) shows up.
    ConnectionProfile added;
    added.name = u"Warehouse East"_s;
    added.kind = ConnectionProfile::Kind::Custom;
    added.customUrl = QUrl(u"http://127.0.0.1:9/east"_s);
    QString error;
    QVERIFY2(!connection.profiles()->add(added, &error).isEmpty(), qPrintable(error));
    QVERIFY(!list->findItems(u"Warehouse East"_s, Qt::MatchStartsWith).isEmpty());
}

void TestSettingsDialog::controlsAreNamedForScreenReaders()
{
    SettingsDialog dialog;
    dialog.show();
    int checked = 0;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Qt's own parts of a control (a spin box's line edit, the tab bar)
        // are announced through the control.
        if (widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(u"qt_"_s) ||
            widget->objectName().isEmpty())
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 9);

    // Every label with a mnemonic moves the focus to its field.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
    }
}

void TestSettingsDialog::languageSettingChoosesTranslationAndNumbers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("monday");
    QTest::addColumn<QString>("hostingTitle");
    QTest::newRow("spanish") << u"es"_s << u"es_ES"_s << u"2,5"_s << u"lunes"_s
                             << u"Configuración de alojamiento de archivos"_s;
    // No Brazilian translation yet: numbers and dates follow, text stays English.
    QTest::newRow("brazilian") << u"pt_BR"_s << u"pt_BR"_s << u"2,5"_s << u"segunda-feira"_s
                               << QString();
    QTest::newRow("english") << u"en"_s << u"en_US"_s << u"2.5"_s << u"Monday"_s
                             << u"File Hosting Settings"_s;
    QTest::newRow("system") << QString() << QLocale::system().name()
                            << QLocale::system().toString(2.5, 'f', 1)
                            << QLocale::system().dayName(1) << QString();
}

void TestSettingsDialog::languageSettingChoosesTranslationAndNumbers()
{
    QFETCH(QString, language);
    QFETCH(QString, localeName);
    QFETCH(QString, number);
    QFETCH(QString, monday);
    QFETCH(QString, hostingTitle);
    QSettings window(u"InvSync"_s, u"InvSync"_s);
    if (!window.fileName().startsWith(m_config.path()))
        QSKIP("The window's settings file is not in the scratch directory");
    window.setValue(Settings::path(Settings::Key::Language), language);
    window.sync();
    const QLocale before;
    QCoreApplication *app = QCoreApplication::instance();
    const auto removeTranslators = [app] {
        const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    };
    removeTranslators();

    installTranslations(*app);

    const QLocale now;
    const QString installed = installedLocale().name(); // what the restart note compares
    const QString translated =
        QCoreApplication::translate("HostingSettingsDialog", "File Hosting Settings");
    // Put back what the other tests expect before checking.
    removeTranslators();
    QLocale::setDefault(before);
    installTranslations(*app, QLocale(u"en"_s));
    window.remove(Settings::path(Settings::Key::Language));

    QCOMPARE(now.name(), localeName);
    // What the window formats with QLocale() follows the chosen language.
    QCOMPARE(now.toString(2.5, 'f', 1), number);
    QCOMPARE(now.dayName(1), monday);
    QCOMPARE(installed, localeName);
    if (!hostingTitle.isEmpty())
        QCOMPARE(translated, hostingTitle);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
