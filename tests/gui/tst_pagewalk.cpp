// Every page and dialog of the window, shown at 200 % scale in the dark and
// the light theme, must come up without a single warning from Qt (layout,
// tab order, painting, icon or style complaints) and be drawn at twice the
// pixels. INVSYNC_SCREENSHOT_DIR, when set, keeps a PNG of each screen.
#include "SandboxWindowFixture.h"
#include "TestDialogProvider.h"

#include "gui/AbortDialog.h"
#include "gui/AboutDialog.h"
#include "gui/BatchesModel.h"
#include "gui/BatchesPage.h"
#include "gui/Connection.h"
#include "gui/ConnectionsDialog.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/SignInDialog.h"
#include "gui/Theme.h"
#include "gui/UploadPage.h"
#include "history/HistoryStore.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

QStringList &qtWarnings()
{
    static QStringList warnings;
    return warnings;
}

QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says "This plugin does not support
    // propagateSizeHints()" for every window it shows, and the same of
    // raise(): limits of the test platform, not something the window did.
    const bool offscreenLimit = message.startsWith(u"This plugin does not support "_s);
    if (!offscreenLimit && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        qtWarnings() << QString::fromLatin1(context.category ? context.category : "default") +
                            u": "_s + message;
    if (previousHandler)
        previousHandler(type, context, message);
}

// The lightness of the pixel in the middle of the top-left 8×8 corner: the
// window's background there, away from borders.
int backgroundLightness(const QImage &image)
{
    return image.pixelColor(4, 4).lightness();
}

} // namespace

class TestPageWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyScreen_data();
    void everyScreen();

private:
    void check(QWidget *widget, const QString &name, bool dark);

    QTemporaryDir m_dir;
    SandboxWindowFixture m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_theme;
};

void TestPageWalk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    previousHandler = qInstallMessageHandler(recordWarnings);
}

void TestPageWalk::init()
{
    QString problem;
    QVERIFY2(m_env.start(m_dir, fastConfig(), &problem), qPrintable(problem));
    qtWarnings().clear();
}

void TestPageWalk::cleanup()
{
    m_window.reset();
    m_env.reset();
    Theme::apply(Theme::Mode::System);
}

void TestPageWalk::everyScreen_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("dark") << u"dark"_s;
    QTest::newRow("light") << u"light"_s;
}

void TestPageWalk::check(QWidget *widget, const QString &name, bool dark)
{
    QVERIFY2(QTest::qWaitForWindowExposed(widget), qPrintable(name));
    QTest::qWait(50); // let queued layout and paint events run
    const QPixmap shot = widget->grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.width(), widget->width() * 2);
    const QImage image = shot.toImage();
    if (dark)
        QVERIFY2(backgroundLightness(image) < 100,
                 qPrintable(name + u" is not dark: lightness "_s +
                            QString::number(backgroundLightness(image))));
    else
        QVERIFY2(backgroundLightness(image) > 150,
                 qPrintable(name + u" is not light: lightness "_s +
                            QString::number(backgroundLightness(image))));
    const QString dir = qEnvironmentVariable("INVSYNC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + u'/' + m_theme + u'-' + name + u".png"_s);
    }
    QVERIFY2(qtWarnings().isEmpty(), qPrintable(name + u": "_s + qtWarnings().join(u"\n"_s)));
}

void TestPageWalk::everyScreen()
{
    QFETCH(QString, theme);
    m_theme = theme;
    const bool dark = theme == u"dark"_s;
    Settings::instance()->setValue(Settings::Key::Theme, theme);
    Theme::apply(Theme::fromSetting(theme));
    QCOMPARE(Theme::isDark(), dark);

    // A finished batch with failures, sent from this computer, for the Batches pages.
    const QByteArray csv = "sku,quantity,action,reason\nTSHIRT-BLK-S,5,replace,count\n"
                           "NO-SUCH-SKU,3,replace,count\n";
    m_env.files->serve(u"/stock.csv"_s, {200, "text/csv", csv});
    SubmitRequest request;
    request.url = m_env.files->url(u"/stock.csv"_s);
    request.warehouseId = warehouseId();
    const SubmitResult submitted = waitFor<SubmitResult>(m_env.connection->api()->submit(request));
    QVERIFY(submitted.ok());

    m_window = std::make_unique<MainWindow>(std::make_unique<TestDialogProvider>());
    m_window->setConnection(m_env.connection.get());
    m_window->setHistory(m_env.history.get());
    m_window->resize(1200, 800);
    m_window->show();
    check(m_window.get(), u"upload-empty"_s, dark);
    if (QTest::currentTestFailed())
        return;

    m_window->openFile(QStringLiteral(INVSYNC_SAMPLES_DIR "/inventory-with-problems.csv"));
    QTRY_VERIFY(m_window->uploadPage()->session());
    QTRY_VERIFY(!m_window->uploadPage()->isLoading());
    check(m_window.get(), u"upload-problems"_s, dark);
    if (QTest::currentTestFailed())
        return;

    QAction *batchesPage = m_window->findChild<QAction *>(u"actionShowBatches"_s);
    QVERIFY(batchesPage);
    batchesPage->trigger();
    BatchesPage *batches = m_window->batchesPage();
    QTRY_VERIFY_WITH_TIMEOUT(batches->model()->rowCount() > 0, 15000);
    check(m_window.get(), u"batches"_s, dark);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(batches->openBatch(submitted.syncId), 15000);
    QTest::qWait(300);
    check(m_window.get(), u"batch"_s, dark);
    if (QTest::currentTestFailed())
        return;

    // Every dialog the window opens.
    m_window->openSettings();
    QTRY_VERIFY(m_window->settingsDialog());
    check(m_window->settingsDialog(), u"settings"_s, dark);
    if (QTest::currentTestFailed())
        return;
    m_window->settingsDialog()->reject();

    m_window->openSignIn();
    QTRY_VERIFY(m_window->signInDialog());
    check(m_window->signInDialog(), u"sign-in"_s, dark);
    if (QTest::currentTestFailed())
        return;
    m_window->signInDialog()->reject();

    m_window->openConnections();
    QTRY_VERIFY(m_window->connectionsDialog());
    check(m_window->connectionsDialog(), u"connections"_s, dark);
    if (QTest::currentTestFailed())
        return;
    m_window->connectionsDialog()->reject();

    const QList<std::pair<const char *, QString>> dialogs{
        {"actionAbout", u"about"_s},
        {"actionHostingSettings", u"hosting-settings"_s},
        {"actionOpenUrl", u"open-url"_s},
    };
    for (const auto &[actionName, name] : dialogs) {
        QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(actionName));
        QVERIFY2(action, actionName);
        const QList<QDialog *> before = m_window->findChildren<QDialog *>();
        action->trigger();
        QDialog *opened = nullptr;
        QTRY_VERIFY2((opened = [&]() -> QDialog * {
                         const QList<QDialog *> now = m_window->findChildren<QDialog *>();
                         for (QDialog *dialog : now) {
                             if (!before.contains(dialog) && dialog->isVisible())
                                 return dialog;
                         }
                         return nullptr;
                     }()),
                     actionName);
        check(opened, name, dark);
        if (QTest::currentTestFailed())
            return;
        opened->close();
    }

    AbortDialog abort(m_window.get());
    abort.show();
    check(&abort, u"abort"_s, dark);
    if (QTest::currentTestFailed())
        return;
}

int main(int argc, char *argv[])
{
    // 200 %: before the application exists, as a user's display setting would be.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestPageWalk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pagewalk.moc"
