#pragma once

#include "gui/Theme.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace invsync {

class Connection;

// Preferences: connections and file hosting (each opens its own dialog),
// how often running batches refresh, the large-change warning, the finished
// notification, the language and the theme. Values reach Settings only on
// OK; the theme is shown at once while choosing and put back on Cancel.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Shows the active connection and the profiles set up (read-only);
    // follows changes made meanwhile in the Connections dialog.
    void setConnection(Connection *connection);

    // OK writes the values to Settings; Cancel (or closing) writes nothing
    // and puts back the theme that was applied when the dialog opened.
    void done(int result) override;

    // The Language setting value a choice of the combo stands for.
    QString selectedLanguage() const;
    Theme::Mode selectedTheme() const;

Q_SIGNALS:
    void manageConnectionsRequested();
    void hostingSettingsRequested();

private:
    void load();
    void save();
    void updateConnection();
    void updateRestartNote();
    void previewTheme();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QPointer<Connection> m_connection;
    Theme::Mode m_themeAtOpen = Theme::Mode::System;
};

} // namespace invsync
