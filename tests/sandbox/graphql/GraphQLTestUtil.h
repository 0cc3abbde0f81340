#pragma once

// Shared by the GraphQL engine's tests: the shipped schema and the example
// operations of the reference (../shared/reference/inventory-sync-api.md).

#include "sandbox/graphql/GraphQL.h"

#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace gqltest {

using namespace invsync::graphql;

inline QString schemaSdl()
{
    QFile file(QStringLiteral(INVSYNC_GRAPHQL_SCHEMA));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline std::shared_ptr<const Schema> shippedSchema()
{
    static const std::shared_ptr<const Schema> schema = Schema::fromSdl(schemaSdl());
    return schema;
}

inline QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// name, document
inline QList<QPair<const char *, const char *>> referenceOperations()
{
    return {
        {"inventory_sync",
         "mutation { inventory_sync(data: { url: \"https://some-url.com/inv-sync.csv\", "
         "warehouse_id: \"V2FyZdfhens73hsA=\" }) { request_id complexity sync_id } }"},
        {"inventory_sync_statuses",
         "query { inventory_sync_statuses { request_id complexity data(first: 3) { edges { node { "
         "id url user_id account_id warehouse_id customer_account_id total_count status error "
         "created_at updated_at } } } } }"},
        {"inventory_sync_status",
         "query { inventory_sync_status(id: \"5d9624b054de070001fd3132\") { request_id complexity "
         "data { id url user_id account_id warehouse_id customer_account_id total_count status "
         "error created_at updated_at } } }"},
        {"inventory_sync_items_status",
         "query { inventory_sync_items_status(id: \"5d9625ebd49dd410acb3f554\") { request_id data "
         "{ edges { node { id row sku quantity action reason location status error created_at "
         "updated_at } } } } }"},
        {"inventory_sync_abort",
         "mutation { inventory_sync_abort(data: { sync_id: \"5e4dac71b50fb5475c7b00d4\", reason: "
         "\"Wrong File\" }) { request_id complexity sync { id url user_id account_id warehouse_id "
         "customer_account_id total_count status error created_at updated_at success_count "
         "error_count finished_count } } }"},
        {"account", "{ account { data { dynamic_slotting is_3pl warehouses { id legacy_id "
                    "identifier dynamic_slotting active } } } }"},
        {"warehouse_products",
         "{ warehouse_products(warehouse_id: \"V2FyZWhvdXNlOjExNzkw\", sku: \"45933041\") { "
         "data(first: 5) { edges { node { sku on_hand available warehouse_id } } } } }"},
        {"user_quota", "{ user_quota { credits_remaining max_available increment_rate } }"},
        {"uuid", "{ uuid(legacy_id: 11790, entity: Warehouse) { data { id legacy_id } } }"},
    };
}

} // namespace gqltest
