#pragma once

#include <QLocale>

class QCoreApplication;

namespace invsync {

// Installs InvSync's translation and Qt's own for the given language on the
// application (the translators are children of it). English is the source
// language; its translation only holds the plural forms ("1 row", "2 rows"),
// and is what a language without a translation falls back to.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace invsync
