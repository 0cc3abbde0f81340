#include "settings/Translations.h"

#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

std::optional<QLocale> &installed()
{
    static std::optional<QLocale> locale;
    return locale;
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    installed() = locale;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // :/i18n/invsync_<lang>.qm, compiled into invsync_core.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("invsync"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("invsync_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

void installTranslations(QCoreApplication &app)
{
    // Read from the window's settings file directly rather than through
    // Settings::instance(): the command line runs under another application
    // name and makes that instance later, under the window's names.
    const std::unique_ptr<QSettings> settings = AppPaths::openSettings();
    const QLocale locale = languageLocale(
        settings->value(Settings::path(Settings::Key::Language)).toString().trimmed());
    QLocale::setDefault(locale);
    installTranslations(app, locale);
}

QLocale languageLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QLocale installedLocale()
{
    return installed().value_or(QLocale());
}

} // namespace invsync
