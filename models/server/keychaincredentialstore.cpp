#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace {

// QtKeychain's jobs are asynchronous; a password is needed before connecting, so wait for it here.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) {}

Result<QString> KeychainCredentialStore::readPassword(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error{Error::Kind::NotFound, tr("No password is remembered for %1").arg(key)};
    if (job.error() != QKeychain::NoError)
        return databaseError(tr("The system keychain could not be read: %1").arg(job.errorString()));
    return job.textData();
}

Result<void> KeychainCredentialStore::writePassword(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return databaseError(tr("The password could not be saved in the system keychain: %1").arg(job.errorString()));
    return {};
}

Result<void> KeychainCredentialStore::removePassword(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return databaseError(tr("The password could not be removed from the system keychain: %1").arg(job.errorString()));
    return {};
}
