#pragma once

// graphql-js's "Did you mean ...?" hints: candidates close to a misspelt
// name, by Damerau-Levenshtein distance.

#include <QString>
#include <QStringList>

namespace invsync::graphql {

// suggestionList(): the candidates within reach of input, nearest first.
QStringList suggestionList(const QString &input, const QStringList &options);

// didYouMean(): " Did you mean \"a\", \"b\", or \"c\"?" (empty without any);
// subMessage goes between "mean" and the names ("the enum value").
QString didYouMean(const QStringList &suggestions, const QString &subMessage = {});

} // namespace invsync::graphql
