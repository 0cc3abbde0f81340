#include "ApiTestSupport.h"

#include "inventory/InventoryDocument.h"
#include "inventory/StockCheck.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace invsync;
using namespace invsync::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList Header{u"sku"_s, u"quantity"_s, u"action"_s, u"reason"_s};

// The demo warehouse's own products with some stock, SKU -> on hand.
QList<QPair<QString, qint64>> stockedProducts(const SandboxState &state)
{
    QList<QPair<QString, qint64>> products;
    for (const SandboxProduct &p : state.products) {
        if (p.warehouseLegacyId == DemoData::StaticWarehouseId && p.customerLegacyId == 0 &&
            p.onHand >= 10)
            products.append({p.sku, p.onHand});
    }
    return products;
}

QStringList warehouseSkus(const SandboxState &state)
{
    QStringList skus;
    for (const SandboxProduct &p : state.products) {
        if (p.warehouseLegacyId == DemoData::StaticWarehouseId && p.customerLegacyId == 0 &&
            !skus.contains(p.sku))
            skus.append(p.sku);
    }
    return skus;
}

StockCheckRequest requestFor(const QStringList &skus)
{
    StockCheckRequest request;
    request.connection = u"test"_s;
    request.warehouseId = warehouseId();
    request.warehouseName = u"Primary"_s;
    request.skus = skus;
    return request;
}

bool hasIssue(const QList<Issue> &issues, IssueCode code)
{
    return std::any_of(issues.begin(), issues.end(),
                       [code](const Issue &i) { return i.code == code; });
}

} // namespace

Q_DECLARE_METATYPE(std::optional<invsync::IssueCode>)

class TestStockCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void issues_data();
    void issues();
    void summaryAndEdits();
    void perSkuLookups();
    void cacheAndRefresh();
    void progressAndCancel();
    void pacedWithinSmallBucket();
    void listingGivenUp();
    void tenThousandSkus();
    void largeChangeSetting();

private:
    static StockCheckResult check(StockCheck &stock, const StockCheckRequest &r)
    {
        return waitFor<StockCheckResult>(stock.check(r), 120000);
    }

    std::unique_ptr<ApiFixture> m_fixture;
    QList<QPair<QString, qint64>> m_products;
    StockLevels m_levels; // of the SKUs the issue rows use
};

void TestStockCheck::initTestCase()
{
    m_fixture = std::make_unique<ApiFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(m_fixture->signIn());
    m_products = stockedProducts(m_fixture->state());
    QVERIFY(m_products.size() >= 8);

    StockCheck stock(m_fixture->api.get());
    QStringList skus;
    for (int i = 0; i < 4; ++i)
        skus.append(m_products.at(i).first);
    skus.append(u"NO-SUCH-SKU"_s);
    const StockCheckResult result = check(stock, requestFor(skus));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    m_levels = result.levels;
    QCOMPARE(m_levels.onHand.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_levels.onHand.value(m_products.at(i).first), m_products.at(i).second);
    QCOMPARE(m_levels.notFound, QSet<QString>{u"NO-SUCH-SKU"_s});
    QCOMPARE(m_levels.warehouseName, u"Primary"_s);
}

void TestStockCheck::issues_data()
{
    QTest::addColumn<bool>("known");    // a SKU of the warehouse, or one it lacks
    QTest::addColumn<double>("factor"); // quantity = on hand * factor
    QTest::addColumn<double>("share");  // the large-change setting
    QTest::addColumn<std::optional<IssueCode>>("expected");

    const std::optional<IssueCode> none;
    QTest::newRow("unchanged") << true << 1.0 << 0.5 << none;
    QTest::newRow("up 40%, limit 50%") << true << 1.4 << 0.5 << none;
    QTest::newRow("down 40%, limit 50%") << true << 0.6 << 0.5 << none;
    QTest::newRow("up 60%, limit 50%")
        << true << 1.6 << 0.5 << std::optional(IssueCode::LargeChange);
    QTest::newRow("down 60%, limit 50%")
        << true << 0.4 << 0.5 << std::optional(IssueCode::LargeChange);
    QTest::newRow("up 40%, limit 25%")
        << true << 1.4 << 0.25 << std::optional(IssueCode::LargeChange);
    QTest::newRow("up 60%, limit 100%") << true << 1.6 << 1.0 << none;
    QTest::newRow("to zero") << true << 0.0 << 0.5 << std::optional(IssueCode::LargeChange);
    QTest::newRow("to zero, limit 200%")
        << true << 0.0 << 2.0 << std::optional(IssueCode::LargeChange);
    QTest::newRow("not in the warehouse")
        << false << 1.0 << 0.5 << std::optional(IssueCode::SkuNotFound);
}

void TestStockCheck::issues()
{
    QFETCH(bool, known);
    QFETCH(double, factor);
    QFETCH(double, share);
    QFETCH(std::optional<IssueCode>, expected);

    const QString sku = known ? m_products.first().first : u"NO-SUCH-SKU"_s;
    const qint64 now = known ? m_products.first().second : 10;
    const qint64 quantity = qRound64(double(now) * factor);
    auto doc = InventoryDocument::fromRows(
        Header, {{sku, QString::number(quantity), u"replace"_s, u"count"_s}});
    QCOMPARE(doc->errorCount() + doc->warningCount(), 0);
    StockLevels levels = m_levels;
    levels.largeChangeShare = share;
    doc->setStockLevels(levels);

    const int skuCol = doc->columnOf(ColumnRole::Sku);
    const int qtyCol = doc->columnOf(ColumnRole::Quantity);
    const QList<Issue> all = doc->rowIssues(0);
    if (!expected) {
        QVERIFY(all.isEmpty());
        QCOMPARE(doc->stockChange(0), std::optional<qint64>(quantity - now));
        return;
    }
    QCOMPARE(all.size(), 1);
    const Issue issue = all.first();
    QCOMPARE(issue.code, *expected);
    QVERIFY(!issue.message.isEmpty());
    if (*expected == IssueCode::SkuNotFound) {
        // An error at the SKU's cell, naming the warehouse.
        QCOMPARE(issue.severity, Severity::Error);
        QCOMPARE(issue.column, skuCol);
        QVERIFY(hasIssue(doc->cellIssues(0, skuCol), IssueCode::SkuNotFound));
        QVERIFY(issue.message.contains(u"Primary"_s));
        QCOMPARE(doc->errorCount(), 1);
        QVERIFY(!doc->onHand(0));
        QVERIFY(!doc->stockChange(0));
        QCOMPARE(issueCodeName(issue.code), u"sku_not_found"_s);
    } else {
        QCOMPARE(issue.severity, Severity::Warning);
        QCOMPARE(issue.column, qtyCol);
        QVERIFY(hasIssue(doc->cellIssues(0, qtyCol), IssueCode::LargeChange));
        QCOMPARE(doc->warningCount(), 1);
        QCOMPARE(doc->onHand(0), std::optional<qint64>(now));
        QCOMPARE(doc->stockChange(0), std::optional<qint64>(quantity - now));
        QVERIFY(issue.message.contains(QString::number(now)));
        QCOMPARE(issueCodeName(issue.code), u"large_change"_s);
    }
    // Cleared results take their issues with them.
    doc->clearStockLevels();
    QVERIFY(doc->rowIssues(0).isEmpty());
    QCOMPARE(doc->errorCount() + doc->warningCount(), 0);
}

void TestStockCheck::summaryAndEdits()
{
    const auto &[a, aNow] = m_products.at(0);
    const auto &[b, bNow] = m_products.at(1);
    const auto &[c, cNow] = m_products.at(2);
    auto doc =
        InventoryDocument::fromRows(Header, {{a, QString::number(aNow + 3), u"replace"_s, u"r"_s},
                                             {b, QString::number(bNow - 2), u"replace"_s, u"r"_s},
                                             {c, u"0"_s, u"replace"_s, u"r"_s},
                                             {u"NO-SUCH-SKU"_s, u"5"_s, u"replace"_s, u"r"_s},
                                             {u"UNCHECKED"_s, u"5"_s, u"replace"_s, u"r"_s}});
    doc->setStockLevels(m_levels);
    const StockSummary s = doc->stockSummary();
    QCOMPARE(s.unitsUp, 3);
    QCOMPARE(s.unitsDown, 2 + cNow);
    QCOMPARE(s.rowsUp, 1);
    QCOMPARE(s.rowsDown, 2);
    QCOMPARE(s.rowsNotFound, 1);
    QCOMPARE(s.rowsUnchecked, 1); // a SKU the check did not cover gets no verdict
    QCOMPARE(doc->errorCount(), 1);
    QCOMPARE(doc->warningCount(), 1);

    // Edits keep the check's verdicts current, like any other issue.
    const int qty = doc->columnOf(ColumnRole::Quantity);
    const int skuCol = doc->columnOf(ColumnRole::Sku);
    doc->setCell(2, qty, QString::number(cNow));
    QVERIFY(doc->rowIssues(2).isEmpty());
    doc->setCell(3, skuCol, a); // now a duplicate of row 1, and found
    QVERIFY(!hasIssue(doc->rowIssues(3), IssueCode::SkuNotFound));
    QVERIFY(hasIssue(doc->rowIssues(3), IssueCode::DuplicateSku));
    doc->setCell(0, skuCol, u"NO-SUCH-SKU"_s); // and row 4 is no duplicate any more
    QVERIFY(hasIssue(doc->cellIssues(0, skuCol), IssueCode::SkuNotFound));
    QCOMPARE(doc->errorCount(), 1);
    // Undoing a removal brings the verdict back with the row.
    const auto removed = doc->removeRows({0});
    QCOMPARE(doc->errorCount(), 0);
    doc->restoreRows(removed);
    QVERIFY(hasIssue(doc->rowIssues(0), IssueCode::SkuNotFound));
    QCOMPARE(doc->errorCount(), 1);
}

void TestStockCheck::perSkuLookups()
{
    // A handful of SKUs: one lookup each is cheaper than listing the warehouse.
    StockCheck stock(m_fixture->api.get());
    QStringList skus{m_products.at(0).first, m_products.at(1).first, u"MISSING-1"_s};
    const StockCheckResult r = check(stock, requestFor(skus));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.strategy, u"per_sku"_s);
    QCOMPARE(r.lookedUp, 3);
    QCOMPARE(r.requests, 3);
    QVERIFY(r.creditsSpent > 0 && r.creditsSpent <= 3 * StockCheck::PerSkuCost);
    QCOMPARE(r.levels.onHand.size(), 2);
    QCOMPARE(r.levels.notFound, QSet<QString>{u"MISSING-1"_s});
}

void TestStockCheck::cacheAndRefresh()
{
    StockCheck stock(m_fixture->api.get());
    const auto &[sku, now] = m_products.at(5);
    const QStringList skus{sku, u"MISSING-2"_s};
    const StockCheckResult first = check(stock, requestFor(skus));
    QVERIFY(first.ok());
    QVERIFY(first.requests > 0);
    QCOMPARE(first.levels.onHand.value(sku), now);
    QCOMPARE(stock.cachedCount(u"test"_s, warehouseId()), 2);
    QCOMPARE(stock.cachedCount(u"other connection"_s, warehouseId()), 0);

    // The stock changes on the service meanwhile.
    for (SandboxProduct &p : m_fixture->state().products) {
        if (p.sku == sku && p.warehouseLegacyId == DemoData::StaticWarehouseId &&
            p.customerLegacyId == 0)
            p.onHand = now + 1000;
    }
    // Cached: nothing asked, the old answer.
    const StockCheckResult cached = check(stock, requestFor(skus));
    QVERIFY(cached.ok());
    QCOMPARE(cached.strategy, u"cache"_s);
    QCOMPARE(cached.requests, 0);
    QCOMPARE(cached.creditsSpent, 0);
    QCOMPARE(cached.levels.onHand.value(sku), now);
    QCOMPARE(cached.levels.notFound, QSet<QString>{u"MISSING-2"_s});

    // Refreshed on request.
    StockCheckRequest refresh = requestFor(skus);
    refresh.refresh = true;
    const StockCheckResult fresh = check(stock, refresh);
    QVERIFY(fresh.ok());
    QVERIFY(fresh.requests > 0);
    QCOMPARE(fresh.levels.onHand.value(sku), now + 1000);

    // Another connection has its own cache.
    StockCheckRequest other = requestFor(skus);
    other.connection = u"other connection"_s;
    QVERIFY(check(stock, other).requests > 0);
}

void TestStockCheck::progressAndCancel()
{
    StockCheck stock(m_fixture->api.get());
    QStringList skus;
    for (int i = 0; i < 40; ++i)
        skus.append(u"SLOW-%1"_s.arg(i));

    // Progress reaches the total.
    StockCheckRequest request = requestFor(skus.mid(0, 10));
    request.strategy = StockCheckRequest::Strategy::PerSku;
    StockCheckReply *reply = stock.check(request);
    QSignalSpy progress(reply, &StockCheckReply::progress);
    const StockCheckResult done = waitFor<StockCheckResult>(reply);
    QVERIFY(done.ok());
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(progress.last().at(1).toInt(), 10);

    // Cancelled after the first answers: no result, and the rest is not asked.
    FaultSettings slow;
    slow.latencyMs = 100;
    m_fixture->server->setFaults(slow);
    request = requestFor(skus.mid(10));
    request.strategy = StockCheckRequest::Strategy::PerSku;
    reply = stock.check(request);
    QSignalSpy finished(reply, &StockCheckReply::finished);
    QSignalSpy moved(reply, &StockCheckReply::progress);
    QVERIFY(moved.wait(5000));
    reply->cancel();
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    m_fixture->server->setFaults({});
    const int known = stock.cachedCount(u"test"_s, warehouseId());
    QVERIFY2(known < 10 + 30, qPrintable(QString::number(known)));
}

void TestStockCheck::pacedWithinSmallBucket()
{
    // A bucket of 40 credits refilled at 60 a second, and 150 lookups of
    // about 2 credits each: the check must wait for credits (about 4 s) and
    // still finish without an error.
    SandboxConfig config = fastConfig();
    config.creditsMax = 40;
    config.creditsRefillPerSecond = 60;
    ApiFixture fixture(config);
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());
    StockCheck stock(fixture.api.get());
    QStringList skus = warehouseSkus(fixture.state()).mid(0, 100);
    for (int i = 0; i < 50; ++i)
        skus.append(u"ABSENT-%1"_s.arg(i));
    StockCheckRequest request = requestFor(skus);
    request.strategy = StockCheckRequest::Strategy::PerSku;
    StockCheckReply *reply = stock.check(request);
    QSignalSpy waited(reply, &StockCheckReply::waiting);
    const StockCheckResult r = waitFor<StockCheckResult>(reply, 120000);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.levels.onHand.size() + r.levels.notFound.size(), qsizetype(skus.size()));
    QCOMPARE(r.levels.notFound.size(), 50);
    QVERIFY(r.creditsSpent > 2 * config.creditsMax); // more than the bucket holds...
    QVERIFY(waited.size() > 0);                      // ...so it waited for credits
    qInfo("150 per-SKU lookups through a %d-credit bucket: %d credits, %d requests, %lld waits",
          config.creditsMax, r.creditsSpent, r.requests, qlonglong(waited.size()));
}

void TestStockCheck::tenThousandSkus()
{
    // ShipHero's published bucket: 4004 credits, 60 a second.
    ApiFixture fixture;
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());
    StockCheck stock(fixture.api.get());
    const QStringList real = warehouseSkus(fixture.state());
    QStringList skus = real;
    for (int i = 0; skus.size() < 10000; ++i)
        skus.append(u"NOT-STOCKED-%1"_s.arg(i, 5, 10, QChar(u'0')));
    QCOMPARE(skus.size(), 10000);

    QElapsedTimer timer;
    timer.start();
    StockCheckReply *reply = stock.check(requestFor(skus));
    QSignalSpy progress(reply, &StockCheckReply::progress);
    const StockCheckResult r = waitFor<StockCheckResult>(reply, 120000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error.message)); // no throttling error reaches the caller
    QCOMPARE(r.levels.onHand.size(), real.size());
    QCOMPARE(r.levels.notFound.size(), 10000 - real.size());
    // Listing the warehouse (about one credit per product) beats 10,000
    // lookups (about 20,000 credits, five minutes of refill).
    QCOMPARE(r.strategy, u"listing"_s);
    QVERIFY2(r.creditsSpent < CreditBucket::DefaultMax,
             qPrintable(QString::number(r.creditsSpent)));
    QVERIFY(fixture.server->service().creditsRemaining() > 0);
    QVERIFY(progress.size() > 0);
    qInfo("10,000 SKUs (%lld in the warehouse): %s, %d credits, %d requests, %lld ms",
          qlonglong(real.size()), qPrintable(r.strategy), r.creditsSpent, r.requests,
          qlonglong(elapsed));
}

void TestStockCheck::listingGivenUp()
{
    // 60 SKUs: listing may be cheaper than 60 lookups, so it is tried, but
    // the warehouse has 230 products. Once the listing has cost what the
    // lookups would (120 products), the SKUs it has not shown are looked up.
    ApiFixture fixture;
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.signIn());
    StockCheck stock(fixture.api.get());
    const QStringList real = warehouseSkus(fixture.state());
    QVERIFY(real.size() > 150);
    QStringList skus = real.mid(0, 10) + real.mid(real.size() - 20);
    for (int i = 0; i < 30; ++i)
        skus.append(u"ABSENT-%1"_s.arg(i));
    const StockCheckResult r = check(stock, requestFor(skus));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.strategy, u"listing+per_sku"_s);
    QCOMPARE(r.levels.onHand.size(), 30);
    QCOMPARE(r.levels.notFound.size(), 30);
    for (const QString &sku : real.mid(real.size() - 20))
        QVERIFY(r.levels.onHand.contains(sku));
    // Never more than twice the cheaper way (plus the pages' root fields).
    QVERIFY2(r.creditsSpent <= 2 * 60 * StockCheck::PerSkuCost + 2,
             qPrintable(QString::number(r.creditsSpent)));
    qInfo("60 SKUs against 230 products: %s, %d credits, %d requests", qPrintable(r.strategy),
          r.creditsSpent, r.requests);
}

void TestStockCheck::largeChangeSetting()
{
    QTemporaryDir dir;
    Settings::createInstance(dir.filePath(u"settings.ini"_s));
    Settings *settings = Settings::instance();
    QCOMPARE(settings->largeChangeShare(), 0.5);
    settings->setValue(Settings::Key::LargeChangeShare, 0.2);
    QCOMPARE(settings->largeChangeShare(), 0.2);
    settings->setValue(Settings::Key::LargeChangeShare, u"lots"_s);
    QCOMPARE(settings->largeChangeShare(), 0.5);
    settings->setValue(Settings::Key::LargeChangeShare, -1);
    QCOMPARE(settings->largeChangeShare(), 0.5);
}

QTEST_GUILESS_MAIN(TestStockCheck)
#include "tst_stockcheck.moc"
