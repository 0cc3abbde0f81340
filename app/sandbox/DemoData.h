#pragma once

#include "sandbox/SandboxState.h"

#include <QString>

namespace invsync {

// The account a new user meets in the sandbox: a 3PL with one customer, a
// static-slotting and a dynamic-slotting warehouse with a few hundred
// products each (every SKU of resources/samples/inventory-clean.csv among
// them), a user with every scope and one that may only read.
class DemoData
{
public:
    static SandboxState create();

    static QString username() { return QStringLiteral("demo@sandbox.invsync"); }
    static QString password() { return QStringLiteral("sandbox"); }
    // Lacks the write scope: inventory_sync answers code 7.
    static QString readOnlyUsername() { return QStringLiteral("viewer@sandbox.invsync"); }
    static QString readOnlyPassword() { return QStringLiteral("sandbox"); }

    static QString readScope() { return QStringLiteral("inventory:read"); }
    static QString writeScope() { return QStringLiteral("inventory:write"); }

    static constexpr int StaticWarehouseId = 11790;
    static constexpr int DynamicWarehouseId = 11791;
    static constexpr int CustomerId = 3802;
};

} // namespace invsync
