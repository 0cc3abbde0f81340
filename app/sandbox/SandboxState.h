#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace invsync {

// Everything the sandbox knows: the account, its users, warehouses and
// products, and every batch with its rows. Plain data shared by the service
// and the batch processor; saved as JSON for `invsync sandbox --state FILE`.
struct SandboxUser
{
    int legacyId = 0;
    QString email;
    QString password;
    QStringList scopes;
};

struct SandboxCustomer
{
    int legacyId = 0;
    QString name;
};

struct SandboxWarehouse
{
    int legacyId = 0;
    QString identifier;
    bool dynamicSlotting = false;
    bool active = true;
};

struct SandboxProduct
{
    int legacyId = 0;
    int warehouseLegacyId = 0;
    int customerLegacyId = 0; // 0: the account's own product; else a 3PL customer's
    QString sku;
    bool active = true;
    qint64 onHand = 0;               // static slotting
    QMap<QString, qint64> locations; // dynamic slotting: on hand per location

    qint64 totalOnHand(bool dynamicSlotting) const;
};

struct SandboxRow
{
    int legacyId = 0;
    int row = 0; // data rows from 1
    QString sku;
    std::optional<qint64> quantity;
    QString quantityText; // as the file wrote it, for the reason a bad one is refused
    QString action;
    QString reason;
    QString location;
    QString status = QStringLiteral("pending");
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SandboxBatch
{
    int legacyId = 0;
    QString url;
    int userLegacyId = 0;
    int warehouseLegacyId = 0;
    int customerLegacyId = 0;
    QString status = QStringLiteral("pending");
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
    int successCount = 0;
    int errorCount = 0;
    int finishedCount = 0;
    bool rowsLoaded = false; // the file was downloaded and parsed
    QList<SandboxRow> rows;

    bool isFinished() const;
};

struct SandboxState
{
    int accountLegacyId = 0;
    QString accountEmail;
    QString accountUsername;
    QList<SandboxUser> users;
    QList<SandboxCustomer> customers;
    QList<SandboxWarehouse> warehouses;
    QList<SandboxProduct> products;
    QList<SandboxBatch> batches; // oldest first
    int nextBatchId = 1;
    int nextRowId = 1;

    // Tokens survive a restart with --state, as they would at ShipHero.
    struct Token
    {
        QString value;
        int userLegacyId = 0;
        QDateTime expiresAt; // invalid for refresh tokens: they never expire
    };
    QList<Token> accessTokens;
    QList<Token> refreshTokens;

    SandboxUser *userByEmail(const QString &email);
    const SandboxUser *user(int legacyId) const;
    const SandboxWarehouse *warehouse(int legacyId) const;
    const SandboxCustomer *customer(int legacyId) const;
    SandboxProduct *product(int warehouseLegacyId, int customerLegacyId, const QString &sku);
    SandboxBatch *batch(int legacyId);

    QJsonObject toJson() const;
    static std::optional<SandboxState> fromJson(const QJsonObject &json, QString *error);

    bool save(const QString &path, QString *error) const;
    static std::optional<SandboxState> load(const QString &path, QString *error);
};

// Ids as ShipHero writes them: opaque base64 of "<Type>:<legacy id>" for
// entities, 24 hex digits for batches, rows and requests.
namespace SandboxIds {
QString opaque(const QString &type, qint64 legacyId);
// The legacy id of an opaque id of that type; a plain number is accepted too.
std::optional<qint64> legacyOf(const QString &type, const QString &id);
QString hexId(quint32 kind, qint64 legacyId);
std::optional<qint64> legacyOfHex(quint32 kind, const QString &id);
QString isoTime(const QDateTime &time); // "2019-10-03T16:41:20+00:00"
} // namespace SandboxIds

} // namespace invsync
