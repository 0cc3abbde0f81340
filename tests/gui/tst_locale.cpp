#include "gui/BatchesModel.h"

#include <QLocale>
#include <QTest>

using namespace invsync;
using namespace Qt::StringLiterals;

// Counts and times on the Batches page read the way the user's locale
// writes them (the language override sets the default locale too).
class TestLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void batchesFollowLocale_data();
    void batchesFollowLocale();
};

void TestLocale::batchesFollowLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("count");       // 12345 written out
    QTest::addColumn<QString>("progress");    // 2345 of 12345
    QTest::addColumn<QString>("datePrefix");  // 5 March 2026, short format

    QTest::newRow("en_US") << u"en_US"_s << u"12,345"_s << u"2,345 of 12,345"_s << u"3/5/26"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"12.345"_s << u"2.345 of 12.345"_s << u"05.03.26"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"12.345"_s << u"2.345 of 12.345"_s << u"05/03/2026"_s;
    QTest::newRow("es_ES") << u"es_ES"_s << u"12.345"_s << u"2345 of 12.345"_s << u"5/3/26"_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s << u"12\u202f345"_s << u"2\u202f345 of 12\u202f345"_s
                           << u"05/03/2026"_s;
}

void TestLocale::batchesFollowLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, count);
    QFETCH(QString, progress);
    QFETCH(QString, datePrefix);
    QLocale::setDefault(QLocale(locale));

    Batch batch;
    batch.id = u"b-1"_s;
    batch.url = u"https://files.example/stock.csv"_s;
    batch.status = u"processing"_s;
    batch.createdAt = QDateTime(QDate(2026, 3, 5), QTime(14, 7), Qt::LocalTime);
    batch.updatedAt = batch.createdAt;
    batch.totalCount = 12345;
    batch.successCount = 12345;
    batch.errorCount = 0;
    batch.finishedCount = 2345;

    BatchesModel model;
    model.upsert({batch});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BatchesModel::Succeeded).data().toString(), count);
    QCOMPARE(model.index(0, BatchesModel::Progress).data().toString(), progress);
    const QString created = model.index(0, BatchesModel::Created).data().toString();
    QVERIFY2(created.startsWith(datePrefix), qPrintable(created));
    QVERIFY2(created.contains(u"14"_s) || created.contains(u"2:07"_s), qPrintable(created));
}

QTEST_MAIN(TestLocale)
#include "tst_locale.moc"
