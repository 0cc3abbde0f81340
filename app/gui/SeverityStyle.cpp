#include "gui/SeverityStyle.h"

#include "gui/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QWidget>

namespace invsync::SeverityStyle {

QIcon icon(Severity severity)
{
    // Loaded once: data() asks for these for every visible cell on every repaint.
    static const QIcon error(QStringLiteral(":/icons/error.svg"));
    static const QIcon warning(QStringLiteral(":/icons/warning.svg"));
    static const QIcon notice(QStringLiteral(":/icons/notice.svg"));
    switch (severity) {
    case Severity::Error:
        return error;
    case Severity::Warning:
        return warning;
    case Severity::Notice:
        return notice;
    case Severity::None:
        break;
    }
    return {};
}

QColor tint(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(209, 36, 47, 56);
    case Severity::Warning:
        return QColor(212, 167, 44, 64);
    case Severity::Notice:
        return QColor(9, 105, 218, 40);
    case Severity::None:
        break;
    }
    return {};
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("invsync::SeverityStyle", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("invsync::SeverityStyle", "Warning");
    case Severity::Notice:
        return QCoreApplication::translate("invsync::SeverityStyle", "Notice");
    case Severity::None:
        break;
    }
    return {};
}

namespace {

constexpr const char *ToneProperty = "invsync.tone";

void applyTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    const QPalette application = QApplication::palette(widget);
    const QColor color = tone == Tone::Normal
                             ? application.color(QPalette::WindowText)
                             : toneColor(tone, Theme::isDark(application));
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

// A widget's own palette does not follow the application's: recolour the
// toned widgets whenever the theme changes.
void followThemeChanges()
{
    static bool connected = false;
    if (connected)
        return;
    connected = true;
    QObject::connect(ThemeNotifier::instance(), &ThemeNotifier::changed, qApp, [] {
        const QWidgetList widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            const QVariant tone = widget->property(ToneProperty);
            if (tone.isValid())
                applyTone(widget, Tone(tone.toInt()));
        }
    });
}

} // namespace

QColor toneColor(Tone tone, bool dark)
{
    // At least 4.5:1 against the window colour of either palette.
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1a, 0x25);
    case Tone::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5c, 0x00);
    case Tone::Success:
        return dark ? QColor(0x57, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case Tone::Normal:
        break;
    }
    return {};
}

void setTone(QWidget *widget, Tone tone)
{
    followThemeChanges();
    widget->setProperty(ToneProperty, int(tone));
    applyTone(widget, tone);
}

} // namespace invsync::SeverityStyle
