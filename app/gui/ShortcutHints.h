#pragma once

#include <QKeySequence>

class QAbstractButton;
class QAction;
class QWidget;

namespace invsync {

// Qt 6.4 shows an action's shortcut in menus but not in tooltips: these put
// it there, as "Open an inventory CSV file (Ctrl+O)", in the platform's
// notation, and keep it current when the text or the shortcut changes.
namespace ShortcutHints {

// Marks an action that has no shortcut on purpose (rare, or dangerous to
// trigger by accident); tests list the unmarked ones without a shortcut.
inline constexpr char NoShortcutProperty[] = "invsync.noShortcut";

QString withShortcut(const QString &text, const QKeySequence &shortcut);
// The tooltip of `action` ends with its primary shortcut (if any), now and later.
void addHint(QAction *action);
// Every action of `widget` and, recursively, of its menus.
void addHints(QWidget *widget);
// A button that does what `action` does: its tooltip names the action's shortcut.
void addHint(QAbstractButton *button, QAction *action);
void markNoShortcut(QAction *action);

} // namespace ShortcutHints

} // namespace invsync
