#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ConnectionsDialog;
}

namespace invsync {

class Connection;
class DialogProvider;
class SignInDialog;

// The connection profiles: which one is active, who is signed in to it;
// add a custom address, rename, remove (its sign-in is forgotten too), use
// one, sign in or out. Adding and editing happen in a form under the list.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `dialogs` asks before a profile is removed; neither pointer is owned.
    ConnectionsDialog(Connection *connection, DialogProvider *dialogs, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    QString selectedId() const;
    void select(const QString &profileId);

    // The sign-in dialog this one opened, while it is open.
    SignInDialog *signInDialog() const { return m_signIn; }

private:
    void rebuild();
    void updateButtons();
    void useSelected();
    void signInSelected();
    void removeSelected();
    void startAdd();
    void startEdit();
    void saveEditor();
    void closeEditor();
    void showEditorError(const QString &message);

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    Connection *m_connection;
    DialogProvider *m_dialogs;
    QString m_editingId; // empty: adding a new profile
    QPointer<SignInDialog> m_signIn;
};

} // namespace invsync
