#pragma once

#include "accounts/accountrepository.h"
#include "db/sql.h"

#include <QDateTime>
#include <QTimeZone>

// Shared fixtures of the numbers tests: an account, and calls written straight into `calls`.
namespace NumbersTestData {

inline Account addAccount(const QSqlDatabase &db, const QString &currency = QStringLiteral("USD"))
{
    const qint64 id = Sql::insert(db,
                                  QStringLiteral("INSERT INTO accounts (name, account_number, currency, created_at) "
                                                 "VALUES ('Test', ?, ?, 0) RETURNING id"),
                                  {QStringLiteral("T-%1").arg(QDateTime::currentMSecsSinceEpoch()), currency})
                          .value();
    return AccountRepository(db).find(id).value();
}

// 2026-11-23 10:00 in New York: the "now" of the numbers tests.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);
}

inline bool addCall(const QSqlDatabase &db, const Account &account, qint64 numberId, const QString &did, const QString &caller,
                    const QString &disposition, qint64 startedAt, int duration = 60, qint64 chargeMicro = 0)
{
    return Sql::exec(db,
                     QStringLiteral("INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, "
                                    "duration_s, charge_micro, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {account.id, numberId, did, caller, disposition, startedAt, duration, chargeMicro, account.currency})
        .ok();
}

} // namespace NumbersTestData
