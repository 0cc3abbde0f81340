#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace invsync {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // :/i18n/invsync_<lang>.qm, compiled into invsync_core.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("invsync"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("invsync_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace invsync
