// libFuzzer target for the dialect sniffing a file goes through before it is
// parsed: detectEncoding (BOM, UTF-8 or the Windows-1252 fallback),
// decodeToUtf8 with every encoding, firstInvalidUtf8, detectDelimiter, and
// the parsers of what a user types for them (Delimiter::fromText,
// encodingFromName). The results are checked against small reference
// implementations written here from the specifications (Unicode table 3-7
// for UTF-8, the UTF-16 and Windows-1252 mappings), not against the code
// under test. A second input is built from the bytes: a regular table
// written with a delimiter chosen by the input, fields holding the other
// candidates quoted; the sniffer must name that delimiter.
//
// Run: see README.md beside this file.

#define FUZZ_TARGET_NAME "fuzz_sniffer"
#include "FuzzCheck.h"

#include "csv/CsvReader.h"
#include "csv/Delimiter.h"
#include "csv/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

using namespace invsync;

namespace {

// Unicode 15, table 3-7 (well-formed UTF-8 byte sequences): the offset of
// the first byte that starts an ill-formed sequence, or -1.
qsizetype referenceFirstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    const auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        unsigned lo2 = 0x80, hi2 = 0xBF;
        int len;
        if (c <= 0x7F) {
            ++i;
            continue;
        } else if (in(c, 0xC2, 0xDF)) {
            len = 2;
        } else if (c == 0xE0) {
            len = 3, lo2 = 0xA0;
        } else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) {
            len = 3;
        } else if (c == 0xED) {
            len = 3, hi2 = 0x9F;
        } else if (c == 0xF0) {
            len = 4, lo2 = 0x90;
        } else if (in(c, 0xF1, 0xF3)) {
            len = 4;
        } else if (c == 0xF4) {
            len = 4, hi2 = 0x8F;
        } else {
            return i;
        }
        if (i + len > n || !in(p[i + 1], lo2, hi2))
            return i;
        for (int k = 2; k < len; ++k) {
            if (!in(p[i + k], 0x80, 0xBF))
                return i;
        }
        i += len;
    }
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// UTF-16 of an even number of bytes as UTF-8; false when a lone surrogate
// makes the expected output a matter of replacement policy.
bool referenceUtf16(QByteArrayView body, bool bigEndian, QByteArray &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(body.data());
    const qsizetype units = body.size() / 2;
    const auto unit = [&](qsizetype k) -> char16_t {
        return bigEndian ? char16_t((p[2 * k] << 8) | p[2 * k + 1])
                         : char16_t(p[2 * k] | (p[2 * k + 1] << 8));
    };
    // A U+FEFF in front is taken as a byte order mark and dropped, as
    // QStringDecoder does (the loader has then already skipped the real BOM).
    for (qsizetype k = units > 0 && unit(0) == 0xFEFF ? 1 : 0; k < units; ++k) {
        const char16_t u = unit(k);
        if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units && unit(k + 1) >= 0xDC00
            && unit(k + 1) <= 0xDFFF) {
            appendUtf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (unit(k + 1) - 0xDC00));
            ++k;
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            return false; // lone surrogate
        } else {
            appendUtf8(out, u);
        }
    }
    return true;
}

bool isCandidate(char c)
{
    return c == ',' || c == ';' || c == '\t' || c == '|';
}

void checkEncoding(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();

    // UTF-8 validity against the reference, and the reported offset.
    const qsizetype invalid = firstInvalidUtf8(bytes);
    const qsizetype expectedInvalid = referenceFirstInvalidUtf8(bytes);
    FUZZ_CHECK(invalid == expectedInvalid, invalid, expectedInvalid);
    FUZZ_CHECK(isValidUtf8(bytes) == (expectedInvalid < 0));

    // The BOM decides first; without one, UTF-8 when valid, else Windows-1252.
    const EncodingGuess guess = detectEncoding(bytes);
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        FUZZ_CHECK(guess.bomLength == 3, guess.bomLength);
        const bool valid = referenceFirstInvalidUtf8(QByteArrayView(bytes).sliced(3)) < 0;
        FUZZ_CHECK(guess.encoding == (valid ? TextEncoding::Utf8 : TextEncoding::Windows1252),
                   int(guess.encoding));
        FUZZ_CHECK(guess.fallback == !valid);
    } else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        FUZZ_CHECK(guess.encoding == TextEncoding::Utf16LE && guess.bomLength == 2
                   && !guess.fallback);
    } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        FUZZ_CHECK(guess.encoding == TextEncoding::Utf16BE && guess.bomLength == 2
                   && !guess.fallback);
    } else {
        FUZZ_CHECK(guess.bomLength == 0, guess.bomLength);
        FUZZ_CHECK(guess.encoding
                       == (expectedInvalid < 0 ? TextEncoding::Utf8 : TextEncoding::Windows1252),
                   int(guess.encoding));
        FUZZ_CHECK(guess.fallback == (expectedInvalid >= 0));
    }

    // What each encoding decodes to, from byte 0 (a forced encoding) and
    // after the detected BOM.
    for (qsizetype bom : {qsizetype(0), guess.bomLength}) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom);

        const QByteArray asUtf8 = decodeToUtf8(bytes, TextEncoding::Utf8, bom);
        FUZZ_CHECK(asUtf8 == body, asUtf8.size(), body.size()); // UTF-8 is passed through

        // Windows-1252: one BMP character per byte; ASCII and 0xA0..0xFF are
        // Latin-1, 0x80..0x9F never ASCII.
        const QByteArray cp1252 = decodeToUtf8(bytes, TextEncoding::Windows1252, bom);
        FUZZ_CHECK(referenceFirstInvalidUtf8(cp1252) < 0);
        const QString text = QString::fromUtf8(cp1252);
        FUZZ_CHECK(text.size() == body.size(), text.size(), body.size());
        for (qsizetype i = 0; i < body.size(); ++i) {
            const auto b = static_cast<unsigned char>(body[i]);
            const char16_t c = text[i].unicode();
            if (b < 0x80 || b >= 0xA0)
                FUZZ_CHECK(c == b, c, b);
            else
                FUZZ_CHECK(c >= 0x80, c, b);
        }

        for (const bool bigEndian : {false, true}) {
            const QByteArray utf16 = decodeToUtf8(
                bytes, bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE, bom);
            FUZZ_CHECK(referenceFirstInvalidUtf8(utf16) < 0, bigEndian);
            QByteArray expected;
            // Exact for whole code units without lone surrogates; otherwise
            // only "valid UTF-8" is promised (replacement is Qt's policy).
            if (body.size() % 2 == 0 && referenceUtf16(body, bigEndian, expected))
                FUZZ_CHECK(utf16 == expected, utf16.size(), expected.size());
        }
    }
}

// A table the input describes, written with delimiter d: every field that
// holds a candidate delimiter, a quote or a line break is quoted, so outside
// quotes only d appears, and the same number of times on every line.
QByteArray regularTable(QByteArrayView in, char d, int columns)
{
    QByteArray out;
    int column = 0;
    QByteArray field;
    const auto endField = [&]() {
        // Line ends and blank lines vary with the field's last byte: LF, CRLF, CR.
        const unsigned char sel = field.isEmpty() ? 0 : static_cast<unsigned char>(field.back());
        bool quote = false;
        for (char c : field)
            quote = quote || isCandidate(c) || c == '"' || c == '\n' || c == '\r';
        if (quote) {
            out.append('"');
            for (char c : field) {
                out.append(c);
                if (c == '"')
                    out.append('"');
            }
            out.append('"');
        } else {
            out.append(field);
        }
        field.clear();
        if (++column < columns) {
            out.append(d);
        } else {
            column = 0;
            out.append((sel & 3) == 1 ? "\r\n" : (sel & 3) == 2 ? "\r" : "\n");
            if ((sel & 0x30) == 0x30)
                out.append('\n');
        }
    };
    for (char c : in) {
        if (c == '\x01')
            endField();
        else
            field.append(c);
    }
    // Complete the last record, so every record has the same field count.
    do {
        endField();
    } while (column != 0);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkEncoding(bytes);

    // The sniffer on whatever bytes: one of the four, and comma when the
    // header line (the first with text) holds none of them outside quotes.
    const char onRaw = detectDelimiter(bytes);
    FUZZ_CHECK(isCandidate(onRaw), onRaw);
    if (onRaw != ',')
        FUZZ_CHECK(bytes.contains(onRaw), onRaw);
    const EncodingGuess guess = detectEncoding(bytes);
    const QByteArray utf8 = decodeToUtf8(bytes, guess.encoding, guess.bomLength);
    FUZZ_CHECK(isCandidate(detectDelimiter(utf8)));

    // A regular table: the sniffer must find its delimiter.
    if (size >= 1) {
        const char d = SupportedDelimiters[data[0] & 3];
        const int columns = 2 + ((data[0] >> 2) & 3);
        const QByteArray table = regularTable(QByteArrayView(bytes).sliced(1), d, columns);
        const char found = detectDelimiter(table);
        FUZZ_CHECK(found == d, found, d);
    }

    // What users type for a delimiter or an encoding.
    const QString typed = QString::fromUtf8(bytes.first(qMin<qsizetype>(size, 32)));
    if (const std::optional<char> parsed = Delimiter::fromText(typed))
        FUZZ_CHECK(*parsed == 0 || isCandidate(*parsed), *parsed);
    if (const std::optional<TextEncoding> parsed = encodingFromName(typed))
        FUZZ_CHECK(encodingFromName(encodingName(*parsed)) == parsed, int(*parsed));
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Fixed facts, checked once: every typed name parses back to its delimiter
    // and every encoding name to its encoding.
    for (const QString &name : Delimiter::typedNames()) {
        const std::optional<char> d = Delimiter::fromText(name);
        FUZZ_CHECK(d && isCandidate(*d));
        FUZZ_CHECK(!Delimiter::displayName(*d).isEmpty());
    }
    for (const QString &name : encodingNames())
        FUZZ_CHECK(encodingFromName(name).has_value());
    return 0;
}
