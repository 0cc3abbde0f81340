#include "cli/ValidateCommand.h"

#include "cli/JsonWriter.h"
#include "csv/Delimiter.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ValidateCommand::tr("error");
    case Severity::Warning:
        return ValidateCommand::tr("warning");
    case Severity::Notice:
        return ValidateCommand::tr("notice");
    case Severity::None:
        break;
    }
    return {};
}

// The column as the file names it; null in JSON when the issue is about a
// whole row or the file.
QString columnNameOf(const InventoryDocument &document, const Issue &issue)
{
    if (issue.column < 0)
        return {};
    return issue.columnName.isEmpty() ? document.columnName(issue.column) : issue.columnName;
}

} // namespace

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return tr("Check an inventory CSV file and list its problems");
}

QString ValidateCommand::synopsis() const
{
    return tr("validate FILE [--json] [--encoding NAME] [--delimiter C] [--quiet]");
}

QString ValidateCommand::description() const
{
    return tr("Reads FILE as the window does (encoding and delimiter detected unless given)\n"
              "and lists every problem with its file line, column, severity and code.\n"
              "Row numbers count data rows from 1, header excluded, as ShipHero does.");
}

std::vector<OptionSpec> ValidateCommand::options() const
{
    return {
        {{u"json"_s}, {}, tr("Print one JSON object instead of the report")},
        {{u"encoding"_s},
         tr("NAME"),
         tr("Encoding: %1\n(default: auto: from the BOM, else UTF-8, else Windows-1252)")
             .arg(encodingChoices().join(u", "_s))},
        {{u"delimiter"_s},
         tr("C"),
         tr("Field delimiter: %1 (default: detected)").arg(Delimiter::typedNames().join(u' '))},
        {{u"q"_s, u"quiet"_s}, {}, tr("Print only the errors: no header, warnings or summary")},
    };
}

QString ValidateCommand::moreHelp() const
{
    return tr(
        "JSON output (--json), one object, keys in this order:\n"
        "  {\"file\": string, \"encoding\": string, \"delimiter\": string, \"rows\": number,\n"
        "   \"errors\": number, \"warnings\": number,\n"
        "   \"issues\": [{\"row\": number, \"line\": number, \"column\": string or null,\n"
        "               \"severity\": \"error\"|\"warning\"|\"notice\", \"code\": string,\n"
        "               \"message\": string}]}\n"
        "  row and line are 0 when an issue is about the whole file; codes never change.\n"
        "\n"
        "Exit codes:\n"
        "  0  no errors (warnings and notices allowed)\n"
        "  1  the file has errors\n"
        "  2  wrong usage, or the file cannot be read\n"
        "  5  interrupted\n");
}

QStringList ValidateCommand::encodingChoices()
{
    QStringList names = encodingNames();
    if (!names.contains(u"auto"_s, Qt::CaseInsensitive))
        names.prepend(u"auto"_s);
    return names;
}

std::optional<TextEncoding> ValidateCommand::parseEncoding(QStringView text)
{
    if (text.compare(u"auto", Qt::CaseInsensitive) == 0)
        return TextEncoding::Auto;
    return encodingFromName(text);
}

ExitCode ValidateCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (!parser.parse(ctx.arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << help();
        return ExitCode::Ok;
    }

    const QStringList files = parser.positional();
    if (files.isEmpty())
        return usageError(ctx, tr("no FILE given"));
    if (files.size() > 1)
        return usageError(
            ctx, tr("expected one FILE, got %1: %2").arg(files.size()).arg(files.join(u' ')));
    const QString file = files.constFirst();

    LoadOptions options;
    if (parser.isSet(u"encoding"_s)) {
        const QString value = parser.value(u"encoding"_s);
        const std::optional<TextEncoding> encoding = parseEncoding(value);
        if (!encoding) {
            return usageError(ctx, tr("unknown encoding \"%1\"; use one of: %2")
                                       .arg(value, encodingChoices().join(u", "_s)));
        }
        options.encoding = *encoding;
    }
    if (parser.isSet(u"delimiter"_s)) {
        const QString value = parser.value(u"delimiter"_s);
        const std::optional<char> delimiter = Delimiter::fromText(value);
        if (!delimiter) {
            return usageError(ctx, tr("unknown delimiter \"%1\"; use one of: %2")
                                       .arg(value, Delimiter::typedNames().join(u' ')));
        }
        options.delimiter = *delimiter;
    }
    const bool json = parser.isSet(u"json"_s);
    const bool quiet = parser.isSet(u"quiet"_s);

    // A progress line only for a person watching a terminal, and only for
    // files big enough to take a noticeable time.
    const bool showProgress = ctx.errIsTerminal && !quiet && QFileInfo(file).size() > 20'000'000;
    int shownPercent = -1;
    const ProgressCallback progress = [&](qint64 done, qint64 total) {
        if (ctx.interrupted())
            return false;
        if (showProgress && total > 0) {
            const int percent = int(done * 100 / total);
            if (percent != shownPercent) {
                shownPercent = percent;
                ctx.err << u'\r' << tr("Checking %1: %2%").arg(file).arg(percent);
                ctx.err.flush();
            }
        }
        return true;
    };
    const LoadResult result = DocumentLoader::loadFile(file, options, progress);
    if (shownPercent >= 0) {
        ctx.err << u"\r\x1b[K"_s; // erase the progress line
        ctx.err.flush();
    }

    if (result.cancelled || ctx.interrupted()) {
        printError(ctx, tr("interrupted"));
        return ExitCode::Interrupted;
    }
    if (!result.document) {
        printError(ctx, result.error); // it names the file and says what to do
        return ExitCode::Usage;
    }

    const InventoryDocument &document = *result.document;
    ctx.out << (json ? jsonReport(document, file) : textReport(document, file, quiet));
    ctx.out.flush();
    return document.errorCount() > 0 ? ExitCode::ProblemsFound : ExitCode::Ok;
}

QString ValidateCommand::jsonReport(const InventoryDocument &document, const QString &file)
{
    const InventoryDocument::Source &source = document.source();
    JsonWriter json;
    json.beginObject();
    json.key(u"file");
    json.value(file);
    json.key(u"encoding");
    json.value(encodingName(source.encoding));
    json.key(u"delimiter");
    json.value(QString(QChar(char16_t(uchar(source.delimiter)))));
    json.key(u"rows");
    json.value(document.rowCount());
    json.key(u"errors");
    json.value(document.errorCount());
    json.key(u"warnings");
    json.value(document.warningCount());
    json.key(u"issues");
    json.beginArray();
    const QList<Issue> issues = document.allIssues();
    for (const Issue &issue : issues) {
        json.beginObject();
        json.key(u"row");
        json.value(issue.row);
        json.key(u"line");
        json.value(issue.line);
        json.key(u"column");
        if (issue.column < 0)
            json.nullValue();
        else
            json.value(columnNameOf(document, issue));
        json.key(u"severity");
        json.value(severityName(issue.severity));
        json.key(u"code");
        json.value(issueCodeName(issue.code));
        json.key(u"message");
        json.value(issue.message);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take() + u'\n';
}

QString ValidateCommand::textReport(const InventoryDocument &document, const QString &file,
                                    bool quiet)
{
    const QList<Issue> issues = document.allIssues();

    // "file:line:column:" and the severity each get a column of their own
    // width, so the messages start in one column and the list reads as a table.
    QStringList locations;
    QStringList severities;
    qsizetype locationWidth = 0;
    qsizetype severityWidth = 0;
    for (const Issue &issue : issues) {
        if (quiet && issue.severity != Severity::Error) {
            locations.append(QString());
            severities.append(QString());
            continue;
        }
        QString location = file;
        if (issue.line > 0)
            location += u':' + QString::number(issue.line);
        const QString column = columnNameOf(document, issue);
        if (issue.column >= 0)
            location += u':' + column;
        location += u':';
        const QString severity = severityText(issue.severity) + u':';
        locationWidth = std::max(locationWidth, location.size());
        severityWidth = std::max(severityWidth, severity.size());
        locations.append(location);
        severities.append(severity);
    }

    QString text;
    if (!quiet) {
        const InventoryDocument::Source &source = document.source();
        QString encoding = encodingName(source.encoding);
        if (source.hadBom)
            encoding = tr("%1 with BOM").arg(encoding);
        if (source.encodingFallback)
            encoding = tr("%1 (the file is not valid UTF-8)").arg(encoding);
        const std::pair<QString, QString> facts[] = {
            {tr("File:"), file},
            {tr("Encoding:"), encoding},
            {tr("Delimiter:"), Delimiter::displayName(source.delimiter)},
            {tr("Rows:"), QString::number(document.rowCount())},
        };
        qsizetype labelWidth = 0;
        for (const auto &[label, value] : facts)
            labelWidth = std::max(labelWidth, label.size());
        for (const auto &[label, value] : facts)
            text += label.leftJustified(labelWidth + 2) + value + u'\n';
        if (!issues.isEmpty())
            text += u'\n';
    }

    for (qsizetype i = 0; i < issues.size(); ++i) {
        const Issue &issue = issues.at(i);
        if (quiet && issue.severity != Severity::Error)
            continue;
        text += locations.at(i).leftJustified(locationWidth) + u' ' +
                severities.at(i).leftJustified(severityWidth) + u' ';
        if (issue.row > 0)
            text += tr("row %1:").arg(issue.row) + u' ';
        text += issue.message + u" ["_s + issueCodeName(issue.code) + u"]\n"_s;
    }

    if (!quiet) {
        const int rows = document.rowCount();
        text += u'\n';
        if (document.errorCount() + document.warningCount() + document.noticeCount() == 0) {
            text +=
                tr("No problems found in %n row(s).", nullptr, rows) + u'\n';
        } else {
            text += tr("%1, %2 and %3 in %4.")
                        .arg(tr("%n error(s)", nullptr, document.errorCount()),
                             tr("%n warning(s)", nullptr, document.warningCount()),
                             tr("%n notice(s)", nullptr, document.noticeCount()),
                             tr("%n row(s)", nullptr, rows)) +
                    u'\n';
        }
    }
    return text;
}

} // namespace invsync
