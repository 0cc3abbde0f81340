// The application's icons: every one exists, parses, is sharp at 200 %, has
// ink that follows the palette (dark themes) and keeps its own colours.

#include "gui/Icons.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;

Q_DECLARE_METATYPE(invsync::Icons::Name)

namespace {

QPalette paletteWithInk(const QColor &window, const QColor &ink, const QColor &disabledInk = {})
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Disabled, QPalette::WindowText,
                     disabledInk.isValid() ? disabledInk : ink);
    return palette;
}

// Opaque pixels only: the anti-aliased rim says little about the ink.
QList<QColor> opaquePixels(const QImage &image)
{
    QList<QColor> pixels;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = QColor::fromRgba(argb.pixel(x, y));
            if (c.alpha() >= 200)
                pixels.append(c);
        }
    return pixels;
}

// The mean lightness of what is drawn: accents weigh the same in both
// palettes, so the difference is the ink's.
int inkLightness(const QImage &image)
{
    const QList<QColor> pixels = opaquePixels(image);
    if (pixels.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const QColor &c : pixels)
        sum += c.lightness();
    return int(sum / pixels.size());
}

// The most common hue among the saturated opaque pixels, in 10° buckets.
int dominantHue(const QImage &image)
{
    QList<int> buckets(36, 0);
    for (const QColor &c : opaquePixels(image))
        if (c.hslSaturation() > 80 && c.hslHue() >= 0)
            ++buckets[c.hslHue() / 10];
    const auto top = std::max_element(buckets.cbegin(), buckets.cend());
    return *top == 0 ? -1 : int(top - buckets.cbegin()) * 10 + 5;
}

int hueDistance(int a, int b)
{
    const int d = std::abs(a - b) % 360;
    return std::min(d, 360 - d);
}

bool isInkIcon(Icons::Name name)
{
    QFile file(Icons::resourcePath(name));
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("currentColor");
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void everyIcon_data()
    {
        QTest::addColumn<Icons::Name>("name");
        for (Icons::Name name : Icons::all())
            QTest::newRow(qPrintable(Icons::resourcePath(name))) << name;
    }

    void everyIcon()
    {
        QFETCH(Icons::Name, name);
        QFile file(Icons::resourcePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the resource is missing");
        QSvgRenderer renderer(file.readAll());
        QVERIFY2(renderer.isValid(), "the SVG does not parse");

        const QIcon icon = Icons::get(name);
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QVERIFY2(opaquePixels(pixmap.toImage()).size() > 20, "nothing drawn");
        // Rendered, not scaled up: a 1x pixmap is the size asked too.
        QCOMPARE(icon.pixmap(QSize(24, 24), 1.0).size(), QSize(24, 24));
    }

    void inkFollowsThePalette_data()
    {
        QTest::addColumn<Icons::Name>("name");
        for (Icons::Name name : Icons::all())
            if (isInkIcon(name))
                QTest::newRow(qPrintable(Icons::resourcePath(name))) << name;
    }

    void inkFollowsThePalette()
    {
        QFETCH(Icons::Name, name);
        // One icon object across a theme switch, as a toolbar keeps it.
        const QIcon icon = Icons::get(name);

        QApplication::setPalette(
            paletteWithInk(QColor(0xf6, 0xf8, 0xfa), QColor(0x1f, 0x23, 0x28)));
        const int light = inkLightness(icon.pixmap(QSize(24, 24), 2.0).toImage());
        QApplication::setPalette(
            paletteWithInk(QColor(0x1e, 0x1e, 0x1e), QColor(0xe6, 0xed, 0xf3)));
        const int dark = inkLightness(icon.pixmap(QSize(24, 24), 2.0).toImage());

        QVERIFY2(light >= 0 && dark - light >= 100,
                 qPrintable(u"ink lightness %1 on light, %2 on dark"_s.arg(light).arg(dark)));
    }

    void disabledInkUsesTheDisabledColour()
    {
        QApplication::setPalette(paletteWithInk(Qt::white, QColor(0, 0x80, 0), QColor(0xd0, 0, 0)));
        const QIcon icon = Icons::get(Icons::Name::Find);
        QCOMPARE(dominantHue(icon.pixmap(QSize(24, 24), 2.0, QIcon::Normal).toImage()) / 10, 12);
        QCOMPARE(dominantHue(icon.pixmap(QSize(24, 24), 2.0, QIcon::Disabled).toImage()) / 10, 0);
    }

    void colouredIconsKeepTheirHue_data()
    {
        QTest::addColumn<Icons::Name>("name");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("error") << Icons::Name::Error << QColor(0xd1, 0x24, 0x2f);
        QTest::newRow("warning") << Icons::Name::Warning << QColor(0xd4, 0xa7, 0x2c);
        QTest::newRow("notice") << Icons::Name::Notice << QColor(0x09, 0x69, 0xda);
        QTest::newRow("app") << Icons::Name::App << QColor(0x1f, 0x6f, 0xeb);
    }

    void colouredIconsKeepTheirHue()
    {
        QFETCH(Icons::Name, name);
        QFETCH(QColor, colour);
        const QIcon icon = Icons::get(name);
        for (const QColor &ink : {QColor(Qt::black), QColor(Qt::white)}) {
            QApplication::setPalette(paletteWithInk(ink == Qt::black ? Qt::white : Qt::black, ink));
            const int hue = dominantHue(icon.pixmap(QSize(24, 24), 2.0).toImage());
            QVERIFY2(hueDistance(hue, colour.hslHue()) <= 15,
                     qPrintable(u"hue %1, expected %2"_s.arg(hue).arg(colour.hslHue())));
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
