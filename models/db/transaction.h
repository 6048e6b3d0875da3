#pragma once

#include "core/result.h"

#include <QSqlDatabase>

// A database transaction that rolls back unless commit() is called: every write in LineDesk goes
// through one, so a failure leaves nothing half-written.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &startError() const { return m_startError; }
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_startError;
};
