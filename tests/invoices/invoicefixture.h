#pragma once

#include "accounts/account.h"
#include "accounts/accountrepository.h"
#include "db/sql.h"
#include "finances/ledger.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTimeZone>

// A hand-computed ledger for the invoice tests (October 2026, New York), and Canadian accounts.
namespace InvoiceFixture {

inline Account addAccount(const QSqlDatabase &db, const QString &number, const QString &timezone = QStringLiteral("America/New_York"),
                          const QString &currency = QStringLiteral("USD"), const QString &country = QStringLiteral("US"),
                          const QString &province = QString())
{
    const qint64 id = Sql::insert(db,
                                  QStringLiteral("INSERT INTO accounts (name, account_number, currency, timezone, created_at) "
                                                 "VALUES ('Test', ?, ?, ?, 0) RETURNING id"),
                                  {number, currency, timezone})
                          .value();
    Sql::exec(db,
              QStringLiteral("INSERT INTO billing_profiles (account_id, company, address_line1, city, region, postal_code, country, "
                             "billing_email) VALUES (?, 'Harbour & Sons Ltd', '12 Quay Street', 'Springfield', 'NY', '10001', ?, "
                             "'billing@harbour.example')"),
              {id, country})
        .value();
    Sql::exec(db, QStringLiteral("INSERT INTO tax_profiles (account_id, province) VALUES (?, ?)"),
              {id, province.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(province)})
        .value();
    return AccountRepository(db).find(id).value();
}

// A Canadian account (CAD, billing address in Canada) in a province, or with none ("").
inline Account addCanadianAccount(const QSqlDatabase &db, const QString &province, const QString &timezone = QStringLiteral("America/Toronto"))
{
    return addAccount(db, QStringLiteral("CA-%1").arg(province.isEmpty() ? QStringLiteral("1") : province), timezone, QStringLiteral("CAD"),
                      QStringLiteral("CA"), province);
}

inline qint64 addNumber(const QSqlDatabase &db, const Account &account, const QString &e164, bool cnam)
{
    return Sql::insert(db,
                       QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on, "
                                      "cnam_lookup) VALUES (?, ?, 'US', 'local', ?, '2025-01-01', '2026-11-01', ?) RETURNING id"),
                       {account.id, e164, account.currency, cnam ? 1 : 0})
        .value();
}

inline QDateTime local(const Account &account, int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), account.timeZone());
}

inline bool post(Ledger &ledger, Ledger::Kind kind, qint64 amount, const QDateTime &at, qint64 numberId = 0, const QString &did = QString(),
                 qint64 quantity = 0, const QString &method = QString(), Ledger::Status status = Ledger::Status::Posted)
{
    Ledger::Posting posting{kind, amount, at};
    posting.numberId = numberId;
    posting.did = did;
    posting.quantity = quantity;
    posting.method = method;
    posting.status = status;
    posting.description = QStringLiteral("posted by the test");
    return ledger.post(posting, nullptr, at.toUTC()).ok();
}

// The October 2026 ledger of the standard-invoice tests. Worked by hand:
//   opening (Sept 30): +100.00
//   deposit +25.00 | DID fees −4.95 −20.00 | fax −3.95 | 911 −1.50
//   incoming +12125550100: 12 + 8 min, −1.23 −0.77 = −2.00; +12125550101: 30 min −3.00
//   outgoing +12125550100: 5 min −0.50; +12125550101: 2 min −0.25 (Oct 31 22:30 New York, Nov 1 in UTC)
//   CNAM +12125550100 (lookup on): 2 + 1 queries −0.08 −0.04 = −0.12; +12125550101 (lookup off): −0.04, not listed
//   subscription −39.95
//   movements −51.22, closing +48.78. Outside: a pending wire, a fee on Nov 1 00:30 New York.
struct October
{
    Account account;
    qint64 numberA = 0; // +12125550100, CNAM lookup
    qint64 numberB = 0; // +12125550101, no CNAM lookup
};

inline bool addOctober(const QSqlDatabase &db, October *october, const QString &accountNumber = QStringLiteral("T-1"))
{
    October &o = *october;
    o.account = addAccount(db, accountNumber);
    const Account &a = o.account;
    const QString didA = QStringLiteral("+12125550100");
    const QString didB = QStringLiteral("+12125550101");
    o.numberA = addNumber(db, a, didA, true);
    o.numberB = addNumber(db, a, didB, false);
    Ledger ledger(db, a);
    using K = Ledger::Kind;
    return post(ledger, K::Deposit, 10000, local(a, 2026, 9, 30, 12, 0), 0, QString(), 0, QStringLiteral("card"))
           && post(ledger, K::DidMonthly, -495, local(a, 2026, 10, 1, 0, 5), o.numberA, didA, 1)
           && post(ledger, K::DidMonthly, -2000, local(a, 2026, 10, 1, 0, 5), o.numberB, didB, 1)
           && post(ledger, K::Fax, -395, local(a, 2026, 10, 1, 0, 5), o.numberB, didB, 1)
           && post(ledger, K::E911, -150, local(a, 2026, 10, 1, 0, 5), o.numberA, didA, 1)
           && post(ledger, K::Subscription, -3995, local(a, 2026, 10, 1, 0, 6))
           && post(ledger, K::Deposit, 2500, local(a, 2026, 10, 5, 14, 0), 0, QString(), 0, QStringLiteral("paypal"))
           && post(ledger, K::CallIncoming, -123, local(a, 2026, 10, 2, 23, 59), o.numberA, didA, 12)
           && post(ledger, K::CallIncoming, -77, local(a, 2026, 10, 3, 23, 59), o.numberA, didA, 8)
           && post(ledger, K::CallOutgoing, -50, local(a, 2026, 10, 2, 23, 59), o.numberA, didA, 5)
           && post(ledger, K::CallIncoming, -300, local(a, 2026, 10, 4, 23, 59), o.numberB, didB, 30)
           && post(ledger, K::CallOutgoing, -25, local(a, 2026, 10, 31, 22, 30), o.numberB, didB, 2)
           && post(ledger, K::Cnam, -8, local(a, 2026, 10, 2, 23, 59), o.numberA, didA, 2)
           && post(ledger, K::Cnam, -4, local(a, 2026, 10, 3, 23, 59), o.numberA, didA, 1)
           && post(ledger, K::Cnam, -4, local(a, 2026, 10, 4, 23, 59), o.numberB, didB, 1)
           && post(ledger, K::Deposit, 50000, local(a, 2026, 10, 20, 10, 0), 0, QString(), 0, QStringLiteral("wire"), Ledger::Status::Pending)
           && post(ledger, K::DidMonthly, -495, local(a, 2026, 11, 1, 0, 30), o.numberA, didA, 1);
}

} // namespace InvoiceFixture
