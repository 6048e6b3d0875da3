#pragma once

#include "accounts/accountrepository.h"
#include "core/clock.h"
#include "db/sql.h"

#include <QSqlDatabase>
#include <QTest>

// A small account for the subscription tests: the Business package (bundling voicemail to e-mail and
// call recording), a few options of each kind, one smart number, a billing e-mail and a $100 deposit.
// "Today" is 2026-11-23 in New York, invoices on the 1st: the seed's 8 days of a 30-day period.
namespace SubscriptionFixture {

inline const Clock kNov23 = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));

inline Clock at(const QDate &day)
{
    return Clock::fixed(QDateTime(day, QTime(15, 0), Qt::UTC));
}

inline qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto id = Sql::insert(db, sql + QStringLiteral(" RETURNING id"), bindings);
    if (!id)
        qFatal("fixture: %s", qPrintable(id.errorMessage()));
    return id.value();
}

inline void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {})
{
    auto done = Sql::exec(db, sql, bindings);
    if (!done)
        qFatal("fixture: %s", qPrintable(done.errorMessage()));
}

inline qint64 count(const QSqlDatabase &db, const QString &table)
{
    auto n = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

// Returns the account (prepaid or postpaid, deposit in minor units).
inline Account create(const QSqlDatabase &db, const QString &billingMode, qint64 depositMinor = 10000, int invoiceDay = 1)
{
    const qint64 account = insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, billing_mode, invoice_day, created_at) "
                                                     "VALUES ('Fixture', 'T-1', ?, ?, 0)"),
                                  {billingMode, invoiceDay});
    auto option = [&](const QString &code, const QString &name, const QString &kind, qint64 price, int minutes = 0) {
        return insert(db, QStringLiteral("INSERT INTO catalogue_options (account_id, code, name, kind, monthly_price_minor, currency, minutes) "
                                         "VALUES (?, ?, ?, ?, ?, 'USD', ?)"),
                      {account, code, name, kind, price, minutes});
    };
    const qint64 vm = option(QStringLiteral("voicemail-to-email"), QStringLiteral("Voicemail to e-mail"), QStringLiteral("service"), 295);
    const qint64 rec = option(QStringLiteral("call-recording"), QStringLiteral("Call recording"), QStringLiteral("service"), 495);
    const qint64 tr = option(QStringLiteral("transcription"), QStringLiteral("Voicemail transcription"), QStringLiteral("service"), 695);
    option(QStringLiteral("crm-integration"), QStringLiteral("CRM integration"), QStringLiteral("service"), 1295);
    option(QStringLiteral("fax"), QStringLiteral("Fax to e-mail"), QStringLiteral("number"), 395);
    option(QStringLiteral("sms"), QStringLiteral("SMS"), QStringLiteral("number"), 295);
    option(QStringLiteral("e911"), QStringLiteral("911 emergency address"), QStringLiteral("number"), 150);
    option(QStringLiteral("desk-phone"), QStringLiteral("Desk phone"), QStringLiteral("device"), 795);
    option(QStringLiteral("minutes-75k"), QStringLiteral("75,000 minutes"), QStringLiteral("minutes"), 45000, 75000);
    auto package = [&](const QString &code, const QString &name, qint64 price, int rank, const QList<qint64> &bundles) {
        const qint64 id = insert(db, QStringLiteral("INSERT INTO catalogue_packages (account_id, code, name, monthly_price_minor, currency, rank) "
                                                    "VALUES (?, ?, ?, ?, 'USD', ?)"),
                                 {account, code, name, price, rank});
        for (qint64 bundled : bundles)
            exec(db, QStringLiteral("INSERT INTO catalogue_bundles (account_id, package_id, option_id) VALUES (?, ?, ?)"), {account, id, bundled});
        return id;
    };
    package(QStringLiteral("starter"), QStringLiteral("Starter"), 1995, 1, {vm});
    const qint64 business = package(QStringLiteral("business"), QStringLiteral("Business"), 3995, 2, {vm, rec});
    package(QStringLiteral("enterprise"), QStringLiteral("Enterprise"), 7995, 3, {vm, rec, tr});
    exec(db, QStringLiteral("INSERT INTO subscriptions (account_id, package_id, started_on) VALUES (?, ?, '2026-06-01')"), {account, business});
    exec(db, QStringLiteral("INSERT INTO subscription_items (account_id, option_id, started_on) VALUES (?, ?, '2026-06-01')"), {account, tr});
    exec(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, monthly_fee_minor, currency, ordered_on, "
                            "next_billing_on) VALUES (?, '+12125550142', 'US', 'local', 495, 'USD', '2026-06-01', '2026-12-01')"),
         {account});
    exec(db, QStringLiteral("INSERT INTO billing_profiles (account_id, company, address_line1, city, region, postal_code, country, "
                            "billing_email) VALUES (?, 'Fixture Inc', '1 Main St', 'New York', 'NY', '10001', 'US', 'billing@fixture.example')"),
         {account});
    exec(db, QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, is_default, created_at) "
                            "VALUES (?, 'pm_fixture', 'Visa', '4242', 8, 2028, 1, 0)"),
         {account});
    if (depositMinor != 0) {
        exec(db, QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, method) "
                                "VALUES (?, 'deposit', 0, ?, 'USD', 'card')"),
             {account, depositMinor});
    }
    auto resolved = AccountRepository(db).find(account);
    if (!resolved)
        qFatal("fixture: %s", qPrintable(resolved.errorMessage()));
    return resolved.value();
}

} // namespace SubscriptionFixture
