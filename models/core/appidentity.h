#pragma once

#include <QCoreApplication>

// The names every LineDesk executable runs under: the GUI and the CLI share settings and the default
// database path (AppDataLocation/linedesk.sqlite) only because they share these.
namespace AppIdentity {

inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LineDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("linedesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("LineDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINEDESK_VERSION));
}

} // namespace AppIdentity
