#pragma once

#include "accounts/account.h"
#include "accounts/accountrepository.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTimeZone>

#include <QDate>

// Small builders for the finances tests: an account, its numbers and its option fees, written
// straight into a fresh test database.
namespace FinanceFixture {

inline Account addAccount(const QSqlDatabase &db, const QString &number = QStringLiteral("T-1"),
                          const QString &timezone = QStringLiteral("America/New_York"), const QString &mode = QStringLiteral("prepaid"))
{
    const qint64 id = Sql::insert(db,
                                  QStringLiteral("INSERT INTO accounts (name, account_number, billing_mode, currency, timezone, created_at) "
                                                 "VALUES ('Test', ?, ?, 'USD', ?, 0) RETURNING id"),
                                  {number, mode, timezone})
                          .value();
    Sql::exec(db, QStringLiteral("INSERT INTO billing_profiles (account_id, company, billing_email) VALUES (?, 'Test Co', 'billing@example.com')"),
              {id}).value();
    return AccountRepository(db).find(id).value();
}

// The per-number option fees come from the account's catalogue (codes "fax" and "e911").
inline void addOptionFees(const QSqlDatabase &db, const Account &account, qint64 faxMinor, qint64 e911Minor)
{
    Sql::exec(db, QStringLiteral("INSERT INTO catalogue_options (account_id, code, name, kind, monthly_price_minor, currency) "
                                 "VALUES (?, 'fax', 'Fax', 'number', ?, 'USD'), (?, 'e911', '911', 'number', ?, 'USD')"),
              {account.id, faxMinor, account.id, e911Minor}).value();
}

inline qint64 addNumber(const QSqlDatabase &db, const Account &account, const QString &e164, qint64 feeMinor,
                        const QDate &nextBilling, bool fax = false, bool e911 = false,
                        const QString &type = QStringLiteral("local"), const QString &plan = QStringLiteral("flat"))
{
    return Sql::insert(db,
                       QStringLiteral("INSERT INTO numbers (account_id, e164, country, rate_center, number_type, plan, monthly_fee_minor, "
                                      "currency, ordered_on, next_billing_on, fax, e911) VALUES (?, ?, 'US', 'New York, NY', ?, ?, ?, 'USD', "
                                      "'2025-01-15', ?, ?, ?) RETURNING id"),
                       {account.id, e164, type, plan, feeMinor, nextBilling.toString(Qt::ISODate), fax ? 1 : 0, e911 ? 1 : 0})
        .value();
}

inline void addCard(const QSqlDatabase &db, const Account &account, int expYear = 2030)
{
    const qint64 card = Sql::insert(db,
                                    QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, "
                                                   "is_default, created_at) VALUES (?, 'pm_test_1', 'Visa', '4242', 12, ?, 1, 0) RETURNING id"),
                                    {account.id, expYear})
                            .value();
    Sql::exec(db, QStringLiteral("INSERT INTO autobilling_settings (account_id, enabled, payment_method_id) VALUES (?, 0, ?)"),
              {account.id, card}).value();
}

} // namespace FinanceFixture

namespace FinanceFixture {

// The backends every database test runs on (PostgreSQL when LINEDESK_TEST_PG is set).
inline QStringList backends()
{
    return TestDatabase::backends();
}

inline QDateTime eastern(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("America/New_York")).toUTC();
}

} // namespace FinanceFixture

namespace FinanceFixture {

inline QByteArray rowName(const QString &backend, const char *name)
{
    return backend.toUtf8() + QByteArrayLiteral(": ") + QByteArray(name);
}

} // namespace FinanceFixture
