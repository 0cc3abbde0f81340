#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace invsync {

// The application's colours: the system's look, or InvSync's own light or
// dark palette on the Fusion style (which draws every control from the
// palette, so a complete palette is a complete theme).
//
// "System" follows the platform: Qt 6.4 has no colour-scheme API
// (QStyleHints::colorScheme arrives in 6.5), so whether the system is dark
// is read from the platform palette itself (its window lighter or darker
// than its text), and a palette change the platform reports while in System
// mode is taken over as the new system look.
namespace Theme {

enum class Mode { System, Light, Dark };

// "system", "light", "dark" (the Theme setting); anything else is System.
Mode fromSetting(const QString &value);
QString toSetting(Mode mode);

// Sets the style and palette of the whole application at once. The first
// call (or any function here) captures the system's style name and palette.
void apply(Mode mode);
// The mode last applied; System before any.
Mode current();

// Whether the application's palette is dark (its window darker than its
// text), so code that draws or tints icons can pick colours that show.
bool isDark();
bool isDark(const QPalette &palette);

// The palettes Light and Dark apply: every role in every colour group.
QPalette lightPalette();
QPalette darkPalette();

// What System restores: the style and palette the platform gave the
// application, updated when it reports a change while in System mode.
QString systemStyleName();
QPalette systemPalette();

} // namespace Theme

// Announces that the application's colours changed (a theme was applied, or
// the system's palette changed under System), so icons can be recoloured.
class ThemeNotifier : public QObject
{
    Q_OBJECT

public:
    static ThemeNotifier *instance();

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ThemeNotifier(QObject *parent);
};

} // namespace invsync
