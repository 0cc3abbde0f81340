#include "gui/ShortcutHints.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace invsync::ShortcutHints {

namespace {

constexpr char BaseToolTipProperty[] = "invsync.baseToolTip";
constexpr char HintedProperty[] = "invsync.shortcutHinted";

// The text as a tooltip: no mnemonic marks, no trailing ellipsis ("Open…" -> "Open").
QString strippedText(QString text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                result += text.at(++i);
            continue;
        }
        result += text.at(i);
    }
    if (result.endsWith(u"..."_s))
        result.chop(3);
    else if (result.endsWith(QChar(0x2026)))
        result.chop(1);
    return result;
}

// Exactly what QAction::toolTip() returns when no tooltip was set.
QString qtDerivedToolTip(QString text)
{
    text.remove(u"..."_s);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1);
    }
    return text.trimmed();
}

void updateActionToolTip(QAction *action)
{
    // A tooltip set before the hint was added stays the base; otherwise the
    // text is, which undo/redo actions change as the stack moves.
    const QVariant base = action->property(BaseToolTipProperty);
    const QString text = base.isValid() ? base.toString() : strippedText(action->text());
    action->setToolTip(withShortcut(text, action->shortcut()));
}

void updateButtonToolTip(QAbstractButton *button, QAction *action)
{
    button->setToolTip(
        withShortcut(button->property(BaseToolTipProperty).toString(), action->shortcut()));
}

} // namespace

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return text;
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    if (text.isEmpty())
        return keys;
    return QCoreApplication::translate("invsync::ShortcutHints", "%1 (%2)",
                                       "tooltip text, then the shortcut")
        .arg(text, keys);
}

void addHint(QAction *action)
{
    if (!action || action->isSeparator() || action->property(HintedProperty).toBool())
        return;
    action->setProperty(HintedProperty, true);
    if (action->toolTip() != qtDerivedToolTip(action->text()))
        action->setProperty(BaseToolTipProperty, action->toolTip());
    updateActionToolTip(action);
    // setToolTip emits changed too, but an unchanged tooltip stops there.
    QObject::connect(action, &QAction::changed, action,
                     [action] { updateActionToolTip(action); });
}

void addHints(QWidget *widget)
{
    const QList<QAction *> actions = widget->actions();
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu())
            addHints(menu);
        else
            addHint(action);
    }
}

void addHint(QAbstractButton *button, QAction *action)
{
    if (!button || !action)
        return;
    if (!button->property(BaseToolTipProperty).isValid()) {
        const QString base = button->toolTip().isEmpty() ? strippedText(button->text())
                                                         : button->toolTip();
        button->setProperty(BaseToolTipProperty, base);
    }
    updateButtonToolTip(button, action);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { updateButtonToolTip(button, action); });
}

void markNoShortcut(QAction *action)
{
    action->setProperty(NoShortcutProperty, true);
}

} // namespace invsync::ShortcutHints
