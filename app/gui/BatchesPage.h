#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class BatchesPage;
}

namespace invsync {

// Placeholder until submitting lands: says where batches will show up.
class BatchesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchesPage(QWidget *parent = nullptr);
    ~BatchesPage() override;

private:
    std::unique_ptr<Ui::BatchesPage> m_ui;
};

} // namespace invsync
