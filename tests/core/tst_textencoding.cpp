#include "csv/TextEncoding.h"

#include <QTest>

using namespace invsync;

Q_DECLARE_METATYPE(invsync::TextEncoding)

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        if (bigEndian) {
            out.append(hi);
            out.append(lo);
        } else {
            out.append(lo);
            out.append(hi);
        }
    }
    return out;
}

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98-9F
};

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectEncoding_data();
    void detectEncoding();
    void detectEncodingNeverAuto();

    void utf8Validity_data();
    void utf8Validity();
    void utf8ValidityAfterLongPrefix_data();
    void utf8ValidityAfterLongPrefix();

    void decodeUtf8IsShared();
    void decodeUtf8WithBom();
    void decodeUtf16_data();
    void decodeUtf16();
    void decodeWindows1252Specials_data();
    void decodeWindows1252Specials();
    void decodeWindows1252EveryByte();
    void decodeWindows1252Text();

    void encodingNamesRoundTrip_data();
    void encodingNamesRoundTrip();
    void encodingNamesListed();
    void encodingFromNameRejectsUnknown();
};

void TestTextEncoding::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<qsizetype>("bomLength");
    QTest::addColumn<bool>("fallback");

    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << qsizetype(0) << false;
    QTest::newRow("ascii") << QByteArrayLiteral("sku,quantity,action,reason\n")
                           << TextEncoding::Utf8 << qsizetype(0) << false;
    QTest::newRow("utf8 multibyte")
        << QByteArrayLiteral("sku\ncaf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\n")
        << TextEncoding::Utf8 << qsizetype(0) << false;
    QTest::newRow("utf8 bom") << QByteArrayLiteral("\xef\xbb\xbfsku,quantity\n")
                              << TextEncoding::Utf8 << qsizetype(3) << false;
    QTest::newRow("utf8 bom only")
        << QByteArrayLiteral("\xef\xbb\xbf") << TextEncoding::Utf8 << qsizetype(3) << false;
    QTest::newRow("utf16le bom") << QByteArray(QByteArrayLiteral("\xff\xfe") +
                                               utf16(QStringLiteral("sku\n"), false))
                                 << TextEncoding::Utf16LE << qsizetype(2) << false;
    QTest::newRow("utf16be bom") << QByteArray(QByteArrayLiteral("\xfe\xff") +
                                               utf16(QStringLiteral("sku\n"), true))
                                 << TextEncoding::Utf16BE << qsizetype(2) << false;
    QTest::newRow("utf16le bom, invalid as utf8")
        << QByteArray(QByteArrayLiteral("\xff\xfe") + utf16(QStringLiteral("caf\u00e9"), false))
        << TextEncoding::Utf16LE << qsizetype(2) << false;
    QTest::newRow("latin e-acute")
        << QByteArrayLiteral("sku\ncaf\xe9\n") << TextEncoding::Windows1252 << qsizetype(0) << true;
    QTest::newRow("cp1252 euro") << QByteArrayLiteral("sku\n\x80 5\n") << TextEncoding::Windows1252
                                 << qsizetype(0) << true;
    QTest::newRow("cp1252 curly quotes") << QByteArrayLiteral("\x93quoted\x94 \x91x\x92")
                                         << TextEncoding::Windows1252 << qsizetype(0) << true;
    QTest::newRow("truncated utf8 at end") << QByteArrayLiteral("sku\nab\xe2\x82")
                                           << TextEncoding::Windows1252 << qsizetype(0) << true;
    // Invalid bytes far into the file must still be seen.
    QTest::newRow("invalid after 100 kB")
        << QByteArray(QByteArray(100 * 1024, 'a') + QByteArrayLiteral("\xe9\n"))
        << TextEncoding::Windows1252 << qsizetype(0) << true;
}

void TestTextEncoding::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(qsizetype, bomLength);
    QFETCH(bool, fallback);

    const EncodingGuess guess = invsync::detectEncoding(bytes);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.bomLength, bomLength);
    QCOMPARE(guess.fallback, fallback);
}

void TestTextEncoding::detectEncodingNeverAuto()
{
    const QByteArray samples[] = {QByteArray(), QByteArrayLiteral("\xff"),
                                  QByteArrayLiteral("\xfe"), QByteArrayLiteral("\xef\xbb"),
                                  QByteArray(7, '\0')};
    for (const QByteArray &s : samples)
        QVERIFY(invsync::detectEncoding(s).encoding != TextEncoding::Auto);
}

void TestTextEncoding::utf8Validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("firstInvalid"); // -1: valid

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ascii") << QByteArrayLiteral("sku,quantity") << qsizetype(-1);
    QTest::newRow("nul is valid") << QByteArray("a\0b", 3) << qsizetype(-1);
    QTest::newRow("2-byte e-acute") << QByteArrayLiteral("\xc3\xa9") << qsizetype(-1);
    QTest::newRow("2-byte lowest U+0080") << QByteArrayLiteral("\xc2\x80") << qsizetype(-1);
    QTest::newRow("3-byte euro") << QByteArrayLiteral("\xe2\x82\xac") << qsizetype(-1);
    QTest::newRow("3-byte lowest U+0800") << QByteArrayLiteral("\xe0\xa0\x80") << qsizetype(-1);
    QTest::newRow("U+D7FF before surrogates") << QByteArrayLiteral("\xed\x9f\xbf") << qsizetype(-1);
    QTest::newRow("U+E000 after surrogates") << QByteArrayLiteral("\xee\x80\x80") << qsizetype(-1);
    QTest::newRow("U+FFFF") << QByteArrayLiteral("\xef\xbf\xbf") << qsizetype(-1);
    QTest::newRow("4-byte emoji") << QByteArrayLiteral("\xf0\x9f\x98\x80") << qsizetype(-1);
    QTest::newRow("4-byte lowest U+10000")
        << QByteArrayLiteral("\xf0\x90\x80\x80") << qsizetype(-1);
    QTest::newRow("4-byte highest U+10FFFF")
        << QByteArrayLiteral("\xf4\x8f\xbf\xbf") << qsizetype(-1);
    QTest::newRow("bom") << QByteArrayLiteral("\xef\xbb\xbf") << qsizetype(-1);

    QTest::newRow("lone continuation") << QByteArrayLiteral("a\x80z") << qsizetype(1);
    QTest::newRow("latin1 e-acute") << QByteArrayLiteral("caf\xe9") << qsizetype(3);
    QTest::newRow("0xFE") << QByteArrayLiteral("ab\xfe") << qsizetype(2);
    QTest::newRow("0xFF") << QByteArrayLiteral("\xff") << qsizetype(0);
    QTest::newRow("overlong C0 slash") << QByteArrayLiteral("x\xc0\xaf") << qsizetype(1);
    QTest::newRow("overlong C1") << QByteArrayLiteral("\xc1\xbf") << qsizetype(0);
    QTest::newRow("overlong 3-byte") << QByteArrayLiteral("\xe0\x80\xaf") << qsizetype(0);
    QTest::newRow("overlong 3-byte U+07FF") << QByteArrayLiteral("\xe0\x9f\xbf") << qsizetype(0);
    QTest::newRow("overlong 4-byte") << QByteArrayLiteral("\xf0\x80\x80\xaf") << qsizetype(0);
    QTest::newRow("overlong 4-byte U+FFFF")
        << QByteArrayLiteral("\xf0\x8f\xbf\xbf") << qsizetype(0);
    QTest::newRow("surrogate D800") << QByteArrayLiteral("ok\xed\xa0\x80") << qsizetype(2);
    QTest::newRow("surrogate DFFF") << QByteArrayLiteral("\xed\xbf\xbf") << qsizetype(0);
    QTest::newRow("surrogate pair as cesu-8")
        << QByteArrayLiteral("\xed\xa0\xbd\xed\xb8\x80") << qsizetype(0);
    QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\xf4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("F5 lead") << QByteArrayLiteral("\xf5\x80\x80\x80") << qsizetype(0);
    QTest::newRow("5-byte form") << QByteArrayLiteral("\xf8\x88\x80\x80\x80") << qsizetype(0);
    QTest::newRow("truncated 2-byte at end") << QByteArrayLiteral("ab\xc3") << qsizetype(2);
    QTest::newRow("truncated 3-byte at end") << QByteArrayLiteral("ab\xe2\x82") << qsizetype(2);
    QTest::newRow("truncated 4-byte at end") << QByteArrayLiteral("\xf0\x9f\x98") << qsizetype(0);
    QTest::newRow("truncated 3-byte mid") << QByteArrayLiteral("abc\xe2\x82x") << qsizetype(3);
    QTest::newRow("truncated 2-byte before ascii") << QByteArrayLiteral("\xc3(") << qsizetype(0);
    QTest::newRow("valid then invalid")
        << QByteArrayLiteral("\xc3\xa9\xe2\x82\xac\x80") << qsizetype(5);
}

void TestTextEncoding::utf8Validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, firstInvalid);

    QCOMPARE(invsync::firstInvalidUtf8(bytes), firstInvalid);
    QCOMPARE(invsync::isValidUtf8(bytes), firstInvalid < 0);
}

// Vectorised fast paths usually skip ASCII in blocks: invalid bytes at every
// offset around block boundaries, and multi-byte characters straddling them.
void TestTextEncoding::utf8ValidityAfterLongPrefix_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("firstInvalid");

    for (int prefix : {1, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 4095, 4096}) {
        const QByteArray ascii(prefix, 'x');
        QTest::addRow("ascii %d + invalid", prefix)
            << QByteArray(ascii + QByteArrayLiteral("\xe9tail")) << qsizetype(prefix);
        QTest::addRow("ascii %d + euro straddling", prefix)
            << QByteArray(ascii + QByteArrayLiteral("\xe2\x82\xac") + QByteArray(40, 'y'))
            << qsizetype(-1);
        QTest::addRow("ascii %d + truncated at end", prefix)
            << QByteArray(ascii + QByteArrayLiteral("\xf0\x9f\x98")) << qsizetype(prefix);
        QTest::addRow("ascii %d + surrogate", prefix)
            << QByteArray(ascii + QByteArrayLiteral("\xed\xb0\x80") + QByteArray(40, 'y'))
            << qsizetype(prefix);
    }
    QByteArray mixed;
    for (int i = 0; i < 500; ++i)
        mixed += QByteArrayLiteral("caf\xc3\xa9,\xe2\x82\xac,\xf0\x9f\x98\x80\n");
    QTest::newRow("long valid mixed") << mixed << qsizetype(-1);
    QTest::newRow("long mixed + overlong")
        << QByteArray(mixed + QByteArrayLiteral("\xc0\x80")) << qsizetype(mixed.size());
}

void TestTextEncoding::utf8ValidityAfterLongPrefix()
{
    utf8Validity();
}

void TestTextEncoding::decodeUtf8IsShared()
{
    const QByteArray in =
        QByteArrayLiteral("sku,quantity\ncaf\xc3\xa9,1\n").append(QByteArray(64, 'x'));
    const QByteArray out = decodeToUtf8(in, TextEncoding::Utf8, 0);
    QCOMPARE(out, in);
    QCOMPARE(out.constData(), in.constData()); // no copy
}

void TestTextEncoding::decodeUtf8WithBom()
{
    // Either the BOM is dropped here or kept for CsvReader's start offset to
    // skip; the text after it is what it was.
    const QByteArray in = QByteArrayLiteral("\xef\xbb\xbfsku\n");
    const QByteArray out = decodeToUtf8(in, TextEncoding::Utf8, 3);
    QVERIFY2(out == in || out == in.mid(3), out.toHex(' ').constData());
}

void TestTextEncoding::decodeUtf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<qsizetype>("bomLength");
    QTest::addColumn<QString>("expected");

    const QString text = QStringLiteral("sku,reason\r\n000123,Caf\u00e9 \u20ac5 \u201cbox\u201d\n");
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80 ok");
    QTest::newRow("le with bom") << QByteArray(QByteArrayLiteral("\xff\xfe") + utf16(text, false))
                                 << TextEncoding::Utf16LE << qsizetype(2) << text;
    QTest::newRow("be with bom") << QByteArray(QByteArrayLiteral("\xfe\xff") + utf16(text, true))
                                 << TextEncoding::Utf16BE << qsizetype(2) << text;
    QTest::newRow("le without bom")
        << utf16(text, false) << TextEncoding::Utf16LE << qsizetype(0) << text;
    QTest::newRow("be without bom")
        << utf16(text, true) << TextEncoding::Utf16BE << qsizetype(0) << text;
    QTest::newRow("le surrogate pair")
        << QByteArray(QByteArrayLiteral("\xff\xfe") + utf16(emoji, false)) << TextEncoding::Utf16LE
        << qsizetype(2) << emoji;
    QTest::newRow("be surrogate pair")
        << QByteArray(QByteArrayLiteral("\xfe\xff") + utf16(emoji, true)) << TextEncoding::Utf16BE
        << qsizetype(2) << emoji;
    QTest::newRow("le empty after bom")
        << QByteArrayLiteral("\xff\xfe") << TextEncoding::Utf16LE << qsizetype(2) << QString();
    const QString big = QString(5000, QChar(0x00e9)) + QStringLiteral("\n");
    QTest::newRow("le long") << QByteArray(QByteArrayLiteral("\xff\xfe") + utf16(big, false))
                             << TextEncoding::Utf16LE << qsizetype(2) << big;
}

void TestTextEncoding::decodeUtf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(qsizetype, bomLength);
    QFETCH(QString, expected);

    const QByteArray out = decodeToUtf8(bytes, encoding, bomLength);
    QCOMPARE(out, expected.toUtf8()); // no BOM in the output
    QVERIFY(isValidUtf8(out));
}

void TestTextEncoding::decodeWindows1252Specials_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("euro 0x80") << QByteArrayLiteral("\x80") << QStringLiteral("\u20ac");
    QTest::newRow("left single 0x91") << QByteArrayLiteral("\x91") << QStringLiteral("\u2018");
    QTest::newRow("right single 0x92") << QByteArrayLiteral("\x92") << QStringLiteral("\u2019");
    QTest::newRow("left double 0x93") << QByteArrayLiteral("\x93") << QStringLiteral("\u201c");
    QTest::newRow("right double 0x94") << QByteArrayLiteral("\x94") << QStringLiteral("\u201d");
    QTest::newRow("en dash 0x96") << QByteArrayLiteral("\x96") << QStringLiteral("\u2013");
    QTest::newRow("em dash 0x97") << QByteArrayLiteral("\x97") << QStringLiteral("\u2014");
    QTest::newRow("trade mark 0x99") << QByteArrayLiteral("\x99") << QStringLiteral("\u2122");
    QTest::newRow("ellipsis 0x85") << QByteArrayLiteral("\x85") << QStringLiteral("\u2026");
    QTest::newRow("Y diaeresis 0x9F") << QByteArrayLiteral("\x9f") << QStringLiteral("\u0178");
    QTest::newRow("nbsp 0xA0") << QByteArrayLiteral("\xa0") << QStringLiteral("\u00a0");
    QTest::newRow("pound 0xA3") << QByteArrayLiteral("\xa3") << QStringLiteral("\u00a3");
    QTest::newRow("e-acute 0xE9") << QByteArrayLiteral("\xe9") << QStringLiteral("\u00e9");
    QTest::newRow("y diaeresis 0xFF") << QByteArrayLiteral("\xff") << QStringLiteral("\u00ff");
    QTest::newRow("sentence") << QByteArrayLiteral("\x93"
                                                   "Caf\xe9\x94 \x96 \x80 5 \x91ok\x92")
                              << QStringLiteral(
                                     "\u201cCaf\u00e9\u201d \u2013 \u20ac 5 \u2018ok\u2019");
}

void TestTextEncoding::decodeWindows1252Specials()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromUtf8(decodeToUtf8(bytes, TextEncoding::Windows1252, 0)), expected);
}

void TestTextEncoding::decodeWindows1252EveryByte()
{
    for (int b = 0; b < 256; ++b) {
        const QByteArray in(1, char(b));
        const QByteArray out = decodeToUtf8(in, TextEncoding::Windows1252, 0);
        QVERIFY2(isValidUtf8(out), qPrintable(QString::number(b, 16)));
        const QString decoded = QString::fromUtf8(out);
        QCOMPARE(decoded.size(), 1);
        if (b < 0x80 || b >= 0xa0) {
            QCOMPARE(decoded.at(0).unicode(), char16_t(b));
        } else if (Cp1252High[b - 0x80] != 0) {
            QCOMPARE(decoded.at(0).unicode(), Cp1252High[b - 0x80]);
        }
        // 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined; any single character will do.
    }
}

void TestTextEncoding::decodeWindows1252Text()
{
    QByteArray in;
    for (int i = 0; i < 2000; ++i)
        in += QByteArrayLiteral("SKU-") + QByteArray::number(i) +
              QByteArrayLiteral(",caf\xe9 \x80\n");
    const QString out = QString::fromUtf8(decodeToUtf8(in, TextEncoding::Windows1252, 0));
    QCOMPARE(out.count(QStringLiteral("caf\u00e9 \u20ac\n")), 2000);
    QVERIFY(out.startsWith(QStringLiteral("SKU-0,caf\u00e9")));
}

void TestTextEncoding::encodingNamesRoundTrip_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("auto") << TextEncoding::Auto;
    QTest::newRow("utf8") << TextEncoding::Utf8;
    QTest::newRow("utf16le") << TextEncoding::Utf16LE;
    QTest::newRow("utf16be") << TextEncoding::Utf16BE;
    QTest::newRow("windows1252") << TextEncoding::Windows1252;
}

void TestTextEncoding::encodingNamesRoundTrip()
{
    QFETCH(TextEncoding, encoding);
    const QString name = encodingName(encoding);
    QVERIFY(!name.isEmpty());
    QCOMPARE(encodingFromName(name), std::optional<TextEncoding>(encoding));
}

void TestTextEncoding::encodingNamesListed()
{
    const QStringList names = encodingNames();
    QVERIFY(names.size() >= 4);
    for (const QString &n : names)
        QVERIFY2(encodingFromName(n).has_value(), qPrintable(n));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                           TextEncoding::Windows1252})
        QVERIFY2(names.contains(encodingName(e)), qPrintable(encodingName(e)));
}

void TestTextEncoding::encodingFromNameRejectsUnknown()
{
    QCOMPARE(encodingFromName(u"klingon"), std::optional<TextEncoding>());
    QCOMPARE(encodingFromName(u"utf-32"), std::optional<TextEncoding>());
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
