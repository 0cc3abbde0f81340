#include "gui/ConnectionsDialog.h"
#include "ui_ConnectionsDialog.h"

#include "api/AuthSession.h"
#include "gui/Connection.h"
#include "gui/DialogProvider.h"
#include "gui/SignInDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

enum Column { NameColumn, KindColumn, AddressColumn, UserColumn };

QString kindText(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::ShipHero:
        return ConnectionsDialog::tr("ShipHero");
    case ConnectionProfile::Kind::Sandbox:
        return ConnectionsDialog::tr("Built-in sandbox");
    case ConnectionProfile::Kind::Custom:
        return ConnectionsDialog::tr("Custom");
    }
    return {};
}

} // namespace

ConnectionsDialog::ConnectionsDialog(Connection *connection, DialogProvider *dialogs,
                                     QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ConnectionsDialog), m_connection(connection), m_dialogs(dialogs)
{
    m_ui->setupUi(this);
    setObjectName(u"connectionsDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    QHeaderView *header = m_ui->profilesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UserColumn, QHeaderView::ResizeToContents);
    m_ui->editorGroup->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profilesView, &QTreeWidget::currentItemChanged, this,
            &ConnectionsDialog::updateButtons);
    connect(m_ui->profilesView, &QTreeWidget::itemActivated, this, &ConnectionsDialog::useSelected);
    connect(m_ui->useButton, &QPushButton::clicked, this, &ConnectionsDialog::useSelected);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionsDialog::signInSelected);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, [this] { m_connection->signOut(); });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionsDialog::startAdd);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConnectionsDialog::startEdit);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionsDialog::saveEditor);
    connect(m_ui->cancelEditButton, &QPushButton::clicked, this, &ConnectionsDialog::closeEditor);
    connect(m_connection, &Connection::changed, this, &ConnectionsDialog::rebuild);

    rebuild();
    select(m_connection->activeProfile().id);
    resize(QSize(900, 440).expandedTo(minimumSizeHint()));
}

ConnectionsDialog::~ConnectionsDialog() = default;

QString ConnectionsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_ui->profilesView->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::select(const QString &profileId)
{
    QTreeWidget *view = m_ui->profilesView;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = view->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == profileId) {
            view->setCurrentItem(item);
            return;
        }
    }
}

void ConnectionsDialog::rebuild()
{
    const QString selected = selectedId();
    const QString activeId = m_connection->activeProfile().id;
    QTreeWidget *view = m_ui->profilesView;
    {
        const QSignalBlocker blocker(view);
        view->clear();
        const QList<ConnectionProfile> profiles = m_connection->profiles()->profiles();
        for (const ConnectionProfile &profile : profiles) {
            const bool active = profile.id == activeId;
            const QUrl url = m_connection->baseUrl(profile);
            QString user;
            if (active)
                user = tr("Active · %1").arg(m_connection->userText());
            else
                user = m_connection->rememberedUser(profile.id);
            auto *item = new QTreeWidgetItem(
                view, {profile.name, kindText(profile.kind),
                       url.isEmpty() ? tr("not running") : url.toDisplayString(), user});
            item->setData(NameColumn, Qt::UserRole, profile.id);
            if (active) {
                QFont font = item->font(NameColumn);
                font.setBold(true);
                for (int column = 0; column < view->columnCount(); ++column)
                    item->setFont(column, font);
            }
        }
    }
    select(selected.isEmpty() || !m_connection->profiles()->contains(selected) ? activeId
                                                                               : selected);
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const QString id = selectedId();
    const bool hasSelection = !id.isEmpty();
    const bool active = hasSelection && id == m_connection->activeProfile().id;
    const bool editing = m_ui->editorGroup->isVisible();
    m_ui->useButton->setEnabled(hasSelection && !active);
    m_ui->signInButton->setEnabled(hasSelection);
    m_ui->signInButton->setText(active || !hasSelection ? tr("&Sign In…")
                                                        : tr("Use and &Sign In…"));
    m_ui->signOutButton->setEnabled(active && m_connection->isSignedIn());
    m_ui->addButton->setEnabled(!editing);
    m_ui->editButton->setEnabled(hasSelection && !editing);
    m_ui->removeButton->setEnabled(hasSelection && !editing &&
                                   m_connection->profiles()->profiles().size() > 1);
}

void ConnectionsDialog::useSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_connection->use(id);
}

void ConnectionsDialog::signInSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_connection->use(id); // the session signs in to the active profile
    if (m_signIn)
        m_signIn->close();
    m_signIn = new SignInDialog(m_connection, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->open();
}

void ConnectionsDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const ConnectionProfile profile = m_connection->profiles()->profile(id);
    const QMessageBox::StandardButton answer = m_dialogs->question(
        this, tr("Remove Connection"),
        tr("Remove the connection \"%1\"? Its sign-in is forgotten too.").arg(profile.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_connection->removeProfile(id);
}

void ConnectionsDialog::startAdd()
{
    m_editingId.clear();
    m_ui->editorGroup->setTitle(tr("New Connection"));
    m_ui->nameEdit->clear();
    m_ui->urlEdit->clear();
    m_ui->urlEdit->setEnabled(true);
    m_ui->editorErrorFrame->hide();
    m_ui->editorGroup->show();
    m_ui->saveButton->setDefault(true); // Enter in the form saves
    m_ui->nameEdit->setFocus();
    updateButtons();
}

void ConnectionsDialog::startEdit()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const ConnectionProfile profile = m_connection->profiles()->profile(id);
    m_editingId = id;
    m_ui->editorGroup->setTitle(tr("Edit Connection"));
    m_ui->nameEdit->setText(profile.name);
    // The built-in profiles' addresses are fixed: only the name can change.
    const bool custom = profile.kind == ConnectionProfile::Kind::Custom;
    m_ui->urlEdit->setText(m_connection->baseUrl(profile).toDisplayString());
    m_ui->urlEdit->setEnabled(custom);
    m_ui->editorErrorFrame->hide();
    m_ui->editorGroup->show();
    m_ui->saveButton->setDefault(true);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    updateButtons();
}

void ConnectionsDialog::saveEditor()
{
    ConnectionProfile profile;
    if (!m_editingId.isEmpty()) {
        profile = m_connection->profiles()->profile(m_editingId);
    } else {
        profile.kind = ConnectionProfile::Kind::Custom;
    }
    profile.name = m_ui->nameEdit->text();
    if (profile.kind == ConnectionProfile::Kind::Custom) {
        const QString typed = m_ui->urlEdit->text().trimmed();
        if (typed.isEmpty()) {
            showEditorError(tr("Enter the connection's address, such as https://example.com."));
            m_ui->urlEdit->setFocus();
            return;
        }
        // "example.com" is taken as http://example.com; a typed scheme is kept as it is.
        profile.customUrl =
            typed.contains(u"://"_s) ? QUrl(typed, QUrl::StrictMode) : QUrl::fromUserInput(typed);
        if (!profile.customUrl.isValid()) {
            showEditorError(tr("\"%1\" is not a web address; enter one such as "
                               "https://example.com or http://127.0.0.1:8080.")
                                .arg(typed));
            m_ui->urlEdit->setFocus();
            return;
        }
    }
    QString error;
    QString id = m_editingId;
    const bool saved = m_editingId.isEmpty()
                           ? !(id = m_connection->profiles()->add(profile, &error)).isEmpty()
                           : m_connection->updateProfile(profile, &error);
    if (!saved) {
        showEditorError(error);
        return;
    }
    closeEditor();
    select(id);
}

void ConnectionsDialog::closeEditor()
{
    m_ui->saveButton->setDefault(false);
    m_ui->editorGroup->hide();
    m_editingId.clear();
    updateButtons();
    m_ui->profilesView->setFocus();
}

void ConnectionsDialog::showEditorError(const QString &message)
{
    m_ui->editorErrorLabel->setText(message);
    m_ui->editorErrorFrame->setVisible(!message.isEmpty());
}

} // namespace invsync
