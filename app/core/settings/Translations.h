#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace invsync {

// Installs InvSync's translation and Qt's own for the given language on the
// application (the translators are children of it). English is the source
// language; its translation only holds the plural forms ("1 row", "2 rows"),
// and is what a language without a translation falls back to.
// The translation file is found by the locale's name: invsync_es.qm,
// invsync_pt_BR.qm (then invsync_pt.qm) under :/i18n.
void installTranslations(QCoreApplication &app, const QLocale &locale);

// As above for the language the Language setting names (the window's
// settings file, also when run as the command line), or the system's when it
// names none; that locale also becomes QLocale's default, so numbers and
// dates follow the chosen language.
void installTranslations(QCoreApplication &app);

// The locale a Language setting value stands for: "" is the system's.
QLocale languageLocale(const QString &language);

// The locale installTranslations last installed, i.e. the language the
// running application speaks; QLocale() before any.
QLocale installedLocale();

} // namespace invsync
