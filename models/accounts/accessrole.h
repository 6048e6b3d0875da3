#pragma once

#include <QString>

// What the person using LineDesk may do in the account (PRODUCT.md rule 13): owners and admins
// change routing, numbers and subscription; an employee views everything and changes nothing.
// Engines check it before writing (a refused change is an Error of kind Forbidden); the GUI also
// disables the controls, but never relies on that alone.
enum class AccessRole { Owner, Admin, Employee };

inline bool canChange(AccessRole role)
{
    return role != AccessRole::Employee;
}

inline QString accessRoleName(AccessRole role)
{
    switch (role) {
    case AccessRole::Owner: return QStringLiteral("owner");
    case AccessRole::Admin: return QStringLiteral("admin");
    case AccessRole::Employee: return QStringLiteral("employee");
    }
    return QStringLiteral("employee");
}

inline AccessRole accessRoleFromName(const QString &name)
{
    if (name == QLatin1String("owner"))
        return AccessRole::Owner;
    if (name == QLatin1String("admin"))
        return AccessRole::Admin;
    return AccessRole::Employee;
}
