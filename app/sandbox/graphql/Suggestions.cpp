#include "sandbox/graphql/Suggestions.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace invsync::graphql {

namespace {

// graphql-js LexicalDistance.measure(): case-insensitive, transpositions
// count as one edit, and anything beyond the threshold is no match.
std::optional<int> lexicalDistance(const QString &input, const QString &option, int threshold)
{
    if (input == option)
        return 0;
    QString a = option.toLower();
    QString b = input.toLower();
    if (a == b)
        return 1;
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype aLength = a.size();
    const qsizetype bLength = b.size();
    if (aLength - bLength > threshold)
        return std::nullopt;
    std::array<std::vector<int>, 3> rows;
    for (auto &row : rows)
        row.assign(size_t(bLength + 1), 0);
    for (qsizetype j = 0; j <= bLength; ++j)
        rows[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= aLength; ++i) {
        const auto &upRow = rows[size_t((i - 1) % 3)];
        auto &currentRow = rows[size_t(i % 3)];
        int smallestCell = currentRow[0] = int(i);
        for (qsizetype j = 1; j <= bLength; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int currentCell = std::min(
                {upRow[size_t(j)] + 1, currentRow[size_t(j - 1)] + 1, upRow[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                currentCell = std::min(currentCell, rows[size_t((i - 2) % 3)][size_t(j - 2)] + 1);
            smallestCell = std::min(smallestCell, currentCell);
            currentRow[size_t(j)] = currentCell;
        }
        if (smallestCell > threshold)
            return std::nullopt;
    }
    const int distance = rows[size_t(aLength % 3)][size_t(bLength)];
    if (distance > threshold)
        return std::nullopt;
    return distance;
}

} // namespace

QStringList suggestionList(const QString &input, const QStringList &options)
{
    const int threshold = int(input.size() * 0.4) + 1;
    QHash<QString, int> distances;
    QStringList found;
    for (const QString &option : options) {
        if (const auto distance = lexicalDistance(input, option, threshold);
            distance && !distances.contains(option)) {
            distances.insert(option, *distance);
            found.append(option);
        }
    }
    std::sort(found.begin(), found.end(), [&](const QString &x, const QString &y) {
        const int dx = distances.value(x);
        const int dy = distances.value(y);
        return dx != dy ? dx < dy : x < y;
    });
    return found;
}

QString didYouMean(const QStringList &suggestions, const QString &subMessage)
{
    if (suggestions.isEmpty())
        return {};
    QString message = u" Did you mean "_s;
    if (!subMessage.isEmpty())
        message += subMessage + u' ';
    QStringList quoted;
    for (const QString &s : suggestions.mid(0, 5))
        quoted.append(u'"' + s + u'"');
    if (quoted.size() == 1)
        return message + quoted.first() + u'?';
    if (quoted.size() == 2)
        return message + quoted.at(0) + u" or "_s + quoted.at(1) + u'?';
    const QString last = quoted.takeLast();
    return message + quoted.join(u", "_s) + u", or "_s + last + u'?';
}

} // namespace invsync::graphql
