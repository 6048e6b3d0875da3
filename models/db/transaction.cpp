#include "transaction.h"

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
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return databaseError(QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(message));
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
