#include "csv/TextEncoding.h"

#include <QStringDecoder>

#include <cstring>

namespace invsync {

namespace {

struct EncodingEntry
{
    TextEncoding encoding;
    const char *name;
};

constexpr EncodingEntry Encodings[] = {
    {TextEncoding::Utf8, "UTF-8"},
    {TextEncoding::Utf16LE, "UTF-16LE"},
    {TextEncoding::Utf16BE, "UTF-16BE"},
    {TextEncoding::Windows1252, "Windows-1252"},
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Five of those bytes
// are undefined; they map to the C1 control of the same value, as browsers do.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Writes one BMP code point as UTF-8; returns the end.
char *writeUtf8(char *out, char16_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

QByteArray windows1252ToUtf8(QByteArrayView bytes)
{
    // Every byte becomes at most three; write into one allocation and trim.
    QByteArray out(bytes.size() * 3, Qt::Uninitialized);
    char *o = out.data();
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            *o++ = ch;
        else
            o = writeUtf8(o, b < 0xA0 ? Cp1252High[b - 0x80] : char16_t(b));
    }
    out.truncate(o - out.constData());
    out.squeeze();
    return out;
}

// Decodes UTF-16 piece by piece, so that a large file never exists as a
// whole QString beside its bytes and its UTF-8.
QByteArray utf16ToUtf8(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    constexpr qsizetype Chunk = 1 << 20; // even: whole code units
    QStringDecoder decoder(encoding);
    QByteArray out;
    out.reserve(bytes.size() / 2 + bytes.size() / 8);
    for (qsizetype at = 0; at < bytes.size(); at += Chunk) {
        const QString piece = decoder.decode(bytes.sliced(at, qMin(Chunk, bytes.size() - at)));
        out.append(piece.toUtf8());
    }
    return out;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    if (encoding == TextEncoding::Auto)
        return QStringLiteral("auto");
    for (const auto &e : Encodings) {
        if (e.encoding == encoding)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().remove(u'-').remove(u'_').toLower();
    if (n == u"auto")
        return TextEncoding::Auto;
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf16le" || n == u"utf16")
        return TextEncoding::Utf16LE;
    if (n == u"utf16be")
        return TextEncoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QStringList encodingNames()
{
    QStringList names;
    for (const auto &e : Encodings)
        names.append(QString::fromLatin1(e.name));
    return names;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs are by far the most common: check eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t min;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

bool isValidUtf8(QByteArrayView bytes)
{
    return firstInvalidUtf8(bytes) < 0;
}

EncodingGuess detectEncoding(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    if (bytes.size() >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        // A BOM is no promise: some tools add it to Windows-1252 text.
        if (isValidUtf8(bytes.sliced(3)))
            return {TextEncoding::Utf8, 3, false};
        return {TextEncoding::Windows1252, 3, true};
    }
    if (bytes.size() >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {TextEncoding::Utf16LE, 2, false};
    if (bytes.size() >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {TextEncoding::Utf16BE, 2, false};
    if (isValidUtf8(bytes))
        return {TextEncoding::Utf8, 0, false};
    return {TextEncoding::Windows1252, 0, true};
}

QByteArray decodeToUtf8(const QByteArray &bytes, TextEncoding encoding, qsizetype bomLength)
{
    const QByteArrayView body = QByteArrayView(bytes).sliced(qMin(bomLength, bytes.size()));
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        return bomLength == 0 ? bytes : body.toByteArray();
    case TextEncoding::Windows1252:
        return windows1252ToUtf8(body);
    case TextEncoding::Utf16LE:
        return utf16ToUtf8(body, QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return utf16ToUtf8(body, QStringConverter::Utf16BE);
    }
    return bytes;
}

} // namespace invsync
