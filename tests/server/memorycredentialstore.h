#pragma once

#include "server/credentialstore.h"

#include <QHash>

// The keychain of the tests: passwords in memory, and a count of what was asked of it.
class MemoryCredentialStore final : public CredentialStore
{
public:
    Result<QString> readPassword(const QString &key) override
    {
        ++reads;
        if (!passwords.contains(key))
            return Error{Error::Kind::NotFound, QStringLiteral("no password for %1").arg(key)};
        return passwords.value(key);
    }
    Result<void> writePassword(const QString &key, const QString &password) override
    {
        passwords.insert(key, password);
        return {};
    }
    Result<void> removePassword(const QString &key) override
    {
        passwords.remove(key);
        return {};
    }

    QHash<QString, QString> passwords;
    int reads = 0;
};
