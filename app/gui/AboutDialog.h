#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace invsync {

// Help > About: what this copy is (version, the Qt it runs on and was built
// with, where it keeps its data) and the licenses of what it is made of.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // One line with every version, for a bug report; not translated, so
    // maintainers can read it whatever the reporter's language.
    static QString versionInfo();

private:
    void addLicenseTab(const QString &title, const QString &html);
    void copyVersionInfo();

    QTabWidget *m_licenses = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace invsync
