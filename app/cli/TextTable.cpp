#include "cli/TextTable.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

TextTable::TextTable(QStringList header, QList<Align> align)
    : m_header(std::move(header)), m_align(std::move(align))
{
}

void TextTable::addRow(QStringList cells)
{
    // A line break inside a cell would break the columns.
    for (QString &cell : cells) {
        cell.replace(u'\n', u' ');
        cell.replace(u'\r', u' ');
        cell.replace(u'\t', u' ');
    }
    m_rows.append(std::move(cells));
}

QString TextTable::text() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QString text;
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                out += u"  "_s;
            const bool right = m_align.value(i, Align::Left) == Align::Right;
            out += right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (out.endsWith(u' '))
            out.chop(1);
        text += out + u'\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    return text;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace invsync
