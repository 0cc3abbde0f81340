#pragma once

#include "api/ApiTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AbortDialog;
}

class QPushButton;

namespace invsync {

// Asks why a batch is aborted (a preset or free text) and says plainly that
// the rows already applied stay applied. Opened with open(), never exec(),
// so nothing blocks and a test can fill it in and accept it.
class AbortDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AbortDialog(QWidget *parent = nullptr);
    ~AbortDialog() override;

    void setBatch(const Batch &batch, const QString &fileName);
    // A later poll: the figure of rows already applied follows it.
    void updateBatch(const Batch &batch);
    Batch batch() const { return m_batch; }

    QString reason() const;
    void setReason(const QString &reason);
    static QStringList presetReasons();
    QPushButton *abortButton() const;

private:
    void updateTexts();

    std::unique_ptr<Ui::AbortDialog> m_ui;
    Batch m_batch;
    QString m_fileName;
};

} // namespace invsync
