#include "transaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_startError = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return databaseError(QCoreApplication::translate("Transaction", "No transaction is open: %1").arg(m_startError));
    m_active = false;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        if (Database::isConnectionLoss(error)) {
            // The COMMIT may have reached the server before the connection dropped: never claim
            // either outcome. Money movements are checked by their request id (issue 9).
            return databaseError(QCoreApplication::translate(
                "Transaction", "The connection to the database was lost while saving, so it is not known whether the "
                               "changes were saved. Once LineDesk has reconnected, reload to check before repeating them."));
        }
        return databaseError(QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(error.text()));
    }
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}
