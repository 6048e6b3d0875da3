#include "credentialstore.h"

QString CredentialStore::keyFor(const DatabaseLocation &location)
{
    // The SSL mode is not part of the key: changing it must not lose the password.
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(location.user(), location.host())
        .arg(location.port())
        .arg(location.databaseName());
}
