#include "billingprofile.h"

#include "core/currency.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QLocale>
#include <optional>
#include <QRegularExpression>
#include <QTimeZone>

BillingProfile::BillingProfile(QSqlDatabase db, Account account, AccessRole role)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role)
{
}

QHash<QString, QString> BillingProfile::problems(const Fields &f)
{
    QHash<QString, QString> found;
    if (f.company.trimmed().isEmpty())
        found.insert(QStringLiteral("company"), tr("Company: enter the name invoices are made out to"));
    else if (f.company.size() > 200)
        found.insert(QStringLiteral("company"), tr("Company: at most 200 characters"));
    if (f.addressLine1.trimmed().isEmpty())
        found.insert(QStringLiteral("address_line1"), tr("Address: enter the street address"));
    if (f.city.trimmed().isEmpty())
        found.insert(QStringLiteral("city"), tr("City: enter the city"));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(f.country).hasMatch()
        || QLocale::codeToTerritory(f.country) == QLocale::AnyTerritory) {
        found.insert(QStringLiteral("country"), tr("Country: “%1” is not a two-letter country code such as US, CA or FR").arg(f.country));
    }
    static const QRegularExpression usZip(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    static const QRegularExpression caPostal(QStringLiteral("^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$"));
    const QString postal = f.postalCode.trimmed();
    if (f.country == QLatin1String("US") && !usZip.match(postal).hasMatch())
        found.insert(QStringLiteral("postal_code"), tr("ZIP code: “%1” is not a ZIP code such as 10118 or 10118-0110").arg(postal));
    else if (f.country == QLatin1String("CA") && !caPostal.match(postal).hasMatch())
        found.insert(QStringLiteral("postal_code"), tr("Postal code: “%1” is not a Canadian postal code such as H2X 1Y4").arg(postal));
    else if (postal.size() > 12)
        found.insert(QStringLiteral("postal_code"), tr("Postal code: at most 12 characters"));
    if ((f.country == QLatin1String("US") || f.country == QLatin1String("CA")) && f.region.trimmed().isEmpty())
        found.insert(QStringLiteral("region"), tr("State or province: enter it for an address in the US or Canada"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(f.billingEmail.trimmed()).hasMatch())
        found.insert(QStringLiteral("billing_email"), tr("Billing e-mail: “%1” is not an e-mail address").arg(f.billingEmail));
    if (!Currency::isKnown(f.currency))
        found.insert(QStringLiteral("currency"), tr("Currency: “%1” is not an ISO 4217 code such as USD, CAD or EUR").arg(f.currency));
    if (f.timezone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(f.timezone.toUtf8()))
        found.insert(QStringLiteral("timezone"), tr("Time zone: “%1” is not a time zone such as America/New_York").arg(f.timezone));
    return found;
}

Result<BillingProfile::Fields> BillingProfile::load() const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT a.currency, a.timezone, p.company, p.address_line1, p.address_line2, p.city, p.region, "
                                          "p.postal_code, p.country, p.billing_email, p.version FROM accounts a "
                                          "LEFT JOIN billing_profiles p ON p.account_id = a.id WHERE a.id = ?"),
                           {m_account.id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("There is no account %1 in this database").arg(m_account.id)};
    const QSqlQuery &q = query.value();
    Fields f;
    f.currency = q.value(0).toString().trimmed();
    f.timezone = q.value(1).toString();
    f.company = q.value(2).toString();
    f.addressLine1 = q.value(3).toString();
    f.addressLine2 = q.value(4).toString();
    f.city = q.value(5).toString();
    f.region = q.value(6).toString();
    f.postalCode = q.value(7).toString();
    f.country = q.value(8).isNull() ? QStringLiteral("US") : q.value(8).toString().trimmed();
    f.billingEmail = q.value(9).toString();
    f.version = q.value(10).isNull() ? 0 : q.value(10).toInt();
    return f;
}

Result<BillingProfile::Fields> BillingProfile::save(const Fields &fields, Transaction *outer)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view the billing profile")};
    const auto found = problems(fields);
    if (!found.isEmpty()) {
        // The first problem in form order, so the message is stable.
        for (const char *key : {"company", "address_line1", "city", "region", "postal_code", "country", "billing_email", "currency", "timezone"}) {
            if (found.contains(QLatin1String(key)))
                return invalidInput(found.value(QLatin1String(key)));
        }
    }
    std::optional<Transaction> own;
    if (!outer) {
        own.emplace(m_db);
        if (!own->isActive())
            return databaseError(own->startError());
    }
    if (fields.currency != m_account.currency) {
        auto other = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE account_id = ? AND currency <> ?"),
                                 {m_account.id, fields.currency});
        if (!other)
            return other.error();
        if (other->toLongLong() > 0)
            return invalidInput(tr("Currency: the account already has transactions in %1; its currency cannot change").arg(m_account.currency));
    }
    // Never NULL: an empty field is bound as ''.
    auto text = [](const QString &value) { return value.trimmed().isEmpty() ? QStringLiteral("") : value.trimmed(); };
    const QVariantList values{text(fields.company), text(fields.addressLine1), text(fields.addressLine2), text(fields.city),
                              text(fields.region), text(fields.postalCode).toUpper(), text(fields.country),
                              text(fields.billingEmail)};
    if (fields.version == 0) {
        auto exists = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM billing_profiles WHERE account_id = ?"), {m_account.id});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return Error{Error::Kind::Conflict, tr("The billing profile was changed by someone else; reload it")};
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO billing_profiles (company, address_line1, address_line2, city, region, "
                                                 "postal_code, country, billing_email, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  values + QVariantList{m_account.id});
        if (!inserted)
            return inserted.error();
    } else {
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE billing_profiles SET company = ?, address_line1 = ?, address_line2 = ?, city = ?, "
                                                "region = ?, postal_code = ?, country = ?, billing_email = ?, version = version + 1 "
                                                "WHERE account_id = ? AND version = ?"),
                                 values + QVariantList{m_account.id, fields.version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error{Error::Kind::Conflict, tr("The billing profile was changed by someone else; reload it")};
    }
    auto account = Sql::exec(m_db, QStringLiteral("UPDATE accounts SET currency = ?, timezone = ?, version = version + 1 WHERE id = ?"),
                             {fields.currency, fields.timezone, m_account.id});
    if (!account)
        return account.error();
    if (own) {
        if (auto committed = own->commit(); !committed)
            return committed.error();
    }
    m_account.currency = fields.currency;
    m_account.timezone = fields.timezone;
    return load();
}
