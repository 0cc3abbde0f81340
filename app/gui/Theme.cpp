#include "gui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

struct State
{
    bool captured = false;
    QString styleName;
    QPalette palette;
    Theme::Mode mode = Theme::Mode::System;
    bool applying = false; // our own palette changes are not the system's
};

State &state()
{
    static State s;
    return s;
}

void capture()
{
    State &s = state();
    if (s.captured || !qApp)
        return;
    s.captured = true;
    s.styleName = QApplication::style()->name();
    s.palette = QApplication::palette();
    ThemeNotifier::instance();
}

struct Colors
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, text,
        button, buttonText, brightText, light, midlight, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited;
};

// The same colours for Active and Inactive (a selection stays readable in a
// window without focus), and greyed ones for Disabled.
QPalette makePalette(const Colors &c, const Colors &disabled)
{
    QPalette palette;
    const auto fill = [&palette](QPalette::ColorGroup group, const Colors &colors) {
        palette.setColor(group, QPalette::Window, colors.window);
        palette.setColor(group, QPalette::WindowText, colors.windowText);
        palette.setColor(group, QPalette::Base, colors.base);
        palette.setColor(group, QPalette::AlternateBase, colors.alternateBase);
        palette.setColor(group, QPalette::ToolTipBase, colors.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, colors.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText, colors.placeholder);
        palette.setColor(group, QPalette::Text, colors.text);
        palette.setColor(group, QPalette::Button, colors.button);
        palette.setColor(group, QPalette::ButtonText, colors.buttonText);
        palette.setColor(group, QPalette::BrightText, colors.brightText);
        palette.setColor(group, QPalette::Light, colors.light);
        palette.setColor(group, QPalette::Midlight, colors.midlight);
        palette.setColor(group, QPalette::Mid, colors.mid);
        palette.setColor(group, QPalette::Dark, colors.dark);
        palette.setColor(group, QPalette::Shadow, colors.shadow);
        palette.setColor(group, QPalette::Highlight, colors.highlight);
        palette.setColor(group, QPalette::HighlightedText, colors.highlightedText);
        palette.setColor(group, QPalette::Link, colors.link);
        palette.setColor(group, QPalette::LinkVisited, colors.linkVisited);
        palette.setColor(group, QPalette::NoRole, QColor());
    };
    fill(QPalette::Active, c);
    fill(QPalette::Inactive, c);
    fill(QPalette::Disabled, disabled);
    return palette;
}

} // namespace

namespace Theme {

Mode fromSetting(const QString &value)
{
    if (value == u"dark"_s)
        return Mode::Dark;
    if (value == u"light"_s)
        return Mode::Light;
    return Mode::System;
}

QString toSetting(Mode mode)
{
    switch (mode) {
    case Mode::Dark:
        return u"dark"_s;
    case Mode::Light:
        return u"light"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

QPalette lightPalette()
{
    // Contrast: text on window and base is above 12:1, disabled text about 2.5:1.
    const Colors active{
        QColor(0xef, 0xef, 0xef), QColor(0x1e, 0x1e, 0x1e), QColor(0xff, 0xff, 0xff),
        QColor(0xf5, 0xf5, 0xf5), QColor(0xff, 0xff, 0xdc), QColor(0x1e, 0x1e, 0x1e),
        QColor(0x6e, 0x6e, 0x6e), QColor(0x1e, 0x1e, 0x1e), QColor(0xef, 0xef, 0xef),
        QColor(0x1e, 0x1e, 0x1e), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff),
        QColor(0xe3, 0xe3, 0xe3), QColor(0xb8, 0xb8, 0xb8), QColor(0x9f, 0x9f, 0x9f),
        QColor(0x76, 0x76, 0x76), QColor(0x1f, 0x6a, 0xb0), QColor(0xff, 0xff, 0xff),
        QColor(0x0b, 0x5c, 0xad), QColor(0x6a, 0x3d, 0x9a)};
    Colors disabled = active;
    disabled.windowText = disabled.text = disabled.buttonText = QColor(0x9d, 0x9d, 0x9d);
    disabled.placeholder = QColor(0xb4, 0xb4, 0xb4);
    disabled.base = disabled.window;
    disabled.highlight = QColor(0x91, 0x91, 0x91);
    disabled.highlightedText = QColor(0xef, 0xef, 0xef);
    disabled.link = disabled.linkVisited = QColor(0x8f, 0xa8, 0xc2);
    return makePalette(active, disabled);
}

QPalette darkPalette()
{
    // Contrast: text on window and base is above 11:1, disabled text about 2.5:1.
    const Colors active{
        QColor(0x2d, 0x2d, 0x2d), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
        QColor(0x27, 0x27, 0x27), QColor(0x3c, 0x3c, 0x3c), QColor(0xf0, 0xf0, 0xf0),
        QColor(0x9a, 0x9a, 0x9a), QColor(0xe8, 0xe8, 0xe8), QColor(0x38, 0x38, 0x38),
        QColor(0xe8, 0xe8, 0xe8), QColor(0xff, 0xff, 0xff), QColor(0x4a, 0x4a, 0x4a),
        QColor(0x3e, 0x3e, 0x3e), QColor(0x26, 0x26, 0x26), QColor(0x1a, 0x1a, 0x1a),
        QColor(0x0a, 0x0a, 0x0a), QColor(0x2f, 0x6f, 0xb8), QColor(0xff, 0xff, 0xff),
        QColor(0x6c, 0xb4, 0xff), QColor(0xb8, 0x94, 0xff)};
    Colors disabled = active;
    disabled.windowText = disabled.text = disabled.buttonText = QColor(0x7a, 0x7a, 0x7a);
    disabled.placeholder = QColor(0x5f, 0x5f, 0x5f);
    disabled.base = QColor(0x26, 0x26, 0x26);
    disabled.button = QColor(0x30, 0x30, 0x30);
    disabled.highlight = QColor(0x45, 0x45, 0x45);
    disabled.highlightedText = QColor(0x9a, 0x9a, 0x9a);
    disabled.link = disabled.linkVisited = QColor(0x5a, 0x74, 0x90);
    return makePalette(active, disabled);
}

void apply(Mode mode)
{
    if (!qApp)
        return;
    capture();
    State &s = state();
    s.applying = true;
    if (mode == Mode::System) {
        if (QApplication::style()->name().compare(s.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(s.styleName);
        // No role set: the application palette is the platform's again, and
        // Qt keeps resolving it against the platform's when that changes.
        QApplication::setPalette(QPalette());
    } else {
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    s.applying = false;
    s.mode = mode;
    if (mode == Mode::System)
        s.palette = QApplication::palette();
    Q_EMIT ThemeNotifier::instance()->changed(isDark());
}

Mode current()
{
    return state().mode;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QString systemStyleName()
{
    capture();
    return state().styleName;
}

QPalette systemPalette()
{
    capture();
    return state().palette;
}

} // namespace Theme

ThemeNotifier::ThemeNotifier(QObject *parent) : QObject(parent) {}

ThemeNotifier *ThemeNotifier::instance()
{
    // A child of the application: gone with it, made again for the next one (tests).
    static QPointer<ThemeNotifier> notifier;
    if (!notifier) {
        notifier = new ThemeNotifier(qApp);
        if (qApp)
            qApp->installEventFilter(notifier);
    }
    return notifier;
}

bool ThemeNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // A filter on the application sees every object's events: the type first.
    if (event->type() != QEvent::ApplicationPaletteChange || watched != qApp)
        return QObject::eventFilter(watched, event);
    State &s = state();
    if (!s.applying && s.mode == Theme::Mode::System && s.captured) {
        // The platform's palette changed (light to dark, a new accent): it is
        // the system's look now, and what System restores.
        s.palette = QApplication::palette();
        Q_EMIT changed(Theme::isDark(s.palette));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace invsync
