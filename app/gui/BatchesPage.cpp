#include "gui/BatchesPage.h"
#include "ui_BatchesPage.h"

#include <QIcon>

namespace invsync {

BatchesPage::BatchesPage(QWidget *parent) : QWidget(parent), m_ui(new Ui::BatchesPage)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("batchesPage"));
    m_ui->batchesIcon->setPixmap(QIcon(QStringLiteral(":/icons/batches.svg")).pixmap(64, 64));
}

BatchesPage::~BatchesPage() = default;

} // namespace invsync
