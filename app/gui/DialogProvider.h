#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace invsync {

// Every modal question the windows ask goes through this interface, so that a
// test can answer in advance instead of blocking on a real dialog (KeePassXC's
// FileDialog seam). The default implementation shows the real Qt dialogs.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    // Empty string: the user cancelled.
    virtual QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    virtual QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
};

class QtDialogProvider : public DialogProvider
{
public:
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace invsync
