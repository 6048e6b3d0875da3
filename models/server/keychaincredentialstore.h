#pragma once

#include "credentialstore.h"

#include <QCoreApplication>

// The system keychain through QtKeychain (libsecret or KWallet on Linux, the Keychain on macOS,
// the Credential Store on Windows). The insecure plain-text fallback stays off: with no keychain,
// remembering fails with a message and the password is asked for again.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("LineDesk"));

    Result<QString> readPassword(const QString &key) override;
    Result<void> writePassword(const QString &key, const QString &password) override;
    Result<void> removePassword(const QString &key) override;

private:
    QString m_service;
};
