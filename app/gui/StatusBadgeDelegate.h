#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace invsync {

// Paints a status as a rounded, colored badge (Status columns), or a value
// as a progress bar (Progress column: BatchesModel::ProgressRole). The
// words and colors of a batch or row status live here so that every view
// shows a status the same way.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Badge, Progress };
    explicit StatusBadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Batch and row statuses, as the service spells them.
    static QString label(const QString &status); // "Processing", "Failed (some rows)", translated
    static QColor color(const QString &status);  // opaque; readable with white text

private:
    Kind m_kind;
};

} // namespace invsync
