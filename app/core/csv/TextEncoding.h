#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace invsync {

// The encodings an inventory file arrives in. Auto means: look at the BOM,
// then try UTF-8, then fall back to Windows-1252 (what Excel writes on
// Western Windows systems).
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(QStringView name);
QStringList encodingNames(); // the names encodingFromName accepts, for --help and combo boxes

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomLength = 0;
    bool fallback = false; // not valid UTF-8: read as Windows-1252
};

// Looks at the BOM and the bytes; never returns Auto.
EncodingGuess detectEncoding(QByteArrayView bytes);

// True when the bytes are well-formed UTF-8 (overlongs and surrogates refused).
bool isValidUtf8(QByteArrayView bytes);

// Offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// Converts the bytes (without BOM) to UTF-8. For UTF-8 input the bytes are
// returned as they are (implicitly shared, no copy).
QByteArray decodeToUtf8(const QByteArray &bytes, TextEncoding encoding, qsizetype bomLength);

} // namespace invsync
