#include "gui/AboutDialog.h"

#include "gui/Icons.h"
#include "settings/AppPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QString appVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(INVSYNC_VERSION) : version;
}

QString licenseText(const QString &file)
{
    QFile f(u":/licenses/"_s + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString preformatted(const QString &text)
{
    return u"<pre style=\"white-space: pre-wrap\">"_s + text.toHtmlEscaped() + u"</pre>"_s;
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + text + u"</p>"_s;
}

} // namespace

QString AboutDialog::versionInfo()
{
    return u"InvSync %1; Qt %2 (built with %3); %4; %5%6"_s.arg(
        appVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
        QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
        AppPaths::isPortable() ? u"; portable"_s : QString());
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"AboutDialog"_s);
    setWindowTitle(tr("About InvSync"));
    resize(620, 560);

    auto *icon = new QLabel(this);
    icon->setObjectName(u"appIcon"_s);
    icon->setPixmap(Icons::get(Icons::Name::App).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("InvSync logo"));

    auto *title = new QLabel(this);
    title->setObjectName(u"titleLabel"_s);
    title->setText(u"<h2>"_s + tr("InvSync %1").arg(appVersion()).toHtmlEscaped() + u"</h2>"_s);
    title->setAccessibleName(tr("Application name and version"));

    auto *summary = new QLabel(tr("Check, fix and sync inventory CSV files with ShipHero."), this);
    summary->setObjectName(u"summaryLabel"_s);
    summary->setWordWrap(true);

    const QString dataLine = AppPaths::isPortable()
                                 ? tr("Portable mode: settings and history are kept in %1")
                                       .arg(QDir::toNativeSeparators(AppPaths::dataDir()))
                                 : tr("Submission history is kept in %1")
                                       .arg(QDir::toNativeSeparators(AppPaths::dataDir()));
    auto *details = new QLabel(this);
    details->setObjectName(u"detailsLabel"_s);
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setText(tr("Version %1").arg(appVersion()) + u'\n' +
                     tr("Qt %1 (built with Qt %2)")
                         .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
                     u'\n' + dataLine);
    // Selectable, so a path or version can be copied in part.
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->setAccessibleName(tr("Version and data folder"));

    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(summary);
    heading->addWidget(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    m_licenses = new QTabWidget(this);
    m_licenses->setObjectName(u"licenseTabs"_s);
    m_licenses->setAccessibleName(tr("Licenses"));
    m_licenses->tabBar()->setAccessibleName(tr("Licensed components"));

    addLicenseTab(tr("InvSync: MIT"),
                  paragraph(tr("InvSync is free software under the MIT License.")) +
                      preformatted(licenseText(u"MIT.txt"_s)));
    addLicenseTab(
        tr("Qt: LGPL-3.0"),
        paragraph(tr("InvSync uses the Qt toolkit under the GNU Lesser General Public License "
                     "version 3 (LGPL-3.0). Qt is used as shared libraries provided by the "
                     "operating system or installed beside InvSync, so you can replace them "
                     "with your own build of Qt.")) +
            paragraph(tr("Licensing and source code: %1")
                          .arg(u"<a href=\"https://www.qt.io/licensing/\">"
                               "https://www.qt.io/licensing/</a>"_s)) +
            preformatted(licenseText(u"LGPL-3.0.txt"_s)) +
            paragraph(tr("The LGPL-3.0 adds permissions to the GNU General Public License "
                         "version 3, which follows.")) +
            preformatted(licenseText(u"GPL-3.0.txt"_s)));
    addLicenseTab(tr("QtKeychain: BSD-2-Clause"),
                  paragraph(tr("Passwords and tokens are kept in the system keychain with "
                               "QtKeychain, under the BSD 2-Clause License.")) +
                      preformatted(licenseText(u"QtKeychain-BSD-2-Clause.txt"_s)));
    addLicenseTab(tr("SQLite: public domain"),
                  paragraph(tr("The submission history is stored with SQLite, which is in the "
                               "public domain.")) +
                      preformatted(licenseText(u"SQLite-public-domain.txt"_s)));

    m_copyButton = new QPushButton(tr("&Copy version info"), this);
    m_copyButton->setObjectName(u"copyVersionButton"_s);
    m_copyButton->setAccessibleName(tr("Copy version info"));
    m_copyButton->setAccessibleDescription(
        tr("Copies one line with the versions of InvSync, Qt and the system, for a bug report"));
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(u"copiedLabel"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersionInfo);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copyButton);
    bottom->addWidget(m_copiedLabel, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenses, 1);
    layout->addLayout(bottom);
}

void AboutDialog::addLicenseTab(const QString &title, const QString &html)
{
    auto *browser = new QTextBrowser(m_licenses);
    browser->setObjectName(u"licenseText%1"_s.arg(m_licenses->count()));
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    browser->setAccessibleName(tr("License text: %1").arg(title));
    m_licenses->addTab(browser, title);
}

void AboutDialog::copyVersionInfo()
{
    QGuiApplication::clipboard()->setText(versionInfo());
    m_copiedLabel->setText(tr("Copied."));
}

} // namespace invsync
