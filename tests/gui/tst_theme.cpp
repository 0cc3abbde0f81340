// The application's theme: Dark and Light are complete, readable palettes on
// Fusion, System gives back what the platform gave, and isDark() tells icon
// code which one is showing.

#include "gui/Theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

constexpr QPalette::ColorGroup Groups[] = {QPalette::Active, QPalette::Inactive,
                                           QPalette::Disabled};

// Every role a widget paints with (NoRole and Accent aside).
QList<QPalette::ColorRole> paintedRoles()
{
    QList<QPalette::ColorRole> roles;
    for (int role = 0; role < int(QPalette::NColorRoles); ++role)
        if (role != int(QPalette::NoRole))
            roles.append(QPalette::ColorRole(role));
    return roles;
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool samePalette(const QPalette &a, const QPalette &b)
{
    for (QPalette::ColorGroup group : Groups)
        for (QPalette::ColorRole role : paintedRoles())
            if (a.color(group, role) != b.color(group, role))
                return false;
    return true;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void settingNames_data();
    void settingNames();
    void modes_data();
    void modes();
    void palettesAreComplete_data();
    void palettesAreComplete();
    void systemRestoresCapturedLook();
    void systemFollowsPlatformChanges();

private:
    QPalette m_system;
    QString m_systemStyle;
};

void TestTheme::initTestCase()
{
    // Captured before any theme is applied: what the platform gave.
    m_system = QApplication::palette();
    m_systemStyle = QApplication::style()->name();
    QCOMPARE(Theme::systemStyleName(), m_systemStyle);
    QVERIFY(samePalette(Theme::systemPalette(), m_system));
}

void TestTheme::cleanup()
{
    Theme::apply(Theme::Mode::System);
}

void TestTheme::settingNames_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<QString>("written");
    QTest::newRow("system") << u"system"_s << Theme::Mode::System << u"system"_s;
    QTest::newRow("light") << u"light"_s << Theme::Mode::Light << u"light"_s;
    QTest::newRow("dark") << u"dark"_s << Theme::Mode::Dark << u"dark"_s;
    QTest::newRow("empty") << QString() << Theme::Mode::System << u"system"_s;
    QTest::newRow("unknown") << u"solarized"_s << Theme::Mode::System << u"system"_s;
}

void TestTheme::settingNames()
{
    QFETCH(QString, setting);
    QFETCH(Theme::Mode, mode);
    QFETCH(QString, written);
    QCOMPARE(Theme::fromSetting(setting), mode);
    QCOMPARE(Theme::toSetting(mode), written);
}

void TestTheme::modes_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << Theme::Mode::Dark << true;
    QTest::newRow("light") << Theme::Mode::Light << false;
}

void TestTheme::modes()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(bool, dark);
    QSignalSpy changed(ThemeNotifier::instance(), &ThemeNotifier::changed);

    Theme::apply(mode);

    QCOMPARE(Theme::current(), mode);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const int window = palette.color(group, QPalette::Window).lightness();
        const int windowText = palette.color(group, QPalette::WindowText).lightness();
        const int base = palette.color(group, QPalette::Base).lightness();
        const int text = palette.color(group, QPalette::Text).lightness();
        QCOMPARE(window < windowText, dark);
        QCOMPARE(base < text, dark);
    }
    QCOMPARE(Theme::isDark(), dark);
    // A widget made now paints with it.
    QWidget widget;
    QCOMPARE(Theme::isDark(widget.palette()), dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), dark);
}

void TestTheme::palettesAreComplete_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << Theme::darkPalette();
    QTest::newRow("light") << Theme::lightPalette();
}

void TestTheme::palettesAreComplete()
{
    QFETCH(QPalette, palette);
    // Every role set in every group: nothing falls back to the system's
    // colours, which would show light patches in the dark theme.
    for (QPalette::ColorGroup group : Groups)
        for (QPalette::ColorRole role : paintedRoles())
            QVERIFY2(palette.isBrushSet(group, role),
                     qPrintable(u"group %1 role %2"_s.arg(int(group)).arg(int(role))));

    // Readable: text on its backgrounds at least 7:1 (WCAG AAA), links and
    // placeholders at least 4.5:1; disabled text visibly weaker than text.
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase)) >=
            7);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText),
                     palette.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >=
            4.5);
    const double disabled = contrast(palette.color(QPalette::Disabled, QPalette::Text),
                                     palette.color(QPalette::Disabled, QPalette::Base));
    QVERIFY(disabled < contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)));
    QVERIFY(disabled >= 2);
}

void TestTheme::systemRestoresCapturedLook()
{
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(!samePalette(QApplication::palette(), m_system));

    Theme::apply(Theme::Mode::System);

    QCOMPARE(Theme::current(), Theme::Mode::System);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QVERIFY(samePalette(QApplication::palette(), m_system));
    QCOMPARE(Theme::isDark(), Theme::isDark(m_system));

    // And from Light too.
    Theme::apply(Theme::Mode::Light);
    Theme::apply(Theme::Mode::System);
    QVERIFY(samePalette(QApplication::palette(), m_system));
}

void TestTheme::systemFollowsPlatformChanges()
{
    // Offscreen has no desktop to switch to dark: the platform's change is
    // stood in for by a new application palette set behind the theme's back,
    // which reaches the application as the same ApplicationPaletteChange.
    QSignalSpy changed(ThemeNotifier::instance(), &ThemeNotifier::changed);
    Theme::apply(Theme::Mode::System);
    changed.clear();

    QApplication::setPalette(Theme::darkPalette());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QVERIFY(Theme::isDark());
    QVERIFY(Theme::isDark(Theme::systemPalette()));
    QCOMPARE(Theme::current(), Theme::Mode::System);

    // In an explicit mode the system's changes are not taken over.
    Theme::apply(Theme::Mode::Light);
    changed.clear();
    QApplication::setPalette(Theme::darkPalette());
    QCOMPARE(changed.count(), 0);
    QApplication::setPalette(Theme::lightPalette());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
