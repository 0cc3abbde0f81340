#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace invsync {

// Rows of text in aligned columns, two spaces apart, for the human output
// of the commands. Numbers are right-aligned so that they read as columns.
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList header, QList<Align> align = {});

    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    QString text() const; // the header, then the rows; trailing spaces trimmed

private:
    QStringList m_header;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};

// Text for the JSON and CSV outputs: UTC, ISO 8601 with milliseconds; empty when unknown.
QString isoTime(const QDateTime &time);
// Local time for people: "2026-03-01 14:05".
QString localTime(const QDateTime &time);

} // namespace invsync
