#include "sandbox/DemoData.h"

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// The SKUs of resources/samples/inventory-clean.csv, with where the dynamic
// warehouse keeps them.
const std::pair<const char16_t *, const char16_t *> sampleSkus[] = {
    {u"TSHIRT-BLK-S", u"A-01-01"},
    {u"TSHIRT-BLK-M", u"A-01-02"},
    {u"TSHIRT-BLK-L", u"A-01-03"},
    {u"TSHIRT-WHT-S", u"A-02-01"},
    {u"TSHIRT-WHT-M", u"A-02-02"},
    {u"TSHIRT-WHT-L", u"A-02-03"},
    {u"HOODIE-GRY-M", u"B-01-01"},
    {u"HOODIE-GRY-L", u"B-01-02"},
    {u"CAP-NAVY", u"B-03-04"},
    {u"CAP-RED", u"B-03-05"},
    {u"MUG-LOGO-11OZ", u"C-01-01"},
    {u"MUG-LOGO-15OZ", u"C-01-02"},
    {u"00451", u"C-02-01"},
    {u"00452", u"C-02-02"},
    {u"STICKER-PACK", u"D-01-01"},
    {u"TOTE-CANVAS", u"D-02-01"},
    {u"SOCKS-3PK, STRIPED", u"D-03-01"},
    {u"POSTER-A2", u"D-04-01"},
    {u"NOTEBOOK-A5", u"D-05-01"},
    {u"PIN-ENAMEL", u"D-06-01"},
};

// A small deterministic generator: the demo data is the same on every start.
struct Lcg
{
    quint32 state = 20191003;
    int next(int bound)
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(bound));
    }
};

} // namespace

SandboxState DemoData::create()
{
    SandboxState state;
    state.accountLegacyId = 3801;
    state.accountEmail = username();
    state.accountUsername = u"InvSync Sandbox"_s;
    state.users = {
        {9123, username(), password(), {readScope(), writeScope()}},
        {9124, readOnlyUsername(), readOnlyPassword(), {readScope()}},
    };
    state.customers = {{CustomerId, u"Acme Outfitters"_s}};
    state.warehouses = {
        {StaticWarehouseId, u"Primary (static slotting)"_s, false, true},
        {DynamicWarehouseId, u"Overflow (dynamic slotting)"_s, true, true},
    };

    QStringList skus;
    QStringList locations;
    for (const auto &[sku, location] : sampleSkus) {
        skus.append(QString::fromUtf16(sku));
        locations.append(QString::fromUtf16(location));
    }
    // A catalogue around the samples: a few hundred SKUs in all.
    const QStringList kinds = {u"TEE"_s, u"POLO"_s, u"JACKET"_s, u"BEANIE"_s, u"SCARF"_s};
    const QStringList colours = {u"BLK"_s, u"WHT"_s, u"RED"_s, u"NVY"_s, u"GRN"_s, u"GRY"_s};
    const QStringList sizes = {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s, u"3XL"_s};
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        for (qsizetype c = 0; c < colours.size(); ++c) {
            for (qsizetype s = 0; s < sizes.size(); ++s) {
                skus.append(kinds[k] + u'-' + colours[c] + u'-' + sizes[s]);
                locations.append(QString(QChar(u'E' + char16_t(k))) + u'-' +
                                 QString::number(c + 1).rightJustified(2, u'0') + u'-' +
                                 QString::number(s + 1).rightJustified(2, u'0'));
            }
        }
    }

    Lcg random;
    int productId = 700001;
    for (const SandboxWarehouse &warehouse : std::as_const(state.warehouses)) {
        for (qsizetype i = 0; i < skus.size(); ++i) {
            SandboxProduct product;
            product.legacyId = productId++;
            product.warehouseLegacyId = warehouse.legacyId;
            product.sku = skus[i];
            const qint64 onHand = random.next(250);
            if (warehouse.dynamicSlotting)
                product.locations.insert(locations[i], onHand);
            else
                product.onHand = onHand;
            state.products.append(product);
        }
    }
    // The 3PL customer's own goods, in the static warehouse.
    for (int i = 1; i <= 20; ++i) {
        SandboxProduct product;
        product.legacyId = productId++;
        product.warehouseLegacyId = StaticWarehouseId;
        product.customerLegacyId = CustomerId;
        product.sku = u"ACME-"_s + QString::number(i).rightJustified(3, u'0');
        product.onHand = random.next(100);
        state.products.append(product);
    }
    return state;
}

} // namespace invsync
