#pragma once

#include "core/result.h"
#include "db/databaselocation.h"

#include <QString>

// Where LineDesk keeps a server password the user asked it to remember: the system keychain in the
// application (KeychainCredentialStore), an in-memory fake in tests. Never QSettings, never a file.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // The remembered password, or an Error of kind NotFound when there is none.
    virtual Result<QString> readPassword(const QString &key) = 0;
    virtual Result<void> writePassword(const QString &key, const QString &password) = 0;
    // Forgetting a password that was never stored is not an error.
    virtual Result<void> removePassword(const QString &key) = 0;

    // The key a server's password is kept under: "postgresql://user@host:port/database".
    static QString keyFor(const DatabaseLocation &location);
};
