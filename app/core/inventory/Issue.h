#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace invsync {

enum class Severity : std::uint8_t { None = 0, Notice = 1, Warning = 2, Error = 3 };

// Stable codes: they appear in `invsync validate --json` and in scripts that
// read it, so a code is never renamed.
enum class IssueCode : std::uint8_t {
    // row-level: each one belongs to a column role (see issueColumnRole)
    WrongColumnCount,
    UnterminatedQuote,
    EmptySku,
    InvalidQuantity,
    NegativeQuantity,
    InvalidAction,
    DuplicateSku,
    EmptyReason,
    SkuWhitespace,
    // row-level, from the check against the warehouse (InventoryDocument::setStockLevels)
    SkuNotFound,
    LargeChange,
    // file-level
    MissingColumn,
    NoDataRows,
    TooManyRows,
    UnknownColumn,
    DuplicateColumn,
    EncodingFallback,
    BlankLines,
};

constexpr int RowIssueCodeCount = int(IssueCode::LargeChange) + 1;

QString issueCodeName(IssueCode code);   // "invalid_quantity"
QString severityName(Severity severity); // "error", "warning", "notice"
Severity issueSeverity(IssueCode code);

// One problem, materialised for display or output.
struct Issue
{
    Severity severity = Severity::None;
    IssueCode code = IssueCode::WrongColumnCount;
    int row = 0;     // 1-based data row as ShipHero counts it (header excluded); 0 = the file
    int line = 0;    // 1-based line in the file as read; 0 when none applies
    int column = -1; // 0-based document column; -1 when the whole row or file is meant
    QString columnName; // the header as written in the file, empty when column < 0
    QString message;    // what is wrong and what to do, translated
};

} // namespace invsync
