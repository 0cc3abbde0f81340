#include "gui/AbortDialog.h"
#include "ui_AbortDialog.h"

#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace invsync {

AbortDialog::AbortDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::AbortDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("abortDialog"));
    m_ui->reasonCombo->addItems(presetReasons());
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->lineEdit()->setPlaceholderText(tr("Choose a reason or type your own"));
    abortButton()->setText(tr("Abort batch"));
    abortButton()->setObjectName(QStringLiteral("abortConfirmButton"));
    abortButton()->setEnabled(false);
    // Cancel is the safe default: Enter must not abort by accident.
    abortButton()->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->reasonCombo, &QComboBox::editTextChanged, this,
            [this] { abortButton()->setEnabled(!reason().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AbortDialog::~AbortDialog() = default;

QStringList AbortDialog::presetReasons()
{
    return {tr("Wrong file"), tr("Wrong warehouse"), tr("Wrong quantities")};
}

QPushButton *AbortDialog::abortButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void AbortDialog::setBatch(const Batch &batch, const QString &fileName)
{
    m_batch = batch;
    m_fileName = fileName;
    updateTexts();
}

void AbortDialog::updateBatch(const Batch &batch)
{
    if (batch.id != m_batch.id)
        return;
    m_batch = batch;
    updateTexts();
}

QString AbortDialog::reason() const
{
    return m_ui->reasonCombo->currentText().trimmed();
}

void AbortDialog::setReason(const QString &reason)
{
    m_ui->reasonCombo->setEditText(reason);
}

void AbortDialog::updateTexts()
{
    const QLocale locale;
    m_ui->titleLabel->setText(tr("Abort the batch of %1?").arg(m_fileName));
    const int applied = m_batch.successCount;
    const int left = std::max(0, m_batch.totalCount - m_batch.finishedCount);
    m_ui->appliedLabel->setText(
        tr("%n row(s) already applied will stay applied: aborting does not revert them. "
           "About %1 row(s) not processed yet will not be applied.",
           nullptr, applied)
            .arg(locale.toString(left)));
}

} // namespace invsync
