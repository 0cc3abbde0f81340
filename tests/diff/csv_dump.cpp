// csv_dump FILE DELIMITER
//
// Reads FILE the way the app does (DocumentLoader::loadBytes: detectEncoding,
// UTF-8 parsed in place past its BOM, other encodings through decodeToUtf8,
// then CsvReader with the default BlankRecords::Skip) and prints on stdout
// one JSON object:
//
//   {"encoding": "UTF-8", "bomLength": 3, "fallback": false,
//    "records": [["a", "b"], ...], "lines": [1, ...],
//    "blankLineCount": 0, "unterminatedQuote": false}
//
// DELIMITER is one of , ; | or the word "tab". Fields are printed as the
// reader's UTF-8 bytes, JSON-escaped, never re-encoded. Used by
// csv_differential.py (issue 10).

#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstring>

using namespace invsync;

namespace {

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char Hex[] = "0123456789abcdef";
    out += '"';
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += Hex[c >> 4];
                out += Hex[c & 0xF];
            } else {
                out += ch; // UTF-8 bytes as they are
            }
        }
    }
    out += '"';
}

int usage()
{
    std::fputs("usage: csv_dump FILE DELIMITER   (DELIMITER: , ; | or tab)\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return usage();
    char delimiter = 0;
    if (std::strcmp(argv[2], "tab") == 0)
        delimiter = '\t';
    else if (std::strlen(argv[2]) == 1 && std::strchr(",;|", argv[2][0]))
        delimiter = argv[2][0];
    else
        return usage();

    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "csv_dump: cannot open %s\n", argv[1]);
        return 2;
    }
    QByteArray bytes = file.readAll();
    file.close();

    // The same path as DocumentLoader::loadBytes with automatic encoding.
    const EncodingGuess guess = detectEncoding(bytes);
    qsizetype start = 0;
    QByteArray utf8;
    if (guess.encoding == TextEncoding::Utf8) {
        start = guess.bomLength;
        utf8 = std::move(bytes);
    } else {
        utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength);
        bytes = QByteArray();
    }

    const CsvReadResult result = CsvReader(delimiter).read(std::move(utf8), start);
    const CsvTable &t = result.table;

    QByteArray out;
    out.reserve(t.data.size() * 2 + 256);
    out += "{\"encoding\": ";
    appendJsonString(out, encodingName(guess.encoding).toUtf8());
    out += ", \"bomLength\": " + QByteArray::number(guess.bomLength);
    out += ", \"fallback\": ";
    out += guess.fallback ? "true" : "false";
    out += ", \"records\": [";
    for (qsizetype r = 0; r < t.recordCount(); ++r) {
        if (r)
            out += ", ";
        out += '[';
        for (qsizetype c = 0; c < t.fieldCount(r); ++c) {
            if (c)
                out += ", ";
            appendJsonString(out, t.field(r, c));
        }
        out += ']';
    }
    out += "], \"lines\": [";
    for (qsizetype r = 0; r < t.recordCount(); ++r) {
        if (r)
            out += ", ";
        out += QByteArray::number(t.lines[size_t(r)]);
    }
    out += "], \"blankLineCount\": " + QByteArray::number(result.blankLineCount);
    out += ", \"unterminatedQuote\": ";
    out += result.unterminatedQuote ? "true" : "false";
    out += "}\n";

    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
