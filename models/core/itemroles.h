#pragma once

#include <Qt>

// Roles every LineDesk item model shares. DisplayRole is formatted for the locale; RawValueRole
// holds the value behind it (minor units, epoch seconds, E.164) so that proxies sort and filter
// on values, never on formatted text (the habit of qBittorrent's UnderlyingDataRole).
namespace ItemRoles {
enum : int {
    RawValueRole = Qt::UserRole + 100,
    IdRole,       // the row's database id
    VersionRole,  // the row's optimistic-locking version
};
} // namespace ItemRoles
