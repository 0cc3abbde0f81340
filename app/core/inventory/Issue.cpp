#include "inventory/Issue.h"

namespace invsync {

QString issueCodeName(IssueCode code)
{
    switch (code) {
    case IssueCode::WrongColumnCount: return QStringLiteral("wrong_column_count");
    case IssueCode::UnterminatedQuote: return QStringLiteral("unterminated_quote");
    case IssueCode::EmptySku: return QStringLiteral("empty_sku");
    case IssueCode::InvalidQuantity: return QStringLiteral("invalid_quantity");
    case IssueCode::NegativeQuantity: return QStringLiteral("negative_quantity");
    case IssueCode::InvalidAction: return QStringLiteral("invalid_action");
    case IssueCode::DuplicateSku: return QStringLiteral("duplicate_sku");
    case IssueCode::EmptyReason: return QStringLiteral("empty_reason");
    case IssueCode::SkuWhitespace: return QStringLiteral("sku_whitespace");
    case IssueCode::SkuNotFound: return QStringLiteral("sku_not_found");
    case IssueCode::LargeChange: return QStringLiteral("large_change");
    case IssueCode::MissingColumn: return QStringLiteral("missing_column");
    case IssueCode::NoDataRows: return QStringLiteral("no_data_rows");
    case IssueCode::TooManyRows: return QStringLiteral("too_many_rows");
    case IssueCode::UnknownColumn: return QStringLiteral("unknown_column");
    case IssueCode::DuplicateColumn: return QStringLiteral("duplicate_column");
    case IssueCode::EncodingFallback: return QStringLiteral("encoding_fallback");
    case IssueCode::BlankLines: return QStringLiteral("blank_lines");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Notice: return QStringLiteral("notice");
    case Severity::None: break;
    }
    return QStringLiteral("none");
}

Severity issueSeverity(IssueCode code)
{
    switch (code) {
    case IssueCode::WrongColumnCount:
    case IssueCode::UnterminatedQuote:
    case IssueCode::EmptySku:
    case IssueCode::InvalidQuantity:
    case IssueCode::NegativeQuantity:
    case IssueCode::InvalidAction:
    case IssueCode::DuplicateSku:
    case IssueCode::SkuNotFound:
    case IssueCode::MissingColumn:
    case IssueCode::NoDataRows:
        return Severity::Error;
    case IssueCode::TooManyRows:
    case IssueCode::UnknownColumn:
    case IssueCode::DuplicateColumn:
    case IssueCode::EmptyReason:
    case IssueCode::SkuWhitespace:
    case IssueCode::LargeChange:
        return Severity::Warning;
    case IssueCode::EncodingFallback:
    case IssueCode::BlankLines:
        return Severity::Notice;
    }
    return Severity::None;
}

} // namespace invsync
