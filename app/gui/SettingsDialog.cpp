#include "gui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "api/ConnectionProfile.h"
#include "gui/Connection.h"
#include "settings/Settings.h"
#include "settings/Translations.h"

#include <QPushButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

constexpr int SystemThemeIndex = 0;
constexpr int LightThemeIndex = 1;
constexpr int DarkThemeIndex = 2;

struct Language
{
    const char16_t *code;
    const char16_t *nativeName; // never translated: the user must find their own
};

constexpr Language Languages[] = {
    {u"en", u"English"},
    {u"es", u"Español"},
    {u"pt_BR", u"Português (Brasil)"},
};

// How a language calls itself, for the "System default (…)" entry.
QString nativeName(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return u"English"_s; // no translation: the source text is English
    for (const Language &language : Languages) {
        const QLocale known(QString::fromUtf16(language.code));
        const bool exact = QStringView(language.code).contains(u'_');
        if (known.language() == locale.language() &&
            (!exact || known.territory() == locale.territory()))
            return QString::fromUtf16(language.nativeName);
    }
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return locale.name();
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SettingsDialog), m_themeAtOpen(Theme::current())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);

    m_ui->languageCombo->addItem(
        //: The Language choice that follows the system; %1 is its language's own name
        tr("System default (%1)").arg(nativeName(QLocale::system())), QString());
    for (const Language &language : Languages)
        m_ui->languageCombo->addItem(QString::fromUtf16(language.nativeName),
                                     QString::fromUtf16(language.code));
    // Qt's own (translated) button texts, without the mnemonic marks.
    for (QAbstractButton *button : m_ui->buttonBox->buttons())
        button->setAccessibleName(button->text().remove(u'&'));
    updateConnection();
    load();

    connect(m_ui->manageConnectionsButton, &QPushButton::clicked, this,
            &SettingsDialog::manageConnectionsRequested);
    connect(m_ui->hostingSettingsButton, &QPushButton::clicked, this,
            &SettingsDialog::hostingSettingsRequested);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRestartNote);
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::previewTheme);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog()
{
    // Destroyed while open (the window closed under it): like Cancel.
    if (Theme::current() != m_themeAtOpen && result() != Accepted)
        Theme::apply(m_themeAtOpen);
}

void SettingsDialog::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connect(connection, &Connection::changed, this, &SettingsDialog::updateConnection);
        connect(connection->profiles(), &ConnectionProfiles::changed, this,
                &SettingsDialog::updateConnection);
    }
    updateConnection();
}

void SettingsDialog::updateConnection()
{
    m_ui->profilesList->clear();
    if (!m_connection) {
        m_ui->activeConnectionLabel->setText(tr("No connection is set up yet."));
        return;
    }
    m_ui->activeConnectionLabel->setText(m_connection->summary());
    const ConnectionProfiles *profiles = m_connection->profiles();
    for (const ConnectionProfile &profile : profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profilesList);
        if (profile.id == profiles->activeId()) {
            //: A connection in the list of connections: %1 is its name
            item->setText(tr("%1 (active)").arg(profile.name));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

void SettingsDialog::load()
{
    const Settings *settings = Settings::instance();
    m_ui->refreshSpin->setValue(settings->value(Settings::Key::RefreshSeconds).toInt());
    const double percent = std::round(settings->largeChangeShare() * 100);
    m_ui->changeSpin->setValue(int(std::clamp(percent, 1.0, 1000.0)));
    m_ui->notifyCheck->setChecked(settings->value(Settings::Key::NotifyFinished).toBool());

    const QString language = settings->value(Settings::Key::Language).toString().trimmed();
    int index = m_ui->languageCombo->findData(language);
    if (index < 0) {
        // A language set elsewhere (the settings file): kept as it is.
        m_ui->languageCombo->addItem(nativeName(QLocale(language)), language);
        index = m_ui->languageCombo->count() - 1;
    }
    m_ui->languageCombo->setCurrentIndex(index);
    updateRestartNote();

    switch (Theme::fromSetting(settings->value(Settings::Key::Theme).toString())) {
    case Theme::Mode::System:
        m_ui->themeCombo->setCurrentIndex(SystemThemeIndex);
        break;
    case Theme::Mode::Light:
        m_ui->themeCombo->setCurrentIndex(LightThemeIndex);
        break;
    case Theme::Mode::Dark:
        m_ui->themeCombo->setCurrentIndex(DarkThemeIndex);
        break;
    }
}

QString SettingsDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

Theme::Mode SettingsDialog::selectedTheme() const
{
    switch (m_ui->themeCombo->currentIndex()) {
    case LightThemeIndex:
        return Theme::Mode::Light;
    case DarkThemeIndex:
        return Theme::Mode::Dark;
    default:
        return Theme::Mode::System;
    }
}

void SettingsDialog::updateRestartNote()
{
    // Translations are installed once, at start: another language needs a restart.
    const bool differs = languageLocale(selectedLanguage()).name() != installedLocale().name();
    m_ui->restartLabel->setVisible(differs);
}

void SettingsDialog::previewTheme()
{
    Theme::apply(selectedTheme());
}

void SettingsDialog::save()
{
    Settings *settings = Settings::instance();
    // Settings::setValue announces only what differs, so the window reacts
    // per key to what the user changed.
    settings->setValue(Settings::Key::RefreshSeconds, m_ui->refreshSpin->value());
    // The spin box shows whole percent: an unchanged 33 % keeps a stored 0.333.
    if (const double share = m_ui->changeSpin->value() / 100.0;
        std::round(settings->largeChangeShare() * 100) != m_ui->changeSpin->value())
        settings->setValue(Settings::Key::LargeChangeShare, share);
    settings->setValue(Settings::Key::NotifyFinished, m_ui->notifyCheck->isChecked());
    settings->setValue(Settings::Key::Language, selectedLanguage());
    settings->setValue(Settings::Key::Theme, Theme::toSetting(selectedTheme()));
    settings->sync();
}

void SettingsDialog::done(int result)
{
    if (result == Accepted) {
        save();
        m_themeAtOpen = selectedTheme();
    } else if (Theme::current() != m_themeAtOpen) {
        Theme::apply(m_themeAtOpen);
    }
    QDialog::done(result);
}

} // namespace invsync
