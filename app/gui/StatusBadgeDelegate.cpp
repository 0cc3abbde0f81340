#include "gui/StatusBadgeDelegate.h"

#include "gui/BatchesModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

namespace invsync {

StatusBadgeDelegate::StatusBadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent), m_kind(kind)
{
}

QString StatusBadgeDelegate::label(const QString &status)
{
    if (status == u"pending")
        return tr("Pending");
    if (status == u"processing")
        return tr("Processing");
    if (status == u"success")
        return tr("Success");
    if (status == u"error_all")
        return tr("Failed");
    if (status == u"error_partial")
        return tr("Some rows failed");
    if (status == u"error_unknown")
        return tr("Error");
    if (status == u"error_not_found")
        return tr("Not found");
    if (status == u"error")
        return tr("Error");
    if (status == u"aborted")
        return tr("Aborted");
    return status;
}

QColor StatusBadgeDelegate::color(const QString &status)
{
    if (status == u"pending")
        return QColor(110, 119, 129);
    if (status == u"processing")
        return QColor(9, 105, 218);
    if (status == u"success")
        return QColor(26, 127, 55);
    if (status == u"error_partial")
        return QColor(191, 135, 0);
    if (status.startsWith(u"error"))
        return QColor(207, 34, 46);
    if (status == u"aborted")
        return QColor(130, 80, 223);
    return QColor(110, 119, 129);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The cell's background and selection first, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (m_kind == Kind::Progress) {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = std::max(1, index.data(BatchesModel::TotalRole).toInt());
        bar.progress = std::min(bar.maximum, index.data(BatchesModel::ProgressRole).toInt());
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        return;
    }

    const QString status = index.data(BatchesModel::StatusRole).toString();
    if (status.isEmpty())
        return;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const int height = metrics.height() + 4;
    QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    badge = badge.intersected(option.rect.adjusted(2, 1, -2, -1));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(status));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_kind == Kind::Badge)
        size.setWidth(size.width() + 24);
    else
        size.setWidth(std::max(size.width(), 120));
    return size;
}

} // namespace invsync
