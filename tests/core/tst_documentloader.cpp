#include "inventory/DocumentLoader.h"
#include "inventory/InventoryDocument.h"
#include "inventory/Issue.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace invsync;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(invsync::TextEncoding)

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(INVSYNC_TEST_DATA "/csv/") + name;
}

bool hasCode(const QList<Issue> &issues, IssueCode code)
{
    return std::any_of(issues.begin(), issues.end(),
                       [code](const Issue &i) { return i.code == code; });
}

QString describe(const QList<Issue> &issues)
{
    QStringList parts;
    for (const Issue &i : issues)
        parts << issueCodeName(i.code) + QStringLiteral("@") + QString::number(i.row);
    return parts.join(QStringLiteral(", "));
}

// Either a clear message or a document that says what is wrong; never silence.
void verifyClearlyRejected(const LoadResult &r)
{
    QVERIFY(!r.cancelled);
    if (!r.document) {
        QVERIFY(!r.error.trimmed().isEmpty());
        return;
    }
    QVERIFY2(r.document->errorCount() > 0, qPrintable(describe(r.document->allIssues())));
}

QString writeBigFile(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    // Long reasons (about 280 bytes a row, 55 MB in all) give the cancel test
    // time to act while the load runs, even on a busy machine.
    const QByteArray note(220, 'x');
    QByteArray chunk = QByteArrayLiteral("sku,quantity,action,reason,location\n");
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArrayLiteral("SKU-") + QByteArray::number(i) + ',' +
                 QByteArray::number(i % 1000) +
                 QByteArrayLiteral(",replace,\"Cycle count, aisle ") + QByteArray::number(i % 50) +
                 ' ' + note + QByteArrayLiteral("\",BIN-") + QByteArray::number(i % 977) + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return path;
}

} // namespace

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loadFixture_data();
    void loadFixture();
    void emptyFiles_data();
    void emptyFiles();
    void headerOnly();
    void binaryGarbage_data();
    void binaryGarbage();
    void clearMessage_data();
    void clearMessage();
    void missingFile();
    void directoryIsNoFile();
    void tooLargeFile();
    void encodingOverride_data();
    void encodingOverride();
    void delimiterOverride();
    void unterminatedQuoteFile();
    void randomBytesNeverCrash();
    void loadBytesKeepsName();
    void syncProgressAndCancel();

    void asyncLoadReportsProgress();
    void asyncLoadCancels();

private:
    QTemporaryDir m_dir;
    QString m_bigFile;
    static constexpr int BigRows = 200'000;
};

void TestDocumentLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bigFile = writeBigFile(m_dir, BigRows);
    QVERIFY(!m_bigFile.isEmpty());
}

void TestDocumentLoader::cleanupTestCase() {}

void TestDocumentLoader::loadFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("firstSku");
    QTest::addColumn<QString>("lastReason");
    QTest::addColumn<int>("rows");

    const QString sku = QStringLiteral("000123");
    const QString found = QStringLiteral("Found \u20ac5");
    using E = TextEncoding;
    QTest::newRow("utf8") << QStringLiteral("utf8.csv") << E::Utf8 << false << false << ',' << sku
                          << found << 3;
    QTest::newRow("utf8 bom") << QStringLiteral("utf8_bom.csv") << E::Utf8 << false << true << ','
                              << sku << found << 3;
    QTest::newRow("utf16le bom, tabs") << QStringLiteral("utf16le_bom.txt") << E::Utf16LE << false
                                       << true << '\t' << sku << found << 3;
    QTest::newRow("utf16be bom") << QStringLiteral("utf16be_bom.csv") << E::Utf16BE << false << true
                                 << ',' << sku << found << 3;
    QTest::newRow("windows-1252") << QStringLiteral("windows1252.csv") << E::Windows1252 << true
                                  << false << ',' << sku << found << 3;
    QTest::newRow("crlf") << QStringLiteral("crlf.csv") << E::Utf8 << false << false << ',' << sku
                          << found << 3;
    QTest::newRow("cr only") << QStringLiteral("cr_only.csv") << E::Utf8 << false << false << ','
                             << sku << found << 3;
    QTest::newRow("mixed line ends") << QStringLiteral("mixed_line_ends.csv") << E::Utf8 << false
                                     << false << ',' << sku << found << 3;
    QTest::newRow("no final newline") << QStringLiteral("no_final_newline.csv") << E::Utf8 << false
                                      << false << ',' << sku << found << 3;
    QTest::newRow("semicolon") << QStringLiteral("semicolon.csv") << E::Utf8 << false << false
                               << ';' << sku << found << 3;
    QTest::newRow("tab") << QStringLiteral("tab.tsv") << E::Utf8 << false << false << '\t' << sku
                         << found << 3;
    QTest::newRow("pipe") << QStringLiteral("pipe.csv") << E::Utf8 << false << false << '|' << sku
                          << found << 3;
    QTest::newRow("comma, others quoted")
        << QStringLiteral("comma_with_others_quoted.csv") << E::Utf8 << false << false << ','
        << QStringLiteral("A;1") << QStringLiteral("|||;;;") << 3;
    QTest::newRow("#sku") << QStringLiteral("hash_sku.csv") << E::Utf8 << false << false << ','
                          << sku << found << 3;
    QTest::newRow("header variants") << QStringLiteral("header_variants.csv") << E::Utf8 << false
                                     << false << ',' << sku << found << 3;
    QTest::newRow("reordered") << QStringLiteral("reordered.csv") << E::Utf8 << false << false
                               << ',' << sku << found << 3;
    QTest::newRow("unknown column") << QStringLiteral("unknown_column.csv") << E::Utf8 << false
                                    << false << ',' << sku << found << 3;
    QTest::newRow("quoted") << QStringLiteral("quoted.csv") << E::Utf8 << false << false << ','
                            << QStringLiteral("Q,1") << QStringLiteral("plain") << 4;
    QTest::newRow("blank lines") << QStringLiteral("blank_lines.csv") << E::Utf8 << false << false
                                 << ',' << QStringLiteral("A") << QStringLiteral("r") << 2;
    QTest::newRow("leading zeros") << QStringLiteral("leading_zeros.csv") << E::Utf8 << false
                                   << false << ',' << sku << QStringLiteral("r") << 4;
}

void TestDocumentLoader::loadFixture()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, fallback);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(QString, firstSku);
    QFETCH(QString, lastReason);
    QFETCH(int, rows);

    const QString path = fixturePath(file);
    const LoadResult r = DocumentLoader::loadFile(path, LoadOptions{});
    QVERIFY2(r.document, qPrintable(r.error));
    QVERIFY(!r.cancelled);
    const InventoryDocument &doc = *r.document;
    QCOMPARE(doc.source().fileName, path);
    QCOMPARE(doc.source().encoding, encoding);
    QCOMPARE(doc.source().encodingFallback, fallback);
    QCOMPARE(doc.source().hadBom, bom);
    QCOMPARE(doc.source().delimiter, delimiter);
    QCOMPARE(doc.source().byteSize, QFileInfo(path).size());
    QCOMPARE(doc.rowCount(), rows);

    const int sku = doc.columnOf(ColumnRole::Sku);
    const int reason = doc.columnOf(ColumnRole::Reason);
    QVERIFY(sku >= 0 && doc.columnOf(ColumnRole::Quantity) >= 0 &&
            doc.columnOf(ColumnRole::Action) >= 0 && reason >= 0);
    QCOMPARE(doc.cell(0, sku), firstSku);
    QCOMPARE(doc.cell(rows - 1, reason), lastReason);
    QVERIFY(!doc.columnName(0).startsWith(QChar(0xfeff)));
    QVERIFY(!hasCode(doc.allIssues(), IssueCode::MissingColumn));
    QCOMPARE(doc.errorCount(), 0);
    QCOMPARE(hasCode(doc.fileIssues(), IssueCode::EncodingFallback), fallback);
    QCOMPARE(hasCode(doc.fileIssues(), IssueCode::UnknownColumn),
             file == QStringLiteral("unknown_column.csv"));
    QCOMPARE(hasCode(doc.fileIssues(), IssueCode::BlankLines),
             file == QStringLiteral("blank_lines.csv"));
}

void TestDocumentLoader::emptyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("empty") << QStringLiteral("empty.csv");
    QTest::newRow("only a BOM") << QStringLiteral("only_bom.csv");
    QTest::newRow("only blank lines") << QStringLiteral("blank_only.csv");
}

void TestDocumentLoader::emptyFiles()
{
    QFETCH(QString, file);
    const LoadResult r = DocumentLoader::loadFile(fixturePath(file), LoadOptions{});
    verifyClearlyRejected(r);
    if (r.document)
        QCOMPARE(r.document->rowCount(), 0);
}

void TestDocumentLoader::headerOnly()
{
    const LoadResult r =
        DocumentLoader::loadFile(fixturePath(QStringLiteral("header_only.csv")), LoadOptions{});
    if (!r.document) {
        QVERIFY(!r.error.isEmpty());
        return;
    }
    QCOMPARE(r.document->rowCount(), 0);
    QCOMPARE(r.document->columnCount(), 4);
    QVERIFY2(hasCode(r.document->fileIssues(), IssueCode::NoDataRows),
             qPrintable(describe(r.document->allIssues())));
    QVERIFY(!hasCode(r.document->fileIssues(), IssueCode::MissingColumn));
}

void TestDocumentLoader::binaryGarbage_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zip-like garbage") << QStringLiteral("binary_garbage.csv");
    QTest::newRow("xlsx") << QStringLiteral("spreadsheet.xlsx");
    // Without a BOM UTF-16 is not recognised (LoadOptions::encoding reads it, see
    // encodingOverride).
    QTest::newRow("utf16 without bom") << QStringLiteral("utf16le_nobom.csv");
}

void TestDocumentLoader::binaryGarbage()
{
    QFETCH(QString, file);
    const LoadResult r = DocumentLoader::loadFile(fixturePath(file), LoadOptions{});
    verifyClearlyRejected(r);
}

// Bad files whose message must say what is wrong and where, not just fail.
void TestDocumentLoader::clearMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // every part must be in the message

    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
                         << QStringList{u"report.csv"_s, u"PDF document"_s};
    QTest::newRow("header quote never closes")
        << QByteArray("sku,\"quantity,action,reason\nA-1,5,change,count\nA-2,6,change,count\n")
        << QStringList{u"header"_s, u"line 1"_s, u"never closes"_s};
    QTest::newRow("header quote never closes, after a blank line")
        << QByteArray("\n\nsku,quantity,\"action,reason\nA-1,5,change,count\n")
        << QStringList{u"header"_s, u"line 3"_s, u"never closes"_s};
}

void TestDocumentLoader::clearMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(u"report.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const LoadResult r = DocumentLoader::loadFile(path, LoadOptions{});
    QVERIFY(!r.cancelled);
    QString message = r.error;
    if (r.document) {
        QVERIFY2(r.document->errorCount() > 0, qPrintable(describe(r.document->allIssues())));
        const QList<Issue> issues = r.document->allIssues();
        for (const Issue &issue : issues)
            message += issue.message + u'\n';
    }
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part), qPrintable(u"missing \""_s + part + u"\" in: "_s + message));
}

void TestDocumentLoader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
    const LoadResult r = DocumentLoader::loadFile(path, LoadOptions{});
    QVERIFY(!r.document);
    QVERIFY(!r.cancelled);
    QVERIFY2(r.error.contains(QStringLiteral("does-not-exist.csv")), qPrintable(r.error));
}

void TestDocumentLoader::directoryIsNoFile()
{
    const LoadResult r = DocumentLoader::loadFile(m_dir.path(), LoadOptions{});
    QVERIFY(!r.document);
    QVERIFY(!r.error.isEmpty());
}

void TestDocumentLoader::tooLargeFile()
{
    const qint64 max = DocumentLoader::maxFileSize();
    QVERIFY(max > 0);
    QVERIFY(max <= qint64(3) * 1024 * 1024 * 1024);

    // A sparse file one byte over the limit: the loader must refuse it by its
    // size, not by trying to read it.
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,quantity,action,reason\n");
        QVERIFY(f.resize(max + 1));
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = DocumentLoader::loadFile(path, LoadOptions{});
    QVERIFY(!r.document);
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QFile::remove(path);
}

void TestDocumentLoader::encodingOverride_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("lastReason");

    // Forced Windows-1252 on UTF-8 bytes: the user gets what they asked for (mojibake).
    QTest::newRow("utf8 read as 1252") << QStringLiteral("utf8.csv") << TextEncoding::Windows1252
                                       << QStringLiteral("Found \u00e2\u201a\u00ac5");
    QTest::newRow("utf16le without bom")
        << QStringLiteral("utf16le_nobom.csv") << TextEncoding::Utf16LE
        << QStringLiteral("Found \u20ac5");
    QTest::newRow("explicit utf8")
        << QStringLiteral("utf8.csv") << TextEncoding::Utf8 << QStringLiteral("Found \u20ac5");
    QTest::newRow("explicit utf8 with bom")
        << QStringLiteral("utf8_bom.csv") << TextEncoding::Utf8 << QStringLiteral("Found \u20ac5");
    QTest::newRow("explicit 1252") << QStringLiteral("windows1252.csv") << TextEncoding::Windows1252
                                   << QStringLiteral("Found \u20ac5");
}

void TestDocumentLoader::encodingOverride()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, lastReason);

    LoadOptions options;
    options.encoding = encoding;
    const LoadResult r = DocumentLoader::loadFile(fixturePath(file), options);
    QVERIFY2(r.document, qPrintable(r.error));
    const InventoryDocument &doc = *r.document;
    QCOMPARE(doc.source().encoding, encoding);
    QVERIFY(!doc.source().encodingFallback); // chosen, not fallen back to
    QVERIFY(!hasCode(doc.fileIssues(), IssueCode::EncodingFallback));
    QCOMPARE(doc.rowCount(), 3);
    QCOMPARE(doc.columnName(0), QStringLiteral("sku"));
    QCOMPARE(doc.cell(2, doc.columnOf(ColumnRole::Reason)), lastReason);
}

void TestDocumentLoader::delimiterOverride()
{
    LoadOptions options;
    options.delimiter = ',';
    const LoadResult forced =
        DocumentLoader::loadFile(fixturePath(QStringLiteral("semicolon.csv")), options);
    QVERIFY2(forced.document, qPrintable(forced.error));
    QCOMPARE(forced.document->source().delimiter, ',');
    QVERIFY(hasCode(forced.document->fileIssues(), IssueCode::MissingColumn));
    QVERIFY(forced.document->errorCount() > 0);

    // Re-reading with the right one (what the user does after seeing the result).
    options.delimiter = ';';
    const LoadResult right =
        DocumentLoader::loadFile(fixturePath(QStringLiteral("semicolon.csv")), options);
    QVERIFY2(right.document, qPrintable(right.error));
    QCOMPARE(right.document->source().delimiter, ';');
    QCOMPARE(right.document->errorCount(), 0);
    QCOMPARE(right.document->cell(0, 3), QStringLiteral("Recount, again"));

    // Pipe forced on a comma file whose fields hold pipes.
    options.delimiter = '|';
    const LoadResult pipe = DocumentLoader::loadFile(
        fixturePath(QStringLiteral("comma_with_others_quoted.csv")), options);
    QVERIFY2(pipe.document, qPrintable(pipe.error));
    QCOMPARE(pipe.document->headerColumnCount(), 1);
    QCOMPARE(pipe.document->columnName(0), QStringLiteral("sku,quantity,action,reason"));
}

void TestDocumentLoader::unterminatedQuoteFile()
{
    const LoadResult r = DocumentLoader::loadFile(
        fixturePath(QStringLiteral("unterminated_quote.csv")), LoadOptions{});
    QVERIFY2(r.document, qPrintable(r.error));
    const QList<Issue> issues = r.document->allIssues();
    const auto it = std::find_if(issues.begin(), issues.end(), [](const Issue &i) {
        return i.code == IssueCode::UnterminatedQuote;
    });
    QVERIFY2(it != issues.end(), qPrintable(describe(issues)));
    QCOMPARE(it->row, 2);
    QCOMPARE(it->line, 3);
    QCOMPARE(it->column, 3);
    QCOMPARE(it->severity, Severity::Error);
    QCOMPARE(r.document->cell(0, 0), QStringLiteral("A"));
}

void TestDocumentLoader::randomBytesNeverCrash()
{
    QRandomGenerator rng(20240601);
    const QByteArray alphabet = QByteArrayLiteral("\",;|\t\r\n aZ0-\xef\xbb\xbf\xff\xfe\x80\xe9");
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int size = int(rng.bounded(600));
        if (round % 3 == 0)
            bytes = QByteArrayLiteral("sku,quantity,action,reason\n");
        for (int i = 0; i < size; ++i) {
            bytes += round % 2 ? char(rng.bounded(256))
                               : alphabet.at(int(rng.bounded(int(alphabet.size()))));
        }
        const LoadResult r =
            DocumentLoader::loadBytes(bytes, QStringLiteral("random.csv"), LoadOptions{});
        QVERIFY(r.document || !r.error.isEmpty());
        if (r.document) {
            const InventoryDocument &doc = *r.document;
            for (int row = 0; row < doc.rowCount(); ++row) {
                for (int c = 0; c < doc.columnCount(); ++c)
                    (void)doc.cell(row, c);
            }
            (void)doc.allIssues();
            (void)doc.toCsv();
        }
    }
}

void TestDocumentLoader::loadBytesKeepsName()
{
    const QByteArray bytes = QByteArrayLiteral("sku,quantity,action,reason\nA,1,replace,r\n");
    const LoadResult r = DocumentLoader::loadBytes(
        bytes, QStringLiteral("https://example.invalid/inv.csv"), LoadOptions{});
    QVERIFY2(r.document, qPrintable(r.error));
    QCOMPARE(r.document->source().fileName, QStringLiteral("https://example.invalid/inv.csv"));
    QCOMPARE(r.document->source().byteSize, qint64(bytes.size()));
    QCOMPARE(r.document->rowCount(), 1);
}

void TestDocumentLoader::syncProgressAndCancel()
{
    int calls = 0;
    qint64 lastDone = -1;
    bool ordered = true;
    const LoadResult full =
        DocumentLoader::loadFile(m_bigFile, LoadOptions{}, [&](qint64 done, qint64 total) {
            ++calls;
            ordered = ordered && done >= lastDone && done <= total;
            lastDone = done;
            return true;
        });
    QVERIFY2(full.document, qPrintable(full.error));
    QCOMPARE(full.document->rowCount(), BigRows);
    QVERIFY(calls >= 2);
    QVERIFY(ordered);

    const LoadResult cancelled =
        DocumentLoader::loadFile(m_bigFile, LoadOptions{}, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.document);
}

void TestDocumentLoader::asyncLoadReportsProgress()
{
    QFutureWatcher<LoadResult> watcher;
    QList<int> values;
    connect(&watcher, &QFutureWatcher<LoadResult>::progressValueChanged, this,
            [&values](int value) { values << value; });
    QSignalSpy finished(&watcher, &QFutureWatcher<LoadResult>::finished);

    watcher.setFuture(DocumentLoader::load(m_bigFile, LoadOptions{}));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);

    const QFuture<LoadResult> future = watcher.future();
    QVERIFY(!future.isCanceled());
    QCOMPARE(future.resultCount(), 1);
    const LoadResult r = future.result();
    QVERIFY2(r.document, qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.document->rowCount(), BigRows);
    QCOMPARE(r.document->errorCount(), 0);
    QCOMPARE(r.document->cell(BigRows - 1, 0), QStringLiteral("SKU-%1").arg(BigRows - 1));

    QCOMPARE(future.progressMinimum(), 0);
    QCOMPARE(future.progressMaximum(), 1000);
    QVERIFY2(values.size() >= 2, qPrintable(QString::number(values.size())));
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    QVERIFY(values.first() >= 0);
    QVERIFY(values.last() <= 1000);
}

void TestDocumentLoader::asyncLoadCancels()
{
    // Cancelled before it starts: nothing arrives.
    {
        QFuture<LoadResult> future = DocumentLoader::load(m_bigFile, LoadOptions{});
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        QVERIFY(future.isCanceled());
        QVERIFY(future.resultCount() == 0 || !future.result().document);
    }

    // Cancelled while it runs, on its first progress report.
    QFutureWatcher<LoadResult> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<LoadResult>::finished);
    QElapsedTimer sinceCancel;
    int progressAtCancel = -1;
    connect(&watcher, &QFutureWatcher<LoadResult>::progressValueChanged, this, [&](int value) {
        if (progressAtCancel < 0 && value > 0 && value < 1000) {
            progressAtCancel = value;
            sinceCancel.start();
            watcher.cancel();
        }
    });
    watcher.setFuture(DocumentLoader::load(m_bigFile, LoadOptions{}));
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 60000);
    if (progressAtCancel < 0)
        QSKIP("the load finished before any intermediate progress arrived");
    QVERIFY(watcher.isCanceled());
    const QFuture<LoadResult> future = watcher.future();
    // The work stopped: no document was delivered.
    if (future.resultCount() > 0) {
        const LoadResult r = future.result();
        QVERIFY(r.cancelled || !r.document);
    }
    QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
