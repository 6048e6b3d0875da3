#pragma once

#include "accounts/accountrepository.h"
#include "db/sql.h"

#include <QDateTime>
#include <QTest>

// The small fixed dataset the report tests compute their expectations from by hand: an account in
// America/New_York, three numbers, eleven calls around the DST change of 2026-11-01 and the 6-month edge.
namespace ReportFixture {

inline const QString kA = QStringLiteral("+15145550100");
inline const QString kB = QStringLiteral("+15145550101");
inline const QString kC = QStringLiteral("+18005550199");
inline const QDate kToday(2026, 11, 23);

inline qint64 epoch(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

inline qint64 addNumber(const QSqlDatabase &db, qint64 account, const QString &e164, const QString &type)
{
    return Sql::insert(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                                          "next_billing_on) VALUES (?, ?, 'CA', ?, 'USD', '2026-01-01', '2026-12-01') RETURNING id"),
                       {account, e164, type}).value();
}

inline void addCall(const QSqlDatabase &db, qint64 account, qint64 number, const QString &did, const char *start,
                    const QString &caller, const QString &disposition, int duration, qint64 chargeMicro)
{
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, duration_s, "
                                         "charge_micro, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'USD')"),
                      {account, number, did, caller, disposition, epoch(start), duration, chargeMicro}).ok());
}

// Returns the account with its numbers and (when withCalls) the eleven calls.
inline Account seed(const QSqlDatabase &db, bool withCalls = true)
{
    const qint64 account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, timezone, created_at) "
                                                          "VALUES ('Reports Inc.', 'R-1', 'USD', 'America/New_York', 0) RETURNING id")).value();
    const qint64 a = addNumber(db, account, kA, QStringLiteral("local"));
    const qint64 b = addNumber(db, account, kB, QStringLiteral("local"));
    const qint64 c = addNumber(db, account, kC, QStringLiteral("toll-free"));
    if (withCalls) {
        addCall(db, account, a, kA, "2026-10-31T12:00:00Z", QStringLiteral("+15145551000"), QStringLiteral("answered"), 120, 10000);
        addCall(db, account, a, kA, "2026-11-01T03:59:00Z", QStringLiteral("+15145551001"), QStringLiteral("missed"), 0, 0);
        addCall(db, account, b, kB, "2026-11-01T04:00:00Z", QStringLiteral("+15145551002"), QStringLiteral("missed"), 0, 0);
        addCall(db, account, a, kA, "2026-11-01T05:30:00Z", QStringLiteral("anonymous"), QStringLiteral("missed"), 0, 0);
        addCall(db, account, a, kA, "2026-11-01T06:30:00Z", QStringLiteral("+15145551003"), QStringLiteral("voicemail"), 30, 2500);
        addCall(db, account, b, kB, "2026-11-02T04:30:00Z", QStringLiteral("+15145551004"), QStringLiteral("missed"), 0, 0);
        addCall(db, account, b, kB, "2026-11-02T05:00:00Z", QStringLiteral("+15145551005"), QStringLiteral("answered"), 61, 5050);
        addCall(db, account, c, kC, "2026-11-23T15:00:00Z", QStringLiteral("+15145551006"), QStringLiteral("outbound"), 300, 150000);
        addCall(db, account, a, kA, "2026-11-23T16:00:00Z", QStringLiteral("+15145551007"), QStringLiteral("blocked"), 0, 0);
        addCall(db, account, a, kA, "2026-05-23T14:00:00Z", QStringLiteral("+15145551008"), QStringLiteral("missed"), 0, 0);
        addCall(db, account, a, kA, "2026-05-22T14:00:00Z", QStringLiteral("+15145551009"), QStringLiteral("missed"), 0, 0);
    }
    return AccountRepository(db).find(account).value();
}

} // namespace ReportFixture
